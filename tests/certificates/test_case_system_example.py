"""The example case system (``examples/case_system``) in its own process, against the
platform served by ``live_server``: it opens the risk-assessment form only for a certified
caseworker, keeps the verified answer until its ``exp``, drops it when the revocation
webhook arrives (delivered by the outbox relay), refuses forged webhooks, and refuses the
form when the platform is down or its answer does not verify.

The tests against the live platform need the status API (``certificates.api_clients``, built
on the "api" branch); they are skipped only while that module is absent. The adversarial
tests against a fake platform run either way."""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.certificates.receivers import free_port

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TRACK = "assessor"
HAS_API = importlib.util.find_spec("certificates.api_clients") is not None
needs_api = pytest.mark.skipif(
    not HAS_API, reason="the status API (certificates.api_clients) is not on this branch yet"
)


class CaseSystem:
    """The example app as a subprocess configured by environment variables."""

    def __init__(self, platform_url: str, api_key: str, webhook_secret: str):
        self.port = free_port(8520)
        env = {
            **os.environ,
            "PLATFORM_URL": platform_url,
            "PLATFORM_API_KEY": api_key,
            "WEBHOOK_SECRET": webhook_secret,
            "TRACK": TRACK,
            "PORT": str(self.port),
            "LOG_LEVEL": "WARNING",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "case_system"], cwd=EXAMPLES, env=env
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url("/healthz"), timeout=1).ok:
                    return
            except requests.ConnectionError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the example case system did not start")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def webhook_url(self) -> str:
        return self.url("/webhooks/certification")

    def form(self, caseworker: str) -> requests.Response:
        return requests.get(
            self.url("/risk-assessments/new"), params={"caseworker": caseworker}, timeout=10
        )

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def forged_webhook(secret: str, body: dict, msg_id: str = "forged-1") -> tuple[dict, bytes]:
    """A webhook signed as Standard Webhooks says, with ``secret``."""
    import hashlib
    import hmac

    raw = json.dumps(body).encode()
    stamp = str(int(time.time()))
    key = base64.b64decode(secret.removeprefix("whsec_"))
    mac = hmac.new(key, f"{msg_id}.{stamp}.".encode() + raw, hashlib.sha256).digest()
    headers = {
        "webhook-id": msg_id,
        "webhook-timestamp": stamp,
        "webhook-signature": "v1," + base64.b64encode(mac).decode(),
        "content-type": "application/json",
    }
    return headers, raw


REVOKED = {"type": "certificate.revoked", "timestamp": "2026-01-01T00:00:00Z"}


# --- Against the live platform ----------------------------------------------------------------
@pytest.fixture
def platform(transactional_db, live_server, settings, tree):

    from certificates import webhook_services
    from certificates.api_clients import api_client_create  # the "api" branch
    from tests import factories
    from tests.assessments import calibration_builders as cal
    from tests.certificates import builders

    builders.locales_ensure()  # flushed by an earlier test
    settings.SITE_URL = live_server.url  # the JWS's iss
    settings.WEBHOOK_REQUIRE_HTTPS = False
    builders.signing_key()
    track = builders.track(TRACK, instrument=cal.instrument())
    learner = factories.person(units=[tree["daycare"]], employee_number="FK-3003")
    uncertified = factories.person(units=[tree["school"]], employee_number="FK-1111")
    colleague = factories.person(units=[tree["school"]], employee_number="FK-3004")
    admin = factories.person(units=[tree["root"]], roles=["certification_admin"]).user
    credential = api_client_create(
        name="Fjordby case system", organisations=[tree["children"]], tracks=[track]
    )
    example_port = free_port(8520)
    subscription = webhook_services.webhook_subscription_create(
        client=credential.client,
        url=f"http://127.0.0.1:{example_port}/webhooks/certification",
        events=["certificate.revoked", "certificate.suspended", "certificate.expired"],
        by=admin,
    )
    case_system = CaseSystem(live_server.url, credential.token, subscription.secret)
    assert case_system.port == example_port
    from certificates import services

    certificate = services.certificate_issue_manual(
        person=learner, track=track, by=admin, reason="Certified at the academy"
    )
    services.certificate_issue_manual(
        person=colleague, track=track, by=admin, reason="Certified at the academy"
    )
    yield {
        "case_system": case_system,
        "certificate": certificate,
        "admin": admin,
        "secret": subscription.secret,
        "uncertified": uncertified,
    }
    case_system.stop()


@needs_api
def test_a_revocation_closes_the_form_at_once(platform):
    from certificates import services
    from certificates.models import WebhookAttempt
    from learning.outbox import outbox_drain

    case_system = platform["case_system"]
    opened = case_system.form("FK-3003")
    assert opened.status_code == 200 and "<form method='post'" in opened.text
    assert opened.headers["X-Gate-Answer"] == "platform"
    again = case_system.form("FK-3003")
    assert again.status_code == 200 and again.headers["X-Gate-Answer"] == "cache"

    # A forged revocation (wrong secret) and an altered one (body changed after signing)
    # are refused, and the cached answer stays.
    body = {**REVOKED, "data": {"person": "FK-3003", "track": TRACK}}
    headers, raw = forged_webhook("whsec_" + base64.b64encode(b"x" * 32).decode(), body)
    assert (
        requests.post(case_system.webhook_url, raw, headers=headers, timeout=5).status_code == 401
    )
    headers, raw = forged_webhook(platform["secret"], {**body, "type": "certificate.issued"})
    altered = raw.replace(b"certificate.issued", b"certificate.revoked")
    assert (
        requests.post(case_system.webhook_url, altered, headers=headers, timeout=5).status_code
        == 401
    )
    kept = case_system.form("FK-3003")
    assert kept.status_code == 200 and kept.headers["X-Gate-Answer"] == "cache"

    issued_at = time.time()
    services.certificate_revoke(
        certificate=platform["certificate"], by=platform["admin"], reason="Complaint upheld"
    )
    outbox_drain()  # what the worker does (the eager kick has usually delivered it already)
    attempt = WebhookAttempt.objects.get(event__kind="certificate.revoked")
    assert attempt.status_code == 204

    refused = case_system.form("FK-3003")
    assert time.time() - issued_at < 60  # the cached answer's exp (300 s) has not passed
    assert refused.status_code == 403 and refused.headers["X-Gate-Answer"] == "platform"
    assert refused.headers["X-Gate-Status"] == "revoked"
    assert "does not hold a valid certification" in refused.text
    assert "<form method='post'" not in refused.text


@needs_api
def test_an_uncertified_caseworker_is_refused(platform):
    refused = platform["case_system"].form("FK-1111")
    assert refused.status_code == 403 and "<form method='post'" not in refused.text
    unknown = platform["case_system"].form("FK-0000")  # not known to the platform: 404
    assert unknown.status_code == 403 and "<form method='post'" not in unknown.text


@needs_api
def test_a_key_rotation_reaches_the_example_through_the_jwks(platform):
    from certificates.keys import signing_key_create

    case_system = platform["case_system"]
    assert case_system.form("FK-3003").status_code == 200  # the JWKS is fetched and kept
    signing_key_create()  # answers are signed with a key the example has not seen
    time.sleep(1.2)  # the example refetches an unknown kid at most once a second
    opened = case_system.form("FK-3004")
    assert opened.status_code == 200 and opened.headers["X-Gate-Answer"] == "platform"
    assert case_system.form("FK-3003").headers["X-Gate-Answer"] == "cache"


# --- Fail closed, against no platform or a fake one ------------------------------------------
def test_the_platform_down_refuses_the_form():
    case_system = CaseSystem(f"http://127.0.0.1:{free_port()}", "vcr_x.y", "whsec_AAAA")
    try:
        refused = case_system.form("FK-3003")
    finally:
        case_system.stop()
    assert refused.status_code == 503
    assert "could not be confirmed" in refused.text and "cannot be reached" in refused.text
    assert "<form method='post'" not in refused.text


class FakePlatform:
    """Serves a JWKS with ``published`` and a status answer signed with ``signer``."""

    def __init__(self, published, signer, claims: dict):
        fake = self
        self.port = free_port(8540)
        self.claims = claims

        def jwk(private) -> dict:
            from cryptography.hazmat.primitives import serialization

            raw = private.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
            x = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
            return {"kty": "OKP", "crv": "Ed25519", "x": x, "kid": "k1", "alg": "EdDSA"}

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path.startswith("/.well-known/jwks.json"):
                    payload = {"keys": [jwk(published)]}
                else:
                    now = int(time.time())
                    token = jwt.encode(
                        {"iss": f"http://127.0.0.1:{fake.port}", "iat": now, "exp": now + 300}
                        | fake.claims,
                        signer,
                        algorithm="EdDSA",
                        headers={"kid": "k1", "typ": "vcr-status+jwt"},
                    )
                    payload = {**fake.claims, "jws": token}
                raw = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


VALID = {
    "sub": "FK-3003",
    "person": "FK-3003",
    "track": TRACK,
    "status": "valid",
    "authorised": True,
    "aud": "vcr_casesystem0001",
}


@pytest.mark.parametrize(
    "case",
    ["signed with another key", "for another client", "about someone else"],
)
def test_an_answer_that_does_not_verify_refuses_the_form(case):
    published = Ed25519PrivateKey.generate()
    signer = Ed25519PrivateKey.generate() if case == "signed with another key" else published
    claims = dict(VALID)
    if case == "for another client":
        claims["aud"] = "vcr_someoneelse0001"
    if case == "about someone else":
        claims["sub"] = claims["person"] = "FK-9999"
    fake = FakePlatform(published, signer, claims)
    case_system = CaseSystem(fake.url, "vcr_casesystem0001.secret", "whsec_AAAA")
    try:
        refused = case_system.form("FK-3003")
    finally:
        case_system.stop()
        fake.stop()
    assert refused.status_code == 503 and "<form method='post'" not in refused.text


def test_a_well_signed_answer_from_the_fake_platform_opens_the_form():
    """The control of the test above: the same fake platform, the right key, opens it."""
    key = Ed25519PrivateKey.generate()
    fake = FakePlatform(key, key, dict(VALID))
    case_system = CaseSystem(fake.url, "vcr_casesystem0001.secret", "whsec_AAAA")
    try:
        opened = case_system.form("FK-3003")
    finally:
        case_system.stop()
        fake.stop()
    assert opened.status_code == 200 and "<form method='post'" in opened.text


@needs_api
@pytest.mark.django_db
def test_the_set_up_command_prints_a_working_environment_once_per_run(tree, settings):
    """``manage.py case_system_example``: a client and a webhook for the example; run again,
    the old secrets stop and there is still one subscription."""
    from io import StringIO

    from django.core.management import call_command

    from certificates.api_auth import client_scope_get
    from certificates.models import WebhookSubscription
    from tests.certificates import builders

    settings.WEBHOOK_REQUIRE_HTTPS = False
    builders.track(TRACK)

    def run() -> dict:
        out = StringIO()
        call_command("case_system_example", track=TRACK, organisation="Testby Kommune", stdout=out)
        pairs = [w.split("=", 1) for w in out.getvalue().split() if "=" in w]
        return {k: v.strip("'") for k, v in pairs}

    first, second = run(), run()
    assert first["PLATFORM_API_KEY"] != second["PLATFORM_API_KEY"]
    assert second["WEBHOOK_SECRET"].startswith("whsec_")
    assert WebhookSubscription.objects.count() == 1
    assert client_scope_get(second["PLATFORM_API_KEY"].split(".")[0]) is not None
    from django.test import Client

    def ask(token):
        return (
            Client()
            .get(
                "/api/v1/certifications/status",
                {"person": "FK-0000", "track": TRACK},
                HTTP_AUTHORIZATION=f"Bearer {token}",
            )
            .status_code
        )

    assert ask(first["PLATFORM_API_KEY"]) == 401 and ask(second["PLATFORM_API_KEY"]) == 404
