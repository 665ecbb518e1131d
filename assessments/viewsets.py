"""Wagtail admin viewsets for assessments (registered in ``wagtail_hooks``).

Question banks, questions, scenarios, assessments, risk instruments, practice cases and
calibration exercises are snippets: translatable (wagtail-localize) and, apart from banks,
with revisions and history. Content editors hold the model permissions for them
(``learning.auth.roles``).

Attempts are learner records, not content: certification administrators list submitted and
voided attempts and void one, with a reason, through ``services.attempt_void``. Nobody adds,
edits or deletes an attempt here.
"""

from __future__ import annotations

from datetime import datetime

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments.calibration.services import calibration_attempt_void
from assessments.exams import services
from assessments.models import (
    Assessment,
    Attempt,
    CalibrationAttempt,
    CalibrationExercise,
    Instrument,
    PracticeCase,
    Question,
    QuestionBank,
    QuestionType,
    Scenario,
)

SUBMENU_HOOK = "register_assessments_menu_item"


# --- Content (snippets) ----------------------------------------------------------------------
def _module_tag_choices() -> list[tuple[str, str]]:
    tags = (
        Question.objects.exclude(module_tag="")
        .order_by("module_tag")
        .values_list("module_tag", flat=True)
        .distinct()
    )
    return [(tag, tag) for tag in tags]


class QuestionFilterSet(WagtailFilterSet):
    bank = django_filters.ModelChoiceFilter(
        label=_("Question bank"), queryset=QuestionBank.objects.order_by("name")
    )
    type = django_filters.ChoiceFilter(label=_("Type"), choices=QuestionType.choices)
    # Choices read when the filter form is built, so new tags show up without a restart.
    module_tag = django_filters.ChoiceFilter(label=_("Module"), choices=_module_tag_choices)

    class Meta:
        model = Question
        fields = ["bank", "type", "module_tag"]


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    list_display = ["name", "description", LocaleColumn()]
    search_fields = ["name", "description"]
    search_backend_name = None


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    list_display = [
        "key",
        "type",
        Column("module_tag", label=_("Module"), sort_key="module_tag"),
        "topic",
        "bank",
        LocaleColumn(),
    ]
    filterset_class = QuestionFilterSet
    search_fields = ["prompt", "key"]
    # Plain database lookups: the listing must find a question the moment it is saved.
    search_backend_name = None
    ordering = "key"
    list_per_page = 50


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "doc-full"
    list_display = ["title", "key", "bank", LocaleColumn()]
    list_filter = ["bank"]
    search_fields = ["title", "key"]
    search_backend_name = None


class AssessmentViewSet(SnippetViewSet):
    model = Assessment
    icon = "tasks"
    list_display = ["title", "key", "kind", "pass_mark", LocaleColumn()]
    list_filter = ["kind"]
    search_fields = ["title", "key"]
    search_backend_name = None


class InstrumentViewSet(SnippetViewSet):
    model = Instrument
    icon = "clipboard-list"
    list_display = ["name", "version", "key", LocaleColumn()]
    search_fields = ["name", "key"]
    search_backend_name = None


class PracticeCaseViewSet(SnippetViewSet):
    model = PracticeCase
    icon = "user"
    list_display = ["title", "key", "instrument", LocaleColumn()]
    list_filter = ["instrument"]
    search_fields = ["title", "key"]
    search_backend_name = None


class CalibrationExerciseViewSet(SnippetViewSet):
    model = CalibrationExercise
    icon = "resubmit"
    list_display = ["title", "key", "instrument", LocaleColumn()]
    search_fields = ["title", "key"]
    search_backend_name = None


# --- Attempts ----------------------------------------------------------------------------------
LISTED_STATUSES = (Attempt.Status.SUBMITTED, Attempt.Status.VOIDED)


class AttemptFilterSet(WagtailFilterSet):
    assessment = django_filters.ModelChoiceFilter(
        label=_("Assessment"),
        queryset=lambda request: (
            Assessment.objects.filter(attempts__isnull=False).distinct().order_by("title")
        ),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(status.value, status.label) for status in LISTED_STATUSES],
    )

    class Meta:
        model = Attempt
        fields = ["assessment", "status"]


def _passed(attempt: Attempt) -> str:
    # A voided attempt has no result: the status column says "Voided" and nothing else.
    if attempt.passed is None or attempt.status == Attempt.Status.VOIDED:
        return ""
    return gettext("Passed") if attempt.passed else gettext("Not passed")


class AttemptIndexView(generic.IndexView):
    any_permission_required = ["view"]
    void_url_name = None

    def get_base_queryset(self):
        return Attempt.objects.filter(status__in=LISTED_STATUSES).select_related(
            "person__user", "assessment"
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == Attempt.Status.SUBMITTED and self.user_has_permission("void"):
            url = reverse(self.void_url_name, args=[instance.pk])
            buttons.append(MenuItem(gettext("Void"), url=url, icon_name="cross", priority=40))
        return buttons


class AttemptInspectView(generic.InspectView):
    any_permission_required = ["view"]

    def get_field_display_value(self, field_name, field):
        # Wagtail shows a datetime field as stored (UTC); editors read local time, as the
        # listing's dates and the learners' pages do.
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT")
        return value

    def get_object(self, queryset=None):
        return super().get_object(
            Attempt.objects.filter(status__in=LISTED_STATUSES).select_related(
                "person__user", "assessment", "voided_by"
            )
        )


class AttemptVoidForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Kept with the attempt, e.g. that a colleague sat the exam instead."),
        error_messages={"required": _("Say why the attempt is voided.")},
    )
    message = forms.CharField(
        label=_("Message to the learner (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Shown to the learner beside the standard notice. The reason above is internal."
        ),
    )


class AttemptVoidView(PermissionCheckedMixin, BaseObjectMixin, FormView):
    """Ask for a reason, then void a submitted attempt through ``services.attempt_void``.

    Needs ``assessments.void_attempt``. A ValidationError from the service (no reason, no
    permission) is shown on the form and nothing changes.
    """

    model = Attempt
    permission_required = "void"
    form_class = AttemptVoidForm
    template_name = "assessments/admin/attempt_void.html"
    index_url_name = None

    def get_base_object_queryset(self):
        return Attempt.objects.filter(status=Attempt.Status.SUBMITTED).select_related(
            "person__user", "assessment"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            attempt=self.object, index_url=reverse(self.index_url_name), **kwargs
        )

    def form_valid(self, form):
        try:
            services.attempt_void(
                attempt=self.object,
                by=self.request.user,
                reason=form.cleaned_data["reason"],
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request, gettext("Attempt voided: %(attempt)s.") % {"attempt": self.object}
        )
        return redirect(self.index_url_name)


class AttemptViewSet(ModelViewSet):
    """Submitted and voided attempts, for certification administrators: list, inspect, void.

    ``assessments.view_attempt`` opens the list; ``assessments.void_attempt`` the Void action.
    """

    model = Attempt
    name = "attempts"
    url_prefix = "assessments/attempts"
    icon = "list-ul"
    menu_label = _("Attempts")
    index_view_class = AttemptIndexView
    inspect_view_class = AttemptInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "person",
        "assessment",
        "number",
        "status",
        "started_at",
        "submitted_at",
        "auto_submitted",
        "score",
        "passed",
        "void_reason",
        "void_message",
        "voided_by",
        "voided_at",
    ]
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = [
        "person",  # the title column: links to the attempt, carries the Void action
        Column("assessment", label=_("Assessment"), sort_key="assessment__title"),
        Column("number", label=_("Attempt"), sort_key="number"),
        Column("score", label=_("Score (%)"), sort_key="score"),
        Column("passed", label=_("Result"), accessor=_passed),
        DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            sort_key="status",
            primary=lambda attempt: attempt.status == Attempt.Status.SUBMITTED,
        ),
    ]
    filterset_class = AttemptFilterSet
    ordering = "-submitted_at"
    list_per_page = 50
    search_fields = [
        "person__user__first_name",
        "person__user__last_name",
        "person__employee_number",
    ]
    search_backend_name = None

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit, delete, copy, history or usage views: attempts change only through
        # the services.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(void_url_name=self.get_url_name("void"), **kwargs)

    @property
    def void_view(self):
        return self.construct_view(AttemptVoidView)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("void/<int:pk>/", self.void_view, name="void"),
        ]

    def get_permissions_to_register(self):
        # Only the permissions that open something here, in the group editing screen.
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_attempt", "void_attempt"])
        )

    def register_admin_url_finder(self):
        # There is no edit view to link to.
        pass


# --- Calibration attempts -----------------------------------------------------------------------
class CalibrationAttemptFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(status.value, status.label) for status in LISTED_STATUSES],
    )

    class Meta:
        model = CalibrationAttempt
        fields = ["exercise", "status"]


#: One permission voids any attempt, exam or calibration (``calibration_attempt_void``).
VOID_PERMISSION = "assessments.void_attempt"


class CalibrationAttemptIndexView(AttemptIndexView):
    def user_has_permission(self, permission):
        if permission == "void":
            return self.request.user.has_perm(VOID_PERMISSION)
        return super().user_has_permission(permission)

    def get_base_queryset(self):
        return CalibrationAttempt.objects.filter(status__in=LISTED_STATUSES).select_related(
            "person__user", "exercise"
        )


class CalibrationAttemptInspectView(AttemptInspectView):
    def get_object(self, queryset=None):
        return generic.InspectView.get_object(
            self,
            CalibrationAttempt.objects.filter(status__in=LISTED_STATUSES).select_related(
                "person__user", "exercise", "voided_by"
            ),
        )


class CalibrationAttemptVoidForm(forms.Form):
    reason = AttemptVoidForm.base_fields["reason"]


class CalibrationAttemptVoidView(AttemptVoidView):
    """Void a submitted calibration attempt through ``calibration_attempt_void``; any
    certificate resting on it is revoked (through the outbox)."""

    model = CalibrationAttempt
    permission_required = None
    form_class = CalibrationAttemptVoidForm
    template_name = "assessments/admin/calibration_attempt_void.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VOID_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_object_queryset(self):
        return CalibrationAttempt.objects.filter(
            status=CalibrationAttempt.Status.SUBMITTED
        ).select_related("person__user", "exercise")

    def form_valid(self, form):
        try:
            calibration_attempt_void(
                attempt=self.object, by=self.request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request, gettext("Attempt voided: %(attempt)s.") % {"attempt": self.object}
        )
        return redirect(self.index_url_name)


class CalibrationAttemptViewSet(AttemptViewSet):
    """Submitted and voided calibration attempts: list, inspect, void (as exam attempts)."""

    model = CalibrationAttempt
    name = "calibration_attempts"
    url_prefix = "assessments/calibration-attempts"
    menu_label = _("Calibration attempts")
    index_view_class = CalibrationAttemptIndexView
    inspect_view_class = CalibrationAttemptInspectView
    inspect_view_fields = [
        "person",
        "exercise",
        "status",
        "started_at",
        "submitted_at",
        "passed",
        "void_reason",
        "voided_by",
        "voided_at",
    ]
    list_display = [
        "person",
        Column("exercise", label=_("Exercise"), sort_key="exercise__title"),
        Column("passed", label=_("Result"), accessor=_passed),
        DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            sort_key="status",
            primary=lambda attempt: attempt.status == CalibrationAttempt.Status.SUBMITTED,
        ),
    ]
    filterset_class = CalibrationAttemptFilterSet

    @property
    def void_view(self):
        return self.construct_view(CalibrationAttemptVoidView)

    def get_permissions_to_register(self):
        return ModelViewSet.get_permissions_to_register(self).filter(
            codename__in=["view_calibrationattempt"]
        )


class AssessmentsViewSetGroup(SnippetViewSetGroup):
    """The "Assessments" menu. Other features add entries through ``submenu_hook``."""

    menu_label = _("Assessments")
    menu_icon = "tasks"
    menu_order = 250
    submenu_hook = SUBMENU_HOOK
    items = (
        QuestionBankViewSet,
        QuestionViewSet,
        ScenarioViewSet,
        AssessmentViewSet,
        InstrumentViewSet,
        PracticeCaseViewSet,
        CalibrationExerciseViewSet,
        AttemptViewSet,
        CalibrationAttemptViewSet,
    )
