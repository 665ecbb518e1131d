"""Scoring of answers: pure functions from a question's key and a response to a result."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from assessments.models import QuestionType

SINGLE_ANSWER_TYPES = {QuestionType.SINGLE, QuestionType.TRUE_FALSE}


def response_problem(qtype: str, option_keys: Sequence[str], response: Sequence[str]) -> str:
    """Why ``response`` is not a well-formed answer to a question with these options ("" if
    it is). Empty responses are well-formed (an unanswered question)."""
    if not isinstance(response, list | tuple) or not all(isinstance(k, str) for k in response):
        return "an answer must be a list of option keys"
    unknown = set(response) - set(option_keys)
    if unknown:
        return f"unknown options: {', '.join(sorted(unknown))}"
    if len(set(response)) != len(response):
        return "an option is given twice"
    if qtype in SINGLE_ANSWER_TYPES and len(response) > 1:
        return "only one option may be chosen"
    if qtype == QuestionType.ORDERING and response and len(response) != len(option_keys):
        return "an ordering must place every option"
    return ""


def is_correct(qtype: str, correct_keys: Sequence[str], response: Sequence[str]) -> bool:
    """Whether ``response`` answers the question. ``correct_keys`` are the correct options;
    for an ordering question, every option in the correct order. All or nothing."""
    if qtype == QuestionType.ORDERING:
        return list(response) == list(correct_keys)
    if qtype == QuestionType.MULTIPLE:
        return set(response) == set(correct_keys) and bool(response)
    return len(response) == 1 and response[0] in set(correct_keys)


def percent(correct: int, total: int) -> Decimal:
    """``correct`` of ``total`` as a percentage with two decimals (0 for no questions)."""
    if total <= 0:
        return Decimal("0.00")
    return (Decimal(100) * correct / total).quantize(Decimal("0.01"), ROUND_HALF_UP)
