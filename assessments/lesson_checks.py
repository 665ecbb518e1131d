"""Knowledge checks inside lessons: passing one completes a lesson whose completion rule is
"knowledge check passed"."""

from __future__ import annotations

from uuid import UUID

from learning.enrolments import lesson_complete
from learning.models import CompletionRule, CourseLesson, Enrolment, Person


def lesson_check_passed(*, person: Person, lesson_key: str) -> bool:
    """Complete the lesson ``lesson_key`` for ``person`` if its rule asks for a passed
    check and they are enrolled in its module; True if that completed it. Idempotent."""
    try:
        key = UUID(lesson_key)
    except ValueError:
        return False
    lesson = (
        CourseLesson.objects.filter(
            key=key, is_active=True, completion_rule=CompletionRule.CHECK_PASSED
        )
        .select_related("module")
        .first()
    )
    if lesson is None:
        return False
    enrolment = Enrolment.objects.filter(person=person, module=lesson.module).first()
    if enrolment is None:
        return False
    return lesson_complete(enrolment=enrolment, lesson_key=key, revision_id=lesson.revision_id)
