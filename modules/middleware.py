"""Language choice for signed-in people, and the learner site's own 404 page."""

from django.conf import settings
from django.http import Http404
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers

from learning.selectors import request_person


def language_cookie_set(response, language: str, *, secure: bool) -> None:
    """Remember ``language`` in the browser for a year (read by Django's LocaleMiddleware)."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=secure,
    )


class PreferredLanguageMiddleware:
    """After authentication: on pages outside the language prefix (the start page, team
    pages, accounts), a person's saved preference wins over the browser's, on any device."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        person = request_person(request)
        preferred = getattr(person, "preferred_language", "")
        in_path = translation.get_language_from_path(request.path_info)
        # A link from a page in one language ("My learning" on /da/…) names it in ``lang``,
        # so following it does not switch the reader to their saved or browser language.
        asked = request.GET.get("lang", "")
        if not in_path and asked in dict(settings.LANGUAGES):
            translation.activate(asked)
            request.LANGUAGE_CODE = asked
        elif preferred and not in_path and preferred in dict(settings.LANGUAGES):
            translation.activate(preferred)
            request.LANGUAGE_CODE = preferred
        response = self.get_response(request)
        if preferred and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != preferred:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                preferred,
                max_age=365 * 24 * 3600,
                samesite="Lax",
                secure=request.is_secure(),
            )
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, without turning unprefixed 404s into redirects.

    Django redirects a 404 at ``/x/`` to ``/<default language>/x/`` when that path would
    match; under the language prefix Wagtail's catch-all matches every path, so every 404
    (a person outside a manager's scope, say) would become a redirect to another 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404:
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class SiteNotFoundMiddleware:
    """The site's own 404 page (templates/404.html) for a page that does not exist, in
    development too: with DEBUG, Django shows its technical 404 instead, so an untranslated
    page under /sv/ looked like a crash to the people trying the site. The admin keeps
    Django's and Wagtail's own handling."""

    ADMIN_PREFIXES = ("/cms/", "/django-admin/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404) or not settings.DEBUG:
            return None  # without DEBUG, Django's handler404 renders 404.html already
        if request.path_info.startswith(self.ADMIN_PREFIXES):
            return None
        return render(request, "404.html", {"request_path": request.path}, status=404)
