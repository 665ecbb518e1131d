"""The status API under ``/api/v1/`` and the JWKS under ``/.well-known/``, outside the
language prefix (``config.urls`` includes both before Wagtail's catch-all). Every view
declares who may use it (``learning.auth.permissions``)."""

from django.urls import path

from certificates.rest_api.v1 import schema, views
from learning.auth.permissions import api_client, public

app_name = "certificates_api"

_client = api_client("certificates status (Bearer key_id.secret, organisations and tracks)")

urlpatterns = [
    path(
        "certifications/status",
        _client(views.CertificationStatusGetApi.as_view()),
        name="status",
    ),
    path(
        "certifications/status/bulk",
        _client(views.CertificationStatusBulkApi.as_view()),
        name="status_bulk",
    ),
    path("schema/", public(schema.SchemaApi.as_view()), name="schema"),
    path("docs/", public(schema.docs), name="docs"),
]

well_known_urlpatterns = [
    path("jwks.json", public(views.JwksGetApi.as_view()), name="jwks"),
]
