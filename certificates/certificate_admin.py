"""Wagtail admin for certification administrators: tracks (translatable snippets with
revisions) and certificates (list, inspect with the full history, and the actions: issue by
hand, extend, suspend, reinstate, revoke, each with a mandatory reason, all through
``certificates.services``). Nobody edits or deletes a certificate row here.

Registered by ``certificates.wagtail_hooks`` in the "Certification" menu.
"""

from __future__ import annotations

from datetime import datetime, time

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates import services
from certificates import status as st
from certificates.models import Certificate, CertificateStatus, Track
from learning.models import Person


class TrackViewSet(SnippetViewSet):
    model = Track
    icon = "award"
    menu_label = _("Certification tracks")
    list_display = ["title", "key", "instrument", "validity_months", "is_active", LocaleColumn()]
    search_fields = ["title", "key"]
    search_backend_name = None


# --- Certificates ------------------------------------------------------------------------------
def _status(certificate: Certificate) -> str:
    return CertificateStatus(st.status_of(certificate, timezone.now())).label


class CertificateFilterSet(WagtailFilterSet):
    track = django_filters.ModelChoiceFilter(
        label=_("Track"),
        queryset=lambda request: Track.objects.filter(locale=Locale.get_default()),
    )
    source = django_filters.ChoiceFilter(label=_("Source"), choices=Certificate.Source.choices)

    class Meta:
        model = Certificate
        fields = ["track", "source"]


class CertificateIndexView(generic.IndexView):
    any_permission_required = ["view"]

    @cached_property
    def header_buttons(self):
        if not self.request.user.has_perm("certificates.manage_certificate"):
            return []
        return [
            HeaderButton(
                gettext("Issue a certificate"), url=reverse("certificates:issue"), icon_name="plus"
            )
        ]

    def get_base_queryset(self):
        return Certificate.objects.select_related("person__user", "track")


class CertificateInspectView(generic.InspectView):
    any_permission_required = ["view"]
    template_name = "certificates/admin/certificate_inspect.html"

    def get_object(self, queryset=None):
        return super().get_object(Certificate.objects.select_related("person__user", "track"))

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT")
        return value

    def get_context_data(self, **kwargs):
        certificate = self.object
        status = st.status_of(certificate, timezone.now())
        actions = [
            (name, label, reverse(f"certificates:{name}", args=[certificate.pk]))
            for name, label in ACTIONS.items()
            if _allowed(name, certificate, status)
        ]
        return super().get_context_data(
            status_label=CertificateStatus(status).label,
            history=certificate.actions.select_related("by").order_by("at", "pk"),
            actions=actions
            if self.request.user.has_perm("certificates.manage_certificate")
            else [],
            **kwargs,
        )


ACTIONS = {
    "extend": _("Extend"),
    "suspend": _("Suspend"),
    "reinstate": _("Reinstate"),
    "revoke": _("Revoke"),
}


def _allowed(name: str, certificate: Certificate, status: str) -> bool:
    if certificate.revoked_at:
        return False
    if name == "extend":
        return certificate.valid_until is not None and not certificate.superseded_at
    if name == "suspend":
        return not certificate.suspended_at
    if name == "reinstate":
        return bool(certificate.suspended_at)
    return True


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Kept in the certificate's audit history."),
        error_messages={"required": _("Give a reason: it is kept in the audit.")},
    )


class ExtendForm(ReasonForm):
    valid_until = forms.DateField(
        label=_("New expiry date"), widget=forms.DateInput(attrs={"type": "date"})
    )


class IssueForm(ReasonForm):
    employee_number = forms.CharField(label=_("Employee number"), max_length=64)
    track = forms.ModelChoiceField(
        label=_("Track"), queryset=Track.objects.none(), empty_label=None
    )
    valid_until = forms.DateField(
        label=_("Expiry date (optional)"),
        required=False,
        help_text=_("Leave empty to use the track's validity."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    field_order = ["employee_number", "track", "valid_until", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["track"].queryset = Track.objects.filter(locale=Locale.get_default())

    def clean_employee_number(self):
        number = self.cleaned_data["employee_number"].strip()
        person = Person.objects.filter(employee_number=number).select_related("user").first()
        if person is None:
            raise ValidationError(_("Nobody has this employee number."))
        self.cleaned_data["person"] = person
        return number


def _end_of_day(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(23, 59, 59)))


class _ManageView(PermissionCheckedMixin, FormView):
    """Shared by the action views: needs ``certificates.manage_certificate``; a refusal from
    the service is shown on the form and nothing changes."""

    model = Certificate
    permission_policy = None
    template_name = "certificates/admin/certificate_action.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("certificates.manage_certificate"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def run(self, form):  # pragma: no cover - each view overrides it
        raise NotImplementedError

    def form_valid(self, form):
        try:
            certificate = self.run(form)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, error if isinstance(error, ValidationError) else str(error))
            return self.form_invalid(form)
        messages.success(self.request, self.done_message % {"number": certificate.number})
        return redirect("certificates:inspect", certificate.pk)


class CertificateActionView(_ManageView):
    action = ""

    def get_form_class(self):
        return ExtendForm if self.action == "extend" else ReasonForm

    def get_certificate(self) -> Certificate:
        certificate = (
            Certificate.objects.select_related("person__user", "track")
            .filter(pk=self.kwargs["pk"])
            .first()
        )
        if certificate is None:
            raise Http404
        return certificate

    @property
    def done_message(self):
        return {
            "extend": gettext("Certificate %(number)s extended."),
            "suspend": gettext("Certificate %(number)s suspended."),
            "reinstate": gettext("Certificate %(number)s reinstated."),
            "revoke": gettext("Certificate %(number)s revoked."),
        }[self.action]

    def get_context_data(self, **kwargs):
        certificate = self.get_certificate()
        return super().get_context_data(
            certificate=certificate,
            title=ACTIONS[self.action],
            serious=self.action in ("suspend", "revoke"),
            cancel_url=reverse("certificates:inspect", args=[certificate.pk]),
            **kwargs,
        )

    def run(self, form):
        certificate, data, by = self.get_certificate(), form.cleaned_data, self.request.user
        if self.action == "extend":
            return services.certificate_extend(
                certificate=certificate,
                by=by,
                reason=data["reason"],
                valid_until=_end_of_day(data["valid_until"]),
            )
        service = {
            "suspend": services.certificate_suspend,
            "reinstate": services.certificate_reinstate,
            "revoke": services.certificate_revoke,
        }[self.action]
        return service(certificate=certificate, by=by, reason=data["reason"])


class CertificateIssueView(_ManageView):
    form_class = IssueForm
    done_message = _("Certificate %(number)s issued.")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            title=gettext("Issue a certificate"),
            cancel_url=reverse("certificates:index"),
            **kwargs,
        )

    def run(self, form):
        data = form.cleaned_data
        return services.certificate_issue_manual(
            person=data["person"],
            track=data["track"],
            by=self.request.user,
            reason=data["reason"],
            valid_until=_end_of_day(data["valid_until"]) if data["valid_until"] else None,
        )


class CertificateViewSet(ModelViewSet):
    """Certificates, for certification administrators: list, inspect (with the history),
    and the actions. ``certificates.view_certificate`` opens the list;
    ``certificates.manage_certificate`` the actions."""

    model = Certificate
    name = "certificates"
    url_prefix = "certificates/certificates"
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "number",
        "person",
        "track",
        "cycle",
        "source",
        "instrument_name",
        "instrument_version",
        "issued_at",
        "valid_from",
        "valid_until",
        "recert_opens_at",
        "grace_until",
        "suspended_at",
        "revoked_at",
        "superseded_at",
    ]
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = [
        "number",
        Column("person", label=_("Holder"), sort_key="person__user__last_name"),
        Column("track", label=_("Track"), sort_key="track__title"),
        Column("cycle", label=_("Cycle"), sort_key="cycle"),
        Column("status", label=_("Status"), accessor=_status),
        DateColumn("valid_until", label=_("Valid until"), sort_key="valid_until"),
    ]
    filterset_class = CertificateFilterSet
    ordering = "-issued_at"
    list_per_page = 50
    search_fields = [
        "number",
        "person__user__first_name",
        "person__user__last_name",
        "person__employee_number",
    ]
    search_backend_name = None

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        action = CertificateActionView.as_view
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("issue/", CertificateIssueView.as_view(), name="issue"),
            *(path(f"{name}/<int:pk>/", action(action=name), name=name) for name in ACTIONS),
        ]

    def get_permissions_to_register(self):
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_certificate", "manage_certificate"])
        )

    def register_admin_url_finder(self):
        pass
