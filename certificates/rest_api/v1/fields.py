"""Input fields of the status API that are stricter than DRF's: a string must be a string
(never a number turned into one), and a moment must say which time zone it is in."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

#: A moment this far ahead of the server's clock is taken as "now" (callers' clocks drift).
CLOCK_SKEW = timedelta(seconds=60)


class StrictCharField(serializers.CharField):
    """A CharField that refuses numbers, booleans, lists and objects."""

    default_error_messages = {"not_a_string": _("Must be a string.")}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("not_a_string")
        return super().to_internal_value(data)


@extend_schema_field(OpenApiTypes.DATETIME)
class MomentField(serializers.Field):
    """ISO 8601 date and time with an offset or "Z" ("2026-03-01T12:00:00Z",
    "2026-03-01T13:00:00+01:00"); not in the future. A moment within ``CLOCK_SKEW`` ahead
    is answered as now."""

    default_error_messages = {
        "invalid": _("Not an ISO 8601 date and time with a time zone, e.g. 2026-03-01T12:00:00Z."),
        "naive": _("Give the time zone: end with Z or an offset such as +01:00."),
        "future": _("Must not be in the future."),
    }

    def to_internal_value(self, data):
        if not isinstance(data, str) or "T" not in data.upper():
            self.fail("invalid")
        try:
            moment = datetime.fromisoformat(data.strip())
        except ValueError:
            self.fail("invalid")
        if moment.tzinfo is None or moment.utcoffset() is None:
            self.fail("naive")
        now = timezone.now()
        if moment > now + CLOCK_SKEW:
            self.fail("future")
        return None if moment >= now else moment

    def to_representation(self, value):
        return value.isoformat() if value else None
