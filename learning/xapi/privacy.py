"""Privacy of the statement store: one person's statements exported or erased on request,
and every statement deleted when its retention period ends. Each is audited
(``StatementPrivacyAudit``: who, when, why, how many), so a data-protection officer can show
what was done with whose data without the audit itself holding personal data (it names the
person by their opaque xAPI id only).

Erasure covers the built-in store. Copies already forwarded to an LRS are that LRS's to
erase: the audit lists the targets that received this person's statements.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from learning.models import (
    Delivery,
    Event,
    ForwardTarget,
    Person,
    Statement,
    StatementPrivacyAudit,
    User,
)
from learning.xapi.store import account_actor, actor_key

#: Rows deleted per statement by the retention sweep, so one run never holds a long lock.
BATCH = 5000


def _reason_required(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("A reason is required (it is kept in the audit).")
    return reason


def _statements_of(person: Person):
    """The statements about ``person``: those the platform built for them and those content
    posted with their account as the actor."""
    key = actor_key(account_actor(person.xapi_key))
    return Statement.objects.filter(Q(person=person) | Q(actor_key=key))


def statements_export(*, person: Person, by: User | None, reason: str) -> dict:
    """Every statement about ``person``, oldest first, as one JSON document; audited."""
    reason = _reason_required(reason)
    statements = list(
        _statements_of(person).order_by("stored", "id").values_list("data", flat=True)
    )
    StatementPrivacyAudit.objects.create(
        action=StatementPrivacyAudit.Action.EXPORT,
        subject=str(person.xapi_key),
        by=by,
        reason=reason,
        count=len(statements),
    )
    return {
        "subject": account_actor(person.xapi_key),
        "exported_at": timezone.now().isoformat(),
        "statements": statements,
    }


def _targets_that_received(person: Person) -> list[str]:
    """Names of the forwarding targets that hold delivered copies of the person's statements."""
    target_ids = (
        Delivery.objects.filter(
            state=Delivery.State.DELIVERED,
            event__statements__person=person,
        )
        .exclude(target="")
        .values_list("target", flat=True)
        .distinct()
    )
    ids = [int(t) for t in target_ids if str(t).isdigit()]
    return sorted(ForwardTarget.objects.filter(pk__in=ids).values_list("name", flat=True))


def statements_erase(*, person: Person, by: User | None, reason: str) -> int:
    """Delete every statement about ``person`` from the store and give them a new opaque
    id, so statements recorded from now on cannot be linked to the erased ones; audited.
    Returns how many statements were deleted."""
    reason = _reason_required(reason)
    with transaction.atomic():
        person = Person.objects.select_for_update().get(pk=person.pk)
        subject = str(person.xapi_key)
        targets = _targets_that_received(person)
        count, _ = _statements_of(person).delete()
        person.xapi_key = uuid.uuid4()
        person.save(update_fields=["xapi_key"])
        note = f" Forwarded copies remain at: {', '.join(targets)}." if targets else ""
        StatementPrivacyAudit.objects.create(
            action=StatementPrivacyAudit.Action.ERASURE,
            subject=subject,
            by=by,
            reason=reason + note,
            count=count,
        )
    return count


def retention_days() -> int:
    return int(getattr(settings, "XAPI_RETENTION_DAYS", 0) or 0)


def statements_retention_apply(*, now=None) -> int:
    """Delete statements stored longer ago than ``XAPI_RETENTION_DAYS`` (0 keeps them
    forever), in batches; one audit row per run that deleted any. Idempotent."""
    days = retention_days()
    if days <= 0:
        return 0
    cutoff = (now or timezone.now()) - timedelta(days=days)
    deleted = 0
    while True:
        with transaction.atomic():
            ids = list(
                Statement.objects.filter(stored__lt=cutoff)
                .order_by("stored")
                .values_list("id", flat=True)[:BATCH]
            )
            if not ids:
                break
            count, _ = Statement.objects.filter(id__in=ids).delete()
            deleted += count
    if deleted:
        StatementPrivacyAudit.objects.create(
            action=StatementPrivacyAudit.Action.RETENTION,
            reason=f"Retention: stored before {cutoff:%Y-%m-%d} ({days} days).",
            count=deleted,
        )
    return deleted


def outbox_prune(*, now=None) -> int:
    """Delete outbox events older than ``OUTBOX_RETENTION_DAYS`` whose every delivery was
    delivered (pending and dead ones are kept for the relay and for replay). The events'
    statements stay in the store. Returns how many events were deleted."""
    days = int(getattr(settings, "OUTBOX_RETENTION_DAYS", 30) or 0)
    if days <= 0:
        return 0
    cutoff = (now or timezone.now()) - timedelta(days=days)
    unfinished = Delivery.objects.filter(
        event=OuterRef("pk"), state__in=[Delivery.State.PENDING, Delivery.State.DEAD]
    )
    deleted = 0
    while True:
        with transaction.atomic():
            ids = list(
                Event.objects.filter(recorded_at__lt=cutoff)
                .exclude(Exists(unfinished))
                .order_by("recorded_at")
                .values_list("id", flat=True)[:BATCH]
            )
            if not ids:
                break
            Event.objects.filter(id__in=ids).delete()
            deleted += len(ids)
    return deleted
