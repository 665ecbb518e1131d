"""Background tasks of the ``assessments`` app."""

from celery import shared_task

from assessments.exams.services import attempts_submit_expired


@shared_task(bind=True, ignore_result=True, soft_time_limit=50, time_limit=60)
def attempts_submit_expired_task(self) -> int:
    """Submit attempts whose time ran out (the learner closed the tab). Idempotent."""
    return attempts_submit_expired()
