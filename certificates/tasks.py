"""Celery tasks of the ``certificates`` app (thin: each calls one service)."""

from __future__ import annotations

from celery import shared_task

from certificates import services


@shared_task(bind=True, soft_time_limit=240, time_limit=300)
def certificates_announce_task(self) -> int:
    """Beat: record "expiring" and "expired" events that have come due."""
    return services.certificates_announce()
