"""Writes to webhook subscriptions: create (the secret is returned once), change, rotate the
secret, and replay an event to one subscription through the outbox.

Only holders of ``certificates.change_webhooksubscription`` (certification administrators)
may replay or rotate; creating needs ``add_webhooksubscription``. The admin views call these.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.models import ApiClient, WebhookSubscription
from certificates.webhooks import CONSUMER, EVENT_TYPES, secret_new
from learning.events import outbox_kick
from learning.models import Delivery, Event, User
from learning.xapi.secrets import secret_encrypt


@dataclass(frozen=True)
class SubscriptionSecret:
    """A subscription and its signing secret in clear: shown once, never stored so."""

    subscription: WebhookSubscription
    secret: str


def _require_https() -> bool:
    return bool(getattr(settings, "WEBHOOK_REQUIRE_HTTPS", not settings.DEBUG))


def _check(url: str, events: list[str]) -> list[str]:
    errors = {}
    unknown = [e for e in events if e not in EVENT_TYPES]
    if unknown or not events:
        errors["events"] = _("Choose one or more of the event types.")
    scheme = urlsplit(url or "").scheme
    if scheme not in ("http", "https") or (scheme != "https" and _require_https()):
        errors["url"] = _("The endpoint must be an https:// address.")
    if errors:
        raise ValidationError(errors)
    return [e for e in EVENT_TYPES if e in events]  # one order, no repeats


def _check_perm(by: User | None, codename: str, system: bool = False) -> None:
    if system:  # the platform's own set-up (a management command), no administrator
        return
    if by is None or not by.has_perm(f"certificates.{codename}"):
        raise PermissionDenied(_("Only certification administrators manage webhooks."))


@transaction.atomic
def webhook_subscription_create(
    *,
    client: ApiClient,
    url: str,
    events: list[str],
    by: User | None,
    is_active: bool = True,
    system: bool = False,
) -> SubscriptionSecret:
    """A new subscription of ``client`` to ``events`` at ``url`` with a new secret, which
    is returned here once and stored only encrypted. Gets events recorded from now on.
    ``system`` is for set-up commands, which have no administrator behind them."""
    _check_perm(by, "add_webhooksubscription", system)
    events = _check(url, events)
    secret = secret_new()
    subscription = WebhookSubscription(
        client=client, url=url, events=events, secret=secret_encrypt(secret), is_active=is_active
    )
    subscription.full_clean()
    subscription.save()
    return SubscriptionSecret(subscription, secret)


@transaction.atomic
def webhook_subscription_update(
    *, subscription: WebhookSubscription, url: str, events: list[str], is_active: bool, by: User
) -> WebhookSubscription:
    """Change the endpoint, the event types or whether it is active (the secret stays)."""
    _check_perm(by, "change_webhooksubscription")
    subscription.events = _check(url, events)
    subscription.url, subscription.is_active = url, is_active
    subscription.full_clean()
    subscription.save(update_fields=["url", "events", "is_active"])
    return subscription


@transaction.atomic
def webhook_secret_rotate(*, subscription: WebhookSubscription, by: User) -> SubscriptionSecret:
    """A new secret for ``subscription``, returned once; the old one stops at once (there is
    no overlap: the receiver switches when told the new one, and failed tries meanwhile
    are retried with backoff, so nothing is lost)."""
    _check_perm(by, "change_webhooksubscription")
    secret = secret_new()
    WebhookSubscription.objects.filter(pk=subscription.pk).update(secret=secret_encrypt(secret))
    subscription.refresh_from_db()
    return SubscriptionSecret(subscription, secret)


@transaction.atomic
def webhook_replay(*, subscription: WebhookSubscription, event: Event, by: User) -> Delivery:
    """Send ``event`` to ``subscription`` again, through the outbox: its delivery (made
    anew if the outbox's retention removed it) is due now with a fresh count, whatever its
    state, and the relay is kicked on commit. The try is logged as a replay and carries the
    same ``webhook-id``, so a receiver that has it already can ignore it. Only for events the
    subscription was sent (or was to be sent) before: the delivery log is where a replay
    starts."""
    _check_perm(by, "change_webhooksubscription")
    target = str(subscription.pk)
    known = (
        subscription.attempts.filter(event=event).exists()
        or Delivery.objects.filter(event=event, consumer=CONSUMER, target=target).exists()
    )
    if not known:
        raise ValidationError(_("This event was never sent to this subscription."))
    delivery, _created = Delivery.objects.select_for_update().get_or_create(
        event=event, consumer=CONSUMER, target=target
    )
    delivery.state = Delivery.State.PENDING
    delivery.attempts = 0
    delivery.next_attempt_at = timezone.now()
    delivery.last_error = ""
    delivery.save(update_fields=["state", "attempts", "next_attempt_at", "last_error"])
    transaction.on_commit(outbox_kick)
    return delivery
