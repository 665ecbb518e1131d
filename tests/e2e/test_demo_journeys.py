"""What a person does first with the demo data: log in, see their page, see their team."""

import re

import pytest
from playwright.sync_api import Page, expect

from learning.demo import DEMO_LOGINS, DEMO_PASSWORD
from learning.models import Person

pytestmark = [pytest.mark.e2e]

LOGIN_FIELD = "Email or employee number"


def log_in(page: Page, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/")
    page.get_by_role("link", name="Log in", exact=True).click()
    page.get_by_label(LOGIN_FIELD).fill(username)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Log in").click()


def person(key: str) -> Person:
    return Person.objects.select_related("user").get(user__username=DEMO_LOGINS[key].username)


def test_a_daycare_learner_logs_in_and_sees_their_own_page(page, demo):
    learner = person("learner")

    log_in(page, learner.user.username)

    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    expect(page.get_by_text(f"Welcome, {learner.full_name}.")).to_be_visible()
    unit = learner.memberships.get().organisation
    expect(page.get_by_text(unit.name_path)).to_be_visible()
    expect(page.get_by_role("link", name="My team")).to_have_count(0)


def test_a_manager_opens_their_team_and_sees_only_people_in_scope(page, demo):
    in_scope, outside = person("learner"), person("school_head")

    log_in(page, DEMO_LOGINS["daycare_manager"].username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My team").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("My team")
    people = page.get_by_role("table")
    expect(people.get_by_role("link", name=in_scope.full_name)).to_be_visible()
    expect(people.get_by_role("link", name=outside.full_name)).to_have_count(0)
    people.get_by_role("link", name=in_scope.full_name).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(in_scope.full_name)
    expect(page.get_by_text(in_scope.employee_number)).to_be_visible()


def test_a_wrong_password_shows_an_error_and_does_not_log_in(page, demo):
    log_in(page, DEMO_LOGINS["learner"].username, password="not-the-password")

    expect(page.get_by_role("alert")).to_contain_text("and password do not match")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)
