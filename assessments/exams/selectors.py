"""Reads about assessments and attempts, for the views and for other apps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import connection
from django.db.models import Q, QuerySet
from wagtail.models import Locale

from assessments.models import (
    Assessment,
    AssessmentKind,
    AssessmentQuestion,
    Attempt,
    Question,
    QuestionPurpose,
    QuestionType,
    ReviewPolicy,
)
from learning.locales import (
    in_default_language,
    in_default_language_many,
    localized,
    localized_many,
    reader_locale,
)
from learning.models import Person

# A question's translation is shown with its options' texts: read them with it.
OPTIONS = ("options",)


@dataclass(frozen=True)
class AssessmentResult:
    """Whether a person passed an assessment: the best non-voided submitted attempt."""

    passed: bool
    score: Decimal
    submitted_at: datetime
    attempt_number: int
    attempt_id: int


def question_pool(*, assessment: Assessment, person: Person | None = None) -> QuerySet[Question]:
    """The questions an attempt may draw from: the fixed list when there is one, else the
    default-language questions of the assessment's banks, filtered by module tag.

    An exam certifies, so it never draws a formative question nor one that a knowledge
    check shows (with its answer) in a lesson. With ``person``, questions tagged only for
    other sectors than theirs are left out (no sectors: for everyone)."""
    fixed = [item.question_id for item in assessment.fixed_questions.all()]
    questions = Question.objects.select_related("scenario").prefetch_related("options")
    if assessment.kind == AssessmentKind.EXAM:
        revealed = AssessmentQuestion.objects.filter(
            assessment__kind=AssessmentKind.KNOWLEDGE_CHECK
        ).values("question__translation_key")
        questions = questions.exclude(purpose=QuestionPurpose.FORMATIVE).exclude(
            translation_key__in=revealed
        )
    if person is not None and person.sector:
        questions = questions.filter(Q(sectors=[]) | _lists_sector(person.sector))
    if fixed:
        by_id = questions.in_bulk(fixed)
        return [by_id[pk] for pk in fixed if pk in by_id]
    questions = questions.filter(bank__in=assessment.banks.all(), locale=assessment.locale)
    tags = [t.strip() for t in assessment.module_tag.split(",") if t.strip()]
    if tags:
        questions = questions.filter(module_tag__in=tags)
    return questions.order_by("pk")


def _lists_sector(sector: str) -> Q:
    """Questions whose ``sectors`` list holds ``sector``. JSON containment where the database
    has it (PostgreSQL); on SQLite, the embedded default, the quoted value in the JSON text
    (sector values are slugs, so a quoted match is exact)."""
    if connection.features.supports_json_field_contains:
        return Q(sectors__contains=[sector])
    return Q(sectors__icontains=f'"{sector}"')


def attempt_next_allowed_at(*, person: Person, assessment: Assessment) -> datetime | None:
    """When the cool-down after the person's last failed attempt ends (None: no wait)."""
    if not assessment.cooldown_minutes:
        return None
    last = (
        Attempt.objects.filter(
            person=person, assessment=assessment, status=Attempt.Status.SUBMITTED, passed=False
        )
        .order_by("-submitted_at")
        .first()
    )
    if last is None:
        return None
    return last.submitted_at + timedelta(minutes=assessment.cooldown_minutes)


def assessment_result_get(*, person: Person, assessment: Assessment) -> AssessmentResult | None:
    """Has the person passed the assessment, with what score, when, in which attempt?

    The first passing attempt if there is one, else the best-scoring one; voided attempts
    never count. None when the person has submitted no attempt.
    """
    attempts = Attempt.objects.filter(
        person=person,
        assessment=in_default_language(assessment),
        status=Attempt.Status.SUBMITTED,
    )
    best = (
        attempts.filter(passed=True).order_by("submitted_at").first()
        or attempts.order_by("-score", "submitted_at").first()
    )
    if best is None:
        return None
    return AssessmentResult(
        passed=bool(best.passed),
        score=best.score,
        submitted_at=best.submitted_at,
        attempt_number=best.number,
        attempt_id=best.pk,
    )


def attempts_for(*, person: Person, assessment: Assessment) -> QuerySet[Attempt]:
    """The person's attempts at the assessment, newest first (history is never deleted)."""
    return Attempt.objects.filter(
        person=person, assessment=in_default_language(assessment)
    ).order_by("-number")


def _attempt_items(attempt: Attempt):
    return attempt.items.select_related("question", "question__scenario").prefetch_related(
        "question__options"
    )


def _shown_many(items, locale: Locale | None) -> list[tuple[dict, Question]]:
    """``_shown`` of each item, the translations of questions and scenarios read in one
    query each."""
    items = list(items)
    questions = localized_many([item.question for item in items], locale, prefetch=OPTIONS)
    scenarios = [item.question.scenario for item in items]
    present = localized_many([s for s in scenarios if s is not None], locale)
    shown_scenarios = iter(present)
    return [
        _shown(item, question, next(shown_scenarios) if scenario is not None else None)
        for item, question, scenario in zip(items, questions, scenarios, strict=True)
    ]


def _shown(item, question: Question, scenario) -> tuple[dict, Question]:
    """One item as the page shows it (no correctness), with its question and scenario in
    the reader's language. Options and the saved response carry the item's opaque ids as
    ``key``, never the stable option keys."""
    texts = {o.key: o.text for o in question.options.all()}
    ids = item.key_to_id()
    return {
        "position": item.position,
        "key": item.question.key,
        "type": item.question.type,
        "prompt": question.prompt,
        "scenario": scenario,
        "options": [{"key": ids[key], "text": texts.get(key, key)} for key in item.option_order],
        "response": [ids[key] for key in item.response if key in ids],
    }, question


def attempt_questions(*, attempt: Attempt) -> list[dict]:
    """What the attempt page shows: each item's question and options in the reader's
    language, in the attempt's order, with the saved answer. No correctness information:
    the dicts carry position, key, type, prompt, scenario, options (key, text), response."""
    return [shown for shown, _q in _shown_many(_attempt_items(attempt), reader_locale())]


def attempt_review_mode(*, attempt: Attempt) -> str:
    """What the result page of a submitted attempt may show: "full" (answers, feedback,
    explanations), "wrong_only" (which questions were wrong and their topics, no answers)
    or "" (score only). Voided and open attempts show nothing."""
    if attempt.status != Attempt.Status.SUBMITTED:
        return ""
    assessment = attempt.assessment
    policy = assessment.review_policy
    if policy == ReviewPolicy.AFTER_SUBMIT:
        return "full"
    if policy == ReviewPolicy.AFTER_PASS:
        return "full" if attempt.passed else ""
    if policy == ReviewPolicy.WRONG_THEN_FULL:
        if attempt.passed:
            return "full"
        used = (
            Attempt.objects.filter(person_id=attempt.person_id, assessment=assessment)
            .exclude(status=Attempt.Status.VOIDED)
            .count()
        )
        if assessment.max_attempts and used >= assessment.max_attempts:
            return "full"
        return "wrong_only"
    return ""


def attempt_review_wrong(*, attempt: Attempt) -> list[dict]:
    """After a failed attempt while attempts remain: each question's prompt, whether it was
    right and the topic to revisit. Nothing about which options are correct (not even the
    learner's own choice marked right or wrong), so a later attempt cannot copy it."""
    items = list(_attempt_items(attempt))
    questions = localized_many([item.question for item in items], reader_locale(), prefetch=OPTIONS)
    review = []
    for item, question in zip(items, questions, strict=True):
        review.append(
            {
                "position": item.position,
                "prompt": question.prompt,
                "topic": item.question.topic,
                "correct": bool(item.correct),
            }
        )
    return review


def attempt_review(*, attempt: Attempt) -> list[dict]:
    """After submission: each question with the learner's answer, whether it was right, the
    correct options, the feedback for what they chose, and the explanation.

    Which options are correct comes from the default-language question, the one scoring
    used; only the texts come from the reader's language."""
    items = list(_attempt_items(attempt))
    review = []
    for item, (shown, question) in zip(items, _shown_many(items, reader_locale()), strict=True):
        texts = {o.key: o for o in question.options.all()}
        source = list(item.question.options.all())
        correct = [
            o.key for o in source if item.question.type == QuestionType.ORDERING or o.is_correct
        ]
        review.append(
            {
                **shown,
                "correct": item.correct,
                "correct_options": [texts[k].text for k in correct if k in texts],
                "feedback": [
                    texts[k].feedback for k in item.response if k in texts and texts[k].feedback
                ],
                "explanation": question.explanation,
            }
        )
    return review


def assessment_start_blocker(*, person: Person, assessment: Assessment, now: datetime) -> str:
    """Why the person may not start a new attempt now ("" when they may): an exam already
    passed, no attempts left, or the cool-down after a failed attempt."""
    from django.utils import timezone
    from django.utils.formats import date_format
    from django.utils.translation import gettext as _

    from assessments.models import AssessmentKind

    done = Attempt.objects.filter(person=person, assessment=assessment).exclude(
        status=Attempt.Status.VOIDED
    )
    if assessment.kind == AssessmentKind.EXAM and done.filter(passed=True).exists():
        return _("You have passed this exam already.")
    if assessment.max_attempts and done.count() >= assessment.max_attempts:
        return _("You have used all %d attempts.") % assessment.max_attempts
    next_allowed = attempt_next_allowed_at(person=person, assessment=assessment)
    if next_allowed is not None and next_allowed > now:
        when = date_format(timezone.localtime(next_allowed), "DATETIME_FORMAT")
        return _("You can try again from %s.") % when
    return ""


def check_option_id(*, person: Person | None, question: Question, option_key: str) -> str:
    """The opaque id a knowledge check's form shows for an option: a keyed hash of the
    person, question and option, so the form never carries the stable option key and the
    server can map it back without storing anything before the check is submitted."""
    return _check_option_id(person, question.translation_key, option_key)


def _check_option_id(person: Person | None, translation_key, option_key: str) -> str:
    import hashlib
    import hmac

    message = f"{person.pk if person else 0}:{translation_key}:{option_key}"
    digest = hmac.new(settings.SECRET_KEY.encode(), message.encode(), hashlib.sha256)
    return "k" + digest.hexdigest()[:12]


def check_option_keys(*, person: Person | None, question: Question) -> dict[str, str]:
    """Opaque id → option key for a knowledge-check question, for reading its form."""
    return {
        check_option_id(person=person, question=question, option_key=o.key): o.key
        for o in question.options.all()
    }


CONTENT_GENERATION = "assessment-content"
CONTENT_SECONDS = 300


def content_changed(**kwargs) -> None:
    """Receiver: a question, option, scenario, bank or assessment was saved or deleted, so
    the cached knowledge-check content (``knowledge_check_content``) starts anew."""
    from learning.cache import generation_bump

    generation_bump(CONTENT_GENERATION)


def knowledge_check_content(*, assessment: Assessment) -> dict:
    """What every reader of a knowledge check sees alike, in the active language, from the
    cache: the default-language assessment (``source``), the one shown (``assessment``),
    and per question its key, translation key, type, prompt, scenario, option keys in their
    stored order and option texts. Never sent to a browser as is: ``knowledge_check_view``
    shuffles the options and replaces their keys for each reader."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from learning.cache import generation

    language = get_language()
    key = f"check:{generation(CONTENT_GENERATION)}:{assessment.pk}:{language}"
    found = cache.get(key)
    if found is None:
        source = in_default_language(assessment)
        pool = list(question_pool(assessment=source))
        locale = reader_locale()
        scenarios = dict(
            zip(
                [q.pk for q in pool if q.scenario_id],
                localized_many([q.scenario for q in pool if q.scenario_id], locale),
                strict=True,
            )
        )
        found = {
            "source": source,
            "assessment": localized(source, locale),
            "questions": [
                {
                    "key": question.key,
                    "translation_key": question.translation_key,
                    "type": question.type,
                    "prompt": shown.prompt,
                    "scenario": scenarios.get(question.pk),
                    "order": [o.key for o in question.options.all()],
                    "texts": {o.key: o.text for o in shown.options.all()},
                }
                for question, shown in zip(
                    pool, localized_many(pool, locale, prefetch=OPTIONS), strict=True
                )
            ],
        }
        cache.set(key, found, timeout=CONTENT_SECONDS)
    return found


def knowledge_check_view(*, assessment: Assessment, person: Person | None) -> dict:
    """What a knowledge check inside a lesson shows: its questions (no answer key, options
    under opaque ids, in a random order) and, once the person has answered, their latest
    result with feedback."""
    import random

    rng = random.SystemRandom()
    content = knowledge_check_content(assessment=assessment)
    source = content["source"]
    questions = []
    for question in content["questions"]:
        correct = question["order"]
        keys = list(correct)
        if question["type"] != QuestionType.TRUE_FALSE:
            while True:
                rng.shuffle(keys)
                if question["type"] != QuestionType.ORDERING or len(keys) < 2 or keys != correct:
                    break
        questions.append(
            {
                "key": question["key"],
                "type": question["type"],
                "prompt": question["prompt"],
                "scenario": question["scenario"],
                "options": [
                    {
                        "key": _check_option_id(person, question["translation_key"], k),
                        "text": question["texts"].get(k, k),
                    }
                    for k in keys
                ],
                "response": [],
            }
        )
    last = None
    if person is not None:
        last = (
            attempts_for(person=person, assessment=source)
            .filter(status=Attempt.Status.SUBMITTED)
            .first()
        )
    return {
        "assessment": content["assessment"],
        "source": source,
        "questions": questions,
        "last": last,
        "review": attempt_review(attempt=last) if last else None,
    }


@dataclass(frozen=True)
class AssessmentStatus:
    """Where a person stands with an exam, for the module page and "My learning"."""

    started: bool
    passed: bool
    attempts_left: int | None  # None: no limit
    next_allowed_at: datetime | None  # a cool-down still running


def assessment_statuses_get(*, person: Person, assessments, now: datetime) -> dict:
    """The person's status at each assessment (any language row), by the given row's pk:
    started, passed, attempts left (voided attempts do not count) and the end of a running
    cool-down. Two queries whatever their number (default-language rows, the person's
    attempts)."""
    sources = in_default_language_many(assessments)
    attempts: dict = {}
    rows = (
        Attempt.objects.filter(person=person, assessment__in={s.pk for s in sources.values()})
        .exclude(status=Attempt.Status.VOIDED)
        .values_list("assessment_id", "status", "passed", "submitted_at")
    )
    for assessment_id, *row in rows:
        attempts.setdefault(assessment_id, []).append(row)
    statuses = {}
    for pk, source in sources.items():
        done = attempts.get(source.pk, [])
        used = len(done)
        failed = [
            submitted
            for status, passed, submitted in done
            if status == Attempt.Status.SUBMITTED and passed is False and submitted
        ]
        next_allowed = None
        if source.cooldown_minutes and failed:
            next_allowed = max(failed) + timedelta(minutes=source.cooldown_minutes)
        statuses[pk] = AssessmentStatus(
            started=used > 0,
            passed=any(passed for _status, passed, _submitted in done),
            attempts_left=max(0, source.max_attempts - used) if source.max_attempts else None,
            next_allowed_at=next_allowed if next_allowed and next_allowed > now else None,
        )
    return statuses


@dataclass(frozen=True)
class PersonAssessmentResult:
    """One assessment's outcome for a person, as a manager may see it: the title, pass or
    fail and the score of the counting attempt (``assessment_result_get``'s rule), the
    number of submitted attempts. Never a question or an answer."""

    assessment_id: int
    title: str
    kind: str
    result: AssessmentResult
    attempts: int


def assessment_results_of(*, person: Person) -> list[PersonAssessmentResult]:
    """The person's result at every assessment they submitted an attempt at (voided ones
    never count), by title. One query whatever their number: the same choice as
    ``assessment_result_get`` (the first pass, else the best score), made in Python."""
    attempts = (
        Attempt.objects.filter(person=person, status=Attempt.Status.SUBMITTED)
        .select_related("assessment")
        .order_by("assessment_id", "submitted_at", "pk")
    )
    best: dict[int, Attempt] = {}
    used: dict[int, int] = {}
    for attempt in attempts:
        used[attempt.assessment_id] = used.get(attempt.assessment_id, 0) + 1
        chosen = best.get(attempt.assessment_id)
        if chosen is None or _counts_more(attempt, chosen):
            best[attempt.assessment_id] = attempt
    rows = [
        PersonAssessmentResult(
            assessment_id=a.assessment_id,
            title=a.assessment.title,
            kind=a.assessment.kind,
            result=AssessmentResult(
                passed=bool(a.passed),
                score=a.score,
                submitted_at=a.submitted_at,
                attempt_number=a.number,
                attempt_id=a.pk,
            ),
            attempts=used[a.assessment_id],
        )
        for a in best.values()
    ]
    return sorted(rows, key=lambda r: r.title.lower())


def _counts_more(attempt: Attempt, chosen: Attempt) -> bool:
    """Whether ``attempt`` (submitted later) counts instead of ``chosen``: a pass never
    gives way; else a pass, or a strictly better score, takes over."""
    if chosen.passed:
        return False
    return bool(attempt.passed) or (attempt.score or 0) > (chosen.score or 0)
