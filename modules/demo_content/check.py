"""Validate the demo course files: ``python -m modules.demo_content.check [name ...]``.

Checks the structure of each ``MODULE`` and cleans every lesson body through the real
StreamField block, so an invalid block fails here and not in ``seed_demo``.
"""

import os
import sys
from importlib import import_module

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.core.exceptions import ValidationError  # noqa: E402

from learning.models import Sector  # noqa: E402
from modules.blocks import LessonContentBlock  # noqa: E402
from modules.demo_content import COURSES  # noqa: E402

LANGUAGES = ("en", "da")


def problems_in(module: dict) -> list[str]:
    found = []
    sectors = set(Sector.values)
    if set(module.get("audience", [])) - sectors:
        found.append(f"unknown audience sectors: {set(module['audience']) - sectors}")
    for language in LANGUAGES:
        meta = module.get(language, {})
        for field in ("title", "summary", "objectives"):
            if not meta.get(field):
                found.append(f"{language}: missing {field}")
    if len(module.get("lessons", [])) < 3:
        found.append("needs at least three lessons")
    block = LessonContentBlock()
    for lesson in module.get("lessons", []):
        for language in LANGUAGES:
            content = lesson.get(language, {})
            where = f"lesson {lesson.get('slug')} [{language}]"
            if not content.get("title"):
                found.append(f"{where}: missing title")
            try:
                block.clean(block.to_python(content.get("body", [])))
            except ValidationError as error:
                found.append(f"{where}: {error}")
            except Exception as error:
                found.append(f"{where}: {type(error).__name__}: {error}")
        if len(lesson["en"]["body"]) != len(lesson["da"]["body"]):
            found.append(f"lesson {lesson['slug']}: en and da have different block counts")
    return found


def main(names: list[str]) -> int:
    failed = False
    for name in names or COURSES:
        try:
            module = import_module(f"modules.demo_content.{name}").MODULE
        except ModuleNotFoundError:
            print(f"{name}: not written yet")
            failed = True
            continue
        found = problems_in(module)
        words = sum(
            len(str(lesson[lang]["body"]).split())
            for lesson in module["lessons"]
            for lang in LANGUAGES
        )
        print(
            f"{name}: {'OK' if not found else 'PROBLEMS'} ({len(module['lessons'])} lessons, "
            f"~{words} words)"
        )
        for problem in found:
            print(f"  - {problem}")
        failed |= bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
