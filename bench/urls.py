"""The site's URLs plus ``/bench/bare/``, the baseline of the page and status API benchmarks
(``bench/pages.py``, ``bench/certificates_api.py``), and ``/bench/bare-api/``, a bare DRF view
(the status API benchmark's second reference)."""

from django.http import HttpRequest, HttpResponse
from django.urls import path
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from config.urls import urlpatterns as site_urlpatterns
from learning.auth.permissions import public


@public
def bare(request: HttpRequest) -> HttpResponse:
    """A bare Django view that only reads the session: the floor under every page, through
    the same middleware (session, authentication, locale, security headers)."""
    signed_in = request.session.get("_auth_user_id") is not None
    return HttpResponse(b"ok" if signed_in else b"anonymous", content_type="text/plain")


class BareApi(APIView):
    """A bare DRF view (no authentication, no database): the floor under the status API
    (``bench/certificates_api.py``), through the same middleware."""

    authentication_classes = []
    permission_classes = []
    renderer_classes = [JSONRenderer]

    def get(self, request):
        return Response({"status": "anonymous"})


bare_api = public(BareApi.as_view())

urlpatterns = [path("bench/bare/", bare), path("bench/bare-api/", bare_api), *site_urlpatterns]
