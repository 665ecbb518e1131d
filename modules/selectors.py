"""Reads that combine published content with a learner's progress.

Content is shown in the active language when a live translation exists, else in the
default language (``Page.localized``). Learner progress is looked up by translation key, so
it is the same whichever language the learner reads in.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.conf import settings
from django.db.models import Q
from wagtail.models import Locale, Page

from learning.data import ModuleProgress
from learning.models import Organisation, Person
from learning.selectors import module_progress_many


@dataclass(frozen=True)
class Entry:
    """A page (in the reader's language where possible) with the reader's progress."""

    page: Page
    progress: ModuleProgress | None = None
    assessments: tuple = ()


def default_locale() -> Locale | None:
    """The site's default content locale (None only on a database without Wagtail's data)."""
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()


def source_catalogue(catalogue: Page) -> Page:
    """The default-language catalogue: the one every module exists in."""
    locale = default_locale()
    return (catalogue.get_translation_or_none(locale) if locale else None) or catalogue


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

    source = source_catalogue(catalogue)
    modules = [m.localized for m in ModulePage.objects.child_of(source).live().specific()]
    paths = [p.localized for p in LearningPathPage.objects.child_of(source).live().specific()]
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

    locale = default_locale()
    source = (module.get_translation_or_none(locale) if locale else None) or module
    return [lesson.localized for lesson in LessonPage.objects.child_of(source).live().specific()]


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
    progress = module_progress_many(person=person, module_keys=[module.translation_key])[
        module.translation_key
    ]
    states = {lesson.key: lesson for lesson in progress.lessons}
    lessons = [(page, states.get(page.translation_key)) for page in lesson_pages(module)]
    resume_key = progress.resume_key or progress.next_key
    resume = next((p for p, _s in lessons if p.translation_key == resume_key), None)
    prerequisites = [p.localized for p in module.prerequisites.live().specific()]
    done = module_progress_many(
        person=person, module_keys=[p.translation_key for p in prerequisites]
    )
    return {
        "progress": progress,
        "lessons": lessons,
        "resume": resume or (lessons[0][0] if lessons else None),
        "prerequisites": [(p, done[p.translation_key].is_complete) for p in prerequisites],
        "assessments": module_assessments(lessons=[p for p, _s in lessons], person=person),
    }


def module_assessments(*, lessons, person: Person | None) -> list[dict]:
    """The exams and calibration exercises placed in these lesson pages, in lesson order,
    each with the person's status (``kind``, ``item``, ``url``, ``status``), so a learner
    reaches them from the module and "My learning", not only by URL."""
    from django.urls import reverse
    from django.utils import timezone

    from assessments.calibration_selectors import calibration_status_get
    from assessments.models import Assessment, AssessmentKind, CalibrationExercise
    from assessments.selectors import assessment_status_get

    placed = [
        (block["type"], block["value"].get("assessment") or block["value"].get("exercise"))
        for page in lessons
        for block in page.body.raw_data
        if block["type"] in ("knowledge_check", "calibration_exercise")
    ]
    exams = Assessment.objects.in_bulk([i for t, i in placed if t == "knowledge_check" and i])
    exercises = CalibrationExercise.objects.in_bulk(
        [i for t, i in placed if t == "calibration_exercise" and i]
    )
    now, found = timezone.now(), []
    for kind, pk in dict.fromkeys(placed):
        if kind == "knowledge_check" and pk in exams and exams[pk].kind == AssessmentKind.EXAM:
            exam = exams[pk]
            status = person and assessment_status_get(person=person, assessment=exam, now=now)
            url = reverse("assessment_overview", args=[exam.key])
            found.append({"kind": "exam", "item": exam, "url": url, "status": status})
        elif kind == "calibration_exercise" and pk in exercises:
            exercise = exercises[pk]
            status = person and calibration_status_get(person=person, exercise=exercise)
            url = reverse("calibration_overview", args=[exercise.key])
            found.append({"kind": "calibration", "item": exercise, "url": url, "status": status})
    return found


def lesson_view(*, lesson: Page, person: Person | None) -> dict:
    """Position in the module, previous and next lessons, and the learner's progress."""
    module = lesson.get_parent().specific
    pages = lesson_pages(module)
    keys = [p.translation_key for p in pages]
    index = keys.index(lesson.translation_key) if lesson.translation_key in keys else 0
    progress = module_progress_many(person=person, module_keys=[module.translation_key])[
        module.translation_key
    ]
    state = next((s for s in progress.lessons if s.key == lesson.translation_key), None)
    return {
        "module": module.localized,
        "position": index + 1,
        "total": len(pages),
        "previous": pages[index - 1] if index > 0 else None,
        "next": pages[index + 1] if index + 1 < len(pages) else None,
        "progress": progress,
        "completed": bool(state and state.completed),
    }


def path_view(*, path: Page, person: Person | None) -> dict:
    """The path's modules in order, each in the reader's language, with progress."""
    modules = [
        item.module.localized
        for item in path.path_modules.select_related("module")
        if item.module.live
    ]
    modules = [m.specific for m in modules]
    progress = module_progress_many(person=person, module_keys=[m.translation_key for m in modules])
    entries = [Entry(m, progress[m.translation_key]) for m in modules]
    done = sum(1 for e in entries if e.progress.is_complete)
    return {"entries": entries, "done": done, "total": len(entries)}


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
    for page in pages.specific():
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
    they are taking and have completed, each with progress."""
    from learning.selectors import enrolments_for_person
    from modules.models import CataloguePage, LearningPathPage, ModulePage

    catalogue = CataloguePage.objects.live().filter(locale=default_locale()).first()
    paths = []
    if catalogue is not None:
        candidates = [
            p.localized for p in LearningPathPage.objects.child_of(catalogue).live().specific()
        ]
        paths = [(p, path_view(path=p, person=person)) for p in for_audience(candidates, person)]
    enrolments = list(enrolments_for_person(person=person))
    keys = [e.module.key for e in enrolments]
    pages = pages_for_keys(ModulePage, keys)
    progress = module_progress_many(person=person, module_keys=keys)
    entries = [
        Entry(
            pages[k],
            progress[k],
            tuple(module_assessments(lessons=lesson_pages(pages[k]), person=person)),
        )
        for k in keys
        if k in pages
    ]
    return {
        "catalogue": catalogue.localized if catalogue else None,
        "paths": paths,
        "in_progress": [e for e in entries if not e.progress.is_complete],
        "completed": [e for e in entries if e.progress.is_complete],
    }
