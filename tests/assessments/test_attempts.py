"""Attempts: drawing, autosave, server-side scoring, time limits, tampering, attempts and
cool-down, voiding — what a learner and an administrator would notice."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from assessments import signals
from assessments.exams import services
from assessments.exams.selectors import assessment_result_get, attempt_questions
from assessments.models import Attempt
from tests import factories
from tests.assessments import builders

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def pool(db):
    b = builders.bank()
    for n in range(8):
        builders.question(b, f"pv-{n}", module="pv")
    builders.question(b, "dc-1", module="dc")
    builders.question(
        b,
        "order-1",
        qtype="ordering",
        module="steps",
        options=(("a", True), ("b", True), ("c", True), ("d", True)),
    )
    return b


@pytest.fixture
def learner(tree):
    return factories.person(units=[tree["daycare"]])


def test_draws_n_questions_from_the_tagged_pool(pool, learner):
    exam = builders.exam(pool, module_tag="pv", question_count=5)

    attempt = services.attempt_start(person=learner, assessment=exam)

    keys = [item.question.key for item in attempt.items.all()]
    assert len(keys) == 5
    assert all(k.startswith("pv-") for k in keys)


def test_starting_twice_returns_the_one_open_attempt(pool, learner):
    exam = builders.exam(pool)

    first = services.attempt_start(person=learner, assessment=exam)
    second = services.attempt_start(person=learner, assessment=exam)

    assert first.pk == second.pk
    assert Attempt.objects.count() == 1


def test_an_ordering_question_is_never_shown_in_its_correct_order(pool, learner):
    exam = builders.exam(pool, module_tag="steps", shuffle_options=False)

    for _ in range(5):
        attempt = services.attempt_start(person=learner, assessment=exam)
        item = attempt.items.get(question__key="order-1")
        assert item.option_order != ["a", "b", "c", "d"]
        services.attempt_void(
            attempt=attempt, by=factories.UserFactory(is_superuser=True), reason="reshuffle"
        )


def test_the_page_data_never_contains_the_answer_key(pool, learner):
    attempt = services.attempt_start(person=learner, assessment=builders.exam(pool))

    shown = attempt_questions(attempt=attempt)

    text = repr(shown)
    assert "is_correct" not in text and "Feedback" not in text and "Because" not in text
    assert {"position", "key", "type", "prompt", "options", "response", "scenario"} == set(shown[0])


def test_all_correct_passes_and_fires_the_passed_signal(
    pool, learner, django_capture_on_commit_callbacks
):
    exam = builders.exam(pool)
    attempt = services.attempt_start(person=learner, assessment=exam)
    passed = []
    signals.assessment_passed.connect(lambda **kw: passed.append(kw["attempt"]), weak=False)

    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.attempt_submit(
            attempt=attempt, responses=builders.correct_answers(attempt)
        )

    assert outcome.attempt.score == 100
    assert outcome.attempt.passed is True
    assert [a.pk for a in passed] == [attempt.pk]
    result = assessment_result_get(person=learner, assessment=exam)
    assert (result.passed, result.attempt_number) == (True, 1)


def test_autosaved_answers_count_at_submit(pool, learner):
    attempt = services.attempt_start(person=learner, assessment=builders.exam(pool))
    for position, response in builders.correct_answers(attempt).items():
        services.attempt_answer_save(attempt=attempt, position=position, response=response)

    outcome = services.attempt_submit(attempt=attempt, responses=None)

    assert outcome.attempt.score == 100


def test_a_double_submit_keeps_the_first_result(pool, learner):
    attempt = services.attempt_start(person=learner, assessment=builders.exam(pool))
    first = services.attempt_submit(attempt=attempt, responses=builders.wrong_answers(attempt))

    second = services.attempt_submit(attempt=attempt, responses=builders.correct_answers(attempt))

    assert second.attempt.score == first.attempt.score == 0
    assert Attempt.objects.get().passed is False


def _id(attempt, position, key) -> list[str]:
    return builders.ids(attempt.items.get(position=position), [key])


@pytest.mark.parametrize(
    "tamper",
    [
        lambda a: {1: ["zz"]},  # an option that does not exist
        lambda a: {1: ["a"]},  # a stable option key instead of the attempt's opaque id
        lambda a: {99: _id(a, 1, "a")},  # a question not in the attempt
        lambda a: {1: _id(a, 1, "a") + _id(a, 1, "b")},  # two answers to a single choice
        lambda a: {1: _id(a, 1, "a")[0]},  # not a list
    ],
)
def test_a_tampered_submission_is_refused_and_changes_nothing(pool, learner, tamper):
    exam = builders.exam(pool, module_tag="dc", shuffle_options=False)  # one single-choice
    attempt = services.attempt_start(person=learner, assessment=exam)
    services.attempt_answer_save(attempt=attempt, position=1, response=_id(attempt, 1, "b"))

    with pytest.raises(services.SubmissionRejected):
        services.attempt_submit(attempt=attempt, responses=tamper(attempt))

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.OPEN
    assert attempt.items.get(position=1).response == ["b"]


def test_time_runs_out_on_the_server(pool, learner):
    exam = builders.exam(pool, time_limit_minutes=20)
    with time_machine.travel(NOW, tick=False):
        attempt = services.attempt_start(person=learner, assessment=exam)
        services.attempt_answer_save(
            attempt=attempt, position=1, response=builders.correct_answers(attempt)[1]
        )
    with time_machine.travel(NOW + timedelta(minutes=25), tick=False):
        with pytest.raises(services.AttemptClosed):
            services.attempt_answer_save(attempt=attempt, position=2, response=_id(attempt, 2, "a"))
        outcome = services.attempt_submit(
            attempt=attempt, responses=builders.correct_answers(attempt)
        )
        assert outcome.late is True

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.auto_submitted is True
    # Only the answer saved in time counts; the late payload was not accepted.
    assert attempt.items.filter(correct=True).count() == 1


def test_a_late_submission_is_refused_but_saved_answers_are_kept(pool, learner):
    # Single-choice questions only: the answer "a" below is not a whole ordering.
    exam = builders.exam(pool, module_tag="pv", time_limit_minutes=10)
    with time_machine.travel(NOW, tick=False):
        attempt = services.attempt_start(person=learner, assessment=exam)
        services.attempt_answer_save(attempt=attempt, position=1, response=_id(attempt, 1, "a"))
    with time_machine.travel(NOW + timedelta(minutes=11), tick=False):
        outcome = services.attempt_submit(
            attempt=attempt, responses=builders.correct_answers(attempt)
        )

    assert outcome.late is True
    assert outcome.attempt.items.get(position=1).response == ["a"]
    assert outcome.attempt.submitted_at <= NOW + timedelta(minutes=10, seconds=30)


def test_beat_submits_abandoned_attempts_when_time_is_up(pool, learner):
    exam = builders.exam(pool, time_limit_minutes=10)
    with time_machine.travel(NOW, tick=False):
        attempt = services.attempt_start(person=learner, assessment=exam)
    with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
        assert services.attempts_submit_expired() == 0
    with time_machine.travel(NOW + timedelta(minutes=12), tick=False):
        assert services.attempts_submit_expired() == 1
        assert services.attempts_submit_expired() == 0

    attempt.refresh_from_db()
    assert (attempt.status, attempt.auto_submitted, attempt.passed) == ("submitted", True, False)


def test_cool_down_then_a_later_attempt_passes(pool, learner):
    exam = builders.exam(pool, cooldown_minutes=60, max_attempts=3)
    with time_machine.travel(NOW, tick=False):
        first = services.attempt_start(person=learner, assessment=exam)
        services.attempt_submit(attempt=first, responses=builders.wrong_answers(first))
    with (
        time_machine.travel(NOW + timedelta(minutes=30), tick=False),
        pytest.raises(services.AttemptRefused, match="try again from"),
    ):
        services.attempt_start(person=learner, assessment=exam)
    with time_machine.travel(NOW + timedelta(minutes=61), tick=False):
        second = services.attempt_start(person=learner, assessment=exam)
        services.attempt_submit(attempt=second, responses=builders.correct_answers(second))

    result = assessment_result_get(person=learner, assessment=exam)
    assert (result.passed, result.attempt_number) == (True, 2)
    with pytest.raises(services.AttemptRefused, match="passed this exam already"):
        services.attempt_start(person=learner, assessment=exam)


def test_no_attempts_left(pool, learner):
    exam = builders.exam(pool, max_attempts=1)
    attempt = services.attempt_start(person=learner, assessment=exam)
    services.attempt_submit(attempt=attempt, responses=builders.wrong_answers(attempt))

    with pytest.raises(services.AttemptRefused, match="all 1 attempts"):
        services.attempt_start(person=learner, assessment=exam)


def test_a_certification_admin_voids_an_attempt_with_a_reason(
    pool, learner, django_capture_on_commit_callbacks
):
    exam = builders.exam(pool, max_attempts=1)
    attempt = services.attempt_start(person=learner, assessment=exam)
    services.attempt_submit(attempt=attempt, responses=builders.correct_answers(attempt))
    admin = factories.person(roles=["certification_admin"])
    voided = []
    signals.attempt_voided.connect(lambda **kw: voided.append(kw["reason"]), weak=False)

    with pytest.raises(ValidationError):
        services.attempt_void(attempt=attempt, by=admin.user, reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        services.attempt_void(attempt=attempt, by=admin.user, reason="Taken by a colleague")

    assert voided == ["Taken by a colleague"]
    assert assessment_result_get(person=learner, assessment=exam) is None
    # A voided attempt does not use up an attempt.
    assert services.attempt_start(person=learner, assessment=exam).number == 2


def test_a_learner_cannot_void(pool, learner):
    attempt = services.attempt_start(person=learner, assessment=builders.exam(pool))

    with pytest.raises(ValidationError):
        services.attempt_void(attempt=attempt, by=learner.user, reason="I did badly")
    assert Group.objects.filter(name="Certification administrators").exists()


@pytest.mark.django_db(transaction=True)
def test_a_start_that_loses_the_race_returns_the_winners_attempt(tree, monkeypatch):
    b = builders.bank()
    builders.question(b, "r-1")
    exam = builders.exam(b)
    learner = factories.person(units=[tree["daycare"]])
    winner = services.attempt_start(person=learner, assessment=exam)
    # The second request looked before the first had committed, so it saw no open attempt
    # and its own insert hits the one-open-attempt constraint.
    monkeypatch.setattr(services, "_open_attempt", lambda person, assessment: None)

    got = services.attempt_start(person=learner, assessment=exam)

    assert got.pk == winner.pk
    assert Attempt.objects.count() == 1
