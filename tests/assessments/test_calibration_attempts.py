"""Calibration attempts: start, autosave with validation, submit with completeness check,
scoring stored against the pass criteria, idempotent submit, and the signals on commit."""

import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from assessments import signals
from assessments.calibration.services import (
    CalibrationClosed,
    calibration_attempt_start,
    calibration_attempt_submit,
    calibration_case_save,
)
from assessments.models import CalibrationAttempt
from tests import factories
from tests.assessments import calibration_builders as build


@pytest.fixture
def learner(tree):
    return factories.person(units=[tree["daycare"]])


@pytest.fixture
def exercise(db):
    return build.exercise()


@pytest.fixture
def sent():
    """Calibration signals received, as (name, attempt pk)."""
    received = []

    def passed(sender, attempt, **kwargs):
        received.append(("passed", attempt.pk))

    def failed(sender, attempt, **kwargs):
        received.append(("failed", attempt.pk))

    signals.calibration_passed.connect(passed)
    signals.calibration_failed.connect(failed)
    yield received
    signals.calibration_passed.disconnect(passed)
    signals.calibration_failed.disconnect(failed)


def rate_all(attempt, rating=lambda items: items, risk=None):
    """Save every case: the panel's ratings passed through ``rating``; ``risk`` overrides the
    panel's risk judgement."""
    for key in build.CASES:
        items, summary = build.panel(key)
        summary = {"risk": risk} if risk else summary
        calibration_case_save(attempt=attempt, case_key=key, items=rating(items), summary=summary)


def submit(attempt, capture):
    with capture(execute=True):
        return calibration_attempt_submit(attempt=attempt)


# --- Start ----------------------------------------------------------------------------------
def test_starting_twice_returns_the_one_open_attempt(exercise, learner):
    first = calibration_attempt_start(person=learner, exercise=exercise)
    second = calibration_attempt_start(person=learner, exercise=exercise)

    assert first.pk == second.pk
    assert CalibrationAttempt.objects.count() == 1


def test_an_attempt_started_from_a_translation_refers_to_the_default_language_exercise(
    exercise, learner
):
    danish = exercise.copy_for_translation(Locale.objects.create(language_code="da"))
    danish.title = "Kalibrering"
    danish.save()

    attempt = calibration_attempt_start(person=learner, exercise=danish)

    assert attempt.exercise_id == exercise.pk
    assert calibration_attempt_start(person=learner, exercise=exercise).pk == attempt.pk


# --- Autosave -------------------------------------------------------------------------------
def test_partial_ratings_are_saved_and_merged(exercise, learner):
    attempt = calibration_attempt_start(person=learner, exercise=exercise)

    calibration_case_save(attempt=attempt, case_key="school-gate", items={"D1": "N"}, summary={})
    calibration_case_save(
        attempt=attempt, case_key="school-gate", items={"D2": "O"}, summary={"risk": "low"}
    )

    attempt.refresh_from_db()
    assert attempt.ratings == {
        "school-gate": {"items": {"D1": "N", "D2": "O"}, "summary": {"risk": "low"}}
    }


@pytest.mark.parametrize(
    ("case_key", "items", "summary", "message"),
    [
        ("no-such-case", {"D1": "N"}, {}, "not part of this exercise"),
        ("school-gate", {"D9": "N"}, {}, "Item D9 is not on this instrument"),
        ("school-gate", {"D1": "maybe"}, {}, "“maybe” is not a rating for item D1"),
        ("school-gate", {}, {"priority": "urgent"}, "“priority” is not a summary judgement"),
        ("school-gate", {}, {"risk": "extreme"}, "“extreme” is not an option for “risk”"),
    ],
)
def test_ratings_that_do_not_fit_are_refused_and_nothing_is_saved(
    exercise, learner, case_key, items, summary, message
):
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    calibration_case_save(attempt=attempt, case_key="school-gate", items={"D1": "Y"}, summary={})

    with pytest.raises(ValidationError) as error:
        calibration_case_save(
            attempt=attempt, case_key=case_key, items={"D2": "N", **items}, summary=summary
        )

    assert message in " ".join(error.value.messages)
    attempt.refresh_from_db()
    assert attempt.ratings == {"school-gate": {"items": {"D1": "Y"}, "summary": {}}}


def test_a_submitted_attempt_takes_no_more_ratings(exercise, learner):
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt)
    calibration_attempt_submit(attempt=attempt)

    with pytest.raises(CalibrationClosed):
        calibration_case_save(
            attempt=attempt, case_key="school-gate", items={"D1": "Y"}, summary={}
        )

    attempt.refresh_from_db()
    assert attempt.ratings["school-gate"]["items"]["D1"] == "N"


# --- Submit ---------------------------------------------------------------------------------
def test_submit_lists_what_is_missing_per_case_by_title_and_item_code(exercise, learner):
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt)
    attempt.refresh_from_db()
    attempt.ratings["school-gate"] = {"items": {"D1": "N", "D3": "P"}, "summary": {}}
    del attempt.ratings["night-shift"]
    attempt.save()

    with pytest.raises(ValidationError) as error:
        calibration_attempt_submit(attempt=attempt)

    assert error.value.messages == [
        "“At the school gate”: not yet rated: items D2, D4; "
        "summary judgement Risk of serious violence.",
        "“The night shift”: not yet rated: items D1, D2, D3, D4; "
        "summary judgement Risk of serious violence.",
    ]
    attempt.refresh_from_db()
    assert (attempt.status, attempt.result, attempt.passed) == ("open", {}, None)


def test_agreeing_with_the_panel_passes_and_sends_calibration_passed_on_commit(
    exercise, learner, sent, django_capture_on_commit_callbacks
):
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt)

    attempt = submit(attempt, django_capture_on_commit_callbacks)

    assert (attempt.status, attempt.passed) == ("submitted", True)
    assert attempt.submitted_at is not None
    assert sent == [("passed", attempt.pk)]
    result = CalibrationAttempt.objects.get().result
    assert (result["mean_within_one"], result["mean_exact"], result["mean_kappa"]) == (1, 1, 1)
    assert (result["summary_matches"], result["passed"], result["reasons"]) == (3, True, [])


def test_the_stored_result_has_every_case_and_item_learner_beside_panel(exercise, learner):
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt, rating=build.one_step_off, risk="high")

    calibration_attempt_submit(attempt=attempt)

    result = CalibrationAttempt.objects.get().result
    assert json.loads(json.dumps(result)) == result
    harbour = result["cases"][0]
    assert [case["key"] for case in result["cases"]] == list(build.CASES)
    assert harbour["items"] == [
        {"code": "D1", "learner": "P", "reference": "Y", "exact": False, "within_one": True},
        {"code": "D2", "learner": "Y", "reference": "P", "exact": False, "within_one": True},
        {"code": "D3", "learner": "P", "reference": "N", "exact": False, "within_one": True},
        {"code": "D4", "learner": "O", "reference": "O", "exact": True, "within_one": True},
    ]
    assert (harbour["exact_rate"], harbour["within_one_rate"]) == (0.25, 1.0)
    assert harbour["kappa"] is not None
    assert harbour["summary"] == {"risk": {"learner": "high", "reference": "high", "match": True}}
    assert result["cases"][1]["summary"]["risk"]["match"] is False


@pytest.mark.parametrize(
    ("min_exact", "passed", "reasons"),
    [(None, True, []), (50, False, ["exact agreement 8% is below 50%"])],
)
def test_one_step_off_passes_on_within_one_unless_an_exact_rate_is_required(
    learner, min_exact, passed, reasons
):
    exercise = build.exercise(min_exact=min_exact)
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt, rating=build.one_step_off)  # exact only where both omit: 1 of 12

    attempt = calibration_attempt_submit(attempt=attempt)

    assert attempt.result["mean_within_one"] == 1.0
    assert (attempt.passed, attempt.result["reasons"]) == (passed, reasons)


def test_far_off_ratings_fail_with_reasons_and_send_calibration_failed(
    exercise, learner, sent, django_capture_on_commit_callbacks
):
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt, rating=build.far_off, risk="moderate")

    attempt = submit(attempt, django_capture_on_commit_callbacks)

    assert attempt.passed is False
    assert sent == [("failed", attempt.pk)]
    assert attempt.result["reasons"] == ["within-one agreement 25% is below 80%"]


def test_the_risk_judgement_must_match_on_enough_cases(learner):
    exercise = build.exercise(summary_min_cases=2)
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt, risk="moderate")  # right on the night shift only

    attempt = calibration_attempt_submit(attempt=attempt)

    assert attempt.passed is False
    assert attempt.result["reasons"] == ["risk judgement matched on 1 of 3 cases; 2 needed"]


def test_a_second_submit_returns_the_stored_result_and_sends_nothing(
    exercise, learner, sent, django_capture_on_commit_callbacks
):
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt)
    first = submit(attempt, django_capture_on_commit_callbacks)

    second = submit(attempt, django_capture_on_commit_callbacks)

    assert (second.pk, second.result, second.submitted_at) == (
        first.pk,
        first.result,
        first.submitted_at,
    )
    assert sent == [("passed", first.pk)]


def test_a_panel_reference_that_does_not_fit_the_instrument_is_reported_not_scored(
    exercise, learner
):
    case = exercise.exercise_cases.first().case
    case.reference_items = {"D1": "Y"}
    case.save()
    attempt = calibration_attempt_start(person=learner, exercise=exercise)
    rate_all(attempt)

    with pytest.raises(ValidationError, match="cannot be scored"):
        calibration_attempt_submit(attempt=attempt)

    attempt.refresh_from_db()
    assert attempt.status == "open"
