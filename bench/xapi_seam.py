"""What the event seam adds to a lesson completion.

``lesson_complete`` with the seam as built (an event row, one delivery per consumer, the
relay enqueued on commit on the Redis broker) against the same service with the seam taken
out (only the domain signal on commit, as before issue 9), in interleaved slices of the same
run on the same PostgreSQL database. Each completion is a fresh (learner, lesson) pair that
the learner has viewed, completing the first of three lessons (one event).

Run with ``python -m bench.xapi_seam`` (or ``make bench``); needs ``DATABASE_URL``
(PostgreSQL) and ``REDIS_URL``; creates and drops ``test_<name>``.
"""

from __future__ import annotations

import statistics
import time
import uuid
from functools import partial

PEOPLE = 1_200
SLICE = 50
WARMUP = 50


def _populate():
    from django.utils import timezone

    from learning.models import CourseLesson, CourseModule, Enrolment, Person, User

    module = CourseModule.objects.create(
        key=uuid.uuid4(), title="Bench module", published_at=timezone.now()
    )
    lessons = [
        CourseLesson.objects.create(module=module, key=uuid.uuid4(), title=f"L{n}", position=n)
        for n in range(3)
    ]
    users = User.objects.bulk_create(User(username=f"s{i}") for i in range(PEOPLE))
    people = Person.objects.bulk_create(
        Person(user=u, employee_number=f"S{i}", sector="other") for i, u in enumerate(users)
    )
    now = timezone.now()
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(person=p, module=module, enrolled_at=now) for p in people
    )
    return enrolments, lessons[0].key


def _without_seam(*, kind, object_key, occurrence, payload, signal=None, **signal_kwargs):
    """The seam taken out: only the domain signal on commit (what services did before)."""
    from django.db import transaction

    if signal is not None:
        transaction.on_commit(partial(signal.send, **signal_kwargs))


def _complete(enrolment, key) -> float:
    from learning.enrolments import lesson_complete

    start = time.perf_counter()
    lesson_complete(enrolment=enrolment, lesson_key=key, revision_id=None)
    return time.perf_counter() - start


def run() -> dict:
    from celery import current_app

    from learning import enrolments as service
    from learning.enrolments import lesson_view_record
    from learning.models import Delivery

    current_app.conf.task_always_eager = False  # enqueue on the broker, as in production
    pairs, key = _populate()
    for enrolment in pairs:
        lesson_view_record(enrolment=enrolment, lesson_key=key, revision_id=None)
    with_seam = service.event_record
    times: dict[str, list[float]] = {"with seam": [], "without": []}
    for enrolment in pairs[:WARMUP]:
        _complete(enrolment, key)
    rest = pairs[WARMUP:]
    for n, start in enumerate(range(0, len(rest), SLICE)):
        variant = "with seam" if n % 2 == 0 else "without"
        service.event_record = with_seam if variant == "with seam" else _without_seam
        try:
            times[variant] += [_complete(e, key) for e in rest[start : start + SLICE]]
        finally:
            service.event_record = with_seam
    result = {name: statistics.median(values) * 1000 for name, values in times.items()}
    p95 = {name: statistics.quantiles(v, n=20)[18] * 1000 for name, v in times.items()}
    print("\nEvent seam on a lesson completion (PostgreSQL, Redis broker, interleaved slices)")
    for name in times:
        print(
            f"  {name:10} p50 {result[name]:6.2f} ms  p95 {p95[name]:6.2f} ms"
            f"  (n={len(times[name])})"
        )
    ratio = result["with seam"] / result["without"]
    print(f"  with / without: {ratio:.2f}x  (deliveries written: {Delivery.objects.count()})")
    current_app.control.purge()  # the relay tasks enqueued: no worker runs beside the bench
    current_app.conf.task_always_eager = True
    return {"ratio": ratio, **result}


if __name__ == "__main__":
    from bench import in_test_db

    in_test_db(run)
