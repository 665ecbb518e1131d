"""Reading answers from a submitted form. Field names: ``answer-<question key>`` (one value
per chosen option) and, for ordering questions, ``answer-<question key>-<option id>`` with
the option's place (1 = first). Options are named by the opaque ids the page showed, never
by their stable keys."""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext as _

from assessments.exams.services import SubmissionRejected
from assessments.models import Attempt, AttemptItem, QuestionType

PREFIX = "answer-"


def _own_ids(item: AttemptItem) -> dict[str, str]:
    return {oid: oid for oid in item.id_to_key()}


def responses_from_post(
    *,
    attempt: Attempt,
    data,
    shown_ids: Callable[[AttemptItem], dict[str, str]] = _own_ids,
) -> dict[int, list[str]]:
    """position → the item's opaque option ids for every question answered in ``data``.

    ``shown_ids(item)`` maps the ids the form showed to the item's own ids (by default they
    are the same; a knowledge check's form shows ids derived before its attempt existed).
    Raises SubmissionRejected for fields naming a question that is not in the attempt, or
    places that do not order every option exactly once. Unknown option ids are passed on
    as they are, for the service to refuse."""
    items = {item.question.key: item for item in attempt.items.select_related("question")}
    expected = set()
    mapping = {key: shown_ids(item) for key, item in items.items()}
    for key, item in items.items():
        if item.question.type == QuestionType.ORDERING:
            expected.update(f"{PREFIX}{key}-{shown}" for shown in mapping[key])
        else:
            expected.add(f"{PREFIX}{key}")
    if any(name.startswith(PREFIX) and name not in expected for name in data):
        raise SubmissionRejected(_("The form names a question that is not in this attempt."))
    responses = {}
    for key, item in items.items():
        if item.question.type == QuestionType.ORDERING:
            order = _ordering(key, item, data, mapping[key])
            if order is not None:
                responses[item.position] = order
        elif f"{PREFIX}{key}" in data:
            responses[item.position] = [
                mapping[key].get(value, value) for value in data.getlist(f"{PREFIX}{key}")
            ]
    return responses


def _ordering(key: str, item, data, mapping: dict[str, str]) -> list[str] | None:
    places = {shown: data.get(f"{PREFIX}{key}-{shown}", "").strip() for shown in mapping}
    if not any(places.values()):
        return None
    try:
        ranks = {mapping[shown]: int(place) for shown, place in places.items()}
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
