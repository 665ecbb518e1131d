"""Demo course content: the catalogue in four languages, six modules in English and Danish,
learning paths per sector, local procedures and the accessibility statement.

``courses_seed`` is idempotent: it creates only what is missing (by slug), so running it on a
site that already has the demo courses changes nothing. Pages are published the way an
editor publishes them, so the outlines learners' progress refers to are built as usual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale, Page, Site

from learning.models import CompletionRule, Organisation
from modules.demo_content import load_courses
from modules.demo_paths import ACCESSIBILITY, CATALOGUE, LOCAL_PROCEDURES, PATHS
from modules.models import (
    CataloguePage,
    ContentPage,
    LearningPathModule,
    LearningPathPage,
    LessonPage,
    LocalProcedure,
    ModulePage,
)
from modules.tasks import module_outline_rebuild

SOURCE = "en"
TRANSLATED = "da"


@dataclass
class CourseSeedResult:
    created: list[str] = field(default_factory=list)
    #: Course slug → the module page's translation key (what tracks and outlines use).
    module_keys: dict = field(default_factory=dict)


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def _translate(page: Page, code: str, **fields) -> Page:
    """The live translation of ``page`` in ``code``, created and published if missing."""
    existing = page.get_translation_or_none(_locale(code))
    if existing is not None:
        return existing.specific
    copy = page.copy_for_translation(_locale(code))
    for name, value in fields.items():
        setattr(copy, name, value)
    return _publish(copy)


def content_tree_ensure() -> Page:
    """Wagtail's root page, recreated if a ``flush`` removed what migrations made."""
    _locale(SOURCE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=_locale(SOURCE)))
    return root


def _catalogue(result: CourseSeedResult) -> CataloguePage:
    catalogue = CataloguePage.objects.filter(locale__language_code=SOURCE).first()
    if catalogue is None:
        root = content_tree_ensure()
        catalogue = root.add_child(
            instance=CataloguePage(locale=_locale(SOURCE), slug="courses", **CATALOGUE[SOURCE])
        )
        _publish(catalogue)
        result.created.append("catalogue")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=catalogue, is_default_site=True)
    elif site.root_page_id != catalogue.pk:
        welcome = site.root_page
        site.root_page = catalogue
        site.save()
        if welcome.specific_class is Page and not welcome.get_children().exists():
            welcome.delete()  # Wagtail's "Welcome" placeholder
    for code in ("da", "nb", "sv"):
        _translate(catalogue, code, **CATALOGUE[code])
    return catalogue


CLOSING_TITLES = {
    "en": {
        "check": "Check your understanding",
        "exam": "Exam",
        "calibration": "Practise rating cases",
    },
    "da": {
        "check": "Tjek din forståelse",
        "exam": "Prøve",
        "calibration": "Øv dig i at vurdere sager",
    },
}


def _closing_blocks(slug: str, assessments) -> list[tuple[str, str, dict]]:
    """(role, block type, value) for the blocks that end a module's last lesson: its
    knowledge check, and the exam or the calibration exercise where the demo places them."""
    if assessments is None:
        return []
    blocks = []
    if slug in assessments.checks:
        blocks.append(
            (
                "check",
                "knowledge_check",
                {"instructions": "", "assessment": assessments.checks[slug].pk},
            )
        )
    if slug == "duty-to-act" and assessments.exam is not None:
        blocks.append(
            ("exam", "knowledge_check", {"instructions": "", "assessment": assessments.exam.pk})
        )
    if slug == "demonstration-risk-instrument" and assessments.exercise is not None:
        blocks.append(
            (
                "calibration",
                "calibration_exercise",
                {"introduction": "", "exercise": assessments.exercise.pk},
            )
        )
    return blocks


def _closing_for(code: str, closing) -> list[dict]:
    return [
        {"type": kind, "value": {**value, "title": CLOSING_TITLES[code][role]}}
        for role, kind, value in closing
    ]


def _module(
    catalogue: CataloguePage, course: dict, result: CourseSeedResult, assessments=None
) -> ModulePage:
    module = ModulePage.objects.child_of(catalogue).filter(slug=course["slug"]).first()
    if module is None:
        meta = course[SOURCE]
        module = catalogue.add_child(
            instance=ModulePage(
                slug=course["slug"],
                title=meta["title"],
                summary=meta["summary"],
                learning_objectives="\n".join(meta["objectives"]),
                estimated_minutes=course["minutes"],
                audience_sectors=course["audience"],
            )
        )
        prerequisites = ModulePage.objects.child_of(catalogue).filter(
            slug__in=course["prerequisites"]
        )
        module.prerequisites.set(prerequisites)
        _publish(module)
        result.created.append(course["slug"])
    closing = _closing_blocks(course["slug"], assessments)
    # A lesson that ends with a knowledge check is completed by passing it, not by reading on.
    has_check = any(role == "check" for role, _kind, _value in closing)
    for index, lesson in enumerate(course["lessons"]):
        last = index == len(course["lessons"]) - 1
        rule = CompletionRule.CHECK_PASSED if last and has_check else CompletionRule.VIEWED
        _lesson(module, lesson, _closing_for(SOURCE, closing) if last else [], rule)
    meta = course[TRANSLATED]
    translated = _translate(
        module,
        TRANSLATED,
        title=meta["title"],
        summary=meta["summary"],
        learning_objectives="\n".join(meta["objectives"]),
    )
    lessons = list(zip(module.lessons(), course["lessons"], strict=True))
    for index, (lesson_page, lesson) in enumerate(lessons):
        extra = _closing_for(TRANSLATED, closing) if index == len(lessons) - 1 else []
        _translate(
            lesson_page,
            TRANSLATED,
            title=lesson[TRANSLATED]["title"],
            body=json.dumps(lesson[TRANSLATED]["body"] + extra),
        )
    return translated and module


def _lesson(module: ModulePage, lesson: dict, extra: list[dict], rule: str) -> LessonPage:
    page = LessonPage.objects.child_of(module).filter(slug=lesson["slug"]).first()
    if page is None:
        page = module.add_child(
            instance=LessonPage(
                slug=lesson["slug"],
                title=lesson[SOURCE]["title"],
                estimated_minutes=lesson["minutes"],
                required=lesson.get("required", True),
                completion_rule=rule,
                body=json.dumps(lesson[SOURCE]["body"] + extra),
            )
        )
        _publish(page)
    return page


def _paths(catalogue: CataloguePage, modules: dict[str, ModulePage]) -> None:
    for slug, path in PATHS.items():
        page = LearningPathPage.objects.child_of(catalogue).filter(slug=slug).first()
        if page is None:
            page = catalogue.add_child(
                instance=LearningPathPage(
                    slug=slug,
                    title=path[SOURCE]["title"],
                    intro=path[SOURCE]["intro"],
                    audience_sectors=path["audience"],
                )
            )
            page.path_modules = [
                LearningPathModule(module=modules[m], sort_order=i)
                for i, m in enumerate(path["modules"])
            ]
            _publish(page)
        _translate(page, TRANSLATED, **path[TRANSLATED])


def _statement(catalogue: CataloguePage) -> None:
    page = ContentPage.objects.child_of(catalogue).filter(slug="accessibility").first()
    if page is None:
        page = catalogue.add_child(
            instance=ContentPage(slug="accessibility", **ACCESSIBILITY[SOURCE])
        )
        _publish(page)
    for code in ("da", "nb", "sv"):
        _translate(page, code, **ACCESSIBILITY[code])


def _procedures() -> None:
    for name_path, fields in LOCAL_PROCEDURES.items():
        organisation = Organisation.objects.filter(name_path=name_path).first()
        if organisation is None:
            continue
        for code, texts in fields.items():
            LocalProcedure.objects.get_or_create(
                organisation=organisation, locale=_locale(code), defaults=texts
            )


@transaction.atomic
def courses_seed(*, assessments=None) -> CourseSeedResult:
    """Load the demo courses; returns what was created. Idempotent. With ``assessments``
    (an ``assessments.demo.AssessmentSeedResult``) the last lesson of each module ends with
    its knowledge check, and the exam and calibration exercise are placed in the modules."""
    result = CourseSeedResult()
    catalogue = _catalogue(result)
    modules = {
        course["slug"]: _module(catalogue, course, result, assessments) for course in load_courses()
    }
    _paths(catalogue, modules)
    _statement(catalogue)
    _procedures()
    # Publishing queued the outline rebuilds; build them now as well (the task is
    # idempotent), so the demo works before a worker has picked them up.
    for module in modules.values():
        module_outline_rebuild.run(module.pk)
    result.module_keys = {slug: page.translation_key for slug, page in modules.items()}
    return result
