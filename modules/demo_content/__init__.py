"""Demo courses, written from the domain brief, in English and Danish.

Each course is a module file with a ``MODULE`` dict:

    MODULE = {
        "slug": "psychological-violence",
        "audience": [],                  # sector codes; empty = all staff
        "minutes": 40,
        "prerequisites": [],             # slugs of other demo modules
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

Bodies are StreamField raw data for ``modules.blocks.LessonContentBlock``. ``check`` validates
every course file: ``python -m modules.demo_content.check``.
"""

from importlib import import_module

COURSES = [
    "m1_psychological_violence",
    "m2_detection_cues",
    "m3_duty_to_act",
    "m4_children_exposed",
    "m5_risk_assessment",
    "m6_demo_instrument",
]


def load_courses() -> list[dict]:
    """Every demo course, in catalogue order."""
    return [import_module(f"modules.demo_content.{name}").MODULE for name in COURSES]
