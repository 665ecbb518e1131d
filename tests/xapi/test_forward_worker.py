"""Forwarding with the real moving parts: a ``celery -A config worker`` process, a Redis of
the test's own as broker, Ralph behind the fault proxy. Redis stopped mid-run, the worker
killed with SIGKILL mid-batch, the web process dying between commit and enqueue: each run
ends reconciled by statement id once the parts are back and a sweep (what beat sends every
30 s) has run."""

import subprocess
import sys
import textwrap

import pytest

from learning.models import Delivery
from learning.xapi.forward import CONSUMER
from tests import factories, lrs
from tests.xapi.forwarding import committed_statements, forward_states, reconcile

pytestmark = [pytest.mark.lrs, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def redis_server(tmp_path):
    server = lrs.RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def web(redis_server):
    """This process plays the web process: its commits kick the relay through Redis."""
    with lrs.sending_through(redis_server.url) as app:
        yield app


@pytest.fixture
def worker(redis_server, tmp_path):
    """Start (and at the end stop) real workers; ``worker.log`` has what they printed."""
    env = lrs.worker_env(
        lrs.database_url(),
        redis_server.url,
        XAPI_FORWARD_LINGER_SECONDS=0,
        XAPI_FORWARD_TIMEOUT=10,
    )
    started = []

    class Workers:
        log = tmp_path / "worker.log"

        def start(self):
            process = lrs.worker_start(env, self.log)
            started.append(process)
            return process

    yield Workers()
    for process in started:
        lrs.worker_stop(process)


def all_delivered(count: int):
    return lambda: forward_states() == {"delivered": count}


def test_redis_stopped_mid_run_loses_nothing(ralph, target, web, worker, redis_server):
    learner = factories.person()
    worker.start()
    ids = committed_statements(learner, 5, "before-outage")
    lrs.until(all_delivered(1), 60, "the worker forwarding through Redis")

    redis_server.stop()
    ids += committed_statements(learner, 5, "during-outage")  # the kick fails, logged
    ids += committed_statements(learner, 5, "during-outage-2")
    assert forward_states() == {"delivered": 1, "pending": 2}

    redis_server.start()  # same port: the worker reconnects
    lrs.until(lambda: _sweep_ok(web), 30, "sending the sweep once Redis is back")
    lrs.until(all_delivered(3), 60, "the sweep delivering what was recorded during the outage")
    reconcile(ralph, learner, ids)


def _sweep_ok(app) -> bool:
    try:
        lrs.sweep(app)
    except Exception:
        return False
    return True


def test_a_worker_killed_mid_batch_is_finished_by_a_new_one(ralph, proxy, target, web, worker):
    learner = factories.person()
    proxy.mode, proxy.delay = "slow", 1.5  # each request takes 1.5 s: room for the kill
    first = worker.start()
    ids = []
    for n in range(3):  # 250 statements: three POSTs of 100, 100 and 50
        ids += committed_statements(learner, (120, 120, 10)[n], f"batch-{n}")
    lrs.until(lambda: len(proxy.posts()) >= 2, 60, "the worker sending its second POST")

    lrs.worker_kill(first)  # mid-batch: the first 100 are in Ralph, no row is marked
    held = len(ralph.ids_about(str(learner.xapi_key)))
    assert 0 < held < len(ids)
    assert Delivery.objects.filter(consumer=CONSUMER, state="delivered").count() == 0

    proxy.mode = "pass"
    worker.start()
    lrs.sweep(web)  # the killed worker's message waits for the visibility timeout; beat sweeps
    lrs.until(all_delivered(3), 60, "a new worker finishing the batch")
    reconcile(ralph, learner, ids)


WEB_DIES = """
import os, django
django.setup()
from django.db import transaction
from learning.models import Person
from tests.xapi.forwarding import committed_statements

person = Person.objects.get(pk={person})
with transaction.atomic():
    # Registered first, so it runs first: the process dies after the commit, before the
    # relay is enqueued.
    transaction.on_commit(lambda: os._exit(3))
    ids = committed_statements(person, 4, "web-dies")
    print(" ".join(ids), flush=True)
"""


def test_the_web_process_dying_between_commit_and_enqueue_is_swept(
    ralph, target, web, worker, redis_server
):
    learner = factories.person()
    queue = ["redis-cli", "-p", str(redis_server.port), "llen", "celery"]
    # Creating the learner kicked the relay for its own events (assignment rules follow
    # new people): what the dying process enqueues is counted from here.
    before = subprocess.run(queue, capture_output=True, text=True).stdout.strip()
    env = lrs.worker_env(lrs.database_url(), redis_server.url, XAPI_FORWARD_LINGER_SECONDS=0)
    died = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(WEB_DIES).format(person=learner.pk)],
        env=env,
        cwd=lrs.REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert died.returncode == 3, died.stderr[-2000:]
    ids = died.stdout.split()
    assert len(ids) == 4
    assert forward_states() == {"pending": 1}  # committed with the statements
    queued = subprocess.run(queue, capture_output=True, text=True)
    assert queued.stdout.strip() == before  # nothing was enqueued

    worker.start()
    lrs.sweep(web)
    lrs.until(all_delivered(1), 60, "the sweep delivering the orphaned delivery")
    reconcile(ralph, learner, ids)
