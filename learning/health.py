"""Health checks of the services the platform needs (database, cache, broker), and the
/healthz view that reports them."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from learning.auth.permissions import public
from learning.models import Heartbeat


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    # The cache backend treats a Redis error as a miss (so pages still render); ask the
    # server itself so the report names the error.
    ping = getattr(cache, "ping", None)
    if ping is not None:
        ping()
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=5)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return what was written")
    cache.delete(key)


def _broker() -> None:
    from config.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


CHECKS: dict[str, Callable[[], None]] = {
    "database": _database,
    "cache": _cache,
    "broker": _broker,
}


def _outbox() -> dict:
    """``degraded`` when the oldest pending delivery is older than ``OUTBOX_MAX_PENDING_AGE``
    seconds: the relay is not running, or a consumer keeps failing. Work is late, not lost,
    so this degrades the report without failing it."""
    from learning.outbox import oldest_pending_age

    try:
        age = oldest_pending_age()
    except Exception as exc:
        return {"status": "error", "error": type(exc).__name__}
    limit = settings.OUTBOX_MAX_PENDING_AGE
    status = "degraded" if age is not None and age > limit else "ok"
    return {"status": status, "oldest_pending_seconds": None if age is None else int(age)}


def check_all() -> dict:
    """Run every check; a failing check reports its error class, never its message (which
    may contain a connection string)."""
    report: dict = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:
            report[name] = {"status": "error", "error": type(exc).__name__}
        else:
            report[name] = {"status": "ok"}
    report["status"] = "ok" if all(v["status"] == "ok" for v in report.values()) else "error"
    report["outbox"] = _outbox()
    if report["status"] == "ok" and report["outbox"]["status"] != "ok":
        report["status"] = "degraded"
    try:
        beat = Heartbeat.objects.filter(name="worker").first()
    except Exception:
        beat = None
    report["worker_last_seen"] = beat.seen_at.isoformat() if beat else None
    return report


@public
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Database, cache and broker status: 200 when all answer, 503 when any does not. A
    late outbox (``degraded``) still answers 200: the platform works, background work lags."""
    report = check_all()
    return JsonResponse(report, status=503 if report["status"] == "error" else 200)
