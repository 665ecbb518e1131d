"""Content locales, looked up once per request, and the rows of translatable objects (pages
and snippets) in the default or the reader's language.

Wagtail's ``Locale.get_active()`` (behind ``Page.localized``) queries the database on every
call, so a page listing twenty modules asked for the same locale twenty times. Inside a
request (``RequestLocalesMiddleware``) the rows come from the cache (the whole table, a
handful of rows, stored under the ``locales`` generation that saving or deleting a locale
starts anew) and are kept for the request's duration; outside one (a shell, a task, a test
calling a selector) every call queries, as before.

The default language is ``settings.LANGUAGE_CODE``'s locale (``default_locale``). Its row of
a translatable object (``in_default_language``) is the one learner records refer to:
attempts point at the default-language assessment and exercise, outlines are built from the
default-language module. Every app asks these functions, never ``Locale.get_default()``.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from typing import TypeVar

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

_request_locales: ContextVar[dict | None] = ContextVar("request_locales", default=None)
_MISSING = object()
T = TypeVar("T")


GENERATION = "locales"
TABLE_SECONDS = 3600


def _table() -> dict[str, Locale]:
    """Every locale row by language code, from the cache (one query on a miss)."""
    from django.core.cache import cache

    from learning.cache import generation

    key = f"locales:{generation(GENERATION)}"
    table = cache.get(key)
    if table is None:
        table = {locale.language_code: locale for locale in Locale.objects.all()}
        cache.set(key, table, timeout=TABLE_SECONDS)
    return table


def locale_for(language_code: str) -> Locale | None:
    """The locale row of ``language_code`` (None when there is none), once per request."""
    request = _request_locales.get()
    if request is None:
        return Locale.objects.filter(language_code=language_code).first()
    if _MISSING not in request:
        request.update(_table())
        request[_MISSING] = True  # loaded (a table with no rows is loaded too)
    return request.get(language_code)


def locales_changed(**kwargs) -> None:
    """Receiver: a locale was saved or deleted."""
    from learning.cache import generation_bump

    generation_bump(GENERATION)


def default_locale() -> Locale | None:
    """The site's default content locale (None only on a database without Wagtail's data)."""
    return locale_for(settings.LANGUAGE_CODE)


def active_locale() -> Locale | None:
    """The locale of the active language, else the default one (as ``Locale.get_active``)."""
    return locale_for(translation.get_language() or settings.LANGUAGE_CODE) or default_locale()


def in_default_language(obj: T) -> T:
    """The default-language row of ``obj`` (a page or a translatable snippet): the object
    itself when it is in the default language or has no translation there. One query when
    it is in another language (the locale row is the request's)."""
    locale = default_locale()
    if locale is None or obj.locale_id == locale.pk:
        return obj
    return obj.get_translation_or_none(locale) or obj


def in_default_language_many(objects: Iterable[T]) -> dict[int, T]:
    """``in_default_language`` of each object, by the given object's pk, in one query (none
    when all are in the default language). The objects are of one model."""
    objects = list(objects)
    locale = default_locale()
    foreign = [o for o in objects if locale is not None and o.locale_id != locale.pk]
    found = {}
    if foreign:
        model = type(foreign[0])
        keys = [o.translation_key for o in foreign]
        found = {
            o.translation_key: o
            for o in model.objects.filter(translation_key__in=keys, locale=locale)
        }
    return {o.pk: found.get(o.translation_key, o) for o in objects}


def reader_locale() -> Locale | None:
    """The locale of the active language; None when there is none (no default fallback:
    outside a language, objects stay as they are)."""
    return locale_for(translation.get_language())


def localized(obj: T, locale: Locale | None = None) -> T:
    """``obj`` (a translatable snippet) in ``locale`` (default: the active language) when
    translated, else as is. Pass ``locale`` when localizing many objects."""
    locale = locale or reader_locale()
    if locale is None or obj.locale_id == locale.pk:
        return obj
    # A page asks for the same translation from several places (the exercise, its
    # instrument): once per request.
    memo = request_memo()
    key = ("localized", type(obj), obj.pk, locale.pk)
    if memo is not None and key in memo:
        return memo[key]
    found = obj.get_translation_or_none(locale) or obj
    if memo is not None:
        memo[key] = found
    return found


def localized_many(
    objects: Iterable[T], locale: Locale | None = None, *, prefetch: tuple[str, ...] = ()
) -> list[T]:
    """Each translatable object in ``locale`` (default: the active language) where it is
    translated, else as is: ``localized`` for a list, in one query (plus one per
    ``prefetch`` lookup, prefetched on the translations read)."""
    objects = list(objects)
    locale = locale or reader_locale()
    foreign = [o for o in objects if locale is not None and o.locale_id != locale.pk]
    found = {}
    if foreign:
        model = type(foreign[0])
        keys = [o.translation_key for o in foreign]
        rows = model.objects.filter(translation_key__in=keys, locale=locale)
        if prefetch:
            rows = rows.prefetch_related(*prefetch)
        found = {o.translation_key: o for o in rows}
    return [found.get(o.translation_key, o) for o in objects]


class RequestLocalesMiddleware:
    """Keep the locale rows read while answering a request for the rest of that request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_locales.set({})
        try:
            return self.get_response(request)
        finally:
            _request_locales.reset(token)


def request_memo() -> dict | None:
    """A dict that lives as long as the current request (None outside one), for reads that
    several parts of one page repeat (the same translation looked up three times)."""
    request = _request_locales.get()
    if request is None:
        return None
    return request.setdefault(_MEMO, {})


_MEMO = object()
