"""Content locales, looked up once per request.

Wagtail's ``Locale.get_active()`` (behind ``Page.localized``) queries the database on every
call, so a page listing twenty modules asked for the same locale twenty times. Inside a
request (``RequestLocalesMiddleware``) the rows come from the cache (the whole table, a
handful of rows, stored under the ``locales`` generation that saving or deleting a locale
starts anew) and are kept for the request's duration; outside one (a shell, a task, a test
calling a selector) every call queries, as before.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

_request_locales: ContextVar[dict | None] = ContextVar("request_locales", default=None)
_MISSING = object()


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
