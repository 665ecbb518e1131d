"""The event seam: the one way a service records that something happened.

A service calls ``event_record`` *inside* its transaction. It writes the event to the outbox
(``learning.models.Event``) with a deterministic id, one ``Delivery`` per registered consumer
that wants the kind (and per target the consumer names), and, once the transaction commits,
sends the domain signal and asks the relay (``learning.outbox``) to drain. Nothing is written
if the transaction rolls back; nothing is lost if the broker is down (beat sweeps the outbox).

Consumers (the outline rebuild now; xAPI, certificates, webhooks and reminders later) are
registered in code with ``consumer_register``; each delivery has its own state per consumer
and target, so one failing consumer never holds up another.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from django.db import connection, transaction
from django.utils import timezone

from learning.models import Delivery, Event

logger = logging.getLogger(__name__)

#: Namespace of event ids: ``uuid5(NAMESPACE, "kind:object_key:occurrence")``. Never change
#: it, or replays recorded before and after the change get different ids.
NAMESPACE = uuid.UUID("5b0f4a52-7d0e-4c1e-9a57-3f1d2c6e8a10")


@dataclass(frozen=True)
class Consumer:
    """A reader of the outbox: ``handler(event, target)`` delivers one event to one target
    and raises on failure (the relay retries it). ``kinds`` are the event kinds it wants;
    ``targets(event)`` names the targets (default: one, the empty string). A handler must be
    idempotent: a delivery can run again after a crash between the handler and the mark.

    A consumer that sends over the network may instead take its deliveries in groups:
    ``batch_handler(deliveries, target)`` gets the due deliveries of one target (plus those
    still in their ``linger`` window, so one request carries them all) and returns, per
    delivery pk, None (delivered) or the exception it failed with (a missing pk counts as
    delivered; ``learning.outbox.DeliveryRefused`` dead-letters at once)."""

    name: str
    kinds: frozenset[str]
    handler: Callable[[Event, str], None]
    targets: Callable[[Event], Iterable[str]] = field(default=lambda event: [""])
    batch_handler: Callable[[list[Delivery], str], dict[int, Exception | None]] | None = None
    linger: float | Callable[[], float] = 0.0


_CONSUMERS: dict[str, Consumer] = {}


def consumer_register(
    name: str,
    *,
    kinds: Iterable[str],
    handler: Callable[[Event, str], None],
    targets: Callable[[Event], Iterable[str]] | None = None,
    batch_handler: Callable[[list[Delivery], str], dict[int, Exception | None]] | None = None,
    linger: float | Callable[[], float] = 0.0,
) -> Consumer:
    """Register (or replace, so a re-import is harmless) the consumer ``name``."""
    consumer = Consumer(
        name,
        frozenset(kinds),
        handler,
        targets or (lambda event: [""]),
        batch_handler=batch_handler,
        linger=linger,
    )
    _CONSUMERS[name] = consumer
    return consumer


def consumer_get(name: str) -> Consumer | None:
    return _CONSUMERS.get(name)


def consumers_for(kind: str) -> list[Consumer]:
    return [c for c in _CONSUMERS.values() if kind in c.kinds]


def event_id(kind: str, object_key, occurrence) -> uuid.UUID:
    """The deterministic id of an event: the same change always gets the same id."""
    return uuid.uuid5(NAMESPACE, f"{kind}:{object_key}:{occurrence}")


def _check_payload(payload: dict) -> None:
    """Ids and ISO strings only: it must survive a JSON round trip unchanged, so no model
    instance, datetime or UUID object slips in (they serialise differently, or not at all)."""
    if json.loads(json.dumps(payload)) != payload:
        raise TypeError("event payload must be JSON-native (ids and ISO strings)")


def _insert_new(event: Event) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING in one statement (PostgreSQL and SQLite alike): True
    when the row is new. Under a race the second writer waits for the first to commit and
    then finds the row, so exactly one of them records the event."""
    fields = [f for f in Event._meta.concrete_fields]
    values = [f.get_db_prep_save(getattr(event, f.attname), connection) for f in fields]
    table = connection.ops.quote_name(Event._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks}) "  # noqa: S608 (names from the model)
            "ON CONFLICT DO NOTHING RETURNING 1",
            values,
        )
        return cursor.fetchone() is not None


def event_record(
    *, kind: str, object_key, occurrence, payload: dict, signal=None, **signal_kwargs
) -> Event:
    """Record the event ``kind`` of ``object_key`` (its ``occurrence``) in the current
    transaction; returns the event.

    Idempotent: a replay with the same kind, object and occurrence returns the existing row,
    adds no delivery and sends nothing. For a new event: one pending delivery per consumer
    and target, and on commit ``signal.send(**signal_kwargs)`` and a best-effort enqueue of
    the relay. Must be called inside ``transaction.atomic`` (raises RuntimeError otherwise),
    so the event commits or rolls back with the change it describes."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("event_record() must be called inside the service's transaction")
    _check_payload(payload)
    event = Event(
        id=event_id(kind, object_key, occurrence),
        kind=kind,
        object_key=str(object_key)[:200],
        occurrence=str(occurrence)[:200],
        payload=payload,
        recorded_at=timezone.now(),
    )
    if not _insert_new(event):
        return Event.objects.get(pk=event.pk)
    deliveries = [
        Delivery(event=event, consumer=consumer.name, target=target)
        for consumer in consumers_for(kind)
        for target in consumer.targets(event)
    ]
    Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
    if signal is not None:
        transaction.on_commit(partial(signal.send, **signal_kwargs))
    if deliveries:
        transaction.on_commit(outbox_kick)
    return event


def signal_on_commit(signal, **signal_kwargs) -> None:
    """Send ``signal`` once the transaction commits, recording no event: only for frequent
    notices no consumer needs delivered (a return visit to a lesson). Anything a consumer
    must receive goes through ``event_record``."""
    transaction.on_commit(partial(signal.send, **signal_kwargs))


#: A kick runs at least this long after it is sent, so the kicks of one process coalesce:
#: under load one enqueue per interval instead of one per commit (each costs a broker round
#: trip on the request's path). Seconds; tiny against the broker's visibility timeout.
KICK_COALESCE = 0.5

_kick_lock = threading.Lock()
_kick_runs_at = 0.0  # time.monotonic() at which the last kick this process sent will run


def outbox_kick(countdown: float = 0) -> None:
    """Ask a worker to drain the outbox soon (at the earliest in ``countdown`` seconds: a
    few, for a consumer that lets deliveries linger to send them together; never more, the
    schedule lives in the rows). A kick this process already sent that will run late enough
    covers this one, so nothing is sent (the relay drains every due row, not one event).

    Best effort: when the broker cannot be reached the error is logged, never raised (the
    change is committed and the beat sweep delivers it), so a broker outage never turns a
    publish or a completion into an error page."""
    global _kick_runs_at
    from learning.tasks import outbox_drain

    if outbox_drain.app.conf.task_always_eager:  # tests and seeding: drain here, now
        _kick_send(outbox_drain, countdown)
        return
    with _kick_lock:
        now = time.monotonic()
        if _kick_runs_at >= now + countdown:
            return
        delay = max(countdown, KICK_COALESCE)
        if _kick_send(outbox_drain, delay):
            _kick_runs_at = now + delay


def _kick_send(task, countdown: float) -> bool:
    try:
        task.apply_async(countdown=countdown or None)
    except Exception as exc:
        logger.warning("outbox: could not enqueue the relay (%s); beat will sweep", exc)
        return False
    return True
