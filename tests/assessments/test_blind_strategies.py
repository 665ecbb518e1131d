"""Blind strategies against the real demo exam: a script that never reads a question must
score at chance, and chance must be far below the pass mark.

Each strategy sees only what a browser sees: the displayed order and the opaque option ids.
The chance level is computed exactly from the exam's rules: per drawn item, the probability
that the strategy is right given a uniformly random presentation, then the Poisson-binomial
tail for the pass mark over that attempt's items. Observed item accuracy and pass counts must
lie inside 99.9 % intervals around those figures, and the pass rate below 5 %.

On the old code (stable keys, correct single choice always ``a``, shuffling only when asked,
ordering shown as a fixed rotation) "first" and "alphabetical" passed 80-100 % of attempts.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest

from assessments.demo import assessments_seed
from assessments.exams import services
from tests import factories

ATTEMPTS = 50  # per strategy; six strategies, so 300 attempts in all
STRATEGIES = ("first", "last", "all_but_last", "alphabetical", "reverse", "random")
Z = 3.29  # two-sided 99.9 %


def _choose(item, shown: list[str], strategy: str, rng: random.Random) -> list[str]:
    """The ids a blind ``strategy`` sends for one item, from the displayed ids only."""
    qtype = item.question.type
    if qtype == "ordering":
        return {
            "first": shown,
            "last": shown[::-1],
            "all_but_last": shown,
            "alphabetical": sorted(shown),
            "reverse": sorted(shown, reverse=True),
            "random": rng.sample(shown, len(shown)),
        }[strategy]
    if strategy == "random":
        if qtype == "multiple":
            while True:
                chosen = [oid for oid in shown if rng.random() < 0.5]
                if chosen:
                    return chosen
        return [rng.choice(shown)]
    if strategy == "all_but_last" and qtype == "multiple":
        return shown[:-1]
    return {
        "first": [shown[0]],
        "last": [shown[-1]],
        "all_but_last": [shown[0]],
        "alphabetical": [min(shown)],
        "reverse": [max(shown)],
    }[strategy]


def _chance(item, strategy: str) -> Fraction:
    """P(right) for one item under ``strategy``, from the rules of presentation: choice
    options are a uniform random permutation, ids are random (so their alphabetical order is
    another independent uniform permutation), and an ordering question starts in a uniform
    permutation other than the correct one."""
    options = list(item.question.options.all())
    k = len(options)
    if item.question.type == "ordering":
        perms = math.factorial(k)
        return {
            "first": Fraction(0),  # the start is never correct
            "all_but_last": Fraction(0),
            "last": Fraction(1, perms - 1),  # right iff the start was the exact reverse
            "alphabetical": Fraction(1, perms),
            "reverse": Fraction(1, perms),
            "random": Fraction(1, perms),
        }[strategy]
    c = sum(o.is_correct for o in options)
    if strategy == "random":
        if item.question.type == "multiple":
            return Fraction(1, 2**k - 1)
        return Fraction(1, k)
    m = k - 1 if (strategy == "all_but_last" and item.question.type == "multiple") else 1
    return Fraction(1, math.comb(k, m)) if m == c else Fraction(0)


def _pass_probability(ps: list[Fraction], needed: int) -> Fraction:
    """P(at least ``needed`` of independent events with probabilities ``ps``)."""
    dist = [Fraction(1)]
    for p in ps:
        nxt = [Fraction(0)] * (len(dist) + 1)
        for right, q in enumerate(dist):
            nxt[right] += q * (1 - p)
            nxt[right + 1] += q * p
        dist = nxt
    return sum(dist[needed:], Fraction(0))


@pytest.fixture
def demo_exam(db, tree):
    return assessments_seed().exam


def test_blind_strategies_score_at_chance_on_the_demo_exam(demo_exam, tree):
    admin = factories.UserFactory(is_superuser=True)
    learner = factories.person(units=[tree["daycare"]])
    for strategy in STRATEGIES:
        _play(demo_exam, learner, admin, strategy)


def _play(demo_exam, learner, admin, strategy: str) -> None:
    rng = random.Random(strategy)  # the player's dice, not the exam's
    count = demo_exam.question_count
    needed = math.ceil(demo_exam.pass_mark * count / 100)
    passes = right = items = 0
    expected_passes = var_passes = expected_right = var_right = 0.0
    for _ in range(ATTEMPTS):
        attempt = services.attempt_start(person=learner, assessment=demo_exam)
        drawn = list(attempt.items.select_related("question").prefetch_related("question__options"))
        assert len(drawn) == count
        answers = {i.position: _choose(i, list(i.option_ids), strategy, rng) for i in drawn}
        result = services.attempt_submit(attempt=attempt, responses=answers).attempt
        ps = [_chance(i, strategy) for i in drawn]
        p_pass = float(_pass_probability(ps, needed))
        expected_passes += p_pass
        var_passes += p_pass * (1 - p_pass)
        expected_right += float(sum(ps))
        var_right += float(sum(p * (1 - p) for p in ps))
        passes += bool(result.passed)
        right += result.items.filter(correct=True).count()
        items += len(drawn)
        # Voided, so the same learner may go again at once (and voids do not count).
        services.attempt_void(attempt=attempt, by=admin, reason="blind-strategy test")

    rate, chance = passes / ATTEMPTS, expected_passes / ATTEMPTS
    print(
        f"\n{strategy:>13}: passed {passes}/{ATTEMPTS} = {rate:.2%} (chance {chance:.4%}); "
        f"items right {right}/{items} = {right / items:.1%} "
        f"(chance {expected_right / items:.1%})"
    )
    assert abs(right - expected_right) <= Z * math.sqrt(var_right) + 1, strategy
    assert passes <= expected_passes + Z * math.sqrt(var_passes) + 1, strategy
    assert rate < 0.05, strategy
