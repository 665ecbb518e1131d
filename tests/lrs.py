"""Real outside systems for the forwarding tests: Ralph LRS (from PyPI, in a virtualenv of
its own outside the repository), a fault proxy between the platform and Ralph, a Redis
server of the test's own, and a real Celery worker process.

Ralph is installed on first use into ``$VCR_TEST_CACHE`` (default ``~/.cache/vcr-tests``)
under its pinned version, so a clean machine needs nothing but network access to PyPI once.
"""

from __future__ import annotations

import contextlib
import fcntl
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import requests

RALPH_VERSION = "5.1.0"
RALPH_USER = "platform"
RALPH_PASSWORD = "ralph-test-password"
REPO = Path(__file__).resolve().parent.parent

#: Ralph's ``runserver`` always starts uvicorn with ``reload=True`` (a watcher process plus a
#: child) and its filesystem backend writes with operation type ``create``, which refuses
#: the second write to ``fs_lrs.jsonl``; no setting changes either in 5.1. This launcher
#: serves the same app (``ralph.api:app``, configured by the same RALPH_* variables
#: ``runserver -b fs`` sets) with the backend's default write operation set to ``append``.
LAUNCHER = """
import sys
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend
FSDataBackend.default_operation_type = BaseOperationType.APPEND
import uvicorn
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


class Unavailable(Exception):
    """PyPI cannot be reached, so Ralph cannot be installed: the tests are skipped."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 30, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def _cache_dir() -> Path:
    return Path(os.environ.get("VCR_TEST_CACHE", Path.home() / ".cache" / "vcr-tests"))


def _pypi_reachable() -> bool:
    try:
        return requests.head("https://pypi.org/simple/ralph-malph/", timeout=5).status_code < 500
    except requests.RequestException:
        return False


def ralph_venv() -> Path:
    """The virtualenv with Ralph ``RALPH_VERSION``, created once (a lock keeps two test
    processes from installing at the same time)."""
    venv = _cache_dir() / f"ralph-{RALPH_VERSION}"
    ready = venv / ".installed"
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / f"ralph-{RALPH_VERSION}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if ready.exists():
            return venv
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        install = subprocess.run(
            [
                str(venv / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                f"ralph-malph[cli,lrs]=={RALPH_VERSION}",
                "requests",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if install.returncode != 0:
            shutil.rmtree(venv, ignore_errors=True)
            if not _pypi_reachable():
                raise Unavailable(
                    f"PyPI is unreachable, cannot install ralph-malph: {install.stderr[-300:]}"
                )
            raise RuntimeError(f"installing Ralph failed:\n{install.stderr[-3000:]}")
        ready.touch()
    return venv


@dataclass
class Ralph:
    """A running Ralph LRS: ``endpoint`` is its xAPI base (ending in /)."""

    endpoint: str
    username: str
    password: str
    data_dir: Path
    process: subprocess.Popen

    def _get(self, **params) -> requests.Response:
        return requests.get(
            self.endpoint + "statements",
            params=params,
            auth=(self.username, self.password),
            headers={"X-Experience-API-Version": "1.0.3"},
            timeout=30,
        )

    def statement(self, statement_id: str) -> dict | None:
        response = self._get(statementId=statement_id)
        if response.status_code == 404:
            return None
        response.raise_for_status()
        body = response.json()
        if "statements" in body:  # Ralph 5 answers a GET by id with a StatementResult
            return next((s for s in body["statements"] if s["id"] == statement_id), None)
        return body

    def stored(self) -> list[dict]:
        """Every statement Ralph holds, once per copy (its filesystem backend's file, so a
        statement written twice shows twice)."""
        path = self.data_dir / "fs_lrs.jsonl"
        if not path.exists():
            return []
        with path.open() as lines:
            return [json.loads(line) for line in lines if line.strip()]

    def ids_about(self, marker: str) -> list[str]:
        """The ids of every copy Ralph holds of statements whose actor mentions ``marker``
        (a test person's key, employee number or email)."""
        return [s["id"] for s in self.stored() if marker in json.dumps(s["actor"])]


def ralph_start(root: Path) -> Ralph:
    venv = ralph_venv()
    app_dir, data_dir = root / "app", root / "data"
    app_dir.mkdir(parents=True)
    data_dir.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("RALPH_")},
        "RALPH_APP_DIR": str(app_dir),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data_dir),
        "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(data_dir),
    }
    subprocess.run(
        [
            str(venv / "bin" / "ralph"),
            "auth",
            "-u",
            RALPH_USER,
            "-p",
            RALPH_PASSWORD,
            "-s",
            "all",
            "-M",
            "mailto:platform@lrs.example",
            "-w",
        ],
        env=env,
        cwd=root,
        check=True,
        capture_output=True,
    )
    (root / "launch.py").write_text(LAUNCHER)
    port = free_port()
    log = (root / "ralph.log").open("w")
    process = subprocess.Popen(
        [str(venv / "bin" / "python"), "launch.py", str(port)],
        env=env,
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    wait_port(port, 60, process)
    return Ralph(f"http://127.0.0.1:{port}/xAPI/", RALPH_USER, RALPH_PASSWORD, data_dir, process)


def process_stop(process: subprocess.Popen, timeout: float = 10) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- the fault proxy -------------------------------------------------------------------


@dataclass
class FaultProxy:
    """An HTTP proxy in front of ``upstream`` that misbehaves on demand:

    * ``mode = "pass"``: forwards as is;
    * ``"error"``: answers ``status`` (500 by default) with ``body``, forwarding nothing;
    * ``"late"``: forwards, then waits ``delay`` seconds before answering (the LRS stored
      the statements but the platform times out: the hard case for "never twice");
    * ``"slow"``: waits ``delay`` seconds, then forwards;
    * ``down()`` / ``up()``: stops listening (connection refused) and listens again.

    ``requests`` records (method, number of statements in the body) of what reached it."""

    upstream: str
    port: int = field(default_factory=free_port)
    mode: str = "pass"
    status: int = 500
    body: str = '{"detail": "injected failure"}'
    delay: float = 0.0
    requests: list = field(default_factory=list)

    def __post_init__(self):
        self._server = None
        self._thread = None
        self.up()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}{urlsplit(self.upstream).path}"

    def _handler(self):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                count = 0
                if body:
                    with contextlib.suppress(ValueError):
                        parsed = json.loads(body)
                        count = len(parsed) if isinstance(parsed, list) else 1
                proxy.requests.append((self.command, count))
                if proxy.mode == "error":
                    return self._reply(proxy.status, proxy.body.encode(), "application/json")
                if proxy.mode == "slow":
                    time.sleep(proxy.delay)
                status, data, ctype = proxy._forward(self.command, self.path, self.headers, body)
                if proxy.mode == "late":
                    time.sleep(proxy.delay)
                self._reply(status, data, ctype)

            def _reply(self, status, data, ctype):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timed out): what a slow LRS sees too

            do_GET = do_POST = do_PUT = _any

        return Handler

    def _forward(self, method, path, headers, body):
        target = urlsplit(self.upstream)
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        keep = ("Authorization", "Content-Type", "X-Experience-API-Version")
        conn.request(
            method, path, body=body or None, headers={h: headers[h] for h in keep if h in headers}
        )
        response = conn.getresponse()
        data = response.read()
        conn.close()
        return response.status, data, response.getheader("Content-Type", "application/json")

    def up(self) -> None:
        if self._server is not None:
            return
        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def down(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._server = None

    def posts(self) -> list[int]:
        """Statements per POST that reached the proxy."""
        return [count for method, count in self.requests if method == "POST"]


# --- Redis and a Celery worker of the test's own ----------------------------------------


class RedisServer:
    """A redis-server on a free loopback port, stopped and started by the test (never the
    shared one)."""

    def __init__(self, root: Path):
        self.port = free_port()
        self.root = root
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server") or "/usr/bin/redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.root),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_port(self.port, 10, self.process)

    def stop(self) -> None:
        if self.process is not None:
            process_stop(self.process)
            self.process = None


def worker_env(database_url: str, redis_url: str, **settings) -> dict:
    """The environment of a worker or web process running against the test's database
    and broker (``tests.worker_settings``: the test settings without eager tasks)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CELERY")}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.worker_settings",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        PYTHONPATH=str(REPO),
    )
    env.update({k: str(v) for k, v in settings.items()})
    return env


def worker_start(env: dict, log: Path, *, beat: bool = False) -> subprocess.Popen:
    """``celery -A config worker`` (prefork, one child) in a process group of its own, so
    a SIGKILL to the group takes the worker and its child at once, as a crash would."""
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "config",
        "worker",
        "--concurrency",
        "1",
        "--loglevel",
        "INFO",
        "--without-gossip",
        "--without-mingle",
        "-n",
        f"test{time.time_ns()}@%h",
    ]
    if beat:
        command += ["--beat", "--schedule", str(log.with_suffix(".beat"))]
    return subprocess.Popen(
        command,
        env=env,
        cwd=REPO,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def worker_kill(process: subprocess.Popen) -> None:
    """SIGKILL the worker's whole process group: no warm shutdown, no ack, no cleanup."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


def worker_stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            worker_kill(process)


def until(condition, timeout: float, what: str, interval: float = 0.2):
    """Poll ``condition`` until it returns something truthy; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout}s")
        time.sleep(interval)


@contextlib.contextmanager
def sending_through(broker_url: str):
    """The test process sends tasks through ``broker_url`` (not in-process), as the web
    process does; restored afterwards."""
    from config.celery import app

    saved = (app.conf.broker_url, app.conf.task_always_eager)
    app.conf.broker_url, app.conf.task_always_eager = broker_url, False
    app.conf.broker_connection_timeout = 1
    app.conf.broker_transport_options = {"visibility_timeout": 6 * 3600, "max_retries": 0}
    app._pool = None
    app.amqp._producer_pool = None
    try:
        yield app
    finally:
        app.conf.broker_url, app.conf.task_always_eager = saved
        app._pool = None
        app.amqp._producer_pool = None


def sweep(app) -> None:
    """What beat sends every 30 s: one ``outbox_drain`` through the broker."""
    app.send_task("learning.tasks.outbox_drain")


def database_url() -> str:
    """The URL of the test database, for processes the test starts."""
    from django.db import connection

    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgresql://{s['USER']}{password}@{s['HOST']}:{s['PORT'] or 5432}/{s['NAME']}"
