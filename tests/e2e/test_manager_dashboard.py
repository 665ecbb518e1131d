"""The manager dashboard in a real browser: a manager sees their units' completion and the
overdue list, opens a person and assigns them a module with a due date and a reason; a
manager of another unit opening that person's address gets the not-found page."""

import io
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from learning import services as people
from learning.models import Sector
from tests import factories
from tests.certificates.builders import complete_module, locales_ensure, module
from tests.compliance.builders import rule, settle
from tests.e2e.test_accessibility import violations

pytestmark = [pytest.mark.e2e]

PASSWORD = "correct horse battery"


def log_in(page: Page, username: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email or employee number").fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")


@pytest.fixture
def team(transactional_db):
    """A daycare with a manager and two people, one overdue with the basics module (the
    rule came in long ago), the other done with it; a school with its own manager."""
    locales_ensure()  # an earlier transactional test's flush removed them
    daycare = factories.organisation("Fjordby/Daycare Solsikken", sector=Sector.DAYCARE)
    school = factories.organisation("Fjordby/Skole Nord", sector=Sector.SCHOOL)
    basics, talking = module("Safeguarding basics"), module("Talking with children")
    rule(basics, name="Everyone: basics")
    manager = factories.person(first_name="Mona", last_name="Manager", manages=[daycare])
    outsider = factories.person(first_name="Otto", last_name="Outsider", manages=[school])
    late = factories.person(first_name="Lena", last_name="Late")
    people.membership_add(
        person=late, organisation=daycare, started_on=timezone.localdate() - timedelta(days=90)
    )
    done = factories.person(first_name="Dora", last_name="Done", units=[daycare])
    settle()
    complete_module(done, basics)
    settle()
    return {"manager": manager, "outsider": outsider, "late": late, "talking": talking}


def test_a_manager_sees_the_overdue_list_and_assigns_a_module(page: Page, team):
    log_in(page, team["manager"].user.username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")

    items = page.get_by_role("table", name="Completion per module or track")
    expect(items.get_by_role("row", name="Safeguarding basics")).to_contain_text("50%")
    expect(page.get_by_role("img", name="Completion per module or track")).to_be_visible()
    overdue = page.get_by_role("table", name="Overdue assignments")
    expect(overdue.get_by_role("link", name="Lena Late")).to_be_visible()
    expect(overdue.get_by_role("link", name="Dora Done")).to_have_count(0)
    found = violations(page)  # WCAG 2.1 AA (axe-core): the charts, tiles and tables

    overdue.get_by_role("link", name="Lena Late").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lena Late")
    form = page.locator("form[action$='/assign/']")
    form.get_by_label("Module or certification track").select_option(label="Talking with children")
    due = timezone.localdate() + timedelta(days=30)
    form.get_by_label("Due on").fill(due.isoformat())
    form.get_by_label("Reason").fill("New in the toddler room")
    form.get_by_role("button", name="Assign").click()

    expect(page.get_by_role("status")).to_contain_text("Assigned to Lena Late")
    assignments = page.get_by_role("table", name="Assignments")
    expect(assignments.get_by_role("row", name="Talking with children")).to_contain_text(
        "Not yet due"
    )
    history = page.get_by_role("table", name="What managers did")
    expect(history).to_contain_text("New in the toddler room")
    found += violations(page)
    page.goto("/manage/people/?phase=overdue")
    expect(page.get_by_role("link", name="Lena Late")).to_be_visible()
    found += violations(page)
    assert found == []

    # The team report, from the overview, as CSV and as XLSX: the assignment just made is in
    # both, and nobody from another unit.
    page.goto("/manage/")
    report = page.get_by_role("listitem").filter(has_text="Team report")
    with page.expect_download() as download:
        report.get_by_role("link", name="Download CSV").click()
    text = Path(download.value.path()).read_bytes().decode("utf-8-sig")
    assert "Lena Late" in text and "Talking with children" in text
    assert "Otto Outsider" not in text
    with page.expect_download() as download:
        report.get_by_role("link", name="Download XLSX").click()
    sheet = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    cells = {str(cell.value) for row in sheet.iter_rows() for cell in row}
    assert "Lena Late" in cells and "Otto Outsider" not in cells
    page.get_by_role("link", name="Dashboard", exact=True).first.click()
    page.get_by_role("link", name="Who may run each instrument (the roster)").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    log_in(page, team["outsider"].user.username)
    page.goto(f"/manage/people/{team['late'].pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(page.get_by_text("Lena Late")).to_have_count(0)
    page.goto("/manage/")
    expect(page.get_by_role("table", name="Overdue assignments")).to_have_count(0)
    expect(page.get_by_text("Lena Late")).to_have_count(0)
