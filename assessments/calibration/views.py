"""The calibration pages: an exercise's overview, a page per case with its rating form,
submit, and the result beside the expert panel's ratings. A person only ever sees their own
attempts: every read goes through the signed-in person."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from assessments.calibration.results import calibration_result_get, calibration_status_get
from assessments.calibration.selectors import (
    CaseForm,
    calibration_attempt_last_submitted,
    calibration_attempt_open,
    calibration_case_form,
    calibration_exercise_get,
)
from assessments.calibration.services import (
    calibration_attempt_start,
    calibration_attempt_submit,
    calibration_case_save,
)
from assessments.models import CalibrationExercise
from learning.auth.permissions import authenticated, person_required
from learning.models import Person


def _exercise(key: str) -> CalibrationExercise:
    """The exercise with this key, or 404."""
    exercise = calibration_exercise_get(key=key)
    if exercise is None:
        raise Http404
    return exercise


def _errors(request: HttpRequest, error: ValidationError, lead: str = "") -> None:
    for message in [lead, *error.messages] if lead else error.messages:
        messages.error(request, message)


@authenticated
@require_GET
@person_required
def calibration_overview(request: HttpRequest, person: Person, key: str) -> HttpResponse:
    """The exercise: its cases rated or not, start or continue, submit, the last result."""
    exercise = _exercise(key)
    status = calibration_status_get(person=person, exercise=exercise)
    return render(request, "assessments/calibration_overview.html", {"status": status, "key": key})


@authenticated
@require_POST
@person_required
def calibration_start(request: HttpRequest, person: Person, key: str) -> HttpResponse:
    """Start (or continue) an attempt; the server refuses it outside the audience, with no
    attempts left or during the cool-down, and says why on the overview."""
    exercise = _exercise(key)
    try:
        calibration_attempt_start(person=person, exercise=exercise)
    except ValidationError as error:
        _errors(request, error)
        return redirect("calibration_overview", key=exercise.key)
    return redirect("calibration_case", key=exercise.key, number=1)


@authenticated
@require_http_methods(["GET", "POST"])
@person_required
def calibration_case(request: HttpRequest, person: Person, key: str, number: int) -> HttpResponse:
    """A case of the open attempt: vignette, material, the rating form and the learner's own
    notes. POST saves them and goes on to the next case or back to the overview. Without an
    open attempt, the overview (where an attempt is started)."""
    exercise = _exercise(key)
    attempt = calibration_attempt_open(person=person, exercise=exercise)
    if attempt is None:
        messages.info(request, _("Start an attempt to rate the cases."))
        return redirect("calibration_overview", key=exercise.key)
    form = calibration_case_form(exercise=exercise, number=number, attempt=attempt)
    if form is None:
        raise Http404
    if request.method == "POST":
        return _case_save(request, attempt, exercise, form)
    return render(request, "assessments/calibration_case.html", {"form": form, "key": key})


def _case_save(
    request: HttpRequest, attempt, exercise: CalibrationExercise, form: CaseForm
) -> HttpResponse:
    items = {f.code: request.POST[f.name] for f in form.items if request.POST.get(f.name)}
    summary = {f.code: request.POST[f.name] for f in form.summaries if request.POST.get(f.name)}
    notes = request.POST.get("notes")
    try:
        calibration_case_save(
            attempt=attempt, case_key=form.key, items=items, summary=summary, notes=notes
        )
    except ValidationError as error:
        _errors(request, error, _("Your ratings were not saved."))
        return redirect("calibration_case", key=exercise.key, number=form.number)
    if request.POST.get("go") == "next" and form.number < form.total:
        return redirect("calibration_case", key=exercise.key, number=form.number + 1)
    messages.success(request, _("Your ratings are saved."))
    return redirect("calibration_overview", key=exercise.key)


@authenticated
@require_POST
@person_required
def calibration_submit(request: HttpRequest, person: Person, key: str) -> HttpResponse:
    """Submit the open attempt; a repeated submit shows the result already given."""
    exercise = _exercise(key)
    attempt = calibration_attempt_open(person=person, exercise=exercise)
    if attempt is None:
        if calibration_attempt_last_submitted(person=person, exercise=exercise):
            return redirect("calibration_result", key=exercise.key)
        messages.error(request, _("Rate the cases before you submit."))
        return redirect("calibration_overview", key=exercise.key)
    try:
        calibration_attempt_submit(attempt=attempt)
    except ValidationError as error:
        _errors(request, error, _("Not submitted yet. Rate what is missing first:"))
        return redirect("calibration_overview", key=exercise.key)
    return redirect("calibration_result", key=exercise.key)


@authenticated
@require_GET
@person_required
def calibration_result(request: HttpRequest, person: Person, key: str) -> HttpResponse:
    """The person's last submitted result beside the panel's; before any, the overview."""
    exercise = _exercise(key)
    attempt = calibration_attempt_last_submitted(person=person, exercise=exercise)
    result = calibration_result_get(attempt=attempt) if attempt is not None else None
    if result is None:
        messages.info(request, _("Your result is shown here once you have submitted."))
        return redirect("calibration_overview", key=exercise.key)
    return render(request, "assessments/calibration_result.html", {"result": result, "key": key})
