"""Celery tasks of mandatory training (thin: each calls one service)."""

from __future__ import annotations

from celery import shared_task

from modules.compliance import reminders, services, summaries


@shared_task(bind=True, soft_time_limit=240, time_limit=300)
def assignments_sweep_task(self) -> int:
    """Beat, every minute: outstanding assignments whose day has come become "due soon" or
    "overdue", and the summaries of their units follow (the dashboard's freshness)."""
    moved = services.phases_sweep()
    # The sweep moves outstanding work only: the completions per month stay as they are.
    summaries.summaries_refresh_people(moved=moved, months=False)
    return len(moved)


@shared_task(bind=True, soft_time_limit=240, time_limit=300)
def reminders_sweep_task(self) -> dict[str, int]:
    """Beat, hourly: record the reminders that have come due (one row and one outbox event
    each; the mails go from the outbox). Idempotent."""
    return reminders.reminders_sweep()


@shared_task(bind=True, soft_time_limit=240, time_limit=300)
def reminders_digest_task(self) -> int:
    """Beat, weekly: record this ISO week's digest for every manager. Idempotent within
    the week, so a second run (or a late one) sends nothing more."""
    return reminders.digests_record()
