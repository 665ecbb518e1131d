"""Taking exams and knowledge checks in the browser. Every answer is scored on the server;
pages show no answer key before submission."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from assessments.exams import services
from assessments.exams.forms import responses_from_post
from assessments.exams.selectors import (
    assessment_start_blocker,
    attempt_questions,
    attempt_review,
    attempt_review_mode,
    attempt_review_wrong,
    attempts_for,
    check_option_keys,
    question_pool,
)
from assessments.models import Assessment, Attempt
from learning.auth.permissions import authenticated, person_required
from learning.locales import in_default_language, localized
from learning.models import Person
from learning.security import safe_next


def _assessment(key: str) -> Assessment:
    """The assessment with this key, as the default-language row attempts refer to."""
    found = Assessment.objects.filter(key=key).first()
    if found is None:
        raise Http404
    return in_default_language(found)


def _own_attempt(person: Person, pk: int) -> Attempt:
    attempt = Attempt.objects.select_related("assessment").filter(pk=pk, person=person).first()
    if attempt is None:
        raise Http404
    return attempt


@authenticated
@require_GET
@person_required
def assessment_overview(request: HttpRequest, person: Person, key: str) -> HttpResponse:
    """The rules, the person's attempts so far, and whether they may start one now."""
    assessment = _assessment(key)
    history = list(attempts_for(person=person, assessment=assessment))
    open_attempt = next((a for a in history if a.status == Attempt.Status.OPEN), None)
    return render(
        request,
        "assessments/overview.html",
        {
            "assessment": localized(assessment),
            "rules": assessment,
            "question_total": assessment.question_count
            or len(question_pool(assessment=assessment, person=person)),
            "history": [a for a in history if a.status != Attempt.Status.OPEN],
            # Voided attempts do not count as used.
            "used": sum(1 for a in history if a.status == Attempt.Status.SUBMITTED),
            "open_attempt": open_attempt,
            "blocker": ""
            if open_attempt
            else assessment_start_blocker(person=person, assessment=assessment, now=timezone.now()),
        },
    )


@authenticated
@require_POST
@person_required
def attempt_start(request: HttpRequest, person: Person, key: str) -> HttpResponse:
    assessment = _assessment(key)
    try:
        attempt = services.attempt_start(person=person, assessment=assessment)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("assessment_overview", key=key)
    return redirect("attempt_take", pk=attempt.pk)


@authenticated
@require_GET
@person_required
def attempt_take(request: HttpRequest, person: Person, pk: int) -> HttpResponse:
    attempt = _own_attempt(person, pk)
    if attempt.status != Attempt.Status.OPEN:
        return redirect("attempt_result", pk=pk)
    return render(
        request,
        "assessments/take.html",
        {
            "attempt": attempt,
            "assessment": localized(attempt.assessment),
            "questions": attempt_questions(attempt=attempt),
        },
    )


# An answer is a list of option ids or a few strings; nothing a page sends comes near these.
AUTOSAVE_MAX_CHARS = 10_000
AUTOSAVE_MAX_DEPTH = 3


def _autosaved_response(raw: str):
    """The decoded JSON of one autosaved answer; ValueError when it is too large or too deeply
    nested to be an answer (json.loads would otherwise raise RecursionError: a 500)."""
    if len(raw) > AUTOSAVE_MAX_CHARS:
        raise ValueError("answer too large")
    try:
        value = json.loads(raw)
    except RecursionError:
        raise ValueError("answer nested too deeply") from None
    if _nesting(value, AUTOSAVE_MAX_DEPTH) > AUTOSAVE_MAX_DEPTH:
        raise ValueError("answer nested too deeply")
    return value


def _nesting(value, limit: int) -> int:
    """How deeply lists and dicts nest in ``value``, counted no further than ``limit + 1``."""
    if not isinstance(value, list | dict) or limit < 0:
        return 0
    children = value.values() if isinstance(value, dict) else value
    return 1 + max((_nesting(child, limit - 1) for child in children), default=0)


@authenticated
@require_POST
@person_required
def attempt_answer(request: HttpRequest, person: Person, pk: int) -> HttpResponse:
    """Autosave one answer (sent by the page as the learner answers)."""
    attempt = _own_attempt(person, pk)
    try:
        position = int(request.POST.get("position", ""))
        response = _autosaved_response(request.POST.get("response", "[]"))
        services.attempt_answer_save(attempt=attempt, position=position, response=response)
    except (ValueError, json.JSONDecodeError):
        return JsonResponse({"error": _("The answer could not be read.")}, status=400)
    except services.AttemptClosed as error:
        return JsonResponse(
            {"error": " ".join(error.messages), "result": reverse("attempt_result", args=[pk])},
            status=409,
        )
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=400)
    return JsonResponse({"saved": True})


@authenticated
@require_POST
@person_required
def attempt_submit(request: HttpRequest, person: Person, pk: int) -> HttpResponse:
    attempt = _own_attempt(person, pk)
    try:
        responses = responses_from_post(attempt=attempt, data=request.POST)
        outcome = services.attempt_submit(attempt=attempt, responses=responses)
    except services.AttemptClosed as error:
        messages.error(request, " ".join(error.messages))
        return redirect("attempt_result", pk=pk)
    except ValidationError as error:
        messages.error(request, _("Your answers were not submitted: %s") % " ".join(error.messages))
        return redirect("attempt_take", pk=pk)
    if outcome.late:
        messages.warning(
            request,
            _("Time ran out before you submitted. The answers saved in time were submitted."),
        )
    return redirect("attempt_result", pk=pk)


@authenticated
@require_GET
@person_required
def attempt_result(request: HttpRequest, person: Person, pk: int) -> HttpResponse:
    attempt = _own_attempt(person, pk)
    if attempt.status == Attempt.Status.OPEN:
        return redirect("attempt_take", pk=pk)
    mode = attempt_review_mode(attempt=attempt)
    return render(
        request,
        "assessments/result.html",
        {
            "attempt": attempt,
            "assessment": localized(attempt.assessment),
            "review": attempt_review(attempt=attempt) if mode == "full" else None,
            "wrong_review": attempt_review_wrong(attempt=attempt) if mode == "wrong_only" else None,
        },
    )


@authenticated
@require_POST
@person_required
def knowledge_check_submit(request: HttpRequest, person: Person, key: str) -> HttpResponse:
    """Answer a knowledge check inside a lesson: one attempt, scored at once, feedback shown
    in the lesson. Passing completes a lesson whose rule is "knowledge check passed"."""
    from assessments.exams.lesson_checks import lesson_check_passed

    assessment = _assessment(key)
    following = safe_next(request)
    try:
        attempt = services.attempt_start(person=person, assessment=assessment)

        # The form showed ids derived per person (the attempt did not exist yet): map them
        # to this attempt's own opaque ids.
        def shown_ids(item):
            own = item.key_to_id()
            return {
                shown: own[key]
                for shown, key in check_option_keys(person=person, question=item.question).items()
                if key in own
            }

        responses = responses_from_post(attempt=attempt, data=request.POST, shown_ids=shown_ids)
        outcome = services.attempt_submit(attempt=attempt, responses=responses)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(following)
    if outcome.attempt.passed:
        # The lesson is found from the published outline; a "lesson" field posted with the
        # form is ignored, so a check cannot complete a lesson it does not belong to.
        lesson_check_passed(person=person, assessment_key=assessment.key)
    return redirect(f"{following}#check-{assessment.key}")
