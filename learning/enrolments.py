"""Enrolments and lesson progress: the writes of the learner journey.

Every function is idempotent where a learner can repeat the action (reloading a page,
double-clicking a button), and sends its domain event after commit.
"""

from __future__ import annotations

from functools import partial
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning import signals
from learning.models import CourseModule, Enrolment, LessonProgress, Person
from learning.selectors import module_missing_prerequisites

# A single report of time on a page never counts for more than this, so a tab left open
# overnight does not inflate "time spent".
MAX_SECONDS_PER_REPORT = 120


def _on_commit(signal, **kwargs) -> None:
    transaction.on_commit(partial(signal.send, **kwargs))


@transaction.atomic
def enrolment_create(
    *, person: Person, module_key: UUID, source: str = Enrolment.Source.SELF
) -> Enrolment:
    """Enrol ``person`` in the live module ``module_key``; returns the existing enrolment if
    there is one. Raises ValidationError when the module is not live or a prerequisite is
    not completed."""
    module = CourseModule.objects.filter(key=module_key, is_live=True).first()
    if module is None:
        raise ValidationError(_("This module is not available."))
    existing = Enrolment.objects.filter(person=person, module=module).first()
    if existing is not None:
        return existing
    if module_missing_prerequisites(person=person, module=module):
        raise ValidationError(_("Complete the prerequisite modules first."))
    enrolment = Enrolment.objects.create(
        person=person, module=module, source=source, enrolled_at=timezone.now()
    )
    _on_commit(signals.module_enrolled, sender=Enrolment, enrolment=enrolment)
    return enrolment


def _progress_for_update(enrolment: Enrolment, lesson_key: UUID) -> tuple[LessonProgress, bool]:
    now = timezone.now()
    return LessonProgress.objects.select_for_update().get_or_create(
        enrolment=enrolment,
        lesson_key=lesson_key,
        defaults={"first_viewed_at": now, "last_viewed_at": now},
    )


def _check_lesson(enrolment: Enrolment, lesson_key: UUID) -> None:
    if not enrolment.module.lessons.filter(key=lesson_key).exists():
        raise ValidationError(_("This lesson is not part of the module."))


@transaction.atomic
def lesson_view_record(
    *, enrolment: Enrolment, lesson_key: UUID, revision_id: int | None
) -> LessonProgress:
    """Record that the learner opened a lesson: it becomes where they resume."""
    _check_lesson(enrolment, lesson_key)
    progress, first_time = _progress_for_update(enrolment, lesson_key)
    now = timezone.now()
    progress.last_viewed_at = now
    if progress.completed_at is None:
        progress.revision_id = revision_id
    progress.save()
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_lesson_key=lesson_key, last_activity_at=now
    )
    _on_commit(
        signals.lesson_viewed,
        sender=Enrolment,
        enrolment=enrolment,
        lesson_key=lesson_key,
        first_time=first_time,
    )
    return progress


@transaction.atomic
def lesson_time_add(*, enrolment: Enrolment, lesson_key: UUID, seconds: int) -> LessonProgress:
    """Add time spent on a lesson, at most ``MAX_SECONDS_PER_REPORT`` per call."""
    _check_lesson(enrolment, lesson_key)
    progress, _created = _progress_for_update(enrolment, lesson_key)
    progress.seconds_spent += max(0, min(int(seconds), MAX_SECONDS_PER_REPORT))
    progress.save(update_fields=["seconds_spent"])
    return progress


@transaction.atomic
def lesson_complete(
    *, enrolment: Enrolment, lesson_key: UUID, revision_id: int | None, seconds: int = 0
) -> bool:
    """Mark a lesson complete; completes the module when every required lesson is.

    Returns True if the lesson was newly completed; completing it again changes nothing.
    Locks the enrolment row, so two tabs finishing the last lessons at once complete the
    module exactly once.
    """
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    _check_lesson(enrolment, lesson_key)
    progress, _created = _progress_for_update(enrolment, lesson_key)
    if progress.completed_at is not None:
        return False
    progress.completed_at = timezone.now()
    progress.revision_id = revision_id
    progress.seconds_spent += max(0, min(int(seconds), MAX_SECONDS_PER_REPORT))
    progress.save()
    _on_commit(
        signals.lesson_completed, sender=Enrolment, enrolment=enrolment, lesson_key=lesson_key
    )
    _complete_module_if_done(enrolment)
    return True


def _complete_module_if_done(enrolment: Enrolment) -> None:
    if enrolment.completed_at is not None:
        return
    required = set(
        enrolment.module.lessons.filter(is_active=True, required=True).values_list("key", flat=True)
    )
    done = set(
        enrolment.lessons.filter(completed_at__isnull=False).values_list("lesson_key", flat=True)
    )
    if required <= done:
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
        _on_commit(signals.module_completed, sender=Enrolment, enrolment=enrolment)
