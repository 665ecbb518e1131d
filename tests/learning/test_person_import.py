"""The CSV import of people: preview writes nothing, commit writes all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError

from learning import signals
from learning.auth.roles import ROLE_GROUPS
from learning.models import ManagerScope, Membership, Organisation, Person, PersonImport, User
from learning.people_import import rows as people_csv
from learning.people_import import services as imports
from learning.people_import.services import ImportRejected
from learning.selectors import user_roles
from tests import factories

HEADER = ("employee_number", "name", "email", "unit_path", "sector", "role")
DAYCARE = "Testby Kommune/Børn og Unge/Dagtilbud Nord"
SCHOOL = "Testby Kommune/Børn og Unge/Skolen ved Søen"
CHILDREN = "Testby Kommune/Børn og Unge"
JOBS = "Testby Kommune/Beskæftigelse/Jobcenter"

GOOD_ROWS = (
    ("T-100", "Ida Hansen", "Ida.Hansen@Example.org", DAYCARE, "daycare", ""),
    ("T-200", "Anne Marie Holm", "anne@example.org", CHILDREN, "Daycare", "Manager"),
    ("T-200", "Anne Marie Holm", "anne@example.org", SCHOOL, "daycare", "learner"),
    ("T-300", "Sven Svensson", "sven@example.org", JOBS, "Job centre", "editor"),
)


def csv_bytes(*rows, header=HEADER, delimiter=",", bom=False, newline="\n") -> bytes:
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    return ("\ufeff" if bom else "").encode() + (newline.join(lines) + newline).encode()


def preview(raw: bytes):
    return imports.person_import_preview(filename="people.csv", raw=raw, uploaded_by=None)


@pytest.fixture
def events():
    """Every person and import event sent, as (signal name, keyword arguments)."""
    received = []
    names = ("person_created", "person_updated", "role_granted", "people_imported")
    receivers = {}
    for name in names:

        def receiver(sender, _name=name, **kwargs):
            received.append((_name, kwargs))

        receivers[name] = receiver
        getattr(signals, name).connect(receiver)
    yield received
    for name, receiver in receivers.items():
        getattr(signals, name).disconnect(receiver)


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Commit an import and run its on-commit callbacks (the events)."""

    def run(person_import: PersonImport) -> imports.ImportPlan:
        with django_capture_on_commit_callbacks(execute=True):
            return imports.person_import_commit(person_import=person_import)

    return run


def state() -> tuple[int, ...]:
    return (
        Person.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
        ManagerScope.objects.count(),
        Organisation.objects.count(),
        User.groups.through.objects.count(),
    )


def only_row(plan) -> people_csv.RowResult:
    (row,) = plan.rows
    return row


# --- A good file -----------------------------------------------------------------------------
def test_a_good_file_imports_everyone_with_units_and_roles(tree, events, commit):
    person_import, plan = preview(csv_bytes(*GOOD_ROWS))
    assert plan.ok
    assert [r.action for r in plan.rows] == ["create"] * 4

    commit(person_import)

    ida = Person.objects.get(employee_number="T-100")
    assert (ida.user.username, ida.user.get_full_name()) == ("T-100", "Ida Hansen")
    assert (ida.user.first_name, ida.user.last_name) == ("Ida", "Hansen")
    assert ida.user.email == "ida.hansen@example.org"
    assert not ida.user.has_usable_password()
    assert [m.organisation for m in ida.memberships.all()] == [tree["daycare"]]
    anne = Person.objects.get(employee_number="T-200")
    assert (anne.user.first_name, anne.user.last_name) == ("Anne Marie", "Holm")
    assert {m.organisation for m in anne.memberships.all()} == {tree["children"], tree["school"]}
    assert [s.organisation for s in anne.manager_scopes.all()] == [tree["children"]]
    sven = Person.objects.get(employee_number="T-300")
    assert sven.sector == "job_centre"
    assert user_roles(user=sven.user) == {"learner", "content_editor"}
    assert sven.user.groups.filter(name=ROLE_GROUPS["content_editor"]).exists()
    assert [name for name, _kw in events].count("person_created") == 3
    assert [name for name, _kw in events].count("people_imported") == 1


def test_commit_keeps_a_summary_and_forgets_the_file(tree, events, commit):
    person_import, _plan = preview(csv_bytes(*GOOD_ROWS))
    assert "Ida Hansen" in person_import.content

    commit(person_import)

    person_import.refresh_from_db()
    assert person_import.status == PersonImport.Status.COMMITTED
    assert person_import.content == ""
    assert person_import.committed_at is not None
    assert person_import.summary["people_to_create"] == 3
    assert person_import.summary["rows"] == 4
    (imported,) = [kw for name, kw in events if name == "people_imported"]
    assert imported["person_import"].pk == person_import.pk


def test_a_committed_import_cannot_be_committed_again(tree, commit):
    person_import, _plan = preview(csv_bytes(*GOOD_ROWS))
    commit(person_import)

    with pytest.raises(ValidationError, match="already been committed"):
        commit(person_import)


def test_preview_writes_no_person(tree, events):
    before = state()

    _person_import, plan = preview(csv_bytes(*GOOD_ROWS))

    assert state() == before
    assert plan.counts["people_to_create"] == 3
    assert events == []


# --- All or nothing --------------------------------------------------------------------------
def test_one_bad_row_imports_nothing_and_names_its_line_and_reason(tree, events, commit):
    bad = ("T-400", "Ola Nordmann", "not-an-email", DAYCARE, "daycare", "")
    person_import, _plan = preview(csv_bytes(*GOOD_ROWS, bad))
    before = state()

    with pytest.raises(ImportRejected) as rejected:
        commit(person_import)

    assert state() == before
    assert events == []
    (error,) = rejected.value.plan.error_rows
    assert error.line == 6
    assert error.employee_number == "T-400"
    assert error.errors == ("“not-an-email” is not a valid email address.",)
    person_import.refresh_from_db()
    assert person_import.status == PersonImport.Status.PREVIEWED


def test_commit_checks_again_and_refuses_what_changed_since_the_preview(tree, commit):
    person_import, plan = preview(csv_bytes(GOOD_ROWS[0]))
    assert plan.ok
    factories.person(email="ida.hansen@example.org")
    before = state()

    with pytest.raises(ImportRejected) as rejected:
        commit(person_import)

    assert state() == before
    assert "already used by another account" in rejected.value.plan.error_rows[0].errors[0]


# --- Importing again -------------------------------------------------------------------------
def test_the_same_file_again_changes_nothing(tree, events, commit):
    raw = csv_bytes(*GOOD_ROWS)
    commit(preview(raw)[0])
    before = state()
    events.clear()

    person_import, plan = preview(raw)
    assert [r.action for r in plan.rows] == ["unchanged"] * 4
    assert plan.counts["people_to_create"] == plan.counts["people_to_update"] == 0
    commit(person_import)

    assert state() == before
    assert [name for name, _kw in events] == ["people_imported"]


def test_an_update_changes_only_the_changed_fields(tree, events, commit):
    ida = factories.person(
        employee_number="T-100",
        first_name="Ida",
        last_name="Hansen",
        email="ida@example.org",
        units=[tree["school"]],
    )
    row = ("T-100", "Ida Hansen", "ida.hansen@example.org", SCHOOL, "daycare", "")

    person_import, plan = preview(csv_bytes(row))
    assert only_row(plan).action == "update"
    assert only_row(plan).changes == ("email",)
    commit(person_import)

    ida.refresh_from_db()
    ida.user.refresh_from_db()
    assert (ida.user.first_name, ida.user.last_name) == ("Ida", "Hansen")
    assert ida.user.email == "ida.hansen@example.org"
    assert ida.user.check_password("correct horse battery")
    updates = [kw for name, kw in events if name == "person_updated"]
    assert [kw["changed"] for kw in updates] == [["email"]]


def test_the_import_adds_units_and_roles_and_never_removes_any(tree, commit):
    ida = factories.person(employee_number="T-100", units=[tree["school"]], manages=[tree["jobs"]])
    row = ("T-100", ida.full_name, ida.user.email, DAYCARE, "daycare", "manager")

    person_import, plan = preview(csv_bytes(row))
    assert only_row(plan).changes == (f"unit: {DAYCARE}", "role: manager")
    commit(person_import)

    assert {m.organisation for m in ida.memberships.all()} == {tree["school"], tree["daycare"]}
    assert {s.organisation for s in ida.manager_scopes.all()} == {tree["jobs"], tree["daycare"]}


def test_a_stored_name_that_reads_the_same_is_kept(tree):
    factories.person(
        employee_number="T-100",
        first_name="Jan",
        last_name="van Dijk",
        email="jan@example.org",
        units=[tree["daycare"]],
    )
    row = ("T-100", "Jan  van Dijk", "JAN@example.org", DAYCARE, "daycare", "")

    _person_import, plan = preview(csv_bytes(row))

    assert only_row(plan).action == "unchanged"


# --- Units -----------------------------------------------------------------------------------
def test_missing_lower_units_are_created_below_an_existing_organisation(tree, commit):
    new = f"{DAYCARE}/Børnehuset Regnbuen/Stue Blå"
    rows = [
        ("T-100", "Ida Hansen", "ida@example.org", new, "daycare", "manager"),
        ("T-200", "Ola Nordmann", "ola@example.org", new.upper(), "daycare", ""),
    ]

    person_import, plan = preview(csv_bytes(*rows))
    assert plan.units_to_create == (f"{DAYCARE}/Børnehuset Regnbuen", new)
    commit(person_import)

    unit = Organisation.objects.get(name_path=new)
    assert unit.get_parent().get_parent() == tree["daycare"]
    assert set(Person.objects.filter(memberships__organisation=unit)) == set(Person.objects.all())
    assert ManagerScope.objects.get().organisation == unit


def test_existing_units_are_found_whatever_the_case_of_their_names(tree, commit):
    path = " testby kommune / BØRN OG UNGE/dagtilbud nord "
    row = ("T-100", "Ida Hansen", "ida@example.org", path, "daycare", "")

    person_import, plan = preview(csv_bytes(row))
    assert plan.units_to_create == ()
    commit(person_import)

    assert Membership.objects.get().organisation == tree["daycare"]


def test_an_unknown_top_level_organisation_is_an_error(tree):
    row = ("T-100", "Ida Hansen", "ida@example.org", "Nowhere Kommune/Skolen", "school", "")

    _person_import, plan = preview(csv_bytes(row))

    assert only_row(plan).errors == ("No top-level organisation is called “Nowhere Kommune”.",)
    assert plan.units_to_create == ()
    assert not plan.ok


# --- Row errors ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("employee_number", "", "The employee number is missing."),
        ("employee_number", "T 100", "may hold only letters"),
        ("employee_number", "T" * 65, "longer than 64 characters"),
        ("name", " ", "The name is missing."),
        ("email", "", "The email address is missing."),
        ("email", "ida@", "is not a valid email address"),
        ("unit_path", "", "The unit path is missing."),
        ("sector", "kindergarten", "“kindergarten” is not a sector"),
        ("sector", "", "The sector is missing."),
        ("role", "boss", "“boss” is not a role"),
    ],
)
def test_a_row_with_an_invalid_value_is_an_error(tree, column, value, message):
    values = ("T-100", "Ida Hansen", "ida@example.org", DAYCARE, "daycare", "")
    row = dict(zip(HEADER, values, strict=True))
    row[column] = value

    _person_import, plan = preview(csv_bytes(tuple(row.values())))

    assert only_row(plan).action == "error"
    assert message in " ".join(only_row(plan).errors)


def test_an_email_used_by_another_persons_account_is_an_error(tree):
    factories.person(email="ida@example.org")
    row = ("T-100", "Ida Hansen", "IDA@Example.org", DAYCARE, "daycare", "")

    _person_import, plan = preview(csv_bytes(row))

    assert only_row(plan).errors == (
        "The email address ida@example.org is already used by another account.",
    )


def test_an_employee_number_taken_as_another_accounts_username_is_an_error(tree):
    factories.UserFactory(username="t-100")
    row = ("T-100", "Ida Hansen", "ida@example.org", DAYCARE, "daycare", "")

    _person_import, plan = preview(csv_bytes(row))

    assert only_row(plan).errors == ("Another account already has the username “T-100”.",)


def test_rows_of_one_person_that_disagree_are_an_error_on_the_later_row(tree):
    rows = [
        ("T-100", "Ida Hansen", "ida@example.org", DAYCARE, "daycare", ""),
        ("T-100", "Ida Jensen", "ida@example.org", SCHOOL, "school", ""),
    ]

    _person_import, plan = preview(csv_bytes(*rows))

    assert [r.action for r in plan.rows] == ["create", "error"]
    assert plan.rows[1].errors == ("Line 2 gives this person a different name and sector.",)


def test_one_email_for_two_employee_numbers_is_an_error_on_the_later_row(tree):
    rows = [
        ("T-100", "Ida Hansen", "ida@example.org", DAYCARE, "daycare", ""),
        ("T-200", "Ida Jensen", "IDA@example.org", SCHOOL, "school", ""),
    ]

    _person_import, plan = preview(csv_bytes(*rows))

    assert plan.rows[1].errors == ("Line 2 already uses this email for employee number T-100.",)


def test_employee_numbers_that_differ_only_in_case_are_an_error(tree):
    rows = [
        ("T-100", "Ida Hansen", "ida@example.org", DAYCARE, "daycare", ""),
        ("t-100", "Ida Hansen", "ida2@example.org", DAYCARE, "daycare", ""),
    ]

    _person_import, plan = preview(csv_bytes(*rows))

    assert plan.rows[1].errors == ("Line 2 has employee number T-100, which differs only in case.",)


def test_a_clash_with_a_simultaneous_write_imports_nothing(tree, commit, monkeypatch):
    person_import, _plan = preview(csv_bytes(*GOOD_ROWS))
    before = state()
    real_create = imports.services.person_create

    def create_then_clash(**kwargs):
        if kwargs["employee_number"] == "T-300":
            raise IntegrityError("duplicate key value violates unique constraint")
        return real_create(**kwargs)

    monkeypatch.setattr(imports.services, "person_create", create_then_clash)

    with pytest.raises(ValidationError, match="changed while the import ran"):
        commit(person_import)

    assert state() == before
    person_import.refresh_from_db()
    assert person_import.status == PersonImport.Status.PREVIEWED


def test_line_numbers_are_those_of_the_file(tree):
    raw = (
        "employee_number,name,email,unit_path,sector,role\n"
        "\n"
        'T-100,"Ida\nHansen",ida@example.org,' + DAYCARE + ",daycare,\n"
        "T-200,Ola Nordmann,bad,," + "daycare,\n"
    ).encode()

    _person_import, plan = preview(raw)

    assert [(r.line, r.action) for r in plan.rows] == [(3, "create"), (5, "error")]


# --- The file as a whole ---------------------------------------------------------------------
def test_a_semicolon_separated_excel_file_with_bom_is_read(tree, commit):
    header = (" Employee_Number ", "NAME", "Email", "Unit_Path", "Sector", "Role ")
    raw = csv_bytes(*GOOD_ROWS, header=header, delimiter=";", bom=True, newline="\r\n")

    person_import, plan = preview(raw)
    assert plan.ok
    commit(person_import)

    assert Person.objects.count() == 3
    assert not person_import.content.startswith("\ufeff")


def test_the_role_column_may_be_left_out(tree):
    header = HEADER[:-1]

    _person_import, plan = preview(csv_bytes(GOOD_ROWS[0][:-1], header=header))

    assert only_row(plan).action == "create"
    assert only_row(plan).role == "learner"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "The file is empty."),
        (b"\xef\xbb\xbf \r\n", "The file is empty."),
        (",".join(HEADER).encode() + b"\n", "The file has a header but no rows of people."),
        (b"employee_number,name,email\nT-1,Ida,ida@example.org\n", "lacks the column(s)"),
        ("employee_number;name\nT-1;Søren\n".encode("cp1252"), "The file is not UTF-8 text."),
        ("employee_number,name".encode("utf-16"), "The file is not UTF-8 text."),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_with_a_clear_message(tree, raw, message):
    with pytest.raises(ValidationError) as error:
        preview(raw)

    assert message in " ".join(error.value.messages)
    assert not PersonImport.objects.exists()


def test_a_missing_column_is_named_and_no_row_is_read(tree):
    header = ("employee_number", "name", "email", "sector")
    text = ",".join(header) + "\nT-1,Ida,ida@example.org,daycare\n"

    plan = imports.people_import_plan(text=text)

    assert plan.file_errors == (
        "The header row lacks the column(s) unit_path. "
        "It needs: employee_number, name, email, unit_path, sector "
        "(optional: role, start_date, job_title).",
    )
    assert plan.rows == ()


def test_a_file_over_the_size_limit_is_refused(tree, settings):
    settings.PERSON_IMPORT_MAX_BYTES = 100

    with pytest.raises(ValidationError, match="larger than 100"):
        preview(csv_bytes(*GOOD_ROWS))


def test_a_file_with_too_many_rows_is_refused(tree, monkeypatch):
    monkeypatch.setattr(people_csv, "MAX_ROWS", 3)

    with pytest.raises(ValidationError, match="more than 3 rows"):
        preview(csv_bytes(*GOOD_ROWS))


# --- The management command ------------------------------------------------------------------
@pytest.fixture
def people_file(tmp_path, tree) -> Path:
    path = tmp_path / "people.csv"
    path.write_bytes(csv_bytes(*GOOD_ROWS))
    return path


def test_the_command_without_commit_reports_and_writes_nothing(people_file, capsys):
    before = state()

    call_command("import_people", str(people_file))

    out = capsys.readouterr().out
    assert "line     2  T-100" in out
    assert "Dry run: nothing was written." in out
    assert state() == before
    assert not PersonImport.objects.exists()


def test_the_command_with_commit_imports(people_file, capsys):
    call_command("import_people", str(people_file), "--commit")

    assert Person.objects.count() == 3
    assert PersonImport.objects.get().status == PersonImport.Status.COMMITTED
    assert "3 people created" in capsys.readouterr().out


def test_the_command_fails_on_errors_and_writes_nothing(tree, tmp_path, capsys):
    path = tmp_path / "people.csv"
    path.write_bytes(csv_bytes(*GOOD_ROWS, ("T-400", "Ola", "bad", DAYCARE, "daycare", "")))

    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_people", str(path), "--commit")

    assert "line     6  T-400" in capsys.readouterr().out
    assert not Person.objects.exists()
    assert not PersonImport.objects.exists()


def test_the_sample_file_in_the_docs_imports(db):
    root = factories.organisation("Fjordby Kommune")
    for path in (
        "Børn og Unge/Dagtilbud Nord/Børnehuset Solstrålen",
        "Børn og Unge/Fjordby Skole/Indskolingen",
        "Beskæftigelse og Integration/Jobcenter Fjordby/Team Unge",
        "Stab og Digitalisering/Læring og Kompetence",
    ):
        factories.organisation(f"{root.name}/{path}")
    sample = Path(__file__).resolve().parents[2] / "docs" / "examples" / "people.csv"

    plan = imports.people_import_plan(text=sample.read_text(encoding="utf-8"))

    assert plan.ok, [r.errors for r in plan.error_rows]
    assert plan.counts["people_to_create"] == 5


def test_stale_uncommitted_previews_are_purged_with_their_content(tree):
    from datetime import timedelta

    import time_machine

    from learning.models import PersonImport
    from learning.people_import.services import person_import_preview, person_imports_purge_stale

    raw = (
        b"employee_number,name,email,unit_path,sector\n"
        b"X-1,Ny Ansat,ny@example.org,Testby Kommune/Jobcenter,job_centre\n"
    )
    with time_machine.travel("2026-01-01 08:00 +0000"):
        stale, _plan = person_import_preview(filename="old.csv", raw=raw, uploaded_by=None)
    fresh, _plan = person_import_preview(filename="new.csv", raw=raw, uploaded_by=None)

    assert person_imports_purge_stale(older_than=timedelta(hours=24)) == 1
    assert list(PersonImport.objects.all()) == [fresh]
    assert not PersonImport.objects.filter(pk=stale.pk).exists()
