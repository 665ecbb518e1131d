"""Every bad input gets a 400 saying what is wrong ({"errors": {param: [message]}}), and an
answer that cannot be computed, signed or audited is a 503, never a status."""

import json
from datetime import timedelta
from unittest import mock

import pytest
from django.db import OperationalError
from django.utils import timezone

from certificates import keys
from certificates.models import SigningKey, StatusCheck
from tests.certificates import api_fixtures

pytestmark = pytest.mark.django_db
api = api_fixtures.api  # the fixture

FUTURE = (timezone.now() + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    ("params", "param", "says"),
    [
        ({"track": "assessor"}, "person", "required"),
        ({"person": "", "track": "assessor"}, "person", "blank"),
        ({"person": "   ", "track": "assessor"}, "person", "blank"),
        ({"person": "x" * 65, "track": "assessor"}, "person", "64"),
        ({"person": "FK-3003"}, "track", "track or instrument"),
        ({"person": "FK-3003", "track": "assessor", "instrument": "demo"}, "track", "not both"),
        ({"person": "FK-3003", "track": "assessor", "version": "1.0"}, "version", "instrument"),
        ({"person": "FK-3003", "version": "1.0"}, "track", "track or instrument"),
        ({"person": "FK-3003", "track": "assessor", "at": "yesterday"}, "at", "ISO 8601"),
        ({"person": "FK-3003", "track": "assessor", "at": "2026-01-01"}, "at", "ISO 8601"),
        ({"person": "FK-3003", "track": "assessor", "at": "2026-13-01T00:00Z"}, "at", "ISO 8601"),
        (
            {"person": "FK-3003", "track": "assessor", "at": "2026-01-01T10:00:00"},
            "at",
            "time zone",
        ),
        ({"person": "FK-3003", "track": "assessor", "at": FUTURE}, "at", "future"),
    ],
)
def test_bad_queries_get_400_saying_what_is_wrong(api, params, param, says):
    response = api["caller"].get(**params)
    assert response.status_code == 400, response.content
    errors = response.json()["errors"]
    assert says.lower() in " ".join(errors[param]).lower(), errors
    assert not StatusCheck.objects.exists()


def test_an_offset_is_accepted_and_a_moment_just_ahead_is_now(api):
    ok = api["caller"].get(person="FK-3003", track="assessor", at="2026-06-01T12:00:00+02:00")
    assert ok.status_code == 200
    soon = (timezone.now() + timedelta(seconds=20)).isoformat()
    assert api["caller"].get(person="FK-3003", track="assessor", at=soon).status_code == 200


@pytest.mark.parametrize(
    ("body", "param", "says"),
    [
        ("not json", "body", "not json"),
        ("", "body", "not json"),
        ("[1, 2]", "body", "object"),
        ('"FK-3003"', "body", "object"),
        ({"track": "assessor"}, "persons", "required"),
        ({"persons": "FK-3003", "track": "assessor"}, "persons", "list"),
        ({"persons": [], "track": "assessor"}, "persons", "at least one"),
        ({"persons": [3003], "track": "assessor"}, "persons", "string"),
        ({"persons": [None], "track": "assessor"}, "persons", "null"),
        ({"persons": [["FK-3003"]], "track": "assessor"}, "persons", "string"),
        ({"persons": [""], "track": "assessor"}, "persons", "blank"),
        ({"persons": ["FK-3003"]}, "track", "track or instrument"),
        ({"persons": ["FK-3003"], "track": 7}, "track", "string"),
        ({"persons": ["FK-3003"], "track": "assessor", "instrument": "demo"}, "track", "both"),
        ({"persons": ["FK-3003"], "track": "assessor", "at": "2026-01-01T00:00"}, "at", "zone"),
        ({"persons": ["FK-3003"], "track": "assessor", "at": FUTURE}, "at", "future"),
        ({"persons": ["FK-3003"], "track": "assessor", "at": 1700000000}, "at", "ISO"),
    ],
)
def test_bad_bulk_bodies_get_400_saying_what_is_wrong(api, body, param, says):
    raw = isinstance(body, str)
    response = api["caller"].bulk(body, raw=raw)
    assert response.status_code == 400, response.content
    errors = response.json()["errors"]
    assert param in errors, errors
    assert says.lower() in json.dumps(errors[param]).lower(), errors


def test_bulk_allows_1000_persons_and_refuses_1001(api):
    persons = [f"FK-{n:04d}" for n in range(1000)]
    assert api["caller"].bulk({"persons": persons, "track": "assessor"}).status_code == 200
    response = api["caller"].bulk({"persons": [*persons, "FK-3003"], "track": "assessor"})
    assert response.status_code == 400
    assert "1000" in json.dumps(response.json()["errors"]["persons"])


def test_a_missing_signing_key_is_503_never_a_status(api):
    api["caller"].get(person="FK-3003", track="assessor")  # the key is cached in the process
    SigningKey.objects.all().delete()
    keys._cache_clear()

    for response in (
        api["caller"].get(person="FK-3003", track="assessor"),
        api["caller"].bulk({"persons": ["FK-3003"], "track": "assessor"}),
    ):
        assert response.status_code == 503
        assert set(response.json()) == {"detail"}
        assert b"valid" not in response.content
    assert StatusCheck.objects.count() == 1  # only the answer that was given


def test_an_undecryptable_signing_key_is_503(api):
    SigningKey.objects.update(private_key="gAAAA-not-a-fernet-token")
    keys._cache_clear()
    keys._private.clear()
    assert api["caller"].get(person="FK-3003", track="assessor").status_code == 503


@pytest.mark.parametrize(
    ("target", "at"),
    [
        ("certificates.api_selectors.status_now_in_scope", None),
        ("certificates.status_api._audit", None),
        ("certificates.api_selectors.persons_in_scope", "2026-01-01T00:00:00Z"),
        ("certificates.selectors.status_answers", "2026-01-01T00:00:00Z"),
        ("certificates.status_api._audit", "2026-01-01T00:00:00Z"),
    ],
)
def test_a_database_error_is_503_never_a_status(api, target, at):
    params = {"person": "FK-3003", "track": "assessor", **({"at": at} if at else {})}
    with mock.patch(target, side_effect=OperationalError("server closed the connection")):
        response = api["caller"].get(**params)
    assert response.status_code == 503
    assert set(response.json()) == {"detail"}


def test_a_database_error_in_bulk_or_authentication_is_503(api):
    with mock.patch(
        "certificates.status_api._audit",
        side_effect=OperationalError("disk full"),
    ):
        response = api["caller"].bulk({"persons": ["FK-3003"], "track": "assessor"})
    assert response.status_code == 503
    from certificates import api_auth

    api_auth.api_cache_clear()
    with mock.patch(
        "certificates.api_auth._load", side_effect=OperationalError("connection refused")
    ):
        response = api["caller"].get(person="FK-3003", track="assessor")
    assert response.status_code == 503 and set(response.json()) == {"detail"}


def test_the_jwks_is_503_when_the_database_is_down(api):
    with mock.patch("certificates.rest_api.v1.views.jwks", side_effect=OperationalError("down")):
        response = api["caller"].http.get("/.well-known/jwks.json")
    assert response.status_code == 503
