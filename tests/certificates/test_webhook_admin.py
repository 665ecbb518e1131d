"""The webhooks admin as a certification administrator uses it: a subscription's secret is
shown once, the delivery log lists every try, and "Replay" sends the event again (same
webhook-id) through the outbox; people without the role get nowhere."""

import re
import secrets

import pytest

from certificates import services
from certificates.models import ApiClient, WebhookAttempt, WebhookSubscription
from learning.models import Event
from learning.xapi.secrets import secret_decrypt
from tests import factories
from tests.assessments import calibration_builders as cal
from tests.certificates import builders
from tests.certificates.receivers import Receiver, verify

pytestmark = pytest.mark.django_db

SUBSCRIPTIONS = "/cms/webhook_subscriptions/"
LOG = "/cms/webhook_attempts/"


@pytest.fixture(autouse=True)
def http_allowed(settings):
    settings.WEBHOOK_REQUIRE_HTTPS = False


@pytest.fixture
def receiver():
    running = Receiver().start()
    yield running
    running.stop()


@pytest.fixture
def setup(tree, client):
    track = builders.track("assessor", instrument=cal.instrument())
    api_client = ApiClient.objects.create(
        name="Case system", key_id="vcr_" + secrets.token_urlsafe(12)[:16]
    )
    api_client.organisations.set([tree["children"]])
    api_client.tracks.set([track])
    admin = factories.person(units=[tree["root"]], roles=["certification_admin"]).user
    learner = factories.person(units=[tree["daycare"]], employee_number="FK-3003")
    client.force_login(admin)
    return {"track": track, "api_client": api_client, "admin": admin, "learner": learner}


def _create(client, setup, url, events=("certificate.issued", "certificate.revoked")):
    return client.post(
        SUBSCRIPTIONS + "new/",
        {"client": setup["api_client"].pk, "url": url, "events": list(events), "is_active": "on"},
    )


def test_creating_a_subscription_shows_its_secret_once(client, setup):
    response = _create(client, setup, "https://case.example.org/hooks")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    shown = re.search(r"<code data-webhook-secret>(whsec_[A-Za-z0-9+/=]+)</code>", response.text)
    subscription = WebhookSubscription.objects.get()
    assert shown and secret_decrypt(subscription.secret) == shown.group(1)
    assert subscription.events == ["certificate.issued", "certificate.revoked"]
    listing = client.get(SUBSCRIPTIONS)
    assert listing.status_code == 200 and "case.example.org" in listing.text
    assert shown.group(1) not in listing.text
    edit = client.get(f"{SUBSCRIPTIONS}edit/{subscription.pk}/")
    assert edit.status_code == 200 and shown.group(1) not in edit.text


def test_a_bad_endpoint_or_no_event_is_refused_with_a_message(client, setup, settings):
    settings.WEBHOOK_REQUIRE_HTTPS = True
    response = _create(client, setup, "http://case.example.org/hooks", events=())
    assert response.status_code == 200 and not WebhookSubscription.objects.exists()
    assert "https://" in response.text


def test_rotating_shows_a_new_secret_and_the_old_one_stops(client, setup):
    first = re.search(
        r"(whsec_[A-Za-z0-9+/=]+)", _create(client, setup, "https://a.example/h").text
    )
    subscription = WebhookSubscription.objects.get()
    confirm = client.get(f"{SUBSCRIPTIONS}rotate/{subscription.pk}/")
    assert confirm.status_code == 200 and "whsec_" not in confirm.text
    rotated = client.post(f"{SUBSCRIPTIONS}rotate/{subscription.pk}/")
    second = re.search(r"(whsec_[A-Za-z0-9+/=]+)", rotated.text)
    subscription.refresh_from_db()
    assert second.group(1) != first.group(1)
    assert secret_decrypt(subscription.secret) == second.group(1)


def test_the_delivery_log_lists_tries_and_replay_resends_the_same_id(client, setup, receiver):
    response = _create(client, setup, receiver.url)
    secret = re.search(r"(whsec_[A-Za-z0-9+/=]+)", response.text).group(1)
    services.certificate_issue_manual(
        person=setup["learner"], track=setup["track"], by=setup["admin"], reason="Abroad"
    )
    builders.relay()
    attempt = WebhookAttempt.objects.get()

    log = client.get(LOG)
    assert log.status_code == 200
    assert "Certificate issued" in log.text and "200" in log.text and receiver.url in log.text
    assert f"{LOG}replay/{attempt.pk}/" in log.text

    confirm = client.get(f"{LOG}replay/{attempt.pk}/")
    assert confirm.status_code == 200 and len(receiver.received) == 1  # a GET sends nothing
    assert client.post(f"{LOG}replay/{attempt.pk}/").status_code == 302
    builders.relay()

    assert len(receiver.received) == 2
    event = Event.objects.get(kind="certificate.issued")
    assert {r.headers["webhook-id"] for r in receiver.received} == {str(event.id)}
    assert verify(secret, receiver.received[1].headers, receiver.received[1].body)
    assert list(
        WebhookAttempt.objects.order_by("attempted_at").values_list("replay", flat=True)
    ) == [
        False,
        True,
    ]
    assert "yes" in client.get(LOG).text  # the replay is marked in the log


def test_people_without_the_role_cannot_see_or_replay(client, setup, receiver, tree):
    _create(client, setup, receiver.url)
    services.certificate_issue_manual(
        person=setup["learner"], track=setup["track"], by=setup["admin"], reason="Abroad"
    )
    builders.relay()
    attempt = WebhookAttempt.objects.get()
    manager = factories.person(units=[tree["children"]], manages=[tree["children"]])
    client.force_login(manager.user)
    for url in (LOG, SUBSCRIPTIONS, SUBSCRIPTIONS + "new/"):
        assert client.get(url).status_code in (302, 403)
    assert client.post(f"{LOG}replay/{attempt.pk}/").status_code in (302, 403)
    assert client.post(f"{SUBSCRIPTIONS}rotate/{attempt.subscription_id}/").status_code in (
        302,
        403,
    )
    builders.relay()
    assert len(receiver.received) == 1
