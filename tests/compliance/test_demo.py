"""The demo's assignment rules: loaded by ``seed_demo``, they reach the demo staff at once,
and loading again adds nothing."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from modules.compliance.models import Assignment, AssignmentRule
from tests.modules import pages

pytestmark = pytest.mark.django_db


def test_the_demo_rules_reach_the_daycare_staff_and_a_second_run_adds_nothing():
    with pages.committed():
        call_command("seed_demo", stdout=StringIO())
    assert AssignmentRule.objects.count() == 4
    ida = Assignment.objects.filter(person__user__username="ida.hansen", current=True)
    assert ida.count() == 2 and {a.item_kind for a in ida} == {"module"}
    police = Assignment.objects.filter(person__sector="police", item_kind="track")
    assert police.exists()
    caseworker = Assignment.objects.get(person__user__username="liv.johansen")
    assert caseworker.rule.recurrence_months == 12
    before = Assignment.objects.count()

    with pages.committed():
        call_command("seed_demo", stdout=StringIO())
    assert AssignmentRule.objects.count() == 4
    assert Assignment.objects.count() == before
