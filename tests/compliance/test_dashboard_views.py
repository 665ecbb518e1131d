"""The manager dashboard through its pages: a manager sees their units' completion, the
overdue and due-soon lists and their people, drills down to one person, and assigns,
exempts, extends and grants access (audited, shown on the page); a manager of another unit
sees none of it and gets "not found" for every id; a platform administrator sees everyone.
Managers never see an individual answer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from learning import services as people
from learning.models import Sector
from modules.compliance.models import Assignment, ManagerAction, Phase
from tests import factories
from tests.assessments import builders as exams
from tests.assessments import calibration_builders as cal
from tests.certificates.builders import (
    complete_module,
    module,
    pass_calibration,
    pass_exam,
    track,
)
from tests.compliance.builders import rule, settle

pytestmark = pytest.mark.django_db


def _member(unit, *, days_ago: int = 0, **fields):
    """A person who joined ``unit`` ``days_ago`` days ago (a 60-day rule is overdue after
    61)."""
    person = factories.person(**fields)
    people.membership_add(
        person=person,
        organisation=unit,
        started_on=timezone.localdate() - timedelta(days=days_ago),
    )
    return person


@pytest.fixture
def world():
    daycare = factories.organisation("Fjordby/Daycare Solsikken", sector=Sector.DAYCARE)
    room = factories.organisation("Fjordby/Daycare Solsikken/Room Ladybird")
    school = factories.organisation("Fjordby/Skole Nord", sector=Sector.SCHOOL)
    m1, m2 = module("Safeguarding basics"), module("Talking with children")
    rule(m1, name="Everyone: basics")
    w = {"daycare": daycare, "room": room, "school": school, "m1": m1, "m2": m2}
    w["manager"] = factories.person(first_name="Mona", last_name="Manager", manages=[daycare])
    w["outsider"] = factories.person(first_name="Otto", last_name="Outsider", manages=[school])
    w["late"] = _member(daycare, days_ago=90, first_name="Lena", last_name="Late")
    w["soon"] = _member(room, days_ago=50, first_name="Sam", last_name="Soon")
    w["done"] = _member(daycare, first_name="Dora", last_name="Done")
    w["pupil_teacher"] = _member(
        school, days_ago=90, first_name="Sigrid", last_name="Schoolteacher", sector=Sector.SCHOOL
    )
    settle()
    complete_module(w["done"], m1)
    settle()
    return w


def _get(client, user, name, *args, **params):
    client.force_login(user)
    return client.get(reverse(name, args=args), params)


def _text(response) -> str:
    return response.content.decode()


# --- What a manager sees --------------------------------------------------------------------
def test_a_manager_sees_their_units_completion_and_the_overdue_and_due_soon_lists(client, world):
    page = _text(_get(client, world["manager"].user, "manage_overview"))

    assert "Safeguarding basics" in page
    assert "33%" in page  # one of the three daycare people completed it
    overdue, due_soon = page.split('id="overdue-heading"')[1].split('id="due-soon-heading"')
    assert "Lena Late" in overdue and "Sam Soon" not in overdue
    assert "Sam Soon" in due_soon.split('id="items-heading"')[0]
    assert "Room Ladybird" in page  # the unit below, in the "by unit" table
    assert 'role="img"' in page and "<title id=" in page  # charts name themselves
    assert "Sigrid Schoolteacher" not in page


def test_the_people_list_filters_by_phase_and_searches_by_name(client, world):
    user = world["manager"].user
    overdue = _text(_get(client, user, "manage_people", phase="overdue"))
    assert "Lena Late" in overdue and "Dora Done" not in overdue
    found = _text(_get(client, user, "manage_people", q="dora"))
    assert "Dora Done" in found and "Lena Late" not in found
    item = f"module:{world['m1'].key}"
    listed = _text(_get(client, user, "manage_people", item=item))
    assert "Overdue" in listed and "Completed" in listed
    assert "Sigrid Schoolteacher" not in _text(_get(client, user, "manage_people"))


def test_narrowing_to_a_unit_below_shows_only_its_people(client, world):
    page = _text(_get(client, world["manager"].user, "manage_overview", unit=world["room"].pk))
    assert "Sam Soon" in page and "Lena Late" not in page


@pytest.mark.parametrize("unit", ["school", "bogus", "999999"])
def test_narrowing_to_a_unit_outside_the_scope_shows_nothing(client, world, unit):
    value = world[unit].pk if unit in world else unit
    user = world["manager"].user
    for name in ("manage_overview", "manage_people"):
        page = _text(_get(client, user, name, unit=value))
        for who in ("Lena Late", "Sam Soon", "Dora Done", "Sigrid Schoolteacher"):
            assert who not in page


def test_certificates_expiring_within_30_60_90_days_are_counted_and_listed(client, world):
    track("team-track", modules=[world["m2"]], title="Team track")
    complete_module(world["done"], world["m2"])
    settle()
    certificate = Certificate.objects.get(person=world["done"])
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=timezone.now() + timedelta(days=45)
    )
    page = _text(_get(client, world["manager"].user, "manage_overview"))
    tiles = page.split('id="kpi-heading"')[1].split("</ul>")[0]
    counts = [chunk.split("</span>")[0] for chunk in tiles.split('kpi-value">')[-3:]]
    assert counts == ["0", "1", "1"]  # not within 30 days; within 60 and 90
    listed = page.split('id="expiring-heading"')[1]
    assert "Dora Done" in listed and "Team track" in listed
    other = _text(_get(client, world["outsider"].user, "manage_overview"))
    assert "Team track" not in other.split('id="expiring-heading"')[1]
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())
    page = _text(_get(client, world["manager"].user, "manage_overview"))
    assert "Dora Done" not in page.split('id="expiring-heading"')[1]


# --- A manager of another unit --------------------------------------------------------------
def test_a_manager_of_another_unit_sees_none_of_the_people_anywhere(client, world):
    user = world["outsider"].user
    pages = [
        _text(_get(client, user, "manage_overview")),
        _text(_get(client, user, "manage_people")),
        _text(_get(client, user, "manage_people", q="Late")),
    ]
    for page in pages:
        for who in ("Lena Late", "Sam Soon", "Dora Done"):
            assert who not in page
    assert "Sigrid Schoolteacher" in pages[0]


def test_a_manager_of_another_unit_gets_not_found_for_every_person_and_assignment(client, world):
    client.force_login(world["outsider"].user)
    target = world["late"]
    assignment = Assignment.objects.get(person=target, current=True)
    due = (timezone.localdate() + timedelta(days=30)).isoformat()
    assert client.get(reverse("manage_person", args=[target.pk])).status_code == 404
    posts = [
        ("manage_assign", target.pk, {"item": f"module:{world['m2'].key}", "due_on": due}),
        ("manage_sector_access", target.pk, {"sector": Sector.SCHOOL}),
        ("manage_assignment_exempt", assignment.pk, {}),
        ("manage_assignment_extend", assignment.pk, {"due_on": due}),
        ("manage_assignment_exempt", 10**8, {}),  # an id that does not exist: the same
    ]
    for name, pk, data in posts:
        response = client.post(reverse(name, args=[pk]), {**data, "reason": "Sneaky"})
        assert response.status_code == 404, name
    assignment.refresh_from_db()
    assert assignment.phase == Phase.OVERDUE
    assert not ManagerAction.objects.exists()
    assert not target.sector_access.exists()


def test_a_learner_who_manages_nothing_is_refused(client, world):
    client.force_login(world["late"].user)
    assert client.get(reverse("manage_overview")).status_code == 403
    assert client.get(reverse("manage_person", args=[world["late"].pk])).status_code == 403


def test_a_platform_administrator_sees_everyone(client, world):
    admin = factories.person(roles=["platform_admin"])
    page = _text(_get(client, admin.user, "manage_overview"))
    assert "Lena Late" in page and "Sigrid Schoolteacher" in page
    listed = _text(_get(client, admin.user, "manage_people"))
    assert "Dora Done" in listed and "Sigrid Schoolteacher" in listed
    assert _get(client, admin.user, "manage_person", world["pupil_teacher"].pk).status_code == 200


# --- What a manager does --------------------------------------------------------------------
def test_assign_exempt_extend_and_grant_are_audited_and_shown_on_the_page(client, world):
    client.force_login(world["manager"].user)
    target = world["late"]
    due = timezone.localdate() + timedelta(days=30)
    assign = {"item": f"module:{world['m2'].key}", "due_on": due.isoformat(), "reason": "New role"}
    url = reverse("manage_assign", args=[target.pk])
    assert client.post(url, assign).status_code == 302
    assert client.post(url, assign).status_code == 302  # a replayed post: no second one
    added = Assignment.objects.get(person=target, item_key=str(world["m2"].key))
    overdue = Assignment.objects.get(person=target, item_key=str(world["m1"].key))
    client.post(
        reverse("manage_assignment_extend", args=[overdue.pk]),
        {"due_on": (due + timedelta(days=5)).isoformat(), "reason": "Long leave"},
    )
    client.post(reverse("manage_assignment_exempt", args=[added.pk]), {"reason": "Has it"})
    client.post(reverse("manage_assignment_exempt", args=[added.pk]), {"reason": "Again"})
    client.post(
        reverse("manage_sector_access", args=[target.pk]),
        {"sector": Sector.SCHOOL, "reason": "Works with the school"},
    )
    actions = list(ManagerAction.objects.order_by("at").values_list("action", "reason"))
    assert actions == [
        ("assign", "New role"),
        ("extend", "Long leave"),
        ("exempt", "Has it"),
        ("grant_access", "Works with the school"),
    ]
    overdue.refresh_from_db()
    assert overdue.due_on == due + timedelta(days=5)
    response = client.get(reverse("manage_person", args=[target.pk]))
    page = _text(response)
    for shown in ("New role", "Long leave", "Has it", "Works with the school", "Mona Manager"):
        assert shown in page
    assert "already has this to do" in page or "no longer outstanding" in page


def test_bad_input_is_refused_with_a_message_and_changes_nothing(client, world):
    client.force_login(world["manager"].user)
    target = world["late"]
    past = (timezone.localdate() - timedelta(days=1)).isoformat()
    url = reverse("manage_assign", args=[target.pk])
    bad = [
        {"item": f"module:{world['m2'].key}", "due_on": past, "reason": "x"},
        {"item": "module:not-a-key", "due_on": "2099-01-01", "reason": "x"},
        {"item": "nonsense", "due_on": "2099-01-01", "reason": "x"},
        {"item": f"module:{world['m2'].key}", "due_on": "tomorrow", "reason": "x"},
        {"item": f"module:{world['m2'].key}", "due_on": "2099-01-01", "reason": "   "},
    ]
    for data in bad:
        response = client.post(url, data, follow=True)
        assert response.status_code == 200
        assert 'class="message error"' in _text(response), data
    own = reverse("manage_sector_access", args=[target.pk])
    client.post(own, {"sector": target.sector, "reason": "Own sector"})
    assert not ManagerAction.objects.exists()
    assert not Assignment.objects.filter(item_key=str(world["m2"].key)).exists()


def test_a_manager_cannot_act_for_themself_through_the_pages(client, world):
    manager = world["manager"]
    people.membership_add(person=manager, organisation=world["daycare"])
    settle()
    client.force_login(manager.user)
    page = _text(client.get(reverse("manage_person", args=[manager.pk])))
    assert "This is you" in page and "Assign training" not in page
    (own,) = Assignment.objects.filter(person=manager, current=True)
    response = client.post(
        reverse("manage_assignment_exempt", args=[own.pk]), {"reason": "me"}, follow=True
    )
    assert "cannot do this for yourself" in _text(response)
    own.refresh_from_db()
    assert own.phase != Phase.EXEMPT


# --- The drill-down -------------------------------------------------------------------------
def test_the_drill_down_shows_pass_and_score_but_never_a_question_or_an_answer(client, world):
    bank = exams.bank()
    exams.question(bank, "q1")
    exam = exams.exam(bank, title="Safeguarding exam")
    target = world["done"]
    pass_exam(target, exam)
    page = _text(_get(client, world["manager"].user, "manage_person", target.pk))
    assert "Safeguarding exam" in page and "Passed" in page and "100%" in page
    assert "Safeguarding basics" in page  # the module completed
    for secret in ("Prompt q1?", "q1 option a", "q1 option b", "Because q1.", "Feedback q1"):
        assert secret not in page


def test_the_drill_down_shows_calibration_pass_and_agreement_but_never_the_ratings(client, world):
    exercise = cal.exercise()
    target = world["done"]
    attempt = pass_calibration(target, exercise)
    page = _text(_get(client, world["manager"].user, "manage_person", target.pk))
    assert exercise.title in page and "Passed" in page
    assert "100% agreement within one step" in page
    for case in attempt.result["cases"]:
        assert case["title"] not in page  # nor the cases rated, nor their ratings


# --- Query budgets --------------------------------------------------------------------------
@pytest.mark.parametrize(("size", "lang"), [(3, "en"), (30, "en"), (30, "da")])
def test_the_overview_and_person_pages_cost_the_same_whatever_the_team_size(
    client, world, size, lang, django_assert_max_num_queries
):
    for n in range(size):
        _member(world["daycare"], days_ago=90 if n % 2 else 0)
    settle()
    client.force_login(world["manager"].user)
    pages = [
        (reverse("manage_overview"), OVERVIEW_QUERIES),
        (reverse("manage_people"), PEOPLE_QUERIES),
        (reverse("manage_person", args=[world["late"].pk]), PERSON_QUERIES),
    ]
    client.get(pages[0][0], {"lang": lang})  # the access snapshot is cached from here on
    for url, budget in pages:
        with django_assert_max_num_queries(budget):
            response = client.get(url, {"lang": lang})
        assert response.status_code == 200
        assert f'<html lang="{lang}">' in response.content.decode()


OVERVIEW_QUERIES = 15
PEOPLE_QUERIES = 10
PERSON_QUERIES = 14


def test_the_world_has_the_phases_the_tests_rely_on(world):
    phases = dict(
        Assignment.objects.filter(current=True).values_list("person__user__last_name", "phase")
    )
    assert phases["Late"] == Phase.OVERDUE
    assert phases["Soon"] == Phase.DUE_SOON
    assert phases["Done"] == Phase.COMPLETED


def test_someone_who_already_has_an_assignment_counts_in_the_unit_they_join(client, world):
    newcomer = factories.person(first_name="Nora", last_name="Newcomer")
    settle()  # the rule for everyone reaches her before she has a unit
    people.membership_add(person=newcomer, organisation=world["school"])
    settle()
    page = _text(_get(client, world["outsider"].user, "manage_overview"))
    assert "Nora Newcomer" in page  # overdue: the rule came in long ago
    row = page.split("Skole Nord (directly)</a></th>")[1].split("</tr>")[0]
    assert "<td>2</td>" in row  # Sigrid and Nora assigned


def test_managers_find_the_dashboard_from_the_start_page_and_the_menu(client, world):
    client.force_login(world["manager"].user)
    page = _text(client.get(reverse("start")))
    assert "Open the dashboard" in page
    assert f'href="{reverse("manage_overview")}?lang=en">Dashboard' in page
    client.force_login(world["late"].user)
    page = _text(client.get(reverse("start")))
    assert reverse("manage_overview") not in page
