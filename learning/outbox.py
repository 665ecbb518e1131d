"""The relay: hands pending deliveries of the outbox to their consumers.

``outbox_drain`` (run by ``learning.tasks.outbox_drain`` after every commit that recorded an
event, and by beat as a sweep) takes due pending deliveries in batches, locking them with
``FOR UPDATE SKIP LOCKED`` so two workers never deliver the same row at once. A failure
schedules the next attempt in the row (``next_attempt_at``, capped exponential backoff); after
``OUTBOX_MAX_ATTEMPTS`` failures the delivery is dead, with its reason, until replayed.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from learning.events import consumer_get
from learning.models import Delivery

logger = logging.getLogger(__name__)

#: Seconds before the 1st, 2nd, ... retry; the last value is the cap.
BACKOFF_SECONDS = (10, 30, 120, 600, 3600)


def backoff(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failure (1-based), capped at the last step."""
    return timedelta(seconds=BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


def _max_attempts() -> int:
    return getattr(settings, "OUTBOX_MAX_ATTEMPTS", 8)


def _due_batch(size: int):
    due = Delivery.objects.filter(
        state=Delivery.State.PENDING, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at", "pk")
    if connection.features.has_select_for_update_skip_locked:
        due = due.select_for_update(skip_locked=True, of=("self",))
    return list(due.select_related("event")[:size])


def _deliver(delivery: Delivery) -> None:
    consumer = consumer_get(delivery.consumer)
    now = timezone.now()
    try:
        if consumer is None:
            raise LookupError(f"no consumer registered as {delivery.consumer!r}")
        with transaction.atomic():  # a failing handler's writes roll back on their own
            consumer.handler(delivery.event, delivery.target)
    except Exception as exc:
        delivery.attempts += 1
        delivery.last_error = f"{type(exc).__name__}: {exc}"[:2000]
        if delivery.attempts >= _max_attempts():
            delivery.state = Delivery.State.DEAD
            logger.error("outbox: %s dead after %s attempts", delivery, delivery.attempts)
        else:
            delivery.next_attempt_at = now + backoff(delivery.attempts)
    else:
        delivery.attempts += 1
        delivery.state = Delivery.State.DELIVERED
        delivery.delivered_at = now
        delivery.last_error = ""
    delivery.save(
        update_fields=["attempts", "state", "next_attempt_at", "last_error", "delivered_at"]
    )


def outbox_drain(*, batch_size: int = 100, max_batches: int = 50) -> int:
    """Deliver due pending deliveries, a batch per transaction; returns how many were handed
    to their consumer (delivered or not). Safe to run concurrently (rows are locked, others
    skipped) and repeatedly (a delivered row is never taken again)."""
    handled = 0
    for _batch in range(max_batches):
        with transaction.atomic():
            batch = _due_batch(batch_size)
            for delivery in batch:
                _deliver(delivery)
        handled += len(batch)
        if len(batch) < batch_size:
            break
    return handled


def deliveries_replay(*, queryset=None, consumer: str | None = None, dead_only=True) -> int:
    """Make dead (or, with ``dead_only=False``, also pending) deliveries due now with a fresh
    attempt count; returns how many. The caller enqueues the relay (``outbox_kick``)."""
    rows = queryset if queryset is not None else Delivery.objects.all()
    states = [Delivery.State.DEAD] if dead_only else [Delivery.State.DEAD, Delivery.State.PENDING]
    rows = rows.filter(state__in=states)
    if consumer:
        rows = rows.filter(consumer=consumer)
    return rows.update(state=Delivery.State.PENDING, attempts=0, next_attempt_at=timezone.now())


def oldest_pending_age() -> float | None:
    """Seconds since the oldest pending delivery was recorded, or None when none is."""
    oldest = (
        Delivery.objects.filter(state=Delivery.State.PENDING)
        .order_by("created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    return (timezone.now() - oldest).total_seconds() if oldest else None
