"""The status API against a bare view: checks per second and p50/p99 under concurrent load.

Serves the platform with gunicorn on loopback (production settings, ``bench/settings.py``,
PostgreSQL and Redis) and drives it from Python threads, one keep-alive ``http.client``
connection each, with two kinds of request measured in alternating slices on the same server
in the same run (so both see the same machine, which other work shares):

- the **bare view** ``/bench/bare/`` (``bench/urls.py``): a Django view through the same
  middleware that does nothing;
- a **bare DRF view** ``/bench/bare-api/`` (no authentication, no database): what Django REST
  framework itself costs on top, shown for reference;
- the **status API** ``GET /api/v1/certifications/status?person=…&track=…`` with a real
  API client's Bearer credential: authentication (HMAC, cached client and scope), the person
  in scope and the certificate (PostgreSQL), the answer signed (Ed25519 JWS) and audited (a
  ``StatusCheck`` row), for a random person of the population each time.

At 1,000 people with certificates and then at 100,000 (bulk inserts). Goals (issue 10):
API throughput >= 0.8x the bare view; API p99 <= 20 ms; API p99 at 100,000 <= 1.2x the p99
at 1,000. Measures and does not gate (exit 0 below a goal); an API answer that is not 200 with
a signed "valid" fails the run.

``python -m bench certificates`` or ``make bench-certificates``; ``python -m
bench.certificates_api --help`` for the options. Needs ``DATABASE_URL`` (PostgreSQL) and
``REDIS_URL``; creates ``<database>_pages`` (dropped at the end).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from bench.pages_http import PROXY_HEADERS
from bench.pages_server import (
    BARE,
    ROOT,
    Server,
    cache_clear,
    database_create,
    database_drop,
    environment,
)

STATUS = "/api/v1/certifications/status"
BARE_API = "/bench/bare-api/"
GOAL_RATIO, GOAL_P99_MS, GOAL_GROWTH = 0.8, 20.0, 1.2


@dataclass
class Result:
    requests: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Result) -> None:
        self.requests += other.requests
        self.seconds += other.seconds
        self.latencies_ms += other.latencies_ms
        self.errors += other.errors

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def pct(self, p: int) -> float:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0] if self.latencies_ms else 0.0
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[p - 1]


def _port() -> int:
    import socket

    for port in range(8530, 8600):
        with socket.socket() as s, contextlib.suppress(OSError):
            s.bind(("127.0.0.1", port))
            return port
    raise RuntimeError("no free port in 8530-8599")


def load(port, paths, headers, marker: bytes, *, concurrency: int, seconds: float) -> Result:
    """GET the ``paths`` (round robin from a random start per thread) from ``concurrency``
    threads for ``seconds``, one keep-alive connection per thread."""
    latencies: list[float] = []
    errors: list[str] = []
    ends: list[float] = []
    barrier = threading.Barrier(concurrency + 1)
    deadline = [0.0]

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        i = random.randrange(len(paths))
        barrier.wait()
        while time.perf_counter() < deadline[0]:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                body = response.read()
                if response.status != 200 or marker not in body:
                    errors.append(f"{path}: {response.status} {body[:200]!r}")
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                errors.append(f"{path}: {type(error).__name__}: {error}")
            mine.append((time.perf_counter() - started) * 1000)
        ends.append(time.perf_counter())
        conn.close()
        latencies.extend(mine)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    deadline[0] = began + seconds
    barrier.wait()
    for thread in threads:
        thread.join()
    return Result(len(latencies), max(ends) - began, latencies, errors)


def _setup(env, tmp: Path, total: int) -> dict:
    out = tmp / "setup.json"
    with open(tmp / "setup.log", "w") as log:
        done = subprocess.run(  # noqa: S603 (this Python, a module of the bench)
            [sys.executable, "-m", "bench.certificates_setup", str(out), str(total)],
            cwd=ROOT,
            env={**env, "BENCH_EAGER_TASKS": "1"},
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        sys.stdout.write((tmp / "setup.log").read_text()[-4000:])
        raise RuntimeError(f"certificates: setting up failed (exit {done.returncode})")
    return json.loads(out.read_text())


def _measure(port, site, args) -> tuple[Result, Result, Result, Result]:
    population = site["persons"]
    numbers = random.sample(range(population), min(population, 5000))
    paths = [
        f"{STATUS}?{urlencode({'person': f'E{n:07d}', 'track': site['track']})}" for n in numbers
    ]
    api_headers = {**PROXY_HEADERS, "Authorization": f"Bearer {site['token']}"}
    first = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    first.request("GET", paths[0], headers=api_headers)
    answer = first.getresponse()
    body = json.loads(answer.read())
    if answer.status != 200 or body.get("status") != "valid" or body.get("jws", "").count(".") != 2:
        raise RuntimeError(f"certificates: the API answered {answer.status} {body}")
    first.close()
    bare, drf, api, solo = Result(), Result(), Result(), Result()
    kwargs = {"concurrency": args.concurrency}
    load(port, [BARE], PROXY_HEADERS, b"anonymous", seconds=args.warmup, **kwargs)
    load(port, [BARE_API], PROXY_HEADERS, b"anonymous", seconds=args.warmup, **kwargs)
    load(port, paths, api_headers, b'"valid"', seconds=args.warmup, **kwargs)
    for _ in range(args.rounds):
        bare.add(load(port, [BARE], PROXY_HEADERS, b"anonymous", seconds=args.seconds, **kwargs))
        drf.add(
            load(port, [BARE_API], PROXY_HEADERS, b"anonymous", seconds=args.seconds / 2, **kwargs)
        )
        api.add(load(port, paths, api_headers, b'"valid"', seconds=args.seconds, **kwargs))
        # One caller alone: the latency of a check itself, without queueing behind others.
        solo.add(
            load(port, paths, api_headers, b'"valid"', seconds=args.seconds / 2, concurrency=1)
        )
    return bare, drf, api, solo


def run(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or not redis_url:
        print("certificates: skipped (needs PostgreSQL and Redis: DATABASE_URL, REDIS_URL)")
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-certificates-"))
    prefix = f"vcr-bench-{secrets.token_hex(4)}"
    port = _port()
    server, url, rows = None, "", []
    try:
        url, pg_version = database_create(database_url)
        env = environment(url, port, tmp, prefix)
        for total in args.persons:
            site = _setup(env, tmp, total)
            print(
                f"certificates: {total:,} people with certificates "
                f"(+{site['added']:,} in {site['seconds']:.0f} s)",
                flush=True,
            )
            if server is None:
                server = Server(
                    env,
                    port,
                    tmp / "gunicorn.log",
                    workers=args.workers,
                    worker_class=args.worker_class,
                    threads=args.threads,
                )
                server.wait_ready()
            bare, drf, api, solo = _measure(port, site, args)
            rows.append((total, bare, drf, api, solo))
            print(
                f"certificates: {total:,}: bare {bare.rps:.0f} req/s, API {api.rps:.0f} req/s",
                flush=True,
            )
        problems = server.problems() if server else []
    finally:
        if server is not None:
            server.stop()
        if url:
            database_drop(url)
        with contextlib.suppress(Exception):
            cache_clear(redis_url, prefix)
        shutil.rmtree(tmp, ignore_errors=True)
    _report(rows, args, pg_version, urlsplit(url).path, problems)


def _report(rows, args, pg_version, database, problems) -> None:
    from importlib.metadata import version

    print(
        f"certificates: gunicorn {args.worker_class} x{args.workers}"
        + (f" x {args.threads} threads" if args.threads else "")
        + f", client concurrency {args.concurrency}, {args.rounds} x {args.seconds:g} s "
        f"slices each, alternating; PostgreSQL {pg_version}, Django {version('django')}, "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    print(
        f"certificates: {'people':>8} {'view':<11} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'ratio':>6}"
    )
    for total, bare, drf, api, solo in rows:
        for name, r in (
            ("bare", bare),
            ("bare DRF", drf),
            ("status API", api),
            ("API, c=1", solo),
        ):
            ratio = f"{r.rps / bare.rps:.2f}x" if bare.rps else "-"
            print(
                f"certificates: {total:>8,} {name:<11} {r.rps:>8.0f} {r.pct(50):>7.1f} "
                f"{r.pct(99):>7.1f} {ratio:>6}"
            )
    verdicts = []
    for total, bare, drf, api, solo in rows:
        ratio = api.rps / bare.rps if bare.rps else 0
        verdicts.append(
            f"{total:,}: throughput {ratio:.2f}x bare "
            f"[{api.rps / drf.rps if drf.rps else 0:.2f}x bare DRF] "
            f"({'PASS' if ratio >= GOAL_RATIO else 'BELOW'} >= {GOAL_RATIO}x), "
            f"p99 {api.pct(99):.1f} ms ({'PASS' if api.pct(99) <= GOAL_P99_MS else 'ABOVE'} "
            f"<= {GOAL_P99_MS:g} ms; alone {solo.pct(99):.1f} ms)"
        )
    if len(rows) >= 2:
        for label, index in (("under load", 3), ("alone", 4)):
            growth = rows[-1][index].pct(99) / rows[0][index].pct(99)
            verdicts.append(
                f"p99 {label} at {rows[-1][0]:,} / at {rows[0][0]:,}: {growth:.2f}x "
                f"({'PASS' if growth <= GOAL_GROWTH else 'ABOVE'} <= {GOAL_GROWTH}x)"
            )
    for line in verdicts:
        print(f"certificates: goal {line} (measured, not gated)")
    if problems:
        print(f"certificates: the server logged {len(problems)} warning(s); the first:")
        for line in problems[:5]:
            print(f"certificates:   {line[:200]}")
    errors = [e for row in rows for result in row[1:] for e in result.errors]
    if errors:
        raise SystemExit(f"certificates: {len(errors)} failed request(s); first: {errors[:3]}")


def _arguments(argv):
    parser = argparse.ArgumentParser(
        prog="python -m bench.certificates_api", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--worker-class", default="gthread", help="gunicorn worker class")
    parser.add_argument("--threads", type=int, default=2, help="threads per worker (2)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (4)")
    parser.add_argument("--seconds", type=float, default=3.0, help="per slice (3)")
    parser.add_argument("--rounds", type=int, default=3, help="slices of each, alternating (3)")
    parser.add_argument("--warmup", type=float, default=1.0, help="seconds of each first (1)")
    parser.add_argument(
        "--persons",
        type=lambda s: [int(x) for x in s.split(",")],
        default=[1000, 100000],
        help="population sizes, ascending (1000,100000)",
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    run()
