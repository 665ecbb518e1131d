"""Background tasks of the ``learning`` app."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from learning.models import Heartbeat


@shared_task(bind=True, ignore_result=True, soft_time_limit=10, time_limit=20)
def heartbeat_record(self, name: str = "worker") -> str:
    """Record that a worker ran a task just now; beat schedules it every minute, so /healthz
    can tell how long ago background work last ran. Idempotent."""
    now = timezone.now()
    Heartbeat.objects.update_or_create(name=name, defaults={"seen_at": now})
    return now.isoformat()


@shared_task(bind=True, ignore_result=True, soft_time_limit=60, time_limit=90)
def person_imports_purge_stale_task(self) -> int:
    """Delete CSV import previews nobody committed (they hold personal data). Idempotent."""
    from learning.people_import import person_imports_purge_stale

    return person_imports_purge_stale(
        older_than=timedelta(hours=settings.PERSON_IMPORT_PREVIEW_HOURS)
    )


@shared_task(
    bind=True,
    ignore_result=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_backoff_max=60,
    max_retries=5,
    soft_time_limit=240,
    time_limit=300,
)
def outbox_drain(self) -> int:
    """Drain the outbox (``learning.outbox.outbox_drain``): enqueued after every commit that
    recorded an event and run by beat as a sweep. Idempotent and safe to run twice at once
    (rows are locked with SKIP LOCKED), so ``acks_late`` and a redelivery are harmless; a
    transient database error (a lock timeout, a dropped connection) is retried."""
    from learning.outbox import outbox_drain as drain

    return drain()


@shared_task(bind=True, ignore_result=True, soft_time_limit=600, time_limit=660)
def xapi_retention_task(self) -> dict:
    """Delete statements past ``XAPI_RETENTION_DAYS`` and delivered outbox events past
    ``OUTBOX_RETENTION_DAYS`` (audited; idempotent). Beat runs it daily."""
    from learning.xapi.privacy import outbox_prune, statements_retention_apply

    return {"statements": statements_retention_apply(), "events": outbox_prune()}
