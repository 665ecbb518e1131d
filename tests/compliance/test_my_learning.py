"""Assigned work on the learner's "My learning": each outstanding assignment with its due
date, overdue and due soon said in words, mandatory or optional; done or exempt work is
not listed there; nobody sees another person's assignments."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from learning.models import CourseModule, Sector
from modules.compliance import services
from tests import factories
from tests.certificates import builders as cert
from tests.compliance.builders import rule, settle
from tests.modules import pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(db):
    catalogue = pages.catalogue()
    return {
        name: pages.module(catalogue, name, lessons=1)
        for name in ("Recognising violence", "Talking with children", "Safety planning")
    }


def _outline(page) -> CourseModule:
    return CourseModule.objects.get(key=page.translation_key)


def _assigned_section(html: str) -> str:
    match = re.search(r'<section aria-labelledby="assigned-heading">(.*?)</section>', html, re.S)
    return match.group(1) if match else ""


@pytest.fixture
def learner(tree, client):
    person = factories.person(sector=Sector.DAYCARE, units=[tree["daycare"]])
    client.force_login(person.user)
    return person


def test_assigned_work_is_listed_first_with_due_dates_and_status_in_words(
    tree, course, learner, client
):
    today = timezone.localdate()
    rule(_outline(course["Recognising violence"]), sector=Sector.DAYCARE, due_days=60)
    rule(
        _outline(course["Talking with children"]),
        sector=Sector.DAYCARE,
        due_date=today - timedelta(days=2),
    )
    manager = factories.person(manages=[tree["daycare"]])
    services.assignment_assign(
        actor=manager.user,
        person=learner,
        item_kind="module",
        item_key=str(course["Safety planning"].translation_key),
        due_on=today + timedelta(days=5),
        reason="Useful for the new case",
        mandatory=False,
    )
    settle()

    html = client.get("/").content.decode()
    section = _assigned_section(html)
    assert html.index("Assigned to you") < html.index("Your profile")
    # Soonest due first: overdue, then due soon, then the one due in 60 days.
    titles = re.findall(r"<h3><a href=\"[^\"]+\">([^<]+)</a></h3>", section)
    assert titles == ["Talking with children", "Safety planning", "Recognising violence"]
    cards = section.split('<li class="module-card')[1:]
    assert "Overdue" in cards[0] and "Mandatory" in cards[0]
    assert "Due soon" in cards[1] and "Optional" in cards[1]
    assert "Overdue" not in cards[2] and "Due soon" not in cards[2]
    assert course["Recognising violence"].url in cards[2]


def test_completed_and_exempt_work_is_not_listed(tree, course, learner, client):
    rule(_outline(course["Recognising violence"]), sector=Sector.DAYCARE)
    rule(_outline(course["Talking with children"]), sector=Sector.DAYCARE)
    settle()
    cert.complete_module(learner, _outline(course["Recognising violence"]))
    manager = factories.person(manages=[tree["daycare"]])
    (talking,) = learner.assignments.filter(
        item_key=str(course["Talking with children"].translation_key)
    )
    services.assignment_exempt(actor=manager.user, assignment_id=talking.pk, reason="Has it")
    settle()

    html = client.get("/").content.decode()
    assert "Assigned to you" not in html


def test_an_assigned_track_links_to_my_certificates(tree, learner, client):
    track = cert.track("demo-assessor", title="Risk assessor")
    rule(track=track, sector=Sector.DAYCARE)
    settle()
    section = _assigned_section(client.get("/").content.decode())
    assert "Risk assessor" in section and 'href="/my/certificates/"' in section


def test_nobody_sees_another_persons_assignments(tree, course, learner, client):
    rule(_outline(course["Recognising violence"]), sector=Sector.SCHOOL)
    factories.person(sector=Sector.SCHOOL, units=[tree["school"]])
    settle()
    assert "Assigned to you" not in client.get("/").content.decode()
