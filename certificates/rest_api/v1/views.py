"""The certification status API, one class per operation (docs/integration-api.md).

Views parse and check the input (nested ``InputSerializer``), call ``certificates.status_api``
and shape errors; they hold no queries. The answer bodies are built by ``status_api`` (plain
dicts: the hot path of the benchmark); the nested ``OutputSerializer`` describes them for the
OpenAPI schema.

Errors: 400 ``{"errors": {"<param>": ["<message>"]}}``; 401 ``{"detail"}`` with
``WWW-Authenticate: Bearer``; 404 ``{"detail"}``, the same for unknown and out of scope; 503
``{"detail"}`` when the answer cannot be computed, signed or audited (fail closed).
"""

from __future__ import annotations

import copy
import json

from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import exceptions, serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView, exception_handler

from certificates import status_api
from certificates.api_auth import BearerAuthentication, HasStatusScope, ServiceUnavailable
from certificates.keys import SigningUnavailable, jwks
from certificates.rest_api.v1.fields import MomentField, StrictCharField

MAX_PERSONS = 1000
NOT_FOUND_DETAIL = _("No such person or track for this client.")


def api_exception_handler(exc, context):
    """DRF's handler, with validation errors as ``{"errors": {...}}`` and no-store."""
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail if isinstance(exc.detail, dict) else {"body": exc.detail}
        response = Response({"errors": detail}, status=400)
    else:
        response = exception_handler(exc, context)
    if response is not None:
        response["Cache-Control"] = "no-store"
    return response


def _answered(compute):
    """Run ``compute``; unknown/out of scope → 404, no database or key → 503."""
    try:
        return compute()
    except status_api.NotFound:
        raise exceptions.NotFound(NOT_FOUND_DETAIL) from None
    except (DatabaseError, SigningUnavailable) as error:
        raise ServiceUnavailable() from error


class QueryInput(serializers.Serializer):
    """What is asked about, shared by the single and the bulk check."""

    def get_fields(self):
        # Shallow copies: these fields keep no state between requests, and DRF's deep copy
        # of the declared fields is a tenth of a status check's time.
        return {name: copy.copy(field) for name, field in self._declared_fields.items()}

    track = StrictCharField(required=False, max_length=80, help_text=_("Track slug."))
    instrument = StrictCharField(required=False, max_length=80, help_text=_("Instrument key."))
    version = StrictCharField(
        required=False, max_length=40, help_text=_("Instrument version (with instrument).")
    )
    at = MomentField(
        required=False,
        help_text=_("Answer for this past moment (ISO 8601 with Z or an offset); default now."),
    )

    def validate(self, data):
        if data.get("track") and data.get("instrument"):
            raise serializers.ValidationError(
                {"track": [_("Give either track or instrument, not both.")]}
            )
        if not data.get("track") and not data.get("instrument"):
            raise serializers.ValidationError({"track": [_("Give track or instrument.")]})
        if data.get("version") and not data.get("instrument"):
            raise serializers.ValidationError(
                {"version": [_("version goes with instrument, not with track.")]}
            )
        return data


class _StatusApi(APIView):
    authentication_classes = [BearerAuthentication]
    permission_classes = [HasStatusScope]
    renderer_classes = [JSONRenderer]

    def get_exception_handler(self):
        return api_exception_handler

    @staticmethod
    def _ask(data) -> dict:
        return {k: data[k] for k in ("track", "instrument", "version", "at") if k in data}

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "no-store"  # the JWS's exp says how long it may be kept
        return response


class InstrumentOutput(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    version = serializers.CharField()


class AnswerOutput(serializers.Serializer):
    person = serializers.CharField(help_text=_("The employee number asked about."))
    track = serializers.CharField(allow_null=True)
    instrument = InstrumentOutput(allow_null=True)
    status = serializers.ChoiceField(
        choices=["valid", "expiring", "in_grace", "expired", "suspended", "revoked", "none"]
    )
    authorised = serializers.BooleanField(help_text=_("True while valid, expiring or in grace."))
    valid_from = serializers.DateTimeField(allow_null=True)
    valid_until = serializers.DateTimeField(allow_null=True)
    grace_until = serializers.DateTimeField(allow_null=True)
    certificate_number = serializers.CharField(allow_null=True)
    at = serializers.DateTimeField(help_text=_("The moment answered for."))


_ERRORS = {
    400: OpenApiResponse(description=_('Bad input: {"errors": {"<param>": ["<message>"]}}')),
    401: OpenApiResponse(description=_("Missing, unknown, expired or revoked credentials.")),
    404: OpenApiResponse(description=_("Unknown or outside the client's scope (the same).")),
    503: OpenApiResponse(description=_("The answer cannot be computed or signed.")),
}


class CertificationStatusGetApi(_StatusApi):
    """One person's status for a track or an instrument, signed."""

    class InputSerializer(QueryInput):
        class Meta:
            ref_name = "StatusQuery"

        person = StrictCharField(max_length=64, help_text=_("Employee number."))

    class OutputSerializer(AnswerOutput):
        class Meta:
            ref_name = "StatusAnswer"

        checked_at = serializers.DateTimeField()
        jws = serializers.CharField(
            help_text=_("Compact JWS (EdDSA, typ vcr-status+jwt) of this body without jws.")
        )

    @extend_schema(
        operation_id="certification_status",
        parameters=[
            OpenApiParameter("person", str, required=True, description=_("Employee number.")),
            OpenApiParameter("track", str, description=_("Track slug (or instrument).")),
            OpenApiParameter("instrument", str, description=_("Instrument key (or track).")),
            OpenApiParameter("version", str, description=_("Instrument version.")),
            OpenApiParameter("at", str, description=_("ISO 8601 with Z or an offset.")),
        ],
        responses={200: OutputSerializer, **_ERRORS},
    )
    def get(self, request):
        serializer = self.InputSerializer(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        return Response(
            _answered(
                lambda: status_api.status_check(
                    scope=request.auth, employee_number=data["person"], **self._ask(data)
                )
            )
        )


class CertificationStatusBulkApi(_StatusApi):
    """Up to 1,000 people's status for one track or instrument, signed together."""

    class InputSerializer(QueryInput):
        class Meta:
            ref_name = "BulkStatusQuery"

        persons = serializers.ListField(
            child=StrictCharField(max_length=64),
            allow_empty=False,
            max_length=MAX_PERSONS,
            error_messages={
                "empty": _("Give at least one employee number."),
                "max_length": _("At most 1000 employee numbers in one request."),
            },
            help_text=_("Employee numbers (1 to 1,000; duplicates are answered again)."),
        )

    class OutputSerializer(serializers.Serializer):
        class Meta:
            ref_name = "BulkStatusAnswer"

        results = inline_serializer(
            "BulkResult",
            fields={
                **AnswerOutput().get_fields(),
                "error": serializers.CharField(required=False, help_text="not_found"),
            },
            many=True,
        )
        at = serializers.DateTimeField()
        checked_at = serializers.DateTimeField()
        jws = serializers.CharField(help_text=_("JWS over {results, at, iss, aud, iat, exp}."))

    @extend_schema(
        operation_id="certification_status_bulk",
        request=InputSerializer,
        responses={200: OutputSerializer, **_ERRORS},
    )
    def post(self, request):
        try:
            payload = json.loads(request.body or b"")
        except (ValueError, UnicodeDecodeError):
            raise exceptions.ValidationError({"body": [_("The body is not JSON.")]}) from None
        if not isinstance(payload, dict):
            raise exceptions.ValidationError({"body": [_("The body must be a JSON object.")]})
        serializer = self.InputSerializer(data=payload)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        return Response(
            _answered(
                lambda: status_api.status_check_bulk(
                    scope=request.auth, employee_numbers=data["persons"], **self._ask(data)
                )
            )
        )


class JwksGetApi(APIView):
    """The public keys status answers and credentials are signed with (JWKS)."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]

    @extend_schema(operation_id="jwks", responses={200: dict, 503: _ERRORS[503]}, auth=[])
    def get(self, request):
        try:
            keys = jwks()
        except DatabaseError as error:
            raise ServiceUnavailable() from error
        response = Response(keys)
        response["Cache-Control"] = "public, max-age=300"
        return response
