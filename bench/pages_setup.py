"""The page benchmark's database: migrated, the demo loaded, and the pages it requests.

Run by ``bench/pages.py`` in a process of its own, with ``DJANGO_SETTINGS_MODULE=bench.settings``
and ``DATABASE_URL`` naming the benchmark's fresh database; not meant to be run by hand.
``python -m bench.pages_setup OUT.json`` migrates, loads the demo with the real ``seed_demo``,
collects static files (production's manifest storage needs them to render a page) and writes
to ``OUT.json`` the demo learner's login and, per page and language, its URL and a piece of
text that only that page, rendered for that learner, contains.

Pages are found in the database, not written down: the first module (in tree order) a learner
may enrol in without prerequisites, its first lesson, its first lesson holding a knowledge
check, the first exam and the first calibration exercise. Models are looked up by app label
(``apps.get_model``) so the benchmark follows the apps' code as it moves.
"""

from __future__ import annotations

import json
import sys
import time
from html import escape

LANGUAGES = ("en", "da")


def _prepare() -> dict[str, float]:
    """Run the three commands; returns the seconds each took."""
    from django.core.management import call_command

    took = {}
    for command, options in (
        ("migrate", {"interactive": False}),
        ("seed_demo", {}),
        ("collectstatic", {"interactive": False}),
    ):
        started = time.perf_counter()
        call_command(command, verbosity=0, **options)
        took[command] = time.perf_counter() - started
    return took


def _first_module():
    from django.apps import apps
    from django.conf import settings

    module_page = apps.get_model("modules", "ModulePage")
    modules = module_page.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    for module in modules.order_by("path"):
        if not module.prerequisites.exists():
            return module
    raise RuntimeError("the demo has no module without prerequisites")


def _lessons(module) -> tuple:
    from django.apps import apps

    lesson_page = apps.get_model("modules", "LessonPage")
    lessons = list(lesson_page.objects.child_of(module).live().order_by("path"))
    if not lessons:
        raise RuntimeError(f"module {module.title!r} has no lessons")
    with_check = [
        lesson
        for lesson in lessons
        if any(block.block_type == "knowledge_check" for block in lesson.body)
    ]
    if not with_check:
        raise RuntimeError(f"no lesson of module {module.title!r} holds a knowledge check")
    return lessons[0], with_check[0]


def _first(model_name: str, **filters):
    from django.apps import apps
    from django.conf import settings

    model = apps.get_model("assessments", model_name)
    found = (
        model.objects.filter(locale__language_code=settings.LANGUAGE_CODE, **filters)
        .order_by("pk")
        .first()
    )
    if found is None:
        raise RuntimeError(f"the demo has no {model_name} {filters or ''}")
    return found


def _in(language: str, item):
    """``item`` (a page or snippet) in ``language``, or the item itself when untranslated."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    return item.get_translation_or_none(locale) or item


def _targets(learner) -> list[dict]:
    from django.urls import reverse
    from django.utils import translation
    from django.utils.translation import gettext

    module = _first_module()
    lesson, lesson_with_check = _lessons(module)
    catalogue = module.get_parent().specific
    exam = _first("Assessment", kind="exam")
    exercise = _first("CalibrationExercise")
    targets = []
    for language in LANGUAGES:
        with translation.override(language):
            pages = [
                ("My learning", f"/?lang={language}", gettext("My learning")),
                ("catalogue", *_page(catalogue, language)),
                ("module", *_page(module, language)),
                ("lesson", *_page(lesson, language)),
                ("lesson with check", *_page(lesson_with_check, language)),
                (
                    "exam overview",
                    reverse("assessment_overview", kwargs={"key": exam.key}),
                    escape(_in(language, exam).title),
                ),
                (
                    "calibration overview",
                    reverse("calibration_overview", kwargs={"key": exercise.key}),
                    escape(_in(language, exercise).title),
                ),
            ]
        for name, url, marker in pages:
            targets.append(
                {
                    "page": name,
                    "language": language,
                    "url": url,
                    # The page's own text, the interface language and (on My learning) the
                    # learner's employee number: a wrong page or an anonymous one fails.
                    "markers": [marker, f'<html lang="{language}"']
                    + ([learner.employee_number] if name == "My learning" else []),
                }
            )
    return targets


def _page(page, language: str) -> tuple[str, str]:
    translated = _in(language, page)
    return translated.url, escape(translated.title)


def main(out_path: str) -> None:
    import django

    django.setup()
    from django.apps import apps
    from django.urls import reverse
    from django.utils import translation

    from learning.demo import DEMO_LOGINS, DEMO_PASSWORD

    took = _prepare()
    username = DEMO_LOGINS["learner"].username
    learner = apps.get_model("learning", "Person").objects.get(user__username=username)
    module = _first_module()
    with translation.override("en"):
        enrol_url = reverse("module_enrol", kwargs={"key": module.translation_key})
    site = {
        "username": username,
        "password": DEMO_PASSWORD,
        "enrol": [enrol_url],
        "pages": _targets(learner),
        "setup_seconds": took,
    }
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(site, out, indent=2)


if __name__ == "__main__":
    main(sys.argv[1])
