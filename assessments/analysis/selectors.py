"""Item analysis for editors: selectors that load responses and hand them to the pure
statistics in ``assessments.analysis.statistics``.

Only SUBMITTED attempts count: open attempts are unfinished and voided ones were not the
learner's own work. Attempts refer to the default-language rows (``assessments.exams.services``),
so an assessment, bank or exercise picked in another language is analysed through its
default-language row. Reads only; no writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy

from assessments.analysis import statistics
from assessments.analysis.statistics import (
    CalibrationItemStats,
    QuestionStats,
    calibration_item_stats,
    question_stats,
)
from assessments.calibration.scoring import Scale
from assessments.exams.selectors import question_pool
from assessments.models import (
    Assessment,
    Attempt,
    AttemptItem,
    CalibrationAttempt,
    CalibrationExercise,
    Question,
    QuestionBank,
    QuestionType,
)
from learning.locales import default_locale, in_default_language

# The pure module's flags, as editors read them.
FLAG_LABELS = {
    statistics.FLAG_VERY_EASY: gettext_lazy("very easy (p > 0.9)"),
    statistics.FLAG_VERY_HARD: gettext_lazy("very hard (p < 0.2)"),
    statistics.FLAG_LOW_DISCRIMINATION: gettext_lazy("low discrimination (r < 0.2)"),
    statistics.FLAG_NEGATIVE_DISCRIMINATION: gettext_lazy(
        "negative discrimination: stronger learners get this wrong more often — check the key"
    ),
    statistics.FLAG_UNCHOSEN_DISTRACTOR: gettext_lazy("a distractor nobody chose"),
}

# Below this many responses the statistics are noise; the flags are not shown.
MIN_RESPONSES_FOR_FLAGS = 10


@dataclass(frozen=True)
class OptionShare:
    """One option of a question: the share of responses that chose it."""

    key: str
    text: str
    share: float
    correct: bool


@dataclass(frozen=True)
class QuestionAnalysis:
    """The statistics of one question. ``options`` is empty for ordering questions, where
    every response uses every option. ``flags`` is empty below MIN_RESPONSES_FOR_FLAGS."""

    question: Question
    stats: QuestionStats
    options: tuple[OptionShare, ...]

    @property
    def enough_responses(self) -> bool:
        return self.stats.n >= MIN_RESPONSES_FOR_FLAGS

    @property
    def flags(self) -> tuple[str, ...]:
        """The editor warnings, in the reader's language."""
        if not self.enough_responses:
            return ()
        return tuple(str(FLAG_LABELS.get(flag, flag)) for flag in self.stats.flags)


@dataclass(frozen=True)
class CalibrationItemAnalysis:
    """How learners rated one instrument item on one practice case, against the panel."""

    case_key: str
    case_title: str
    item_code: str
    item_title: str
    stats: CalibrationItemStats


# --- Pickers --------------------------------------------------------------------------------
def assessments_for_analysis() -> QuerySet[Assessment]:
    """Default-language assessments with ``submitted_count``, by title."""
    return (
        Assessment.objects.filter(locale=default_locale())
        .annotate(
            submitted_count=Count("attempts", filter=Q(attempts__status=Attempt.Status.SUBMITTED))
        )
        .order_by("title")
    )


def banks_for_analysis() -> QuerySet[QuestionBank]:
    """Default-language question banks with ``question_count``, by name."""
    return (
        QuestionBank.objects.filter(locale=default_locale())
        .annotate(question_count=Count("questions"))
        .order_by("name")
    )


def exercises_for_analysis() -> QuerySet[CalibrationExercise]:
    """Default-language calibration exercises with ``submitted_count``, by title."""
    return (
        CalibrationExercise.objects.filter(locale=default_locale())
        .annotate(
            submitted_count=Count(
                "attempts", filter=Q(attempts__status=CalibrationAttempt.Status.SUBMITTED)
            )
        )
        .order_by("title")
    )


# --- Questions ------------------------------------------------------------------------------
def question_analysis_for_assessment(*, assessment: Assessment) -> list[QuestionAnalysis]:
    """Per question of ``assessment`` (its current pool, plus any question answered in a
    submitted attempt), by question key: difficulty, point-biserial, option shares, flags."""
    source = in_default_language(assessment)
    items = AttemptItem.objects.filter(
        attempt__assessment=source, attempt__status=Attempt.Status.SUBMITTED
    )
    return _question_analysis(items, [q.pk for q in question_pool(assessment=source)])


def question_analysis_for_bank(*, bank: QuestionBank) -> list[QuestionAnalysis]:
    """Per question of ``bank``, across the submitted attempts of every assessment that drew
    it, by question key. Totals are each attempt's whole score, not only this bank's part."""
    source = in_default_language(bank)
    items = AttemptItem.objects.filter(
        question__bank=source, attempt__status=Attempt.Status.SUBMITTED
    )
    return _question_analysis(items, list(source.questions.values_list("pk", flat=True)))


def _question_analysis(items: QuerySet[AttemptItem], pool: Iterable[int]) -> list[QuestionAnalysis]:
    rows = list(items.values_list("attempt_id", "question_id", "correct", "response"))
    totals = _attempt_totals({attempt_id for attempt_id, *_ in rows})
    by_question: dict[int, list[tuple[bool, float, list[str]]]] = defaultdict(list)
    for attempt_id, question_id, correct, response in rows:
        by_question[question_id].append((bool(correct), totals[attempt_id], response or []))
    questions = Question.objects.filter(pk__in={*pool, *by_question}).prefetch_related("options")
    analysed = [_analyse_question(q, by_question.get(q.pk, [])) for q in questions]
    return sorted(analysed, key=lambda row: row.question.key)


def _attempt_totals(attempt_ids: set[int]) -> dict[int, float]:
    """Each attempt's number of correct items: the total that point-biserial's item-rest
    correction needs (an item adds exactly its 0/1 to it, which a percentage would not)."""
    counted = Attempt.objects.filter(pk__in=attempt_ids).annotate(
        n_correct=Count("items", filter=Q(items__correct=True))
    )
    return {pk: float(n) for pk, n in counted.values_list("pk", "n_correct")}


def _analyse_question(
    question: Question, responses: list[tuple[bool, float, list[str]]]
) -> QuestionAnalysis:
    options = list(question.options.all())
    keys = [option.key for option in options]
    ordering = question.type == QuestionType.ORDERING
    key = set(keys) if ordering else {option.key for option in options if option.is_correct}
    # Ordering answers use every option, so there is no distribution to show. An option
    # removed since the attempt is no longer among the options and is left out.
    chosen = [frozenset() if ordering else frozenset(set(r) & set(keys)) for *_, r in responses]
    stats = question_stats(
        correct=[correct for correct, *_ in responses],
        totals=[total for _, total, _ in responses],
        chosen=chosen,
        options=keys,
        key=key,
    )
    shares = (
        ()
        if ordering
        else tuple(OptionShare(o.key, o.text, stats.options[o.key], o.is_correct) for o in options)
    )
    return QuestionAnalysis(question=question, stats=stats, options=shares)


# --- Calibration --------------------------------------------------------------------------------
def calibration_analysis(*, exercise: CalibrationExercise) -> list[CalibrationItemAnalysis]:
    """Per practice case and instrument item of ``exercise``: learners' submitted ratings
    against the panel's reference, worst first (highest disagreement rate, then highest
    off-by-more-than-one rate; items nobody rated last).

    Ratings come from ``CalibrationAttempt.ratings`` (``{case_key: {"items": {code:
    rating}}}``) of submitted attempts at the exercise in any language. A missing rating, or
    a rating or reference not on the instrument's scale, is left out of the counts.
    """
    source = in_default_language(exercise)
    instrument = source.instrument
    scale = Scale(levels=instrument.scale_codes, omit=instrument.omit_code)
    titles = {item.code: item.title for item in instrument.items.all()}
    order = {code: position for position, code in enumerate(titles)}
    ratings = list(
        CalibrationAttempt.objects.filter(
            exercise__translation_key=source.translation_key,
            status=CalibrationAttempt.Status.SUBMITTED,
        ).values_list("ratings", flat=True)
    )
    rows = []
    for exercise_case in source.exercise_cases.select_related("case"):
        case = exercise_case.case
        references = case.reference_items or {}
        # In the instrument's item order, so that ties keep the order trainers know.
        for code in sorted(references, key=lambda c: order.get(c, len(order))):
            reference = references[code]
            if not _on_scale(reference, scale):
                continue
            learner = [_rating(r, case.key, code) for r in ratings]
            stats = calibration_item_stats(
                item=code,
                learner_ratings=[x for x in learner if x is not None and _on_scale(x, scale)],
                reference=reference,
                scale=scale,
            )
            rows.append(
                CalibrationItemAnalysis(case.key, case.title, code, titles.get(code, ""), stats)
            )
    return sorted(rows, key=_worst_first)


def _rating(ratings: dict, case_key: str, code: str) -> str | None:
    case = (ratings or {}).get(case_key) or {}
    return (case.get("items") or {}).get(code)


def _on_scale(code: str, scale: Scale) -> bool:
    try:
        scale.index(code)
    except ValueError:
        return False
    return True


def _worst_first(row: CalibrationItemAnalysis) -> tuple:
    stats = row.stats
    return (
        stats.n == 0,
        -(stats.disagreement_rate or 0.0),
        -(stats.off_by_more_than_one_rate or 0.0),
    )
