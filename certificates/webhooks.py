"""Webhooks: certificate events delivered to API clients' endpoints from the outbox, signed
as in the Standard Webhooks specification (https://www.standardwebhooks.com, v1.0.0).

The outbox consumer ``webhooks`` names, for each certificate event, one target per
subscription (its pk) that wants the event type and whose client's scope covers the person
(a member of a unit in the subtree of one of the client's organisations) and the track (the
client's tracks). The scope is decided when the event is recorded and checked again before
each send, so a client that lost the person or track since gets nothing.

Each try is one POST of the JSON body with the headers

* ``webhook-id``: the outbox event's id, the same on every retry and replay (receivers
  dedupe by it);
* ``webhook-timestamp``: the try's time, unix seconds (receivers refuse old ones);
* ``webhook-signature``: ``v1,`` + base64 HMAC-SHA256 over ``"{id}.{timestamp}.{body}"``,
  keyed with the base64-decoded part of the subscription's ``whsec_…`` secret.

Every try is logged (``WebhookAttempt``: status code, error, duration). What the endpoint
answers decides the delivery (learning.outbox keeps the schedule):

* 2xx: delivered.
* 410 Gone: the receiver wants no more (Standard Webhooks: disable the endpoint). The
  subscription is deactivated and the delivery is dead; an administrator can re-activate it
  and replay.
* anything else (3xx, which is not followed; 4xx; 5xx; a timeout, ``WEBHOOK_TIMEOUT``
  seconds, default 5; a refused connection): retried with the relay's backoff, dead after
  ``OUTBOX_MAX_ATTEMPTS``, replayable from the delivery log.

The relay hands the consumer the due deliveries of one subscription together (a batch
handler), so a failed try is logged even though the delivery fails (a raising handler's
writes roll back), and after a network failure the rest of that subscription's due events
wait for the next round instead of each waiting out the timeout.

Personal data in a payload: the employee number (the receiving system's key for the
person), never a name or email.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Iterable

import requests
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate, WebhookAttempt, WebhookSubscription
from learning.events import consumer_register
from learning.models import Delivery, Event, Membership, Person
from learning.outbox import DeliveryRefused
from learning.xapi.secrets import secret_decrypt

logger = logging.getLogger(__name__)

CONSUMER = "webhooks"
#: The event types a subscription can choose, with their labels in the admin.
EVENT_TYPES = {
    "certificate.issued": _("Certificate issued"),
    "certificate.extended": _("Certificate extended"),
    "certificate.expiring": _("Recertification window opened"),
    "certificate.expired": _("Certificate expired"),
    "certificate.suspended": _("Certificate suspended"),
    "certificate.reinstated": _("Certificate reinstated"),
    "certificate.revoked": _("Certificate revoked"),
}
SECRET_PREFIX = "whsec_"  # noqa: S105 (a prefix, not a secret)
#: Random bytes in a signing secret (Standard Webhooks: at least 24).
SECRET_BYTES = 32


class EndpointFailed(Exception):
    """The endpoint did not take the event (non-2xx, timeout, connection error): retried."""


class EndpointUnreachable(EndpointFailed):
    """No answer at all (timeout, refused): the subscription's other due events wait."""


# --- Signing (pure) ---------------------------------------------------------------------------
def secret_new() -> str:
    """A new signing secret, ``whsec_`` + base64 of 32 random bytes: shown once."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value (``v1,<base64>``) of ``body`` sent as ``msg_id`` at
    ``timestamp``. The HMAC key is the secret's base64 part, decoded."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    content = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers_for(secret: str, msg_id: str, body: bytes, timestamp: int | None = None) -> dict:
    """The Standard Webhooks headers (and content type) of one try."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(secret, msg_id, timestamp, body),
        "content-type": "application/json",
        "user-agent": "vcr-learning-webhooks/1",
    }


# --- Who gets an event ------------------------------------------------------------------------
def _in_scope(subscription: WebhookSubscription, unit_paths: list[str], track: str) -> bool:
    client = subscription.client
    if not (subscription.is_active and client.is_active):
        return False
    if not any(t.key == track for t in client.tracks.all()):
        return False
    roots = [o.path for o in client.organisations.all()]
    return any(path.startswith(root) for path in unit_paths for root in roots)


def _unit_paths(person_id) -> list[str]:
    return list(
        Membership.objects.filter(person_id=person_id).values_list("organisation__path", flat=True)
    )


def subscriptions_for(event: Event) -> list[WebhookSubscription]:
    """The active subscriptions that want ``event`` and may see its person and track."""
    payload = event.payload
    candidates = [
        s
        for s in WebhookSubscription.objects.filter(
            is_active=True, client__is_active=True, client__tracks__key=payload.get("track")
        )
        .select_related("client")
        .prefetch_related("client__organisations", "client__tracks")
        .distinct()
        .order_by("pk")
        if event.kind in (s.events or [])
    ]
    if not candidates:
        return []
    paths = _unit_paths(payload.get("person"))
    return [s for s in candidates if _in_scope(s, paths, payload.get("track"))]


def targets(event: Event) -> Iterable[str]:
    """The outbox targets of ``event``: the pks of the subscriptions that get it."""
    return [str(s.pk) for s in subscriptions_for(event)]


# --- The payload ------------------------------------------------------------------------------
def body_of(event: Event) -> bytes:
    """The JSON body of ``event``, the same bytes on every try: the type, when the event
    happened and the certificate's state then. Refused (dead) when the person is gone."""
    payload = event.payload
    person = Person.objects.filter(pk=payload.get("person")).only("employee_number").first()
    certificate = Certificate.objects.filter(pk=payload.get("certificate")).first()
    if person is None or certificate is None:
        raise DeliveryRefused("the person or certificate no longer exists")
    instrument = None
    if certificate.instrument_key:
        instrument = {
            "key": certificate.instrument_key,
            "name": certificate.instrument_name,
            "version": certificate.instrument_version,
        }
    body = {
        "type": event.kind,
        "timestamp": event.recorded_at.isoformat().replace("+00:00", "Z"),
        "data": {
            "person": person.employee_number,
            "track": payload.get("track"),
            "certificate_number": payload.get("number"),
            "status": payload.get("status"),
            "valid_from": payload.get("valid_from"),
            "valid_until": payload.get("valid_until"),
            "grace_until": payload.get("grace_until"),
            "instrument": instrument,
        },
    }
    return json.dumps(body, separators=(",", ":")).encode()


# --- Sending ----------------------------------------------------------------------------------
def _timeout() -> float:
    return float(getattr(settings, "WEBHOOK_TIMEOUT", 5))


def _is_replay(subscription: WebhookSubscription, delivery: Delivery) -> bool:
    """A try is a replay when an administrator re-queued the event: the delivery's count
    starts again while earlier tries are logged (and its retries follow the replayed one)."""
    last = (
        WebhookAttempt.objects.filter(subscription=subscription, event_id=delivery.event_id)
        .order_by("-attempted_at", "-pk")
        .values_list("replay", flat=True)
        .first()
    )
    if last is None:
        return False
    return delivery.attempts == 0 or last


def _post(subscription: WebhookSubscription, event: Event, body: bytes) -> tuple[int | None, str]:
    secret = secret_decrypt(subscription.secret)
    try:
        response = requests.post(
            subscription.url,
            data=body,
            headers=headers_for(secret, str(event.id), body),
            timeout=_timeout(),
            allow_redirects=False,  # Standard Webhooks: a redirect is a failure
        )
    except requests.RequestException as exc:
        return None, f"{type(exc).__name__}: {exc}"[:2000]
    return response.status_code, "" if response.ok else response.text[:500]


def deliver(subscription: WebhookSubscription, delivery: Delivery) -> None:
    """One try of ``delivery`` to ``subscription``, logged; raises unless it was taken."""
    event = delivery.event
    if not (subscription.is_active and subscription.client.is_active):
        raise DeliveryRefused("the subscription or its client is not active")
    paths = _unit_paths(event.payload.get("person"))
    if not _in_scope(subscription, paths, event.payload.get("track")):
        raise DeliveryRefused("the person or track is no longer in the client's scope")
    body = body_of(event)
    replay = _is_replay(subscription, delivery)
    started = time.monotonic()
    status, error = _post(subscription, event, body)
    WebhookAttempt.objects.create(
        subscription=subscription,
        event=event,
        attempted_at=timezone.now(),
        status_code=status,
        error=error,
        duration_ms=int((time.monotonic() - started) * 1000),
        replay=replay,
    )
    if status is not None and 200 <= status < 300:
        return
    if status == 410:
        WebhookSubscription.objects.filter(pk=subscription.pk).update(is_active=False)
        subscription.is_active = False
        logger.warning("webhooks: %s answered 410 Gone, deactivated", subscription)
        raise DeliveryRefused("410 Gone: the subscription was deactivated")
    if status is None:
        raise EndpointUnreachable(error)
    raise EndpointFailed(f"HTTP {status}: {error[:200]}")


def handle_webhook_deliveries(
    deliveries: list[Delivery], target: str
) -> dict[int, Exception | None]:
    """The batch handler: the due deliveries of one subscription, in order. After a try
    that got no answer the others wait (same error, no try) for the next round."""
    subscription = (
        WebhookSubscription.objects.select_related("client")
        .prefetch_related("client__organisations", "client__tracks")
        .filter(pk=int(target) if target.isdigit() else None)
        .first()
    )
    outcomes: dict[int, Exception | None] = {}
    unreachable: Exception | None = None
    for delivery in deliveries:
        if subscription is None:
            outcomes[delivery.pk] = DeliveryRefused("the subscription was deleted")
            continue
        if unreachable is not None:
            outcomes[delivery.pk] = EndpointUnreachable(f"not tried: {unreachable}")
            continue
        try:
            deliver(subscription, delivery)
            outcomes[delivery.pk] = None
        except EndpointUnreachable as exc:
            unreachable = outcomes[delivery.pk] = exc
        except Exception as exc:
            outcomes[delivery.pk] = exc
    return outcomes


def handle_webhook_delivery(event: Event, target: str) -> None:
    """One delivery (the relay uses the batch handler; this is for direct calls)."""
    delivery = Delivery.objects.get(event=event, consumer=CONSUMER, target=target)
    error = handle_webhook_deliveries([delivery], target).get(delivery.pk)
    if error is not None:
        raise error


def register() -> None:
    consumer_register(
        CONSUMER,
        kinds=EVENT_TYPES,
        handler=handle_webhook_delivery,
        targets=targets,
        batch_handler=handle_webhook_deliveries,
    )
