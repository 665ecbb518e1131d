"""Calibration attempts: start, autosave a case's ratings, submit and score.

An attempt refers to the default-language exercise; its ratings are keyed by the
default-language case keys and item codes (codes are the same in every language). Scoring
happens here, on the server, with ``assessments.calibration.scoring``; the panel's reference
ratings never leave this module before the attempt is submitted. Every write locks the
attempt row first, and every function a learner can repeat (a reload, a double click) is
idempotent.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from assessments import signals
from assessments.calibration.scoring import (
    CaseResult,
    ExerciseResult,
    PassCriteria,
    Scale,
    score_case,
    score_exercise,
)
from assessments.calibration.selectors import (
    attempt_cases,
    calibration_availability,
    cases_seen,
    exercise_cases,
    instrument_items,
)
from assessments.models import CalibrationAttempt, CalibrationExercise, Instrument, PracticeCase
from learning.events import event_record
from learning.locales import in_default_language, localized
from learning.models import Person, User


class CalibrationClosed(ValidationError):
    """The attempt no longer takes ratings (submitted or voided)."""


class CalibrationRefused(ValidationError):
    """No new attempt now: not for this person's audience, no attempts left, or cooling down."""


NOTES_MAX = 4000
_draw = random.SystemRandom()


def _attempt_event(kind: str, attempt: CalibrationAttempt, signal) -> None:
    """Record the attempt's change through the seam (occurrence: its new status)."""
    event_record(
        kind=kind,
        object_key=f"calibration_attempt:{attempt.pk}",
        occurrence=attempt.status,
        payload={
            "attempt": attempt.pk,
            "person": attempt.person_id,
            "exercise": attempt.exercise_id,
            "status": attempt.status,
            "passed": attempt.passed,
            "started_at": attempt.started_at.isoformat(),
            "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
            "language": get_language() or "",
        },
        signal=signal,
        sender=CalibrationAttempt,
        attempt=attempt,
    )


def _locked(attempt: CalibrationAttempt) -> CalibrationAttempt:
    return (
        CalibrationAttempt.objects.select_for_update()
        .select_related("exercise__instrument")
        .get(pk=attempt.pk)
    )


# --- Start ----------------------------------------------------------------------------------
def calibration_attempt_start(
    *, person: Person, exercise: CalibrationExercise
) -> CalibrationAttempt:
    """The person's open attempt at ``exercise`` (resolved to its default-language row), or a
    new one with its cases drawn. Starting twice returns the same attempt; under a race the
    ``one_open_calibration_attempt`` constraint decides and the loser gets the winner's.

    Raises CalibrationRefused (nothing created) when the exercise is not for the person's
    sector or role, every attempt is used, or the cool-down after the last submitted attempt
    is still running. Draws ``cases_per_attempt`` cases: ones the person has not had first
    (at random), then the ones they had longest ago.
    """
    exercise = in_default_language(exercise)
    open_attempts = CalibrationAttempt.objects.filter(
        person=person, exercise=exercise, status=CalibrationAttempt.Status.OPEN
    )
    current = open_attempts.first()
    if current is not None:
        return current
    refusal = calibration_availability(person=person, exercise=exercise).refusal
    if refusal:
        raise CalibrationRefused(refusal)
    try:
        with transaction.atomic():
            return CalibrationAttempt.objects.create(
                person=person,
                exercise=exercise,
                started_at=timezone.now(),
                case_keys=_drawn_cases(person, exercise),
            )
    except IntegrityError:
        return open_attempts.get()


def _drawn_cases(person: Person, exercise: CalibrationExercise) -> list[str]:
    order = [case.key for case in exercise_cases(exercise)]
    wanted = exercise.cases_per_attempt or len(order)
    if wanted >= len(order):
        return order
    seen = [key for key in cases_seen(person=person, exercise=exercise) if key in order]
    unseen = [key for key in order if key not in seen]
    drawn = _draw.sample(unseen, min(wanted, len(unseen)))
    drawn += list(reversed(seen))[: wanted - len(drawn)]  # longest ago first
    return [key for key in order if key in drawn]


# --- Autosave -------------------------------------------------------------------------------
def calibration_case_save(
    *,
    attempt: CalibrationAttempt,
    case_key: str,
    items: Mapping[str, str],
    summary: Mapping[str, str],
    notes: str | None = None,
) -> CalibrationAttempt:
    """Save ratings for one case of an open attempt, merged over what was saved before (a
    partial form never erases earlier ratings; saving the same twice changes nothing), and
    the learner's own notes on the case when ``notes`` is given (at most NOTES_MAX
    characters; they are never scored and never shown to anyone else).

    Raises CalibrationClosed when the attempt is not open, ValidationError (nothing saved)
    when the case is not in the exercise, an item code is not on the instrument, a rating is
    neither a scale code nor the omit code, or a summary judgement or option is unknown.
    Locks the attempt row.
    """
    with transaction.atomic():
        attempt = _locked(attempt)
        if attempt.status != CalibrationAttempt.Status.OPEN:
            raise CalibrationClosed(_("This exercise has been submitted; it takes no ratings."))
        if case_key not in {case.key for case in attempt_cases(attempt)}:
            raise ValidationError(_("That case is not part of this exercise."))
        instrument = attempt.exercise.instrument
        problems = [*_item_problems(instrument, items), *_summary_problems(instrument, summary)]
        if notes is not None and len(notes) > NOTES_MAX:
            problems.append(
                _("Your notes are too long: at most %(n)d characters.") % {"n": NOTES_MAX}
            )
        if problems:
            raise ValidationError(problems)
        entry = attempt.ratings.get(case_key, {})
        attempt.ratings[case_key] = {
            "items": {**entry.get("items", {}), **items},
            "summary": {**entry.get("summary", {}), **summary},
        }
        if notes is not None:
            attempt.notes[case_key] = notes
        attempt.save(update_fields=["ratings", "notes"])
    return attempt


def _item_problems(instrument: Instrument, items: Mapping[str, str]) -> list[str]:
    codes = {item.code for item in instrument_items(instrument)}
    allowed = (*instrument.scale_codes, *filter(None, [instrument.omit_code]))
    problems = []
    for code, rating in items.items():
        if code not in codes:
            problems.append(_("Item %(code)s is not on this instrument.") % {"code": code})
        elif rating not in allowed:
            problems.append(
                _("“%(rating)s” is not a rating for item %(code)s; choose one of %(allowed)s.")
                % {"rating": rating, "code": code, "allowed": ", ".join(allowed)}
            )
    return problems


def _summary_problems(instrument: Instrument, summary: Mapping[str, str]) -> list[str]:
    options = {
        judgement["key"]: [option["code"] for option in judgement["options"]]
        for judgement in instrument.summary_judgements
    }
    problems = []
    for key, option in summary.items():
        if key not in options:
            problems.append(_("“%(key)s” is not a summary judgement here.") % {"key": key})
        elif option not in options[key]:
            problems.append(
                _("“%(option)s” is not an option for “%(key)s”; choose one of %(allowed)s.")
                % {"option": option, "key": key, "allowed": ", ".join(options[key])}
            )
    return problems


# --- Submit ---------------------------------------------------------------------------------
def calibration_attempt_submit(*, attempt: CalibrationAttempt) -> CalibrationAttempt:
    """Score and close an open attempt; store the result, ``passed`` and ``submitted_at``, and
    send ``calibration_passed`` or ``calibration_failed`` once the transaction commits.

    Idempotent: submitting a submitted attempt returns it with its stored result and sends
    nothing. Raises CalibrationClosed for a voided attempt, and ValidationError (nothing
    changed) listing per case the items and summary judgements not yet rated, or when a case's
    panel reference does not fit the instrument. Locks the attempt row.
    """
    with transaction.atomic():
        attempt = _locked(attempt)
        if attempt.status == CalibrationAttempt.Status.SUBMITTED:
            return attempt
        if attempt.status == CalibrationAttempt.Status.VOIDED:
            raise CalibrationClosed(_("This attempt was voided."))
        cases = attempt_cases(attempt)
        _check_complete(attempt, cases)
        attempt.result = _result(attempt, cases)
        attempt.passed = attempt.result["passed"]
        attempt.status = CalibrationAttempt.Status.SUBMITTED
        attempt.submitted_at = timezone.now()
        attempt.save(update_fields=["result", "passed", "status", "submitted_at"])
        signal = signals.calibration_passed if attempt.passed else signals.calibration_failed
        kind = "calibration.passed" if attempt.passed else "calibration.failed"
        _attempt_event(kind, attempt, signal)
    return attempt


def _check_complete(attempt: CalibrationAttempt, cases: list[PracticeCase]) -> None:
    instrument = attempt.exercise.instrument
    codes = [item.code for item in instrument_items(instrument)]
    labels = {j["key"]: j["label"] for j in localized(instrument).summary_judgements}
    problems = []
    for case in cases:
        entry = attempt.ratings.get(case.key, {})
        items = [code for code in codes if code not in entry.get("items", {})]
        summary = [
            labels.get(j["key"], j["key"])
            for j in instrument.summary_judgements
            if j["key"] not in entry.get("summary", {})
        ]
        if items or summary:
            problems.append(_missing_message(localized(case).title, items, summary))
    if problems:
        raise ValidationError(problems)


def _missing_message(title: str, items: list[str], summary: list[str]) -> str:
    parts = []
    if items:
        parts.append(_("items %(codes)s") % {"codes": ", ".join(items)})
    if summary:
        parts.append(_("summary judgement %(names)s") % {"names": ", ".join(summary)})
    return _("“%(case)s”: not yet rated: %(missing)s.") % {
        "case": title,
        "missing": "; ".join(parts),
    }


def _result(attempt: CalibrationAttempt, cases: list[PracticeCase]) -> dict:
    """Score every case and the exercise; the JSON stored as ``attempt.result``."""
    exercise, instrument = attempt.exercise, attempt.exercise.instrument
    scale = Scale(levels=instrument.scale_codes, omit=instrument.omit_code)
    criteria = _criteria(exercise)
    codes = [item.code for item in instrument_items(instrument)]
    entries = [_current(attempt.ratings[case.key], codes, instrument) for case in cases]
    scored = [_score_case(case, entry, scale) for case, entry in zip(cases, entries, strict=True)]
    try:
        outcome = score_exercise(cases=scored, criteria=criteria)
    except ValueError as error:
        raise ValidationError(_unscorable(localized(exercise).title, error)) from error
    return {
        "cases": [
            _case_json(case, entry, result, codes)
            for case, entry, result in zip(cases, entries, scored, strict=True)
        ],
        **_overall_json(outcome),
        "criteria": {
            "min_within_one": criteria.min_within_one,
            "min_exact": criteria.min_exact,
            "summary_required": criteria.summary_required,
            "summary_min_cases": criteria.summary_min_cases,
            "min_kappa": criteria.min_kappa,
        },
    }


def _current(entry: dict, codes: list[str], instrument: Instrument) -> dict:
    """The saved ratings of a case limited to the instrument's current items and judgements
    (an editor may have removed one since the learner rated it)."""
    keys = {judgement["key"] for judgement in instrument.summary_judgements}
    return {
        "items": {code: rating for code, rating in entry["items"].items() if code in codes},
        "summary": {key: option for key, option in entry["summary"].items() if key in keys},
    }


def _criteria(exercise: CalibrationExercise) -> PassCriteria:
    return PassCriteria(
        min_within_one=exercise.min_within_one / 100,
        min_exact=exercise.min_exact / 100 if exercise.min_exact is not None else None,
        summary_required=exercise.summary_required or None,
        summary_min_cases=exercise.summary_min_cases,
        min_kappa=exercise.min_kappa,
    )


def _score_case(case: PracticeCase, entry: dict, scale: Scale) -> CaseResult:
    try:
        return score_case(
            learner_items=entry["items"],
            reference_items=case.reference_items,
            learner_summary=entry["summary"],
            reference_summary=case.reference_summary,
            scale=scale,
        )
    except ValueError as error:
        # The learner's ratings were checked on save, so the panel's reference does not fit
        # the instrument: content to fix, not something the learner can repair.
        raise ValidationError(_unscorable(localized(case).title, error)) from error


def _unscorable(title: str, error: ValueError) -> str:
    return _(
        "“%(title)s” cannot be scored (%(problem)s). Please tell the course administrator."
    ) % {"title": title, "problem": error}


def _case_json(case: PracticeCase, entry: dict, result: CaseResult, codes: list[str]) -> dict:
    # JSON objects may come back from the database in another key order, so the items are a
    # list in the instrument's order.
    by_code = {agreement.item: agreement for agreement in result.items}
    ordered = [by_code[c] for c in codes if c in by_code]
    ordered += [a for a in result.items if a.item not in codes]
    return {
        "key": case.key,
        "title": case.title,
        "items": [
            {
                "code": a.item,
                "learner": a.learner,
                "reference": a.reference,
                "exact": a.exact,
                "within_one": a.within_one,
            }
            for a in ordered
        ],
        "exact_rate": result.exact_rate,
        "within_one_rate": result.within_one_rate,
        "kappa": result.kappa,
        "summary": {
            key: {
                "learner": entry["summary"][key],
                "reference": case.reference_summary[key],
                "match": match,
            }
            for key, match in result.summary.items()
        },
    }


def _overall_json(outcome: ExerciseResult) -> dict:
    return {
        "mean_within_one": outcome.mean_within_one,
        "mean_exact": outcome.mean_exact,
        "mean_kappa": outcome.mean_kappa,
        "summary_matches": outcome.summary_matches,
        "passed": outcome.passed,
        "reasons": list(outcome.reasons),
    }


# --- Void -----------------------------------------------------------------------------------
@transaction.atomic
def calibration_attempt_void(*, attempt: CalibrationAttempt, by: User, reason: str):
    """Void a calibration attempt (e.g. someone else rated the cases): it no longer counts as
    a pass or as a used attempt, and certificates resting on it are revoked (through the
    event). Needs ``assessments.void_attempt`` and a reason; voiding twice changes
    nothing."""
    if not by.has_perm("assessments.void_attempt"):
        raise ValidationError(_("Only certification administrators can void attempts."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the attempt is voided.")})
    attempt = _locked(attempt)
    if attempt.status == CalibrationAttempt.Status.VOIDED:
        return attempt
    attempt.status = CalibrationAttempt.Status.VOIDED
    attempt.void_reason, attempt.voided_by, attempt.voided_at = reason, by, timezone.now()
    attempt.save()
    _attempt_event("calibration.voided", attempt, signals.calibration_voided)
    return attempt
