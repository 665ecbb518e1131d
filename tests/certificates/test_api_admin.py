"""API clients and the status check audit in the admin: the credential is shown once and
stored hashed, rotation and revocation work from the admin, the shell command makes a
working credential, and only certification administrators see any of it."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from certificates.models import ApiClient, ApiClientSecret, StatusCheck
from tests import factories
from tests.certificates import api_fixtures
from tests.certificates.api_fixtures import Caller

pytestmark = pytest.mark.django_db
api = api_fixtures.api  # the fixture

TOKEN = re.compile(r"vcr_[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{40,}")


@pytest.fixture
def cert_admin(client, api):
    client.force_login(api["admin"])
    return client


def _create(client, api, name="Police tool"):
    return client.post(
        reverse("api_clients:add"),
        {
            "name": name,
            "organisations": [api["learner"].memberships.get().organisation.pk],
            "tracks": [api["track"].pk],
            "is_active": "on",
        },
    )


def test_creating_a_client_shows_the_credential_once(cert_admin, api):
    response = _create(cert_admin, api)
    assert response.status_code == 200, response.content[:500]
    token = TOKEN.search(response.content.decode()).group(0)
    created = ApiClient.objects.get(name="Police tool")
    assert token.startswith(created.key_id + ".")
    secret = token.split(".", 1)[1]

    stored = ApiClientSecret.objects.get(client=created)
    assert secret not in stored.secret_hash and stored.secret_hash.startswith("hmac-sha256$")
    for url in (
        reverse("api_clients:index"),
        reverse("api_clients:edit", args=[created.pk]),
        reverse("api_clients:secrets", args=[created.pk]),
    ):
        page = cert_admin.get(url)
        assert page.status_code == 200 and secret not in page.content.decode(), url

    assert Caller(token).get(person="FK-3003", track="assessor").json()["status"] == "valid"


def test_rotating_and_revoking_from_the_admin(cert_admin, api):
    credential = api["credential"]
    url = reverse("api_clients:secrets", args=[credential.client.pk])
    page = cert_admin.post(url, {"action": "rotate", "overlap_days": "7"})
    new = TOKEN.search(page.content.decode()).group(0)
    assert new != credential.token
    caller = Caller(None)
    assert caller.get(new, person="FK-3003", track="assessor").status_code == 200
    assert caller.get(credential.token, person="FK-3003", track="assessor").status_code == 200

    bad = cert_admin.post(url, {"action": "rotate", "overlap_days": "-1"})
    assert bad.status_code == 200 and not TOKEN.search(bad.content.decode())

    assert cert_admin.post(url, {"action": "revoke"}).status_code == 302
    for token in (new, credential.token):
        assert caller.get(token, person="FK-3003", track="assessor").status_code == 401


def test_deactivating_a_client_in_the_admin_stops_it(cert_admin, api):
    client = api["credential"].client
    assert api["caller"].get(person="FK-3003", track="assessor").status_code == 200
    response = cert_admin.post(
        reverse("api_clients:edit", args=[client.pk]),
        {
            "name": client.name,
            "organisations": [o.pk for o in client.organisations.all()],
            "tracks": [t.pk for t in client.tracks.all()],
        },
    )
    assert response.status_code == 302
    assert api["caller"].get(person="FK-3003", track="assessor").status_code == 401


def test_the_status_check_audit_is_searchable(cert_admin, api):
    api["caller"].get(person="FK-3003", track="assessor")
    api["caller"].get(person="FK-9999", track="assessor")
    api["caller"].bulk({"persons": ["FK-1111"], "track": "assessor"})
    url = reverse("status_checks:index")

    everything = cert_admin.get(url).content.decode()
    assert all(n in everything for n in ("FK-3003", "FK-9999", "FK-1111"))
    found = cert_admin.get(url, {"q": "FK-3003"}).content.decode()
    assert "FK-3003" in found and "FK-9999" not in found
    refused = cert_admin.get(url, {"status": "not_found"}).content.decode()
    assert "FK-9999" in refused and "FK-3003" not in refused
    client = api["credential"].client
    assert "FK-1111" in cert_admin.get(url, {"client": client.pk}).content.decode()
    dated = cert_admin.get(
        url, {"checked_at_from": "2000-01-01", "checked_at_to": "2000-01-02"}
    ).content.decode()
    assert "FK-3003" not in dated
    today = cert_admin.get(
        url, {"checked_at_from": "2000-01-01", "checked_at_to": "2999-01-01"}
    ).content.decode()
    assert "FK-3003" in today
    assert StatusCheck.objects.count() == 3


@pytest.mark.parametrize("role", ["content_editor", "platform_admin", "manager"])
def test_only_certification_administrators_see_clients_and_checks(client, api, tree, role):
    kwargs = {"manages": [tree["root"]]} if role == "manager" else {"roles": [role]}
    other = factories.person(units=[tree["root"]], **kwargs)
    client.force_login(other.user)
    for url in (
        reverse("api_clients:index"),
        reverse("api_clients:add"),
        reverse("api_clients:secrets", args=[api["credential"].client.pk]),
        reverse("status_checks:index"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), (role, url, response.status_code)
        assert "FK-3003" not in response.content.decode()
    assert _create(client, api, name="Sneaky").status_code in (302, 403)
    assert not ApiClient.objects.filter(name="Sneaky").exists()


def test_the_command_prints_a_working_credential_once(api):
    out, err = StringIO(), StringIO()
    call_command(
        "certificates_api_client",
        "create",
        "--name",
        "Shell client",
        "--organisation",
        "Testby Kommune/Børn og Unge",
        "--track",
        "assessor",
        stdout=out,
        stderr=err,
    )
    token = out.getvalue().strip()
    assert TOKEN.fullmatch(token) and "shown once" in err.getvalue()
    assert Caller(token).get(person="FK-3003", track="assessor").json()["status"] == "valid"

    listed = StringIO()
    call_command("certificates_api_client", "list", stdout=listed)
    assert "Shell client" in listed.getvalue() and token.split(".")[1] not in listed.getvalue()


def test_the_command_refuses_unknown_organisations_and_tracks(api):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="No organisation"):
        call_command(
            "certificates_api_client", "create", "--name", "X", "--organisation", "Nowhere",
            "--track", "assessor",
        )  # fmt: skip
    with pytest.raises(CommandError, match="No track"):
        call_command(
            "certificates_api_client", "create", "--name", "X", "--organisation",
            "Testby Kommune", "--track", "nope",
        )  # fmt: skip
