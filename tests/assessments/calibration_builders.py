"""Build a risk instrument, expert-rated practice cases and a calibration exercise for tests.

Every rationale contains "PANEL-REASON", so a test can assert that nothing of the panel's
reasoning reached a page.
"""

from __future__ import annotations

from wagtail.models import Locale

from assessments.models import (
    CalibrationExercise,
    ExerciseCase,
    Instrument,
    InstrumentItem,
    PracticeCase,
)

ITEMS = ("D1", "D2", "D3", "D4")

# case key → (title, item ratings, risk judgement)
CASES = {
    "harbour-flat": ("The harbour flat", {"D1": "Y", "D2": "P", "D3": "N", "D4": "O"}, "high"),
    "school-gate": ("At the school gate", {"D1": "N", "D2": "N", "D3": "P", "D4": "Y"}, "low"),
    "night-shift": ("The night shift", {"D1": "P", "D2": "Y", "D3": "Y", "D4": "N"}, "moderate"),
}


def instrument(key: str = "demo") -> Instrument:
    """Four items D1-D4 on an N/P/Y scale with omit O, and a "risk" summary judgement."""
    built = Instrument(
        key=key,
        name="Demonstration instrument",
        version="1.0",
        locale=Locale.get_default(),
        scale=[
            {"code": "N", "label": "Absent"},
            {"code": "P", "label": "Partially present"},
            {"code": "Y", "label": "Present"},
        ],
        omit={"code": "O", "label": "Omit (insufficient information)"},
        summary_judgements=[
            {
                "key": "risk",
                "label": "Risk of serious violence",
                "options": [
                    {"code": "low", "label": "Low"},
                    {"code": "moderate", "label": "Moderate"},
                    {"code": "high", "label": "High"},
                ],
            }
        ],
    )
    built.items = [
        InstrumentItem(
            code=code,
            title=f"Item title {code}",
            guidance=f"Guidance for {code}",
            sort_order=n,
        )
        for n, code in enumerate(ITEMS)
    ]
    built.save()
    return built


def case(of: Instrument, key: str) -> PracticeCase:
    """The practice case ``key`` of CASES, with the panel's ratings and rationale."""
    title, items, risk = CASES[key]
    return PracticeCase.objects.create(
        instrument=of,
        key=key,
        title=title,
        vignette=f"<p>Vignette of {title}.</p>",
        material=[
            {"kind": "police_report", "title": "Call-out", "text": f"<p>Material of {key}.</p>"}
        ],
        reference_items=items,
        reference_summary={"risk": risk},
        rationale={
            **{code: f"PANEL-REASON {key} {code}" for code in items},
            "risk": f"PANEL-REASON {key} risk",
        },
        locale=Locale.get_default(),
    )


def exercise(of: Instrument | None = None, keys=tuple(CASES), **criteria) -> CalibrationExercise:
    """An exercise over the cases ``keys``, in that order; ``criteria`` override the pass
    criteria (defaults: 80 % within one, no exact minimum, "risk" right on one case)."""
    of = of or instrument()
    built = CalibrationExercise(
        key=criteria.pop("key", "demo-calibration"),
        title="Calibration: demonstration instrument",
        instrument=of,
        locale=Locale.get_default(),
        **criteria,
    )
    built.exercise_cases = [
        ExerciseCase(case=case(of, key), sort_order=n) for n, key in enumerate(keys)
    ]
    built.save()
    return built


def panel(key: str) -> tuple[dict[str, str], dict[str, str]]:
    """The panel's item ratings and summary judgements for case ``key``."""
    _title, items, risk = CASES[key]
    return dict(items), {"risk": risk}


def one_step_off(items: dict[str, str]) -> dict[str, str]:
    """Every rated item one step towards the middle of the scale (omit kept)."""
    shift = {"N": "P", "P": "Y", "Y": "P", "O": "O"}
    return {code: shift[rating] for code, rating in items.items()}


def far_off(items: dict[str, str]) -> dict[str, str]:
    """Every item as far from the panel as it can be: N↔Y, P→N, omit against a rating."""
    flip = {"N": "Y", "P": "N", "Y": "N", "O": "Y"}
    return {code: flip[rating] for code, rating in items.items()}
