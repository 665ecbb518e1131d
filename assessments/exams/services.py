"""Attempts: start, autosave, submit, expire, void.

Scoring happens here, on the server, only: the browser never sees an option key, only the
opaque identifiers drawn for each attempt item (``AttemptItem.option_ids``), and never sees
which options are correct before it has submitted. Every function that takes answers takes
those identifiers and maps them back here; an unknown identifier is refused. Every function
that a learner can repeat (a double click, a reload, a retried request) is idempotent, and
the ones that change an attempt lock its row first.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from assessments import signals
from assessments.exams.scoring import is_correct, percent, response_problem
from assessments.exams.selectors import assessment_start_blocker, question_pool
from assessments.models import (
    Assessment,
    AssessmentKind,
    Attempt,
    AttemptItem,
    Question,
    QuestionType,
)
from learning.events import event_record
from learning.locales import in_default_language
from learning.models import Person, User

# A submission that arrives this long after the deadline still counts as on time (network).
GRACE = timedelta(seconds=30)


class AttemptRefused(ValidationError):
    """The learner may not start an attempt now (no attempts left, cool-down, passed)."""


class AttemptClosed(ValidationError):
    """The attempt no longer takes answers (submitted, voided or out of time)."""


class SubmissionRejected(ValidationError):
    """The submitted answers are malformed or do not belong to this attempt. Nothing in the
    attempt was changed."""


@dataclass(frozen=True)
class SubmitOutcome:
    attempt: Attempt
    late: bool = False  # time ran out: the answers saved by then were submitted instead


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _attempt_event(kind: str, attempt: Attempt, signal, **extra) -> None:
    """Record the attempt's change through the seam; the attempt id and its new status make
    the occurrence, so a second attempt is a new event and a replayed submit is not. The
    payload carries the times (statements are stamped with them) and the language the
    learner was using."""
    payload = {
        "attempt": attempt.pk,
        "person": attempt.person_id,
        "assessment": attempt.assessment_id,
        "status": attempt.status,
        "score": None if attempt.score is None else str(attempt.score),
        "passed": attempt.passed,
        "started_at": _iso(attempt.started_at),
        "submitted_at": _iso(attempt.submitted_at),
        "voided_at": _iso(attempt.voided_at),
        "language": get_language() or "",
    }
    event_record(
        kind=kind,
        object_key=f"attempt:{attempt.pk}",
        occurrence=attempt.status,
        payload=payload,
        signal=signal,
        sender=Attempt,
        attempt=attempt,
        **extra,
    )


# --- Start ----------------------------------------------------------------------------------
def attempt_start(*, person: Person, assessment: Assessment) -> Attempt:
    """The person's open attempt at ``assessment``, or a new one with freshly drawn questions.

    Raises AttemptRefused when no attempts are left, the cool-down has not passed, or an exam
    was already passed. Starting twice returns the same attempt (also under a race: the
    one-open-attempt constraint decides).
    """
    assessment = in_default_language(assessment)
    now = timezone.now()
    with transaction.atomic():
        current = _open_attempt(person, assessment)
        if current is not None and not _expired(current, now):
            return current
        if current is not None:
            _submit(current, now, auto=True)
    _check_may_start(person, assessment, now)
    try:
        with transaction.atomic():
            return _create_attempt(person, assessment, now)
    except IntegrityError:
        # Another request created the open attempt first: that one is ours too.
        return Attempt.objects.get(person=person, assessment=assessment, status=Attempt.Status.OPEN)


def _open_attempt(person: Person, assessment: Assessment) -> Attempt | None:
    return (
        Attempt.objects.select_for_update()
        .filter(person=person, assessment=assessment, status=Attempt.Status.OPEN)
        .first()
    )


def _expired(attempt: Attempt, now: datetime) -> bool:
    return attempt.deadline_at is not None and now > attempt.deadline_at + GRACE


def _check_may_start(person: Person, assessment: Assessment, now: datetime) -> None:
    blocker = assessment_start_blocker(person=person, assessment=assessment, now=now)
    if blocker:
        raise AttemptRefused(blocker)


def _create_attempt(person: Person, assessment: Assessment, now: datetime) -> Attempt:
    number = Attempt.objects.filter(person=person, assessment=assessment).count() + 1
    # The system's entropy source: an order a script could predict would be a key.
    rng = random.SystemRandom()
    questions = _draw(assessment, rng, person)
    if not questions:
        raise AttemptRefused(_("This assessment has no questions yet."))
    deadline = (
        now + timedelta(minutes=assessment.time_limit_minutes)
        if assessment.time_limit_minutes
        else None
    )
    attempt = Attempt.objects.create(
        person=person,
        assessment=assessment,
        number=number,
        started_at=now,
        deadline_at=deadline,
    )
    items = []
    for position, question in enumerate(questions, start=1):
        order = _option_order(assessment, question, rng)
        items.append(
            AttemptItem(
                attempt=attempt,
                position=position,
                question=question,
                option_order=order,
                option_ids=_opaque_ids(len(order)),
            )
        )
    AttemptItem.objects.bulk_create(items)
    # In the attempt's own transaction, so it commits or rolls back with the attempt. A start
    # that loses the one-open-attempt race fails on the insert above, before recording, and
    # a second start returns the open attempt: one attempt, one "started" event.
    _attempt_event("assessment.started", attempt, signals.assessment_started)
    return attempt


def _opaque_ids(count: int) -> list[str]:
    """``count`` distinct random identifiers for one item's options."""
    ids: list[str] = []
    while len(ids) < count:
        candidate = "o" + secrets.token_urlsafe(8)
        if candidate not in ids:
            ids.append(candidate)
    return ids


def _draw(assessment: Assessment, rng: random.Random, person: Person) -> list[Question]:
    pool = list(question_pool(assessment=assessment, person=person))
    if assessment.shuffle_questions:
        rng.shuffle(pool)
    if assessment.question_count:
        pool = pool[: assessment.question_count]
    # Questions about one scenario stay together, where the first of them was drawn.
    first_seen: dict = {}
    for index, question in enumerate(pool):
        first_seen.setdefault(question.scenario_id or f"q{question.pk}", index)
    return sorted(pool, key=lambda q: first_seen[q.scenario_id or f"q{q.pk}"])


def _option_order(assessment: Assessment, question: Question, rng: random.Random) -> list[str]:
    """The order the options are shown in. An exam always shuffles every question type (a
    fixed position would be a key); an ordering question starts in a uniformly random
    permutation other than the correct one (never a fixed rotation of it, which a script
    could undo)."""
    correct = [option.key for option in question.options.all()]
    keys = list(correct)
    if question.type == QuestionType.ORDERING:
        while len(keys) > 1 and keys == correct:
            rng.shuffle(keys)
    elif assessment.kind == AssessmentKind.EXAM or (
        assessment.shuffle_options and question.type != QuestionType.TRUE_FALSE
    ):
        # In an exam even "true" and "false" change places: "always the first" must not
        # be a strategy that content alone decides.
        rng.shuffle(keys)
    return keys


# --- Answer and submit ----------------------------------------------------------------------
def attempt_answer_save(*, attempt: Attempt, position: int, response: list[str]) -> AttemptItem:
    """Autosave one answer (``response``: the item's opaque option ids). Raises AttemptClosed
    when the attempt no longer takes answers (an attempt out of time is submitted with what
    was saved), SubmissionRejected when the answer is malformed or names an unknown id."""
    now = timezone.now()
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        timed_out = attempt.status == Attempt.Status.OPEN and _expired(attempt, now)
        if timed_out:
            _submit(attempt, now, auto=True)
    if timed_out:
        raise AttemptClosed(_("Time is up. The answers you had saved were submitted."))
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.status != Attempt.Status.OPEN:
            raise AttemptClosed(_("This attempt has been submitted; it takes no more answers."))
        item = attempt.items.select_related("question").filter(position=position).first()
        if item is None:
            raise SubmissionRejected(_("That question is not part of this attempt."))
        item.response = _checked_keys(item, response)
        item.answered_at = now
        item.save(update_fields=["response", "answered_at"])
        return item


def _checked_keys(item: AttemptItem, response) -> list[str]:
    """The option keys that ``response`` (opaque ids shown for ``item``) stands for. Raises
    SubmissionRejected for a malformed answer or an id this item never showed (e.g. a
    stable key such as ``a``)."""
    ids = item.id_to_key()
    problem = response_problem(item.question.type, list(ids), response)
    if problem:
        raise SubmissionRejected(
            _("Question %(n)d: %(problem)s.") % {"n": item.position, "problem": problem}
        )
    return [ids[oid] for oid in response]


def attempt_submit(*, attempt: Attempt, responses: dict[int, list[str]] | None) -> SubmitOutcome:
    """Submit an attempt with ``responses`` (position → opaque option ids) and score it.

    A second submit returns the first result. A malformed or foreign payload raises
    SubmissionRejected and changes nothing. After the deadline (plus GRACE) the payload is
    not accepted: the answers saved before the deadline are submitted and ``late`` is True.
    """
    now = timezone.now()
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.status == Attempt.Status.SUBMITTED:
            # Already submitted (a double click, or time ran out first): same result.
            return SubmitOutcome(attempt, late=attempt.auto_submitted)
        if attempt.status == Attempt.Status.VOIDED:
            raise AttemptClosed(_("This attempt was voided."))
        if _expired(attempt, now):
            return SubmitOutcome(_submit(attempt, now, auto=True), late=True)
        items = {item.position: item for item in attempt.items.select_related("question")}
        keys = {}
        for position, response in (responses or {}).items():
            if position not in items:
                raise SubmissionRejected(_("That question is not part of this attempt."))
            keys[position] = _checked_keys(items[position], response)
        for position, chosen in keys.items():
            items[position].response = chosen
            items[position].answered_at = now
        return SubmitOutcome(_submit(attempt, now, auto=False, items=list(items.values())))


def _submit(attempt: Attempt, now: datetime, *, auto: bool, items=None) -> Attempt:
    """Score and close ``attempt`` (locked by the caller) with its current answers."""
    items = items if items is not None else list(attempt.items.select_related("question"))
    correct_keys = _correct_keys([item.question for item in items])
    for item in items:
        item.correct = is_correct(item.question.type, correct_keys[item.question_id], item.response)
    AttemptItem.objects.bulk_update(items, ["response", "answered_at", "correct"])
    attempt.score = percent(sum(1 for i in items if i.correct), len(items))
    attempt.passed = attempt.score >= attempt.assessment.pass_mark
    attempt.status = Attempt.Status.SUBMITTED
    attempt.submitted_at = (
        min(now, attempt.deadline_at + GRACE) if auto and attempt.deadline_at else now
    )
    attempt.auto_submitted = auto
    attempt.save()
    signal = signals.assessment_passed if attempt.passed else signals.assessment_failed
    kind = "assessment.passed" if attempt.passed else "assessment.failed"
    _attempt_event(kind, attempt, signal)
    return attempt


def _correct_keys(questions: list[Question]) -> dict[int, list[str]]:
    """Per question id: the correct option keys (for ordering, every key in order)."""
    keys: dict[int, list[str]] = {q.pk: [] for q in questions}
    for question in questions:
        for option in question.options.all():
            if option.is_correct or question.type == QuestionType.ORDERING:
                keys[question.pk].append(option.key)
    return keys


def attempts_submit_expired() -> int:
    """Submit every open attempt whose time ran out, with the answers saved by then; return
    how many. Run by beat every minute, so a learner who closes the tab still gets a
    result. Idempotent."""
    now = timezone.now()
    expired = Attempt.objects.filter(
        status=Attempt.Status.OPEN, deadline_at__lt=now - GRACE
    ).values_list("pk", flat=True)
    count = 0
    for pk in expired:
        with transaction.atomic():
            attempt = Attempt.objects.select_for_update().get(pk=pk)
            if attempt.status == Attempt.Status.OPEN:
                _submit(attempt, now, auto=True)
                count += 1
    return count


# --- Void -----------------------------------------------------------------------------------
@transaction.atomic
def attempt_void(*, attempt: Attempt, by: User, reason: str, message: str = "") -> Attempt:
    """Void an attempt (e.g. it was taken by someone else). It no longer counts as a pass or
    as a used attempt. Needs a reason (internal, for administrators); ``message`` is an
    optional note the learner sees beside the standard notice. Voiding twice changes
    nothing."""
    if not by.has_perm("assessments.void_attempt"):
        raise ValidationError(_("Only certification administrators can void attempts."))
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the attempt is voided.")})
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.status == Attempt.Status.VOIDED:
        return attempt
    attempt.status = Attempt.Status.VOIDED
    attempt.void_reason = reason
    attempt.void_message = message.strip()
    attempt.voided_by = by
    attempt.voided_at = timezone.now()
    attempt.save()
    _attempt_event("attempt.voided", attempt, signals.attempt_voided, reason=reason, by=by)
    return attempt
