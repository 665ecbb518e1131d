"""Item statistics for question editors: worked examples and properties.

No database: ``assessments.analysis.statistics`` is pure.
"""

import math
import statistics

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from assessments.analysis.statistics import (
    FLAG_LOW_DISCRIMINATION,
    FLAG_NEGATIVE_DISCRIMINATION,
    FLAG_UNCHOSEN_DISTRACTOR,
    FLAG_VERY_EASY,
    FLAG_VERY_HARD,
    CalibrationItemStats,
    calibration_item_stats,
    difficulty,
    discrimination_index,
    option_distribution,
    option_distribution_multi,
    point_biserial,
    question_stats,
)
from assessments.calibration.scoring import Scale

NPY = Scale(levels=("N", "P", "Y"))
T, F = True, False

# --- difficulty ----------------------------------------------------------------------------


def test_difficulty_is_the_proportion_correct():
    assert difficulty([T, T, F, T]) == 0.75
    assert difficulty([]) is None


@given(st.lists(st.booleans()))
def test_difficulty_is_a_proportion(correct):
    p = difficulty(correct)
    assert p is None if not correct else 0.0 <= p <= 1.0


# --- point_biserial ------------------------------------------------------------------------


def test_point_biserial_correlates_the_item_with_the_rest_of_the_test():
    # item x = 1 1 0 0 1 (mean 0.6), totals 5 4 2 3 4, rest = total - x = 4 3 2 3 3 (mean 3)
    # sum dx*dy = 0.4*1 + 0.4*0 + (-0.6)(-1) + (-0.6)*0 + 0.4*0 = 1.0
    # sum dx^2 = 3*0.16 + 2*0.36 = 1.2        sum dy^2 = 1 + 0 + 1 + 0 + 0 = 2
    # r = 1.0 / sqrt(1.2 * 2) = 0.6455; the uncorrected item-total r would be 0.8807.
    r = point_biserial([T, T, F, F, T], [5, 4, 2, 3, 4])
    assert r == pytest.approx(1 / math.sqrt(2.4))


@pytest.mark.parametrize(
    ("correct", "totals"),
    [
        ([T, F], [2, 1]),  # fewer than 3 responses
        ([T, T, T], [3, 2, 1]),  # everyone correct: no item variance
        ([T, F, T], [3, 2, 3]),  # rest scores 2 2 2: no rest variance
    ],
)
def test_point_biserial_is_none_when_undefined(correct, totals):
    assert point_biserial(correct, totals) is None


def test_point_biserial_rejects_mismatched_or_non_finite_input():
    with pytest.raises(ValueError, match="3 item scores but 2 totals"):
        point_biserial([T, F, T], [1, 2])
    with pytest.raises(ValueError, match="finite"):
        point_biserial([T, F, T], [1, math.nan, 2])


responses = st.lists(
    st.tuples(st.booleans(), st.floats(-50, 50, allow_nan=False)), min_size=0, max_size=40
)


@given(responses)
def test_point_biserial_is_a_correlation_or_none(pairs):
    correct, totals = [c for c, _ in pairs], [t for _, t in pairs]
    r = point_biserial(correct, totals)
    assert r is None or -1.0 <= r <= 1.0


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 30)), min_size=3, max_size=40))
def test_point_biserial_matches_pearson_on_item_and_rest_scores(pairs):
    scores = [1.0 if c else 0.0 for c, _ in pairs]
    rest = [t - s for (_, t), s in zip(pairs, scores, strict=True)]
    assume(len(set(scores)) > 1 and len(set(rest)) > 1)
    r = point_biserial([c for c, _ in pairs], [t for _, t in pairs])
    assert r == pytest.approx(statistics.correlation(scores, rest), abs=1e-9)


# --- discrimination_index ------------------------------------------------------------------


def test_discrimination_index_compares_top_and_bottom_27_percent():
    # n = 10 -> groups of round(2.7) = 3. By total: bottom 1,2,3 -> F F T (1/3);
    # top 8,9,10 -> T T T (1). D = 1 - 1/3.
    totals = list(range(1, 11))
    correct = [F, F, T, F, T, T, F, T, T, T]
    assert discrimination_index(correct, totals) == pytest.approx(2 / 3)


def test_discrimination_index_shares_boundary_ties_whatever_the_input_order():
    # n = 6 -> groups of round(1.62) = 2. Bottom: total 1 (F) plus one of the two tied at 2
    # (T and F, so half a correct answer): 0.5 / 2 = 0.25. Top: 7 (F), 6 (T) -> 0.5.
    totals = [1, 2, 2, 5, 6, 7]
    assert discrimination_index([F, T, F, T, T, F], totals) == pytest.approx(0.25)
    assert discrimination_index([F, F, T, T, T, F], totals) == pytest.approx(0.25)


def test_discrimination_index_needs_four_responses_and_a_sane_fraction():
    assert discrimination_index([T, F, T], [3, 1, 2]) is None
    with pytest.raises(ValueError, match="fraction"):
        discrimination_index([T, F, T, F], [4, 3, 2, 1], fraction=0.6)


@given(responses, st.floats(0.01, 0.5), st.randoms(use_true_random=False))
def test_discrimination_index_is_bounded_and_order_free(pairs, fraction, rnd):
    correct, totals = [c for c, _ in pairs], [t for _, t in pairs]
    d = discrimination_index(correct, totals, fraction)
    assert (d is None) == (len(pairs) < 4)
    if d is not None:
        assert -1.0 <= d <= 1.0
        rnd.shuffle(pairs)
        shuffled = discrimination_index([c for c, _ in pairs], [t for _, t in pairs], fraction)
        assert shuffled == pytest.approx(d, abs=1e-12)


# --- option distributions ------------------------------------------------------------------


def test_option_distribution_in_option_order_with_zero_for_unchosen():
    result = option_distribution(["B", "A", "B", "B"], ["A", "B", "C"])
    assert list(result.items()) == [("A", 0.25), ("B", 0.75), ("C", 0.0)]
    assert option_distribution([], ["A", "B"]) == {"A": 0.0, "B": 0.0}


def test_option_distribution_rejects_unknown_choices_and_duplicate_options():
    with pytest.raises(ValueError, match="not offered: Z"):
        option_distribution(["A", "Z"], ["A", "B"])
    with pytest.raises(ValueError, match="unique"):
        option_distribution(["A"], ["A", "A"])


def test_option_distribution_multi_counts_responses_including_each_option():
    chosen = [frozenset("AB"), frozenset("A"), frozenset(), frozenset("AC")]
    assert option_distribution_multi(chosen, ["A", "B", "C", "D"]) == {
        "A": 0.75,
        "B": 0.25,
        "C": 0.25,
        "D": 0.0,
    }


@given(st.lists(st.sampled_from("ABCD"), min_size=1))
def test_single_choice_shares_sum_to_one(chosen):
    assert math.fsum(option_distribution(chosen, "ABCD").values()) == pytest.approx(1.0)


# --- calibration_item_stats ----------------------------------------------------------------


def test_calibration_item_stats_worked_example():
    # Panel says Y. Exact: Y, Y (2 of 7). Not within one step: N (two steps), O (omission
    # against a rating) -> 2 of 7. Most common learner rating: P (3 times).
    stats = calibration_item_stats(
        item="H7", learner_ratings=list("YPNOPYP"), reference="Y", scale=NPY
    )
    assert stats == CalibrationItemStats(
        item="H7",
        n=7,
        disagreement_rate=pytest.approx(5 / 7),
        off_by_more_than_one_rate=pytest.approx(2 / 7),
        most_common_learner_rating="P",
        reference_rating="Y",
    )


def test_calibration_item_stats_ties_go_to_the_scale_order_and_empty_is_none():
    assert (
        calibration_item_stats(
            item="H1", learner_ratings=["Y", "N"], reference="Y", scale=NPY
        ).most_common_learner_rating
        == "N"
    )
    assert (
        calibration_item_stats(
            item="H1", learner_ratings=["O", "Y"], reference="O", scale=NPY
        ).most_common_learner_rating
        == "Y"
    )
    empty = calibration_item_stats(item="H1", learner_ratings=[], reference="Y", scale=NPY)
    assert (empty.n, empty.disagreement_rate, empty.most_common_learner_rating) == (0, None, None)


def test_calibration_item_stats_rejects_codes_off_the_scale():
    with pytest.raises(ValueError, match="unknown rating"):
        calibration_item_stats(item="H1", learner_ratings=["maybe"], reference="Y", scale=NPY)


# --- question_stats ------------------------------------------------------------------------

OPTIONS = ["A", "B", "C", "D"]


def test_question_stats_flags_a_probably_miskeyed_question():
    # The three strongest learners all chose B and were marked wrong; nobody chose D.
    stats = question_stats(
        correct=[F, F, F, T, T, T],
        totals=[9, 8, 7, 3, 2, 1],
        chosen=["B", "B", "C", "A", "A", "A"],
        options=OPTIONS,
        key={"A"},
    )
    assert stats.n == 6
    assert stats.difficulty == 0.5
    assert stats.point_biserial < 0
    assert stats.discrimination_index == -1.0
    assert stats.unchosen_distractors == ("D",)
    assert stats.flags == (FLAG_NEGATIVE_DISCRIMINATION, FLAG_UNCHOSEN_DISTRACTOR)


def test_question_stats_flags_very_easy_and_very_hard_questions():
    easy = question_stats(
        correct=[T] * 10, totals=range(10), chosen=["A"] * 10, options=["A", "B"], key={"A"}
    )
    assert easy.flags == (FLAG_VERY_EASY, FLAG_UNCHOSEN_DISTRACTOR)
    assert easy.point_biserial is None  # no variance: no discrimination flag either

    hard = question_stats(
        correct=[T] + [F] * 9,
        totals=[9, 1, 2, 3, 4, 5, 6, 7, 8, 0],
        chosen=["A"] + ["B"] * 9,
        options=["A", "B"],
        key={"A"},
    )
    assert hard.difficulty == pytest.approx(0.1)
    assert hard.flags == (FLAG_VERY_HARD,)


def test_question_stats_flags_low_discrimination():
    # rest scores 5 4 3 2 1 0; correct only at 5 and 0 -> r = 0 exactly.
    stats = question_stats(
        correct=[T, F, F, F, F, T],
        totals=[6, 4, 3, 2, 1, 1],
        chosen=["A", "B", "C", "D", "B", "A"],
        options=OPTIONS,
        key={"A"},
    )
    assert stats.point_biserial == pytest.approx(0.0, abs=1e-12)
    assert stats.flags == (FLAG_LOW_DISCRIMINATION,)


def test_question_stats_for_multiple_choice_with_several_keyed_options():
    stats = question_stats(
        correct=[T, F, T, F],
        totals=[8, 3, 7, 2],
        chosen=[frozenset("AB"), frozenset("A"), frozenset("AB"), frozenset("C")],
        options=OPTIONS,
        key={"A", "B"},
    )
    assert stats.options == {"A": 0.75, "B": 0.5, "C": 0.25, "D": 0.0}
    assert stats.unchosen_distractors == ("D",)
    assert stats.flags == (FLAG_UNCHOSEN_DISTRACTOR,)


def test_question_stats_with_no_responses_has_no_flags():
    stats = question_stats(correct=[], totals=[], chosen=[], options=OPTIONS, key={"A"})
    assert (stats.n, stats.difficulty, stats.point_biserial, stats.flags) == (0, None, None, ())


def test_question_stats_rejects_inconsistent_input():
    with pytest.raises(ValueError, match="choices"):
        question_stats(correct=[T], totals=[1], chosen=[], options=OPTIONS, key={"A"})
    with pytest.raises(ValueError, match="key"):
        question_stats(correct=[T], totals=[1], chosen=["A"], options=OPTIONS, key={"E"})
    with pytest.raises(ValueError, match="all option codes or all sets"):
        question_stats(
            correct=[T, F], totals=[1, 0], chosen=["A", frozenset("B")], options=OPTIONS, key="A"
        )
