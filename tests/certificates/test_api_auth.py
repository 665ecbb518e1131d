"""Who may ask: missing, malformed, unknown, expired and revoked credentials get 401 with
``WWW-Authenticate: Bearer``; a rotation keeps the old secret working for the overlap
only; a deactivated client and a narrowed scope stop at once (the per-process cache is
invalidated); one client's key id with another's secret is refused."""

import dataclasses
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from certificates import api_auth
from certificates.api_clients import (
    api_client_create,
    api_client_deactivate,
    api_client_secret_revoke,
    api_client_secret_rotate,
)
from certificates.models import ApiClientSecret, StatusCheck
from tests.certificates import api_fixtures

pytestmark = pytest.mark.django_db
api = api_fixtures.api  # the fixture


def _status(api, token=None, **params) -> int:
    params = params or {"person": "FK-3003", "track": "assessor"}
    return api["caller"].get(token, **params).status_code


def _refused(response) -> None:
    assert response.status_code == 401, response.content
    assert response["WWW-Authenticate"] == "Bearer"
    assert set(response.json()) == {"detail"}


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer vcr_nodot",
        "Bearer .secret",
        "Bearer vcr_unknownunknown.secret",
        "Token {token}",
    ],
)
def test_missing_or_bad_credentials_are_refused(api, header):
    kwargs = {}
    if header is not None:
        kwargs["HTTP_AUTHORIZATION"] = header.format(token=api["credential"].token)
    response = api["caller"].http.get(
        "/api/v1/certifications/status", {"person": "FK-3003", "track": "assessor"}, **kwargs
    )
    _refused(response)
    assert not StatusCheck.objects.exists()


def test_a_wrong_secret_for_a_real_key_id_is_refused(api):
    credential = api["credential"]
    _refused(api["caller"].get(f"{credential.key_id}.{credential.secret[:-1]}x"))


def test_a_key_id_with_another_clients_secret_is_refused(api, tree):
    other = api_client_create(name="Police tool", organisations=[tree["root"]], tracks=[])
    mixed = f"{api['credential'].key_id}.{other.secret}"
    _refused(api["caller"].get(mixed))
    mixed = f"{other.key_id}.{api['credential'].secret}"
    _refused(api["caller"].get(mixed))


def test_the_secret_is_stored_only_hashed(api):
    stored = ApiClientSecret.objects.get(client=api["credential"].client)
    assert stored.secret_hash.startswith("hmac-sha256$")
    assert api["credential"].secret not in stored.secret_hash
    assert api["credential"].key_id.startswith("vcr_") and len(api["credential"].key_id) == 20


def test_rotation_keeps_the_old_secret_for_the_overlap_only(api):
    old = api["credential"]
    assert _status(api) == 200  # cached now
    new = api_client_secret_rotate(client=old.client, overlap=timedelta(days=7))
    assert new.key_id == old.key_id and new.secret != old.secret

    assert _status(api, new.token) == 200
    assert _status(api, old.token) == 200  # the overlap
    with time_machine.travel(timezone.now() + timedelta(days=7, seconds=1)):
        _refused(api["caller"].get(old.token))
        assert _status(api, new.token) == 200


def test_rotation_without_overlap_ends_the_old_secret_at_once(api):
    old = api["credential"]
    assert _status(api) == 200
    new = api_client_secret_rotate(client=old.client, overlap=timedelta(0))
    with time_machine.travel(timezone.now() + timedelta(seconds=1)):
        _refused(api["caller"].get(old.token))
        assert _status(api, new.token) == 200


def test_a_revoked_secret_stops_at_once_despite_the_cache(api):
    credential = api["credential"]
    assert _status(api) == 200  # client and secrets cached in this process
    assert api_client_secret_revoke(client=credential.client) == 1
    _refused(api["caller"].get())


def test_revoking_one_secret_leaves_the_other(api):
    old = api["credential"]
    new = api_client_secret_rotate(client=old.client)
    old_row = ApiClientSecret.objects.filter(client=old.client).order_by("created_at").first()
    api_client_secret_revoke(client=old.client, secret_id=old_row.pk)
    _refused(api["caller"].get(old.token))
    assert _status(api, new.token) == 200


def test_a_deactivated_client_stops_at_once(api):
    assert _status(api) == 200
    api_client_deactivate(client=api["credential"].client)
    _refused(api["caller"].get())


def test_a_narrowed_scope_applies_at_once(api, tree):
    assert _status(api) == 200
    client = api["credential"].client
    client.organisations.set([tree["jobs"]])
    assert _status(api) == 404
    assert _status(api, person="FK-9999", track="assessor") == 200
    client.tracks.clear()
    response = api["caller"].get()
    assert response.status_code == 403 and set(response.json()) == {"detail"}


def test_without_the_generation_the_cache_still_ends_within_its_bound(api):
    """Redis unreachable: a change made elsewhere is seen within CACHE_SECONDS."""
    from django.core.cache import cache

    assert _status(api) == 200
    ApiClientSecret.objects.filter(client=api["credential"].client).update(
        revoked_at=timezone.now()
    )  # a queryset update sends no signal, as another process's change we did not hear
    cache.delete(api_auth.GENERATION_KEY)  # as Redis down: the cache get answers None
    key_id = api["credential"].key_id
    entry = dataclasses.replace(api_auth._clients[key_id], generation=None)
    api_auth._clients[key_id] = entry
    assert _status(api) == 200  # still cached: within the bound
    api_auth._clients[key_id] = dataclasses.replace(
        entry, loaded_at=entry.loaded_at - api_auth.CACHE_SECONDS - 1
    )
    _refused(api["caller"].get())


def test_the_session_of_a_signed_in_user_is_no_credential(api, client):
    client.force_login(api["admin"])
    response = client.get(
        "/api/v1/certifications/status", {"person": "FK-3003", "track": "assessor"}
    )
    _refused(response)
