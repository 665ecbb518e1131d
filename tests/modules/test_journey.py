"""The learner journey through the views: catalogue, enrol, lessons, resume, completion."""

import pytest
import time_machine
from django.urls import reverse

from learning.enrolments import MAX_SECONDS_PER_HEARTBEAT
from learning.models import Enrolment
from tests import factories
from tests.modules import pages


@pytest.fixture
def catalogue(db):
    return pages.catalogue()


@pytest.fixture
def daycare_module(catalogue):
    return pages.module(
        catalogue, "Children exposed to violence", lessons=3, audience=["daycare", "school"]
    )


@pytest.fixture
def police_module(catalogue):
    return pages.module(catalogue, "Risk at the scene", lessons=1, audience=["police"])


@pytest.fixture
def learner(tree, client):
    person = factories.person(first_name="Ida", last_name="Hansen", units=[tree["daycare"]])
    client.force_login(person.user)
    return person


def enrol(client, module):
    return client.post(reverse("module_enrol", args=[module.translation_key]))


def complete(client, lesson, **extra):
    data = {"seconds": "40", **extra}
    return client.post(reverse("lesson_complete", args=[lesson.translation_key]), data)


def test_catalogue_shows_modules_for_the_learners_sector(
    client, learner, daycare_module, police_module
):
    page = client.get(pages.catalogue().url).content.decode()

    assert "Children exposed to violence" in page
    assert "Risk at the scene" not in page
    assert "Risk at the scene" in client.get(pages.catalogue().url + "?all=1").content.decode()


def test_catalogue_search(client, learner, daycare_module, catalogue):
    pages.module(catalogue, "Psychological violence", lessons=1)

    page = client.get(catalogue.url, {"q": "psychological"}).content.decode()

    assert "Psychological violence" in page
    assert "Children exposed to violence" not in page


def test_content_needs_a_login(client, daycare_module):
    response = client.get(daycare_module.url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_lesson_before_enrolling_sends_the_learner_to_the_module(client, learner, daycare_module):
    lesson = daycare_module.lessons().first()

    response = client.get(lesson.url)

    assert response.status_code == 302
    assert response["Location"] == daycare_module.url


def test_enrol_then_go_lesson_by_lesson_to_completion(client, learner, daycare_module):
    lessons = list(daycare_module.lessons())

    response = enrol(client, daycare_module)
    assert response["Location"] == lessons[0].url

    for index, lesson in enumerate(lessons):
        page = client.get(lesson.url).content.decode()
        assert f"Lesson {index + 1} of 3" in page
        following = lessons[index + 1].url if index + 1 < len(lessons) else daycare_module.url
        extra = {"next": following} if index + 1 < len(lessons) else {"last": "1"}
        response = complete(client, lesson, **extra)
        assert response["Location"] == following

    enrolment = Enrolment.objects.get(person=learner)
    assert enrolment.completed_at is not None
    # The posted "seconds" are ignored: a run through in well under a second earns ~0 s.
    assert sum(p.seconds_spent for p in enrolment.lessons.all()) <= 3
    overview = client.get(daycare_module.url).content.decode()
    assert "You completed this module" in overview


def test_resume_where_the_learner_left_off(client, learner, daycare_module):
    lessons = list(daycare_module.lessons())
    enrol(client, daycare_module)
    client.get(lessons[0].url)
    complete(client, lessons[0], next=lessons[1].url)
    client.get(lessons[1].url)
    client.logout()

    client.force_login(learner.user)
    start = client.get("/").content.decode()
    overview = client.get(daycare_module.url).content.decode()

    assert "Children exposed to violence" in start  # in progress
    assert "Resume where you left off" in overview
    assert f'href="{lessons[1].url}">Resume' in overview


def test_time_is_measured_between_heartbeats_and_capped(client, learner, daycare_module):
    enrol(client, daycare_module)
    lesson = daycare_module.lessons().first()
    url = reverse("lesson_time", args=[lesson.translation_key])
    with time_machine.travel("2026-03-02 09:00:00Z", tick=False) as clock:
        client.get(lesson.url)
        clock.shift(20)
        assert client.post(url, {"seconds": "99999"}).status_code == 204
        clock.shift(3600)  # a tab left open, or a script claiming an hour
        assert client.post(url, {"seconds": "3600"}).status_code == 204
        assert client.post(url, {"seconds": "nonsense"}).status_code == 204

    progress = Enrolment.objects.get(person=learner).lessons.get()
    assert progress.seconds_spent == 20 + MAX_SECONDS_PER_HEARTBEAT


def test_a_heartbeat_for_a_lesson_never_opened_is_refused(client, learner, daycare_module):
    enrol(client, daycare_module)
    lesson = list(daycare_module.lessons())[1]

    response = client.post(reverse("lesson_time", args=[lesson.translation_key]), {"seconds": "60"})

    assert response.status_code == 409
    assert not Enrolment.objects.get(person=learner).lessons.exists()


def test_completing_a_lesson_without_enrolment_changes_nothing(client, learner, daycare_module):
    response = complete(client, daycare_module.lessons().first())

    assert response.status_code == 302
    assert not Enrolment.objects.exists()


def test_prerequisites_block_enrolment_until_completed(client, learner, catalogue, daycare_module):
    advanced = pages.module(catalogue, "Advanced", lessons=1)
    advanced.prerequisites.add(daycare_module)
    pages.publish(advanced)

    enrol(client, advanced)
    assert not Enrolment.objects.filter(module__key=advanced.translation_key).exists()
    assert "Complete the prerequisite modules first." in client.get(advanced.url).content.decode()


def test_audience_sections_show_only_to_their_sector(client, tree, catalogue):
    module = pages.module(catalogue, "Detection cues", lessons=0)
    body = [
        {"type": "rich_text", "value": "<p>For everyone.</p>"},
        {
            "type": "audience_section",
            "value": {
                "sectors": ["job_centre"],
                "heading": "At the job centre",
                "content": [{"type": "rich_text", "value": "<p>Cancelled meetings.</p>"}],
            },
        },
        {
            "type": "audience_section",
            "value": {
                "sectors": ["daycare"],
                "heading": "In daycare",
                "content": [{"type": "rich_text", "value": "<p>Pick-up time.</p>"}],
            },
        },
    ]
    lesson = pages.lesson(module, "Signs", body=body)
    job = factories.person(units=[tree["jobs"]], sector="job_centre")
    client.force_login(job.user)
    enrol(client, module)

    page = client.get(lesson.url).content.decode()

    assert "For everyone." in page
    assert "Cancelled meetings." in page
    assert "Pick-up time." not in page
