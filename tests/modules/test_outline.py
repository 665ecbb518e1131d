"""Publishing freezes a module into the outline that progress refers to; editing, moving
and reordering content never loses progress; a copy is a new activity."""

import pytest

from learning.enrolments import enrolment_create
from learning.models import CourseModule
from learning.selectors import module_progress_get
from tests import factories
from tests.modules import pages


@pytest.fixture
def course(db):
    catalogue = pages.catalogue()
    return pages.module(catalogue, "Psychological violence", lessons=3)


def lesson_keys(module):
    return [lesson.translation_key for lesson in module.lessons()]


def test_publishing_a_module_freezes_its_lessons_in_order(course):
    outline = CourseModule.objects.get(key=course.translation_key)

    assert outline.title == "Psychological violence"
    assert outline.revision_id == course.live_revision_id
    assert [lesson.key for lesson in outline.lessons.order_by("position")] == lesson_keys(course)


def test_progress_survives_editing_and_moving_a_lesson(course, tree):
    learner = factories.person(units=[tree["daycare"]])
    enrolment = enrolment_create(person=learner, module_key=course.translation_key)
    first = course.lessons().first()
    pages.lesson_done(enrolment, first, first.live_revision_id)

    first.title = "Renamed lesson"
    pages.publish(first)
    with pages.committed():
        first.move(course, pos="last-child")  # now the last lesson

    progress = module_progress_get(person=learner, module_key=course.translation_key)
    assert [s.title for s in progress.lessons][-1] == "Renamed lesson"
    assert progress.lessons[-1].completed
    assert progress.required_done == 1


def test_a_removed_lesson_leaves_the_outline_but_not_the_history(course, tree):
    learner = factories.person(units=[tree["daycare"]])
    enrolment = enrolment_create(person=learner, module_key=course.translation_key)
    last = course.lessons().last()
    pages.lesson_done(enrolment, last, None)

    with pages.committed():
        last.unpublish()

    progress = module_progress_get(person=learner, module_key=course.translation_key)
    assert len(progress.lessons) == 2
    assert enrolment.lessons.filter(lesson_key=last.translation_key).exists()


def test_completing_every_required_lesson_completes_the_module_once(course, tree):
    learner = factories.person(units=[tree["daycare"]])
    enrolment = enrolment_create(person=learner, module_key=course.translation_key)

    for lesson in course.lessons():
        assert pages.lesson_done(enrolment, lesson, lesson.live_revision_id)
    again = pages.lesson_done(enrolment, course.lessons().first())

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert again is False


def test_an_optional_lesson_is_not_needed_for_completion(course, tree):
    optional = pages.lesson(course, "Further reading", required=False)
    learner = factories.person(units=[tree["daycare"]])
    enrolment = enrolment_create(person=learner, module_key=course.translation_key)

    for lesson in course.lessons().exclude(pk=optional.pk):
        pages.lesson_done(enrolment, lesson, None)

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_a_copied_module_is_a_new_activity(course):
    copy = course.copy(update_attrs={"title": "Copy", "slug": "copy"}, recursive=True)
    pages.publish(copy)

    assert copy.translation_key != course.translation_key
    assert CourseModule.objects.filter(key=copy.translation_key).exists()
    assert CourseModule.objects.count() == 2


def test_unpublishing_a_module_withdraws_it_and_keeps_progress(course, tree):
    learner = factories.person(units=[tree["daycare"]])
    enrolment_create(person=learner, module_key=course.translation_key)

    with pages.committed():
        course.unpublish()

    outline = CourseModule.objects.get(key=course.translation_key)
    assert outline.is_live is False
    assert outline.enrolments.count() == 1
