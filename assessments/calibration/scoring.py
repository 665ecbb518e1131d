"""Scoring of risk-instrument calibration exercises against an expert panel.

A trainee rates a practice case item by item on an ordinal scale of a structured professional
judgement instrument and gives summary judgements (risk, case priority, ...). The panel's
reference ratings for the same case are the key. This module compares the two.

Pure: functions from inputs to results, stdlib only, no ORM, no settings. Ratings are plain
codes (``"N"``, ``"P"``, ``"Y"``, ``"O"``); the caller loads them and stores the results.

Omission rules, shared by every function here and by ``assessments.analysis.statistics``:

* both learner and panel omit an item: exact agreement (distance 0);
* exactly one of them omits: disagreement, and *not* within one step (distance ``None``),
  because "not enough information" versus a rating is a difference in judgement, not a
  near miss on the scale;
* kappa only uses items that both rated, since omission has no place on the ordinal scale.

Kappa and constant ratings: a learner who gives one rating throughout gets kappa 0 against
a panel that varies; when learner and panel both give one and the same rating throughout,
kappa is undefined (0/0). A case's kappa is then ``None`` (not computable), and a kappa floor
with no computable kappa fails: constant ratings carry no evidence of discrimination.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

# Means of per-case rates are floats; an 80.0% learner must not fail an 80% bar on rounding.
TOLERANCE = 1e-9


@dataclass(frozen=True)
class Scale:
    """An ordinal rating scale: ``levels`` from lowest to highest, plus an optional omit code.

    ``omit`` is the code for "insufficient information"; ``None`` means the instrument does not
    allow omission, so any omit code is rejected as unknown. Construction raises ``ValueError``
    for fewer than two levels, duplicate levels, or an omit code that is also a level.
    """

    levels: tuple[str, ...]
    omit: str | None = "O"

    def __post_init__(self) -> None:
        object.__setattr__(self, "levels", tuple(self.levels))
        if len(self.levels) < 2:
            raise ValueError(f"a scale needs at least two levels, got {self.levels!r}")
        if len(set(self.levels)) != len(self.levels):
            raise ValueError(f"scale levels must be unique, got {self.levels!r}")
        if self.omit is not None and self.omit in self.levels:
            raise ValueError(f"omit code {self.omit!r} is also a scale level")

    @property
    def n_levels(self) -> int:
        """Number of ordered levels (the omit code is not a level)."""
        return len(self.levels)

    def index(self, code: str) -> int | None:
        """Position of ``code`` on the scale (0 = lowest), ``None`` for the omit code.

        Raises ``ValueError`` for a code that is neither a level nor the omit code.
        """
        if self.omit is not None and code == self.omit:
            return None
        try:
            return self.levels.index(code)
        except ValueError:
            raise ValueError(f"unknown rating {code!r}; expected {self._describe()}") from None

    def _describe(self) -> str:
        allowed = ", ".join(repr(level) for level in self.levels)
        return f"one of {allowed}" + (f" or {self.omit!r} (omit)" if self.omit else "")


@dataclass(frozen=True)
class ItemAgreement:
    """Learner versus panel on one item.

    ``distance`` is the number of scale steps between the two ratings: 0 when both omitted,
    ``None`` when exactly one omitted. ``exact`` implies ``within_one``.
    """

    item: str
    learner: str
    reference: str
    exact: bool
    within_one: bool
    distance: int | None


def compare_ratings(*, item: str, learner: str, reference: str, scale: Scale) -> ItemAgreement:
    """Compare one learner rating with the panel's, applying the module's omission rules.

    Raises ``ValueError`` if either code is not on ``scale``.
    """
    learner_index, reference_index = scale.index(learner), scale.index(reference)
    if learner_index is None or reference_index is None:
        both_omitted = learner_index is None and reference_index is None
        distance = 0 if both_omitted else None
    else:
        distance = abs(learner_index - reference_index)
    return ItemAgreement(
        item=item,
        learner=learner,
        reference=reference,
        exact=distance == 0,
        within_one=distance is not None and distance <= 1,
        distance=distance,
    )


def item_agreements(
    *, learner: Mapping[str, str], reference: Mapping[str, str], scale: Scale
) -> tuple[ItemAgreement, ...]:
    """Item-by-item agreement, in the reference's item order.

    Raises ``ValueError`` when the reference is empty, when the learner rated an item the
    reference lacks, when the learner left a reference item unrated (completeness is the
    caller's to check before scoring; an omission must be recorded as the omit code), or for a
    code not on ``scale``.
    """
    if not reference:
        raise ValueError("the reference ratings have no items")
    extra = sorted(set(learner) - set(reference))
    if extra:
        raise ValueError(f"learner rated items not in the reference: {', '.join(extra)}")
    missing = [item for item in reference if item not in learner]
    if missing:
        raise ValueError(f"no learner rating for items: {', '.join(missing)}")
    return tuple(
        compare_ratings(item=item, learner=learner[item], reference=rating, scale=scale)
        for item, rating in reference.items()
    )


def quadratic_weighted_kappa(a: Sequence[int], b: Sequence[int], n_levels: int) -> float:
    """Cohen's kappa with quadratic weights for paired ordinal indices ``0..n_levels-1``.

    kappa = 1 - (sum w*O) / (sum w*E) with w_ij = (i-j)^2/(n_levels-1)^2, O the observed joint
    proportions and E the outer product of the two marginals. It is symmetric in ``a`` and
    ``b``, ignores the order of the pairs, and lies in [-1, 1] (it equals
    2*cov / (var_a + var_b + (mean_a - mean_b)^2)).

    Edge cases: ``ValueError`` for empty or unequal-length input, ``n_levels < 2`` or an index
    outside the scale. When the expected disagreement is 0 (both raters used one and the same
    category throughout) the ratio is undefined; return 1.0 if the observed disagreement is 0,
    else 0.0. (The observed disagreement is then necessarily 0, so in practice this is 1.0.)
    Two raters who each used a single but different category get 0.0 from the formula.
    """
    _check_pairs(a, b, n_levels)
    # In integer counts the (n_levels-1)^2 and the 1/N, 1/N^2 normalisations cancel except for
    # one factor N, so the ratio is exact: identical ratings give exactly 1.0, and symmetry and
    # order invariance hold bit for bit.
    n = len(a)
    observed = n * sum((i - j) ** 2 for i, j in zip(a, b, strict=True))
    rows, cols = Counter(a), Counter(b)
    expected = sum((i - j) ** 2 * rows[i] * cols[j] for i in rows for j in cols)
    if expected == 0:
        return 1.0 if observed == 0 else 0.0
    return float(1 - Fraction(observed, expected))


def _check_pairs(a: Sequence[int], b: Sequence[int], n_levels: int) -> None:
    if n_levels < 2:
        raise ValueError(f"kappa needs a scale of at least two levels, got {n_levels}")
    if not a or not b:
        raise ValueError("kappa needs at least one pair of ratings")
    if len(a) != len(b):
        raise ValueError(f"rating sequences differ in length: {len(a)} and {len(b)}")
    for value in (*a, *b):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < n_levels:
            raise ValueError(f"rating index {value!r} is not in 0..{n_levels - 1}")


@dataclass(frozen=True)
class CaseResult:
    """A learner's agreement with the panel on one case.

    ``exact_rate`` and ``within_one_rate`` are over all reference items (omission rules in the
    module docstring), so ``within_one_rate >= exact_rate``. ``kappa`` is over items both
    rated; ``None`` when fewer than two such items or when it is undefined (learner and panel
    each gave one and the same rating to every such item). ``summary`` maps each of the reference's
    summary judgements to whether the learner's matched it exactly (codes compared as strings).
    """

    items: tuple[ItemAgreement, ...]
    exact_rate: float
    within_one_rate: float
    kappa: float | None
    summary: dict[str, bool]


def score_case(
    *,
    learner_items: Mapping[str, str],
    reference_items: Mapping[str, str],
    learner_summary: Mapping[str, str],
    reference_summary: Mapping[str, str],
    scale: Scale,
) -> CaseResult:
    """Score one case. Raises ``ValueError`` as ``item_agreements`` does, and when the learner's
    summary judgements are missing one of the reference's or name one the reference lacks.
    """
    items = item_agreements(learner=learner_items, reference=reference_items, scale=scale)
    return CaseResult(
        items=items,
        exact_rate=sum(item.exact for item in items) / len(items),
        within_one_rate=sum(item.within_one for item in items) / len(items),
        kappa=_case_kappa(items, scale),
        summary=_summary_matches(learner_summary, reference_summary),
    )


def _case_kappa(items: Sequence[ItemAgreement], scale: Scale) -> float | None:
    pairs = [(scale.index(item.learner), scale.index(item.reference)) for item in items]
    rated = [(i, j) for i, j in pairs if i is not None and j is not None]
    if len(rated) < 2:
        return None
    learner, reference = zip(*rated, strict=True)
    if len(set(learner)) == 1 and set(learner) == set(reference):
        return None  # 0/0: undefined, not the perfect 1.0 the formula's convention gives
    return quadratic_weighted_kappa(learner, reference, scale.n_levels)


def _summary_matches(learner: Mapping[str, str], reference: Mapping[str, str]) -> dict[str, bool]:
    extra = sorted(set(learner) - set(reference))
    if extra:
        raise ValueError(f"learner gave summary judgements not in the reference: {extra}")
    missing = [name for name in reference if name not in learner]
    if missing:
        raise ValueError(f"no learner summary judgement for: {', '.join(missing)}")
    return {name: learner[name] == value for name, value in reference.items()}


@dataclass(frozen=True)
class PassCriteria:
    """What a calibration exercise requires. Every threshold is inclusive.

    ``min_within_one`` and ``min_exact`` bound the mean per-case rates; ``min_kappa`` bounds
    the mean kappa (an exercise with no computable kappa then fails). ``summary_required``
    names the summary judgement that must match the panel on at least ``summary_min_cases``
    cases; ``None`` drops that requirement.
    """

    min_within_one: float = 0.8
    min_exact: float | None = None
    min_kappa: float | None = None
    summary_required: str | None = "risk"
    summary_min_cases: int = 1

    def __post_init__(self) -> None:
        for name in ("min_within_one", "min_exact"):
            value = getattr(self, name)
            if value is not None and not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        if self.min_kappa is not None and not -1.0 <= self.min_kappa <= 1.0:
            raise ValueError(f"min_kappa must be between -1 and 1, got {self.min_kappa}")
        if self.summary_min_cases < 0:
            raise ValueError(f"summary_min_cases must be >= 0, got {self.summary_min_cases}")


@dataclass(frozen=True)
class ExerciseResult:
    """A calibration exercise scored against ``PassCriteria``.

    Means weight every case equally, whatever its number of items. ``mean_kappa`` is over the
    cases that have a kappa (``None`` if none do). ``summary_matches`` counts cases on which the
    required summary judgement matched; with no required judgement it counts cases on which all
    summary judgements matched. ``reasons`` says in plain English why the exercise failed and
    is empty exactly when ``passed``.
    """

    cases: tuple[CaseResult, ...]
    mean_within_one: float
    mean_exact: float
    mean_kappa: float | None
    summary_matches: int
    passed: bool
    reasons: tuple[str, ...]


def score_exercise(*, cases: Sequence[CaseResult], criteria: PassCriteria) -> ExerciseResult:
    """Aggregate case results and decide pass or fail.

    Raises ``ValueError`` for no cases, or when ``criteria.summary_required`` names a summary
    judgement some case lacks (the criteria do not fit the instrument).
    """
    if not cases:
        raise ValueError("an exercise needs at least one case")
    kappas = [case.kappa for case in cases if case.kappa is not None]
    mean_within_one = _mean([case.within_one_rate for case in cases])
    mean_exact = _mean([case.exact_rate for case in cases])
    mean_kappa = _mean(kappas) if kappas else None
    summary_matches = _count_summary_matches(cases, criteria.summary_required)
    reasons = (
        *_rate_reason("within-one agreement", mean_within_one, criteria.min_within_one),
        *_rate_reason("exact agreement", mean_exact, criteria.min_exact),
        *_kappa_reason(mean_kappa, criteria.min_kappa),
        *_summary_reason(summary_matches, len(cases), criteria),
    )
    return ExerciseResult(
        cases=tuple(cases),
        mean_within_one=mean_within_one,
        mean_exact=mean_exact,
        mean_kappa=mean_kappa,
        summary_matches=summary_matches,
        passed=not reasons,
        reasons=reasons,
    )


def meets(value: float, threshold: float) -> bool:
    """Whether ``value`` reaches the inclusive ``threshold``, allowing for float rounding."""
    return value >= threshold - TOLERANCE


def _mean(values: Sequence[float]) -> float:
    return math.fsum(values) / len(values)


def _count_summary_matches(cases: Sequence[CaseResult], required: str | None) -> int:
    if required is None:
        return sum(all(case.summary.values()) for case in cases)
    for case in cases:
        if required not in case.summary:
            raise ValueError(f"a case has no {required!r} summary judgement to require")
    return sum(case.summary[required] for case in cases)


def _rate_reason(label: str, value: float, threshold: float | None) -> tuple[str, ...]:
    if threshold is None or meets(value, threshold):
        return ()
    shown = _shown_below(value * 100, threshold * 100)
    return (f"{label} {shown}% is below {_trim(threshold * 100)}%",)


def _kappa_reason(value: float | None, threshold: float | None) -> tuple[str, ...]:
    if threshold is None:
        return ()
    if value is None:
        return (
            "kappa could not be computed: no case had two or more items rated by both "
            "learner and panel with ratings that vary",
        )
    if meets(value, threshold):
        return ()
    shown = _shown_below(value, threshold, min_places=2)
    return (f"mean kappa {shown} is below {_trim(threshold)}",)


def _summary_reason(matches: int, n_cases: int, criteria: PassCriteria) -> tuple[str, ...]:
    needed, name = criteria.summary_min_cases, criteria.summary_required
    if name is None or matches >= needed:
        return ()
    return (f"{name} judgement matched on {matches} of {n_cases} cases; {needed} needed",)


def _shown_below(value: float, threshold: float, *, min_places: int = 0) -> str:
    """``value`` with the fewest decimals (``min_places`` to 4) that still reads as below
    ``threshold``: 79.6 against 80 reads "79.6", never the contradictory "80 is below 80".
    """
    for places in range(min_places, 5):
        shown = round(value, places)
        if shown < round(threshold, 3):
            break
    return f"{shown:.{places}f}"


def _trim(value: float) -> str:
    return f"{round(value, 3):g}"
