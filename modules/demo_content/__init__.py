"""The demo courses, as data files that content people review: one folder per course with a
``course.yaml`` and one YAML file per lesson and language. ``README.md`` beside this file
describes the format; ``check`` validates it (``python -m modules.demo_content.check``, and
``tests/modules/test_demo_content.py`` in the test suite).

``load_courses`` reads the files and returns one dict per course, in catalogue order, in the
form ``modules.demo.courses_seed`` publishes (lesson bodies are StreamField raw data for
``modules.blocks.LessonContentBlock``)::

    {
        "slug": "psychological-violence",
        "audience": [],                  # sector codes; empty = all staff
        "minutes": 40,
        "prerequisites": [],             # slugs of earlier demo courses
        "en": {"title": "...", "summary": "...", "objectives": ["...", "..."]},
        "da": {"title": "...", "summary": "...", "objectives": ["...", "..."]},
        "lessons": [
            {
                "slug": "what-it-is", "minutes": 10, "required": True,
                "en": {"title": "...", "body": [{"type": "rich_text", "value": "<p>…</p>"}]},
                "da": {"title": "...", "body": [...]},
            },
        ],
    }
"""

from __future__ import annotations

from pathlib import Path

from assessments.demo_content.datafiles import (
    ANY,
    DemoContentError,
    checked,
    optional,
    read,
    refuse_strays,
)

DATA = Path(__file__).resolve().parent
# The demo seed publishes every course in English and its Danish translation.
LANGUAGES = ("en", "da")
# Beside the course folders: this package's code and documentation.
NOT_DATA = ("*.py", "*.md", "__pycache__")

INDEX = {"courses": [str]}
META = {"title": str, "summary": str, "objectives": [str]}
LESSON = {"slug": str, "minutes": int, "required": optional(bool)}
LESSON_TEXT = {"title": str, "body": [{"type": str, "value": ANY}]}


def course_shape(languages) -> dict:
    return {
        "slug": str,
        "languages": [str],
        "audience": [str],
        "minutes": int,
        "prerequisites": [str],
        **dict.fromkeys(languages, META),
        "lessons": [LESSON],
    }


def lesson_file(folder: Path, number: int, slug: str, language: str) -> Path:
    """Where lesson ``number`` (from 1) of the course in ``folder`` is written in ``language``."""
    return folder / "lessons" / f"{number:02d}-{slug}.{language}.yaml"


def course_slugs(data: Path = DATA) -> list[str]:
    """The demo courses' slugs in catalogue order, as ``index.yaml`` lists them."""
    path = data / "index.yaml"
    slugs = checked(read(path), INDEX, path=path)["courses"]
    for number, slug in enumerate(slugs):
        if slug in slugs[:number]:
            raise DemoContentError(path, f"{slug!r} is listed twice", "courses")
    refuse_strays(
        data,
        ["index.yaml", *slugs],
        why="a course folder must be listed in index.yaml",
        ignore=NOT_DATA,
    )
    return slugs


def _languages(path: Path, raw) -> list[str]:
    if "languages" not in raw:
        raise DemoContentError(path, "missing key 'languages'")
    languages = checked(raw["languages"], [str], path=path, key="languages")
    if sorted(languages) != sorted(LANGUAGES):
        raise DemoContentError(
            path,
            f"the demo seed publishes every course in {' and '.join(LANGUAGES)}; "
            f"list exactly these (got {', '.join(map(str, languages)) or 'none'})",
            "languages",
        )
    return languages


def _course(data: Path, slug: str, earlier: list[str]) -> dict:
    folder = data / slug
    path = folder / "course.yaml"
    raw = read(path)
    if not isinstance(raw, dict):
        checked(raw, {}, path=path)
    languages = _languages(path, raw)
    head = checked(raw, course_shape(languages), path=path)
    if head["slug"] != slug:
        raise DemoContentError(path, f"{head['slug']!r} is not the folder's name {slug!r}", "slug")
    for prerequisite in head["prerequisites"]:
        if prerequisite not in earlier:
            raise DemoContentError(
                path, f"{prerequisite!r} is not a course listed before this one", "prerequisites"
            )
    refuse_strays(folder, ["course.yaml", "lessons"], why="a course holds course.yaml and lessons/")
    slugs = [lesson["slug"] for lesson in head["lessons"]]
    for number, lesson_slug in enumerate(slugs):
        if lesson_slug in slugs[:number]:
            raise DemoContentError(path, f"{lesson_slug!r} is there twice", "lessons")
    files = [
        {language: lesson_file(folder, number, lesson_slug, language) for language in languages}
        for number, lesson_slug in enumerate(slugs, start=1)
    ]
    if (folder / "lessons").is_dir():
        refuse_strays(
            folder / "lessons",
            [file.name for by_language in files for file in by_language.values()],
            why="lesson files are named NN-<slug>.<language>.yaml after the lessons in "
            f"{path.name}, in their order",
        )
    lessons = [
        {
            **lesson,
            **{
                language: checked(read(file), LESSON_TEXT, path=file)
                for language, file in by_language.items()
            },
        }
        for lesson, by_language in zip(head["lessons"], files, strict=True)
    ]
    return {
        "slug": slug,
        "audience": head["audience"],
        "minutes": head["minutes"],
        "prerequisites": head["prerequisites"],
        **{language: head[language] for language in languages},
        "lessons": lessons,
    }


def load_courses(data: Path = DATA) -> list[dict]:
    """Every demo course, in catalogue order. Raises ``DemoContentError`` naming the file and
    key of the first problem in the files' layout or shape (what the blocks make of a lesson
    body is left to ``check``)."""
    slugs = course_slugs(data)
    return [_course(data, slug, slugs[:number]) for number, slug in enumerate(slugs)]
