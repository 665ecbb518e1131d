"""The Content-Security-Policy in a real browser: learner pages and Wagtail's admin work
under it with no violation reported in the console."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from learning.demo import DEMO_LOGINS, DEMO_PASSWORD
from modules.models import LessonPage

pytestmark = [pytest.mark.e2e]


def csp_violations(page: Page) -> list[str]:
    """Collects, from now on, every console message about the Content Security Policy."""
    seen: list[str] = []
    page.on(
        "console",
        lambda msg: seen.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    page.on("pageerror", lambda error: seen.append(str(error)))
    return seen


def log_in(page: Page, key: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email or employee number").fill(DEMO_LOGINS[key].username)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state("networkidle")


def test_learner_pages_run_under_the_policy_without_violations(page, demo_courses):
    violations = csp_violations(page)
    log_in(page, "learner")
    lesson = LessonPage.objects.live().filter(locale__language_code="en").first()

    for url in ("/", "/en/", lesson.url):
        page.goto(url)
        page.wait_for_load_state("networkidle")

    assert violations == [], "\n".join(violations)


def test_wagtail_admin_runs_under_its_policy_without_violations(page, demo_courses):
    violations = csp_violations(page)
    log_in(page, "superuser")
    lesson = LessonPage.objects.live().filter(locale__language_code="en").first()

    for url in ("/cms/", "/cms/people/", f"/cms/pages/{lesson.pk}/edit/"):
        page.goto(url)
        page.wait_for_load_state("networkidle")

    assert violations == [], "\n".join(violations)
