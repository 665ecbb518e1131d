"""Background work runs through the configured broker (Redis in CI, the filesystem
transport in the embedded default) and a real Celery worker."""

import time

import pytest
from celery.contrib.testing.worker import start_worker

from config.celery import app
from learning.models import Heartbeat
from learning.tasks import heartbeat_record


@pytest.fixture
def through_broker():
    """Send tasks through the broker, not in-process as the rest of the suite does."""
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = True


@pytest.mark.django_db(transaction=True)
def test_a_queued_task_is_run_by_a_real_worker_and_shows_in_health(client, through_broker):
    heartbeat_record.delay("worker")

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        deadline = time.monotonic() + 30
        while not Heartbeat.objects.filter(name="worker").exists():
            assert time.monotonic() < deadline, "the worker did not run the task in 30 s"
            time.sleep(0.2)

    assert client.get("/healthz").json()["worker_last_seen"] is not None


def test_beat_schedules_the_heartbeat():
    schedule = app.conf.beat_schedule

    assert schedule["heartbeat"]["task"] == heartbeat_record.name
