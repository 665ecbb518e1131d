"""The status API as a case system uses it: a signed answer it can verify offline against
the published keys, revocation seen at once, answers for a past moment, by instrument, and
nothing about people or tracks outside its scope."""

import base64
import json
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from joserfc import jws, jwt
from joserfc.errors import BadSignatureError, ExpiredTokenError
from joserfc.jwk import KeySet

from certificates import services
from certificates.models import StatusCheck
from tests.certificates import api_fixtures
from tests.certificates.api_fixtures import JWKS

pytestmark = pytest.mark.django_db
api = api_fixtures.api  # the fixture


def _keys(caller) -> KeySet:
    response = caller.http.get(JWKS)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=300"
    return KeySet.import_key_set(response.json())


def _verified(caller, token: str) -> dict:
    """The JWS checked with joserfc against the JWKS the platform serves over HTTP."""
    compact = jws.deserialize_compact(token, _keys(caller), algorithms=["EdDSA"])
    assert compact.protected["typ"] == "vcr-status+jwt"
    assert compact.protected["alg"] == "EdDSA" and compact.protected["kid"]
    return json.loads(compact.payload)


def test_a_valid_certificate_gets_a_signed_valid_answer(api, settings):
    response = api["caller"].get(person="FK-3003", track="assessor")

    assert response.status_code == 200, response.content
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    certificate = api["certificate"]
    assert body["status"] == "valid" and body["authorised"] is True
    assert body["person"] == "FK-3003" and body["track"] == "assessor"
    assert body["certificate_number"] == certificate.number
    assert body["instrument"] == {
        "key": "demo",
        "name": "Demonstration instrument",
        "version": "1.0",
    }
    assert body["valid_until"].startswith(certificate.valid_until.date().isoformat())
    assert body["valid_from"] and body["grace_until"] and body["at"] and body["checked_at"]

    claims = _verified(api["caller"], body["jws"])
    without = {k: v for k, v in body.items() if k != "jws"}
    assert {k: claims[k] for k in without} == without
    assert claims["iss"] == settings.SITE_URL
    assert claims["sub"] == "FK-3003"
    assert claims["aud"] == api["credential"].key_id
    assert claims["exp"] - claims["iat"] == settings.CERTIFICATE_STATUS_TTL == 300


def test_every_check_is_audited(api):
    api["caller"].get(person="FK-3003", track="assessor")
    check = StatusCheck.objects.get()
    assert check.client.name == "Case system"
    assert check.employee_number == "FK-3003" and check.person == api["learner"]
    assert check.track_key == "assessor" and check.status == "valid"
    assert check.certificate == api["certificate"] and not check.bulk and check.at is None


def test_a_revocation_answers_revoked_at_once(api):
    assert api["caller"].get(person="FK-3003", track="assessor").json()["status"] == "valid"
    services.certificate_revoke(certificate=api["certificate"], by=api["admin"], reason="Fraud")

    body = api["caller"].get(person="FK-3003", track="assessor").json()
    assert body["status"] == "revoked" and body["authorised"] is False
    assert _verified(api["caller"], body["jws"])["status"] == "revoked"


def test_at_answers_for_a_past_moment(api):
    before = timezone.now()
    services.certificate_revoke(certificate=api["certificate"], by=api["admin"], reason="Fraud")
    at = (before + timedelta(microseconds=1)).isoformat()

    then = api["caller"].get(person="FK-3003", track="assessor", at=at).json()
    assert then["status"] == "valid" and then["authorised"] is True
    assert then["at"].startswith(before.strftime("%Y-%m-%dT%H:%M"))
    assert api["caller"].get(person="FK-3003", track="assessor").json()["status"] == "revoked"
    long_ago = api["caller"].get(person="FK-3003", track="assessor", at="2020-01-01T00:00:00Z")
    assert long_ago.json()["status"] == "none" and long_ago.json()["certificate_number"] is None
    assert StatusCheck.objects.filter(at__isnull=False).count() == 2


def test_the_instrument_query_considers_only_the_clients_tracks(api):
    body = api["caller"].get(person="FK-3003", instrument="demo", version="1.0").json()
    assert body["status"] == "valid" and body["track"] == "assessor"
    assert body["instrument"]["version"] == "1.0"
    assert _verified(api["caller"], body["jws"])["instrument"]["key"] == "demo"

    unversioned = api["caller"].get(person="FK-3003", instrument="demo").json()
    assert unversioned["status"] == "valid"
    other_version = api["caller"].get(person="FK-3003", instrument="demo", version="2.0")
    assert other_version.status_code == 404  # no track of the client authorises 2.0
    assert api["caller"].get(person="FK-1111", instrument="demo").json()["status"] == "none"


def test_out_of_scope_person_and_track_answer_like_unknown_ones(api):
    caller = api["caller"]
    outsider = caller.get(person="FK-9999", track="assessor")  # exists, has a certificate
    unknown_person = caller.get(person="FK-0000", track="assessor")
    other_track = caller.get(person="FK-3003", track="other-track")  # holds it, not in scope
    unknown_track = caller.get(person="FK-3003", track="no-such-track")
    unknown_instrument = caller.get(person="FK-3003", instrument="sara-sv")

    responses = [outsider, unknown_person, other_track, unknown_track, unknown_instrument]
    assert {r.status_code for r in responses} == {404}
    assert len({r.content for r in responses}) == 1
    assert "jws" not in outsider.json() and "status" not in outsider.json()
    assert StatusCheck.objects.filter(status="not_found").count() == 5


def test_a_respelled_employee_number_matches_only_after_trimming(api):
    """Employee numbers match exactly once surrounding whitespace is trimmed: a case
    system must not reach FK-3003 (or anyone) by another spelling."""
    caller = api["caller"]
    assert caller.get(person="  FK-3003 ", track="assessor").json()["status"] == "valid"
    for respelled in ("fk-3003", "FK3003", "FK-3003%", "FK-30%", "FK-300_"):
        assert caller.get(person=respelled, track="assessor").status_code == 404, respelled


def test_a_replayed_answer_is_recognisably_stale(api):
    body = api["caller"].get(person="FK-3003", track="assessor").json()
    keys = _keys(api["caller"])
    registry = jwt.JWTClaimsRegistry(exp={"essential": True}, iat={"essential": True})
    registry.validate(jwt.decode(body["jws"], keys, algorithms=["EdDSA"]).claims)

    with (
        time_machine.travel(timezone.now() + timedelta(seconds=301)),
        pytest.raises(ExpiredTokenError),
    ):
        registry.validate(jwt.decode(body["jws"], keys, algorithms=["EdDSA"]).claims)


def test_a_tampered_answer_does_not_verify(api):
    body = api["caller"].get(person="FK-3003", track="assessor").json()
    header, payload, signature = body["jws"].split(".")

    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["status"] = "valid"
    claims["person"] = claims["sub"] = "FK-0001"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(BadSignatureError):
        jws.deserialize_compact(
            f"{header}.{forged}.{signature}", _keys(api["caller"]), algorithms=["EdDSA"]
        )


def test_a_single_check_has_a_query_budget(api, django_assert_max_num_queries):
    caller = api["caller"]
    caller.get(person="FK-3003", track="assessor")  # client, scope and key now cached
    from django.db import connection

    # PostgreSQL: the person in scope with the certificate, the audit row; the embedded
    # SQLite default reads the person and the certificate apart.
    hot_path = 2 if connection.vendor == "postgresql" else 3
    with django_assert_max_num_queries(hot_path):
        assert caller.get(person="FK-3003", track="assessor").status_code == 200
    with django_assert_max_num_queries(4):  # and the actions, for a past moment
        assert (
            caller.get(person="FK-3003", track="assessor", at="2025-01-01T00:00:00Z").status_code
            == 200
        )


def test_the_schema_and_docs_page_are_generated_from_the_code(api):
    http = api["caller"].http
    schema = http.get("/api/v1/schema/", {"format": "json"})
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert set(paths) == {
        "/api/v1/certifications/status",
        "/api/v1/certifications/status/bulk",
        "/.well-known/jwks.json",
    }
    parameters = {p["name"] for p in paths["/api/v1/certifications/status"]["get"]["parameters"]}
    assert {"person", "track", "instrument", "version", "at"} <= parameters

    docs = http.get("/api/v1/docs/")
    assert docs.status_code == 200
    page = docs.content.decode()
    assert "GET /api/v1/certifications/status" in page and "certificate_number" in page
    # The site's strict policy holds: nothing from elsewhere, no script at all.
    assert "<script" not in page and "cdn" not in page.lower()
    assert "script-src 'self'" in docs["Content-Security-Policy"]
