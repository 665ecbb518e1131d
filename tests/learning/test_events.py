"""The event seam (``learning.events``) and its relay (``learning.outbox``): an event is
written with the change or not at all, a replay never duplicates it, and a failing consumer
is retried on the schedule in its row, dead-lettered with the reason and replayed."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.utils import timezone

from learning import events
from learning.enrolments import enrolment_create
from learning.events import event_record
from learning.models import Delivery, Event
from learning.outbox import BACKOFF_SECONDS, deliveries_replay, outbox_drain
from tests import factories
from tests.modules import pages

KIND = "test.happened"


@pytest.fixture
def consumer(db):
    """A consumer of ``KIND`` whose handler fails while ``failing`` is set."""
    state = {"failing": False, "received": []}

    def handler(event, target):
        if state["failing"]:
            raise ConnectionError("target answered 503")
        state["received"].append((event.pk, target))

    events.consumer_register("test-consumer", kinds=[KIND], handler=handler)
    yield state
    events._CONSUMERS.pop("test-consumer")


def record(occurrence="1", **payload):
    with TestCase.captureOnCommitCallbacks(execute=True), transaction.atomic():
        return event_record(kind=KIND, object_key="thing:1", occurrence=occurrence, payload=payload)


def test_replaying_a_service_call_adds_no_event(db, tree):
    catalogue = pages.catalogue()
    module = pages.module(catalogue, "Bullying", lessons=1)
    learner = factories.person(units=[tree["daycare"]])

    first = enrolment_create(person=learner, module_key=module.translation_key)
    again = enrolment_create(person=learner, module_key=module.translation_key)

    assert first == again
    assert Event.objects.filter(kind="module.enrolled").count() == 1


def test_the_same_change_recorded_twice_is_one_event_and_one_delivery(consumer):
    first = record("1")
    replay = record("1")
    second_occurrence = record("2")

    assert first.pk == replay.pk != second_occurrence.pk
    assert Delivery.objects.filter(event=first).count() == 1
    assert len(consumer["received"]) == 2  # delivered once per event, not per call


def test_a_rolled_back_change_leaves_no_event_and_no_delivery(consumer):
    with pytest.raises(RuntimeError), transaction.atomic():
        event_record(kind=KIND, object_key="thing:1", occurrence="1", payload={})
        raise RuntimeError("the service failed after recording")

    assert not Event.objects.exists()
    assert not Delivery.objects.exists()


def test_a_payload_with_objects_is_refused(db):
    with pytest.raises(TypeError), transaction.atomic():
        event_record(kind=KIND, object_key="x", occurrence="1", payload={"at": timezone.now()})


def test_a_failing_consumer_retries_on_the_schedule_then_is_dead_and_replayed(consumer, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 6
    consumer["failing"] = True
    start = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False) as clock:
        record()  # the on-commit drain makes the first attempt
        delivery = Delivery.objects.get()
        waits = []
        while delivery.state == Delivery.State.PENDING:
            waits.append((delivery.next_attempt_at - timezone.now()).total_seconds())
            clock.move_to(delivery.next_attempt_at - timedelta(seconds=1))
            assert outbox_drain() == 0  # not due yet: nothing is taken early
            clock.move_to(delivery.next_attempt_at)
            assert outbox_drain() == 1
            delivery.refresh_from_db()

    assert waits == [10, 30, 120, 600, 3600]  # capped: one more wait would be 3600 again
    assert list(BACKOFF_SECONDS) == waits
    assert delivery.state == Delivery.State.DEAD
    assert delivery.attempts == 6
    assert delivery.last_error == "ConnectionError: target answered 503"
    assert consumer["received"] == []

    consumer["failing"] = False
    assert deliveries_replay(consumer="test-consumer") == 1
    outbox_drain()

    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.DELIVERED
    assert consumer["received"] == [(delivery.event_id, "")]


def test_the_replay_command_redelivers_dead_deliveries(consumer):
    consumer["failing"] = True
    record()
    Delivery.objects.update(state=Delivery.State.DEAD)
    consumer["failing"] = False

    call_command("outbox_replay", "--dead", "--consumer", "test-consumer", "--now")

    assert Delivery.objects.get().state == Delivery.State.DELIVERED


def test_healthz_is_degraded_when_a_delivery_waits_too_long(client, consumer, settings):
    settings.OUTBOX_MAX_PENDING_AGE = 300
    consumer["failing"] = True
    record()
    assert client.get("/healthz").json()["outbox"]["status"] == "ok"

    Delivery.objects.update(created_at=timezone.now() - timedelta(seconds=301))
    response = client.get("/healthz")

    assert response.status_code == 200  # late, not down
    body = response.json()
    assert body["status"] == "degraded"
    assert body["outbox"] == {"status": "degraded", "oldest_pending_seconds": 301}


def test_beat_sweeps_the_outbox_and_the_relay_survives_a_lost_worker():
    from config.celery import app
    from learning.tasks import outbox_drain as task

    entry = app.conf.beat_schedule["outbox-drain"]
    assert entry["task"] == task.name and entry["schedule"] <= 60
    assert task.acks_late and task.reject_on_worker_lost


def test_the_admin_lists_dead_deliveries_with_the_reason_and_replays_them(client, consumer):
    consumer["failing"] = True
    record()
    Delivery.objects.update(state=Delivery.State.DEAD)
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = "/django-admin/learning/delivery/"

    listing = client.get(url, {"state__exact": "dead"})
    assert "target answered 503" in listing.content.decode()

    consumer["failing"] = False
    ids = [str(pk) for pk in Delivery.objects.values_list("pk", flat=True)]
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url, {"action": "replay", "_selected_action": ids})

    assert response.status_code == 302
    assert Delivery.objects.get().state == Delivery.State.DELIVERED


def _queued(app) -> int:
    with app.connection_for_write() as conn:
        return conn.default_channel.client.llen(app.conf.task_default_queue)


@pytest.mark.skipif(not settings.REDIS_URL, reason="counts messages on the Redis broker")
def test_kicks_of_one_process_coalesce_but_a_later_need_is_never_skipped(monkeypatch):
    """Many commits in a burst enqueue one relay run, which runs after all of them; a kick
    that needs a later run (a lingering consumer) is sent even so."""
    from config.celery import app

    monkeypatch.setattr(events, "_kick_runs_at", 0.0)
    app.conf.task_always_eager = False
    try:
        app.control.purge()
        for _ in range(20):
            events.outbox_kick()
        assert _queued(app) == 1
        events.outbox_kick(countdown=5)  # needs a run in 5 s: the queued one runs sooner
        assert _queued(app) == 2
        events._kick_runs_at = 0.0  # as when the coalescing interval is over
        events.outbox_kick()
        assert _queued(app) == 3
    finally:
        app.control.purge()
        app.conf.task_always_eager = True
