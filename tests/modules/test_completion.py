"""Completion that means something: the exploits of issue 7 §3, each played against the
views the way a script would."""

import pytest
from django.urls import reverse

from assessments.exams.selectors import check_option_id
from assessments.models import Assessment, Question
from learning.models import CourseLesson, Enrolment, Person
from tests import factories
from tests.assessments import builders
from tests.modules import pages


@pytest.fixture
def catalogue(db):
    return pages.catalogue()


@pytest.fixture
def learner(tree, client):
    person = factories.person(first_name="Ida", last_name="Hansen", units=[tree["daycare"]])
    client.force_login(person.user)
    return person


def enrol(client, module):
    return client.post(reverse("module_enrol", args=[module.translation_key]))


def complete(client, lesson, **extra):
    data = {"seconds": "120", **extra}
    return client.post(reverse("lesson_complete", args=[lesson.translation_key]), data)


def check_block(check: Assessment) -> dict:
    return {
        "type": "knowledge_check",
        "value": {"title": "Check", "instructions": "", "assessment": check.pk},
    }


@pytest.fixture
def checked(catalogue):
    """A module of two lessons, each ending with its own knowledge check."""
    bank = builders.bank()
    module = pages.module(catalogue, "With checks", lessons=0)
    lessons, checks = [], []
    for n in (1, 2):
        check = builders.exam(bank, key=f"check-{n}", kind="knowledge_check", module_tag=f"s{n}")
        builders.question(bank, f"kc{n}-1", module=f"s{n}")
        lessons.append(
            pages.lesson(
                module,
                f"Checked lesson {n}",
                completion_rule="check_passed",
                body=[*pages.text("<p>Read this.</p>"), check_block(check)],
            )
        )
        checks.append(check)
    return module, lessons, checks


def submit(client, check, answer, page, **extra):
    """Answer the check's one question with option key ``answer``, sent as the opaque id the
    logged-in learner's form shows for it."""
    person = Person.objects.get(user_id=client.session["_auth_user_id"])
    question = Question.objects.get(key=f"kc{check.key[-1]}-1")
    shown = check_option_id(person=person, question=question, option_key=answer)
    return client.post(
        reverse("knowledge_check_submit", args=[check.key]),
        {f"answer-{question.key}": shown, "next": page.url} | extra,
    )


def test_the_outline_records_which_lesson_holds_which_check(checked):
    _module, lessons, checks = checked

    stored = {lesson.key: lesson.check_keys for lesson in CourseLesson.objects.all()}

    assert stored == {
        lessons[0].translation_key: [checks[0].key],
        lessons[1].translation_key: [checks[1].key],
    }


def test_a_module_is_not_completed_by_enrolling_and_posting_completions(client, learner, catalogue):
    module = pages.module(catalogue, "Four lessons", lessons=4)

    enrol(client, module)
    for lesson in module.lessons():
        response = complete(client, lesson)
        assert response.status_code == 302

    enrolment = Enrolment.objects.get(person=learner)
    assert enrolment.completed_at is None
    assert not enrolment.lessons.filter(completed_at__isnull=False).exists()
    assert sum(p.seconds_spent for p in enrolment.lessons.all()) == 0
    assert (
        "Open the lesson before completing it"
        in client.get(module.url, follow=True).content.decode()
    )


def test_a_scripted_run_through_the_lessons_is_credited_no_time(client, learner, catalogue):
    module = pages.module(catalogue, "Four lessons", lessons=4)

    enrol(client, module)
    for lesson in module.lessons():
        client.get(lesson.url)
        complete(client, lesson, seconds="3600")

    enrolment = Enrolment.objects.get(person=learner)
    assert enrolment.lessons.filter(completed_at__isnull=False).count() == 4
    assert sum(p.seconds_spent for p in enrolment.lessons.all()) <= 4  # not 4 x 120


def test_a_failed_check_does_not_complete_its_lesson(client, learner, checked):
    module, lessons, checks = checked
    enrol(client, module)
    client.get(lessons[0].url)

    submit(client, checks[0], "b", lessons[0])

    assert (
        not Enrolment.objects.get(person=learner)
        .lessons.filter(completed_at__isnull=False)
        .exists()
    )


def test_a_check_passed_lesson_refuses_the_mark_complete_post(client, learner, checked):
    module, lessons, checks = checked
    enrol(client, module)
    client.get(lessons[0].url)
    submit(client, checks[0], "b", lessons[0])  # failed

    response = complete(client, lessons[0], next=lessons[1].url)

    assert response["Location"] == lessons[0].url
    page = client.get(lessons[0].url).content.decode()
    assert "Pass the knowledge check to complete this lesson." in page
    assert (
        not Enrolment.objects.get(person=learner)
        .lessons.filter(completed_at__isnull=False)
        .exists()
    )


def test_a_passed_check_completes_its_own_lesson_not_the_one_posted(client, learner, checked):
    module, lessons, checks = checked
    enrol(client, module)
    client.get(lessons[0].url)

    submit(client, checks[0], "a", lessons[0], lesson=str(lessons[1].translation_key))

    done = Enrolment.objects.get(person=learner).lessons.filter(completed_at__isnull=False)
    assert list(done.values_list("lesson_key", flat=True)) == [lessons[0].translation_key]
    submit(client, checks[0], "a", lessons[1], lesson=str(lessons[1].translation_key))
    assert done.count() == 1
    assert Enrolment.objects.get(person=learner).completed_at is None


# --- Exams and calibration exercises are reachable from the module and "My learning" ------


@pytest.fixture
def assessed(catalogue):
    """A module whose last lesson links an exam (3 attempts, 10 min cool-down) and a
    calibration exercise, the way the demo places them."""
    from tests.assessments import calibration_builders

    bank = builders.bank()
    builders.question(bank, "ex-1", module="ex")
    exam = builders.exam(bank, key="final", title="Final exam", max_attempts=3, cooldown_minutes=10)
    exercise = calibration_builders.exercise()
    module = pages.module(catalogue, "Assessed", lessons=1)
    pages.lesson(
        module,
        "Closing lesson",
        body=[
            *pages.text("<p>Read this.</p>"),
            {"type": "knowledge_check", "value": {"title": "Exam", "assessment": exam.pk}},
            {
                "type": "calibration_exercise",
                "value": {"title": "Practise", "introduction": "", "exercise": exercise.pk},
            },
        ],
    )
    return module, exam, exercise


def test_the_module_page_lists_its_exam_and_calibration_exercise_with_status(
    client, learner, assessed
):
    module, exam, exercise = assessed
    enrol(client, module)

    page = client.get(module.url).content.decode()
    assert "Exams and calibration exercises" in page
    assert f'href="{reverse("assessment_overview", args=["final"])}">Final exam' in page
    assert f'href="{reverse("calibration_overview", args=[exercise.key])}">{exercise.title}' in page
    assert page.count("Not started") == 2

    client.post(reverse("attempt_start", args=["final"]))
    attempt = exam.attempts.get()
    client.post(
        reverse("attempt_submit", args=[attempt.pk]),
        {
            f"answer-{item.question.key}": builders.ids(item, ["b"])
            for item in attempt.items.select_related("question")
        },
    )
    page = client.get(module.url).content.decode()
    assert "2 attempts left" in page
    assert "Next attempt from" in page


def test_my_learning_shows_the_exams_of_enrolled_modules(client, learner, assessed):
    module, _exam, exercise = assessed
    start = client.get("/").content.decode()
    assert "Final exam" not in start

    enrol(client, module)

    start = client.get("/").content.decode()
    assert f'href="{reverse("assessment_overview", args=["final"])}">Final exam' in start
    assert exercise.title in start


def test_demo_lessons_with_a_knowledge_check_are_completed_by_passing_it(db):
    from io import StringIO

    from django.core.management import call_command

    with pages.committed():
        call_command("seed_demo", stdout=StringIO())

    with_check = CourseLesson.objects.exclude(check_keys=[])
    assert with_check.count() >= 6  # one per demo module
    assert set(with_check.values_list("completion_rule", flat=True)) == {"check_passed"}
