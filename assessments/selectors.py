"""Reads about assessments and attempts, for the views and for other apps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation
from wagtail.models import Locale

from assessments.models import Assessment, Attempt, Question
from learning.models import Person


@dataclass(frozen=True)
class AssessmentResult:
    """Whether a person passed an assessment: the best non-voided submitted attempt."""

    passed: bool
    score: Decimal
    submitted_at: datetime
    attempt_number: int
    attempt_id: int


def assessment_source(assessment: Assessment) -> Assessment:
    """The default-language row of an assessment: the one attempts refer to."""
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None or assessment.locale_id == locale.pk:
        return assessment
    return assessment.get_translation_or_none(locale) or assessment


def question_pool(*, assessment: Assessment) -> QuerySet[Question]:
    """The questions an attempt may draw from: the fixed list when there is one, else the
    default-language questions of the assessment's banks, filtered by module tag."""
    fixed = [item.question_id for item in assessment.fixed_questions.all()]
    questions = Question.objects.prefetch_related("options")
    if fixed:
        by_id = questions.in_bulk(fixed)
        return [by_id[pk] for pk in fixed if pk in by_id]
    questions = questions.filter(bank__in=assessment.banks.all(), locale=assessment.locale)
    tags = [t.strip() for t in assessment.module_tag.split(",") if t.strip()]
    if tags:
        questions = questions.filter(module_tag__in=tags)
    return questions.order_by("pk")


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
        assessment=assessment_source(assessment),
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
    return Attempt.objects.filter(person=person, assessment=assessment_source(assessment)).order_by(
        "-number"
    )


def _active_locale() -> Locale | None:
    return Locale.objects.filter(language_code=translation.get_language()).first()


def localized(obj, locale: Locale | None = None):
    """``obj`` (a translatable snippet) in ``locale`` (default: the active language) when
    translated, else as is. Pass ``locale`` when localizing many objects."""
    locale = locale or _active_locale()
    if locale is None or obj.locale_id == locale.pk:
        return obj
    return obj.get_translation_or_none(locale) or obj


def _attempt_items(attempt: Attempt):
    return attempt.items.select_related("question", "question__scenario").prefetch_related(
        "question__options"
    )


def _shown(item, locale: Locale | None) -> tuple[dict, Question]:
    """One item as the page shows it (no correctness), and its question in the reader's
    language."""
    question = localized(item.question, locale)
    texts = {o.key: o.text for o in question.options.all()}
    scenario = item.question.scenario
    return {
        "position": item.position,
        "key": item.question.key,
        "type": item.question.type,
        "prompt": question.prompt,
        "scenario": localized(scenario, locale) if scenario else None,
        "options": [{"key": key, "text": texts.get(key, key)} for key in item.option_order],
        "response": item.response,
    }, question


def attempt_questions(*, attempt: Attempt) -> list[dict]:
    """What the attempt page shows: each item's question and options in the reader's
    language, in the attempt's order, with the saved answer. No correctness information:
    the dicts carry position, key, type, prompt, scenario, options (key, text), response."""
    locale = _active_locale()
    return [_shown(item, locale)[0] for item in _attempt_items(attempt)]


def attempt_review(*, attempt: Attempt) -> list[dict]:
    """After submission: each question with the learner's answer, whether it was right, the
    correct options, the feedback for what they chose, and the explanation.

    Which options are correct comes from the default-language question, the one scoring
    used; only the texts come from the reader's language."""
    locale = _active_locale()
    review = []
    for item in _attempt_items(attempt):
        shown, question = _shown(item, locale)
        texts = {o.key: o for o in question.options.all()}
        source = list(item.question.options.all())
        correct = [o.key for o in source if item.question.type == "ordering" or o.is_correct]
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


def knowledge_check_view(*, assessment: Assessment, person: Person | None) -> dict:
    """What a knowledge check inside a lesson shows: its questions (no answer key) and, once
    the person has answered, their latest result with feedback."""
    source = assessment_source(assessment)
    questions = []
    for question in question_pool(assessment=source):
        shown = localized(question)
        texts = {o.key: o.text for o in shown.options.all()}
        keys = [o.key for o in question.options.all()]
        if question.type == "ordering":
            keys = keys[1:] + keys[:1]  # never in the correct order
        questions.append(
            {
                "key": question.key,
                "type": question.type,
                "prompt": shown.prompt,
                "scenario": localized(question.scenario) if question.scenario else None,
                "options": [{"key": k, "text": texts.get(k, k)} for k in keys],
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
        "assessment": localized(source),
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


def assessment_status_get(*, person: Person, assessment: Assessment, now: datetime):
    """The person's status at ``assessment`` (any language row): started, passed, attempts
    left (voided attempts do not count) and the end of a running cool-down."""
    source = assessment_source(assessment)
    done = Attempt.objects.filter(person=person, assessment=source).exclude(
        status=Attempt.Status.VOIDED
    )
    used = done.count()
    next_allowed = attempt_next_allowed_at(person=person, assessment=source)
    return AssessmentStatus(
        started=used > 0,
        passed=done.filter(passed=True).exists(),
        attempts_left=max(0, source.max_attempts - used) if source.max_attempts else None,
        next_allowed_at=next_allowed if next_allowed and next_allowed > now else None,
    )
