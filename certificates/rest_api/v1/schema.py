"""The OpenAPI schema of the status API (drf-spectacular, from the code) and a docs page
rendered on the server from it.

drf-spectacular's own docs views load Swagger UI or ReDoc from a CDN (or from the
drf-spectacular-sidecar package, not installed here); the site's Content-Security-Policy
allows scripts from itself only, so the docs page is plain HTML built from the same schema:
no script, no inline style.
"""

from __future__ import annotations

import json

from django.shortcuts import render
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.views import SpectacularAPIView

PREFIXES = ("/api/v1/certifications/", "/.well-known/")


class BearerScheme(OpenApiAuthenticationExtension):
    """``Authorization: Bearer <key_id>.<secret>`` in the schema."""

    target_class = "certificates.api_auth.BearerAuthentication"
    name = "apiClient"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "<key_id>.<secret>",
            "description": "The API client's credential, shown once when it is created.",
        }


def only_status_api(endpoints):
    """drf-spectacular preprocessing hook: document the status API and the JWKS only."""
    return [e for e in endpoints if e[0].startswith(PREFIXES)]


class SchemaApi(SpectacularAPIView):
    """``/api/v1/schema/``: the OpenAPI 3 schema (YAML, or JSON with ?format=json)."""


_schema_cache: dict = {}


def _schema() -> dict:
    if "schema" not in _schema_cache:
        _schema_cache["schema"] = SchemaGenerator().get_schema(request=None, public=True)
    return _schema_cache["schema"]


def _operations(schema: dict) -> list[dict]:
    rows = []
    for route, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            rows.append(
                {
                    "method": method.upper(),
                    "path": route,
                    "summary": operation.get("description", ""),
                    "parameters": operation.get("parameters", []),
                    "request": json.dumps(body.get("schema"), indent=2) if body else "",
                    "responses": [
                        {
                            "code": code,
                            "description": response.get("description", ""),
                            "schema": json.dumps(
                                response.get("content", {})
                                .get("application/json", {})
                                .get("schema", ""),
                                indent=2,
                            )
                            if response.get("content")
                            else "",
                        }
                        for code, response in operation.get("responses", {}).items()
                    ],
                }
            )
    return rows


def docs(request):
    """``/api/v1/docs/``: the endpoints, parameters, answers and schemas, as HTML."""
    schema = _schema()
    return render(
        request,
        "certificates/api_docs.html",
        {
            "info": schema.get("info", {}),
            "operations": _operations(schema),
            "components": json.dumps(schema.get("components", {}).get("schemas", {}), indent=2),
        },
    )
