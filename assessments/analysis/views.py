"""Item analysis in Wagtail's admin, for question editors (/cms/assessments/analysis/).

Every view needs ``assessments.change_question`` (403 without it); Wagtail's admin URLs add
the ``wagtailadmin.access_admin`` check in front. The figures come from
``assessments.analysis.selectors``; these views only format them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET
from django.views.defaults import permission_denied
from wagtail.admin.menu import MenuItem

from assessments.analysis import selectors
from assessments.models import Assessment, CalibrationExercise, QuestionBank
from learning.auth.menu import PermissionMenuItem

PERMISSION = "assessments.change_question"
APP_NAME = "assessment_analysis"
NO_FIGURE = "\N{EM DASH}"  # a statistic that cannot be computed (no or too few responses)


def _analysis_permission_required(view: Callable) -> Callable:
    """Only holders of ``PERMISSION``; others get 403 (recorded as ``view.permission``)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(PERMISSION):
            # Returned, not raised: Wagtail's admin turns PermissionDenied into a redirect.
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    wrapped.permission = PERMISSION
    return wrapped


def percent(share: float | None) -> str:
    """0.6 → "60%"; None → NO_FIGURE."""
    if share is None:
        return NO_FIGURE
    return f"{number_format(share * 100, 0)}%"


def decimal(value: float | None) -> str:
    """0.4567 → "0.46" (in the reader's number format); None → NO_FIGURE."""
    return NO_FIGURE if value is None else number_format(value, 2)


@_analysis_permission_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """Pick an assessment, a question bank or a calibration exercise."""
    context = {
        "assessments": selectors.assessments_for_analysis(),
        "banks": selectors.banks_for_analysis(),
        "exercises": selectors.exercises_for_analysis(),
    }
    return TemplateResponse(request, "assessments/admin/analysis_index.html", context)


@_analysis_permission_required
@require_GET
def assessment_questions(request: HttpRequest, pk: int) -> HttpResponse:
    """Per question of an assessment: n, difficulty, discrimination, options, flags."""
    assessment = get_object_or_404(Assessment, pk=pk)
    rows = selectors.question_analysis_for_assessment(assessment=assessment)
    return _render_questions(request, str(assessment), rows)


@_analysis_permission_required
@require_GET
def bank_questions(request: HttpRequest, pk: int) -> HttpResponse:
    """Per question of a bank, across every assessment that drew it."""
    bank = get_object_or_404(QuestionBank, pk=pk)
    rows = selectors.question_analysis_for_bank(bank=bank)
    return _render_questions(request, str(bank), rows)


def _render_questions(
    request: HttpRequest, subject: str, rows: list[selectors.QuestionAnalysis]
) -> TemplateResponse:
    context = {
        "subject": subject,
        "min_responses": selectors.MIN_RESPONSES_FOR_FLAGS,
        "rows": [
            {
                "question": row.question,
                "type": row.question.get_type_display(),
                "n": row.stats.n,
                "difficulty": percent(row.stats.difficulty),
                "point_biserial": decimal(row.stats.point_biserial),
                "options": [
                    {"key": o.key, "text": o.text, "share": percent(o.share), "correct": o.correct}
                    for o in row.options
                ],
                "flags": row.flags,
                "enough_responses": row.enough_responses,
            }
            for row in rows
        ],
    }
    return TemplateResponse(request, "assessments/admin/analysis_questions.html", context)


@_analysis_permission_required
@require_GET
def exercise_items(request: HttpRequest, pk: int) -> HttpResponse:
    """Per case and item of a calibration exercise, where learners most often disagree
    with the panel first."""
    exercise = get_object_or_404(CalibrationExercise, pk=pk)
    rows = selectors.calibration_analysis(exercise=exercise)
    context = {
        "subject": str(exercise),
        "rows": [
            {
                "case": row.case_title or row.case_key,
                "code": row.item_code,
                "title": row.item_title,
                "n": row.stats.n,
                "disagreement": percent(row.stats.disagreement_rate),
                "off_by_more": percent(row.stats.off_by_more_than_one_rate),
                "most_common": row.stats.most_common_learner_rating or NO_FIGURE,
                "reference": row.stats.reference_rating,
            }
            for row in rows
        ],
    }
    return TemplateResponse(request, "assessments/admin/analysis_calibration.html", context)


urlpatterns = [
    path("", index, name="index"),
    path("assessment/<int:pk>/", assessment_questions, name="assessment"),
    path("bank/<int:pk>/", bank_questions, name="bank"),
    path("calibration/<int:pk>/", exercise_items, name="calibration"),
]


def admin_urls() -> list:
    """The analysis URLs, for Wagtail's ``register_admin_urls`` hook."""
    return [path("assessments/analysis/", include((urlpatterns, APP_NAME), namespace=APP_NAME))]


def menu_item() -> MenuItem:
    """The "Item analysis" entry, for the Assessments menu's submenu hook."""
    return PermissionMenuItem(
        permission=PERMISSION,
        label=gettext_lazy("Item analysis"),
        url=reverse(f"{APP_NAME}:index"),
        name="item-analysis",
        icon_name="table",
        order=100,
    )
