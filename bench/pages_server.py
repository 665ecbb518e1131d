"""The page benchmark's server side (``bench/pages.py``): its database, the site set up in it
(``bench/pages_setup.py``), gunicorn, and the cache keys it leaves."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.pages_http import PROXY_HEADERS

ROOT = Path(__file__).resolve().parent.parent
BARE = "/bench/bare/"


# --- The database and the cache ------------------------------------------------------------


def _with_path(url: str, path: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=path))


def _admin(url: str):
    """A connection to the server's maintenance database, to create and drop ours."""
    import psycopg

    return psycopg.connect(_with_path(url, "/postgres"), autocommit=True)


def database_create(url: str) -> tuple[str, str]:
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


def database_drop(url: str) -> None:
    with _admin(url) as conn:
        _drop(conn, urlsplit(url).path.strip("/"))


def cache_clear(redis_url: str, prefix: str) -> int:
    """Delete this run's cache keys (and only those) from the cache database."""
    import redis

    from config.env import redis_db_url

    client = redis.Redis.from_url(redis_db_url(redis_url, 1))
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)
    return len(keys)


# --- The server ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environment(database_url: str, port: int, tmp: Path, cache_prefix: str) -> dict[str, str]:
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


def setup_site(env: dict[str, str], tmp: Path) -> dict:
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
