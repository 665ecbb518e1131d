"""The demo content check: ``python -m modules.demo_content.check [course-slug ...]``.

Loads every demo data file (the courses here, the question bank, cases and instrument in
``assessments.demo_content``), so a missing or stray file, a missing or unknown key or a value
of the wrong kind fails with the file and the key. Then it cleans every lesson body through
the real StreamField blocks, so a block that would not save, or a field that a block would
drop without a word, fails here and not in ``seed_demo``. The test suite runs it
(``tests/modules/test_demo_content.py``).
"""

import copy
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()

from django.core.exceptions import ValidationError

from assessments.demo_content import (
    DATA as ASSESSMENT_DATA,
)
from assessments.demo_content import (
    load_cases,
    load_instrument,
    load_questions,
    load_scenarios,
)
from assessments.demo_content.datafiles import DemoContentError, shown
from learning.models import Sector
from modules.blocks import LessonContentBlock
from modules.demo_content import DATA, LANGUAGES, lesson_file, load_courses


def _dropped(raw, kept, where: str) -> list[str]:
    """What of ``raw`` (a block value as written) is missing or changed in ``kept`` (the
    same value after the block read and wrote it): a misspelt field, an unknown block type."""
    if isinstance(raw, dict):
        if not isinstance(kept, dict):
            return [f"{where}: not kept by the block"]
        found = []
        for name, value in raw.items():
            if name not in kept:
                found.append(f"{where} / {name}: not a field of this block")
            else:
                found += _dropped(value, kept[name], f"{where} / {name}")
        return found
    if isinstance(raw, list):
        if not isinstance(kept, list) or len(kept) != len(raw):
            count = len(kept) if isinstance(kept, list) else 0
            return [f"{where}: {len(raw)} items written, {count} kept (an unknown block type?)"]
        found = []
        for number, (item, value) in enumerate(zip(raw, kept, strict=True), start=1):
            listed = isinstance(value, dict) and value.get("type") == "item" and "id" in value
            if listed and not (isinstance(item, dict) and item.get("type") == "item"):
                value = value["value"]  # a ListBlock item as Wagtail stores it
            found += _dropped(item, value, f"{where} #{number}")
        return found
    if raw != kept:
        return [f"{where}: the block changes {raw!r:.60} to {kept!r:.60}"]
    return []


def _body_problems(body: list[dict], where: str) -> list[str]:
    body = copy.deepcopy(body)  # Wagtail writes block ids into the raw data it reads
    block = LessonContentBlock()
    found = []
    for number, item in enumerate(body, start=1):
        kind = item["type"]
        if kind not in block.child_blocks:
            known = ", ".join(block.child_blocks)
            found.append(f"{where} #{number}: unknown block type {kind!r} (known: {known})")
            continue
        child = block.child_blocks[kind]
        kept = child.get_prep_value(child.to_python(item["value"]))
        found += _dropped(item["value"], kept, f"{where} #{number} ({kind})")
    if found:
        return found
    try:
        block.clean(block.to_python(body))
    except ValidationError as error:
        found.append(f"{where}: {error}")
    except Exception as error:
        found.append(f"{where}: {type(error).__name__}: {error}")
    return found


def problems_in(course: dict, data=DATA) -> list[str]:
    """What is wrong with one loaded course, each problem starting with its file."""
    folder = data / course["slug"]
    head = shown(folder / "course.yaml")
    found = []
    unknown = set(course["audience"]) - set(Sector.values)
    if unknown:
        found.append(f"{head}: audience: unknown sector codes {sorted(unknown)}")
    for language in LANGUAGES:
        for field in ("title", "summary", "objectives"):
            if not course[language][field]:
                found.append(f"{head}: {language} / {field}: empty")
    if len(course["lessons"]) < 3:
        found.append(f"{head}: lessons: a course needs at least three")
    for number, lesson in enumerate(course["lessons"], start=1):
        files = {
            language: shown(lesson_file(folder, number, lesson["slug"], language))
            for language in LANGUAGES
        }
        for language in LANGUAGES:
            content = lesson[language]
            if not content["title"]:
                found.append(f"{files[language]}: title: empty")
            found += _body_problems(content["body"], f"{files[language]}: body")
        counts = {language: len(lesson[language]["body"]) for language in LANGUAGES}
        if len(set(counts.values())) > 1:
            found.append(
                f"{head}: lesson {lesson['slug']}: the languages have different block counts "
                f"({', '.join(f'{lang} {count}' for lang, count in counts.items())})"
            )
    return found


def _assessment_problems(loaded: dict, data) -> list[str]:
    found = []
    slugs = [course["slug"] for course in loaded["courses"]]
    sectors = set(Sector.values)
    bank = [(q, q) for q in loaded["questions"]]
    bank += [(s, s) for s in loaded["scenarios"]]
    bank += [(s, q) for s in loaded["scenarios"] for q in s["questions"]]
    for owner, item in bank:
        where = f"{shown(data / 'questions' / (owner['tags']['module'] + '.yaml'))}: {item['key']}"
        if item["tags"]["module"] not in slugs:
            found.append(f"{where}: tags / module: {item['tags']['module']!r} is no demo course")
        unknown = set(item["tags"]["sectors"]) - sectors
        if unknown:
            found.append(f"{where}: tags / sectors: unknown sector codes {sorted(unknown)}")
    return found


def _load(data, assessment_data) -> dict:
    return {
        "courses": load_courses(data),
        "questions": load_questions(assessment_data),
        "scenarios": load_scenarios(assessment_data),
        "cases": load_cases(assessment_data),
        "instrument": load_instrument(assessment_data),
    }


def _problems(loaded: dict, names, data, assessment_data) -> list[str]:
    slugs = [course["slug"] for course in loaded["courses"]]
    found = [
        f"{shown(data / 'index.yaml')}: no course {name!r}" for name in names if name not in slugs
    ]
    for course in loaded["courses"]:
        if not names or course["slug"] in names:
            found += problems_in(course, data)
    return found + _assessment_problems(loaded, assessment_data)


def content_problems(names=(), *, data=DATA, assessment_data=ASSESSMENT_DATA) -> list[str]:
    """Every problem in the demo data files (of the courses in ``names`` only, if given), each
    starting with its file; empty when all is well. Layout and shape problems stop the load,
    so only the first of those is reported."""
    try:
        loaded = _load(data, assessment_data)
    except DemoContentError as error:
        return [str(error)]
    return _problems(loaded, names, data, assessment_data)


def main(names: list[str]) -> int:
    try:
        loaded = _load(DATA, ASSESSMENT_DATA)
    except DemoContentError as error:
        print(f"PROBLEM: {error}")
        return 1
    found = _problems(loaded, names, DATA, ASSESSMENT_DATA)
    for course in loaded["courses"]:
        if names and course["slug"] not in names:
            continue
        words = sum(
            len(str(lesson[lang]["body"]).split())
            for lesson in course["lessons"]
            for lang in LANGUAGES
        )
        print(f"{course['slug']}: {len(course['lessons'])} lessons, ~{words} words")
    print(
        f"assessments: {len(loaded['questions'])} questions, {len(loaded['scenarios'])} "
        f"scenarios, {len(loaded['cases'])} practice cases, instrument "
        f"{loaded['instrument']['key']}"
    )
    for problem in found:
        print(f"  - {problem}")
    print(f"{len(found)} problems" if found else "OK")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
