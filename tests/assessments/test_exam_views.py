"""Exams and knowledge checks in the browser's terms: pages, forms and redirects."""

import json

import pytest
from django.urls import reverse

from assessments.exams.selectors import check_option_id
from assessments.models import Attempt
from learning.models import Enrolment
from tests import factories
from tests.assessments import builders
from tests.modules import pages


@pytest.fixture
def exam(db):
    b = builders.bank()
    for n in range(4):
        builders.question(b, f"q-{n}")
    builders.question(
        b, "order-1", qtype="ordering", module="pv", options=(("n", True), ("t", True), ("d", True))
    )
    return builders.exam(b, key="basic-exam", max_attempts=3, cooldown_minutes=30)


@pytest.fixture
def learner(client, tree):
    person = factories.person(units=[tree["daycare"]])
    client.force_login(person.user)
    return person


def form_answers(attempt, answers):
    data = {}
    for item in attempt.items.select_related("question"):
        chosen = answers[item.position]
        if item.question.type == "ordering":
            for place, option in enumerate(chosen, start=1):
                data[f"answer-{item.question.key}-{option}"] = str(place)
        else:
            data[f"answer-{item.question.key}"] = chosen
    return data


def start(client):
    response = client.post(reverse("attempt_start", args=["basic-exam"]))
    return Attempt.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])


def test_the_exam_page_source_never_contains_the_answer_key(client, learner, exam):
    attempt = start(client)

    html = client.get(reverse("attempt_take", args=[attempt.pk])).content.decode()

    assert "q-0 option a" in html  # the options are shown
    for secret in ("Feedback q-", "Because q-", "correct", "is_correct"):
        assert secret not in html


def test_fail_wait_for_the_cool_down_then_pass(client, learner, exam):
    first = start(client)
    client.post(
        reverse("attempt_submit", args=[first.pk]),
        form_answers(first, builders.wrong_answers(first)),
    )
    overview = client.get(reverse("assessment_overview", args=["basic-exam"])).content.decode()
    assert "You can try again from" in overview
    assert "Start a new attempt" not in overview

    Attempt.objects.filter(pk=first.pk).update(
        submitted_at=first.started_at.replace(year=first.started_at.year - 1)
    )  # the cool-down has passed
    second = start(client)
    response = client.post(
        reverse("attempt_submit", args=[second.pk]),
        form_answers(second, builders.correct_answers(second)),
    )
    result = client.get(response["Location"]).content.decode()

    assert second.number == 2
    assert "Passed." in result
    assert "Because q-0." in result  # the review shows explanations after submission


def test_autosave_then_submit_keeps_the_saved_answers(client, learner, exam):
    attempt = start(client)
    url = reverse("attempt_answer", args=[attempt.pk])
    for position, response in builders.correct_answers(attempt).items():
        saved = client.post(url, {"position": position, "response": json.dumps(response)})
        assert saved.json() == {"saved": True}

    client.post(reverse("attempt_submit", args=[attempt.pk]), {})

    attempt.refresh_from_db()
    assert attempt.score == 100


def test_a_tampered_form_is_refused_with_a_message_and_loses_nothing(client, learner, exam):
    attempt = start(client)
    item = attempt.items.filter(question__type="single").first()
    client.post(
        reverse("attempt_answer", args=[attempt.pk]),
        {"position": item.position, "response": json.dumps(builders.ids(item, ["a"]))},
    )

    response = client.post(
        reverse("attempt_submit", args=[attempt.pk]),
        {f"answer-{item.question.key}": "zz", "answer-invented": "a"},
        follow=True,
    )

    assert "Your answers were not submitted" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == "open"
    assert attempt.items.get(pk=item.pk).response == ["a"]


def test_another_persons_attempt_is_not_found(client, learner, exam, tree):
    attempt = start(client)
    other = factories.person(units=[tree["daycare"]])
    client.force_login(other.user)

    assert client.get(reverse("attempt_take", args=[attempt.pk])).status_code == 404
    assert client.post(reverse("attempt_submit", args=[attempt.pk])).status_code == 404


def test_a_knowledge_check_in_a_lesson_gives_feedback_and_completes_the_lesson(
    client, learner, exam
):
    check = builders.exam(
        exam.banks.first(), key="check-1", kind="knowledge_check", module_tag="steps"
    )
    kc = builders.question(exam.banks.first(), "kc-1", module="steps")
    catalogue = pages.catalogue()
    module = pages.module(catalogue, "With a check", lessons=0)
    lesson = pages.lesson(
        module,
        "Checked lesson",
        completion_rule="check_passed",
        body=[
            {"type": "rich_text", "value": "<p>Read this.</p>"},
            {
                "type": "knowledge_check",
                "value": {"title": "Check", "instructions": "", "assessment": check.pk},
            },
        ],
    )
    client.post(f"/en/learn/modules/{module.translation_key}/enrol/")
    page = client.get(lesson.url).content.decode()
    assert "Prompt kc-1?" in page and "Feedback kc-1" not in page
    option_b = check_option_id(person=learner, question=kc, option_key="b")
    option_a = check_option_id(person=learner, question=kc, option_key="a")
    # The form carries opaque ids, not the stable keys.
    assert f'value="{option_a}"' in page and 'value="a"' not in page

    wrong = client.post(
        reverse("knowledge_check_submit", args=["check-1"]),
        {"answer-kc-1": option_b, "lesson": str(lesson.translation_key), "next": lesson.url},
    )
    after_wrong = client.get(wrong["Location"].split("#")[0]).content.decode()
    assert "Not quite" in after_wrong and "Feedback kc-1b" in after_wrong
    assert Enrolment.objects.get(person=learner).completed_at is None

    client.post(
        reverse("knowledge_check_submit", args=["check-1"]),
        {"answer-kc-1": option_a, "lesson": str(lesson.translation_key), "next": lesson.url},
    )

    assert Enrolment.objects.get(person=learner).completed_at is not None


def test_the_exam_form_names_each_answer_after_its_question(client, learner, exam):
    attempt = start(client)

    html = client.get(reverse("attempt_take", args=[attempt.pk])).content.decode()

    for item in attempt.items.select_related("question"):
        assert f'name="answer-{item.question.key}' in html


def test_the_review_shows_the_answer_that_was_scored_even_if_a_translation_differs(
    client, learner, exam
):
    from wagtail.models import Locale

    from assessments.models import Option, Question

    danish = Locale.objects.create(language_code="da")
    source = Question.objects.get(key="q-0")
    translated = Question(
        bank=source.bank,
        key="q-0",
        type="single",
        prompt="Spørgsmål?",
        explanation="Fordi.",
        locale=danish,
        translation_key=source.translation_key,
    )
    # A translator's slip: the Danish row marks "b" correct; scoring uses the source row.
    translated.options = [
        Option(key=k, text=f"da {k}", is_correct=(k == "b"), sort_order=i)
        for i, k in enumerate("abc")
    ]
    translated.save()
    attempt = start(client)
    client.post(
        reverse("attempt_submit", args=[attempt.pk]),
        form_answers(attempt, builders.wrong_answers(attempt)),
    )
    client.cookies["django_language"] = "da"

    html = client.get(f"/da/assess/attempts/{attempt.pk}/result/").content.decode()

    assert "Spørgsmål?" in html
    assert "da a" in html  # the scored answer, in Danish
    assert "Fordi." in html


def test_the_exam_page_shows_no_stable_option_keys_and_refuses_them(client, learner, exam):
    attempt = start(client)
    html = client.get(reverse("attempt_take", args=[attempt.pk])).content.decode()
    item = attempt.items.filter(question__type="single").first()

    # Neither the option values nor the ordering field names carry the keys a, b, ... (the
    # opaque ids are taken out first: a random id may itself end in "-c").
    bare = html
    for each in attempt.items.all():
        for opaque in each.key_to_id().values():
            bare = bare.replace(opaque, "ID")
    for key in ("a", "b", "c", "d"):
        assert f'value="{key}"' not in bare
        assert f'data-option="{key}"' not in bare
        assert f'-{key}"' not in bare
    assert f'value="{item.key_to_id()[item.option_order[0]]}"' in html

    # Autosaving a stable key is refused with a clear error and saves nothing.
    answer = client.post(
        reverse("attempt_answer", args=[attempt.pk]),
        {"position": item.position, "response": json.dumps(["a"])},
    )
    assert answer.status_code == 400 and "unknown options" in answer.json()["error"]
    assert attempt.items.get(pk=item.pk).response == []

    # So is submitting the form with a stable key.
    response = client.post(
        reverse("attempt_submit", args=[attempt.pk]),
        {f"answer-{item.question.key}": "a"},
        follow=True,
    )
    assert "Your answers were not submitted" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == "open"


def test_option_ids_and_order_differ_between_attempts(client, learner, exam):
    from assessments.exams import services

    first = start(client)
    first_ids = {i.question_id: i.option_ids for i in first.items.all()}
    services.attempt_void(
        attempt=first, by=factories.UserFactory(is_superuser=True), reason="again"
    )
    second = services.attempt_start(person=learner, assessment=first.assessment)

    for item in second.items.all():
        if item.question_id in first_ids:
            assert set(item.option_ids).isdisjoint(first_ids[item.question_id])
