"""Certification end to end, in a real browser: the demo caseworker takes the
demonstration-instrument track (the theory module, its knowledge check, the calibration),
receives the certificate, downloads the PDF and the credential; the status API answers
"valid" with a JWS that verifies against the JWKS, and the example case system opens its
risk-assessment form. A certification administrator revokes the certificate in the admin:
the API answers "revoked" at once, the webhook fires, and the case system refuses the form.
"""

import json
import urllib.request

import pytest
import requests
from joserfc import jws
from joserfc.jwk import KeySet
from playwright.sync_api import Page, expect

from assessments.demo import EXERCISE_KEY
from assessments.models import CalibrationAttempt, PracticeCase
from certificates.demo import ASSESSOR_TRACK
from learning.demo import DEMO_LOGINS, DEMO_MUNICIPALITY, DEMO_PASSWORD
from learning.models import Organisation, Person
from tests.e2e.test_assessment_journeys import answer, check_ids
from tests.e2e.test_learner_journeys import check_questions, complete_module, course

pytestmark = [pytest.mark.e2e]


def log_in(page: Page, username: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email or employee number").fill(username)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")


def take_the_theory_module(page: Page, person: Person) -> None:
    module = course("demonstration-risk-instrument")
    lessons = module["lessons"]
    page.goto("/en/demonstration-risk-instrument/")
    page.get_by_role("button", name="Enrol and start").click()
    for lesson in lessons[1:]:
        page.get_by_role("button", name="Complete and continue").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson["en"]["title"])
    check = page.locator("section.knowledge-check form")
    for question in check_questions("check-demonstration-risk-instrument"):
        answer(page, question, True, check, check_ids(person, question))
    check.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_text("Well done: you passed the check.")).to_be_visible()


def rate_like_the_panel(page: Page) -> None:
    page.goto(f"/en/calibrate/{EXERCISE_KEY}/")
    page.get_by_role("button", name="Start", exact=True).click()
    attempt = CalibrationAttempt.objects.get(exercise__key=EXERCISE_KEY, status="open")
    by_key = {c.key: c for c in PracticeCase.objects.filter(locale__language_code="en")}
    cases = [by_key[key] for key in attempt.case_keys]
    for number, case in enumerate(cases, start=1):
        for code, rating in dict(case.reference_items).items():
            page.locator(f"input[name='item-{code}'][value='{rating}']").check()
        for key, option in case.reference_summary.items():
            page.locator(f"input[name='summary-{key}'][value='{option}']").check()
        last = number == len(cases)
        page.get_by_role(
            "button", name="Save and go to the overview" if last else "Save and go to the next case"
        ).click()
    page.get_by_role("button", name="Submit for scoring").click()
    expect(page.locator("main")).to_contain_text("Passed")


def verified(token: str, base_url: str) -> dict:
    """The payload of a compact JWS, verified with joserfc against the platform's JWKS."""
    with urllib.request.urlopen(f"{base_url}/.well-known/jwks.json") as answer_:  # noqa: S310
        keys = KeySet.import_key_set(json.load(answer_))
    return json.loads(jws.deserialize_compact(token, keys, algorithms=["EdDSA"]).payload)


@pytest.fixture
def case_system(demo_courses, live_server, settings, monkeypatch):
    """The example case system, its API client (the demo municipality, the assessor
    track) and its webhook subscription, as a certification administrator sets them up."""
    from certificates.api_clients import api_client_create
    from certificates.models import Track
    from certificates.webhook_services import webhook_subscription_create
    from tests.certificates import test_case_system_example as example
    from tests.certificates.receivers import free_port

    settings.SITE_URL = live_server.url  # the JWS's issuer
    settings.WEBHOOK_REQUIRE_HTTPS = False  # the example listens on loopback http
    monkeypatch.setattr(example, "TRACK", ASSESSOR_TRACK)
    track = Track.objects.get(key=ASSESSOR_TRACK, locale__language_code="en")
    credential = api_client_create(
        name="Fjordby case system",
        organisations=[Organisation.objects.get(name_path=DEMO_MUNICIPALITY)],
        tracks=[track],
    )
    port = free_port(8520)  # the port CaseSystem takes
    subscription = webhook_subscription_create(
        client=credential.client,
        url=f"http://127.0.0.1:{port}/webhooks/certification",
        events=["certificate.issued", "certificate.revoked", "certificate.suspended"],
        by=None,
        system=True,
    )
    system = example.CaseSystem(live_server.url, credential.token, subscription.secret)
    assert system.port == port
    yield {"system": system, "token": credential.token}
    system.stop()


def status(live_server, token: str, employee_number: str) -> dict:
    answer_ = requests.get(
        f"{live_server.url}/api/v1/certifications/status",
        params={"person": employee_number, "track": ASSESSOR_TRACK},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert answer_.status_code == 200, answer_.text
    return answer_.json()


def test_a_caseworker_is_certified_checked_and_revoked(page, browser, live_server, case_system):
    from certificates.models import Certificate, WebhookAttempt
    from learning.outbox import outbox_drain

    caseworker = Person.objects.get(user__username=DEMO_LOGINS["assessor"].username)
    number = caseworker.employee_number
    gate = case_system["system"]
    assert gate.form(number).status_code == 403  # not certified yet
    for slug in ("psychological-violence", "detection-cues", "risk-assessment-and-safety-planning"):
        complete_module(caseworker, slug)  # the prerequisites, taken earlier

    log_in(page, caseworker.user.username)
    take_the_theory_module(page, caseworker)
    rate_like_the_panel(page)
    outbox_drain()  # what the worker does after the commit (eager kicks usually did it)

    page.get_by_role("link", name="My certificates").click()
    section = page.get_by_role("region", name="Demonstration instrument – assessor")  # noqa: RUF001
    expect(section).to_contain_text("Valid")
    certificate = Certificate.objects.get(person=caseworker)
    expect(section).to_contain_text(certificate.number)
    with page.expect_download() as pdf:
        section.get_by_role("link", name="Download the certificate (PDF)").click()
    with open(pdf.value.path(), "rb") as file:
        assert file.read(5) == b"%PDF-"
    with page.expect_download() as download:
        section.get_by_role(
            "link", name="Download the digital credential (Open Badges 3.0)"
        ).click()
    with open(download.value.path()) as file:
        credential = verified(file.read().strip(), live_server.url)
    assert credential["credentialSubject"]["achievement"]["name"] == (
        "Demonstration instrument – assessor"  # noqa: RUF001
    )

    answer_ = status(live_server, case_system["token"], number)
    assert answer_["status"] == "valid" and answer_["authorised"] is True
    signed = verified(answer_["jws"], live_server.url)
    assert signed["status"] == "valid" and signed["sub"] == number
    assert signed["certificate_number"] == certificate.number
    opened = gate.form(number)
    assert opened.status_code == 200 and "<form" in opened.text

    # A certification administrator revokes it in the admin.
    admin = browser.new_context(base_url=live_server.url, locale="en-GB").new_page()
    log_in(admin, DEMO_LOGINS["certification_admin"].username)
    admin.goto(f"/cms/certificates/certificates/inspect/{certificate.pk}/")
    admin.get_by_role("link", name="Revoke").click()
    admin.get_by_label("Reason").fill("Complaint upheld")
    admin.get_by_role("button", name="Revoke").click()
    expect(admin.get_by_text(f"Certificate {certificate.number} revoked.")).to_be_visible()
    outbox_drain()

    assert status(live_server, case_system["token"], number)["status"] == "revoked"
    assert WebhookAttempt.objects.filter(
        event__kind="certificate.revoked", status_code__lt=300
    ).exists()
    refused = gate.form(number)
    assert refused.status_code == 403 and "<form" not in refused.text
    page.reload()
    expect(section).to_contain_text("Revoked")
