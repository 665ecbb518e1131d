"""Pages against a bare view: how near is each learner page to the cheapest Django response?

Serves the platform with gunicorn on loopback (production settings, ``bench/settings.py``)
against PostgreSQL and Redis, logs in as the demo learner through the real login form, enrols
through the real form, and requests each page in English and Danish with Python threads, one
``http.client`` connection each, at concurrency 1 and 8. The baseline is ``/bench/bare/``, a
view that only reads the session, through the same middleware on the same server, measured
alternating with each page in short slices (so both see the same machine, which other work
shares) and alone at the start and the end of each concurrency level (so drift shows). Prints
requests/s, p50 and p95 latency and the ratio page throughput / bare-view throughput.
Goal (issue 8): lesson, module, catalogue and My learning at >= 0.25x the bare view. The
benchmark measures and does not gate: below the goal it still exits 0. A response that is not
200 with the page's own text (a login redirect, a 404, a 500) fails the run.

Needs ``DATABASE_URL`` (PostgreSQL) and ``REDIS_URL``. Creates ``<database>_pages`` (dropped at
the end), loads the demo with ``seed_demo``, and uses the cache database after ``REDIS_URL``'s
under a key prefix of its own (deleted at the end). ``python -m bench.pages --help`` lists
the options; ``make bench`` runs it after the other benchmarks. Three to four minutes
(docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import secrets
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bench.pages_http import Browser, Result, check, load
from bench.pages_server import (
    BARE,
    ROOT,
    Server,
    cache_clear,
    database_create,
    database_drop,
    environment,
    free_port,
    setup_site,
)

GOAL = 0.25
GOAL_PAGES = ("lesson", "module", "catalogue", "My learning")


# --- The machine ---------------------------------------------------------------------------


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _memory() -> str:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB RAM"
    return "RAM unknown"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _commit() -> str:
    git = ["git", "-C", str(ROOT)]
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        head = subprocess.run(  # noqa: S603 (git, fixed arguments)
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(  # noqa: S603 (git, fixed arguments)
            [*git, "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return head + (" (uncommitted changes)" if dirty else "")
    return "unknown"


# --- The run -------------------------------------------------------------------------------


@dataclass
class Row:
    """A page at one concurrency, with the bare view measured in slices between its own."""

    page: str
    language: str
    concurrency: int
    result: Result
    bare: Result | None = None

    @property
    def ratio(self) -> float | None:
        return self.result.rps / self.bare.rps if self.bare and self.bare.rps else None


def _merged(results: list[Result]) -> Result:
    return Result(
        sum(r.requests for r in results),
        sum(r.seconds for r in results),
        [ms for r in results for ms in r.latencies_ms],
        [e for r in results for e in r.errors],
    )


def _measure(port, browser, site, args) -> list[Row]:
    """Per concurrency level: the bare view alone (start), every page interleaved with the
    bare view (``rounds`` x (bare slice, page slice), so both see the same machine), the
    bare view alone again (end). A page's ratio is against its own interleaved bare slices;
    the start and end figures show how much the machine drifted meanwhile."""
    headers = browser.headers()
    rows: list[Row] = []
    rounds = args.rounds
    cap = max(1, args.max_requests // rounds)
    for concurrency in args.concurrency:

        def measure(url, markers, seconds, cap=cap, concurrency=concurrency):
            return load(
                port,
                url,
                headers,
                markers,
                concurrency=concurrency,
                seconds=seconds,
                max_requests=cap,
            )

        alone = {"seconds": args.seconds, "cap": args.max_requests}
        rows.append(Row("bare view (start)", "-", concurrency, measure(BARE, ["ok"], **alone)))
        for page in site["pages"]:
            measure(page["url"], page["markers"], args.warmup)
            bare, own = [], []
            for _ in range(rounds):
                bare.append(measure(BARE, ["ok"], args.seconds / rounds / 2))
                own.append(measure(page["url"], page["markers"], args.seconds / rounds))
            row = Row(page["page"], page["language"], concurrency, _merged(own), _merged(bare))
            rows.append(row)
            print(
                f"pages:   c={concurrency} {row.page} {row.language}: {row.result.rps:.1f} "
                f"req/s, bare view {row.bare.rps:.1f} req/s",
                flush=True,
            )
        rows.append(Row("bare view (end)", "-", concurrency, measure(BARE, ["ok"], **alone)))
    return rows


def _verify(browser: Browser, site: dict) -> None:
    """Every page once, before any timing: a wrong page fails here, with what it answered."""
    for page in site["pages"]:
        status, location, content = browser.request("GET", page["url"])
        problem = check(status, content.encode(), [m.encode() for m in page["markers"]])
        if problem:
            raise RuntimeError(
                f"pages: {page['page']} ({page['language']}) {page['url']}: {problem}"
                + (f" to {location}" if location else "")
            )


def _table(rows: list[Row]) -> None:
    print(
        f"pages: {'page':<22} {'lang':<4} {'conc':>4} {'req/s':>8} {'p50 ms':>8} "
        f"{'p95 ms':>8} {'bare r/s':>9} {'ratio':>7}  goal"
    )
    for row in rows:
        r = row.result
        goal = ""
        if row.page in GOAL_PAGES and row.ratio is not None:
            goal = f"{'PASS' if row.ratio >= GOAL else 'BELOW'} (>= {GOAL:.2f}x)"
        ratio = f"{row.ratio:.3f}x" if row.ratio is not None else "-"
        bare = f"{row.bare.rps:9.1f}" if row.bare else f"{'-':>9}"
        print(
            f"pages: {row.page:<22} {row.language:<4} {row.concurrency:>4} {r.rps:>8.1f} "
            f"{r.p50:>8.1f} {r.p95:>8.1f} {bare} {ratio:>7}  {goal}"
        )
    for concurrency in sorted({row.concurrency for row in rows}):
        level = [r for r in rows if r.concurrency == concurrency]
        start, end = level[0].result.rps, level[-1].result.rps
        between = [r.bare.rps for r in level if r.bare]
        print(
            f"pages: c={concurrency}: bare view alone {start:.1f} req/s at the start, "
            f"{end:.1f} at the end ({end / start - 1:+.0%}); between the pages "
            f"{min(between):.1f} to {max(between):.1f}"
        )


def run(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or not redis_url:
        print("pages: skipped (needs PostgreSQL and Redis: set DATABASE_URL and REDIS_URL)")
        return
    load_at_start = _load()
    commit = _commit()  # before the run: the code that is measured
    tmp = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    cache_prefix = f"vcr-bench-{secrets.token_hex(4)}"
    port = free_port()
    server = None
    pages_url = ""
    started = time.monotonic()
    try:
        pages_url, pg_version = database_create(database_url)
        print(
            f"pages: setting up {urlsplit(pages_url).path.strip('/')}: migrate, seed_demo, "
            "collectstatic",
            flush=True,
        )
        env = environment(pages_url, port, tmp, cache_prefix)
        site = setup_site(env, tmp)
        set_up = time.monotonic() - started
        server = Server(
            env,
            port,
            tmp / "gunicorn.log",
            workers=args.workers,
            worker_class=args.worker_class,
            threads=args.threads,
        )
        server.wait_ready()
        browser = Browser(port)
        browser.log_in(site["username"], site["password"])
        for enrol_url in site["enrol"]:
            status, _location, _content = browser.post(enrol_url, {})
            if status != 302:
                raise RuntimeError(f"pages: enrolling at {enrol_url} answered {status}")
        _verify(browser, site)
        load_before = _load()
        print(
            f"pages: set up in {set_up:.0f} s ("
            + ", ".join(f"{k} {v:.0f} s" for k, v in site["setup_seconds"].items())
            + f"); measuring {len(site['pages'])} pages at "
            f"concurrency {', '.join(map(str, args.concurrency))}: {args.warmup:g} s warm-up, "
            f"then {args.seconds:g} s (or {args.max_requests} requests) each, in "
            f"{args.rounds} slices between slices of the bare view",
            flush=True,
        )
        rows = _measure(port, browser, site, args)
        load_after = _load()
        problems = server.problems()
    finally:
        if server is not None:
            server.stop()
        if pages_url:
            database_drop(pages_url)
        with contextlib.suppress(Exception):
            cache_clear(redis_url, cache_prefix)
        shutil.rmtree(tmp, ignore_errors=True)
    _report(
        rows, args, pg_version, site, (load_at_start, load_before, load_after), problems, commit
    )
    print(f"pages: {time.monotonic() - started:.0f} s in all")


def _report(rows, args, pg_version, site, loads, problems, commit) -> None:
    from importlib.metadata import version

    print(
        f"pages: {args.workers} gunicorn {args.worker_class} worker(s)"
        + (f" x {args.threads} threads" if args.threads else "")
        + f" on 127.0.0.1, bench.settings (production), PostgreSQL {pg_version}, "
        f"Django {version('django')}, Wagtail {version('wagtail')}, "
        f"gunicorn {version('gunicorn')}, Python {platform.python_version()}"
    )
    print(
        f"pages: machine: {os.cpu_count()} cores (nproc), {_cpu_model()}, {_memory()}; "
        f"load average {loads[0]} at the start, {loads[1]} before measuring, "
        f"{loads[2]} after; code {commit}"
    )
    print(f"pages: signed in as {site['username']} (demo learner), enrolled in the first module")
    _table(rows)
    below = [
        f"{r.page} {r.language} c={r.concurrency}"
        for r in rows
        if r.page in GOAL_PAGES and r.ratio is not None and r.ratio < GOAL
    ]
    goal_rows = sum(1 for r in rows if r.page in GOAL_PAGES)
    print(
        f"pages: goal {', '.join(GOAL_PAGES)} >= {GOAL:.2f}x the bare view: "
        f"{goal_rows - len(below)} of {goal_rows} PASS"
        + (f"; BELOW: {', '.join(below)}" if below else "")
        + " (measured, not gated)"
    )
    if problems:
        print(f"pages: the server logged {len(problems)} warning(s) or error(s); the first:")
        for line in problems[:5]:
            print(f"pages:   {line[:200]}")
    errors = [e for r in rows for e in r.result.errors]
    if errors:
        print(f"pages: {len(errors)} failed request(s); the first: {errors[:5]}")
        raise SystemExit(f"pages: {len(errors)} request(s) did not get their page")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.pages", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument(
        "--worker-class", default="sync", help="gunicorn worker class (sync, as in production)"
    )
    parser.add_argument("--threads", type=int, default=0, help="threads per gthread worker")
    parser.add_argument(
        "--concurrency",
        type=lambda s: [int(c) for c in s.split(",")],
        default=[1, 8],
        help="comma-separated client concurrency levels (1,8)",
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=2.4,
        help="per page and level (2.4), plus half as long of the bare view between its slices",
    )
    parser.add_argument(
        "--rounds", type=int, default=2, help="slices of page and bare view, alternating (2)"
    )
    parser.add_argument(
        "--max-requests", type=int, default=1000, help="stop a page earlier after this many"
    )
    parser.add_argument(
        "--warmup", type=float, default=0.3, help="seconds of a page before measuring it (0.3)"
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    run()
