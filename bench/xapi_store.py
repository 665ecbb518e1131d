"""The statement store: ingest through ``/xapi/statements`` and filtered reads at scale.

1. **Ingest.** The same statements POSTed to ``/xapi/statements`` (1, 100 and 1,000 per
   request, Basic auth, through the whole Django stack in-process) against a raw bulk insert
   of those statements into the same PostgreSQL table (``COPY``, no validation, no Django):
   statements per second and the ratio, measured in the same run.
2. **Filtered GET at 1,000,000 statements.** The store is filled to a million statements
   (5,000 learners, 2,000 activities, 20,000 registrations over a year, by SQL), then each
   filter a reporting tool uses is timed (p50/p95) beside a bare view through the same
   client in the same run.

Run with ``python -m bench.xapi_store`` (or ``make bench``); needs ``DATABASE_URL``
(PostgreSQL); creates and drops ``test_<name>``. ``BENCH_STATEMENTS`` changes the size.
"""

from __future__ import annotations

import os
import statistics
import time
import uuid

STORED = int(os.environ.get("BENCH_STATEMENTS", "1000000"))
ACTORS = 5_000
ACTIVITIES = 2_000
REGISTRATIONS = 20_000
REPEATS = 40
HOME = "https://bench.example"
LESSON = "https://bench.example/xapi/activities/lesson/"


def _statement(n: int) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "account": {"homePage": HOME, "name": f"p{n % ACTORS}"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en": "completed"}},
        "object": {
            "objectType": "Activity",
            "id": f"{LESSON}{n % ACTIVITIES}",
            "definition": {
                "name": {"en": f"Lesson {n}", "da": f"Lektion {n}"},
                "type": "http://adlnet.gov/expapi/activities/lesson",
            },
        },
        "result": {"completion": True, "duration": "PT4M12S"},
        "context": {
            "registration": str(uuid.uuid5(uuid.NAMESPACE_URL, f"r{n % REGISTRATIONS}")),
            "platform": "bench",
            "language": "da",
        },
        "timestamp": "2026-11-30T10:00:00+00:00",
    }


def _fill(total: int) -> None:
    """``total`` statements by SQL (seconds per 100,000, not minutes): the store's columns
    and a realistic JSON document each, spread over a year of ``stored``."""
    from django.db import connection

    verbs = [
        "completed", "experienced", "registered", "progressed",
        "answered", "passed", "failed", "attempted",
    ]  # fmt: skip
    verb_array = "ARRAY[" + ",".join(f"'http://adlnet.gov/expapi/verbs/{v}'" for v in verbs) + "]"
    sql = f"""
        INSERT INTO learning_statement
          (id, data, actor_key, verb_id, activity_id, registration, timestamp, stored, voided)
        SELECT id, jsonb_build_object(
                 'id', id, 'actor', jsonb_build_object('objectType', 'Agent', 'account',
                   jsonb_build_object('homePage', %(home)s, 'name', 'p' || (n %% {ACTORS}))),
                 'verb', jsonb_build_object('id', verb),
                 'object', jsonb_build_object('objectType', 'Activity',
                   'id', %(lesson)s || (n %% {ACTIVITIES}),
                   'definition', jsonb_build_object('name', jsonb_build_object(
                     'en', 'Lesson ' || n, 'da', 'Lektion ' || n))),
                 'result', jsonb_build_object('completion', true, 'duration', 'PT4M12S'),
                 'context', jsonb_build_object('registration', registration, 'platform', 'bench'),
                 'timestamp', to_char(stored, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'stored', to_char(stored, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'version', '1.0.3'),
               'account::' || %(home)s || '::p' || (n %% {ACTORS}), verb,
               %(lesson)s || (n %% {ACTIVITIES}), registration, stored, stored, false
        FROM (
          SELECT n, gen_random_uuid() AS id,
                 ({verb_array})[1 + n %% 8] AS verb,
                 md5('r' || (n %% {REGISTRATIONS}))::uuid AS registration,
                 now() - interval '365 days' + (n * interval '365 days' / %(total)s) AS stored
          FROM generate_series(1, %(total)s) AS n
        ) AS rows
    """  # noqa: S608 (constants of this module only)
    step = 100_000
    with connection.cursor() as cursor:
        for start in range(0, total, step):
            cursor.execute(
                sql.replace(
                    "generate_series(1, %(total)s)",
                    f"generate_series({start + 1}, {min(start + step, total)})",
                ),
                {"home": HOME, "lesson": LESSON, "total": total},
            )
        cursor.execute("ANALYZE learning_statement")


def _timed(call, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]
