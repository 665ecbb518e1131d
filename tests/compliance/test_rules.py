"""Assignment rules reach people as they join, move and leave units, through the outbox:
the right due dates, completion, recurrence, withdrawal and exemption."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from learning import services as people
from learning.models import Sector
from modules.compliance import services, summaries
from modules.compliance.models import Assignment, ManagerAction, Phase, UnitItemSummary
from modules.compliance.tasks import assignments_sweep_task
from tests import factories
from tests.certificates.builders import complete_module, module
from tests.compliance.builders import rule, settle

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    daycare = factories.organisation("Fjordby/Daycare Solsikken", sector=Sector.DAYCARE)
    school = factories.organisation("Fjordby/Skole Nord", sector=Sector.SCHOOL)
    m1, m2 = module("Module one"), module("Module two")
    return {"daycare": daycare, "school": school, "m1": m1, "m2": m2}


def _assignments(person):
    return list(Assignment.objects.filter(person=person, current=True).order_by("item_key"))


def test_a_new_daycare_employee_gets_the_daycare_modules_due_60_days_after_joining(world):
    rule(world["m1"], sector=Sector.DAYCARE, name="Daycare: module one")
    rule(world["m2"], sector=Sector.DAYCARE, name="Daycare: module two")
    rule(world["m1"], sector=Sector.SCHOOL, name="School only", due_days=10)
    person = factories.person(sector=Sector.DAYCARE)
    people.membership_add(
        person=person, organisation=world["daycare"], started_on=date(2026, 11, 20)
    )
    settle()
    got = {(a.item_key, a.due_on) for a in _assignments(person)}
    assert got == {
        (str(world["m1"].key), date(2027, 1, 19)),
        (str(world["m2"].key), date(2027, 1, 19)),
    }


def test_completing_the_module_completes_the_assignment_and_a_yearly_rule_repeats_it(world):
    rule(world["m1"], sector=Sector.DAYCARE, recurrence_months=12)
    person = factories.person(sector=Sector.DAYCARE, units=[world["daycare"]])
    settle()
    complete_module(person, world["m1"])
    settle()
    cycles = list(Assignment.objects.filter(person=person).order_by("cycle"))
    assert [c.phase for c in cycles] == [Phase.COMPLETED, Phase.OPEN]
    done = timezone.localtime(cycles[0].completed_at).date()
    assert cycles[1].due_on.year == done.year + 1 and cycles[1].due_on.month == done.month
    assert [c.current for c in cycles] == [False, True]


def test_moving_out_of_the_unit_withdraws_what_only_its_rule_asked_for(world):
    rule(world["m1"], organisation=world["daycare"])
    person = factories.person(sector=Sector.DAYCARE, units=[world["daycare"]])
    settle()
    assert [a.phase for a in _assignments(person)] == [Phase.OPEN]
    people.membership_add(person=person, organisation=world["school"])
    people.membership_remove(person=person, organisation=world["daycare"])
    settle()
    assert [a.phase for a in _assignments(person)] == [Phase.WITHDRAWN]
    # Back again: a new cycle, not the withdrawn one revived.
    people.membership_add(person=person, organisation=world["daycare"])
    settle()
    latest = _assignments(person)
    assert [(a.phase, a.cycle) for a in latest] == [(Phase.OPEN, 2)]


def test_offboarding_withdraws_rule_assignments(world):
    rule(world["m1"], sector=Sector.DAYCARE)
    person = factories.person(sector=Sector.DAYCARE, units=[world["daycare"]])
    settle()
    people.person_offboard(person=person)
    settle()
    assert [a.phase for a in _assignments(person)] == [Phase.WITHDRAWN]


def test_a_rule_saved_later_reaches_existing_staff_counting_from_the_day_it_came_in(world):
    person = factories.person(sector=Sector.DAYCARE, units=[world["daycare"]])
    settle()
    built = services.rule_save(
        rule=services.AssignmentRule(
            name="New rule", item_kind="module", item_key=str(world["m2"].key), due_days=30
        )
    )
    settle()
    (assignment,) = _assignments(person)
    assert assignment.rule == built
    assert assignment.due_on == timezone.localdate() + timedelta(days=30)


def test_the_sweep_moves_due_soon_then_overdue_and_the_summary_follows(world):
    rule(world["m1"], sector=Sector.DAYCARE, due_days=20)
    person = factories.person(sector=Sector.DAYCARE, units=[world["daycare"]])
    settle()
    (assignment,) = _assignments(person)
    summary = UnitItemSummary.objects.get(organisation=world["daycare"])
    assert (summary.assigned, summary.overdue, summary.due_soon) == (1, 0, 0)
    with time_machine.travel(timezone.now() + timedelta(days=10)):
        assignments_sweep_task.apply()
    summary.refresh_from_db()
    assert summary.due_soon == 1
    with time_machine.travel(timezone.now() + timedelta(days=21)):
        assignments_sweep_task.apply()
    summary.refresh_from_db()
    assert (summary.due_soon, summary.overdue) == (0, 1)
    assignment.refresh_from_db()
    assert assignment.phase == Phase.OVERDUE


def test_manager_assigns_exempts_and_extends_only_inside_their_units_and_is_audited(world):
    manager = factories.person(manages=[world["daycare"]])
    outsider = factories.person(manages=[world["school"]])
    learner = factories.person(units=[world["daycare"]])
    due = timezone.localdate() + timedelta(days=30)
    with pytest.raises(PermissionDenied):
        services.assignment_assign(
            actor=outsider.user,
            person=learner,
            item_kind="module",
            item_key=str(world["m1"].key),
            due_on=due,
            reason="x",
        )
    with pytest.raises(ValidationError):
        services.assignment_assign(
            actor=manager.user,
            person=learner,
            item_kind="module",
            item_key=str(world["m1"].key),
            due_on=due,
            reason="  ",
        )
    assignment = services.assignment_assign(
        actor=manager.user,
        person=learner,
        item_kind="module",
        item_key=str(world["m1"].key),
        due_on=due,
        reason="New in the team",
    )
    with pytest.raises(ValidationError):  # already outstanding
        services.assignment_assign(
            actor=manager.user,
            person=learner,
            item_kind="module",
            item_key=str(world["m1"].key),
            due_on=due,
            reason="Again",
        )
    with pytest.raises(PermissionDenied):
        services.assignment_extend(
            actor=outsider.user, assignment_id=assignment.pk, due_on=due + timedelta(1), reason="x"
        )
    services.assignment_extend(
        actor=manager.user, assignment_id=assignment.pk, due_on=due + timedelta(7), reason="Leave"
    )
    services.assignment_exempt(actor=manager.user, assignment_id=assignment.pk, reason="Has it")
    assignment.refresh_from_db()
    assert assignment.phase == Phase.EXEMPT
    actions = list(ManagerAction.objects.order_by("at").values_list("action", "reason"))
    assert actions == [("assign", "New in the team"), ("extend", "Leave"), ("exempt", "Has it")]


def test_a_manager_cannot_exempt_themself(world):
    manager = factories.person(manages=[world["daycare"]], units=[world["daycare"]])
    rule(world["m1"], sector=Sector.DAYCARE)
    people.membership_add(person=manager, organisation=world["school"])
    settle()
    (assignment,) = _assignments(manager)
    with pytest.raises(ValidationError):
        services.assignment_exempt(actor=manager.user, assignment_id=assignment.pk, reason="me")


def test_summaries_count_each_units_direct_members(world):
    rule(world["m1"])
    for _ in range(3):
        factories.person(units=[world["daycare"]])
    factories.person(sector=Sector.SCHOOL, units=[world["school"]])
    settle()
    rows = dict(UnitItemSummary.objects.values_list("organisation_id", "assigned"))
    assert rows == {world["daycare"].pk: 3, world["school"].pk: 1}
    UnitItemSummary.objects.all().delete()
    summaries.summaries_rebuild()
    assert dict(UnitItemSummary.objects.values_list("organisation_id", "assigned")) == rows


def test_applying_a_rule_again_visits_nobody_and_switching_it_off_withdraws(world):
    built = rule(world["m1"], sector=Sector.DAYCARE)
    for _ in range(3):
        factories.person(sector=Sector.DAYCARE, units=[world["daycare"]])
    settle()
    # Everyone it reaches has it: a retried delivery (after a time limit) starts no work
    # over again.
    assert services.rule_apply(rule=built) == 0
    assert Assignment.objects.filter(rule=built, phase=Phase.OPEN).count() == 3
    built.is_active = False
    services.rule_save(rule=built)
    settle()
    assert Assignment.objects.filter(rule=built, phase=Phase.WITHDRAWN).count() == 3
    assert services.rule_apply(rule=built) == 0
