"""What the cache keeps (routes, navigation, module outlines, rendered lesson blocks, who may
do what) never outlives the change that ends it: each test warms the cache as a reader
does, changes the rows as an editor or administrator does, and reads again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from learning.enrolments import enrolment_create
from learning.models import ManagerScope
from tests import factories
from tests.modules import pages


@pytest.fixture
def course(db):
    catalogue = pages.catalogue()
    module = pages.module(catalogue, "Coercive control", lessons=0)
    first = pages.lesson(module, "What it is", body=pages.text("<p>FIRST-TEXT</p>"))
    second = pages.lesson(module, "What it does", body=pages.text("<p>SECOND-TEXT</p>"))
    pages.committed()
    return {"catalogue": catalogue, "module": module, "first": first, "second": second}


@pytest.fixture
def learner(client, tree, course):
    person = factories.person(units=[tree["daycare"]])
    enrolment_create(person=person, module_key=course["module"].translation_key)
    client.force_login(person.user)
    return person


def _page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def test_an_edited_and_published_lesson_shows_its_new_text_at_once(client, learner, course):
    lesson = course["first"]
    assert "FIRST-TEXT" in _page(client, lesson.url)

    lesson.body = pages.text("<p>REVISED-TEXT</p>")
    pages.publish(lesson)

    body = _page(client, lesson.url)
    assert "REVISED-TEXT" in body
    assert "FIRST-TEXT" not in body


def test_an_unpublished_lesson_is_gone_though_its_route_was_cached(client, learner, course):
    lesson = course["second"]
    url = lesson.url
    _page(client, url)

    lesson.unpublish()

    assert client.get(url).status_code == 404


def test_a_renamed_module_is_renamed_in_its_lessons_breadcrumb(client, learner, course):
    module, lesson = course["module"], course["first"]
    assert "Coercive control" in _page(client, lesson.url)

    module.title = "Coercive control and isolation"
    pages.publish(module)

    assert "Coercive control and isolation" in _page(client, lesson.url)


def test_a_renamed_lesson_address_redirects_instead_of_serving_the_cached_route(
    client, learner, course
):
    lesson = course["second"]
    old_url = lesson.url
    _page(client, old_url)

    lesson.slug = "what-control-does"
    pages.publish(lesson)
    lesson.refresh_from_db()

    old = client.get(old_url)
    assert old.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert old.url == lesson.url
    assert "SECOND-TEXT" in _page(client, lesson.url)


def test_an_audience_section_rendered_for_one_sector_is_not_shown_to_another(client, tree, course):
    lesson = course["first"]
    lesson.body = [
        *pages.text("<p>For everyone.</p>"),
        {
            "type": "audience_section",
            "value": {
                "sectors": ["daycare"],
                "heading": "In the daycare",
                "content": [{"type": "rich_text", "value": "<p>DAYCARE-ONLY</p>"}],
            },
        },
    ]
    pages.publish(lesson)
    key = course["module"].translation_key
    daycare = factories.person(units=[tree["daycare"]], sector="daycare")
    police = factories.person(units=[tree["jobs"]], sector="police")
    for person in (daycare, police):
        enrolment_create(person=person, module_key=key)

    client.force_login(daycare.user)
    assert "DAYCARE-ONLY" in _page(client, lesson.url)
    client.force_login(police.user)
    assert "DAYCARE-ONLY" not in _page(client, lesson.url)


def test_a_revoked_manager_loses_the_team_page_on_the_next_request(client, tree):
    manager = factories.person(manages=[tree["children"]])
    client.force_login(manager.user)
    assert client.get(reverse("team")).status_code == 200

    ManagerScope.objects.filter(person=manager).delete()

    assert client.get(reverse("team")).status_code == 403


def test_a_granted_permission_counts_on_the_next_request(client, tree):
    from django.contrib.auth.models import Permission

    person = factories.person(units=[tree["daycare"]])
    client.force_login(person.user)
    assert client.get(reverse("team")).status_code == 403

    person.user.user_permissions.add(
        Permission.objects.get(codename="view_all_people", content_type__app_label="learning")
    )

    assert client.get(reverse("team")).status_code == 200


def test_pages_render_and_stay_correct_with_the_cache_unreachable(
    client, learner, course, settings
):
    settings.CACHES = {
        "default": {
            "BACKEND": "learning.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:9/1",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        }
    }
    lesson = course["first"]
    assert "FIRST-TEXT" in _page(client, lesson.url)
    lesson.body = pages.text("<p>WHILE-DOWN</p>")
    pages.publish(lesson)
    assert "WHILE-DOWN" in _page(client, lesson.url)
    assert "Coercive control" in _page(client, course["module"].url)
    assert _page(client, "/")
