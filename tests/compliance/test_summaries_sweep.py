"""The minute sweep's refresh of the summaries: every moved item in every unit of a moved
person, in one pass, and the completions per month left as they are."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from learning.models import Sector
from modules.compliance import summaries
from modules.compliance.models import UnitItemSummary, UnitMonthSummary
from modules.compliance.tasks import assignments_sweep_task
from tests import factories
from tests.certificates.builders import complete_module, module
from tests.compliance.builders import rule, settle

pytestmark = pytest.mark.django_db


def _rows():
    return {
        (row.organisation_id, row.item_key): (row.completed, row.due_soon, row.overdue)
        for row in UnitItemSummary.objects.all()
    }


def test_one_sweep_moving_two_items_in_two_units_brings_each_units_rows_in_step():
    daycare = factories.organisation("Fjordby/Daycare Solsikken", sector=Sector.DAYCARE)
    school = factories.organisation("Fjordby/Skole Nord", sector=Sector.SCHOOL)
    m1, m2 = module("Module one"), module("Module two")
    rule(m1, due_days=20)
    rule(m2, due_days=40, name="Rule two")
    factories.person(units=[daycare])
    factories.person(sector=Sector.SCHOOL, units=[school])
    finished = factories.person(units=[daycare])
    complete_module(finished, m1)
    settle()
    months = list(UnitMonthSummary.objects.values_list("organisation_id", "item_key", "completed"))
    assert months == [(daycare.pk, str(m1.key), 1)]

    with time_machine.travel(timezone.now() + timedelta(days=45)):
        assert assignments_sweep_task.apply().get() == 5

    assert _rows() == {
        (daycare.pk, str(m1.key)): (1, 0, 1),
        (daycare.pk, str(m2.key)): (0, 0, 2),
        (school.pk, str(m1.key)): (0, 0, 1),
        (school.pk, str(m2.key)): (0, 0, 1),
    }
    after = list(UnitMonthSummary.objects.values_list("organisation_id", "item_key", "completed"))
    assert after == months
    UnitItemSummary.objects.all().delete()
    summaries.summaries_rebuild()
    assert _rows() == {
        (daycare.pk, str(m1.key)): (1, 0, 1),
        (daycare.pk, str(m2.key)): (0, 0, 2),
        (school.pk, str(m1.key)): (0, 0, 1),
        (school.pk, str(m2.key)): (0, 0, 1),
    }


def test_an_empty_sweep_writes_nothing():
    unit = factories.organisation("Fjordby/Daycare Solsikken", sector=Sector.DAYCARE)
    rule(module("Module one"), due_days=90)
    factories.person(units=[unit])
    settle()
    before = list(UnitItemSummary.objects.values_list("pk", "refreshed_at"))
    assert assignments_sweep_task.apply().get() == 0
    assert list(UnitItemSummary.objects.values_list("pk", "refreshed_at")) == before
