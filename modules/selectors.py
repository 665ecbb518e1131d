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
class PageLink:
    """What a list or a link shows of a page: enough for templates, cheap to cache."""

    title: str
    url: str
    translation_key: UUID
    estimated_minutes: int = 0
    required: bool = True


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


def catalogue_entries(
    *, catalogue: Page, person: Person | None, query: str = "", all_sectors: bool = False
) -> dict[str, list[Entry]]:
    """Modules and learning paths of the catalogue for this reader.

    Filtered to the reader's sector unless ``all_sectors``; ``query`` matches title, summary
    and objectives in the language shown. The listing comes from the cache
    (``catalogue_listing``); only the reader's progress is read.
    """
    listing = catalogue_listing(catalogue)
    modules, paths = listing["modules"], listing["paths"]
    if not all_sectors:
        sector = getattr(person, "sector", None)
        modules = [m for m in modules if not m.audience_sectors or sector in m.audience_sectors]
        paths = [(p, audience) for p, audience in paths if not audience or sector in audience]
    if query:
        needle = query.casefold()
        modules = [m for m in modules if needle in m.search_text]
        paths = [(p, a) for p, a in paths if needle in p.title.casefold()]
    progress = module_progress_many(person=person, module_keys=[m.translation_key for m in modules])
    return {
        "modules": [Entry(m, progress[m.translation_key]) for m in modules],
        "paths": [Entry(p) for p, _audience in paths],
    }


def catalogue_listing(catalogue: Page) -> dict:
    """The catalogue's live modules (``ModuleCard``s with audience and search text) and
    learning paths (``(PageLink, audience)``), in the reader's language, from the cache."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from modules.models import LearningPathPage, ModulePage
    from modules.page_cache import SECONDS, cache_key

    key = cache_key("catalogue", catalogue.pk, get_language())
    found = cache.get(key)
    if found is None:
        source = in_default_language(catalogue)
        modules = localized_pages(ModulePage.objects.child_of(source).live())
        paths = localized_pages(LearningPathPage.objects.child_of(source).live())
        found = {
            "modules": [ModuleCard.of(m) for m in modules],
            "paths": [
                (PageLink(p.title, p.url, p.translation_key), tuple(p.audience_sectors or ()))
                for p in paths
            ],
        }
        cache.set(key, found, timeout=SECONDS)
    return found


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
    outline = module_outline(path=module.path, module=module)
    prerequisites = outline["prerequisites"]
    keys = [module.translation_key, *(p.translation_key for p in prerequisites)]
    done = module_progress_many(person=person, module_keys=keys)
    progress = done[module.translation_key]
    states = {lesson.key: lesson for lesson in progress.lessons}
    lessons = [(page, states.get(page.translation_key)) for page in outline["lessons"]]
    resume_key = progress.resume_key or progress.next_key
    resume = next((p for p, _s in lessons if p.translation_key == resume_key), None)
    placed = module_assessments_many(
        placed={module.translation_key: outline["placed"]}, person=person
    )
    return {
        "progress": progress,
        "lessons": lessons,
        "resume": resume or (lessons[0][0] if lessons else None),
        "prerequisites": [(p, done[p.translation_key].is_complete) for p in prerequisites],
        "assessments": placed[module.translation_key],
    }


def module_assessments_many(*, placed: dict, person: Person | None) -> dict:
    """The exams and calibration exercises placed in each module's lessons (``placed``:
    module key → the ``(block type, id)`` pairs ``module_outline`` or ``module_cards``
    give), in lesson order, each with the person's status (``kind``, ``item``, ``url``,
    ``status``), so a learner reaches them from the module and "My learning", not only by
    URL. A fixed number of queries whatever the number of modules."""
    from django.urls import reverse
    from django.utils import timezone

    from assessments.calibration.selectors import calibration_statuses_get
    from assessments.exams import assessment_statuses_get
    from assessments.models import Assessment, AssessmentKind, CalibrationExercise

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


def module_outline(*, path: str, module: Page | None = None) -> dict:
    """What the module at ``path`` lists, in the reader's language, from the cache (built
    from the page tree on a miss): ``module`` (a ``PageLink``), ``lessons`` (its live
    lessons in order, ``PageLink``s) and ``placed`` (the ``(block type, id)`` of each exam
    and calibration exercise placed in them, in lesson order)."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from modules.models import ModulePage
    from modules.page_cache import SECONDS, cache_key

    key = cache_key("module-outline", path, get_language())
    found = cache.get(key)
    if found is None:
        module = module if module is not None else ModulePage.objects.get(path=path)
        lessons = lesson_pages(module)
        shown = localized_page(module)
        prerequisites = localized_pages(module.prerequisites.live())
        found = {
            "module": PageLink(shown.title, shown.url, module.translation_key),
            "prerequisites": [PageLink(p.title, p.url, p.translation_key) for p in prerequisites],
            "lessons": [
                PageLink(p.title, p.url, p.translation_key, p.estimated_minutes, p.required)
                for p in lessons
            ],
            "placed": _placed_in(lessons),
        }
        cache.set(key, found, timeout=SECONDS)
    return found


def _placed_in(pages) -> list[tuple[str, int]]:
    return [
        (block["type"], block["value"].get("assessment") or block["value"].get("exercise"))
        for page in pages
        for block in page.body.raw_data
        if block["type"] in ("knowledge_check", "calibration_exercise")
    ]


def lesson_module(lesson: Page) -> PageLink:
    """The module a lesson is in (its parent), as a link: the journey's guard and the
    lesson page both need it."""
    return module_outline(path=lesson.path[: -Page.steplen])["module"]


def lesson_view(*, lesson: Page, person: Person | None, enrolment=None) -> dict:
    """Position in the module, previous and next lessons, and the learner's progress (from
    ``enrolment`` when the caller has it loaded with its progress rows)."""
    from learning.selectors import module_progress_of

    outline = module_outline(path=lesson.path[: -Page.steplen])
    module, pages = outline["module"], outline["lessons"]
    keys = [p.translation_key for p in pages]
    index = keys.index(lesson.translation_key) if lesson.translation_key in keys else 0
    if enrolment is not None and enrolment.module.key == module.translation_key:
        progress = module_progress_of(enrolment=enrolment)
    else:
        progress = module_progress_many(person=person, module_keys=[module.translation_key])[
            module.translation_key
        ]
    state = next((s for s in progress.lessons if s.key == lesson.translation_key), None)
    return {
        "module": module,
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


@dataclass(frozen=True)
class LocaleLabel:
    """A page's language as a card shows it (``locale.language_code``, its name)."""

    language_code: str
    name: str

    def get_display_name(self) -> str:
        return self.name


@dataclass(frozen=True)
class ModuleCard:
    """A module as "My learning" lists it, in the reader's language where it has one."""

    title: str
    url: str
    translation_key: UUID
    summary: str
    estimated_minutes: int
    locale: LocaleLabel
    placed: tuple = ()
    audience_sectors: tuple = ()
    search_text: str = ""

    @classmethod
    def of(cls, page: Page, placed=()) -> ModuleCard:
        """The card of a module page (as shown: in the language it is in)."""
        return cls(
            title=page.title,
            url=page.url,
            translation_key=page.translation_key,
            summary=page.summary,
            estimated_minutes=page.estimated_minutes,
            locale=LocaleLabel(page.locale.language_code, page.locale.get_display_name()),
            placed=tuple(placed),
            audience_sectors=tuple(page.audience_sectors or ()),
            search_text=f"{page.title} {page.summary} {page.learning_objectives}".casefold(),
        )


def module_cards(keys) -> dict:
    """A ``ModuleCard`` per live module key (in the reader's language where possible), from
    the cache; the missing ones from the page tree in a fixed number of queries."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from modules.models import ModulePage
    from modules.page_cache import SECONDS, cache_key

    keys = list(dict.fromkeys(keys))
    language = get_language()
    names = {key: cache_key("module-card", language, key) for key in keys}
    found = cache.get_many(list(names.values()))
    cards = {key: found[name] for key, name in names.items() if name in found}
    missing = [key for key in keys if key not in cards]
    if missing:
        pages = pages_for_keys(ModulePage, missing)
        lessons = lesson_pages_many(pages.values())
        loaded = {
            key: ModuleCard.of(page, _placed_in(lessons.get(page.translation_key, ())))
            for key, page in pages.items()
        }
        # A key with no live module is remembered too (as None), so it costs no query.
        cache.set_many({names[key]: loaded.get(key) for key in missing if key in names}, SECONDS)
        cards.update(loaded)
    return {key: card for key, card in cards.items() if card is not None}


def start_overview() -> dict:
    """The default catalogue (a ``PageLink``) and its live learning paths, each with its
    audience and the keys of its live modules in order, in the reader's language; from the
    cache."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from modules.models import CataloguePage, LearningPathModule, LearningPathPage
    from modules.page_cache import SECONDS, cache_key

    key = cache_key("start", get_language())
    found = cache.get(key)
    if found is None:
        catalogue = CataloguePage.objects.live().filter(locale=locales.default_locale()).first()
        paths = []
        if catalogue is not None:
            sources = list(LearningPathPage.objects.child_of(catalogue).live())
            items = (
                LearningPathModule.objects.filter(path__in=sources)
                .select_related("module")
                .order_by("path_id", "sort_order", "pk")
            )
            modules: dict = {}
            for item in items:
                if item.module.live:
                    modules.setdefault(item.path_id, []).append(item.module.translation_key)
            for source, shown in zip(sources, localized_pages(sources), strict=True):
                paths.append(
                    {
                        "link": PageLink(shown.title, shown.url, shown.translation_key),
                        "audience": list(source.audience_sectors or ()),
                        "module_keys": modules.get(source.pk, []),
                    }
                )
        shown = localized_page(catalogue) if catalogue is not None else None
        found = {
            "catalogue": PageLink(shown.title, shown.url, shown.translation_key) if shown else None,
            "paths": paths,
        }
        cache.set(key, found, timeout=SECONDS)
    return found


@dataclass(frozen=True)
class AssignedEntry:
    """Work assigned to the learner and still outstanding, as "My learning" lists it:
    ``phase`` is "open", "due_soon" or "overdue"; ``url`` the module page, or the
    certificates page for a track."""

    kind: str
    title: str
    url: str
    due_on: object
    phase: str
    mandatory: bool
    progress: ModuleProgress | None = None

    @property
    def overdue(self) -> bool:
        return self.phase == "overdue"

    @property
    def due_soon(self) -> bool:
        return self.phase == "due_soon"


def _outstanding_assignments(person: Person) -> list:
    """The learner's current outstanding assignments, soonest due first (one query)."""
    from modules.compliance.models import OUTSTANDING
    from modules.compliance.selectors import assignments_of

    return list(assignments_of(person=person).filter(phase__in=OUTSTANDING))


def _track_titles(keys: list[str]) -> dict[str, str]:
    """Track titles by slug in the active language where the track has one, else the
    default language (one query, none without tracks)."""
    if not keys:
        return {}
    from certificates.models import Track

    active, default = locales.active_locale(), locales.default_locale()
    ids = [loc.pk for loc in (active, default) if loc is not None]
    rows = Track.objects.filter(key__in=keys, locale_id__in=ids).values_list(
        "key", "locale_id", "title"
    )
    titles: dict[str, str] = {}
    for key, locale_id, title in rows:
        if key not in titles or (active is not None and locale_id == active.pk):
            titles[key] = title
    return titles


def _assigned_entries(assignments, cards, progress) -> list[AssignedEntry]:
    from django.urls import reverse

    titles = _track_titles([a.item_key for a in assignments if a.item_kind == "track"])
    entries = []
    for a in assignments:
        if a.item_kind == "module":
            key = _uuid(a.item_key)
            card = cards.get(key)
            if card is None:
                continue  # no live module page to send the learner to
            title, url, shown = card.title, card.url, progress.get(key)
        else:
            title, url, shown = titles.get(a.item_key, a.item_key), reverse("my_certificates"), None
        entries.append(
            AssignedEntry(a.item_kind, title, url, a.due_on, a.phase, a.mandatory, shown)
        )
    return entries


def _uuid(text: str) -> UUID | None:
    try:
        return UUID(text)
    except ValueError:
        return None


def my_learning(*, person: Person) -> dict:
    """The start page of a learner: the work assigned to them and still outstanding (soonest
    due first), the learning paths for their sector, and the modules they are taking and
    have completed, each with progress. The content comes from the cache
    (``start_overview``, ``module_cards``); the learner's own rows are a fixed number of
    queries whatever the number of paths, modules, lessons, exams or assignments (one for
    the assignments, one more when a track is assigned)."""
    from learning.selectors import enrolments_for_person

    overview = start_overview()
    sector = getattr(person, "sector", None)
    paths = [p for p in overview["paths"] if not p["audience"] or sector in p["audience"]]
    enrolments = list(enrolments_for_person(person=person))
    enrolled = [e.module.key for e in enrolments]
    assignments = _outstanding_assignments(person)
    assigned = [
        key
        for key in (_uuid(a.item_key) for a in assignments if a.item_kind == "module")
        if key is not None
    ]
    every = [*(k for p in paths for k in p["module_keys"]), *enrolled, *assigned]
    cards = module_cards(every)
    progress = module_progress_many(person=person, module_keys=list(dict.fromkeys(every)))
    placed = module_assessments_many(
        placed={k: cards[k].placed for k in enrolled if k in cards}, person=person
    )
    shown_paths = []
    for path in paths:
        entries = [Entry(cards[k], progress[k]) for k in path["module_keys"] if k in cards]
        done = sum(1 for e in entries if e.progress.is_complete)
        shown_paths.append(
            (path["link"], {"entries": entries, "done": done, "total": len(entries)})
        )
    entries = [
        Entry(cards[k], progress[k], tuple(placed.get(k, ()))) for k in enrolled if k in cards
    ]
    return {
        "assigned": _assigned_entries(assignments, cards, progress),
        "catalogue": overview["catalogue"],
        "paths": shown_paths,
        "in_progress": [e for e in entries if not e.progress.is_complete],
        "completed": [e for e in entries if e.progress.is_complete],
    }
