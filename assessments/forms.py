"""Reading answers from a submitted form. Field names: ``answer-<question key>`` (one value
per chosen option) and, for ordering questions, ``answer-<question key>-<option key>`` with
the option's place (1 = first)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from assessments.models import Attempt
from assessments.services import SubmissionRejected

PREFIX = "answer-"


def responses_from_post(*, attempt: Attempt, data) -> dict[int, list[str]]:
    """position → option keys for every question answered in ``data``. Raises
    SubmissionRejected for fields naming a question that is not in the attempt, or places
    that do not order every option exactly once."""
    items = {item.question.key: item for item in attempt.items.select_related("question")}
    expected = set()
    for key, item in items.items():
        if item.question.type == "ordering":
            expected.update(f"{PREFIX}{key}-{option}" for option in item.option_order)
        else:
            expected.add(f"{PREFIX}{key}")
    if any(name.startswith(PREFIX) and name not in expected for name in data):
        raise SubmissionRejected(_("The form names a question that is not in this attempt."))
    responses = {}
    for key, item in items.items():
        if item.question.type == "ordering":
            order = _ordering(key, item, data)
            if order is not None:
                responses[item.position] = order
        elif f"{PREFIX}{key}" in data:
            responses[item.position] = data.getlist(f"{PREFIX}{key}")
    return responses


def _ordering(key: str, item, data) -> list[str] | None:
    places = {opt: data.get(f"{PREFIX}{key}-{opt}", "").strip() for opt in item.option_order}
    if not any(places.values()):
        return None
    try:
        ranks = {opt: int(place) for opt, place in places.items()}
    except ValueError:
        raise SubmissionRejected(
            _("Question %d: give every item a place number.") % item.position
        ) from None
    if sorted(ranks.values()) != list(range(1, len(ranks) + 1)):
        raise SubmissionRejected(
            _("Question %(n)d: use each place from 1 to %(total)d once.")
            % {"n": item.position, "total": len(ranks)}
        )
    return sorted(ranks, key=ranks.get)
