"""What keeps an exam from being passed blind or from leaking its key: start orders, which
questions an exam may draw (purpose, knowledge checks, sector), the review after a failed
attempt, and how a voided attempt is shown."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assessments.exams import services
from assessments.exams.selectors import question_pool
from assessments.models import AssessmentQuestion, Attempt, QuestionPurpose, ReviewPolicy
from tests import factories
from tests.assessments import builders

ORDER = (("a", True), ("b", True), ("c", True), ("d", True))


@pytest.fixture
def bank(db):
    return builders.bank()


@pytest.fixture
def learner(tree):
    return factories.person(units=[tree["daycare"]])


def _void(attempt):
    services.attempt_void(attempt=attempt, by=factories.UserFactory(is_superuser=True), reason="x")


def test_an_ordering_question_starts_in_a_random_order_never_correct_nor_a_rotation(bank, learner):
    builders.question(bank, "order-1", qtype="ordering", options=ORDER)
    exam = builders.exam(bank)
    seen = set()
    for _ in range(40):
        attempt = services.attempt_start(person=learner, assessment=exam)
        seen.add(tuple(attempt.items.get().option_order))
        _void(attempt)

    rotations = {tuple("abcd"[i:] + "abcd"[:i]) for i in range(4)}
    assert ("a", "b", "c", "d") not in seen
    # 23 possible starts; a fixed rotation (the old knowledge-check rule) would give one.
    assert len(seen - rotations) >= 8


def test_an_exam_shuffles_options_even_when_shuffling_is_switched_off(bank, learner):
    builders.question(bank, "q1", options=(("a", True), ("b", False), ("c", False), ("d", False)))
    exam = builders.exam(bank, shuffle_options=False)
    firsts = set()
    for _ in range(30):
        attempt = services.attempt_start(person=learner, assessment=exam)
        firsts.add(attempt.items.get().option_order[0])
        _void(attempt)
    assert len(firsts) >= 3


def test_an_exam_never_draws_formative_questions_or_those_a_knowledge_check_reveals(bank, learner):
    builders.question(bank, "summative")
    formative = builders.question(bank, "formative")
    formative.purpose = QuestionPurpose.FORMATIVE
    formative.save()
    in_check = builders.question(bank, "in-check")
    check = builders.exam(bank, key="check", kind="knowledge_check")
    AssessmentQuestion.objects.create(assessment=check, question=in_check, sort_order=0)
    exam = builders.exam(bank)

    assert [q.key for q in question_pool(assessment=exam)] == ["summative"]
    attempt = services.attempt_start(person=learner, assessment=exam)
    assert [i.question.key for i in attempt.items.all()] == ["summative"]
    # The knowledge check itself still shows its questions.
    assert [q.key for q in question_pool(assessment=check)] == ["in-check"]


def test_an_exam_cannot_be_configured_with_a_formative_question(bank):
    formative = builders.question(bank, "formative")
    formative.purpose = QuestionPurpose.FORMATIVE
    formative.save()
    exam = builders.exam(bank)

    with pytest.raises(ValidationError) as error:
        AssessmentQuestion(assessment=exam, question=formative, sort_order=0).full_clean()
    assert "formative" in str(error.value)
    check = builders.exam(bank, key="check", kind="knowledge_check")
    AssessmentQuestion(assessment=check, question=formative, sort_order=0).full_clean()


def test_draws_respect_the_learners_sector(bank, tree):
    everyone = builders.question(bank, "everyone")
    schools = builders.question(bank, "schools-only")
    schools.sectors = ["school"]
    schools.save()
    both = builders.question(bank, "school-and-daycare")
    both.sectors = ["school", "daycare"]
    both.save()
    exam = builders.exam(bank)
    daycare = factories.person(units=[tree["daycare"]], sector="daycare")
    teacher = factories.person(units=[tree["daycare"]], sector="school")

    drawn = services.attempt_start(person=daycare, assessment=exam)
    assert {i.question.key for i in drawn.items.all()} == {everyone.key, both.key}
    drawn = services.attempt_start(person=teacher, assessment=exam)
    assert {i.question.key for i in drawn.items.all()} == {everyone.key, schools.key, both.key}


# --- Review after a failed attempt -----------------------------------------------------------
@pytest.fixture
def reviewed_exam(bank):
    for n in range(3):
        q = builders.question(bank, f"q{n}")
        q.topic = f"topic-{n}"
        q.save()
    return builders.exam(
        bank, key="rev", max_attempts=2, review_policy=ReviewPolicy.WRONG_THEN_FULL
    )


def _fail(client, exam):
    client.post(reverse("attempt_start", args=[exam.key]))
    attempt = Attempt.objects.filter(assessment=exam).latest("pk")
    services.attempt_submit(attempt=attempt, responses=builders.wrong_answers(attempt))
    return attempt, client.get(reverse("attempt_result", args=[attempt.pk])).content.decode()


def test_a_failed_attempt_with_attempts_left_shows_wrong_questions_and_topics_not_answers(
    client, learner, reviewed_exam
):
    client.force_login(learner.user)

    _, html = _fail(client, reviewed_exam)

    assert "Prompt q0?" in html and "topic-0" in html and "What to revisit" in html
    # No correct option text, no feedback or explanation, no "correct" marker.
    for leak in ("option a", "Feedback", "Because", "correct", "Correct", "The answer:"):
        assert leak not in html


def test_the_full_review_comes_once_the_attempts_are_used_up(client, learner, reviewed_exam):
    client.force_login(learner.user)
    _fail(client, reviewed_exam)
    reviewed_exam.cooldown_minutes = 0
    reviewed_exam.save()

    _, html = _fail(client, reviewed_exam)

    assert "q0 option a" in html and "Because q0." in html


# --- Voiding ---------------------------------------------------------------------------------
def test_a_voided_attempt_shows_the_learner_a_notice_and_message_not_the_reason(
    client, learner, bank
):
    builders.question(bank, "q1")
    exam = builders.exam(bank, max_attempts=1)
    attempt = services.attempt_start(person=learner, assessment=exam)
    services.attempt_submit(attempt=attempt, responses=builders.correct_answers(attempt))
    services.attempt_void(
        attempt=attempt,
        by=factories.UserFactory(is_superuser=True),
        reason="Internal: colleague sat it, see case 4711",
        message="Please take the exam again yourself.",
    )
    client.force_login(learner.user)

    result = client.get(reverse("attempt_result", args=[attempt.pk])).content.decode()
    overview = client.get(reverse("assessment_overview", args=[exam.key])).content.decode()

    assert "was voided by an administrator" in result
    assert "Please take the exam again yourself." in result
    assert "case 4711" not in result and "case 4711" not in overview
    # The voided attempt is not a used attempt: the learner may start again.
    assert "0 of 1 used" in overview and "Start a new attempt" in overview
