"""xAPI statements of the learner journey (module registered, lesson experienced and
completed, module progressed and completed), and where an assessment is placed in the
course, for ``assessments.xapi``.

They live here, in the top layer, because their activity definitions are the pages' titles
in every language the content has. Activity ids come from the pages' ``translation_key``, so
they survive edits, moves and translation. Registered in ``ModulesConfig.ready``; every
statement is listed with an example in docs/xapi.md.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Page

from assessments.xapi import Placement, placement_resolver_register
from learning.models import CourseLesson, CourseModule
from learning.xapi import vocabulary
from learning.xapi.builders import statement_builder_register
from learning.xapi.parts import activity, context, duration, person_actor, statement, when
from learning.xapi.store import statement_id
from modules.models import LearningPathModule, LearningPathPage, LessonPage, ModulePage


def _texts(model, key) -> tuple[dict, dict]:
    """Names (titles) and, for modules, descriptions (summaries) of the page ``key`` in every
    language it has live (every language it has at all when none is live); one query."""
    pages = list(model.objects.filter(translation_key=key).select_related("locale"))
    live = [p for p in pages if p.live] or pages
    names = {p.locale.language_code: p.title for p in live}
    summaries = {p.locale.language_code: p.summary for p in live if getattr(p, "summary", "")}
    return names, summaries


def module_activity(key) -> dict:
    """The module ``key`` (its pages' translation_key) as an activity."""
    names, descriptions = _texts(ModulePage, key)
    if not names:  # deleted since: the title its outline kept
        title = CourseModule.objects.filter(key=key).values_list("title", flat=True).first()
        names = {settings.LANGUAGE_CODE: title or str(key)}
    return activity("module", key, names, descriptions)


def lesson_activity(key, module_key) -> dict:
    names, _descriptions = _texts(LessonPage, key)
    if not names:
        title = (
            CourseLesson.objects.filter(key=key, module__key=module_key)
            .values_list("title", flat=True)
            .first()
        )
        names = {settings.LANGUAGE_CODE: title or str(key)}
    return activity("lesson", key, names)


def path_activities(module_key) -> list[dict]:
    """The live learning paths the module is in (the statements' grouping); two queries."""
    keys = sorted(
        {
            str(k)
            for k in LearningPathModule.objects.filter(
                module__translation_key=module_key, path__live=True
            ).values_list("path__translation_key", flat=True)
        }
    )
    if not keys:
        return []
    names: dict = {key: {} for key in keys}
    for path in (
        LearningPathPage.objects.live().filter(translation_key__in=keys).select_related("locale")
    ):
        names[str(path.translation_key)][path.locale.language_code] = path.title
    return [activity("path", key, names[key]) for key in keys]


def _common(event) -> dict:
    payload = event.payload
    return {
        "actor": person_actor(payload["person"]),
        "module": module_activity(payload["module_key"]),
        "paths": path_activities(payload["module_key"]),
    }


def module_enrolled_statements(event) -> list[dict]:
    """module.enrolled → "registered" the module, in the enrolment's registration."""
    payload, common = event.payload, _common(event)
    return [
        statement(
            id=statement_id(event.id, "registered"),
            actor=common["actor"],
            verb="registered",
            object=common["module"],
            timestamp=when(payload, "enrolled_at", event),
            context=context(
                enrolment_id=payload["enrolment"],
                language=payload.get("language", ""),
                grouping=common["paths"],
            ),
        )
    ]


def _lesson_context(payload: dict, common: dict) -> dict:
    return context(
        enrolment_id=payload["enrolment"],
        language=payload.get("language", ""),
        parent=[common["module"]],
        grouping=common["paths"],
    )


def lesson_viewed_statements(event) -> list[dict]:
    """lesson.viewed (recorded on the first view only) → "experienced" the lesson."""
    payload, common = event.payload, _common(event)
    return [
        statement(
            id=statement_id(event.id, "experienced"),
            actor=common["actor"],
            verb="experienced",
            object=lesson_activity(payload["lesson_key"], payload["module_key"]),
            timestamp=when(payload, "at", event),
            context=_lesson_context(payload, common),
        )
    ]


def lesson_completed_statements(event) -> list[dict]:
    """lesson.completed → "completed" the lesson (with the time spent in it) and
    "progressed" in the module, with cmi5's progress extension (percent of the required
    lessons done at that moment)."""
    payload, common = event.payload, _common(event)
    at = when(payload, "completed_at", event)
    completed = statement(
        id=statement_id(event.id, "completed"),
        actor=common["actor"],
        verb="completed",
        object=lesson_activity(payload["lesson_key"], payload["module_key"]),
        timestamp=at,
        result={"completion": True, "duration": duration(payload.get("seconds_spent", 0))},
        context=_lesson_context(payload, common),
    )
    built = [completed]
    if "progress" in payload:
        built.append(
            statement(
                id=statement_id(event.id, "progressed"),
                actor=common["actor"],
                verb="progressed",
                object=common["module"],
                timestamp=at,
                result={"extensions": {vocabulary.CMI5_PROGRESS: payload["progress"]}},
                context=context(
                    enrolment_id=payload["enrolment"],
                    language=payload.get("language", ""),
                    grouping=common["paths"],
                ),
            )
        )
    return built


def module_completed_statements(event) -> list[dict]:
    """module.completed → "completed" the module."""
    payload, common = event.payload, _common(event)
    return [
        statement(
            id=statement_id(event.id, "completed"),
            actor=common["actor"],
            verb="completed",
            object=common["module"],
            timestamp=when(payload, "completed_at", event),
            result={"completion": True},
            context=context(
                enrolment_id=payload["enrolment"],
                language=payload.get("language", ""),
                grouping=common["paths"],
            ),
        )
    ]


def assessment_placement(block_type: str, pks: set[int]) -> Placement | None:
    """The module (and lesson) whose live lesson places one of ``pks`` (the rows of one
    assessment or exercise in every language) in a ``block_type`` block, first in tree
    order; None when it is placed nowhere. Reads the live lessons' bodies."""
    field = "exercise" if block_type == "calibration_exercise" else "assessment"
    lessons = LessonPage.objects.live().order_by("path").only("path", "translation_key", "body")
    for lesson in lessons:
        for block in lesson.body.raw_data:
            if block["type"] == block_type and block["value"].get(field) in pks:
                module_key = (
                    ModulePage.objects.filter(path=lesson.path[: -Page.steplen])
                    .values_list("translation_key", flat=True)
                    .first()
                )
                if module_key is None:
                    continue
                return Placement(
                    module_key=str(module_key),
                    lesson_key=str(lesson.translation_key),
                    module=module_activity(module_key),
                    grouping=tuple(path_activities(module_key)),
                )
    return None


def register() -> None:
    """Register the builders and the placement resolver (``ModulesConfig.ready``)."""
    statement_builder_register("module.enrolled", module_enrolled_statements)
    statement_builder_register("lesson.viewed", lesson_viewed_statements)
    statement_builder_register("lesson.completed", lesson_completed_statements)
    statement_builder_register("module.completed", module_completed_statements)
    placement_resolver_register(assessment_placement)
