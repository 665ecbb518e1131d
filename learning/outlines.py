"""Freezing published content into outlines that learner progress refers to."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from learning import signals
from learning.cache import generation_bump
from learning.data import ModuleOutline
from learning.events import event_record
from learning.models import CourseLesson, CourseModule


@transaction.atomic
def outline_publish(*, outline: ModuleOutline) -> CourseModule:
    """Store ``outline`` as the current outline of its module. Idempotent.

    Lessons are matched by key and updated in place; lessons no longer in the outline are
    marked inactive, never deleted, so progress on them keeps its meaning. Locks the module row
    so two publishes of the same module cannot interleave.
    """
    module, _created = CourseModule.objects.select_for_update().get_or_create(
        key=outline.key,
        defaults={"title": outline.title, "published_at": timezone.now()},
    )
    module.title = outline.title
    module.revision_id = outline.revision_id
    module.published_at = timezone.now()
    module.is_live = True
    module.prerequisite_keys = [str(k) for k in outline.prerequisite_keys]
    module.audience_sectors = list(outline.audience_sectors)
    module.save()
    keys = []
    for lesson in outline.lessons:
        keys.append(lesson.key)
        CourseLesson.objects.update_or_create(
            module=module,
            key=lesson.key,
            defaults={
                "title": lesson.title,
                "position": lesson.position,
                "required": lesson.required,
                "completion_rule": lesson.completion_rule,
                "revision_id": lesson.revision_id,
                "check_keys": list(lesson.check_keys),
                "is_active": True,
            },
        )
    module.lessons.exclude(key__in=keys).update(is_active=False)
    outlines_changed()
    event_record(
        kind="outline.published",
        object_key=f"module:{module.key}",
        occurrence=module.published_at.isoformat(),
        payload={"module_key": str(module.key), "lessons": [str(k) for k in keys]},
        signal=signals.outline_published,
        sender=CourseModule,
        module=module,
    )
    return module


def outline_withdraw(*, key) -> None:
    """Mark a module as no longer live (unpublished or deleted). Progress is kept."""
    CourseModule.objects.filter(key=key).update(is_live=False)
    outlines_changed()


def outlines_changed(**kwargs) -> None:
    """The cached outlines (``learning.selectors.outline_modules``) start a new generation;
    also a receiver for any save or delete of an outline row."""
    from learning.selectors import OUTLINE_GENERATION

    generation_bump(OUTLINE_GENERATION)
