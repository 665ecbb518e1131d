"""Reads that combine published content with a learner's progress.

Content is shown in the active language when a live translation exists, else in the
default language (what ``Page.localized`` does, batched: ``localized_pages`` asks for the
translations of a whole list in one query, and the locale rows are read once per request).
Learner progress is looked up by translation key, so it is the same whichever language the
learner reads in.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page

from learning import locales
from learning.data import ModuleProgress
from learning.locales import in_default_language, in_default_language_many
from learning.models import Organisation, Person
from learning.selectors import module_progress_many


@dataclass(frozen=True)
class Entry:
    """A page (in the reader's language where possible) with the reader's progress."""

    page: Page
    progress: ModuleProgress | None = None
    assessments: tuple = ()


def localized_pages(pages) -> list[Page]:
    """Each page in the active language where it has a live translation, else as it is:
    ``Page.localized`` for a whole list, in one query (none when all are in that language)."""
    pages = list(pages)
    locale = locales.active_locale()
    _locales_attach(pages, locale)
    foreign = [p.translation_key for p in pages if locale and p.locale_id != locale.pk]
    if not foreign:
        return pages
    models = {type(p) for p in pages}
    model = models.pop() if len(models) == 1 else Page
    found = model.objects.live().filter(translation_key__in=foreign, locale=locale)
    if model is Page:
        found = found.specific()
    translations = {p.translation_key: p for p in found}
    shown = [translations.get(p.translation_key, p) for p in pages]
    _locales_attach(shown, locale)
    return shown


def _locales_attach(pages, locale) -> None:
    """Give each page its locale row from the request's (the active and the default one),
    so a template reading ``page.locale`` makes no query per page."""
    known = {loc.pk: loc for loc in (locale, locales.default_locale()) if loc is not None}
    for page in pages:
        if page.locale_id in known and not Page.locale.is_cached(page):
            page.locale = known[page.locale_id]


def localized_page(page: Page) -> Page:
    """One page in the active language where it has a live translation (``Page.localized``
    with the request's locale row)."""
    return localized_pages([page])[0]


def for_audience(pages, person: Person | None):
    """Pages whose audience includes the person's sector (or that are for everyone)."""
    sector = getattr(person, "sector", None)
    return [p for p in pages if not p.audience_sectors or sector in p.audience_sectors]


def catalogue_entries(
    *, catalogue: Page, person: Person | None, query: str = "", all_sectors: bool = False
) -> dict[str, list[Entry]]:
    """Modules and learning paths of the catalogue for this reader.

    Filtered to the reader's sector unless ``all_sectors``; ``query`` matches title, summary
    and objectives in the language shown.
    """
    from modules.models import LearningPathPage, ModulePage

    # The default-language catalogue: the one every module exists in.
    source = in_default_language(catalogue)
    modules = localized_pages(ModulePage.objects.child_of(source).live())
    paths = localized_pages(LearningPathPage.objects.child_of(source).live())
    if not all_sectors:
        modules, paths = for_audience(modules, person), for_audience(paths, person)
    if query:
        needle = query.casefold()
        modules = [
            m
            for m in modules
            if needle in f"{m.title} {m.summary} {m.learning_objectives}".casefold()
        ]
        paths = [p for p in paths if needle in p.title.casefold()]
    progress = module_progress_many(person=person, module_keys=[m.translation_key for m in modules])
    return {
        "modules": [Entry(m, progress[m.translation_key]) for m in modules],
        "paths": [Entry(p) for p in paths],
    }


def lesson_pages(module: Page) -> list[Page]:
    """The module's live lessons, each in the reader's language where possible."""
    from modules.models import LessonPage

    return localized_pages(LessonPage.objects.child_of(in_default_language(module)).live())


def lesson_pages_many(modules) -> dict:
    """``lesson_pages`` of each module, by module translation key, in two queries whatever
    the number of modules (the default-language modules and lessons, then the lessons'
    translations)."""
    from modules.models import LessonPage

    modules = list(modules)
    by_pk = in_default_language_many(modules)
    sources = {by_pk[m.pk].path: m.translation_key for m in modules}
    if not sources:
        return {}
    under = Q()
    for path in sources:
        under |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    lessons = list(LessonPage.objects.live().filter(under).order_by("path"))
    grouped: dict = {key: [] for key in sources.values()}
    for lesson, shown in zip(lessons, localized_pages(lessons), strict=True):
        grouped[sources[lesson.path[: -Page.steplen]]].append(shown)
    return grouped


def page_for_key(model, key: UUID) -> Page | None:
    """The live page of ``model`` with this translation key, in the reader's language if it
    has one, else the default language."""
    pages = list(model.objects.live().filter(translation_key=key).select_related("locale"))
    if not pages:
        return None
    by_language = {p.locale.language_code: p for p in pages}
    from django.utils.translation import get_language

    for code in (get_language(), settings.LANGUAGE_CODE):
        if code in by_language:
            return by_language[code].specific
    return pages[0].specific


def module_view(*, module: Page, person: Person | None) -> dict:
    """What the module overview shows: lessons with their state, progress, where to resume."""
    prerequisites = localized_pages(module.prerequisites.live())
    keys = [module.translation_key, *(p.translation_key for p in prerequisites)]
    done = module_progress_many(person=person, module_keys=keys)
    progress = done[module.translation_key]
    states = {lesson.key: lesson for lesson in progress.lessons}
    lessons = [(page, states.get(page.translation_key)) for page in lesson_pages(module)]
    resume_key = progress.resume_key or progress.next_key
    resume = next((p for p, _s in lessons if p.translation_key == resume_key), None)
    placed = module_assessments_many(
        lessons={module.translation_key: [p for p, _s in lessons]}, person=person
    )
    return {
        "progress": progress,
        "lessons": lessons,
        "resume": resume or (lessons[0][0] if lessons else None),
        "prerequisites": [(p, done[p.translation_key].is_complete) for p in prerequisites],
        "assessments": placed[module.translation_key],
    }


def module_assessments(*, lessons, person: Person | None) -> list[dict]:
    """The exams and calibration exercises placed in these lesson pages, in lesson order,
    each with the person's status (``kind``, ``item``, ``url``, ``status``), so a learner
    reaches them from the module and "My learning", not only by URL."""
    return module_assessments_many(lessons={None: list(lessons)}, person=person)[None]


def module_assessments_many(*, lessons: dict, person: Person | None) -> dict:
    """``module_assessments`` for several modules at once (``lessons``: module key → its
    lesson pages), in a fixed number of queries whatever the number of modules."""
    from django.urls import reverse
    from django.utils import timezone

    from assessments.calibration.selectors import calibration_statuses_get
    from assessments.exams import assessment_statuses_get
    from assessments.models import Assessment, AssessmentKind, CalibrationExercise

    placed = {
        key: [
            (block["type"], block["value"].get("assessment") or block["value"].get("exercise"))
            for page in pages
            for block in page.body.raw_data
            if block["type"] in ("knowledge_check", "calibration_exercise")
        ]
        for key, pages in lessons.items()
    }
    every = [item for items in placed.values() for item in items]
    exams = Assessment.objects.in_bulk([i for t, i in every if t == "knowledge_check" and i])
    exercises = CalibrationExercise.objects.in_bulk(
        [i for t, i in every if t == "calibration_exercise" and i]
    )
    exams = {pk: e for pk, e in exams.items() if e.kind == AssessmentKind.EXAM}
    exam_status, exercise_status = {}, {}
    if person is not None:
        exam_status = assessment_statuses_get(
            person=person, assessments=list(exams.values()), now=timezone.now()
        )
        exercise_status = calibration_statuses_get(
            person=person, exercises=list(exercises.values())
        )
    found: dict = {}
    for key, items in placed.items():
        found[key] = []
        for kind, pk in dict.fromkeys(items):
            if kind == "knowledge_check" and pk in exams:
                exam = exams[pk]
                found[key].append(
                    {
                        "kind": "exam",
                        "item": exam,
                        "url": reverse("assessment_overview", args=[exam.key]),
                        "status": exam_status.get(pk),
                    }
                )
            elif kind == "calibration_exercise" and pk in exercises:
                exercise = exercises[pk]
                found[key].append(
                    {
                        "kind": "calibration",
                        "item": exercise,
                        "url": reverse("calibration_overview", args=[exercise.key]),
                        "status": exercise_status.get(pk),
                    }
                )
    return found


def lesson_module(lesson: Page) -> Page:
    """The module a lesson is in (its parent), read once per lesson object: the journey's
    guard and the lesson page both need it."""
    from modules.models import ModulePage

    cached = getattr(lesson, "_module_page", None)
    if cached is None:
        cached = ModulePage.objects.get(path=lesson.path[: -Page.steplen])
        lesson._module_page = cached
    return cached


def lesson_view(*, lesson: Page, person: Person | None) -> dict:
    """Position in the module, previous and next lessons, and the learner's progress."""
    module = lesson_module(lesson)
    pages = lesson_pages(module)
    keys = [p.translation_key for p in pages]
    index = keys.index(lesson.translation_key) if lesson.translation_key in keys else 0
    progress = module_progress_many(person=person, module_keys=[module.translation_key])[
        module.translation_key
    ]
    state = next((s for s in progress.lessons if s.key == lesson.translation_key), None)
    return {
        "module": localized_page(module),
        "position": index + 1,
        "total": len(pages),
        "previous": pages[index - 1] if index > 0 else None,
        "next": pages[index + 1] if index + 1 < len(pages) else None,
        "progress": progress,
        "completed": bool(state and state.completed),
    }


def path_view(*, path: Page, person: Person | None) -> dict:
    """The path's modules in order, each in the reader's language, with progress."""
    return path_views(paths=[path], person=person)[0]


def path_views(*, paths, person: Person | None) -> list[dict]:
    """``path_view`` of each path, in three queries whatever the number of paths or modules."""
    from modules.models import LearningPathModule

    paths = list(paths)
    items = (
        LearningPathModule.objects.filter(path__in=paths)
        .select_related("module")
        .order_by("path_id", "sort_order", "pk")
    )
    listed = [(item.path_id, item.module) for item in items if item.module.live]
    shown = localized_pages([module for _path, module in listed])
    progress = module_progress_many(person=person, module_keys={m.translation_key for m in shown})
    views = []
    for path in paths:
        entries = [
            Entry(m, progress[m.translation_key])
            for (path_id, _m), m in zip(listed, shown, strict=True)
            if path_id == path.pk
        ]
        done = sum(1 for e in entries if e.progress.is_complete)
        views.append({"entries": entries, "done": done, "total": len(entries)})
    return views


def local_procedure_for(*, person: Person | None):
    """The local procedure nearest to the person's units, in the active language if there is
    one, else in any language; None when no unit above them has one."""
    from django.utils.translation import get_language

    from modules.models import LocalProcedure

    if person is None:
        return None
    paths = person.memberships.values_list("organisation__path", flat=True)
    ancestors = Q()
    for path in paths:
        for depth in range(1, len(path) // Organisation.steplen + 1):
            ancestors |= Q(organisation__path=path[: depth * Organisation.steplen])
    if not ancestors:
        return None
    procedures = list(
        LocalProcedure.objects.filter(ancestors).select_related("organisation", "locale")
    )
    if not procedures:
        return None
    language = get_language()
    procedures.sort(key=lambda p: (-p.organisation.depth, p.locale.language_code != language))
    return procedures[0]


def pages_for_keys(model, keys) -> dict:
    """Live pages of ``model`` by translation key, each in the reader's language where it
    has one (else the default language). One query."""
    from django.utils.translation import get_language

    preferred = (get_language(), settings.LANGUAGE_CODE)
    chosen: dict = {}
    pages = model.objects.live().filter(translation_key__in=list(keys)).select_related("locale")
    for page in pages if model is not Page else pages.specific():
        rank = (
            preferred.index(page.locale.language_code)
            if page.locale.language_code in preferred
            else len(preferred)
        )
        current = chosen.get(page.translation_key)
        if current is None or rank < current[0]:
            chosen[page.translation_key] = (rank, page)
    return {key: page for key, (_rank, page) in chosen.items()}


def my_learning(*, person: Person) -> dict:
    """The start page of a learner: the learning paths for their sector, and the modules
    they are taking and have completed, each with progress. A fixed number of queries
    whatever the number of paths, modules, lessons or exams."""
    from learning.selectors import enrolments_for_person
    from modules.models import CataloguePage, LearningPathPage, ModulePage

    catalogue = CataloguePage.objects.live().filter(locale=locales.default_locale()).first()
    paths = []
    if catalogue is not None:
        candidates = for_audience(
            localized_pages(LearningPathPage.objects.child_of(catalogue).live()), person
        )
        paths = list(zip(candidates, path_views(paths=candidates, person=person), strict=True))
    enrolments = list(enrolments_for_person(person=person))
    keys = [e.module.key for e in enrolments]
    pages = pages_for_keys(ModulePage, keys)
    progress = module_progress_many(person=person, module_keys=keys)
    shown = [pages[k] for k in keys if k in pages]
    placed = module_assessments_many(lessons=lesson_pages_many(shown), person=person)
    entries = [
        Entry(pages[k], progress[k], tuple(placed.get(pages[k].translation_key, ())))
        for k in keys
        if k in pages
    ]
    return {
        "catalogue": localized_page(catalogue) if catalogue else None,
        "paths": paths,
        "in_progress": [e for e in entries if not e.progress.is_complete],
        "completed": [e for e in entries if e.progress.is_complete],
    }
