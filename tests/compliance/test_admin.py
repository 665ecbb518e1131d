"""The "Mandatory training" admin: platform administrators write assignment rules that
reach people through the outbox; the audit of manager actions is read-only and shown to
platform and certification administrators, and to nobody else."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.models import Sector
from modules.compliance import services
from modules.compliance.models import Assignment, AssignmentRule, ManagerAction
from tests import factories
from tests.certificates.builders import module
from tests.compliance.builders import settle

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(tree):
    return {**tree, "m1": module("Recognising violence"), "m2": module("Talking with children")}


@pytest.fixture
def admin_client(client):
    client.force_login(factories.person(roles=["platform_admin"]).user)
    return client


def _form(outline, **overrides):
    data = {
        "name": "Daycare staff: recognising violence",
        "item": f"module:{outline.key}",
        "sector": Sector.DAYCARE,
        "job_title": "",
        "organisation": "",
        "due_days": "60",
        "due_date": "",
        "recurrence_months": "",
        "in_force_from": timezone.localdate().isoformat(),
        "is_active": "on",
    }
    return {**data, **overrides}


def test_a_rule_created_in_the_admin_reaches_the_matching_people(world, admin_client):
    daycare_worker = factories.person(sector=Sector.DAYCARE, units=[world["daycare"]])
    teacher = factories.person(sector=Sector.SCHOOL, units=[world["school"]])
    settle()
    form = admin_client.get(reverse("assignment_rules:add")).content.decode()
    assert "Recognising violence" in form and "Talking with children" in form

    response = admin_client.post(reverse("assignment_rules:add"), _form(world["m1"]))
    assert response.status_code == 302
    settle()
    (assignment,) = Assignment.objects.filter(person=daycare_worker)
    assert assignment.item_key == str(world["m1"].key)
    assert assignment.due_on == timezone.localdate() + timedelta(days=60)
    assert not Assignment.objects.filter(person=teacher).exists()

    listing = admin_client.get(reverse("assignment_rules:index")).content.decode()
    assert "Daycare staff: recognising violence" in listing
    assert "Recognising violence" in listing and "60 days after joining" in listing


def test_switching_a_rule_off_in_the_admin_withdraws_what_it_asked_for(world, admin_client):
    worker = factories.person(sector=Sector.DAYCARE, units=[world["daycare"]])
    admin_client.post(reverse("assignment_rules:add"), _form(world["m1"]))
    settle()
    rule = AssignmentRule.objects.get()
    edit = admin_client.get(reverse("assignment_rules:edit", args=[rule.pk])).content.decode()
    assert f'value="module:{world["m1"].key}" selected' in edit
    data = _form(world["m1"])
    del data["is_active"]
    response = admin_client.post(reverse("assignment_rules:edit", args=[rule.pk]), data)
    assert response.status_code == 302
    settle()
    assert Assignment.objects.get(person=worker).phase == "withdrawn"


@pytest.mark.parametrize(
    "overrides",
    [
        {"due_days": "", "due_date": ""},
        {"due_days": "30", "due_date": "2027-01-01"},
    ],
    ids=["neither due field", "both due fields"],
)
def test_the_due_fields_must_give_exactly_one(world, admin_client, overrides):
    response = admin_client.post(reverse("assignment_rules:add"), _form(world["m1"], **overrides))
    assert response.status_code == 200
    assert "Give either a number of days or a date, not both." in response.content.decode()
    assert not AssignmentRule.objects.exists()


@pytest.mark.parametrize("token", ["module:not-a-key", "track:nope", "lesson:1", ""])
def test_an_unknown_or_respelled_item_is_refused(world, admin_client, token):
    response = admin_client.post(reverse("assignment_rules:add"), _form(world["m1"], item=token))
    assert response.status_code == 200
    assert not AssignmentRule.objects.exists()


def test_an_item_unpublished_while_the_form_was_open_is_refused_on_the_form(world, admin_client):
    world["m2"].is_live = False
    world["m2"].save()
    response = admin_client.post(reverse("assignment_rules:add"), _form(world["m2"]))
    assert response.status_code == 200
    assert not AssignmentRule.objects.exists()


@pytest.fixture
def audited(world):
    manager = factories.person(first_name="Mona", last_name="Manager", manages=[world["daycare"]])
    learner = factories.person(first_name="Lars", last_name="Learner", units=[world["daycare"]])
    other = factories.person(first_name="Olga", last_name="Other", units=[world["daycare"]])
    due = timezone.localdate() + timedelta(days=30)
    for person, reason in ((learner, "New in the team"), (other, "Asked for it")):
        services.assignment_assign(
            actor=manager.user,
            person=person,
            item_kind="module",
            item_key=str(world["m1"].key),
            due_on=due,
            reason=reason,
        )
    services.sector_access_grant(
        actor=manager.user, person=learner, sector=Sector.JOB_CENTRE, reason="Works with NAV"
    )
    return {"manager": manager, "learner": learner, "other": other}


@pytest.mark.parametrize("role", ["platform_admin", "certification_admin"])
def test_administrators_read_the_audit_filter_and_search_it(audited, client, role):
    client.force_login(factories.person(roles=[role]).user)
    url = reverse("manager_actions:index")
    page = client.get(url).content.decode()
    assert "Mona Manager" in page and "Lars Learner" in page and "New in the team" in page
    assert "Works with NAV" in page and "job_centre" in page
    granted = client.get(url, {"action": "grant_access"}).content.decode()
    assert "Works with NAV" in granted and "New in the team" not in granted
    found = client.get(url, {"q": "Olga"}).content.decode()
    assert "Asked for it" in found and "New in the team" not in found


def test_the_audit_is_read_only(audited, admin_client):
    for name in ("add", "edit", "delete"):
        assert not _has_url(f"manager_actions:{name}")
    action = ManagerAction.objects.first()
    before = ManagerAction.objects.count()
    for path in (
        "/cms/compliance/manager-actions/new/",
        f"/cms/compliance/manager-actions/edit/{action.pk}/",
        f"/cms/compliance/manager-actions/delete/{action.pk}/",
    ):
        assert admin_client.post(path, {"reason": "rewritten"}).status_code == 404
    assert ManagerAction.objects.count() == before
    assert not ManagerAction.objects.filter(reason="rewritten").exists()


def _has_url(name: str) -> bool:
    from django.urls import NoReverseMatch

    try:
        reverse(name, args=[1])
    except NoReverseMatch:
        try:
            reverse(name)
        except NoReverseMatch:
            return False
    return True


@pytest.mark.parametrize("role", ["manager", "content_editor", "learner"])
def test_others_cannot_open_the_rules_or_the_audit(audited, world, client, role):
    if role == "manager":
        person = audited["manager"]
    elif role == "content_editor":
        person = factories.person(roles=["content_editor"])
    else:
        person = audited["learner"]
    client.force_login(person.user)
    for url in (reverse("assignment_rules:index"), reverse("manager_actions:index")):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "New in the team" not in response.content.decode()
    response = client.post(reverse("assignment_rules:add"), _form(world["m1"]))
    assert response.status_code in (302, 403)
    assert not AssignmentRule.objects.exists()


def test_certification_admins_see_the_audit_but_not_the_rules(audited, client):
    client.force_login(factories.person(roles=["certification_admin"]).user)
    assert client.get(reverse("assignment_rules:index")).status_code in (302, 403)
