"""A platform with one case system as an API client: the fixtures of the status API tests
(import the fixture into the test module)."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from certificates import api_auth, services
from certificates.api_clients import api_client_create
from tests import factories
from tests.assessments import calibration_builders as cal
from tests.certificates import builders

STATUS = "/api/v1/certifications/status"
BULK = "/api/v1/certifications/status/bulk"
JWKS = "/.well-known/jwks.json"


class Caller:
    """A case system calling the API over the test client with its credential."""

    def __init__(self, token: str | None):
        self.http = Client()
        self.token = token

    def headers(self, token=None) -> dict:
        token = self.token if token is None else token
        return {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}

    def get(self, token=None, **params):
        return self.http.get(STATUS, params, **self.headers(token))

    def bulk(self, body, token=None, raw: bool = False):
        data = body if raw else json.dumps(body)
        return self.http.post(BULK, data, content_type="application/json", **self.headers(token))


@pytest.fixture
def api(tree):
    """Two tracks (one authorising the demo instrument 1.0), a learner FK-3003 in the
    client's subtree with a certificate, an outsider FK-9999 (another subtree) with one
    too, and a client seeing "Børn og Unge" and the assessor track only."""
    api_auth.api_cache_clear()
    exercise = cal.exercise()
    track = builders.track("assessor", exercise=exercise)
    other = builders.track("other-track")
    learner = factories.person(units=[tree["daycare"]], employee_number="FK-3003")
    outsider = factories.person(units=[tree["jobs"]], employee_number="FK-9999")
    nobody = factories.person(units=[tree["school"]], employee_number="FK-1111")
    admin = factories.person(units=[tree["root"]], roles=["certification_admin"])
    certificate = services.certificate_issue_manual(
        person=learner, track=track, by=admin.user, reason="Certified at the academy"
    )
    services.certificate_issue_manual(
        person=outsider, track=track, by=admin.user, reason="Certified at the academy"
    )
    services.certificate_issue_manual(
        person=learner, track=other, by=admin.user, reason="Certified at the academy"
    )
    builders.signing_key()
    credential = api_client_create(
        name="Case system", organisations=[tree["children"]], tracks=[track]
    )
    yield {
        "track": track,
        "other": other,
        "instrument": exercise.instrument,
        "learner": learner,
        "outsider": outsider,
        "nobody": nobody,
        "admin": admin.user,
        "certificate": certificate,
        "credential": credential,
        "caller": Caller(credential.token),
    }
    api_auth.api_cache_clear()
