"""The demo question banks cannot be answered blind from where the correct options sit.

The exam page shows options in a shuffled order, but a script that always picks one key, one
position or the keys in alphabetical order must not find the answers there. These tests read the
bank data that ``assessments.demo`` loads (option keys and list order become ``Option.key`` and
``Option.sort_order``; for an ordering question the list order is the correct order).
"""

from collections import Counter

import pytest

from assessments.demo_content import load_questions, load_scenarios

ALL = [*load_questions(), *(q for s in load_scenarios() for q in s["questions"])]
LANGUAGES = ("en", "da")
MAX_SHARE = 0.40


def _of_type(qtype: str) -> list[dict]:
    return [q for q in ALL if q["type"] == qtype]


def test_the_bank_has_questions_of_every_type():
    assert {q["type"] for q in ALL} == {"single", "multiple", "true_false", "ordering"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_key_holds_more_than_40_percent_of_single_choice_answers(language):
    singles = _of_type("single")
    keys = Counter(o["key"] for q in singles for o in q[language]["options"] if o["correct"])
    worst, count = keys.most_common(1)[0]
    assert count / len(singles) <= MAX_SHARE, f"key {worst!r} is correct in {count}/{len(singles)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_position_holds_more_than_40_percent_of_single_choice_answers(language):
    singles = _of_type("single")
    positions = Counter(
        i for q in singles for i, o in enumerate(q[language]["options"]) if o["correct"]
    )
    worst, count = positions.most_common(1)[0]
    assert count / len(singles) <= MAX_SHARE, (
        f"position {worst} is correct in {count}/{len(singles)}"
    )


@pytest.mark.parametrize("question", _of_type("multiple"), ids=lambda q: q["key"])
def test_multiple_choice_answers_are_not_the_first_keys(question):
    options = question["en"]["options"]
    correct = [o["key"] for o in options if o["correct"]]
    first = sorted(o["key"] for o in options)[: len(correct)]
    assert sorted(correct) != first
    assert [o["correct"] for o in options[: len(correct)]] != [True] * len(correct)


def test_multiple_choice_answers_are_spread_over_keys():
    multiples = _of_type("multiple")
    keys = Counter(o["key"] for q in multiples for o in q["en"]["options"] if o["correct"])
    # Every key used in the bank is correct somewhere, and none is correct in nearly every question.
    assert max(keys.values()) / len(multiples) < 0.8, keys


@pytest.mark.parametrize("question", _of_type("ordering"), ids=lambda q: q["key"])
def test_an_ordering_answer_is_not_alphabetical_by_key(question):
    for language in LANGUAGES:
        order = [o["key"] for o in question[language]["options"]]
        assert order != sorted(order), f"{question['key']} [{language}]"
        assert order != sorted(order, reverse=True), f"{question['key']} [{language}]"


def test_true_false_answers_are_not_all_one_key():
    answers = Counter(
        o["key"] for q in _of_type("true_false") for o in q["en"]["options"] if o["correct"]
    )
    assert set(answers) == {"true", "false"}
    assert max(answers.values()) / sum(answers.values()) <= 0.7, answers


@pytest.mark.parametrize("question", ALL, ids=lambda q: q["key"])
def test_languages_share_option_keys_and_correct_flags(question):
    en, da = ([(o["key"], o["correct"]) for o in question[lang]["options"]] for lang in LANGUAGES)
    assert en == da
