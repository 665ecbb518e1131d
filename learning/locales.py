"""Content locales, looked up once per request.

Wagtail's ``Locale.get_active()`` (behind ``Page.localized``) queries the database on every
call, so a page listing twenty modules asked for the same locale twenty times. Inside a
request (``RequestLocalesMiddleware``) the rows are kept for the request's duration;
outside one (a shell, a task, a test calling a selector) every call queries, as before, so
no locale row outlives the request that read it.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

_request_locales: ContextVar[dict | None] = ContextVar("request_locales", default=None)
_MISSING = object()


def locale_for(language_code: str) -> Locale | None:
    """The locale row of ``language_code`` (None when there is none), once per request."""
    cache = _request_locales.get()
    found = cache.get(language_code, _MISSING) if cache is not None else _MISSING
    if found is _MISSING:
        found = Locale.objects.filter(language_code=language_code).first()
        if cache is not None:
            cache[language_code] = found
    return found


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
