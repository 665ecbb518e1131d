"""Enrolments and lesson progress: the writes of the learner journey.

Every function is idempotent where a learner can repeat the action (reloading a page,
double-clicking a button), and sends its domain event after commit.
"""

from __future__ import annotations

from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from learning import signals
from learning.events import event_record, signal_on_commit
from learning.models import CompletionRule, CourseModule, Enrolment, LessonProgress, Person
from learning.selectors import module_missing_prerequisites

# The lesson page sends a heartbeat this often while it is visible. Time spent is measured
# by the server as the gap since the last heartbeat (or the lesson's opening), and one gap
# never counts for more than an interval plus some slack: a tab left open overnight, or a
# script, gets no more than a reader whose page really reported every interval.
HEARTBEAT_SECONDS = 30
MAX_SECONDS_PER_HEARTBEAT = HEARTBEAT_SECONDS + 15


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
    event_record(
        kind="module.enrolled",
        object_key=f"enrolment:{enrolment.pk}",
        occurrence=enrolment.enrolled_at.isoformat(),
        payload=_enrolment_payload(enrolment, enrolled_at=enrolment.enrolled_at.isoformat()),
        signal=signals.module_enrolled,
        sender=Enrolment,
        enrolment=enrolment,
    )
    return enrolment


def _enrolment_payload(enrolment: Enrolment, **extra) -> dict:
    """Ids and ISO strings: the enrolment, its person and module, and the language the
    learner was using (the request's; xAPI statements carry it as ``context.language``)."""
    return {
        "enrolment": enrolment.pk,
        "person": enrolment.person_id,
        "module_key": str(enrolment.module.key),
        "language": get_language() or "",
        **extra,
    }


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
def lesson_view_record(*, enrolment: Enrolment, lesson_key: UUID, revision_id: int | None) -> bool:
    """Record that the learner opened a lesson: it becomes where they resume. Returns
    whether this was the first time.

    A lesson opened before is one UPDATE of its progress row (the row's existence shows the
    lesson belongs to the module) and one of the enrolment, in one transaction (one commit):
    no lookups, no lock. Only a first view inserts."""
    now = timezone.now()
    seen = LessonProgress.objects.filter(enrolment=enrolment, lesson_key=lesson_key).update(
        last_viewed_at=now,
        heartbeat_at=now,
        # A completed lesson keeps the revision it was completed in.
        revision_id=Case(
            When(
                completed_at__isnull=True,
                then=Value(revision_id, output_field=models.PositiveBigIntegerField()),
            ),
            default=F("revision_id"),
        ),
    )
    first_time = False
    if not seen:
        first_time = _lesson_first_view(enrolment, lesson_key, revision_id, now)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_lesson_key=lesson_key, last_activity_at=now
    )
    signal_kwargs = {"sender": Enrolment, "enrolment": enrolment, "lesson_key": lesson_key}
    if first_time:
        event_record(
            kind="lesson.viewed",
            object_key=f"enrolment:{enrolment.pk}:lesson:{lesson_key}",
            occurrence="first",
            payload=_enrolment_payload(enrolment, lesson_key=str(lesson_key), at=now.isoformat()),
            signal=signals.lesson_viewed,
            first_time=True,
            **signal_kwargs,
        )
    else:
        # A return visit is the hot path (two UPDATEs, no insert): not an outbox event.
        signal_on_commit(signals.lesson_viewed, first_time=False, **signal_kwargs)
    return first_time


def enrolment_resume_set(*, enrolment: Enrolment, lesson_key: UUID) -> None:
    """Make ``lesson_key`` where the learner resumes (one UPDATE; the object follows)."""
    now = timezone.now()
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_lesson_key=lesson_key, last_activity_at=now
    )
    enrolment.last_lesson_key, enrolment.last_activity_at = lesson_key, now


def _lesson_first_view(enrolment: Enrolment, lesson_key: UUID, revision_id, now) -> bool:
    _check_lesson(enrolment, lesson_key)
    progress, first_time = _progress_for_update(enrolment, lesson_key)
    progress.last_viewed_at = now
    progress.heartbeat_at = now
    if progress.completed_at is None:
        progress.revision_id = revision_id
    progress.save()
    return first_time


def _credit_elapsed(progress: LessonProgress) -> None:
    """Add the server-measured, capped time since the last heartbeat and move the anchor."""
    now = timezone.now()
    anchor = progress.heartbeat_at or progress.last_viewed_at
    elapsed = int((now - anchor).total_seconds()) if anchor else 0
    progress.seconds_spent += max(0, min(elapsed, MAX_SECONDS_PER_HEARTBEAT))
    progress.heartbeat_at = now


def _viewed_progress(enrolment: Enrolment, lesson_key: UUID) -> LessonProgress:
    progress = (
        LessonProgress.objects.select_for_update()
        .filter(enrolment=enrolment, lesson_key=lesson_key)
        .first()
    )
    if progress is None:
        raise ValidationError(_("Open the lesson before completing it."))
    return progress


@transaction.atomic
def lesson_time_add(*, enrolment: Enrolment, lesson_key: UUID) -> LessonProgress:
    """Credit a heartbeat from an opened lesson: the real time since the previous heartbeat
    (or the opening), at most ``MAX_SECONDS_PER_HEARTBEAT``. The client states no duration.
    Raises ValidationError if the learner never opened the lesson."""
    _check_lesson(enrolment, lesson_key)
    progress = _viewed_progress(enrolment, lesson_key)
    _credit_elapsed(progress)
    progress.save(update_fields=["seconds_spent", "heartbeat_at"])
    return progress


@transaction.atomic
def lesson_complete(
    *, enrolment: Enrolment, lesson_key: UUID, revision_id: int | None, by_check: bool = False
) -> bool:
    """Mark a lesson complete; completes the module when every required lesson is.

    The lesson's published rule decides how: a "viewed" lesson needs a recorded view of it
    by this learner (``lesson_view_record``); a "check passed" lesson is completed only with
    ``by_check=True``, which only a passed knowledge check of that lesson sends. Raises
    ValidationError otherwise. Returns True if the lesson was newly completed; completing it
    again changes nothing. Locks the enrolment row, so two tabs finishing the last lessons at
    once complete the module exactly once.
    """
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    lesson = enrolment.module.lessons.filter(key=lesson_key).first()
    if lesson is None:
        raise ValidationError(_("This lesson is not part of the module."))
    done = enrolment.lessons.filter(lesson_key=lesson_key, completed_at__isnull=False)
    if done.exists():
        return False  # already completed, whichever way: "Back to the module" goes on
    if lesson.completion_rule == CompletionRule.CHECK_PASSED and not by_check:
        raise ValidationError(_("Pass the knowledge check to complete this lesson."))
    if by_check:
        progress, _created = _progress_for_update(enrolment, lesson_key)
    else:
        progress = _viewed_progress(enrolment, lesson_key)
    _credit_elapsed(progress)
    progress.completed_at = timezone.now()
    progress.revision_id = revision_id
    progress.save()
    required, done = _required_and_done(enrolment)
    event_record(
        kind="lesson.completed",
        object_key=f"lesson_progress:{progress.pk}",
        occurrence=progress.completed_at.isoformat(),
        payload=_enrolment_payload(
            enrolment,
            lesson_key=str(lesson_key),
            revision_id=revision_id,
            seconds_spent=progress.seconds_spent,
            completed_at=progress.completed_at.isoformat(),
            # The module's progress at this moment (cmi5's 0-100), for the "progressed"
            # statement: known here, not recomputable later once the outline changes.
            progress=_percent_done(required, done),
        ),
        signal=signals.lesson_completed,
        sender=Enrolment,
        enrolment=enrolment,
        lesson_key=lesson_key,
    )
    _complete_module_if_done(enrolment, required, done)
    return True


def _required_and_done(enrolment: Enrolment) -> tuple[set, set]:
    """The keys of the module's required active lessons and of the lessons completed."""
    required = set(
        enrolment.module.lessons.filter(is_active=True, required=True).values_list("key", flat=True)
    )
    done = set(
        enrolment.lessons.filter(completed_at__isnull=False).values_list("lesson_key", flat=True)
    )
    return required, done


def _percent_done(required: set, done: set) -> int:
    """Whole percent of the required lessons completed (100 when none is required)."""
    if not required:
        return 100
    return len(required & done) * 100 // len(required)


def _complete_module_if_done(enrolment: Enrolment, required: set, done: set) -> None:
    if enrolment.completed_at is not None:
        return
    if required <= done:
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
        event_record(
            kind="module.completed",
            object_key=f"enrolment:{enrolment.pk}",
            occurrence=enrolment.completed_at.isoformat(),
            payload=_enrolment_payload(enrolment, completed_at=enrolment.completed_at.isoformat()),
            signal=signals.module_completed,
            sender=Enrolment,
            enrolment=enrolment,
        )


@transaction.atomic
def enrolment_restart(*, enrolment: Enrolment) -> bool:
    """Take a completed module again (a yearly repeat of mandatory training): the module's
    and its lessons' completion are cleared, so finishing it again records a new
    ``module.completed`` (which completes the repeat's assignment). First views, time spent
    and the resume point are kept: the history of the earlier round stays. Records
    ``module.restarted``. Returns False, changing nothing, when the module is not completed
    (a second click). Locks the enrolment row, like ``lesson_complete``."""
    enrolment = Enrolment.objects.select_for_update().select_related("module").get(pk=enrolment.pk)
    if enrolment.completed_at is None:
        return False
    before, now = enrolment.completed_at, timezone.now()
    enrolment.completed_at = None
    enrolment.save(update_fields=["completed_at"])
    enrolment.lessons.update(completed_at=None)
    event_record(
        kind="module.restarted",
        object_key=f"enrolment:{enrolment.pk}",
        occurrence=now.isoformat(),
        payload=_enrolment_payload(
            enrolment, restarted_at=now.isoformat(), completed_before=before.isoformat()
        ),
    )
    return True
