"""The dashboard benchmark's in-process part (``bench/dashboard.py``): run in a process of its
own on the benchmark's database (``DJANGO_SETTINGS_MODULE=bench.settings``); not meant to be
run by hand.

``python -m bench.dashboard_probe reads SITE.json OUT.json`` times the reads the dashboard
views make (``modules.compliance.selectors`` and the queries over the summaries and the
assignments of a scope), for the administrator (whole organisation) and the manager (one
department), beside a bare view through the Django test client in the same process.

``python -m bench.dashboard_probe writes SITE.json OUT.json`` changes data, so it runs last:
freshness (an assignment exempted or completed by the services, then the outbox drained until
its unit's summary row shows it) and the minute sweep (``assignments_sweep_task``), idle and
with 1 % of the assignments crossing into "due soon" or "overdue", then checks the summaries
against a full count.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

WARMUP = 3
REPEATS = 30


def _timed(fn, repeats: int = REPEATS) -> dict:
    for _ in range(WARMUP):
        fn()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return _stats(samples)


def _stats(samples: list[float]) -> dict:
    cuts = statistics.quantiles(samples, n=100, method="inclusive") if len(samples) > 1 else []
    pick = (lambda p: cuts[p - 1]) if cuts else (lambda p: samples[0])
    return {"n": len(samples), "p50": pick(50), "p95": pick(95), "p99": pick(99)}


# --- The reads -----------------------------------------------------------------------------


def _reads(scope, site) -> dict:
    """name -> a function doing one read the way a dashboard view would (evaluated)."""
    from django.db.models import Count, Q, Sum
    from django.db.models.functions import Substr
    from django.utils import timezone

    from certificates.models import Certificate, Track
    from certificates.selectors import status_answers
    from learning.models import Person
    from modules.compliance import selectors
    from modules.compliance.models import Assignment, UnitItemSummary, UnitMonthSummary

    fields = ("assigned", "completed", "in_progress", "due_soon", "overdue", "exempt")
    in_scope = scope.organisation_filter()
    child_len = (scope.roots[0].depth + 1) * 4

    def assignments(**filters):
        rows = Assignment.objects.filter(current=True, **filters)
        return rows if scope.everything else rows.filter(person__in=scope.members())

    def totals():
        return list(
            UnitItemSummary.objects.filter(in_scope)
            .values("item_kind", "item_key")
            .annotate(**{f: Sum(f) for f in fields})
        )

    def by_unit():
        return list(
            UnitItemSummary.objects.filter(in_scope)
            .annotate(unit=Substr("organisation__path", 1, child_len))
            .values("unit")
            .annotate(**{f: Sum(f) for f in fields})
        )

    def months():
        since = timezone.localdate().replace(day=1) - timedelta(days=366)
        return list(
            UnitMonthSummary.objects.filter(in_scope, month__gte=since)
            .values("month")
            .annotate(completed=Sum("completed"))
            .order_by("month")
        )

    def due_list(phase):
        return lambda: list(
            assignments(phase=phase).select_related("person__user").order_by("due_on", "pk")[:20]
        )

    def people_page():
        people = scope.people().order_by("user__last_name", "user__first_name", "pk")
        page = list(people[:25])
        counts = (
            Assignment.objects.filter(current=True, person__in=[p.pk for p in page])
            .values("person")
            .annotate(
                overdue=Count("pk", filter=Q(phase="overdue")),
                done=Count("pk", filter=Q(phase="completed")),
            )
        )
        return page, list(counts), people.count()

    person = Person.objects.get(pk=site["person"])

    def person_detail():
        found = selectors.scope_person_visible(scope=scope, pk=person.pk)
        return list(selectors.assignments_of(person=found)), list(found.certificates.all())

    track = Track.objects.get(key=site["track"])

    def roster():
        from certificates import selectors as certificate_selectors

        if hasattr(certificate_selectors, "roster"):  # the export helper's selector
            return certificate_selectors.roster(person_ids=scope.members())
        ids = list(scope.people().values_list("pk", flat=True))
        answers = status_answers(person_ids=ids, track=track)
        return [a for a in answers.values() if a.status in ("valid", "grace")]

    def expiring():
        now = timezone.now()
        rows = Certificate.objects.filter(
            valid_until__gt=now, valid_until__lte=now + timedelta(days=90), revoked_at=None
        )
        if not scope.everything:
            rows = rows.filter(person__in=scope.members())
        return rows.aggregate(
            **{
                f"d{d}": Count("pk", filter=Q(valid_until__lte=now + timedelta(days=d)))
                for d in (30, 60, 90)
            }
        )

    def export_rows():
        rows = (
            assignments()
            .exclude(phase="withdrawn")
            .values_list("person__employee_number", "item_key", "phase", "due_on", "completed_at")
        )
        return sum(1 for _ in rows.iterator(chunk_size=5000))

    reads = {
        "totals per module (summaries)": totals,
        "by unit below the top (summaries)": by_unit,
        "completions per month, 12 months (summaries)": months,
        "overdue list, first 20": due_list("overdue"),
        "due-soon list, first 20": due_list("due_soon"),
        "people, first page of 25 + count": people_page,
        "expiring in 30/60/90 days": expiring,
    }
    if not scope.everything:
        reads["person drill-down"] = person_detail
        reads["roster (status of everyone in scope)"] = roster
        reads["team export rows (every assignment)"] = export_rows
    return reads


def reads(site_path: str, out: str) -> None:
    from django.test import Client

    from learning.models import User
    from modules.compliance import selectors

    site = json.loads(Path(site_path).read_text())
    results = []
    for login in ("admin", "manager"):
        user = User.objects.get(pk=site["logins"][login]["user"])
        client = Client(HTTP_X_FORWARDED_PROTO="https", SERVER_NAME="127.0.0.1")
        client.force_login(user)
        user = User.objects.get(pk=user.pk)  # fresh, permission cache empty

        def bare(client=client):
            response = client.get("/bench/bare/")
            assert response.status_code == 200, response.status_code

        results.append((login, "bare view (test client)", _timed(bare)))
        results.append(
            (login, "scope_for", _timed(lambda user=user: selectors.scope_for(user=user)))
        )
        scope = selectors.scope_for(user=user)
        for name, fn in _reads(scope, site).items():
            results.append((login, name, _timed(fn)))
            print(f"dashboard:   {login:<8} {name:<46} p95 {results[-1][2]['p95']:8.1f} ms")
    exports = []
    for export in site.get("exports", []):
        exports.append((export["label"], export["login"], _export(site, export)))
        print(f"dashboard:   export {export['label']:<40} {exports[-1][2]}")
    with open(out, "w") as f:
        json.dump({"reads": results, "exports": exports}, f)


def _export(site, export, repeats: int = 2) -> dict:
    """One export through the test client, ``repeats`` times (no warm-up: each is long)."""
    from django.test import Client

    from learning.models import User

    client = Client(HTTP_X_FORWARDED_PROTO="https", SERVER_NAME="127.0.0.1")
    client.force_login(User.objects.get(pk=site["logins"][export["login"]]["user"]))
    samples, size = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        response = client.get(export["path"])
        body = b"".join(response.streaming_content) if response.streaming else response.content
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
        size = len(body)
    return {"ms": samples, "bytes": size, "lines": body.count(b"\n")}


# --- Freshness and the sweep ---------------------------------------------------------------


def _summary(person_id: int, item_key: str):
    from modules.compliance.models import UnitItemSummary
    from modules.compliance.summaries import units_of

    row = UnitItemSummary.objects.get(
        organisation_id__in=units_of([person_id]), item_kind="module", item_key=item_key
    )
    return row


def _drain_until(check, limit_s: float = 120.0) -> tuple[float, int]:
    """Drain the outbox until ``check()``; (seconds, deliveries handled)."""
    from learning.outbox import outbox_drain

    started = time.perf_counter()
    handled = 0
    while not check():
        handled += outbox_drain()
        if time.perf_counter() - started > limit_s:
            raise RuntimeError("dashboard: the summary did not follow within the limit")
    return time.perf_counter() - started, handled


def _freshness(site, manager) -> list:
    from django.utils import timezone

    from learning.models import Person
    from modules.compliance import services
    from modules.compliance.models import Assignment
    from modules.compliance.selectors import scope_for

    scope = scope_for(user=manager)
    pool = Assignment.objects.filter(current=True, person__in=scope.members()).order_by("?")
    rows = []
    for kind, phase in (("exempt", "open"), ("completion", "overdue")):
        picked = list(pool.filter(phase=phase).values_list("pk", "person_id", "item_key")[:10])
        for pk, person_id, item_key in picked:
            field = "exempt" if kind == "exempt" else "completed"
            before = getattr(_summary(person_id, item_key), field)
            started = time.perf_counter()
            if kind == "exempt":
                services.assignment_exempt(actor=manager, assignment_id=pk, reason="Benchmark")
            else:
                services.assignments_complete(
                    person=Person.objects.get(pk=person_id),
                    item_kind="module",
                    item_key=item_key,
                    at=timezone.now(),
                )
            written = time.perf_counter() - started
            drained, handled = _drain_until(
                lambda p=person_id, k=item_key, f=field, b=before: (
                    getattr(_summary(p, k), f) == b + 1
                )
            )
            rows.append(
                {
                    "kind": kind,
                    "write_ms": written * 1000,
                    "drain_ms": drained * 1000,
                    "deliveries": handled,
                }
            )
    return rows


def _cross(count: int) -> int:
    """Move ``count`` open assignments' due dates so the next sweep moves them: half to
    yesterday (overdue), half to three days on (due soon)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            WITH picked AS (
              SELECT id, row_number() OVER () AS n FROM (
                SELECT id FROM modules_assignment WHERE phase = 'open' AND current
                ORDER BY random() LIMIT %s) x)
            UPDATE modules_assignment a
            SET due_on = CASE WHEN picked.n %% 2 = 0 THEN current_date - 1
                              ELSE current_date + 3 END
            FROM picked WHERE a.id = picked.id
            """,
            [count],
        )
        return cursor.rowcount


def _sweep() -> dict:
    from modules.compliance import services, summaries

    started = time.perf_counter()
    moved = services.phases_sweep()
    swept = time.perf_counter() - started
    summaries.summaries_refresh_people(moved=moved, months=False)
    total = time.perf_counter() - started
    return {"moved": len(moved), "sweep_s": swept, "refresh_s": total - swept, "total_s": total}


def _consistent() -> list[str]:
    """The summaries against a full count of the assignments (what a rebuild would give)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT 'phase ' || a.phase, count(*) FROM modules_assignment a
            WHERE a.current AND a.phase <> 'withdrawn' GROUP BY a.phase
            """
        )
        counted = dict(cursor.fetchall())
        cursor.execute(
            """
            SELECT sum(completed), sum(due_soon), sum(overdue), sum(exempt)
            FROM modules_unititemsummary
            """
        )
        completed, due_soon, overdue, exempt = cursor.fetchone()
    summed = {
        "phase completed": completed,
        "phase due_soon": due_soon,
        "phase overdue": overdue,
        "phase exempt": exempt,
    }
    return [
        f"{k}: summaries {v}, assignments {counted.get(k, 0)}"
        for k, v in summed.items()
        if v != counted.get(k, 0)
    ]


def writes(site_path: str, out: str) -> None:
    from django.db import connection

    from learning.models import User
    from learning.outbox import outbox_drain
    from modules.compliance.tasks import assignments_sweep_task

    site = json.loads(Path(site_path).read_text())
    manager = User.objects.get(pk=site["logins"]["manager"]["user"])
    started = time.perf_counter()
    backlog = 0
    while handled := outbox_drain():
        backlog += handled
    result = {"backlog": backlog, "backlog_s": time.perf_counter() - started}
    result["freshness"] = _freshness(site, manager)
    started = time.perf_counter()
    assignments_sweep_task()
    result["sweep_idle_s"] = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM modules_assignment")
        total = cursor.fetchone()[0]
    result["crossed"] = _cross(total // 100)
    result["sweep"] = _sweep()
    result["inconsistent"] = _consistent()
    with open(out, "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    import django

    django.setup()
    {"reads": reads, "writes": writes}[sys.argv[1]](sys.argv[2], sys.argv[3])
