"""Clients of /xapi/statements: Basic auth with a secret stored as a keyed hash, scopes,
``last_used_at``, and the admin that creates them, shows the secret once and rotates it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from learning.models import StatementClient, User
from learning.security import secret_hash, secret_matches
from learning.xapi.auth import client_create, client_rotate
from tests import factories
from tests.xapi.conftest import XapiHttp, statement

pytestmark = pytest.mark.django_db


def test_the_secret_is_stored_only_as_a_keyed_hash(settings):
    credentials = client_create(name="lms", scopes=["statements/read"])
    stored = StatementClient.objects.get(pk=credentials.client.pk).secret_hash
    assert credentials.secret not in stored
    assert stored.startswith("hmac-sha256$")
    assert secret_matches(credentials.secret, stored)
    assert not secret_matches(credentials.secret + "x", stored)
    settings.API_SECRET_HASH_KEY = "another key"
    assert secret_hash(credentials.secret) != stored  # keyed: the table alone checks nothing


@pytest.mark.parametrize(
    "authorization",
    [None, "Basic", "Basic !!!", "Bearer abc", "Basic " + "dXNlcg=="],  # "user", no colon
)
def test_no_or_malformed_credentials_are_401_with_a_challenge(authorization, db):
    api = XapiHttp()
    if authorization:
        api.headers["Authorization"] = authorization
    response = api.get()
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Basic")
    assert response.json()["message"]


def test_a_wrong_secret_an_unknown_key_and_an_inactive_client_are_401(db):
    credentials = client_create(name="lms", scopes=["statements/read"])
    assert XapiHttp(credentials.client.key, "wrong").get().status_code == 401
    assert XapiHttp("unknown", credentials.secret).get().status_code == 401
    assert XapiHttp(credentials.client.key, credentials.secret).get().status_code == 200
    StatementClient.objects.filter(pk=credentials.client.pk).update(active=False)
    inactive = XapiHttp(credentials.client.key, credentials.secret).get()
    assert inactive.status_code == 401
    assert inactive["WWW-Authenticate"].startswith("Basic")


def test_scopes_are_enforced_with_403(db):
    reader = client_create(name="report", scopes=["statements/read"])
    writer = client_create(name="content", scopes=["statements/write"])
    read = XapiHttp(reader.client.key, reader.secret)
    write = XapiHttp(writer.client.key, writer.secret)

    refused = read.post(statement())
    assert refused.status_code == 403
    assert "statements/write" in refused.json()["message"]
    sent = statement()
    assert read.put(sent, sent["id"]).status_code == 403
    assert write.get().status_code == 403
    assert write.post(statement()).status_code == 200


def test_last_used_at_is_written_at_most_once_a_minute(db):
    credentials = client_create(name="lms", scopes=["statements/read"])
    api = XapiHttp(credentials.client.key, credentials.secret)
    api.get()
    first = StatementClient.objects.get(pk=credentials.client.pk).last_used_at
    assert first is not None
    api.get()
    assert StatementClient.objects.get(pk=credentials.client.pk).last_used_at == first
    earlier = timezone.now() - timedelta(minutes=2)
    StatementClient.objects.filter(pk=credentials.client.pk).update(last_used_at=earlier)
    api.get()
    assert StatementClient.objects.get(pk=credentials.client.pk).last_used_at > earlier


def test_rotating_the_secret_stops_the_old_one(db):
    credentials = client_create(name="lms", scopes=["statements/read"])
    rotated = client_rotate(client=credentials.client)
    assert XapiHttp(credentials.client.key, credentials.secret).get().status_code == 401
    assert XapiHttp(credentials.client.key, rotated.secret).get().status_code == 200


def test_unknown_scopes_are_refused(db):
    with pytest.raises(ValueError, match="scopes"):
        client_create(name="lms", scopes=["all"])


def test_the_command_prints_key_and_secret_once(capsys, db):
    call_command("xapi_client_create", "--name", "conformance", "--scopes", "statements/read")
    out = dict(line.split("=", 1) for line in capsys.readouterr().out.splitlines())
    client = StatementClient.objects.get(key=out["KEY"])
    assert client.scopes == ["statements/read"]
    assert XapiHttp(out["KEY"], out["SECRET"]).get().status_code == 200


@pytest.fixture
def superuser_client(client, db):
    boss = factories.person()
    User.objects.filter(pk=boss.user_id).update(is_superuser=True, is_staff=True)
    client.force_login(boss.user)
    return client


def test_the_admin_shows_the_secret_once_and_never_again(superuser_client):
    response = superuser_client.post(
        "/django-admin/learning/statementclient/add/",
        {
            "name": "Municipal LMS",
            "scopes": ["statements/write", "statements/read"],
            "active": "on",
        },
    )
    assert response.status_code == 200
    client = StatementClient.objects.get(name="Municipal LMS")
    page = response.content.decode()
    secret = page.split('id="client-secret">')[1].split("<")[0]
    assert client.key in page and secret
    assert XapiHttp(client.key, secret).get().status_code == 200

    change = superuser_client.get(f"/django-admin/learning/statementclient/{client.pk}/change/")
    listing = superuser_client.get("/django-admin/learning/statementclient/")
    for later in (change, listing):
        assert later.status_code == 200
        assert secret not in later.content.decode()
        assert client.secret_hash not in later.content.decode()


def test_the_admin_rotates_and_deactivates(superuser_client):
    credentials = client_create(name="lms", scopes=["statements/read"])
    url = "/django-admin/learning/statementclient/"
    rotated = superuser_client.post(
        url, {"action": "rotate_secret", "_selected_action": [credentials.client.pk]}
    )
    assert rotated.status_code == 200
    new_secret = rotated.content.decode().split('id="client-secret">')[1].split("<")[0]
    assert XapiHttp(credentials.client.key, credentials.secret).get().status_code == 401
    assert XapiHttp(credentials.client.key, new_secret).get().status_code == 200

    superuser_client.post(
        url, {"action": "deactivate", "_selected_action": [credentials.client.pk]}
    )
    assert XapiHttp(credentials.client.key, new_secret).get().status_code == 401


def test_the_admin_changes_scopes_without_touching_the_secret(superuser_client):
    credentials = client_create(name="lms", scopes=["statements/read"])
    before = StatementClient.objects.get(pk=credentials.client.pk).secret_hash
    response = superuser_client.post(
        f"/django-admin/learning/statementclient/{credentials.client.pk}/change/",
        {"name": "lms", "scopes": ["statements/read/mine", "statements/write"], "active": "on"},
    )
    assert response.status_code == 302
    client = StatementClient.objects.get(pk=credentials.client.pk)
    assert sorted(client.scopes) == ["statements/read/mine", "statements/write"]
    assert client.secret_hash == before
