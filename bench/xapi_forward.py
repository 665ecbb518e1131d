"""Forwarding throughput: the relay sending stored statements to a real Ralph LRS, against
Ralph's own ingest of the same kind of statements POSTed straight to it.

Ralph (from PyPI, on loopback, filesystem backend; ``tests/lrs.py`` installs and starts it)
receives, in interleaved slices of the same run:

- **forwarded**: statements stored with their outbox event (10 per event, as an exam
  submission makes), then ``outbox_drain`` until every delivery is delivered: the
  platform's whole path (select due deliveries, read the statements, actor per target, POST
  of up to 100, mark the rows);
- **direct**: the same number of statements, as the forwarder would send them, POSTed to
  Ralph 100 at a time with one HTTP session: Ralph's ingest alone.

Prints statements per second for both and the ratio. Run with
``python -m bench.xapi_forward`` (or ``make bench``); needs ``DATABASE_URL`` (PostgreSQL).
"""

from __future__ import annotations

import statistics
import tempfile
import time
import uuid
from pathlib import Path

SLICES = 6
EVENTS_PER_SLICE = 50
PER_EVENT = 10


def _statement(n: int) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "account": {"homePage": "https://bench.example",
                                                     "name": f"p{n % 500}"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en": "answered"}},
        "object": {"objectType": "Activity",
                   "id": f"https://bench.example/xapi/activities/question/{n % 40}"},
        "result": {"success": n % 3 != 0, "response": "a[,]b"},
        "context": {"registration": str(uuid.uuid4()), "platform": "bench"},
        "timestamp": "2026-11-30T10:00:00+00:00",
    }  # fmt: skip


def _forwarded(slice_no: int) -> tuple[int, float]:
    from django.db import transaction

    from learning.events import event_record
    from learning.models import Delivery
    from learning.outbox import outbox_drain
    from learning.xapi.store import statements_store

    with transaction.atomic():
        for e in range(EVENTS_PER_SLICE):
            event = event_record(
                kind="bench.forward", object_key=f"s{slice_no}:{e}", occurrence="1", payload={}
            )
            base = (slice_no * EVENTS_PER_SLICE + e) * PER_EVENT
            statements_store([_statement(base + n) for n in range(PER_EVENT)], event=event)
    start = time.perf_counter()
    while Delivery.objects.filter(consumer="xapi.forward", state="pending").exists():
        outbox_drain()
    elapsed = time.perf_counter() - start
    dead = Delivery.objects.filter(consumer="xapi.forward", state="dead").count()
    assert dead == 0, Delivery.objects.filter(state="dead").values_list("last_error")[:1]
    return EVENTS_PER_SLICE * PER_EVENT, elapsed


def _direct(session, ralph, slice_no: int) -> tuple[int, float]:
    count = EVENTS_PER_SLICE * PER_EVENT
    statements = [_statement(10_000_000 + slice_no * count + n) for n in range(count)]
    start = time.perf_counter()
    for first in range(0, count, 100):
        response = session.post(
            ralph.endpoint + "statements",
            json=statements[first : first + 100],
            headers={"X-Experience-API-Version": "1.0.3"},
            timeout=60,
        )
        response.raise_for_status()
    return count, time.perf_counter() - start


def run() -> dict:
    import requests
    from celery import current_app
    from django.conf import settings

    from learning.models import ForwardTarget
    from learning.xapi.secrets import secret_encrypt
    from tests import lrs

    settings.XAPI_FORWARD_LINGER_SECONDS = 0
    # What a commit enqueues goes to the broker and stays there: the bench drains by itself.
    current_app.conf.task_always_eager = False
    try:
        ralph = lrs.ralph_start(Path(tempfile.mkdtemp(prefix="bench-ralph-")))
    except lrs.Unavailable as exc:
        print(f"\nForwarding benchmark skipped: {exc}")
        return {}
    try:
        ForwardTarget.objects.create(
            name="Ralph",
            endpoint=ralph.endpoint,
            username=ralph.username,
            secret_encrypted=secret_encrypt(ralph.password),
        )
        session = requests.Session()
        session.auth = (ralph.username, ralph.password)
        _forwarded(-1), _direct(session, ralph, -1)  # warm-up
        rates: dict[str, list[float]] = {"forwarded": [], "direct": []}
        for n in range(SLICES):
            count, seconds = _forwarded(n)
            rates["forwarded"].append(count / seconds)
            count, seconds = _direct(session, ralph, n)
            rates["direct"].append(count / seconds)
    finally:
        lrs.process_stop(ralph.process)
        current_app.control.purge()
        current_app.conf.task_always_eager = True
    median = {name: statistics.median(values) for name, values in rates.items()}
    ratio = median["forwarded"] / median["direct"]
    print("\nForwarding to Ralph LRS (loopback, fs backend) against Ralph's own ingest")
    for name, value in median.items():
        print(f"  {name:10} {value:8.0f} statements/s (median of {SLICES} slices)")
    print(f"  forwarded / direct: {ratio:.2f}x")
    return {"ratio": ratio, **median}


if __name__ == "__main__":
    from bench import in_test_db

    in_test_db(run)
