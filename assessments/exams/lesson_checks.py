"""Knowledge checks inside lessons: passing one completes a lesson whose completion rule is
"knowledge check passed"."""

from __future__ import annotations

from learning.enrolments import lesson_complete
from learning.models import CompletionRule, CourseLesson, Enrolment, Person


def lesson_check_passed(*, person: Person, assessment_key: str) -> bool:
    """Complete, for ``person``, the lessons whose published outline places the knowledge
    check ``assessment_key`` and whose rule asks for a passed check, in modules they are
    enrolled in. The lesson is found from the outline only: nothing the learner posts names
    it. True if that completed a lesson. Idempotent."""
    lessons = CourseLesson.objects.filter(
        check_keys__contains=[assessment_key],
        is_active=True,
        module__is_live=True,
        completion_rule=CompletionRule.CHECK_PASSED,
    )
    completed = False
    for lesson in lessons:
        enrolment = Enrolment.objects.filter(person=person, module_id=lesson.module_id).first()
        if enrolment is not None:
            completed |= lesson_complete(
                enrolment=enrolment,
                lesson_key=lesson.key,
                revision_id=lesson.revision_id,
                by_check=True,
            )
    return completed
