"""Turning a module's published page tree into the outline learner progress refers to."""

from __future__ import annotations

from learning.data import LessonOutline, ModuleOutline


def module_outline_build(module) -> ModuleOutline:
    """The outline of a live ``ModulePage``: its live lessons in tree order, keyed by
    translation key. Pure read of the page tree."""
    from modules.models import LessonPage

    lessons = LessonPage.objects.child_of(module).live().order_by("path")
    return ModuleOutline(
        key=module.translation_key,
        title=module.title,
        revision_id=module.live_revision_id,
        lessons=tuple(
            LessonOutline(
                key=lesson.translation_key,
                title=lesson.title,
                position=position,
                required=lesson.required,
                completion_rule=lesson.completion_rule,
                revision_id=lesson.live_revision_id,
                check_keys=_check_keys(lesson),
            )
            for position, lesson in enumerate(lessons, start=1)
        ),
        prerequisite_keys=tuple(module.prerequisites.values_list("translation_key", flat=True)),
        audience_sectors=tuple(module.audience_sectors or ()),
    )


def _check_keys(lesson) -> tuple[str, ...]:
    """Keys of the knowledge checks placed in any live translation of ``lesson``, so a
    passed check is tied to its lesson by the published content, not by the form posted.
    Exam links use the same block; only formative checks count."""
    from assessments.models import Assessment, AssessmentKind
    from modules.models import LessonPage

    ids = set()
    for page in LessonPage.objects.filter(translation_key=lesson.translation_key).live():
        for block in page.body.raw_data:
            if block["type"] == "knowledge_check" and block["value"].get("assessment"):
                ids.add(block["value"]["assessment"])
    keys = Assessment.objects.filter(pk__in=ids, kind=AssessmentKind.KNOWLEDGE_CHECK)
    return tuple(sorted(set(keys.values_list("key", flat=True))))
