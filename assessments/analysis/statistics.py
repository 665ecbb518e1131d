"""Classical test theory statistics that tell question editors which items need attention.

Pure: functions from inputs to results, stdlib only, no ORM, no settings. Inputs are one
entry per response (attempt), in the same order across arguments; the caller loads them.

Assumptions, stated once:

* an item is scored 0/1 and contributes exactly that to the response's total score, which is
  what makes the item-rest correction (total minus the item's own score) valid;
* statistics on a handful of responses are noise; callers decide how many responses they need
  before showing flags (``QuestionStats.n`` is there for that).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from assessments.calibration.scoring import Scale, compare_ratings

FLAG_VERY_EASY = "very easy (p > 0.9)"
FLAG_VERY_HARD = "very hard (p < 0.2)"
FLAG_LOW_DISCRIMINATION = "low discrimination (r < 0.2)"
FLAG_NEGATIVE_DISCRIMINATION = (
    "negative discrimination: stronger learners get this wrong more often — check the key"
)
FLAG_UNCHOSEN_DISTRACTOR = "a distractor nobody chose"


def difficulty(correct: Sequence[bool]) -> float | None:
    """Proportion of responses that were correct (the classical p value); ``None`` if none."""
    if not correct:
        return None
    return sum(bool(answer) for answer in correct) / len(correct)


def point_biserial(item_correct: Sequence[bool], totals: Sequence[float]) -> float | None:
    """Corrected item-rest correlation: Pearson r between the 0/1 item score and the total
    minus that item score, so the item does not correlate with itself.

    ``None`` with fewer than 3 responses or when either variable has no variance. The result
    is clamped to [-1, 1] against float rounding. ``ValueError`` for unequal lengths or a
    non-finite total.
    """
    _check_lengths(item_correct, totals)
    if len(item_correct) < 3:
        return None
    scores = [1.0 if answer else 0.0 for answer in item_correct]
    rest = [total - score for total, score in zip(totals, scores, strict=True)]
    return _pearson(scores, rest)


def _pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    if len(set(x)) < 2 or len(set(y)) < 2:
        return None
    mean_x, mean_y = math.fsum(x) / len(x), math.fsum(y) / len(y)
    sxy = math.fsum((a - mean_x) * (b - mean_y) for a, b in zip(x, y, strict=True))
    sxx = math.fsum((a - mean_x) ** 2 for a in x)
    syy = math.fsum((b - mean_y) ** 2 for b in y)
    denominator = math.sqrt(sxx * syy)
    if denominator == 0.0:  # spreads so small that their squares underflow
        return None
    return max(-1.0, min(1.0, sxy / denominator))


def discrimination_index(
    item_correct: Sequence[bool], totals: Sequence[float], fraction: float = 0.27
) -> float | None:
    """Upper-group minus lower-group proportion correct (Kelley's D), in [-1, 1].

    Responses are ranked by total score; each group holds ``round(fraction * n)`` responses,
    at least 1 and at most ``n // 2``. Responses tied on the total at a group boundary share
    the remaining places equally (the average over every tie-break), so the result does not
    depend on input order. ``None`` with fewer than 4 responses; ``ValueError`` for unequal
    lengths, a non-finite total, or ``fraction`` outside (0, 0.5].
    """
    _check_lengths(item_correct, totals)
    if not 0.0 < fraction <= 0.5:
        raise ValueError(f"fraction must be in (0, 0.5], got {fraction}")
    n = len(item_correct)
    if n < 4:
        return None
    size = min(n // 2, max(1, math.floor(fraction * n + 0.5)))
    pairs = list(zip(totals, item_correct, strict=True))
    upper = _group_proportion(pairs, size, highest=True)
    lower = _group_proportion(pairs, size, highest=False)
    return upper - lower


def _group_proportion(pairs: Sequence[tuple[float, bool]], size: int, *, highest: bool) -> float:
    """Proportion correct among the ``size`` highest (or lowest) totals, ties shared."""
    by_total: dict[float, list[bool]] = {}
    for total, correct in pairs:
        by_total.setdefault(total, []).append(bool(correct))
    correct_sum, places = 0.0, size
    for total in sorted(by_total, reverse=highest):
        answers = by_total[total]
        taken = min(places, len(answers))
        correct_sum += taken * sum(answers) / len(answers)
        places -= taken
        if places == 0:
            break
    return correct_sum / size


def _check_lengths(item_correct: Sequence[bool], totals: Sequence[float]) -> None:
    if len(item_correct) != len(totals):
        raise ValueError(f"{len(item_correct)} item scores but {len(totals)} totals")
    if not all(math.isfinite(total) for total in totals):
        raise ValueError("totals must be finite numbers")


def option_distribution(chosen: Sequence[str], options: Sequence[str]) -> dict[str, float]:
    """Share of responses that chose each option, in ``options`` order; sums to 1.

    One chosen option per response. Never-chosen options get 0.0; with no responses every
    option gets 0.0. ``ValueError`` for duplicate options or a choice not among them.
    """
    return option_distribution_multi([frozenset((choice,)) for choice in chosen], options)


def option_distribution_multi(
    chosen_sets: Sequence[frozenset[str]], options: Sequence[str]
) -> dict[str, float]:
    """Share of responses that included each option, for questions allowing several choices.

    Shares do not sum to 1. Same rules as ``option_distribution`` otherwise; an empty set (a
    response choosing nothing) counts towards the denominator.
    """
    if len(set(options)) != len(options):
        raise ValueError(f"options must be unique, got {list(options)!r}")
    counts = Counter(choice for chosen in chosen_sets for choice in chosen)
    unknown = sorted(set(counts) - set(options))
    if unknown:
        raise ValueError(f"chosen options not offered: {', '.join(unknown)}")
    n = len(chosen_sets)
    return {option: counts[option] / n if n else 0.0 for option in options}


@dataclass(frozen=True)
class CalibrationItemStats:
    """How a cohort of learners rated one calibration item against the panel.

    Rates use the omission rules of ``assessments.calibration.scoring``: ``disagreement_rate``
    is the share not in exact agreement, ``off_by_more_than_one_rate`` the share not within one
    step, which includes an omission set against a rating. Both rates and
    ``most_common_learner_rating`` are ``None`` when ``n`` is 0. A tie for the most common
    rating goes to the code earliest on the scale (levels low to high, then omit).
    """

    item: str
    n: int
    disagreement_rate: float | None
    off_by_more_than_one_rate: float | None
    most_common_learner_rating: str | None
    reference_rating: str


def calibration_item_stats(
    *, item: str, learner_ratings: Sequence[str], reference: str, scale: Scale
) -> CalibrationItemStats:
    """Summarise learners' ratings of one item. ``ValueError`` for a code not on ``scale``."""
    agreements = [
        compare_ratings(item=item, learner=rating, reference=reference, scale=scale)
        for rating in learner_ratings
    ]
    n = len(agreements)
    return CalibrationItemStats(
        item=item,
        n=n,
        disagreement_rate=sum(not a.exact for a in agreements) / n if n else None,
        off_by_more_than_one_rate=sum(not a.within_one for a in agreements) / n if n else None,
        most_common_learner_rating=_most_common(learner_ratings, scale),
        reference_rating=reference,
    )


def _most_common(ratings: Sequence[str], scale: Scale) -> str | None:
    if not ratings:
        return None
    counts = Counter(ratings)
    order = (*scale.levels, *(() if scale.omit is None else (scale.omit,)))
    return max(order, key=lambda code: (counts[code], -order.index(code)))


@dataclass(frozen=True)
class QuestionStats:
    """Item statistics for one question, with plain-English ``flags`` for editors.

    ``options`` is the option distribution in option order. ``unchosen_distractors`` lists the
    wrong options nobody chose. Flags are the ``FLAG_*`` constants of this module, in the order
    easy/hard, discrimination, distractors; a negative correlation gets only the negative-
    discrimination flag, not also the low-discrimination one. With no responses every
    statistic is ``None`` (or 0.0 per option) and there are no flags.
    """

    n: int
    difficulty: float | None
    point_biserial: float | None
    discrimination_index: float | None
    options: dict[str, float]
    unchosen_distractors: tuple[str, ...]
    flags: tuple[str, ...]


def question_stats(
    *,
    correct: Sequence[bool],
    totals: Sequence[float],
    chosen: Sequence[str] | Sequence[frozenset[str]],
    options: Sequence[str],
    key: Collection[str],
) -> QuestionStats:
    """Bundle the statistics for one question across its responses.

    ``chosen`` holds one option code per response, or one frozenset per response for questions
    allowing several choices. ``key`` is the set of correct options; every other option is a
    distractor. ``ValueError`` for unequal lengths, mixed kinds of ``chosen``, or a key or
    choice not among ``options``.
    """
    if len(chosen) != len(correct):
        raise ValueError(f"{len(correct)} item scores but {len(chosen)} choices")
    if not set(key) <= set(options):
        raise ValueError(f"key {sorted(key)!r} is not among the options {list(options)!r}")
    distribution = _distribution(chosen, options)
    p, r = difficulty(correct), point_biserial(correct, totals)
    unchosen = _unchosen_distractors(distribution, key) if correct else ()
    return QuestionStats(
        n=len(correct),
        difficulty=p,
        point_biserial=r,
        discrimination_index=discrimination_index(correct, totals),
        options=distribution,
        unchosen_distractors=unchosen,
        flags=_flags(p, r, unchosen),
    )


def _distribution(
    chosen: Sequence[str] | Sequence[frozenset[str]], options: Sequence[str]
) -> dict[str, float]:
    if all(isinstance(choice, str) for choice in chosen):
        return option_distribution(chosen, options)  # type: ignore[arg-type]
    if all(isinstance(choice, frozenset | set) for choice in chosen):
        return option_distribution_multi([frozenset(c) for c in chosen], options)
    raise ValueError("chosen must be all option codes or all sets of option codes")


def _unchosen_distractors(distribution: dict[str, float], key: Collection[str]) -> tuple[str, ...]:
    return tuple(
        option for option, share in distribution.items() if option not in key and not share
    )


def _flags(p: float | None, r: float | None, unchosen: Sequence[str]) -> tuple[str, ...]:
    flags = []
    if p is not None and p > 0.9:
        flags.append(FLAG_VERY_EASY)
    if p is not None and p < 0.2:
        flags.append(FLAG_VERY_HARD)
    if r is not None and r < 0:
        flags.append(FLAG_NEGATIVE_DISCRIMINATION)
    elif r is not None and r < 0.2:
        flags.append(FLAG_LOW_DISCRIMINATION)
    if unchosen:
        flags.append(FLAG_UNCHOSEN_DISTRACTOR)
    return tuple(flags)
