"""Calibration scoring against an expert panel: worked examples and properties.

No database: ``assessments.calibration.scoring`` is pure.
"""

import math
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessments.calibration.scoring import (
    TOLERANCE,
    CaseResult,
    ItemAgreement,
    PassCriteria,
    Scale,
    item_agreements,
    quadratic_weighted_kappa,
    score_case,
    score_exercise,
)

NPY = Scale(levels=("N", "P", "Y"))


def kappa_from_formula(a, b, n_levels):
    """Textbook float version: 1 - sum(w*O) / sum(w*E), w = (i-j)^2/(n-1)^2, proportions."""
    n = len(a)
    observed = Counter(zip(a, b, strict=True))
    rows, cols = Counter(a), Counter(b)
    levels = range(n_levels)
    w = [[(i - j) ** 2 / (n_levels - 1) ** 2 for j in levels] for i in levels]
    o = sum(w[i][j] * observed[i, j] / n for i in levels for j in levels)
    e = sum(w[i][j] * (rows[i] / n) * (cols[j] / n) for i in levels for j in levels)
    return 1 - o / e


# --- Scale -------------------------------------------------------------------------------


def test_scale_indexes_levels_low_to_high_and_omit_as_none():
    assert [NPY.index(code) for code in ("N", "P", "Y", "O")] == [0, 1, 2, None]
    assert NPY.n_levels == 3


def test_scale_rejects_unknown_code_naming_the_allowed_ones():
    with pytest.raises(ValueError, match=r"unknown rating 'X'.*'N', 'P', 'Y' or 'O' \(omit\)"):
        NPY.index("X")


def test_scale_without_omit_treats_omit_code_as_unknown():
    with pytest.raises(ValueError, match="unknown rating 'O'"):
        Scale(levels=("N", "P", "Y"), omit=None).index("O")


@pytest.mark.parametrize(
    ("levels", "omit", "message"),
    [
        (("N",), "O", "at least two levels"),
        (("N", "N", "Y"), "O", "unique"),
        (("N", "O", "Y"), "O", "also a scale level"),
    ],
)
def test_scale_rejects_malformed_definitions(levels, omit, message):
    with pytest.raises(ValueError, match=message):
        Scale(levels=levels, omit=omit)


# --- item_agreements ---------------------------------------------------------------------


def test_item_agreements_follow_reference_order_and_omission_rules():
    reference = {"H1": "Y", "H2": "P", "H3": "N", "H4": "O", "H5": "O", "H6": "Y"}
    learner = {"H6": "N", "H5": "P", "H4": "O", "H3": "O", "H2": "Y", "H1": "Y"}

    result = item_agreements(learner=learner, reference=reference, scale=NPY)

    assert result == (
        ItemAgreement("H1", "Y", "Y", exact=True, within_one=True, distance=0),
        ItemAgreement("H2", "Y", "P", exact=False, within_one=True, distance=1),
        ItemAgreement("H3", "O", "N", exact=False, within_one=False, distance=None),
        ItemAgreement("H4", "O", "O", exact=True, within_one=True, distance=0),
        ItemAgreement("H5", "P", "O", exact=False, within_one=False, distance=None),
        ItemAgreement("H6", "N", "Y", exact=False, within_one=False, distance=2),
    )


def test_item_agreements_rejects_a_missing_learner_rating():
    with pytest.raises(ValueError, match="no learner rating for items: H2"):
        item_agreements(learner={"H1": "Y"}, reference={"H1": "Y", "H2": "N"}, scale=NPY)


def test_item_agreements_rejects_learner_items_not_in_reference():
    with pytest.raises(ValueError, match="not in the reference: H9"):
        item_agreements(learner={"H1": "Y", "H9": "N"}, reference={"H1": "Y"}, scale=NPY)


def test_item_agreements_rejects_codes_off_the_scale():
    with pytest.raises(ValueError, match="unknown rating 'maybe'"):
        item_agreements(learner={"H1": "maybe"}, reference={"H1": "Y"}, scale=NPY)


def test_item_agreements_rejects_an_empty_reference():
    with pytest.raises(ValueError, match="no items"):
        item_agreements(learner={}, reference={}, scale=NPY)


# --- quadratic_weighted_kappa: worked examples -------------------------------------------


def test_kappa_hand_computed_3x3_example():
    # Learner (rows) x panel (columns), 10 items, counts:
    #             panel 0  panel 1  panel 2 | rows
    #   learner 0    3        1        0    |  4
    #   learner 1    1        2        1    |  4
    #   learner 2    0        0        2    |  2
    #   columns      4        3        3       N = 10
    # Weights (i-j)^2/(3-1)^2: 1/4 one step apart, 1 two steps apart.
    # Observed  sum w*O = (1 + 1 + 1) * 1/4 / 10                          = 0.075
    # Expected  E_ij = row_i * col_j / 100
    #   one step:  (0,1) 4*3 + (1,0) 4*4 + (1,2) 4*3 + (2,1) 2*3 = 46 -> 46/4 = 11.5
    #   two steps: (0,2) 4*3 + (2,0) 2*4                         = 20 -> 20
    #   sum w*E = 31.5 / 100                                              = 0.315
    # kappa = 1 - 0.075 / 0.315 = 1 - 5/21 = 16/21
    cells = {(0, 0): 3, (0, 1): 1, (1, 0): 1, (1, 1): 2, (1, 2): 1, (2, 2): 2}
    learner = [i for (i, _), count in cells.items() for _ in range(count)]
    panel = [j for (_, j), count in cells.items() for _ in range(count)]

    assert quadratic_weighted_kappa(learner, panel, 3) == pytest.approx(16 / 21, abs=1e-15)


@pytest.mark.parametrize(
    ("other", "published"),
    [
        ([8, 8, 6, 6, 7, 6, 1, 4, 8], 0.758620689655172),
        ([3, 5, 6, 6, 7, 6, 1, 4, 8], 0.438095238095238),
    ],
)
def test_kappa_matches_published_examples(other, published):
    # Maple EssayTools[QuadraticWeightedKappa] documentation examples, scores 1..10. Quadratic
    # kappa is unchanged by shifting both raters, so index = score - 1 on a 10-level scale.
    first = [9, 7, 8, 7, 6, 8, 3, 5, 10]
    kappa = quadratic_weighted_kappa([s - 1 for s in first], [s - 1 for s in other], 10)
    assert kappa == pytest.approx(published, abs=1e-12)


def test_kappa_of_a_reversed_symmetric_scale_is_minus_one():
    assert quadratic_weighted_kappa([0, 1, 2], [2, 1, 0], 3) == -1.0


def test_kappa_single_shared_category_is_one_and_different_single_categories_zero():
    assert quadratic_weighted_kappa([1, 1, 1], [1, 1, 1], 3) == 1.0
    assert quadratic_weighted_kappa([0, 0, 0], [2, 2, 2], 3) == 0.0


@pytest.mark.parametrize(
    ("a", "b", "n_levels", "message"),
    [
        ([], [], 3, "at least one pair"),
        ([0, 1], [0], 3, "differ in length"),
        ([0, 3], [0, 1], 3, "not in 0..2"),
        ([0, -1], [0, 1], 3, "not in 0..2"),
        ([0, 0], [0, 0], 1, "at least two levels"),
    ],
)
def test_kappa_rejects_invalid_input(a, b, n_levels, message):
    with pytest.raises(ValueError, match=message):
        quadratic_weighted_kappa(a, b, n_levels)


# --- quadratic_weighted_kappa: properties ------------------------------------------------


@st.composite
def paired_ratings(draw, min_size=1):
    n_levels = draw(st.integers(2, 6))
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n_levels - 1), st.integers(0, n_levels - 1)),
            min_size=min_size,
            max_size=40,
        )
    )
    return [i for i, _ in pairs], [j for _, j in pairs], n_levels


@given(st.integers(2, 6).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.integers(0, n - 1)))))
def test_kappa_is_one_for_identical_ratings(case):
    n_levels, ratings = case
    ratings = [0, n_levels - 1, *ratings]  # at least two distinct categories
    assert quadratic_weighted_kappa(ratings, ratings, n_levels) == 1.0


@given(st.integers(2, 6), st.data())
def test_kappa_is_one_for_identical_single_category(n_levels, data):
    category = data.draw(st.integers(0, n_levels - 1))
    ratings = [category] * data.draw(st.integers(1, 20))
    assert quadratic_weighted_kappa(ratings, ratings, n_levels) == 1.0


@given(paired_ratings())
def test_kappa_is_between_minus_one_and_one(case):
    assert -1.0 <= quadratic_weighted_kappa(*case) <= 1.0


@given(paired_ratings())
def test_kappa_is_symmetric(case):
    a, b, n_levels = case
    assert quadratic_weighted_kappa(a, b, n_levels) == quadratic_weighted_kappa(b, a, n_levels)


@given(paired_ratings(), st.randoms(use_true_random=False))
def test_kappa_ignores_the_order_of_pairs(case, rnd):
    a, b, n_levels = case
    pairs = list(zip(a, b, strict=True))
    rnd.shuffle(pairs)
    shuffled_a, shuffled_b = [i for i, _ in pairs], [j for _, j in pairs]
    assert quadratic_weighted_kappa(shuffled_a, shuffled_b, n_levels) == quadratic_weighted_kappa(
        a, b, n_levels
    )


@given(st.lists(st.integers(0, 2), min_size=0, max_size=30))
def test_kappa_of_reversed_ratings_on_full_3_level_scale_is_negative(extra):
    ratings = [0, 1, 2, *extra]  # every level used
    assert quadratic_weighted_kappa(ratings, [2 - r for r in ratings], 3) < 0


@given(paired_ratings())
def test_kappa_agrees_with_the_textbook_formula(case):
    a, b, n_levels = case
    expected_disagreement_is_zero = len(set(a)) == 1 and set(a) == set(b)
    if expected_disagreement_is_zero:
        assert quadratic_weighted_kappa(a, b, n_levels) == 1.0
    else:
        assert quadratic_weighted_kappa(a, b, n_levels) == pytest.approx(
            kappa_from_formula(a, b, n_levels), abs=1e-9
        )


# --- score_case --------------------------------------------------------------------------


def test_score_case_worked_example():
    reference = {"H1": "Y", "H2": "P", "H3": "N", "H4": "O", "H5": "Y"}
    learner = {"H1": "Y", "H2": "Y", "H3": "O", "H4": "O", "H5": "N"}

    result = score_case(
        learner_items=learner,
        reference_items=reference,
        learner_summary={"risk": "high", "priority": "routine"},
        reference_summary={"risk": "high", "priority": "urgent"},
        scale=NPY,
    )

    # exact: H1, H4 -> 2/5; within one: H1, H2, H4 -> 3/5
    assert result.exact_rate == pytest.approx(0.4)
    assert result.within_one_rate == pytest.approx(0.6)
    # kappa over H1, H2, H5 (both rated): learner (2, 2, 0) vs panel (2, 1, 2)
    assert result.kappa == pytest.approx(kappa_from_formula([2, 2, 0], [2, 1, 2], 3))
    assert result.summary == {"risk": True, "priority": False}


def test_score_case_has_no_kappa_with_fewer_than_two_items_both_rated():
    result = score_case(
        learner_items={"H1": "Y", "H2": "O", "H3": "N"},
        reference_items={"H1": "Y", "H2": "P", "H3": "O"},
        learner_summary={"risk": "low"},
        reference_summary={"risk": "low"},
        scale=NPY,
    )
    assert result.kappa is None


def test_score_case_rejects_a_missing_summary_judgement():
    with pytest.raises(ValueError, match="no learner summary judgement for: risk"):
        score_case(
            learner_items={"H1": "Y"},
            reference_items={"H1": "Y"},
            learner_summary={"priority": "urgent"},
            reference_summary={"priority": "urgent", "risk": "high"},
            scale=NPY,
        )


def test_score_case_rejects_a_summary_judgement_the_reference_lacks():
    with pytest.raises(ValueError, match="not in the reference"):
        score_case(
            learner_items={"H1": "Y"},
            reference_items={"H1": "Y"},
            learner_summary={"risk": "high", "mood": "ok"},
            reference_summary={"risk": "high"},
            scale=NPY,
        )


ratings_scale = st.builds(
    lambda n, omit: Scale(levels=tuple(f"L{i}" for i in range(n)), omit="O" if omit else None),
    st.integers(2, 5),
    st.booleans(),
)


@st.composite
def cases(draw):
    scale = draw(ratings_scale)
    codes = [*scale.levels, *([scale.omit] if scale.omit else [])]
    n_items = draw(st.integers(1, 12))
    reference = {f"H{i}": draw(st.sampled_from(codes)) for i in range(n_items)}
    learner = {item: draw(st.sampled_from(codes)) for item in reference}
    summary = {"risk": draw(st.sampled_from(["low", "moderate", "high"]))}
    learner_summary = {"risk": draw(st.sampled_from(["low", "moderate", "high"]))}
    return score_case(
        learner_items=learner,
        reference_items=reference,
        learner_summary=learner_summary,
        reference_summary=summary,
        scale=scale,
    )


@given(cases())
def test_case_rates_are_proportions_and_within_one_dominates_exact(result):
    assert 0.0 <= result.exact_rate <= result.within_one_rate <= 1.0
    assert all(item.within_one for item in result.items if item.exact)
    assert result.kappa is None or -1.0 <= result.kappa <= 1.0


# --- score_exercise ----------------------------------------------------------------------


def case_result(*, exact, within_one, kappa=None, risk=True):
    return CaseResult(
        items=(), exact_rate=exact, within_one_rate=within_one, kappa=kappa, summary={"risk": risk}
    )


def test_score_exercise_passes_with_defaults_on_good_agreement():
    result = score_exercise(
        cases=[
            case_result(exact=0.6, within_one=0.9, kappa=0.7, risk=True),
            case_result(exact=0.5, within_one=0.7, kappa=None, risk=False),
        ],
        criteria=PassCriteria(),
    )
    assert result.passed
    assert result.reasons == ()
    assert result.mean_within_one == pytest.approx(0.8)  # exactly on the bar passes
    assert result.mean_exact == pytest.approx(0.55)
    assert result.mean_kappa == pytest.approx(0.7)  # the case without kappa is left out
    assert result.summary_matches == 1


def test_score_exercise_explains_every_failed_criterion():
    result = score_exercise(
        cases=[
            case_result(exact=0.5, within_one=0.72, kappa=0.5, risk=True),
            case_result(exact=0.3, within_one=0.72, kappa=0.3, risk=False),
            case_result(exact=0.4, within_one=0.72, kappa=0.4, risk=False),
        ],
        criteria=PassCriteria(min_exact=0.5, min_kappa=0.6, summary_min_cases=2),
    )
    assert not result.passed
    assert result.reasons == (
        "within-one agreement 72% is below 80%",
        "exact agreement 40% is below 50%",
        "mean kappa 0.40 is below 0.6",
        "risk judgement matched on 1 of 3 cases; 2 needed",
    )


def test_score_exercise_never_reports_a_rounded_rate_equal_to_the_bar():
    result = score_exercise(cases=[case_result(exact=1, within_one=0.796)], criteria=PassCriteria())
    assert result.reasons == ("within-one agreement 79.6% is below 80%",)


def test_score_exercise_fails_a_kappa_criterion_it_cannot_compute():
    result = score_exercise(
        cases=[case_result(exact=1, within_one=1, kappa=None)],
        criteria=PassCriteria(min_kappa=0.4),
    )
    assert not result.passed
    assert result.reasons[0].startswith("kappa could not be computed")


def test_score_exercise_without_required_summary_counts_cases_with_all_judgements_matched():
    result = score_exercise(
        cases=[case_result(exact=1, within_one=1, risk=False)],
        criteria=PassCriteria(summary_required=None),
    )
    assert result.passed
    assert result.summary_matches == 0


def test_score_exercise_rejects_no_cases_and_a_required_judgement_cases_lack():
    with pytest.raises(ValueError, match="at least one case"):
        score_exercise(cases=[], criteria=PassCriteria())
    with pytest.raises(ValueError, match="no 'priority' summary judgement"):
        score_exercise(
            cases=[case_result(exact=1, within_one=1)],
            criteria=PassCriteria(summary_required="priority"),
        )


@pytest.mark.parametrize(
    "kwargs",
    [{"min_within_one": 1.5}, {"min_exact": -0.1}, {"min_kappa": 2}, {"summary_min_cases": -1}],
)
def test_pass_criteria_reject_impossible_thresholds(kwargs):
    with pytest.raises(ValueError):
        PassCriteria(**kwargs)


optional_rate = st.none() | st.floats(0, 1)
criteria_strategy = st.builds(
    PassCriteria,
    min_within_one=st.floats(0, 1),
    min_exact=optional_rate,
    min_kappa=st.none() | st.floats(-1, 1),
    summary_required=st.sampled_from(["risk", None]),
    summary_min_cases=st.integers(0, 4),
)


@given(st.lists(cases(), min_size=1, max_size=5), criteria_strategy)
def test_score_exercise_passes_exactly_when_every_criterion_holds(case_results, criteria):
    result = score_exercise(cases=case_results, criteria=criteria)

    def meets(value, bar):
        return value >= bar - TOLERANCE

    holds = [
        meets(result.mean_within_one, criteria.min_within_one),
        criteria.min_exact is None or meets(result.mean_exact, criteria.min_exact),
        criteria.min_kappa is None
        or (result.mean_kappa is not None and meets(result.mean_kappa, criteria.min_kappa)),
        criteria.summary_required is None or result.summary_matches >= criteria.summary_min_cases,
    ]
    assert result.passed == all(holds)
    assert result.passed == (result.reasons == ())
    assert len(result.reasons) == holds.count(False)
    assert 0.0 <= result.mean_exact <= result.mean_within_one <= 1.0
    assert math.isfinite(result.mean_within_one)
