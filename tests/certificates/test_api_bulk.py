"""Bulk checks: up to 1,000 people in one signed answer, in the order asked, each audited,
those out of scope answered as unknown, in a constant number of queries."""

import json

import pytest
from joserfc import jws
from joserfc.jwk import KeySet

from certificates import services
from certificates.models import StatusCheck
from tests import factories
from tests.certificates import api_fixtures
from tests.certificates.api_fixtures import JWKS

pytestmark = pytest.mark.django_db
api = api_fixtures.api  # the fixture


def test_bulk_answers_each_person_in_order_signed_together(api, settings):
    persons = ["FK-3003", "FK-9999", "FK-1111", "FK-0000", "FK-3003"]
    response = api["caller"].bulk({"persons": persons, "track": "assessor"})

    assert response.status_code == 200, response.content
    body = response.json()
    results = body["results"]
    assert [r["person"] for r in results] == persons
    assert results[0]["status"] == "valid" and results[0]["authorised"] is True
    assert results[0]["certificate_number"] == api["certificate"].number
    assert results[1] == {"person": "FK-9999", "status": None, "error": "not_found"}
    assert results[2]["status"] == "none" and results[2]["authorised"] is False
    assert results[3] == {"person": "FK-0000", "status": None, "error": "not_found"}
    assert results[4] == results[0]
    assert all("jws" not in r for r in results)

    keyset = KeySet.import_key_set(api["caller"].http.get(JWKS).json())
    compact = jws.deserialize_compact(body["jws"], keyset, algorithms=["EdDSA"])
    claims = json.loads(compact.payload)
    assert compact.protected["typ"] == "vcr-status+jwt"
    assert set(claims) == {"results", "at", "iss", "aud", "iat", "exp"}
    assert claims["results"] == results and claims["at"] == body["at"]
    assert claims["aud"] == api["credential"].key_id
    assert claims["exp"] - claims["iat"] == settings.CERTIFICATE_STATUS_TTL


def test_every_person_of_a_bulk_is_audited(api):
    persons = ["FK-3003", "FK-9999", "FK-1111", "FK-3003"]
    api["caller"].bulk({"persons": persons, "track": "assessor"})
    checks = StatusCheck.objects.order_by("pk")
    assert [c.employee_number for c in checks] == persons
    assert [c.status for c in checks] == ["valid", "not_found", "none", "valid"]
    assert all(c.bulk for c in checks)
    assert checks[0].certificate == api["certificate"]


def test_bulk_by_instrument_and_at_a_past_moment(api):
    before = api["certificate"].issued_at
    services.certificate_revoke(certificate=api["certificate"], by=api["admin"], reason="Fraud")
    body = (
        api["caller"]
        .bulk({"persons": ["FK-3003", "FK-1111"], "instrument": "demo", "version": "1.0"})
        .json()
    )
    assert [r["status"] for r in body["results"]] == ["revoked", "none"]
    assert body["results"][0]["track"] == "assessor"

    then = (
        api["caller"]
        .bulk({"persons": ["FK-3003"], "track": "assessor", "at": before.isoformat()})
        .json()
    )
    assert then["results"][0]["status"] == "valid"
    assert then["at"].startswith(before.strftime("%Y-%m-%dT%H:%M:%S"))


def test_a_track_outside_the_scope_is_404_for_the_whole_bulk(api):
    response = api["caller"].bulk({"persons": ["FK-3003"], "track": "other-track"})
    unknown = api["caller"].bulk({"persons": ["FK-3003"], "track": "nope"})
    assert response.status_code == unknown.status_code == 404
    assert response.content == unknown.content
    assert StatusCheck.objects.filter(status="not_found", bulk=True).count() == 2


@pytest.mark.parametrize("size", [1, 40])
def test_bulk_queries_do_not_grow_with_the_persons(api, tree, size, django_assert_max_num_queries):
    persons = [
        factories.person(units=[tree["daycare"]], employee_number=f"BULK-{n}").employee_number
        for n in range(size)
    ]
    api["caller"].bulk({"persons": ["FK-3003"], "track": "assessor"})  # caches warm
    from django.db import connection

    # PostgreSQL: persons in scope with certificates, the audit; SQLite reads them apart.
    with django_assert_max_num_queries(2 if connection.vendor == "postgresql" else 3):
        response = api["caller"].bulk({"persons": [*persons, "FK-3003"], "track": "assessor"})
    assert response.status_code == 200
    assert len(response.json()["results"]) == size + 1
