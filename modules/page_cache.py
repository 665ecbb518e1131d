"""What every page request reads about the published page tree, from the cache.

Serving a lesson asked the database for the site, the translated site root, each path
segment's child and its specific row, the view restrictions of every ancestor, the header's
catalogue and accessibility links and the language switcher's translations: some twenty
queries before the page's own reads. These are kept in the cache under the ``pages``
generation (``learning.cache.generation``), which starts anew whenever a page is saved,
published, unpublished, moved or deleted, a site, locale or view restriction changes:

- ``SiteCacheMiddleware``: the request's Wagtail site.
- ``RouteCacheMiddleware``: the page a URL path names (id and type); the row itself is read
  fresh from the database (one query) and used only if it is still live at that path, so a
  stale entry can cost a query, never serve the wrong or an unpublished page.
- ``view_restrictions_for``: the view restrictions over a page, from the cached paths of
  restricted pages (none at all on most sites).
- ``shell_links`` and ``translation_urls``: the header's and the language switcher's URLs.

Entries also expire after ``SECONDS``, which bounds what a change made while the cache was
unreachable (its new generation unrecorded) can leave behind.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from learning.cache import generation, generation_bump

GENERATION = "pages"
SECONDS = 300
_NOTHING = "-"  # a cached "no such thing", told apart from a miss


def pages_changed(**kwargs) -> None:
    """Receiver: the published tree, a site, a locale or a view restriction changed."""
    generation_bump(GENERATION)


def cache_key(*parts) -> str:
    """A cache key under the current ``pages`` generation."""
    return ":".join(["pages", str(generation(GENERATION)), *map(str, parts)])


class SiteCacheMiddleware:
    """Give the request its Wagtail site from the cache (``Site.find_for_request`` queries
    on every request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not hasattr(request, "_wagtail_site"):
            from django.http.request import split_domain_port

            hostname = split_domain_port(request._get_raw_host())[0]
            key = cache_key("site", hostname, request.get_port())
            site = cache.get(key)
            if site is None:
                site = Site._find_for_request(request) or _NOTHING
                cache.set(key, site, timeout=SECONDS)
            request._wagtail_site = None if site == _NOTHING else site
        return self.get_response(request)


class RouteCacheMiddleware:
    """Route a request for a Wagtail page from the cache: one query for the page itself
    instead of two per path segment."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail import views as wagtail_views

        if view_func is wagtail_views.serve and request.method in ("GET", "HEAD"):
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            route_prefill(request, path)


def route_prefill(request, path: str) -> None:
    """Set Wagtail's per-request route (``request._wagtail_route_for_request``) from the
    cache, or route as Wagtail does and remember a plain page hit."""
    site = Site.find_for_request(request)
    if site is None or hasattr(request, "_wagtail_route_for_request"):
        return
    key = cache_key("route", site.pk, site.root_page_id, translation.get_language(), path)
    hit = cache.get(key)
    if hit is not None:
        page_id, content_type_id, url_path = hit
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=page_id).first() if model is not None else None
        if page is not None and page.live and page.url_path == url_path:
            request._wagtail_route_for_request = RouteResult(page)
            return
    result = Page.route_for_request(request, path)
    if result is not None and not result.args and not result.kwargs:
        page = result.page
        cache.set(key, (page.pk, page.content_type_id, page.url_path), timeout=SECONDS)


def view_restrictions_for(page):
    """``Page.get_view_restrictions`` without its two queries when no page above (or at)
    ``page`` is restricted, which is the usual case. Aliases take Wagtail's own path."""
    key = cache_key("restrictions")
    known = cache.get(key)
    if known is None:
        known = {
            "paths": list(PageViewRestriction.objects.values_list("page__path", flat=True)),
            "aliases": Page.objects.filter(alias_of__isnull=False).exists(),
        }
        cache.set(key, known, timeout=SECONDS)
    if known["aliases"] or any(page.path.startswith(path) for path in known["paths"]):
        return None  # ask Wagtail
    return PageViewRestriction.objects.none()


def shell_links(request) -> dict:
    """``{"catalogues": {language: url}, "statements": {language: url}}``: the live course
    catalogues and accessibility statements by language, for the header and footer."""
    from modules.models import CataloguePage, ContentPage

    site = Site.find_for_request(request)
    key = cache_key("shell", getattr(site, "pk", ""))
    links = cache.get(key)
    if links is None:
        catalogues = CataloguePage.objects.live().select_related("locale")
        statements = ContentPage.objects.live().filter(slug="accessibility")
        links = {
            "catalogues": {
                c.locale.language_code: c.get_url(request)
                for c in catalogues.only("url_path", "locale")
            },
            "statements": {
                p.locale.language_code: p.get_url(request)
                for p in statements.select_related("locale").only("url_path", "locale")
            },
        }
        cache.set(key, links, timeout=SECONDS)
    return links


def translation_urls(request, page) -> dict[str, str]:
    """The URL of each live translation of ``page`` (``page`` included), by language."""
    site = Site.find_for_request(request)
    key = cache_key("translations", getattr(site, "pk", ""), page.translation_key)
    urls = cache.get(key)
    if urls is None:
        urls = {
            p.locale.language_code: p.get_url(request)
            for p in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            .only("url_path", "locale")
        }
        cache.set(key, urls, timeout=SECONDS)
    return urls
