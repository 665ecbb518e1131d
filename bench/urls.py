"""The site's URLs plus ``/bench/bare/``: the page benchmark's baseline (``bench/pages.py``)."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns
from learning.auth.permissions import public


@public
def bare(request: HttpRequest) -> HttpResponse:
    """A bare Django view that only reads the session: the floor under every page, through
    the same middleware (session, authentication, locale, security headers)."""
    signed_in = request.session.get("_auth_user_id") is not None
    return HttpResponse(b"ok" if signed_in else b"anonymous", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]
