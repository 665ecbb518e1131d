"""Django's admin, for superusers only (``config.urls``): a read-only view of people and
organisations for support. Changes are made in Wagtail's admin at /cms/, which saves
through the services and keeps the organisation tree consistent."""

import threading
from urllib.parse import urlencode

from django import forms
from django.contrib import admin
from django.db import transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from learning.events import outbox_kick
from learning.models import (
    Delivery,
    ForwardTarget,
    ManagerScope,
    Membership,
    Organisation,
    Person,
)
from learning.outbox import deliveries_replay
from learning.xapi import forward
from learning.xapi.secrets import secret_encrypt


class ReadOnlyMixin:
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class MembershipInline(ReadOnlyMixin, admin.TabularInline):
    model = Membership


class ManagerScopeInline(ReadOnlyMixin, admin.TabularInline):
    model = ManagerScope


@admin.register(Person)
class PersonAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["__str__", "employee_number", "sector", "job_title"]
    list_filter = ["sector"]
    list_select_related = ["user"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "employee_number"]
    inlines = [MembershipInline, ManagerScopeInline]


@admin.register(Organisation)
class OrganisationAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["name_path", "sector", "depth"]
    list_filter = ["sector", "depth"]
    search_fields = ["name_path"]
    ordering = ["path"]


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """The outbox's deliveries (``learning.outbox``): what each consumer has received, what
    is waiting for a retry and what is dead, with the reason. Dead ones are replayed with
    the action (or ``manage.py outbox_replay``)."""

    list_display = (
        "event",
        "consumer",
        "target",
        "state",
        "attempts",
        "next_attempt_at",
        "delivered_at",
        "last_error",
    )
    list_filter = ("state", "consumer", "event__kind")
    search_fields = ("event__object_key", "target")
    list_select_related = ("event",)
    ordering = ("-created_at",)
    actions = ["replay"]

    def lookup_allowed(self, lookup, value, request=None) -> bool:
        # The forwarding report links to one target's dead deliveries (?target=<pk>).
        return lookup == "target" or super().lookup_allowed(lookup, value, request)

    @admin.action(description="Replay the selected dead deliveries")
    def replay(self, request, queryset) -> None:
        count = deliveries_replay(queryset=queryset)
        transaction.on_commit(outbox_kick)
        self.message_user(request, f"{count} deliveries queued again.")


class ForwardTargetForm(forms.ModelForm):
    """The target's password is write-only: never rendered, kept when left empty."""

    endpoint = forms.URLField(
        label=_("endpoint"),
        assume_scheme="https",
        help_text=_("The LRS's xAPI base, e.g. https://lrs.example.org/xAPI/"),
    )

    password = forms.CharField(
        label=_("password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_("Stored encrypted and never shown again. Leave empty to keep the current one."),
    )

    class Meta:
        model = ForwardTarget
        fields = [
            "name",
            "endpoint",
            "username",
            "password",
            "version",
            "actor_format",
            "verbs",
            "activity_prefixes",
            "active",
        ]

    def clean_endpoint(self) -> str:
        endpoint = self.cleaned_data["endpoint"]
        return endpoint if endpoint.endswith("/") else endpoint + "/"

    def _clean_iri_list(self, name: str) -> list:
        value = self.cleaned_data[name] or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise forms.ValidationError(_('A list of IRIs, e.g. ["http://adlnet.gov/…"].'))
        return value

    def clean_verbs(self) -> list:
        return self._clean_iri_list("verbs")

    def clean_activity_prefixes(self) -> list:
        return self._clean_iri_list("activity_prefixes")

    def save(self, commit=True):
        target = super().save(commit=False)
        if self.cleaned_data.get("password"):
            target.secret_encrypted = secret_encrypt(self.cleaned_data["password"])
        if commit:
            target.save()
        return target


@admin.register(ForwardTarget)
class ForwardTargetAdmin(admin.ModelAdmin):
    """The LRSs statements are forwarded to (``learning.xapi.forward``), with each one's
    report: delivered, pending and dead deliveries and how long the oldest has waited. The
    dead count links to those deliveries, to read the LRS's answer and replay them."""

    form = ForwardTargetForm
    list_display = (
        "name",
        "endpoint",
        "version",
        "actor_format",
        "active",
        "delivered",
        "pending",
        "dead",
        "oldest_pending",
    )
    _local = threading.local()

    def changelist_view(self, request, extra_context=None):
        self._local.report = forward.forward_report()  # one grouped query for all rows
        try:
            response = super().changelist_view(request, extra_context)
            if hasattr(response, "render"):
                response.render()  # while this request's figures are set
            return response
        finally:
            self._local.report = {}

    def _figures(self, target) -> dict:
        return getattr(self._local, "report", {}).get(str(target.pk), {})

    @admin.display(description=_("delivered"))
    def delivered(self, target) -> int:
        return self._figures(target).get("delivered", 0)

    @admin.display(description=_("pending"))
    def pending(self, target) -> int:
        return self._figures(target).get("pending", 0)

    @admin.display(description=_("failed (dead)"))
    def dead(self, target):
        count = self._figures(target).get("dead", 0)
        if not count:
            return 0
        query = {"consumer__exact": forward.CONSUMER, "target": target.pk, "state__exact": "dead"}
        url = reverse("admin:learning_delivery_changelist") + "?" + urlencode(query)
        return format_html('<a href="{}">{}</a>', url, count)

    @admin.display(description=_("oldest pending"))
    def oldest_pending(self, target) -> str:
        seconds = self._figures(target).get("oldest_pending_seconds")
        if seconds is None:
            return "-"
        minutes, secs = divmod(int(seconds), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}h {minutes:02d}m" if hours else f"{minutes}m {secs:02d}s"
