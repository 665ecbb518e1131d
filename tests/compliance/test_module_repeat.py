"""A yearly repeat of a module: once the repeat is assigned, a learner who completed the
module can take it again, and completing it again completes the repeat. Without a repeat
due, the module stays completed and the button is not offered."""

from __future__ import annotations

import pytest
from django.urls import reverse

from learning.models import CourseModule, Enrolment, Event, LessonProgress, Sector
from modules.compliance.models import Assignment, Phase
from tests import factories
from tests.compliance.builders import rule, settle
from tests.modules import pages

pytestmark = pytest.mark.django_db

AGAIN = "Take the module again"


@pytest.fixture
def course(db):
    module = pages.module(pages.catalogue(), "Recognising violence", lessons=1)
    return module, module.lessons().get()


@pytest.fixture
def learner(tree, client):
    person = factories.person(sector=Sector.DAYCARE, units=[tree["daycare"]])
    client.force_login(person.user)
    return person


def _do_module(client, course):
    module, lesson = course
    client.post(reverse("module_enrol", args=[module.translation_key]))
    client.get(lesson.url)
    client.post(reverse("lesson_complete", args=[lesson.translation_key]), {"seconds": "40"})
    settle()


def _cycles(person):
    return list(Assignment.objects.filter(person=person).order_by("cycle"))


def test_a_yearly_module_is_taken_again_and_completes_the_repeat(course, learner, client):
    module, lesson = course
    rule(CourseModule.objects.get(key=module.translation_key), recurrence_months=12)
    _do_module(client, course)
    assert [a.phase for a in _cycles(learner)] == [Phase.COMPLETED, Phase.OPEN]
    page = client.get(module.url).content.decode()
    assert AGAIN in page

    LessonProgress.objects.update(seconds_spent=120)
    response = client.post(reverse("module_restart", args=[module.translation_key]))
    assert response.status_code == 302
    enrolment = Enrolment.objects.get(person=learner)
    assert enrolment.completed_at is None
    (progress,) = LessonProgress.objects.filter(enrolment=enrolment)
    assert progress.completed_at is None and progress.first_viewed_at is not None
    assert progress.seconds_spent == 120  # the earlier round's time is kept
    assert Event.objects.filter(kind="module.restarted").count() == 1
    assert AGAIN not in client.get(module.url).content.decode()

    client.get(lesson.url)
    client.post(reverse("lesson_complete", args=[lesson.translation_key]), {"seconds": "40"})
    settle()
    cycles = _cycles(learner)
    assert [(a.cycle, a.phase) for a in cycles] == [
        (1, Phase.COMPLETED),
        (2, Phase.COMPLETED),
        (3, Phase.OPEN),
    ]


def test_without_a_repeat_due_the_module_is_not_offered_again(course, learner, client):
    module, _lesson = course
    rule(CourseModule.objects.get(key=module.translation_key))  # once, no recurrence
    _do_module(client, course)
    assert AGAIN not in client.get(module.url).content.decode()
    # A hand-made POST changes nothing.
    response = client.post(reverse("module_restart", args=[module.translation_key]))
    assert response.status_code == 302
    assert Enrolment.objects.get(person=learner).completed_at is not None
    assert not Event.objects.filter(kind="module.restarted").exists()


def test_a_repeat_of_someone_else_does_not_let_this_learner_restart(tree, course, learner, client):
    module, _lesson = course
    rule(
        CourseModule.objects.get(key=module.translation_key),
        sector=Sector.SCHOOL,
        recurrence_months=12,
    )
    _do_module(client, course)  # the daycare learner: no rule, no repeat
    teacher = factories.person(sector=Sector.SCHOOL, units=[tree["school"]])
    settle()
    assert Assignment.objects.filter(person=teacher).exists()
    client.post(reverse("module_restart", args=[module.translation_key]))
    assert Enrolment.objects.get(person=learner).completed_at is not None


def test_restarting_twice_is_harmless_and_visitors_are_sent_to_sign_in(course, learner, client):
    module, _lesson = course
    rule(CourseModule.objects.get(key=module.translation_key), recurrence_months=12)
    _do_module(client, course)
    url = reverse("module_restart", args=[module.translation_key])
    client.post(url)
    client.post(url)
    assert Event.objects.filter(kind="module.restarted").count() == 1
    client.logout()
    assert client.post(url).status_code == 302
    assert client.get(url).status_code in (302, 405)
