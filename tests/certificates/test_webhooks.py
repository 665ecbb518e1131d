"""Webhooks as a receiving system sees them: certificate events arrive at a real HTTP
endpoint on loopback, signed as Standard Webhooks says (checked with the independent
verifier in ``tests.certificates.receivers``, written from the specification's text, not
with the code that signs), retried with backoff, logged, replayable, and only for clients
whose scope covers the person and the track."""

import json
import secrets
from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from certificates import services, webhook_services, webhooks
from certificates.models import ApiClient, Certificate, WebhookAttempt, WebhookSubscription
from learning.models import Delivery, Event
from learning.services import membership_remove
from learning.xapi.secrets import secret_decrypt
from tests import factories
from tests.assessments import calibration_builders as cal
from tests.certificates import builders
from tests.certificates.receivers import Receiver, free_port, verify

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def http_allowed(settings):
    settings.WEBHOOK_REQUIRE_HTTPS = False  # the receivers listen on plain loopback
    settings.WEBHOOK_TIMEOUT = 2


@pytest.fixture
def receiver():
    running = Receiver().start()
    yield running
    running.stop()


@pytest.fixture
def world(tree):
    track = builders.track("assessor", instrument=cal.instrument())
    other_track = builders.track("basic-knowledge")
    learner = factories.person(
        units=[tree["daycare"]], employee_number="FK-3003", first_name="Anders", last_name="Juhl"
    )
    admin = factories.person(units=[tree["root"]], roles=["certification_admin"]).user
    return {"track": track, "other_track": other_track, "learner": learner, "admin": admin}


def client(name, organisations, tracks) -> ApiClient:
    built = ApiClient.objects.create(name=name, key_id="vcr_" + secrets.token_urlsafe(12)[:16])
    built.organisations.set(organisations)
    built.tracks.set(tracks)
    return built


def subscribe(world, api_client, url, events=None):
    return webhook_services.webhook_subscription_create(
        client=api_client,
        url=url,
        events=events or list(webhooks.EVENT_TYPES),
        by=world["admin"],
    )


def issue(world) -> Certificate:
    return services.certificate_issue_manual(
        person=world["learner"], track=world["track"], by=world["admin"], reason="Certified abroad"
    )


def revoke(world, certificate) -> Certificate:
    return services.certificate_revoke(
        certificate=certificate, by=world["admin"], reason="Complaint upheld"
    )


@pytest.fixture
def case_system(world, tree, receiver):
    """The municipality's case system: sees the children's administration and the track."""
    api_client = client("Case system", [tree["children"]], [world["track"]])
    return subscribe(world, api_client, receiver.url)


def test_an_issued_certificate_arrives_signed_with_the_event_id(world, case_system, receiver):
    certificate = issue(world)
    builders.relay()

    assert len(receiver.received) == 1
    got = receiver.received[0]
    assert verify(case_system.secret, got.headers, got.body)
    event = Event.objects.get(kind="certificate.issued")
    assert got.headers["webhook-id"] == str(event.id)
    assert got.headers["content-type"] == "application/json"
    body = json.loads(got.body)
    assert body["type"] == "certificate.issued"
    assert body["data"] == {
        "person": "FK-3003",
        "track": "assessor",
        "certificate_number": certificate.number,
        "status": "valid",
        "valid_from": certificate.valid_from.isoformat(),
        "valid_until": certificate.valid_until.isoformat(),
        "grace_until": certificate.grace_until.isoformat(),
        "instrument": {"key": "demo", "name": certificate.instrument_name, "version": "1.0"},
    }
    # The receiving system's key for the person, nothing that names them.
    assert b"Anders" not in got.body and b"Juhl" not in got.body and b"@" not in got.body
    attempt = WebhookAttempt.objects.get()
    assert attempt.status_code == 200 and attempt.error == "" and not attempt.replay
    assert Delivery.objects.get(consumer="webhooks").state == Delivery.State.DELIVERED


def test_the_signer_matches_the_specifications_published_test_vector():
    """The vector of the Standard Webhooks reference library's tests (test_sign_function)."""
    assert (
        webhooks.signature(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            b'{"test": 2432232314}',
        )
        == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    )


def test_the_secret_is_shown_once_and_stored_encrypted(world, case_system):
    assert case_system.secret.startswith("whsec_")
    assert len(webhooks.base64.b64decode(case_system.secret[6:])) == 32
    stored = WebhookSubscription.objects.get().secret
    assert case_system.secret not in stored and secret_decrypt(stored) == case_system.secret


def test_a_revocation_fires(world, case_system, receiver):
    certificate = issue(world)
    builders.relay()
    revoke(world, certificate)
    builders.relay()

    kinds = [json.loads(r.body)["type"] for r in receiver.received]
    assert kinds == ["certificate.issued", "certificate.revoked"]
    last = receiver.received[-1]
    assert verify(case_system.secret, last.headers, last.body)
    assert json.loads(last.body)["data"]["status"] == "revoked"


def test_a_failing_receiver_is_retried_with_backoff_and_every_try_is_logged(
    world, case_system, receiver
):
    receiver.statuses = [500, 200]
    with time_machine.travel(timezone.now(), tick=True) as clock:
        issue(world)
        builders.relay()
        delivery = Delivery.objects.get(consumer="webhooks")
        assert delivery.state == Delivery.State.PENDING and delivery.attempts == 1
        assert "HTTP 500" in delivery.last_error
        first = WebhookAttempt.objects.get()
        wait = (delivery.next_attempt_at - first.attempted_at).total_seconds()
        assert 9 <= wait <= 11  # the relay's first backoff step

        builders.relay()  # not due yet: nothing is sent
        assert len(receiver.received) == 1

        clock.shift(timedelta(seconds=11))
        builders.relay()

    assert len(receiver.received) == 2
    assert receiver.received[0].headers["webhook-id"] == receiver.received[1].headers["webhook-id"]
    assert all(verify(case_system.secret, r.headers, r.body) for r in receiver.received)
    codes = list(WebhookAttempt.objects.order_by("attempted_at").values_list("status_code", flat=1))
    assert codes == [500, 200]
    assert Delivery.objects.get(consumer="webhooks").state == Delivery.State.DELIVERED


def test_an_unreachable_endpoint_is_logged_and_retried(world, tree):
    api_client = client("Down", [tree["root"]], [world["track"]])
    subscribe(world, api_client, f"http://127.0.0.1:{free_port()}/nobody-listens")
    issue(world)
    builders.relay()
    attempt = WebhookAttempt.objects.get()
    assert attempt.status_code is None and "ConnectionError" in attempt.error
    assert Delivery.objects.get(consumer="webhooks").state == Delivery.State.PENDING


def test_clients_outside_the_scope_get_nothing(world, tree, receiver):
    elsewhere = client("Job centre system", [tree["jobs"]], [world["track"]])
    other_track = client("Other track", [tree["root"]], [world["other_track"]])
    inactive = client("Switched off", [tree["root"]], [world["track"]])
    for api_client in (elsewhere, other_track, inactive):
        subscribe(world, api_client, receiver.url)
    ApiClient.objects.filter(pk=inactive.pk).update(is_active=False)
    paused = subscribe(world, client("Paused", [tree["root"]], [world["track"]]), receiver.url)
    WebhookSubscription.objects.filter(pk=paused.subscription.pk).update(is_active=False)

    revoke(world, issue(world))
    builders.relay()
    assert receiver.received == []
    assert not Delivery.objects.filter(consumer="webhooks").exists()


def test_a_person_who_left_the_scope_before_the_send_is_not_sent(world, case_system, receiver):
    issue(world)
    membership = world["learner"].memberships.get()
    membership_remove(person=world["learner"], organisation=membership.organisation)
    builders.relay()
    assert receiver.received == []
    delivery = Delivery.objects.get(consumer="webhooks")
    assert delivery.state == Delivery.State.DEAD and "scope" in delivery.last_error


def test_events_not_subscribed_are_not_sent(world, tree, receiver):
    api_client = client("Revocations only", [tree["root"]], [world["track"]])
    subscribe(world, api_client, receiver.url, events=["certificate.revoked"])
    certificate = issue(world)
    builders.relay()
    assert receiver.received == []
    services.certificate_suspend(certificate=certificate, by=world["admin"], reason="Looked into")
    builders.relay()
    assert receiver.received == []
    revoke(world, certificate)
    builders.relay()
    assert [json.loads(r.body)["type"] for r in receiver.received] == ["certificate.revoked"]


def test_a_replay_resends_the_same_webhook_id_and_is_marked(world, case_system, receiver):
    issue(world)
    builders.relay()
    event = Event.objects.get(kind="certificate.issued")
    webhook_services.webhook_replay(
        subscription=case_system.subscription, event=event, by=world["admin"]
    )
    builders.relay()

    assert len(receiver.received) == 2
    first, again = receiver.received
    assert first.headers["webhook-id"] == again.headers["webhook-id"] == str(event.id)
    assert first.body == again.body  # same event, same bytes; only the timestamp moves
    assert verify(case_system.secret, again.headers, again.body)
    replays = list(WebhookAttempt.objects.order_by("attempted_at").values_list("replay", flat=1))
    assert replays == [False, True]


def test_a_replay_needs_an_administrator_and_an_event_sent_before(world, tree, case_system):
    issue(world)
    builders.relay()
    event = Event.objects.get(kind="certificate.issued")
    learner_user = world["learner"].user
    with pytest.raises(PermissionDenied):
        webhook_services.webhook_replay(
            subscription=case_system.subscription, event=event, by=learner_user
        )
    stranger = subscribe(
        world, client("Elsewhere", [tree["jobs"]], [world["track"]]), "http://x.example/"
    )
    with pytest.raises(ValidationError):  # never in its scope: a replay must not leak it
        webhook_services.webhook_replay(
            subscription=stranger.subscription, event=event, by=world["admin"]
        )


def test_a_tampered_body_or_a_wrong_secret_fails_verification(world, case_system, receiver):
    certificate = issue(world)
    builders.relay()
    got = receiver.received[0]
    assert verify(case_system.secret, got.headers, got.body)
    tampered = got.body.replace(b'"status":"valid"', b'"status":"revoked"')
    assert tampered != got.body and not verify(case_system.secret, got.headers, tampered)
    other = webhooks.secret_new()
    assert not verify(other, got.headers, got.body)
    moved = {**got.headers, "webhook-id": "00000000-0000-0000-0000-000000000000"}
    assert not verify(case_system.secret, moved, got.body)
    old = {**got.headers, "webhook-timestamp": str(int(got.headers["webhook-timestamp"]) - 600)}
    assert not verify(case_system.secret, old, got.body)
    assert certificate.number.encode() in got.body


def test_410_gone_deactivates_the_subscription(world, case_system, receiver):
    receiver.statuses = [410]
    certificate = issue(world)
    builders.relay()
    subscription = WebhookSubscription.objects.get()
    assert not subscription.is_active
    assert Delivery.objects.get(consumer="webhooks").state == Delivery.State.DEAD
    revoke(world, certificate)
    builders.relay()
    assert len(receiver.received) == 1  # nothing more after the 410


def test_a_subscription_needs_https_and_known_events(world, tree, settings):
    settings.WEBHOOK_REQUIRE_HTTPS = True
    api_client = client("Strict", [tree["root"]], [world["track"]])
    with pytest.raises(ValidationError) as error:
        subscribe(world, api_client, "http://case.example.org/hooks", events=["user.created"])
    assert set(error.value.message_dict) == {"url", "events"}
    with pytest.raises(PermissionDenied):
        webhook_services.webhook_subscription_create(
            client=api_client,
            url="https://case.example.org/hooks",
            events=["certificate.revoked"],
            by=world["learner"].user,
        )
    created = subscribe(
        world, api_client, "https://case.example.org/hooks", ["certificate.revoked"]
    )
    assert created.subscription.events == ["certificate.revoked"]


def test_the_time_driven_events_fire_when_their_moment_comes(world, tree, receiver):
    api_client = client("Expiry watcher", [tree["root"]], [world["track"]])
    watcher = subscribe(
        world, api_client, receiver.url, events=["certificate.expiring", "certificate.expired"]
    )
    certificate = issue(world)
    builders.relay()
    assert receiver.received == []
    with time_machine.travel(certificate.recert_opens_at + timedelta(hours=1), tick=False):
        services.certificates_announce()
        builders.relay()
        assert verify(watcher.secret, receiver.received[-1].headers, receiver.received[-1].body)
    with time_machine.travel(certificate.grace_until + timedelta(hours=1), tick=False):
        services.certificates_announce()
        builders.relay()
        assert verify(watcher.secret, receiver.received[-1].headers, receiver.received[-1].body)
    bodies = [json.loads(r.body) for r in receiver.received]
    assert [(b["type"], b["data"]["status"]) for b in bodies] == [
        ("certificate.expiring", "expiring"),
        ("certificate.expired", "expired"),
    ]
