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

import json
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


def _api():
    """A Django test client with the headers of an xAPI client holding every scope."""
    import base64

    from django.test import Client

    from learning.xapi.auth import client_create

    credentials = client_create(name="bench", scopes=["statements/write", "statements/read"])
    token = base64.b64encode(f"{credentials.client.key}:{credentials.secret}".encode()).decode()
    headers = {
        "HTTP_AUTHORIZATION": f"Basic {token}",
        "HTTP_X_EXPERIENCE_API_VERSION": "1.0.3",
    }
    return Client(), headers


def _copy(statements: list[dict]) -> None:
    """The baseline: the same statements straight into the table with COPY."""
    import json

    from django.db import connection

    from learning.xapi.store import actor_key

    connection.ensure_connection()
    columns = "id, data, actor_key, verb_id, activity_id, registration, timestamp, stored, voided"
    sql = f"COPY learning_statement ({columns}) FROM STDIN"
    with connection.connection.cursor() as cursor, cursor.copy(sql) as copy:
        for s in statements:
            copy.write_row(
                (
                    s["id"],
                    json.dumps(s),
                    actor_key(s["actor"]),
                    s["verb"]["id"],
                    s["object"]["id"],
                    s["context"]["registration"],
                    s["timestamp"],
                    s["timestamp"],
                    False,
                )
            )


def ingest() -> dict:
    client, headers = _api()
    rows = {}
    print("\nStatement ingest: POST /xapi/statements against COPY of the same statements")
    print(f"  {'per request':>11}  {'API stmt/s':>10}  {'COPY stmt/s':>11}  {'ratio':>6}")
    for per_request, total in ((1, 300), (100, 3_000), (1_000, 5_000)):
        batches = [
            [_statement(n) for n in range(start, start + per_request)]
            for start in range(0, total, per_request)
        ]
        raw = [_statement(n) for n in range(total)]
        client.post(
            "/xapi/statements",
            data=json.dumps(batches[0]),
            content_type="application/json",
            **headers,
        )  # warm-up
        start = time.perf_counter()
        for batch in batches[1:]:
            response = client.post(
                "/xapi/statements",
                data=json.dumps(batch if per_request > 1 else batch[0]),
                content_type="application/json",
                **headers,
            )
            assert response.status_code == 200, response.content[:300]
        api_rate = (total - per_request) / (time.perf_counter() - start)
        start = time.perf_counter()
        _copy(raw)
        copy_rate = total / (time.perf_counter() - start)
        rows[per_request] = (api_rate, copy_rate, api_rate / copy_rate)
        ratio = api_rate / copy_rate
        print(f"  {per_request:>11}  {api_rate:>10.0f}  {copy_rate:>11.0f}  {ratio:>5.2f}x")
    return rows


def reads(total: int = STORED) -> dict:
    from django.test import override_settings

    from learning.models import Statement

    client, headers = _api()
    have = Statement.objects.count()
    if have < total:
        started = time.perf_counter()
        _fill(total - have)
        print(f"\n  filled {total - have:,} statements in {time.perf_counter() - started:.0f} s")
    registration = (
        Statement.objects.filter(registration__isnull=False)
        .values_list("registration", flat=True)
        .first()
    )
    agent = json.dumps({"account": {"homePage": HOME, "name": "p42"}})
    cases = {
        "bare view (baseline)": ("/bench/bare/", {}),
        "latest": ("/xapi/statements", {}),
        "agent": ("/xapi/statements", {"agent": agent}),
        "verb": ("/xapi/statements", {"verb": "http://adlnet.gov/expapi/verbs/passed"}),
        "activity": ("/xapi/statements", {"activity": f"{LESSON}7"}),
        "registration": ("/xapi/statements", {"registration": str(registration)}),
        "agent + verb": (
            "/xapi/statements",
            {"agent": agent, "verb": "http://adlnet.gov/expapi/verbs/completed"},
        ),
        "since + until (a day)": (
            "/xapi/statements",
            {"since": "2026-06-01T00:00:00Z", "until": "2026-06-02T00:00:00Z"},
        ),
        "activity, ascending": (
            "/xapi/statements",
            {"activity": f"{LESSON}7", "ascending": "true"},
        ),
    }
    cases = {
        name: (url, {**params, "limit": 100} if url != "/bench/bare/" else params)
        for name, (url, params) in cases.items()
    }
    cases["default page (500)"] = ("/xapi/statements", {})
    results = {}
    with override_settings(ROOT_URLCONF="bench.urls"):
        for name, (url, params) in cases.items():
            call = lambda url=url, params=params: client.get(url, params, **headers)  # noqa: E731
            response = call()
            assert response.status_code == 200, (name, response.content[:300])
            _timed(call, 5)
            times = _timed(call, REPEATS)
            results[name] = (_p(times, 50), _p(times, 95))
    base = results["bare view (baseline)"][0]
    print(
        f"\nFiltered GET /xapi/statements at {Statement.objects.count():,} statements "
        f"(pages of 100 unless said; in-process, {REPEATS} runs)"
    )
    for name, (p50, p95) in results.items():
        print(f"  {name:24} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  {p50 / base:5.1f}x bare")
    return results


def run() -> None:
    from celery import current_app

    current_app.conf.task_always_eager = False  # what a POST enqueues goes to the broker
    try:
        ingest()
        reads()
    finally:
        current_app.control.purge()
        current_app.conf.task_always_eager = True


if __name__ == "__main__":
    from bench import in_test_db

    in_test_db(run)
