"""Wagtail admin viewsets for certification (registered in ``wagtail_hooks``): the
"Certification" menu.

- **API clients** (``certificates.*_apiclient``): create (the credential is shown once, on
  the page that follows, and stored only hashed), edit name, organisations, tracks and
  active; **Secrets**: rotate (a new secret, the old ones run on for an overlap) and revoke
  one or all at once. Writes go through ``certificates.api_clients``.
- **Status checks** (``certificates.view_statuscheck``): the read-only audit of every answer
  the status API gave, searchable by employee number and filtered by client, track, status
  and date.

Other certification screens (tracks, certificates) join the menu through ``items`` below or
the ``SUBMENU_HOOK`` hook.
"""

from __future__ import annotations

from datetime import timedelta

import django_filters
from django import forms
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from certificates import api_clients
from certificates.certificate_admin import CertificateViewSet, TrackViewSet
from certificates.models import ApiClient, StatusCheck
from certificates.webhook_admin import WebhookAttemptViewSet, WebhookSubscriptionViewSet

SUBMENU_HOOK = "register_certification_menu_item"


# --- API clients -------------------------------------------------------------------------
class ApiClientForm(forms.ModelForm):
    """Name, scope and state. Tracks are offered in the default language (a client that
    sees a track sees all its translations: the API names tracks by slug)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        from wagtail.models import Locale

        from certificates.models import Track

        self.fields["tracks"].queryset = Track.objects.filter(locale=Locale.get_default()).order_by(
            "title"
        )

    class Meta:
        model = ApiClient
        fields = ["name", "organisations", "tracks", "is_active"]
        widgets = {
            "organisations": forms.CheckboxSelectMultiple,
            "tracks": forms.CheckboxSelectMultiple,
        }


def _credential_page(request, view, client, credential, heading):
    return TemplateResponse(
        request,
        "certificates/admin/api_client_credential.html",
        {
            "client": client,
            "credential": credential,
            "heading": heading,
            "secrets_url": reverse(view.secrets_url_name, args=[client.pk]),
            "index_url": reverse(view.index_url_name),
        },
    )


class ApiClientCreateView(generic.CreateView):
    """Creates the client through ``api_client_create`` and shows its credential once."""

    secrets_url_name = None

    def form_valid(self, form):
        data = form.cleaned_data
        credential = api_clients.api_client_create(
            name=data["name"],
            organisations=data["organisations"],
            tracks=data["tracks"],
            by=self.request.user,
        )
        if not data.get("is_active", True):
            api_clients.api_client_deactivate(client=credential.client)
        return _credential_page(
            self.request, self, credential.client, credential, gettext("API client created")
        )


class ApiClientIndexView(generic.IndexView):
    secrets_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if self.user_has_permission("change"):
            buttons.append(
                Button(
                    _("Secrets: rotate or revoke"),
                    url=reverse(self.secrets_url_name, args=[instance.pk]),
                    icon_name="key",
                    priority=20,
                )
            )
        return buttons


class RotateForm(forms.Form):
    overlap_days = forms.IntegerField(
        label=_("Old secrets keep working for (days)"),
        min_value=0,
        max_value=90,
        initial=api_clients.ROTATION_OVERLAP.days,
        help_text=_("0 ends them at once. The caller switches to the new secret meanwhile."),
    )


class ApiClientSecretsView(PermissionCheckedMixin, BaseObjectMixin, View):
    """A client's secrets: rotate (the new credential is shown once) and revoke."""

    permission_required = "change"
    index_url_name = None
    secrets_url_name = None

    def get_base_object_queryset(self):
        return ApiClient.objects.all()

    def _page(self, form=None):
        return TemplateResponse(
            self.request,
            "certificates/admin/api_client_secrets.html",
            {
                "client": self.object,
                "secrets": self.object.secrets.order_by("-created_at"),
                "form": form or RotateForm(),
                "index_url": reverse(self.index_url_name),
            },
        )

    def get(self, request, *args, **kwargs):
        return self._page()

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "rotate":
            form = RotateForm(request.POST)
            if not form.is_valid():
                return self._page(form)
            credential = api_clients.api_client_secret_rotate(
                client=self.object, overlap=timedelta(days=form.cleaned_data["overlap_days"])
            )
            return _credential_page(request, self, self.object, credential, gettext("New secret"))
        if action == "revoke":
            secret_id = request.POST.get("secret")
            revoked = api_clients.api_client_secret_revoke(
                client=self.object, secret_id=int(secret_id) if secret_id else None
            )
            messages.success(
                request, gettext("%(n)d secret(s) revoked: they stop working now.") % {"n": revoked}
            )
        return redirect(self.secrets_url_name, self.object.pk)


class ApiClientViewSet(ModelViewSet):
    """API clients of the status API, for certification administrators."""

    model = ApiClient
    name = "api_clients"
    url_prefix = "certificates/api-clients"
    icon = "key"
    menu_label = _("API clients")
    form_fields = ["name", "organisations", "tracks", "is_active"]
    list_display = [
        "name",
        Column("key_id", label=_("Key id")),
        BooleanColumn("is_active", label=_("Active")),
        DateColumn("created_at", label=_("Created"), sort_key="created_at"),
    ]
    add_view_class = ApiClientCreateView
    index_view_class = ApiClientIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    search_fields = ["name", "key_id"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return ApiClientForm

    @property
    def secrets_url_name(self):
        return self.get_url_name("secrets")

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(secrets_url_name=self.secrets_url_name, **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(secrets_url_name=self.secrets_url_name, **kwargs)

    @property
    def secrets_view(self):
        return self.construct_view(
            ApiClientSecretsView,
            index_url_name=self.get_url_name("index"),
            secrets_url_name=self.secrets_url_name,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("secrets/<int:pk>/", self.secrets_view, name="secrets"),
        ]


# --- The status check audit --------------------------------------------------------------
def _status_choices():
    from certificates.models import CertificateStatus

    return [*CertificateStatus.choices, ("not_found", _("Not found / out of scope"))]


class StatusCheckFilterSet(WagtailFilterSet):
    client = django_filters.ModelChoiceFilter(
        label=_("API client"), queryset=ApiClient.objects.order_by("name")
    )
    track_key = django_filters.CharFilter(label=_("Track (slug)"))
    status = django_filters.ChoiceFilter(label=_("Answer"), choices=_status_choices)
    checked_at = django_filters.DateFromToRangeFilter(
        label=_("Checked between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = StatusCheck
        fields = ["client", "track_key", "status", "checked_at"]


class StatusCheckIndexView(generic.IndexView):
    any_permission_required = ["view"]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("client")


class StatusCheckViewSet(ModelViewSet):
    """Every answer the status API gave (read-only), for ``certificates.view_statuscheck``."""

    model = StatusCheck
    name = "status_checks"
    url_prefix = "certificates/status-checks"
    icon = "list-ul"
    menu_label = _("Status checks")
    index_view_class = StatusCheckIndexView
    list_display = [
        Column("employee_number", label=_("Employee number")),
        Column("client", label=_("API client"), sort_key="client__name"),
        Column("track_key", label=_("Track")),
        Column("instrument_key", label=_("Instrument")),
        Column("status", label=_("Answer"), sort_key="status"),
        DateColumn("at", label=_("Asked for")),
        BooleanColumn("bulk", label=_("Bulk")),
        DateColumn("checked_at", label=_("Checked"), sort_key="checked_at"),
    ]
    filterset_class = StatusCheckFilterSet
    ordering = "-checked_at"
    list_per_page = 50
    search_fields = ["employee_number"]
    search_backend_name = None
    copy_view_enabled = False
    add_to_reference_index = False

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
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="view_statuscheck")

    def register_admin_url_finder(self):
        pass


class CertificationViewSetGroup(SnippetViewSetGroup):
    """The "Certification" menu. Add viewsets to ``items``; other features add entries
    through ``submenu_hook``."""

    menu_label = _("Certification")
    menu_icon = "award"
    menu_order = 260
    submenu_hook = SUBMENU_HOOK
    items = (
        TrackViewSet,
        CertificateViewSet,
        ApiClientViewSet,
        StatusCheckViewSet,
        WebhookSubscriptionViewSet,
        WebhookAttemptViewSet,
    )
