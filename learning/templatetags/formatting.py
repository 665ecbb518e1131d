"""Template filters for numbers and durations that every app shows the same way.

In ``learning`` (the lowest layer) so that every app's templates can load it."""

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.utils import formats, translation

register = template.Library()


@register.filter
def percent(value) -> str:
    """A percentage as people read it: rounded half up to one decimal (32 of 36 is 88.9,
    never a truncated 88.8), whole numbers without decimals ("0 %", "80 %", not "0.00 %"),
    with the reader's decimal mark, and the sign as each language writes it: "88.9%" in
    English, "88,9 %" (with a non-breaking space) in Danish, Norwegian and Swedish."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return ""
    places = 0 if number == number.to_integral_value() else 1
    text = formats.number_format(number, decimal_pos=places, use_l10n=True)
    language = translation.get_language() or ""
    return f"{text}%" if language.startswith("en") else f"{text}\u00a0%"


@register.filter
def minutes(value) -> int:
    """A duration in whole minutes, rounded up (a 90-second wait is "2 minutes")."""
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    else:
        try:
            seconds = float(value) * 60
        except (TypeError, ValueError):
            return 0
    return max(0, -(-int(seconds) // 60))
