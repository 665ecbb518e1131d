"""The calibration pages' status and result: the overview of an exercise, and the learner's
ratings beside the panel's with the panel's reasons, in the reader's language."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

from assessments.calibration.scoring import meets
from assessments.calibration.selectors import (
    Availability,
    attempt_cases,
    calibration_attempt_last_submitted,
    calibration_attempt_open,
    calibration_availability,
    instrument_items,
    rating_labels,
    summary_options,
)
from assessments.models import (
    CalibrationAttempt,
    CalibrationExercise,
    Instrument,
    PracticeCase,
    RevealPanel,
)
from learning.locales import in_default_language, localized, localized_many
from learning.models import Person
from learning.templatetags.formatting import percent

T = TypeVar("T", CalibrationExercise, PracticeCase, Instrument)


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
    availability: Availability

    @property
    def all_rated(self) -> bool:
        return self.open_attempt is not None and all(case.complete for case in self.cases)

    @property
    def next_number(self) -> int:
        """The first case not fully rated (1 when every case is)."""
        return next((case.number for case in self.cases if not case.complete), 1)


def calibration_status_get(*, person: Person, exercise: CalibrationExercise) -> ExerciseStatus:
    """Where the person stands in the exercise: the cases drawn for the open attempt (none
    without one), who may start and when. Reads only the person's own attempts."""
    exercise = in_default_language(exercise)
    attempt = calibration_attempt_open(person=person, exercise=exercise)
    codes = [item.code for item in instrument_items(exercise.instrument)]
    keys = [judgement["key"] for judgement in exercise.instrument.summary_judgements]
    total = len(codes) + len(keys)
    drawn = attempt_cases(attempt) if attempt is not None else []
    cases = tuple(
        CaseProgress(n, shown.title, _rated(attempt, case.key, codes, keys), total)
        for n, (case, shown) in enumerate(zip(drawn, localized_many(drawn), strict=True), start=1)
    )
    last = calibration_attempt_last_submitted(person=person, exercise=exercise)
    availability = calibration_availability(person=person, exercise=exercise)
    # The last attempt is the person's own at this exercise: its panel rule follows from
    # the availability just read, not from reading it again.
    return ExerciseStatus(
        exercise=localized(exercise),
        instrument=localized(exercise.instrument),
        cases=cases,
        open_attempt=attempt,
        last_result=calibration_result_get(attempt=last, availability=availability)
        if last is not None
        else None,
        passed=availability.passed,
        availability=availability,
    )


def _rated(attempt: CalibrationAttempt | None, case_key: str, codes, keys) -> int:
    entry = attempt.ratings.get(case_key, {}) if attempt is not None else {}
    items, summary = entry.get("items", {}), entry.get("summary", {})
    return sum(code in items for code in codes) + sum(key in summary for key in keys)


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
    panel_shown: bool


def panel_shown(attempt: CalibrationAttempt) -> bool:
    """Whether the panel's ratings and rationale may be shown with this attempt's result:
    always under ``after_submit``; under ``final`` once the person has passed or used every
    attempt. Until then a result shows per-item agreement only."""
    if attempt.exercise.reveal_panel == RevealPanel.AFTER_SUBMIT:
        return True
    return calibration_availability(person=attempt.person, exercise=attempt.exercise).panel_shown


def calibration_result_get(
    *, attempt: CalibrationAttempt, availability: Availability | None = None
) -> CalibrationResult | None:
    """The scored result of a submitted attempt: per item the learner's rating and its
    agreement with the panel, and, when ``panel_shown``, the panel's rating and rationale
    (blank otherwise, so no template can show them); None for an attempt not submitted.
    The caller decides whose attempt may be shown. ``availability``: the attempt's
    person's at its exercise, when the caller has read it already."""
    if attempt.status != CalibrationAttempt.Status.SUBMITTED or not attempt.result:
        return None
    exercise, result = attempt.exercise, attempt.result
    if availability is not None and exercise.reveal_panel != RevealPanel.AFTER_SUBMIT:
        shown = availability.panel_shown
    else:
        shown = panel_shown(attempt)
    cases = PracticeCase.objects.filter(
        key__in=[case["key"] for case in result["cases"]], locale_id=exercise.locale_id
    )
    by_key = {case.key: case for case in localized_many(cases)}
    labels = _Labels(
        items={item.code: item.title for item in instrument_items(localized(exercise.instrument))},
        ratings=rating_labels(exercise.instrument),
        summaries=summary_options(exercise.instrument),
    )
    return CalibrationResult(
        exercise=localized(exercise),
        attempt=attempt,
        passed=bool(attempt.passed),
        mean_within_one=_percent(
            result["mean_within_one"], result["criteria"].get("min_within_one")
        ),
        mean_exact=_percent(result["mean_exact"], result["criteria"].get("min_exact")),
        mean_kappa=result["mean_kappa"],
        criteria=_criteria(result, labels),
        cases=tuple(
            _case_outcome(number, stored, by_key.get(stored["key"]), labels, shown)
            for number, stored in enumerate(result["cases"], start=1)
        ),
        panel_shown=shown,
    )


@dataclass(frozen=True)
class _Labels:
    """Item titles, rating labels and summary judgements in the reader's language."""

    items: dict[str, str]
    ratings: dict[str, str]
    summaries: list[tuple[dict, dict[str, str]]]


def _case_outcome(
    number: int, stored: dict, case: PracticeCase | None, labels: _Labels, shown: bool
) -> CaseOutcome:
    rationale = case.rationale if case is not None and shown else {}
    items = tuple(
        ItemPair(
            code=item["code"],
            title=labels.items.get(item["code"], ""),
            learner=_labelled(item["learner"], labels.ratings),
            reference=_labelled(item["reference"], labels.ratings) if shown else "",
            agreement=_agreement(item),
            rationale=rationale.get(item["code"], ""),
        )
        for item in stored["items"]
    )
    return CaseOutcome(
        number=number,
        title=case.title if case is not None else stored.get("title", stored["key"]),
        items=items,
        summaries=_summary_pairs(stored["summary"], labels, rationale, shown),
        exact_rate=_percent(stored["exact_rate"]),
        within_one_rate=_percent(stored["within_one_rate"]),
        kappa=stored["kappa"],
    )


def _summary_pairs(stored: dict, labels: _Labels, rationale: dict, shown: bool) -> tuple:
    return tuple(
        SummaryPair(
            key=judgement["key"],
            label=judgement["label"],
            learner=options.get(stored[judgement["key"]]["learner"], ""),
            reference=options.get(stored[judgement["key"]]["reference"], "") if shown else "",
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


def _percent(rate: float, threshold: float | None = None) -> float:
    """A rate as a percentage rounded half up to one decimal (32 of 36 reads 88.9, not a
    truncated 88.8), except that a rate that misses its ``threshold`` never reads as reaching
    it: 79.96 % beside an 80 % bar it missed is rounded down, to 79.9."""
    shown = float(Decimal(repr(rate * 100)).quantize(Decimal("0.1"), ROUND_HALF_UP))
    if threshold is not None and not meets(rate, threshold) and shown >= _percent(threshold):
        return math.floor(rate * 1000 + 1e-6) / 10
    return shown


def _criteria(result: dict, labels: _Labels) -> tuple[Criterion, ...]:
    criteria, rows = result["criteria"], []
    for name, label in (
        ("min_within_one", _("Within-one agreement")),
        ("min_exact", _("Exact agreement")),
    ):
        threshold, achieved = criteria[name], result[name.replace("min_", "mean_")]
        if threshold is not None:
            met = meets(achieved, threshold)
            rows.append(
                Criterion(
                    label, percent(_percent(threshold)), percent(_percent(achieved, threshold)), met
                )
            )
    if criteria.get("min_kappa") is not None:
        rows.append(_kappa_criterion(criteria["min_kappa"], result["mean_kappa"]))
    if criteria["summary_required"]:
        rows.append(_summary_criterion(result, labels))
    return tuple(rows)


def _kappa_criterion(threshold: float, achieved: float | None) -> Criterion:
    return Criterion(
        label=_("Weighted kappa, mean of cases"),
        required=floatformat(threshold, 2),
        # Rounded down, so 0.496 never reads as the 0.50 it missed.
        achieved=_("not computable")
        if achieved is None
        else floatformat(math.floor(achieved * 100 + 1e-6) / 100, 2),
        met=achieved is not None and meets(achieved, threshold),
    )


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
