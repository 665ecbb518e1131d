"""WCAG 2.1 AA: axe-core finds no serious or critical violation on any learner page, in
any of the four interface languages."""

from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import Page, expect

from learning.demo import DEMO_LOGINS, DEMO_PASSWORD
from modules.demo_content import load_courses

pytestmark = [pytest.mark.e2e]

AXE_JS = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
LANGUAGES = {"en": "English", "da": "Dansk", "nb": "Norsk bokmål", "sv": "Svenska"}


def violations(page: Page) -> list[str]:
    """Serious and critical axe-core violations on the current page, as readable lines."""
    page.evaluate(AXE_JS)
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", RULES
    )
    return [
        f"{page.url}: {v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def switch_language(page: Page, code: str) -> None:
    page.locator(f"button[lang='{code}']").first.click()
    expect(page.locator("html")).to_have_attribute("lang", code)


def visit(page: Page, locator, found: list[str]) -> None:
    """Follow the first link ``locator`` finds and check the page it leads to."""
    expect(locator.first).to_be_visible()
    locator.first.click()
    page.wait_for_load_state()
    found += violations(page)


def test_no_serious_violations_on_any_learner_page_in_any_language(page, demo_courses):
    module = next(c for c in load_courses() if c["slug"] == "psychological-violence")
    found: list[str] = []

    page.goto("/")
    found += violations(page)  # the welcome page
    page.goto("/accounts/login/")
    found += violations(page)
    page.get_by_label("Email or employee number").fill(DEMO_LOGINS["learner"].username)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Course catalogue").click()
    page.get_by_role("link", name=module["en"]["title"]).click()
    page.get_by_role("button", name="Enrol and start").click()

    for code in LANGUAGES:
        page.goto("/")
        switch_language(page, code)
        found += violations(page)  # My learning
        title = module.get(code, module["en"])["title"]
        visit(page, page.locator(".site-header nav a").nth(1), found)  # My certificates
        catalogue = page.locator(".site-header nav a").nth(2)  # after "My certificates"
        visit(page, catalogue, found)
        visit(page, page.locator("#paths-heading ~ ul a"), found)  # a learning path
        page.go_back()
        visit(page, page.locator(".module-card a", has_text=title), found)  # a module
        visit(page, page.locator(".lesson-list a"), found)  # a lesson
        visit(page, page.locator("footer a"), found)  # the accessibility statement

    assert found == []


def test_the_check_catches_a_known_violation(page, live_server):
    """Guards the test above against passing vacuously (axe not loaded, wrong rule tags)."""
    page.set_content("<html><body><img src='x.png'><button></button></body></html>")

    found = violations(page)

    assert any("image-alt" in line for line in found)
    assert any("button-name" in line for line in found)


def test_no_serious_violations_on_assessment_pages_in_any_language(page, demo_courses):
    from assessments.demo import EXAM_KEY, EXERCISE_KEY

    def log_in_as(who: str) -> None:
        page.goto("/accounts/login/")
        page.get_by_label("Email or employee number").fill(DEMO_LOGINS[who].username)
        page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Log in").click()

    def check(path: str, code: str) -> None:
        nonlocal found
        page.goto(path)
        expect(page.locator("html")).to_have_attribute("lang", code)
        found += violations(page)

    found: list[str] = []
    # The calibration exercise is for the instrument course's sectors: the director of
    # children and youth services is in its audience (and sees the case once started).
    log_in_as("director")
    page.goto(f"/en/calibrate/{EXERCISE_KEY}/")
    page.get_by_role("button", name="Start", exact=True).click()
    for code in LANGUAGES:
        check(f"/{code}/calibrate/{EXERCISE_KEY}/", code)
        check(f"/{code}/calibrate/{EXERCISE_KEY}/cases/1/", code)
    page.context.clear_cookies()  # log out (the interface is in the last language now)
    # A daycare learner: the exam, and the calibration exercise's "not for you" notice.
    log_in_as("learner")
    for code in LANGUAGES:
        check(f"/{code}/assess/{EXAM_KEY}/", code)
        check(f"/{code}/calibrate/{EXERCISE_KEY}/", code)
    page.goto(f"/en/assess/{EXAM_KEY}/")
    page.get_by_role("button", name="Start the exam").click()
    found += violations(page)  # the attempt page
    page.get_by_role("button", name="Submit your answers").click()
    found += violations(page)  # the result page with its review

    assert found == []
