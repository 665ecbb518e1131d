"""On a 390 px phone: no page scrolls sideways, and answer options read as a control with its
label beside it (issue 8 §6)."""

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import Page
from wagtail.models import Locale

from assessments.models import Attempt
from tests import factories
from tests.assessments import builders
from tests.assessments import calibration_builders as build

pytestmark = [pytest.mark.e2e]

PHONE = {"width": 390, "height": 844}
KEY = "demo-calibration"


@pytest.fixture
def learner(transactional_db, live_server):
    # An earlier browser test's flush removes the locale that migrations made.
    Locale.objects.get_or_create(language_code="en")
    unit = factories.organisation("Testby Kommune/Børn og Unge/Dagtilbud Nord", "daycare")
    return factories.person(units=[unit])


def signed_in(page: Page, person, live_server) -> Client:
    """A test client and the browser sharing one session for ``person``."""
    client = Client()
    client.force_login(person.user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.set_viewport_size(PHONE)
    return client


def test_the_calibration_result_does_not_scroll_sideways_at_390_px(page, learner, live_server):
    build.exercise()
    client = signed_in(page, learner, live_server)
    client.post(reverse("calibration_start", args=[KEY]))
    for number, key in enumerate(build.CASES, start=1):
        items, summary = build.panel(key)
        data = {f"item-{code}": value for code, value in build.one_step_off(items).items()}
        client.post(
            reverse("calibration_case", args=[KEY, number]),
            {**data, "summary-risk": summary["risk"], "go": "next"},
        )
    client.post(reverse("calibration_submit", args=[KEY]))

    page.goto(reverse("calibration_result", args=[KEY]))

    assert "PANEL-REASON" in page.content()  # the widest form: the panel's columns shown
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # The tables scroll inside their own regions, which a keyboard can reach and scroll.
    regions = page.locator(".table-scroll[role=region][tabindex='0']")
    assert regions.count() >= 3
    assert regions.first.get_attribute("aria-labelledby")


def test_answer_options_have_no_bullets_and_the_label_beside_the_control(
    page, learner, live_server
):
    bank = builders.bank()
    builders.question(bank, "many", qtype="multiple", options=(("a", True), ("b", True)))
    builders.exam(bank, key="phone-exam")
    client = signed_in(page, learner, live_server)
    client.post(reverse("attempt_start", args=["phone-exam"]))
    attempt = Attempt.objects.get(person=learner)

    page.goto(reverse("attempt_take", args=[attempt.pk]))

    item = page.locator("ul.options li").first
    assert item.evaluate("li => getComputedStyle(li).listStyleType") == "none"
    control = item.locator("input").bounding_box()
    label = item.locator("label").bounding_box()
    assert label["x"] > control["x"] + control["width"]  # beside, not under
    assert label["y"] < control["y"] + control["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
