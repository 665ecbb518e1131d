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
import http.client
import itertools
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BARE = "/bench/bare/"
GOAL = 0.25
GOAL_PAGES = ("lesson", "module", "catalogue", "My learning")
# As a TLS-terminating proxy sends it: production's SECURE_PROXY_SSL_HEADER makes the request
# secure, so SECURE_SSL_REDIRECT, secure cookies and CSRF's referer check work unchanged.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


@dataclass
class Result:
    """One page at one concurrency: what was measured and what went wrong."""

    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: list[str] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms)

    @property
    def p95(self) -> float:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0]
        return statistics.quantiles(self.latencies_ms, n=20, method="inclusive")[18]


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


# --- The database and the cache ------------------------------------------------------------


def _with_path(url: str, path: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=path))


def _admin(url: str):
    """A connection to the server's maintenance database, to create and drop ours."""
    import psycopg

    return psycopg.connect(_with_path(url, "/postgres"), autocommit=True)


def _database_create(url: str) -> tuple[str, str]:
    """Create ``<name>_pages`` beside the database of ``url``; returns its URL and server
    version. A database left by an interrupted run is dropped first."""
    from psycopg import sql

    name = urlsplit(url).path.strip("/") + "_pages"
    with _admin(url) as conn:
        _drop(conn, name)
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        version = conn.execute("SHOW server_version").fetchone()[0]
    return _with_path(url, "/" + name), version


def _drop(conn, name: str) -> None:
    from psycopg import sql

    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _database_drop(url: str) -> None:
    with _admin(url) as conn:
        _drop(conn, urlsplit(url).path.strip("/"))


def _cache_clear(redis_url: str, prefix: str) -> int:
    """Delete this run's cache keys (and only those) from the cache database."""
    import redis

    from config.env import redis_db_url

    client = redis.Redis.from_url(redis_db_url(redis_url, 1))
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)
    return len(keys)


# --- The server ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _environment(database_url: str, port: int, tmp: Path, cache_prefix: str) -> dict[str, str]:
    """What production settings require, for the setup process and the server."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=database_url,
        SECRET_KEY=secrets.token_hex(32),
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"https://127.0.0.1:{port}",
        EMAIL_URL="consolemail://",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        VAR_DIR=str(tmp / "var"),
        BENCH_CACHE_PREFIX=cache_prefix,
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env


def _setup_site(env: dict[str, str], tmp: Path) -> dict:
    """Migrate, seed the demo, collect static files and read the page URLs (bench.pages_setup)."""
    out = tmp / "site.json"
    log = tmp / "setup.log"
    with open(log, "w") as log_file:
        done = subprocess.run(  # noqa: S603 (this Python, a module of the bench)
            [sys.executable, "-m", "bench.pages_setup", str(out)],
            cwd=ROOT,
            env={**env, "BENCH_EAGER_TASKS": "1"},
            stdout=log_file,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        sys.stdout.write(log.read_text()[-4000:])
        raise RuntimeError(f"pages: setting up the site failed (exit {done.returncode})")
    return json.loads(out.read_text())


class Server:
    """gunicorn serving ``config.wsgi`` on 127.0.0.1, as docs/operations.md runs it."""

    def __init__(self, env, port: int, log: Path, *, workers: int, worker_class: str, threads):
        self.port = port
        self.log = log
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            str(workers),
            "--worker-class",
            worker_class,
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ]
        if threads:
            command += ["--threads", str(threads)]
        self._log_file = open(log, "w")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(  # noqa: S603 (this Python's gunicorn)
            command, cwd=ROOT, env=env, stdout=self._log_file, stderr=subprocess.STDOUT
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"pages: gunicorn exited:\n{self.log.read_text()[-4000:]}")
            with contextlib.suppress(OSError, http.client.HTTPException):
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", BARE, headers=PROXY_HEADERS)
                if conn.getresponse().status == 200:
                    conn.close()
                    return
            time.sleep(0.2)
        raise RuntimeError(f"pages: gunicorn did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()

    def problems(self) -> list[str]:
        """What the server logged at WARNING or above (4xx, 5xx, tracebacks)."""
        return [
            line
            for line in self.log.read_text(errors="replace").splitlines()
            if re.search(r"WARNING|ERROR|CRITICAL|Traceback|Internal Server Error", line)
        ]


# --- The learner's browser -----------------------------------------------------------------


class Browser:
    """Just enough of a browser to log in and enrol through the site's own forms."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def headers(self) -> dict[str, str]:
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return {**PROXY_HEADERS, **({"Cookie": cookie} if cookie else {})}

    def request(self, method: str, path: str, form: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = self.headers()
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            # A secure request's CSRF check wants a same-origin referer.
            headers["Referer"] = f"https://127.0.0.1:{self.port}{path}"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        content = response.read().decode("utf-8", errors="replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        conn.close()
        return response.status, response.getheader("Location", ""), content

    def post(self, path: str, form: dict):
        token = self.cookies.get("csrftoken", "")
        return self.request("POST", path, {"csrfmiddlewaretoken": token, **form})

    def log_in(self, username: str, password: str) -> None:
        status, _location, content = self.request("GET", "/accounts/login/")
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        if status != 200 or found is None:
            raise RuntimeError(f"pages: the login form answered {status} without a CSRF token")
        status, location, _content = self.request(
            "POST",
            "/accounts/login/",
            {"csrfmiddlewaretoken": found.group(1), "username": username, "password": password},
        )
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"pages: logging in as {username} answered {status} {location}")


# --- The load ------------------------------------------------------------------------------


def _check(status: int, body: bytes, markers: list[bytes]) -> str:
    if status != 200:
        return f"status {status}"
    missing = [m.decode() for m in markers if m not in body]
    return f"200 without {missing}" if missing else ""


def load(port, path, headers, markers, *, concurrency, seconds, max_requests) -> Result:
    """GET ``path`` from ``concurrency`` threads for ``seconds`` or ``max_requests`` requests,
    whichever comes first; each thread keeps one connection (it reconnects when the server
    closes it, as gunicorn's sync workers do after every response)."""
    encoded = [m.encode() for m in markers]
    counter = itertools.count()
    latencies: list[float] = []
    errors: list[str] = []
    ends: list[float] = []
    start_line = threading.Barrier(concurrency + 1)
    deadline = [0.0]

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        start_line.wait()
        while time.perf_counter() < deadline[0] and next(counter) < max_requests:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                problem = _check(response.status, response.read(), encoded)
                if response.status >= 300 and response.getheader("Location"):
                    problem += f" to {response.getheader('Location')}"
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                problem = f"{type(error).__name__}: {error}"
            mine.append((time.perf_counter() - started) * 1000)
            if problem:
                errors.append(f"{path}: {problem}")
        ends.append(time.perf_counter())
        conn.close()
        latencies.extend(mine)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    deadline[0] = began + seconds
    start_line.wait()
    for thread in threads:
        thread.join()
    return Result(len(latencies), max(ends) - began, latencies, errors)


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
        problem = _check(status, content.encode(), [m.encode() for m in page["markers"]])
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
    port = _free_port()
    server = None
    pages_url = ""
    started = time.monotonic()
    try:
        pages_url, pg_version = _database_create(database_url)
        print(
            f"pages: setting up {urlsplit(pages_url).path.strip('/')}: migrate, seed_demo, "
            "collectstatic",
            flush=True,
        )
        env = _environment(pages_url, port, tmp, cache_prefix)
        site = _setup_site(env, tmp)
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
            _database_drop(pages_url)
        with contextlib.suppress(Exception):
            _cache_clear(redis_url, cache_prefix)
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
