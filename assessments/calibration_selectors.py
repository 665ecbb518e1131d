"""Reads for the calibration pages: an exercise's status for a person, one case's rating form,
and a submitted attempt's result beside the expert panel's.

Attempts refer to the default-language rows (exercise, cases, instrument); texts are shown in
the reader's language through ``assessments.selectors.localized``. The pages receive the
dataclasses below, never a ``PracticeCase``, so a template cannot reach the panel's reference
ratings or rationale; only ``calibration_results.calibration_result_get`` reads them, and
only for a submitted attempt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from wagtail.models import Locale

from assessments.models import (
    CalibrationAttempt,
    CalibrationExercise,
    Instrument,
    InstrumentItem,
    PracticeCase,
)
from assessments.selectors import localized
from learning.models import Person

T = TypeVar("T", CalibrationExercise, PracticeCase, Instrument)


# --- Rows attempts refer to -----------------------------------------------------------------
def calibration_source(obj: T) -> T:
    """The default-language row of an exercise, case or instrument: the one attempts refer to
    (the row itself when it has no default-language translation)."""
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None or obj.locale_id == locale.pk:
        return obj
    return obj.get_translation_or_none(locale) or obj


def calibration_exercise_get(*, key: str) -> CalibrationExercise | None:
    """The default-language exercise with this key (any language's row when none), or None."""
    rows = CalibrationExercise.objects.filter(key=key).select_related("instrument")
    exercise = rows.filter(locale__language_code=settings.LANGUAGE_CODE).first() or rows.first()
    return calibration_source(exercise) if exercise is not None else None


def exercise_cases(exercise: CalibrationExercise) -> list[PracticeCase]:
    """The exercise's practice cases, in the exercise's order."""
    links = exercise.exercise_cases.select_related("case").order_by("sort_order", "pk")
    return [link.case for link in links]


def instrument_items(instrument: Instrument) -> list[InstrumentItem]:
    """The instrument's items, in order."""
    return list(instrument.items.order_by("sort_order", "pk"))


def attempts_of(person: Person, exercise: CalibrationExercise, status: str):
    return CalibrationAttempt.objects.filter(
        person=person, exercise=calibration_source(exercise), status=status
    )


def calibration_attempt_open(
    *, person: Person, exercise: CalibrationExercise
) -> CalibrationAttempt | None:
    """The person's open attempt at the exercise (default-language row), or None."""
    return attempts_of(person, exercise, CalibrationAttempt.Status.OPEN).first()


def calibration_attempt_last_submitted(
    *, person: Person, exercise: CalibrationExercise
) -> CalibrationAttempt | None:
    """The person's most recently submitted attempt at the exercise, or None. Only ever the
    person's own: this is how the result page is scoped."""
    submitted = attempts_of(person, exercise, CalibrationAttempt.Status.SUBMITTED)
    return submitted.order_by("-submitted_at", "-pk").first()


# --- The case form --------------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    checked: bool


@dataclass(frozen=True)
class RatingField:
    """One radio group: an item (``code``, ``title``, ``guidance``) or a summary judgement
    (``code`` is its key, ``guidance`` empty). ``name`` is the form field's name."""

    name: str
    code: str
    title: str
    guidance: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class CaseForm:
    """A case page: the case's texts and its rating form with the learner's saved ratings.
    Holds nothing of the panel's reference ratings or rationale."""

    number: int
    total: int
    key: str
    title: str
    vignette: str
    material: tuple[dict, ...]
    items: tuple[RatingField, ...]
    summaries: tuple[RatingField, ...]


def calibration_case_form(
    *, exercise: CalibrationExercise, number: int, attempt: CalibrationAttempt | None
) -> CaseForm | None:
    """Case ``number`` (1-based) of the exercise in the reader's language, with what
    ``attempt`` (the person's open attempt, if any) has saved for it; None when there is no
    such case."""
    exercise = calibration_source(exercise)
    cases = exercise_cases(exercise)
    if not 1 <= number <= len(cases):
        return None
    case, shown = cases[number - 1], localized(cases[number - 1])
    entry = attempt.ratings.get(case.key, {}) if attempt is not None else {}
    return CaseForm(
        number=number,
        total=len(cases),
        key=case.key,
        title=shown.title,
        vignette=shown.vignette,
        material=tuple(part for part in shown.material or [] if isinstance(part, dict)),
        items=_item_fields(exercise.instrument, entry.get("items", {})),
        summaries=_summary_fields(exercise.instrument, entry.get("summary", {})),
    )


def _item_fields(instrument: Instrument, saved: dict) -> tuple[RatingField, ...]:
    shown = {item.code: item for item in instrument_items(localized(instrument))}
    scale = rating_labels(instrument)
    fields = []
    for item in instrument_items(instrument):
        text = shown.get(item.code, item)
        choices = tuple(Choice(c, label, saved.get(item.code) == c) for c, label in scale.items())
        fields.append(
            RatingField(f"item-{item.code}", item.code, text.title, text.guidance, choices)
        )
    return tuple(fields)


def _summary_fields(instrument: Instrument, saved: dict) -> tuple[RatingField, ...]:
    fields = []
    for judgement, options in summary_options(instrument):
        key = judgement["key"]
        choices = tuple(Choice(c, label, saved.get(key) == c) for c, label in options.items())
        fields.append(RatingField(f"summary-{key}", key, judgement["label"], "", choices))
    return tuple(fields)


def rating_labels(instrument: Instrument) -> dict[str, str]:
    """Rating code → label in the reader's language, scale levels low to high, then omit."""
    shown = {level["code"]: level["label"] for level in _levels(localized(instrument))}
    return {
        level["code"]: shown.get(level["code"], level["label"]) for level in _levels(instrument)
    }


def _levels(instrument: Instrument) -> list[dict]:
    return [*instrument.scale, *([instrument.omit] if instrument.omit else [])]


def summary_options(instrument: Instrument) -> list[tuple[dict, dict[str, str]]]:
    """Each summary judgement (in the reader's language) with its option code → label."""
    shown = {j["key"]: j for j in localized(instrument).summary_judgements}
    pairs = []
    for judgement in instrument.summary_judgements:
        text = shown.get(judgement["key"], judgement)
        labels = {o["code"]: o["label"] for o in text.get("options", [])}
        options = {o["code"]: labels.get(o["code"], o["label"]) for o in judgement["options"]}
        pairs.append(({**judgement, "label": text.get("label", judgement["key"])}, options))
    return pairs


def calibration_status_get(*, person: Person, exercise: CalibrationExercise) -> dict:
    """Where a person stands with a calibration exercise: ``started`` (an attempt open or
    submitted) and ``passed`` (any submitted attempt passed)."""
    mine = CalibrationAttempt.objects.filter(person=person, exercise=calibration_source(exercise))
    return {
        "started": mine.exists(),
        "passed": mine.filter(status=CalibrationAttempt.Status.SUBMITTED, passed=True).exists(),
    }
