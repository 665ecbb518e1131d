"""Tracks, and results earned the way a learner earns them (through the services): the
certificates tests build on these."""

from __future__ import annotations

from django.utils import timezone
from wagtail.models import Locale

from assessments.calibration import services as calibration
from assessments.exams import services as exams
from certificates.models import RequirementPath, Track, TrackRequirement
from learning.models import CourseLesson, CourseModule, Enrolment
from tests.assessments import builders as exam_builders
from tests.assessments import calibration_builders as cal


def track(
    key: str = "assessor",
    *,
    exercise=None,
    exam=None,
    modules=(),
    recert_exercise=None,
    **fields,
) -> Track:
    """A default-language track: ``modules`` (CourseModule rows), ``exam`` and ``exercise``
    on the first-certification path, ``recert_exercise`` on the recertification path."""
    defaults = {
        "title": key.replace("-", " ").title(),
        "validity_months": 24,
        "recert_window_days": 90,
        "grace_days": 30,
        "instrument": exercise.instrument if exercise else None,
    }
    built = Track.objects.create(key=key, locale=Locale.get_default(), **{**defaults, **fields})
    for module in modules:
        TrackRequirement.objects.create(track=built, module=module)
    if exam is not None:
        TrackRequirement.objects.create(track=built, assessment=exam)
    if exercise is not None:
        TrackRequirement.objects.create(track=built, exercise=exercise)
    if recert_exercise is not None:
        TrackRequirement.objects.create(
            track=built, exercise=recert_exercise, path=RequirementPath.RECERTIFICATION
        )
    return built


def module(title: str = "Instrument theory") -> CourseModule:
    """A published module outline with one lesson completed by viewing it."""
    import uuid

    outline = CourseModule.objects.create(
        key=uuid.uuid4(), title=title, published_at=timezone.now()
    )
    CourseLesson.objects.create(module=outline, key=uuid.uuid4(), title="Only lesson", position=1)
    return outline


def complete_module(person, outline: CourseModule) -> Enrolment:
    """Enrol, view and complete the module's lesson through the learning services."""
    from django.db import transaction

    from learning import enrolments

    enrolment = enrolments.enrolment_create(person=person, module_key=outline.key)
    lesson = outline.lessons.get()
    with transaction.atomic():
        enrolments.lesson_view_record(enrolment=enrolment, lesson_key=lesson.key, revision_id=None)
    with transaction.atomic():
        enrolments.lesson_complete(enrolment=enrolment, lesson_key=lesson.key, revision_id=None)
    enrolment.refresh_from_db()
    relay()
    return enrolment


def pass_calibration(person, exercise, *, well: bool = True):
    """Rate every drawn case as the panel did (``well``) or far off, and submit."""
    attempt = calibration.calibration_attempt_start(person=person, exercise=exercise)
    for key in attempt.case_keys or [c.case.key for c in exercise.exercise_cases.all()]:
        items, summary = cal.panel(key)
        if not well:
            items, summary = (
                cal.far_off(items),
                {"risk": "low" if summary["risk"] != "low" else "high"},
            )
        calibration.calibration_case_save(
            attempt=attempt, case_key=key, items=items, summary=summary
        )
    submitted = calibration.calibration_attempt_submit(attempt=attempt)
    relay()
    return submitted


def pass_exam(person, exam, *, well: bool = True):
    attempt = exams.attempt_start(person=person, assessment=exam)
    answers = (exam_builders.correct_answers if well else exam_builders.wrong_answers)(attempt)
    submitted = exams.attempt_submit(attempt=attempt, responses=answers).attempt
    relay()
    return submitted


def relay() -> int:
    """What the worker does after a commit: drain the outbox (tests roll back, so on-commit
    kicks never run; the consumers must still see every event)."""
    from learning.outbox import outbox_drain

    return outbox_drain()


def signing_key():
    """The key answers and credentials are signed with (tests start with none)."""
    from certificates.keys import signing_key_ensure

    return signing_key_ensure()


def locales_ensure() -> None:
    """The content locales, which a transactional test's flush removes (they are made by a
    migration, so a later test in the same run does not get them back)."""
    from django.conf import settings

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
