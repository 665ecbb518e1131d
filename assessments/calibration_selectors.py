"""Reads for the calibration pages: an exercise's status for a person, one case's rating form,
and a submitted attempt's result beside the expert panel's.

Attempts refer to the default-language rows (exercise, cases, instrument); texts are shown in
the reader's language through ``assessments.selectors.localized``. The pages receive the
dataclasses below, never a ``PracticeCase``, so a template cannot reach the panel's reference
ratings or rationale; only ``calibration_result_get`` reads them, and only for a submitted
attempt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from wagtail.models import Locale

from assessments.calibration import meets
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


def _attempts(person: Person, exercise: CalibrationExercise, status: str):
    return CalibrationAttempt.objects.filter(
        person=person, exercise=calibration_source(exercise), status=status
    )


def calibration_attempt_open(
    *, person: Person, exercise: CalibrationExercise
) -> CalibrationAttempt | None:
    """The person's open attempt at the exercise (default-language row), or None."""
    return _attempts(person, exercise, CalibrationAttempt.Status.OPEN).first()


def calibration_attempt_last_submitted(
    *, person: Person, exercise: CalibrationExercise
) -> CalibrationAttempt | None:
    """The person's most recently submitted attempt at the exercise, or None. Only ever the
    person's own: this is how the result page is scoped."""
    submitted = _attempts(person, exercise, CalibrationAttempt.Status.SUBMITTED)
    return submitted.order_by("-submitted_at", "-pk").first()


# --- Overview -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseProgress:
    """How far the open attempt has rated one case (items plus summary judgements)."""

    number: int
    title: str
    rated: int
    total: int

    @property
    def complete(self) -> bool:
        return self.rated == self.total

    @property
    def started(self) -> bool:
        return self.rated > 0


@dataclass(frozen=True)
class ExerciseStatus:
    """The overview page: the exercise and instrument in the reader's language, progress per
    case in the open attempt (none rated without one), the last submitted attempt, and whether
    any submitted attempt passed. ``last_result`` is the person's last submitted result."""

    exercise: CalibrationExercise
    instrument: Instrument
    cases: tuple[CaseProgress, ...]
    open_attempt: CalibrationAttempt | None
    last_result: CalibrationResult | None
    passed: bool

    @property
    def all_rated(self) -> bool:
        return self.open_attempt is not None and all(case.complete for case in self.cases)

    @property
    def next_number(self) -> int:
        """The first case not fully rated (1 when every case is)."""
        return next((case.number for case in self.cases if not case.complete), 1)


def calibration_status_get(*, person: Person, exercise: CalibrationExercise) -> ExerciseStatus:
    """Where the person stands in the exercise. Reads only the person's own attempts."""
    exercise = calibration_source(exercise)
    attempt = calibration_attempt_open(person=person, exercise=exercise)
    codes = [item.code for item in instrument_items(exercise.instrument)]
    keys = [judgement["key"] for judgement in exercise.instrument.summary_judgements]
    total = len(codes) + len(keys)
    cases = tuple(
        CaseProgress(n, localized(case).title, _rated(attempt, case.key, codes, keys), total)
        for n, case in enumerate(exercise_cases(exercise), start=1)
    )
    last = calibration_attempt_last_submitted(person=person, exercise=exercise)
    submitted = _attempts(person, exercise, CalibrationAttempt.Status.SUBMITTED)
    return ExerciseStatus(
        exercise=localized(exercise),
        instrument=localized(exercise.instrument),
        cases=cases,
        open_attempt=attempt,
        last_result=calibration_result_get(attempt=last) if last is not None else None,
        passed=submitted.filter(passed=True).exists(),
    )


def _rated(attempt: CalibrationAttempt | None, case_key: str, codes, keys) -> int:
    entry = attempt.ratings.get(case_key, {}) if attempt is not None else {}
    items, summary = entry.get("items", {}), entry.get("summary", {})
    return sum(code in items for code in codes) + sum(key in summary for key in keys)


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
    for judgement, options in _summary_options(instrument):
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


def _summary_options(instrument: Instrument) -> list[tuple[dict, dict[str, str]]]:
    """Each summary judgement (in the reader's language) with its option code → label."""
    shown = {j["key"]: j for j in localized(instrument).summary_judgements}
    pairs = []
    for judgement in instrument.summary_judgements:
        text = shown.get(judgement["key"], judgement)
        labels = {o["code"]: o["label"] for o in text.get("options", [])}
        options = {o["code"]: labels.get(o["code"], o["label"]) for o in judgement["options"]}
        pairs.append(({**judgement, "label": text.get("label", judgement["key"])}, options))
    return pairs


# --- The result -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemPair:
    """Learner beside panel on one item. ``agreement``: "exact", "within_one" or "disagree"."""

    code: str
    title: str
    learner: str
    reference: str
    agreement: str
    rationale: str


@dataclass(frozen=True)
class SummaryPair:
    key: str
    label: str
    learner: str
    reference: str
    match: bool
    rationale: str


@dataclass(frozen=True)
class CaseOutcome:
    """One case of a result; rates are percentages, ``kappa`` None when not computable."""

    number: int
    title: str
    items: tuple[ItemPair, ...]
    summaries: tuple[SummaryPair, ...]
    exact_rate: float
    within_one_rate: float
    kappa: float | None


@dataclass(frozen=True)
class Criterion:
    """One pass criterion: what was required and achieved, as display strings."""

    label: str
    required: str
    achieved: str
    met: bool


@dataclass(frozen=True)
class CalibrationResult:
    """The result page of a submitted attempt, in the reader's language."""

    exercise: CalibrationExercise
    attempt: CalibrationAttempt
    passed: bool
    mean_within_one: float
    mean_exact: float
    mean_kappa: float | None
    criteria: tuple[Criterion, ...]
    cases: tuple[CaseOutcome, ...]


def calibration_result_get(*, attempt: CalibrationAttempt) -> CalibrationResult | None:
    """The scored result of a submitted attempt, learner beside panel with the panel's
    rationale per item and summary judgement; None for an attempt not submitted. The caller
    decides whose attempt may be shown."""
    if attempt.status != CalibrationAttempt.Status.SUBMITTED or not attempt.result:
        return None
    exercise, result = attempt.exercise, attempt.result
    cases = PracticeCase.objects.filter(
        key__in=[case["key"] for case in result["cases"]], locale_id=exercise.locale_id
    )
    by_key = {case.key: localized(case) for case in cases}
    labels = _Labels(
        items={item.code: item.title for item in instrument_items(localized(exercise.instrument))},
        ratings=rating_labels(exercise.instrument),
        summaries=_summary_options(exercise.instrument),
    )
    return CalibrationResult(
        exercise=localized(exercise),
        attempt=attempt,
        passed=bool(attempt.passed),
        mean_within_one=_percent(result["mean_within_one"]),
        mean_exact=_percent(result["mean_exact"]),
        mean_kappa=result["mean_kappa"],
        criteria=_criteria(result, labels),
        cases=tuple(
            _case_outcome(number, stored, by_key.get(stored["key"]), labels)
            for number, stored in enumerate(result["cases"], start=1)
        ),
    )


@dataclass(frozen=True)
class _Labels:
    """Item titles, rating labels and summary judgements in the reader's language."""

    items: dict[str, str]
    ratings: dict[str, str]
    summaries: list[tuple[dict, dict[str, str]]]


def _case_outcome(
    number: int, stored: dict, case: PracticeCase | None, labels: _Labels
) -> CaseOutcome:
    rationale = case.rationale if case is not None else {}
    items = tuple(
        ItemPair(
            code=item["code"],
            title=labels.items.get(item["code"], ""),
            learner=_labelled(item["learner"], labels.ratings),
            reference=_labelled(item["reference"], labels.ratings),
            agreement=_agreement(item),
            rationale=rationale.get(item["code"], ""),
        )
        for item in stored["items"]
    )
    return CaseOutcome(
        number=number,
        title=case.title if case is not None else stored.get("title", stored["key"]),
        items=items,
        summaries=_summary_pairs(stored["summary"], labels, rationale),
        exact_rate=_percent(stored["exact_rate"]),
        within_one_rate=_percent(stored["within_one_rate"]),
        kappa=stored["kappa"],
    )


def _summary_pairs(stored: dict, labels: _Labels, rationale: dict) -> tuple:
    return tuple(
        SummaryPair(
            key=judgement["key"],
            label=judgement["label"],
            learner=options.get(stored[judgement["key"]]["learner"], ""),
            reference=options.get(stored[judgement["key"]]["reference"], ""),
            match=stored[judgement["key"]]["match"],
            rationale=rationale.get(judgement["key"], ""),
        )
        for judgement, options in labels.summaries
        if judgement["key"] in stored
    )


def _labelled(code: str, labels: dict[str, str]) -> str:
    label = labels.get(code, "")
    return f"{code} — {label}" if label and label != code else code


def _agreement(item: dict) -> str:
    if item["exact"]:
        return "exact"
    return "within_one" if item["within_one"] else "disagree"


def _percent(rate: float) -> float:
    """A rate as a percentage rounded *down* to one decimal, so 79.96 % never reads as 80 %
    beside an 80 % bar it missed."""
    return math.floor(rate * 1000 + 1e-6) / 10


def _criteria(result: dict, labels: _Labels) -> tuple[Criterion, ...]:
    criteria, rows = result["criteria"], []
    for name, label in (
        ("min_within_one", _("Within-one agreement")),
        ("min_exact", _("Exact agreement")),
    ):
        threshold, achieved = criteria[name], result[name.replace("min_", "mean_")]
        if threshold is not None:
            met = meets(achieved, threshold)
            rows.append(Criterion(label, _shown_percent(threshold), _shown_percent(achieved), met))
    if criteria["summary_required"]:
        rows.append(_summary_criterion(result, labels))
    return tuple(rows)


def _shown_percent(rate: float) -> str:
    return _("%(percent)s%%") % {"percent": floatformat(_percent(rate), -1)}


def _summary_criterion(result: dict, labels: _Labels) -> Criterion:
    criteria, n_cases = result["criteria"], len(result["cases"])
    key, needed = criteria["summary_required"], criteria["summary_min_cases"]
    name = next((j["label"] for j, _options in labels.summaries if j["key"] == key), key)
    return Criterion(
        label=_("“%(judgement)s” matches the panel") % {"judgement": name},
        required=_("%(n)d of %(total)d cases") % {"n": needed, "total": n_cases},
        achieved=_("%(n)d of %(total)d cases") % {"n": result["summary_matches"], "total": n_cases},
        met=result["summary_matches"] >= needed,
    )
