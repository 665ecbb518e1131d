"""Demo assessment content for the demo courses in ``modules.demo_content``, in English and
Danish, as data files that content people review: ``questions/<course slug>.yaml`` (the
question bank, one file per course, with its scenarios), ``cases/<case key>.yaml`` (practice
cases for the demonstration instrument) and ``instrument.yaml``; ``index.yaml`` gives the
order. ``README.md`` beside this file describes the format. Nothing here touches the database:
``assessments.demo`` loads what these functions return.

``load_questions()`` returns a list of question dicts::

    {
        "key": "pv-forms-1",                  # unique, stable, lowercase-hyphen
        "type": "single" | "multiple" | "true_false" | "ordering",
        "tags": {"module": "<module slug>", "topic": "<topic>", "sectors": ["job_centre", ...]},
        "en": {
            "prompt": "...",
            "explanation": "...",              # why the answer is right; shown after submission
            "options": [
                {"key": "a", "text": "...", "correct": True, "feedback": "..."},
            ],
        },
        "da": {...},                           # same structure, option keys and correct flags
    }

- ``single``: 3-5 options, exactly one correct.
- ``multiple``: 4-6 options, at least two correct.
- ``true_false``: two options, keys ``"true"`` and ``"false"``.
- ``ordering``: 4-5 options listed in the correct order; every option has ``"correct": True``
  and the learner must reproduce the order. The keys are not in alphabetical order.

Correct answers are spread over option keys and positions (``tests/assessments/test_demo_banks.py``
fails if a key or position holds more than 40 % of the single-choice answers).

``tags["module"]`` is the slug of the demo course the question tests (the file's name);
``tags["sectors"]`` lists sector codes when the question is sector-specific (empty for all
staff).

``load_scenarios()`` returns the vignettes, each followed by two or three question dicts of the
form above::

    {
        "key": "sc-jobcentre-1",
        "tags": {...},
        "en": {"title": "...", "vignette": "<p>...</p>"},
        "da": {"title": "...", "vignette": "<p>...</p>"},
        "questions": [<question dict>, ...],
    }

``load_instrument()`` returns the demonstration risk instrument taught in the course
``demonstration-risk-instrument``: a training-only instrument built from widely published risk
factors, not SARA-SV, SAM or PATRIARCH, never to be used in real cases. It holds ``key``,
``version``, ``en``/``da`` name and description, the rating ``scale`` (N, P, Y), the ``omit``
rating (O), the ``summary_judgements`` (risk: low/moderate/high; priority:
routine/elevated/urgent) and the twelve ``items`` D1-D12, each with a title and rating guidance
per language.

``load_cases()`` returns the fictional practice cases for the instrument::

    {
        "key": "case-1",
        "en": {
            "title": "...",
            "vignette": "<p>...</p>",
            "material": [
                {
                    "kind": "police_report" | "interview_summary" | "case_note" | "school_report",
                    "title": "...",
                    "text": "<p>...</p>",
                },
            ],
        },
        "da": {...},
        "reference": {
            "items": {"D1": "Y", ..., "D12": "N"},          # N, P, Y or O (omit)
            "summary": {"risk": "high", "priority": "urgent"},
        },
        "rationale": {
            "en": {"D1": "...", ..., "D12": "...", "risk": "...", "priority": "..."},
            "da": {...},
        },
    }

The reference ratings stand in for an expert panel's: they are the demo authors' illustrative
ratings until a real panel rates the cases. The rationale explains each rating from the case
material so that learners can compare their own ratings with the reference.

Every function raises ``datafiles.DemoContentError`` naming the file and key of the first
problem: a missing or stray file, a missing or unknown key, a value of the wrong kind.
"""

from __future__ import annotations

from pathlib import Path

from assessments.demo_content.datafiles import (
    DemoContentError,
    checked,
    mapping_of,
    one_of,
    optional,
    read,
    refuse_strays,
)

DATA = Path(__file__).resolve().parent
NOT_DATA = ("*.py", "*.md", "__pycache__")

INDEX = {"questions": [str], "cases": [str]}
TAGS = {"module": str, "topic": str, "sectors": [str]}
OPTION = {"key": str, "text": str, "correct": bool, "feedback": optional(str)}
QUESTION_TEXT = {"prompt": str, "explanation": str, "options": [OPTION]}
QUESTION = {
    "key": str,
    "type": one_of("single", "multiple", "true_false", "ordering"),
    "tags": TAGS,
    "en": QUESTION_TEXT,
    "da": QUESTION_TEXT,
}
SCENARIO_TEXT = {"title": str, "vignette": str}
SCENARIO = {
    "key": str,
    "tags": TAGS,
    "en": SCENARIO_TEXT,
    "da": SCENARIO_TEXT,
    "questions": [QUESTION],
}
BANK_FILE = {"questions": [QUESTION], "scenarios": optional([SCENARIO])}
MATERIAL = {
    "kind": one_of("police_report", "interview_summary", "case_note", "school_report"),
    "title": str,
    "text": str,
}
CASE_TEXT = {"title": str, "vignette": str, "material": optional([MATERIAL])}
CASE = {
    "key": str,
    "en": CASE_TEXT,
    "da": CASE_TEXT,
    "reference": {"items": mapping_of(str), "summary": mapping_of(str)},
    "rationale": {"en": mapping_of(str), "da": mapping_of(str)},
}
LABELS = {"code": str, "en": str, "da": str}
ITEM_TEXT = {"title": str, "guidance": str}
INSTRUMENT = {
    "key": str,
    "version": str,
    "en": {"name": str, "description": str},
    "da": {"name": str, "description": str},
    "scale": [LABELS],
    "omit": LABELS,
    "summary_judgements": [{"key": str, "en": str, "da": str, "options": [LABELS]}],
    "items": [{"code": str, "en": ITEM_TEXT, "da": ITEM_TEXT}],
}


def _index(data: Path) -> dict:
    path = data / "index.yaml"
    index = checked(read(path), INDEX, path=path)
    for part in ("questions", "cases"):
        names = index[part]
        for number, name in enumerate(names):
            if name in names[:number]:
                raise DemoContentError(path, f"{name!r} is listed twice", part)
        folder = data / part
        if folder.is_dir():
            refuse_strays(
                folder,
                [f"{name}.yaml" for name in names],
                why=f"a file here must be listed under {part} in {path.name}",
            )
    refuse_strays(
        data,
        ["index.yaml", "instrument.yaml", "questions", "cases"],
        why="the demo assessments are index.yaml, instrument.yaml, questions/ and cases/",
        ignore=NOT_DATA,
    )
    return index


def _bank_files(data: Path) -> list[tuple[Path, dict]]:
    files = []
    for module in _index(data)["questions"]:
        path = data / "questions" / f"{module}.yaml"
        bank = checked(read(path), BANK_FILE, path=path)
        # A scenario's own questions may test another course (a job-centre vignette asks
        # about the duty to act); the scenario and the stand-alone questions belong here.
        for part in ("questions", "scenarios"):
            for number, item in enumerate(bank.get(part, []), start=1):
                if item["tags"]["module"] != module:
                    raise DemoContentError(
                        path,
                        f"{item['tags']['module']!r} is not this file's course {module!r}",
                        f"{part} #{number} ({item['key']}) / tags / module",
                    )
        files.append((path, bank))
    return files


def load_questions(data: Path = DATA) -> list[dict]:
    """The demo bank's stand-alone questions, course by course in ``index.yaml`` order."""
    return [question for _path, bank in _bank_files(data) for question in bank["questions"]]


def load_scenarios(data: Path = DATA) -> list[dict]:
    """The demo bank's scenarios with their questions, in the same order."""
    return [scenario for _path, bank in _bank_files(data) for scenario in bank.get("scenarios", [])]


def load_cases(data: Path = DATA) -> list[dict]:
    """The practice cases for the demonstration instrument, in ``index.yaml`` order."""
    cases = []
    for key in _index(data)["cases"]:
        path = data / "cases" / f"{key}.yaml"
        case = checked(read(path), CASE, path=path)
        if case["key"] != key:
            raise DemoContentError(path, f"{case['key']!r} is not the file's name {key!r}", "key")
        cases.append(case)
    return cases


def load_instrument(data: Path = DATA) -> dict:
    """The demonstration risk instrument."""
    path = data / "instrument.yaml"
    return checked(read(path), INSTRUMENT, path=path)
