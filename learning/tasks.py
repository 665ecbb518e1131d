"""Background tasks of the ``learning`` app."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
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
