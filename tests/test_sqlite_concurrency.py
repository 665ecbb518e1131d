"""The embedded SQLite default under concurrent requests: eight learners start an exam at the
same moment and every one of them gets their attempt, none a 500 "database is locked".

Runs a real server (gunicorn, two workers with four threads each) on a SQLite file in a
temporary VAR_DIR with DATABASE_URL and REDIS_URL unset, whatever database the rest of the
suite uses.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEARNERS = 8
CSRF = "a" * 32  # an unmasked secret is accepted as both the cookie and the form token

SETUP = f"""
import json
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from tests import factories
from tests.assessments import builders

unit = factories.organisation("Testby Kommune/Dagtilbud Nord", "daycare")
bank = builders.bank()
for n in range(4):
    builders.question(bank, f"q-{{n}}")
builders.exam(bank, key="basic-exam", max_attempts=3, cooldown_minutes=30)
sessions = []
for n in range({LEARNERS}):
    user = factories.person(units=[unit]).user
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "learning.auth.UsernameOrEmailBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    sessions.append(session.session_key)
print("SETUP:" + json.dumps({{"url": reverse("attempt_start", args=["basic-exam"]),
                             "sessions": sessions}}))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sqlite_env(var_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        VAR_DIR=str(var_dir),
        DJANGO_SETTINGS_MODULE="config.settings.test",
        PYTHONPATH=str(ROOT),
    )
    return env


def _manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return result.stdout


def _wait_for(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the server did not start")


def _start_exam(port: int, url: str, session_key: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request(
        "POST",
        url,
        body=f"csrfmiddlewaretoken={CSRF}",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"sessionid={session_key}; csrftoken={CSRF}",
            "Referer": f"http://127.0.0.1:{port}/",
        },
    )
    response = connection.getresponse()
    response.read()
    return response.status, response.getheader("Location", "")


def test_eight_learners_starting_an_exam_at_once_all_get_an_attempt(tmp_path):
    env = _sqlite_env(tmp_path)
    _manage(env, "migrate", "--noinput", "-v0")
    out = _manage(env, "shell", "-c", SETUP)
    setup = json.loads(next(line for line in out.splitlines() if line.startswith("SETUP:"))[6:])
    port = _free_port()
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "config.wsgi", "-b", f"127.0.0.1:{port}"),
            *("--workers", "2", "--threads", "4", "--log-level", "warning"),
        ],
        cwd=ROOT,
        env={**env, "ALLOWED_HOSTS": "127.0.0.1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for(port, server)
        with ThreadPoolExecutor(LEARNERS) as pool:
            results = list(
                pool.map(lambda key: _start_exam(port, setup["url"], key), setup["sessions"])
            )
    finally:
        server.terminate()
        server.wait(timeout=30)

    statuses = [status for status, _location in results]
    assert statuses == [302] * LEARNERS, statuses
    # Each learner is sent to their own new attempt, not back to the overview with an error.
    attempts = {location for _status, location in results}
    assert len(attempts) == LEARNERS
    assert all("/attempts/" in location for location in attempts), attempts
