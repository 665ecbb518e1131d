"""xAPI statements of assessments: an exam or knowledge check attempted, each question
answered, the assessment passed or failed; calibration exercises passed or failed with the
agreement figures; a voided attempt's statements voided.

Activity ids come from ``translation_key`` (assessments, exercises, questions), shared by
every language's row, so an attempt in Danish and one in English are the same activity.
Statements never carry ``correctResponsesPattern``: the bank is reused across attempts and
its key must not leave the platform.

Where an assessment sits in the course (module, lesson, learning paths) is only known from
the pages (``modules``, above this layer), which registers a resolver with
``placement_resolver_register``. Registered in ``AssessmentsConfig.ready``; every statement
is listed with an example in docs/xapi.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from assessments.models import (
    Assessment,
    Attempt,
    AttemptItem,
    CalibrationAttempt,
    CalibrationExercise,
    Question,
    QuestionType,
)
from learning.models import Enrolment, Event
from learning.xapi import vocabulary
from learning.xapi.builders import statement_builder_register
from learning.xapi.parts import (
    activity,
    context,
    duration_between,
    person_actor,
    statement,
    when,
)
from learning.xapi.store import authority, statement_id
from learning.xapi.vocabulary import extension_iri


@dataclass(frozen=True)
class Placement:
    """Where an assessment is placed: its module (key and activity), the lesson, and the
    learning paths the module is in (grouping)."""

    module_key: str
    lesson_key: str
    module: dict
    grouping: tuple[dict, ...] = field(default=())


Resolver = Callable[[str, set], Placement | None]
_RESOLVERS: list[Resolver] = []


def placement_resolver_register(resolver: Resolver) -> None:
    """``resolver(block_type, pks)`` finds where the rows ``pks`` are placed (replaces)."""
    _RESOLVERS[:] = [resolver]


def _placement(block_type: str, pks: set) -> Placement | None:
    for resolver in _RESOLVERS:
        found = resolver(block_type, pks)
        if found is not None:
            return found
    return None


def _texts(model, translation_key, attribute: str) -> tuple[dict, set]:
    """``attribute`` of every language's row of one snippet, and the rows' pks; one query."""
    rows = model.objects.filter(translation_key=translation_key).select_related("locale")
    names = {row.locale.language_code: getattr(row, attribute) for row in rows}
    return names, {row.pk for row in rows}


def _enrolment_in(payload: dict, placement: Placement | None):
    """The id of the person's enrolment in the module the assessment is placed in, or None."""
    if placement is None:
        return None
    return (
        Enrolment.objects.filter(person_id=payload["person"], module__key=placement.module_key)
        .values_list("pk", flat=True)
        .first()
    )


def _course_context(
    payload: dict, placement: Placement | None, enrolment_id, *, parent=(), extensions=None
):
    """The context of an assessment statement: the registration of the person's enrolment
    in the module the assessment is placed in (``enrolment_id``, when they are enrolled),
    that module as the parent (or, under a ``parent`` of the statement's own, the first
    grouping) and the module's learning paths as grouping."""
    parents, grouping = list(parent), []
    if placement is not None:
        grouping = list(placement.grouping)
        if parents:
            grouping.insert(0, placement.module)
        else:
            parents = [placement.module]
    return context(
        enrolment_id=enrolment_id,
        language=payload.get("language", ""),
        parent=parents,
        grouping=grouping,
        extensions=extensions,
    )


def _assessment(assessment: Assessment) -> tuple[dict, Placement | None]:
    names, pks = _texts(Assessment, assessment.translation_key, "title")
    return (
        activity("assessment", assessment.translation_key, names),
        _placement("knowledge_check", pks),
    )


def _attempt_extensions(attempt: Attempt) -> dict:
    return {extension_iri("attempt-number"): attempt.number}


# --- Exams and knowledge checks -------------------------------------------------------------
def assessment_started_statements(event: Event) -> list[dict]:
    """assessment.started → "attempted" the assessment."""
    payload = event.payload
    attempt = Attempt.objects.select_related("assessment").get(pk=payload["attempt"])
    assessment, placement = _assessment(attempt.assessment)
    return [
        statement(
            id=statement_id(event.id, "attempted"),
            actor=person_actor(payload["person"]),
            verb="attempted",
            object=assessment,
            timestamp=when(payload, "started_at", event),
            context=_course_context(
                payload,
                placement,
                _enrolment_in(payload, placement),
                extensions=_attempt_extensions(attempt),
            ),
        )
    ]


def assessment_submitted_statements(event: Event) -> list[dict]:
    """assessment.passed / assessment.failed → one "answered" per question, then "passed"
    or "failed" on the assessment with the score, success, completion and duration."""
    payload = event.payload
    attempt = Attempt.objects.select_related("assessment").get(pk=payload["attempt"])
    items = list(
        AttemptItem.objects.filter(attempt=attempt).select_related("question").order_by("position")
    )
    assessment, placement = _assessment(attempt.assessment)
    actor = person_actor(payload["person"])
    submitted = when(payload, "submitted_at", event)
    texts = _question_texts(items)
    enrolment_id = _enrolment_in(payload, placement)
    built = [
        statement(
            id=statement_id(event.id, f"answered:{item.question.translation_key}"),
            actor=actor,
            verb="answered",
            object=_interaction(item, texts[item.question.translation_key]),
            timestamp=submitted,
            result=_answer_result(item),
            context=_course_context(payload, placement, enrolment_id, parent=[assessment]),
        )
        for item in items
    ]
    verb = "passed" if event.kind == "assessment.passed" else "failed"
    correct = sum(1 for item in items if item.correct)
    started = attempt.started_at.isoformat()
    built.append(
        statement(
            id=statement_id(event.id, verb),
            actor=actor,
            verb=verb,
            object=assessment,
            timestamp=submitted,
            result={
                "score": {
                    "scaled": round(correct / len(items), 4) if items else 0.0,
                    "raw": correct,
                    "min": 0,
                    "max": len(items),
                },
                "success": verb == "passed",
                "completion": True,
                "duration": duration_between(payload.get("started_at") or started, submitted),
            },
            context=_course_context(
                payload, placement, enrolment_id, extensions=_attempt_extensions(attempt)
            ),
        )
    )
    return built


def _question_texts(items: list[AttemptItem]) -> dict:
    """Per question translation_key: prompt and option texts in every language, from every
    translation of the attempt's questions in two queries (questions, then options)."""
    keys = {item.question.translation_key for item in items}
    found: dict = {key: {"prompt": {}, "options": {}} for key in keys}
    rows = (
        Question.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .prefetch_related("options")
    )
    for question in rows:
        language = question.locale.language_code
        texts = found[question.translation_key]
        texts["prompt"][language] = question.prompt
        for option in question.options.all():
            texts["options"].setdefault(option.key, {})[language] = option.text
    return found


def _is_true_false(item: AttemptItem) -> bool:
    return item.question.type == QuestionType.TRUE_FALSE and set(item.option_order) == {
        "true",
        "false",
    }


def _interaction(item: AttemptItem, texts: dict) -> dict:
    """The question as a cmi.interaction: true-false, choice (single and multiple) or
    sequencing (ordering), with its choices in the order this learner was shown them and
    their text in every language. No correctResponsesPattern (see the module docstring)."""
    question = item.question
    more: dict = {}
    if _is_true_false(item):
        more["interactionType"] = "true-false"
    else:
        more["interactionType"] = (
            "sequencing" if question.type == QuestionType.ORDERING else "choice"
        )
        more["choices"] = [
            {"id": key, "description": dict(sorted(texts["options"].get(key, {}).items()))}
            for key in item.option_order
        ]
    return activity("question", question.translation_key, texts["prompt"], **more)


def _answer_result(item: AttemptItem) -> dict:
    """The response in the interaction's format (option keys joined by ``[,]``; "true" or
    "false"), and whether it was right. An unanswered question has the empty response."""
    result: dict = {"response": "[,]".join(item.response or [])}
    if item.correct is not None:
        result["success"] = item.correct
    result["completion"] = bool(item.response)
    return result


# --- Calibration ----------------------------------------------------------------------------
#: attempt.result field → extension name (under the platform's extension base).
AGREEMENT = {
    "mean_within_one": "agreement-within-one",
    "mean_exact": "agreement-exact",
    "mean_kappa": "agreement-kappa",
    "summary_matches": "summary-judgements-matched",
}


def calibration_submitted_statements(event: Event) -> list[dict]:
    """calibration.passed / calibration.failed → "passed" or "failed" the exercise; the
    agreement with the expert panel (share of items within one step and exact, mean
    weighted kappa, summary judgements matched, cases rated) in result extensions, and the
    share within one step as the scaled score."""
    payload = event.payload
    attempt = CalibrationAttempt.objects.select_related("exercise").get(pk=payload["attempt"])
    names, pks = _texts(CalibrationExercise, attempt.exercise.translation_key, "title")
    exercise = activity("calibration", attempt.exercise.translation_key, names)
    placement = _placement("calibration_exercise", pks)
    outcome = attempt.result or {}
    extensions = {
        extension_iri(name): outcome[field_]
        for field_, name in AGREEMENT.items()
        if outcome.get(field_) is not None
    }
    extensions[extension_iri("cases-rated")] = len(outcome.get("cases", []))
    verb = "passed" if event.kind == "calibration.passed" else "failed"
    submitted = when(payload, "submitted_at", event)
    result = {
        "success": verb == "passed",
        "completion": True,
        "duration": duration_between(
            payload.get("started_at") or attempt.started_at.isoformat(), submitted
        ),
        "extensions": extensions,
    }
    within = outcome.get("mean_within_one")
    if within is not None:
        result = {"score": {"scaled": round(float(within), 4)}, **result}
    return [
        statement(
            id=statement_id(event.id, verb),
            actor=person_actor(payload["person"]),
            verb=verb,
            object=exercise,
            timestamp=submitted,
            result=result,
            context=_course_context(payload, placement, _enrolment_in(payload, placement)),
        )
    ]


# --- Voiding --------------------------------------------------------------------------------
def attempt_statement_ids(attempt_id: int) -> list[str]:
    """The ids of every statement built for the attempt (attempted, answered, passed or
    failed), computed from its events: they are deterministic. Two queries."""
    events = Event.objects.filter(
        object_key=f"attempt:{attempt_id}",
        kind__in=["assessment.started", "assessment.passed", "assessment.failed"],
    ).values_list("id", "kind")
    question_keys = list(
        AttemptItem.objects.filter(attempt_id=attempt_id)
        .order_by("position")
        .values_list("question__translation_key", flat=True)
    )
    ids = []
    for event_id, kind in sorted(events, key=lambda e: e[1] != "assessment.started"):
        if kind == "assessment.started":
            ids.append(statement_id(event_id, "attempted"))
            continue
        ids += [statement_id(event_id, f"answered:{key}") for key in question_keys]
        ids.append(statement_id(event_id, "passed" if kind == "assessment.passed" else "failed"))
    return ids


def attempt_voided_statements(event: Event) -> list[dict]:
    """attempt.voided → a "voided" statement (object: StatementRef) for every statement of
    the attempt. The actor is the platform (the administrator who voided it is not named)."""
    payload = event.payload
    at = when(payload, "voided_at", event)
    return [
        {
            "id": statement_id(event.id, f"voids:{target}"),
            "actor": authority(),
            "verb": vocabulary.verb("voided"),
            "object": {"objectType": "StatementRef", "id": target},
            "timestamp": at,
        }
        for target in attempt_statement_ids(payload["attempt"])
    ]


def calibration_voided_statements(event: Event) -> list[dict]:
    """calibration.voided → a "voided" statement for the attempt's passed/failed statement."""
    events = Event.objects.filter(
        object_key=f"calibration_attempt:{event.payload['attempt']}",
        kind__in=["calibration.passed", "calibration.failed"],
    ).values_list("id", "kind")
    at = event.recorded_at.isoformat()
    return [
        {
            "id": statement_id(event.id, f"voids:{target}"),
            "actor": authority(),
            "verb": vocabulary.verb("voided"),
            "object": {"objectType": "StatementRef", "id": target},
            "timestamp": at,
        }
        for target in (
            statement_id(event_id, "passed" if kind == "calibration.passed" else "failed")
            for event_id, kind in events
        )
    ]


def register() -> None:
    """Register the builders (``AssessmentsConfig.ready``)."""
    statement_builder_register("assessment.started", assessment_started_statements)
    statement_builder_register("assessment.passed", assessment_submitted_statements)
    statement_builder_register("assessment.failed", assessment_submitted_statements)
    statement_builder_register("calibration.passed", calibration_submitted_statements)
    statement_builder_register("calibration.failed", calibration_submitted_statements)
    statement_builder_register("attempt.voided", attempt_voided_statements)
    statement_builder_register("calibration.voided", calibration_voided_statements)
