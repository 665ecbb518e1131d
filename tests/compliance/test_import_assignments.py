"""People imported by CSV get the mandatory training their sector, job title and units call
for, due from the start date in the file; a bad date is a row error; importing the same
file again changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine

from learning.models import Membership, Person, Sector
from learning.people_import import services as imports
from learning.people_import.rows import Action
from modules.compliance.models import Assignment
from tests import factories
from tests.certificates.builders import module
from tests.compliance.builders import rule, settle

pytestmark = pytest.mark.django_db

HEADER = "employee_number,name,email,unit_path,sector,role,start_date,job_title"
DAYCARE = "Testby Kommune/Børn og Unge/Dagtilbud Nord"
SCHOOL = "Testby Kommune/Børn og Unge/Skolen ved Søen"
JOBS = "Testby Kommune/Beskæftigelse/Jobcenter"
TODAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(TODAY):
        yield


def _import(*lines: str, header: str = HEADER):
    raw = ("\n".join([header, *lines]) + "\n").encode()
    person_import, plan = imports.person_import_preview(
        filename="staff.csv", raw=raw, uploaded_by=None
    )
    if plan.ok and plan.people_to_write:
        imports.person_import_commit(person_import=person_import)
    settle()
    return plan


def _due(employee_number: str) -> dict[str, date]:
    return dict(
        Assignment.objects.filter(
            person__employee_number=employee_number, current=True
        ).values_list("item_key", "due_on")
    )


def test_a_new_daycare_employee_gets_the_daycare_module_due_60_days_after_the_start_date(tree):
    outline = module("Recognising violence")
    rule(outline, sector=Sector.DAYCARE, due_days=60, name="All daycare staff")
    lines = (
        f"D-1,Ida Hansen,ida@example.org,{DAYCARE},daycare,,2026-11-20,Pedagogue",
        f"S-1,Sara Lund,sara@example.org,{SCHOOL},school,,20.11.2026,Teacher",
    )

    first = _import(*lines)

    assert [row.action for row in first.rows] == [Action.CREATE, Action.CREATE]
    assert _due("D-1") == {str(outline.key): date(2027, 1, 19)}
    assert _due("S-1") == {}
    membership = Membership.objects.get(person__employee_number="S-1")
    assert membership.started_on == date(2026, 11, 20)  # the day-first spelling
    assert Person.objects.get(employee_number="D-1").job_title == "Pedagogue"

    before = list(Assignment.objects.values_list("pk", "due_on", "phase", "cycle"))
    again = _import(*lines)
    assert [row.action for row in again.rows] == [Action.UNCHANGED, Action.UNCHANGED]
    assert list(Assignment.objects.values_list("pk", "due_on", "phase", "cycle")) == before


def test_a_job_title_rule_matches_the_imported_job_title(tree):
    outline = module("Talking about violence at the job centre")
    rule(outline, job_title="Caseworker", due_days=30, name="Caseworkers")
    _import(
        f"J-1,Jon Berg,jon@example.org,{JOBS},job_centre,,03-12-2026,caseworker",
        f"J-2,Kim Dahl,kim@example.org,{JOBS},job_centre,,03-12-2026,Receptionist",
    )
    assert _due("J-1") == {str(outline.key): date(2027, 1, 2)}
    assert _due("J-2") == {}


def test_a_job_title_changed_by_import_brings_the_rule(tree):
    outline = module("Talking about violence at the job centre")
    rule(outline, job_title="Caseworker", due_days=30)
    person = factories.person(employee_number="J-9", sector=Sector.JOB_CENTRE, units=[tree["jobs"]])
    settle()
    name = f"{person.user.first_name} {person.user.last_name}"
    plan = _import(f"J-9,{name},{person.user.email},{JOBS},job_centre,,,Caseworker")
    (row,) = plan.rows
    assert row.action == Action.UPDATE and row.changes == ("job_title",)
    assert list(_due("J-9")) == [str(outline.key)]


def test_a_corrected_start_date_is_an_update_and_a_blank_one_keeps_the_stored_day(tree):
    person = factories.person(employee_number="D-7", units=[tree["daycare"]])
    name = f"{person.user.first_name} {person.user.last_name}"
    row = f"D-7,{name},{person.user.email},{DAYCARE},daycare,,"
    (kept,) = _import(row + ",").rows
    assert kept.action == Action.UNCHANGED
    (corrected,) = _import(row + "01.09.2026,").rows
    assert corrected.action == Action.UPDATE
    assert corrected.changes == (f"start_date: {DAYCARE}",)
    assert Membership.objects.get(person=person).started_on == date(2026, 9, 1)


@pytest.mark.parametrize(
    "value", ["31.02.2026", "2026/11/20", "20.11.26", "next monday", "01.01.1066"]
)
def test_a_bad_start_date_is_an_error_on_its_row_and_nothing_is_written(tree, value):
    plan = _import(
        f"D-1,Ida Hansen,ida@example.org,{DAYCARE},daycare,,2026-11-20,",
        f"D-2,Ole Olsen,ole@example.org,{DAYCARE},daycare,,{value},",
    )
    assert not plan.ok
    (bad,) = plan.error_rows
    assert bad.line == 3 and "start date" in " ".join(bad.errors)
    assert not Person.objects.filter(employee_number__in=["D-1", "D-2"]).exists()


def test_the_rows_of_one_person_must_agree_on_the_job_title(tree):
    plan = _import(
        f"D-1,Ida Hansen,ida@example.org,{DAYCARE},daycare,,,Pedagogue",
        f"D-1,Ida Hansen,ida@example.org,{SCHOOL},daycare,,,Teacher",
    )
    (bad,) = plan.error_rows
    assert "job_title" in bad.errors[0]


def test_files_without_the_new_columns_still_import(tree):
    plan = _import(
        f"D-1,Ida Hansen,ida@example.org,{DAYCARE},daycare,",
        header="employee_number,name,email,unit_path,sector,role",
    )
    assert plan.ok
    assert Membership.objects.get(person__employee_number="D-1").started_on == TODAY.date()


def test_the_preview_shows_a_bad_date_on_its_row(tree, client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    client.force_login(factories.person(roles=["platform_admin"]).user)
    raw = f"{HEADER}\nD-2,Ole Olsen,ole@example.org,{DAYCARE},daycare,,32.01.2026,\n".encode()
    page = client.post(
        reverse("person_import:upload"), {"file": SimpleUploadedFile("staff.csv", raw)}
    )
    if page.status_code == 302:
        page = client.get(page["Location"])
    text = page.content.decode()
    assert "“32.01.2026” is not a start date" in text
    assert not Person.objects.filter(employee_number="D-2").exists()
