"""Build question banks and assessments for tests."""

from __future__ import annotations

from wagtail.models import Locale

from assessments.models import Assessment, Option, Question, QuestionBank


def _locale() -> Locale:
    """The default locale (recreated after a transactional test's flush removed it)."""
    from django.conf import settings

    return Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]


def bank(name: str = "Basics") -> QuestionBank:
    return QuestionBank.objects.create(name=name, locale=_locale())


def question(
    bank: QuestionBank,
    key: str,
    qtype: str = "single",
    module: str = "pv",
    options=(("a", True), ("b", False), ("c", False)),
) -> Question:
    q = Question(
        bank=bank,
        key=key,
        type=qtype,
        prompt=f"Prompt {key}?",
        explanation=f"Because {key}.",
        module_tag=module,
        locale=_locale(),
    )
    q.options = [
        Option(
            key=k,
            text=f"{key} option {k}",
            is_correct=c,
            feedback=f"Feedback {key}{k}",
            sort_order=i,
        )
        for i, (k, c) in enumerate(options)
    ]
    q.save()
    return q


def exam(bank: QuestionBank, **rules) -> Assessment:
    defaults = {
        "key": "exam",
        "title": "Exam",
        "kind": "exam",
        "pass_mark": 80,
        "question_count": 0,
        "locale": _locale(),
    }
    a = Assessment.objects.create(**{**defaults, **rules})
    a.banks.add(bank)
    return a


def ids(item, keys) -> list[str]:
    """The opaque ids ``item`` shows for these option keys (what a browser would send)."""
    own = item.key_to_id()
    return [own[k] for k in keys]


def correct_answers(attempt) -> dict[int, list[str]]:
    """position → opaque option ids of the correct answer (knowing the key, as a test may)."""
    answers = {}
    for item in attempt.items.select_related("question"):
        options = list(item.question.options.all())
        if item.question.type == "ordering":
            answers[item.position] = ids(item, [o.key for o in options])
        else:
            answers[item.position] = ids(item, [o.key for o in options if o.is_correct])
    return answers


def wrong_answers(attempt) -> dict[int, list[str]]:
    answers = {}
    for item in attempt.items.select_related("question"):
        wrong = [o.key for o in item.question.options.all() if not o.is_correct]
        answers[item.position] = ids(item, wrong[:1])
    return answers
