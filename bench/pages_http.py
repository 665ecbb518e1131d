"""The page benchmark's client (``bench/pages.py``): a learner's browser for the forms, and
the load generator, Python threads with one ``http.client`` connection each."""

from __future__ import annotations

import http.client
import itertools
import re
import statistics
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

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


def check(status: int, body: bytes, markers: list[bytes]) -> str:
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
                problem = check(response.status, response.read(), encoded)
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
