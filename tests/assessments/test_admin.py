"""Assessments in Wagtail's admin: content snippets for editors, attempts and voiding for
certification administrators — checked through the views for each role."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from assessments.exams import services
from assessments.models import Attempt, Question, QuestionBank
from tests import factories
from tests.assessments import builders

NO_PERMISSION = "Sorry, you do not have permission to access this area."
BANKS = "wagtailsnippets_assessments_questionbank"
QUESTIONS = "wagtailsnippets_assessments_question"


@pytest.fixture
def editor(db):
    return factories.person(first_name="Erik", last_name="Editor", roles=["content_editor"])


@pytest.fixture
def cert_admin(db):
    return factories.person(first_name="Cora", last_name="Certifier", roles=["certification_admin"])


@pytest.fixture
def learner(db):
    return factories.person(first_name="Lea", last_name="Learner")


@pytest.fixture
def submitted(learner):
    """Lea's submitted attempt at a three-question exam, all answers correct."""
    bank = builders.bank()
    for n in range(3):
        builders.question(bank, f"pv-{n}")
    exam = builders.exam(bank, title="Final exam")
    attempt = services.attempt_start(person=learner, assessment=exam)
    return services.attempt_submit(attempt=attempt, responses=builders.correct_answers(attempt))


def question_form(bank: QuestionBank, **fields) -> dict:
    """POST data for the question snippet form with two options, "a" correct."""
    return nested_form_data(
        {
            "bank": bank.pk,
            "key": "pv-signs-1",
            "type": "single",
            "scenario": "",
            "prompt": "Which of these is a sign of coercive control?",
            "explanation": "Isolation from friends and family is typical.",
            "module_tag": "pv",
            "topic": "signs",
            "purpose": "both",
            "options": inline_formset(
                [
                    {"key": "a", "text": "Isolation", "is_correct": "on", "feedback": ""},
                    {"key": "b", "text": "A shared hobby", "feedback": ""},
                ],
                min=2,
            ),
            **fields,
        }
    )


# --- Content editors: snippets --------------------------------------------------------------
def test_editor_creates_a_question_bank_and_sees_it_listed(client, editor):
    client.force_login(editor.user)

    response = client.post(
        reverse(f"{BANKS}:add"), {"name": "Partner violence", "description": "Basics"}
    )

    assert response.status_code == 302
    bank = QuestionBank.objects.get(name="Partner violence")
    assert bank.locale == Locale.get_default()
    listing = client.get(reverse(f"{BANKS}:list")).content.decode()
    assert "Partner violence" in listing


def test_editor_creates_a_question_with_its_options_and_a_revision(client, editor):
    bank = builders.bank("Partner violence")
    client.force_login(editor.user)

    response = client.post(reverse(f"{QUESTIONS}:add"), question_form(bank))

    assert response.status_code == 302
    question = Question.objects.get(key="pv-signs-1")
    assert question.bank == bank
    assert [(o.key, o.is_correct) for o in question.options.all()] == [("a", True), ("b", False)]
    assert question.latest_revision is not None
    listing = client.get(reverse(f"{QUESTIONS}:list")).content.decode()
    assert "pv-signs-1" in listing
    assert "Partner violence" in listing


def test_question_list_filters_by_module_and_searches_prompts(client, editor):
    bank = builders.bank()
    builders.question(bank, "pv-1", module="pv")
    builders.question(bank, "dc-1", module="dc")
    client.force_login(editor.user)

    by_module = client.get(reverse(f"{QUESTIONS}:list"), {"module_tag": "dc"}).content.decode()
    searched = client.get(reverse(f"{QUESTIONS}:list"), {"q": "Prompt pv-1"}).content.decode()

    assert "dc-1" in by_module
    assert "pv-1" not in by_module
    assert "pv-1" in searched
    assert "dc-1" not in searched


def test_a_question_needs_two_options(client, editor):
    bank = builders.bank()
    client.force_login(editor.user)
    data = question_form(bank)
    data |= nested_form_data(
        {"options": inline_formset([{"key": "a", "text": "Only one", "is_correct": "on"}])}
    )

    response = client.post(reverse(f"{QUESTIONS}:add"), data)

    assert response.status_code == 200
    assert not Question.objects.exists()


def test_learner_cannot_reach_the_question_snippets(client, learner):
    bank = builders.bank()
    client.force_login(learner.user)

    listing = client.get(reverse(f"{QUESTIONS}:list"))
    created = client.post(reverse(f"{QUESTIONS}:add"), question_form(bank))

    assert listing.status_code == 302
    assert listing.url.startswith(reverse("wagtailadmin_login"))
    assert created.status_code == 302
    assert not Question.objects.exists()


# --- Certification administrators: attempts ---------------------------------------------------
def test_cert_admin_lists_submitted_attempts(client, cert_admin, submitted):
    client.force_login(cert_admin.user)

    page = client.get(reverse("attempts:index")).content.decode()

    assert "Lea Learner" in page
    assert "Final exam" in page
    assert "100.00" in page
    assert reverse("attempts:void", args=[submitted.attempt.pk]) in page


def test_attempt_list_filters_by_assessment_and_status(client, cert_admin, submitted):
    other = builders.exam(builders.bank("Other"), key="other", title="Other exam")
    builders.question(other.banks.get(), "other-1")
    otto = factories.person(first_name="Otto", last_name="Other")
    attempt = services.attempt_start(person=otto, assessment=other)
    services.attempt_submit(attempt=attempt, responses=builders.wrong_answers(attempt))
    client.force_login(cert_admin.user)
    index = reverse("attempts:index")
    exam = submitted.attempt.assessment

    voided = client.get(index, {"status": "voided"}).content.decode()
    done = client.get(index, {"status": "submitted"}).content.decode()
    of_exam = client.get(index, {"assessment": exam.pk}).content.decode()
    of_other = client.get(index, {"assessment": other.pk}).content.decode()

    assert "Lea Learner" not in voided
    assert "Lea Learner" in done
    assert "Lea Learner" in of_exam
    assert "Otto Other" not in of_exam
    assert "Otto Other" in of_other
    assert "Lea Learner" not in of_other


def test_cert_admin_voids_an_attempt_with_a_reason(client, cert_admin, submitted):
    attempt = submitted.attempt
    client.force_login(cert_admin.user)
    url = reverse("attempts:void", args=[attempt.pk])

    form = client.get(url)
    response = client.post(
        url,
        {"reason": "Taken by a colleague", "message": "Please sit the exam yourself."},
        follow=True,
    )

    assert form.status_code == 200 and "Message to the learner" in form.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.VOIDED
    assert attempt.void_reason == "Taken by a colleague"
    assert attempt.void_message == "Please sit the exam yourself."
    assert attempt.voided_by == cert_admin.user
    assert "Attempt voided" in response.content.decode()


def test_the_attempt_list_shows_a_voided_pass_as_voided_only(client, cert_admin, submitted):
    services.attempt_void(attempt=submitted.attempt, by=cert_admin.user, reason="Colleague")
    client.force_login(cert_admin.user)

    page = client.get(reverse("attempts:index"), {"status": "voided"}).content.decode()

    assert "Lea Learner" in page and "Voided" in page
    assert "Passed" not in page


def test_voiding_without_a_reason_shows_the_error_and_changes_nothing(
    client, cert_admin, submitted
):
    attempt = submitted.attempt
    client.force_login(cert_admin.user)

    response = client.post(reverse("attempts:void", args=[attempt.pk]), {"reason": "   "})

    assert response.status_code == 200
    assert "Say why the attempt is voided." in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.void_reason == ""


def test_content_editor_can_neither_list_nor_void_attempts(client, editor, submitted):
    attempt = submitted.attempt
    client.force_login(editor.user)

    listing = client.get(reverse("attempts:index"), follow=True)
    response = client.post(
        reverse("attempts:void", args=[attempt.pk]), {"reason": "Because I can"}, follow=True
    )

    assert NO_PERMISSION in listing.content.decode()
    assert NO_PERMISSION in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED


def test_voided_attempt_is_listed_as_voided_and_shows_why(client, cert_admin, submitted):
    attempt = services.attempt_void(
        attempt=submitted.attempt, by=cert_admin.user, reason="Taken by a colleague"
    )
    client.force_login(cert_admin.user)

    voided = client.get(reverse("attempts:index"), {"status": "voided"}).content.decode()
    detail = client.get(reverse("attempts:inspect", args=[attempt.pk])).content.decode()

    assert "Lea Learner" in voided
    assert reverse("attempts:void", args=[attempt.pk]) not in voided
    assert "Taken by a colleague" in detail


def test_editor_tags_a_question_with_sectors_as_checkboxes(client, editor):
    bank = builders.bank("Partner violence")
    client.force_login(editor.user)
    data = question_form(bank)
    data["sectors"] = ["job_centre", "police"]

    response = client.post(reverse(f"{QUESTIONS}:add"), data)

    assert response.status_code == 302
    question = Question.objects.get(key="pv-signs-1")
    assert question.sectors == ["job_centre", "police"]
