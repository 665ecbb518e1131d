"""The relay: hands pending deliveries of the outbox to their consumers.

``outbox_drain`` (run by ``learning.tasks.outbox_drain`` after every commit that recorded an
event, and by beat as a sweep) takes due pending deliveries in batches, locking them with
``FOR UPDATE SKIP LOCKED`` so two workers never deliver the same row at once. A failure
schedules the next attempt in the row (``next_attempt_at``, capped exponential backoff); after
``OUTBOX_MAX_ATTEMPTS`` failures the delivery is dead, with its reason, until replayed.

A consumer with a ``batch_handler`` (the LRS forwarding, ``learning.xapi.forward``) gets the
due deliveries of one target at once, topped up with that target's deliveries still in their
linger window, so one request carries them; each row still gets its own outcome.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from learning.events import consumer_get
from learning.models import Delivery

logger = logging.getLogger(__name__)

#: The most deliveries of one target handed to a batch handler at once.
GROUP_SIZE = 100


class DeliveryRefused(Exception):
    """The target refused the delivery for good (an LRS answering 400): dead-lettered at
    once with this reason, since retrying the same request cannot succeed. Replayed after
    the cause is fixed."""


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


def _mark(delivery: Delivery, error: Exception | None, now) -> None:
    """Record the outcome of one attempt: delivered, a retry on the schedule, or dead."""
    delivery.attempts += 1
    if error is None:
        delivery.state = Delivery.State.DELIVERED
        delivery.delivered_at = now
        delivery.last_error = ""
    else:
        delivery.last_error = f"{type(error).__name__}: {error}"[:2000]
        if isinstance(error, DeliveryRefused) or delivery.attempts >= _max_attempts():
            delivery.state = Delivery.State.DEAD
            logger.error("outbox: %s dead after %s attempts", delivery, delivery.attempts)
        else:
            delivery.next_attempt_at = now + backoff(delivery.attempts)
    delivery.save(
        update_fields=["attempts", "state", "next_attempt_at", "last_error", "delivered_at"]
    )


def _deliver(delivery: Delivery) -> None:
    consumer = consumer_get(delivery.consumer)
    error = None
    try:
        if consumer is None:
            raise LookupError(f"no consumer registered as {delivery.consumer!r}")
        with transaction.atomic():  # a failing handler's writes roll back on their own
            consumer.handler(delivery.event, delivery.target)
    except Exception as exc:
        error = exc
    _mark(delivery, error, timezone.now())


def _lingering(consumer, target: str, taken: list[Delivery], limit: int) -> list[Delivery]:
    """Pending, never tried deliveries of ``consumer`` to ``target`` that will be due within
    its linger window: sent with the due ones instead of in a request of their own."""
    window = consumer.linger() if callable(consumer.linger) else consumer.linger
    if limit <= 0 or not window:
        return []
    rows = Delivery.objects.filter(
        state=Delivery.State.PENDING,
        consumer=consumer.name,
        target=target,
        attempts=0,
        next_attempt_at__lte=timezone.now() + timedelta(seconds=window),
    ).exclude(pk__in=[d.pk for d in taken])
    if connection.features.has_select_for_update_skip_locked:
        rows = rows.select_for_update(skip_locked=True, of=("self",))
    return list(rows.select_related("event").order_by("next_attempt_at", "pk")[:limit])


def _deliver_group(consumer, target: str, rows: list[Delivery]) -> int:
    """Hand ``rows`` (one consumer, one target) to the consumer's batch handler; returns how
    many deliveries it took, the topped-up ones included."""
    rows = rows + _lingering(consumer, target, rows, GROUP_SIZE - len(rows))
    try:
        with transaction.atomic():
            outcomes = consumer.batch_handler(rows, target) or {}
    except Exception as exc:
        outcomes = {row.pk: exc for row in rows}
    now = timezone.now()
    for row in rows:
        _mark(row, outcomes.get(row.pk), now)
    return len(rows)


def outbox_drain(*, batch_size: int = 100, max_batches: int = 50) -> int:
    """Deliver due pending deliveries, a batch per transaction; returns how many were handed
    to their consumer (delivered or not). Safe to run concurrently (rows are locked, others
    skipped) and repeatedly (a delivered row is never taken again)."""
    handled = 0
    for _batch in range(max_batches):
        with transaction.atomic():
            batch = _due_batch(batch_size)
            groups: dict[tuple[str, str], list[Delivery]] = defaultdict(list)
            for delivery in batch:
                consumer = consumer_get(delivery.consumer)
                if consumer is not None and consumer.batch_handler is not None:
                    groups[(consumer.name, delivery.target)].append(delivery)
                else:
                    _deliver(delivery)
                    handled += 1
            for (name, target), rows in groups.items():
                handled += _deliver_group(consumer_get(name), target, rows)
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
