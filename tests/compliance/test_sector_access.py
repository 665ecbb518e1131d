"""A learner a manager let read another sector's sections sees them in lessons; without
that access they stay hidden, and many sections cost one look-up, not one each."""

from __future__ import annotations

import pytest
from django.urls import reverse

from learning.models import Sector
from modules.compliance import services
from tests import factories
from tests.modules import pages

pytestmark = pytest.mark.django_db


def _section(sector: str, text: str) -> dict:
    return {
        "type": "audience_section",
        "value": {
            "sectors": [sector],
            "heading": "",
            "content": [{"type": "rich_text", "value": f"<p>{text}</p>"}],
        },
    }


@pytest.fixture
def lesson(db):
    module = pages.module(pages.catalogue(), "Detection cues", lessons=0)
    body = [
        {"type": "rich_text", "value": "<p>For everyone.</p>"},
        _section("job_centre", "Cancelled meetings."),
        _section("job_centre", "A partner who always calls."),
        _section("police", "At the scene."),
        _section("health", "In the surgery."),
    ]
    return module, pages.lesson(module, "Signs", body=body)


@pytest.fixture
def learner(tree, client, lesson):
    person = factories.person(sector=Sector.DAYCARE, units=[tree["daycare"]])
    client.force_login(person.user)
    client.post(reverse("module_enrol", args=[lesson[0].translation_key]))
    return person


def test_without_access_a_daycare_learner_does_not_see_the_job_centre_section(
    learner, lesson, client
):
    page = client.get(lesson[1].url).content.decode()
    assert "For everyone." in page
    assert "Cancelled meetings." not in page and "At the scene." not in page


def test_with_access_granted_the_daycare_learner_sees_the_job_centre_sections(
    tree, learner, lesson, client, django_assert_max_num_queries
):
    manager = factories.person(manages=[tree["daycare"]])
    services.sector_access_grant(
        actor=manager.user, person=learner, sector=Sector.JOB_CENTRE, reason="Works with NAV"
    )
    client.get(lesson[1].url)  # the first visit records the view
    page = client.get(lesson[1].url).content.decode()
    assert "Cancelled meetings." in page and "A partner who always calls." in page
    assert "At the scene." not in page and "In the surgery." not in page

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(lesson[1].url)
    looked_up = [q["sql"] for q in queries.captured_queries if "sectoraccess" in q["sql"]]
    # Four sections of other sectors: the access is read once (from the access snapshot),
    # not once per section.
    assert len(looked_up) <= 1


def test_one_learners_access_never_reaches_a_colleague_through_the_block_cache(
    tree, learner, lesson, client
):
    manager = factories.person(manages=[tree["daycare"]])
    services.sector_access_grant(
        actor=manager.user, person=learner, sector=Sector.JOB_CENTRE, reason="Works with NAV"
    )
    assert "Cancelled meetings." in client.get(lesson[1].url).content.decode()
    colleague = factories.person(sector=Sector.DAYCARE, units=[tree["daycare"]])
    client.force_login(colleague.user)
    client.post(reverse("module_enrol", args=[lesson[0].translation_key]))
    assert "Cancelled meetings." not in client.get(lesson[1].url).content.decode()


def test_withdrawn_access_hides_the_sections_again(tree, learner, lesson, client):
    manager = factories.person(manages=[tree["daycare"]])
    services.sector_access_grant(
        actor=manager.user, person=learner, sector=Sector.JOB_CENTRE, reason="Project"
    )
    services.sector_access_withdraw(
        actor=manager.user, person=learner, sector=Sector.JOB_CENTRE, reason="Project ended"
    )
    assert "Cancelled meetings." not in client.get(lesson[1].url).content.decode()


def test_access_granted_to_someone_else_shows_nothing_to_this_learner(
    tree, learner, lesson, client
):
    manager = factories.person(manages=[tree["daycare"]])
    colleague = factories.person(sector=Sector.DAYCARE, units=[tree["daycare"]])
    services.sector_access_grant(
        actor=manager.user, person=colleague, sector=Sector.JOB_CENTRE, reason="Project"
    )
    assert "Cancelled meetings." not in client.get(lesson[1].url).content.decode()
