"""The manager dashboard at 100,000 staff with 20 modules each: per-view p50/p95/p99 beside a
bare view on the same server in the same run, the reads behind the views, the freshness of the
summaries and the minute sweep's cost.

1. **Data** (``bench/dashboard_setup.py``, a process of its own on a database of its own,
   ``<database>_dashboard``, dropped first if an interrupted run left it): set-based SQL builds
   a municipality of 10 administrations, 20 departments and 2,000 units, 100,000 people, 20
   live modules and 2,000,000 assignments in realistic phases, certificates of an
   instrument's track for every fifth person, a manager of one department (5,000 people) and
   an administrator with ``learning.view_all_people``; then ``summaries_rebuild()`` (timed)
   and ``VACUUM ANALYZE``.
2. **Views over HTTP**: gunicorn (production settings, ``bench/settings.py``, sync workers)
   on loopback; each dashboard URL name that resolves (``manage_overview``,
   ``manage_people``, ``manage_person``, ``manage_roster``; the existing ``/team/`` for
   reference) is requested by the logged-in administrator or manager
   from one client, in rounds interleaved with the bare view ``/bench/bare/`` with the same
   session. A URL name that does not resolve is reported and skipped.
3. **Reads in-process** (``bench/dashboard_probe.py reads``): the selectors and queries the
   views run (scope, totals and breakdowns from the summaries, overdue and due-soon lists,
   the people page, drill-down, roster, expiring certificates, the export's rows), beside a
   bare view through the test client; and the CSV exports (``manage_export_team``,
   ``manage_export_roster``) through the test client, twice each (the team export of 5,000
   people outlasted gunicorn's 30 s worker timeout over HTTP).
4. **Freshness and the sweep** (``bench/dashboard_probe.py writes``): an assignment exempted
   (``assignment_exempt``) or completed, then ``outbox_drain`` until the unit's summary row
   shows it; the minute sweep idle and with 1 % of the assignments crossing a phase; the
   summaries checked against a full count.

Goals (issue 11): p95 <= 1 s for the whole organisation at 100,000 staff, <= 300 ms for the
5,000-person manager; summaries fresh within 60 s. Measured, not gated (exit 0 below a
goal); a view answering other than 200 fails the run after the report.

``python -m bench dashboard`` or ``make bench-dashboard``; ``python -m bench.dashboard
--help`` for the options. Needs ``DATABASE_URL`` (PostgreSQL) and ``REDIS_URL``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.pages_http import Browser, load
from bench.pages_server import BARE, ROOT, Server, cache_clear, database_drop, environment

GOALS_MS = {"admin": 1000.0, "manager": 300.0}
GOAL_FRESH_S = 60.0


def _database_create(url: str) -> tuple[str, str]:
    """``<name>_dashboard`` beside the database of ``url`` (one left by an interrupted run is
    dropped first); its URL and the server's version."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.strip("/") + "_dashboard"
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        version = conn.execute("SHOW server_version").fetchone()[0]
    return urlunsplit(parts._replace(path="/" + name)), version


def _child(env, tmp: Path, *args: str) -> None:
    log = tmp / f"{args[0]}.log"
    with open(log, "w") as out:
        done = subprocess.run(  # noqa: S603 (this Python, a module of the bench)
            [sys.executable, "-m", *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    sys.stdout.write(
        "".join(
            f"{line}\n"
            for line in log.read_text().splitlines()[-40:]
            if line.startswith("dashboard:")
        )
    )
    if done.returncode != 0:
        sys.stdout.write(log.read_text()[-4000:])
        raise RuntimeError(f"dashboard: {' '.join(args[:2])} failed (exit {done.returncode})")


def _measure(port: int, site: dict, args) -> list[tuple[dict, object, object]]:
    """Per resolving view: (view, its result, the bare view's in the same rounds)."""
    browsers = {}
    for login, account in site["logins"].items():
        browsers[login] = Browser(port)
        browsers[login].log_in(account["username"], account["password"])
    rows = []
    for view in site["views"]:
        headers = browsers[view["login"]].headers()
        run = {"concurrency": 1, "seconds": args.cap}
        load(port, view["path"], headers, [], max_requests=args.warmup, **run)
        result = bare = None
        for _ in range(args.rounds):
            b = load(port, BARE, headers, ["ok"], max_requests=args.bare, **run)
            r = load(port, view["path"], headers, [], max_requests=args.requests, **run)
            bare = b if bare is None else _merge(bare, b)
            result = r if result is None else _merge(result, r)
        rows.append((view, result, bare))
        print(
            f"dashboard: {view['label']:<34} {view['login']:<8} p50 {result.p50:8.1f} ms "
            f"p95 {result.p95:8.1f} ms (bare {bare.p50:.1f} ms)",
            flush=True,
        )
    return rows


def _merge(a, b):
    from bench.pages_http import Result

    return Result(
        a.requests + b.requests,
        a.seconds + b.seconds,
        a.latencies_ms + b.latencies_ms,
        a.errors + b.errors,
    )


def _p99(result) -> float:
    import statistics

    if len(result.latencies_ms) < 2:
        return result.latencies_ms[0]
    return statistics.quantiles(result.latencies_ms, n=100, method="inclusive")[98]


def run(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or not redis_url:
        print("dashboard: skipped (needs PostgreSQL and Redis: DATABASE_URL, REDIS_URL)")
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    prefix = f"vcr-bench-{secrets.token_hex(4)}"
    from bench.pages_server import free_port

    port = free_port()
    server, url, http_rows, problems = None, "", [], []
    load_before = os.getloadavg()
    try:
        url, pg_version = _database_create(database_url)
        env = environment(url, port, tmp, prefix)
        started = time.perf_counter()
        _child(env, tmp, "bench.dashboard_setup", str(tmp / "site.json"), str(args.people))
        site = json.loads((tmp / "site.json").read_text())
        print(
            f"dashboard: built {site['people']:,} people, {site['assignments']:,} assignments, "
            f"{site['certificates']:,} certificates in {time.perf_counter() - started:.0f} s "
            + ", ".join(f"{k} {v:.1f} s" for k, v in site["seconds"].items()),
            flush=True,
        )
        if not args.no_http and site["views"]:
            server = Server(
                env,
                port,
                tmp / "gunicorn.log",
                workers=args.workers,
                worker_class="sync",
                threads=None,
            )
            server.wait_ready()
            http_rows = _measure(port, site, args)
            server.stop()
            problems = server.problems()
            server = None
        _child(
            env,
            tmp,
            "bench.dashboard_probe",
            "reads",
            str(tmp / "site.json"),
            str(tmp / "reads.json"),
        )
        _child(
            env,
            tmp,
            "bench.dashboard_probe",
            "writes",
            str(tmp / "site.json"),
            str(tmp / "writes.json"),
        )
        probe = json.loads((tmp / "reads.json").read_text())
        reads, exports = probe["reads"], probe.get("exports", [])
        writes = json.loads((tmp / "writes.json").read_text())
    finally:
        if server is not None:
            server.stop()
        if url and not args.keep:
            database_drop(url)
        with contextlib.suppress(Exception):
            cache_clear(redis_url, prefix)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    _report(site, http_rows, reads, exports, writes, problems, args, pg_version, load_before)


def _report(
    site, http_rows, reads, exports, writes, problems, args, pg_version, load_before
) -> None:
    from importlib.metadata import version

    print(
        f"dashboard: {site['people']:,} people in {site['units']:,} units, manager's scope "
        f"{site['manager_people']:,}; {site['assignments']:,} assignments, "
        f"{site['summary_rows']:,} unit-item and {site['month_rows']:,} unit-month summary rows; "
        f"PostgreSQL {pg_version}, Django {version('django')}, Python "
        f"{sys.version.split()[0]}, {os.cpu_count()} cores, load "
        + " ".join(f"{x:.2f}" for x in load_before)
        + " before, "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
        + " after"
    )
    print(
        f"dashboard: summaries_rebuild() {site['seconds']['summaries_rebuild']:.1f} s "
        f"({site['units_rebuilt']:,} units)"
    )
    if site["missing"]:
        print(f"dashboard: not measured (URL name does not resolve): {', '.join(site['missing'])}")
    if http_rows:
        print(
            f"dashboard: over HTTP (gunicorn sync x{args.workers}, one client), "
            f"{args.rounds} rounds of {args.requests} requests after {args.warmup} warm-up:"
        )
        print(
            f"dashboard: {'view':<34} {'as':<8} {'n':>4} {'p50':>8} {'p95':>8} {'p99':>8} "
            f"{'x bare':>7}  goal (p95)"
        )
        for view, r, bare in http_rows:
            goal = GOALS_MS[view["login"]] if view["name"] != "team" else None
            verdict = (
                "" if goal is None else (f"{'PASS' if r.p95 <= goal else 'ABOVE'} <= {goal:.0f} ms")
            )
            print(
                f"dashboard: {view['label']:<34} {view['login']:<8} {len(r.latencies_ms):>4} "
                f"{r.p50:>8.1f} {r.p95:>8.1f} {_p99(r):>8.1f} {r.p50 / bare.p50:>6.1f}x  "
                f"{verdict}"
            )
        bare_all = [b for _v, _r, b in http_rows]
        print(
            f"dashboard: bare view p50 {min(b.p50 for b in bare_all):.1f} to "
            f"{max(b.p50 for b in bare_all):.1f} ms across the rounds"
        )
    print("dashboard: reads in-process (ms; the queries behind the views):")
    print(f"dashboard: {'as':<8} {'read':<46} {'p50':>8} {'p95':>8} {'p99':>8} {'x bare':>7}")
    bare = {}
    for login, name, s in reads:
        if name.startswith("bare"):
            bare[login] = s["p50"]
        ratio = s["p50"] / bare[login] if bare.get(login) else 0
        print(
            f"dashboard: {login:<8} {name:<46} {s['p50']:>8.2f} {s['p95']:>8.2f} "
            f"{s['p99']:>8.2f} {ratio:>6.1f}x"
        )
    for label, login, e in exports:
        print(
            f"dashboard: export {label} as {login}: "
            + ", ".join(f"{ms / 1000:.1f} s" for ms in e["ms"])
            + f" ({e['lines']:,} lines, {e['bytes'] / 1e6:.1f} MB; in-process, test client)"
        )
    fresh = writes["freshness"]
    for kind in ("exempt", "completion"):
        rows = [r for r in fresh if r["kind"] == kind]
        totals = sorted(r["write_ms"] + r["drain_ms"] for r in rows)
        print(
            f"dashboard: freshness after a {kind} ({len(rows)} times): write "
            f"{_median([r['write_ms'] for r in rows]):.1f} ms, drain to the summary "
            f"{_median([r['drain_ms'] for r in rows]):.1f} ms; total p50 "
            f"{_median(totals):.1f} ms, max {totals[-1]:.1f} ms"
        )
    sweep = writes["sweep"]
    print(
        f"dashboard: outbox backlog before: {writes['backlog']} deliveries in "
        f"{writes['backlog_s']:.1f} s"
    )
    print(
        f"dashboard: minute sweep idle {writes['sweep_idle_s'] * 1000:.0f} ms; with "
        f"{writes['crossed']:,} assignments crossing (1 %): {sweep['total_s']:.1f} s "
        f"(phases {sweep['sweep_s']:.1f} s, summaries of {sweep['moved']:,} person-items "
        f"{sweep['refresh_s']:.1f} s)"
    )
    outbox_s = max(r["write_ms"] + r["drain_ms"] for r in fresh) / 1000
    print(
        f"dashboard: goal freshness <= {GOAL_FRESH_S:.0f} s: a service's change reaches the "
        f"summary {outbox_s:.2f} s after the write at most, plus the relay's kick "
        f"({'PASS' if outbox_s <= GOAL_FRESH_S else 'ABOVE'}); a phase the calendar moves, "
        f"at the next minute's sweep, which takes {sweep['total_s']:.1f} s at 1 % crossing "
        f"({'PASS' if sweep['total_s'] <= GOAL_FRESH_S else 'ABOVE'}: within its minute); "
        "measured, not gated"
    )
    if writes["inconsistent"]:
        print(f"dashboard: SUMMARIES DISAGREE with the assignments: {writes['inconsistent']}")
    else:
        print("dashboard: summaries agree with a full count of the assignments after the sweep")
    if problems:
        print(f"dashboard: the server logged {len(problems)} warning(s); the first:")
        for line in problems[:5]:
            print(f"dashboard:   {line[:200]}")
    errors = [e for _v, r, b in http_rows for e in r.errors + b.errors]
    if errors or writes["inconsistent"]:
        raise SystemExit(f"dashboard: {len(errors)} failed request(s); first: {errors[:3]}")


def _median(values):
    import statistics

    return statistics.median(values) if values else 0.0


def _arguments(argv):
    parser = argparse.ArgumentParser(
        prog="python -m bench.dashboard", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--people", type=int, default=100_000, help="staff (100000)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (2)")
    parser.add_argument("--requests", type=int, default=20, help="per view and round (20)")
    parser.add_argument("--bare", type=int, default=20, help="bare requests per round (20)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, interleaved (3)")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up requests per view (3)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per slice at most")
    parser.add_argument("--no-http", action="store_true", help="only the in-process parts")
    parser.add_argument("--keep", action="store_true", help="keep the database (to EXPLAIN)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    run()
