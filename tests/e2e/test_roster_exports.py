"""The instrument roster in a real browser: the director of Børn og Unge sees the certified
caseworker on the roster and downloads it as CSV and XLSX; the daycare manager sees none of
it, on the page or in the files. axe-core finds no serious violation on the page."""

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Page, expect

from certificates import services
from certificates.demo import ASSESSOR_TRACK
from certificates.selectors import track_get
from learning.demo import DEMO_LOGINS
from learning.models import Person
from tests.e2e.test_accessibility import violations
from tests.e2e.test_certification_journey import log_in

pytestmark = [pytest.mark.e2e]
HEADER = (
    "employee_number,instrument_key,instrument_version,status,authorised_until,"
    "certificate_number,track_key,name"
)


@pytest.fixture
def certified(demo_courses):
    """The demo caseworker, certified by the certification administrator."""
    caseworker = Person.objects.get(user__username=DEMO_LOGINS["assessor"].username)
    admin = Person.objects.get(user__username=DEMO_LOGINS["certification_admin"].username)
    return services.certificate_issue_manual(
        person=caseworker,
        track=track_get(key=ASSESSOR_TRACK),
        by=admin.user,
        reason="Certified at the regional course",
    )


def _download(page: Page, name: str) -> bytes:
    with page.expect_download() as download:
        page.get_by_role("link", name=name).click()
    return Path(download.value.path()).read_bytes()


def test_the_director_sees_and_exports_the_roster(page: Page, certified):
    log_in(page, DEMO_LOGINS["director"].username)
    page.goto("/manage/roster/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Instrument roster")
    row = page.get_by_role("row", name="Anders Juhl")
    expect(row).to_contain_text("FK-3003")
    expect(row).to_contain_text(certified.number)
    assert violations(page) == []

    lines = _download(page, "CSV (for case systems)").decode("utf-8").splitlines()
    assert lines[0] == HEADER
    [row_] = list(csv.reader(lines[1:]))
    assert row_[0] == "FK-3003" and row_[5] == certified.number and row_[6] == ASSESSOR_TRACK

    workbook = openpyxl.load_workbook(io.BytesIO(_download(page, "Excel (XLSX)")))
    cells = [[c.value for c in r] for r in workbook.active.iter_rows()]
    assert ",".join(cells[0]) == HEADER and cells[1][0] == "FK-3003"


def test_the_daycare_manager_sees_none_of_it(page: Page, certified):
    log_in(page, DEMO_LOGINS["daycare_manager"].username)
    page.goto("/manage/roster/")
    expect(page.locator("main")).to_contain_text("No one in these units may run an instrument")
    expect(page.locator("main")).not_to_contain_text("FK-3003")
    lines = _download(page, "CSV (for case systems)").decode("utf-8").splitlines()
    assert lines == [HEADER]
