"""Django's admin, for superusers only (``config.urls``): a read-only view of people and
organisations for support. Changes are made in Wagtail's admin at /cms/, which saves
through the services and keeps the organisation tree consistent. The xAPI clients are
managed here too (created, deactivated, their secret rotated)."""

import json
import threading
from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from learning.events import outbox_kick
from learning.models import (
    Delivery,
    ForwardTarget,
    ManagerScope,
    Membership,
    Organisation,
    Person,
    Statement,
    StatementClient,
    StatementPrivacyAudit,
)
from learning.outbox import deliveries_replay
from learning.xapi import forward
from learning.xapi.auth import client_create, client_rotate
from learning.xapi.privacy import statements_erase, statements_export
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
    actions = ["statements_export_action", "statements_erase_action"]

    def _privacy(self, request, queryset, action: str):
        """Ask for the reason on an intermediate page, then export (a JSON download) or
        erase. One person at a time, so an export is one person's document."""
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one person.", messages.ERROR)
            return None
        person = queryset.select_related("user").get()
        reason = request.POST.get("reason", "").strip()
        if "confirm" in request.POST:
            try:
                if action == "export":
                    document = statements_export(person=person, by=request.user, reason=reason)
                    response = HttpResponse(
                        json.dumps(document, indent=2), content_type="application/json"
                    )
                    filename = f"statements-{person.xapi_key}.json"
                    response["Content-Disposition"] = f'attachment; filename="{filename}"'
                    return response
                count = statements_erase(person=person, by=request.user, reason=reason)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
            else:
                self.message_user(request, f"Erased {count} statements of {person}.")
                return None
        return TemplateResponse(
            request,
            "admin/learning/statements_privacy.html",
            {
                **self.admin_site.each_context(request),
                "title": "Export statements" if action == "export" else "Erase statements",
                "person": person,
                "action": action,
                "action_name": request.POST.get("action"),
                "count": Statement.objects.filter(person=person).count(),
                "opts": self.model._meta,
            },
        )

    @admin.action(description="Export the selected person's xAPI statements (audited)")
    def statements_export_action(self, request, queryset):
        return self._privacy(request, queryset, "export")

    @admin.action(description="Erase the selected person's xAPI statements (audited)")
    def statements_erase_action(self, request, queryset):
        return self._privacy(request, queryset, "erase")


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


@admin.register(StatementPrivacyAudit)
class StatementPrivacyAuditAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Every export, erasure and retention run on the statement store: who, when, why."""

    list_display = ("at", "action", "subject", "by", "count", "reason")
    list_filter = ("action",)
    search_fields = ("subject", "reason")
    list_select_related = ("by",)


class StatementClientForm(forms.ModelForm):
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("scopes"),
        choices=StatementClient.Scope.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = StatementClient
        fields = ("name", "scopes", "active")


@admin.register(StatementClient)
class StatementClientAdmin(admin.ModelAdmin):
    """Clients of /xapi/statements (``learning.xapi.auth``). Adding one shows its key and
    secret once, on the page that confirms it; the secret is stored only hashed and never
    shown again: "Rotate the secret" makes a new one (shown once) and the old one stops
    working. Deactivating keeps the client and its statements, and refuses its requests."""

    form = StatementClientForm
    list_display = ("name", "key", "scopes", "active", "created_at", "last_used_at")
    list_filter = ("active",)
    search_fields = ("name", "key")
    readonly_fields = ("key", "created_at", "last_used_at")
    actions = ["rotate_secret", "deactivate"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # its statements name it as their authority: deactivate instead

    def save_model(self, request, obj, form, change) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        credentials = client_create(name=obj.name, scopes=form.cleaned_data["scopes"])
        obj.pk, obj.key = credentials.client.pk, credentials.client.key
        if not obj.active:
            StatementClient.objects.filter(pk=obj.pk).update(active=False)
        obj._secret_once = credentials.secret

    def response_add(self, request, obj, post_url_continue=None):
        return self._secret_page(request, obj, obj._secret_once, _("The client was created."))

    def _secret_page(self, request, client, secret, headline):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Credentials of %(name)s") % {"name": client.name},
            "headline": headline,
            "client": client,
            "secret": secret,
        }
        response = TemplateResponse(request, "admin/learning/statementclient/secret.html", context)
        response["Cache-Control"] = "private, no-store"
        return response

    @admin.action(description=gettext_lazy("Rotate the secret (shows the new one once)"))
    def rotate_secret(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one client."), messages.ERROR)
            return None
        credentials = client_rotate(client=queryset.get())
        return self._secret_page(
            request,
            credentials.client,
            credentials.secret,
            _("The secret was rotated; the old one no longer works."),
        )

    @admin.action(description=gettext_lazy("Deactivate the selected clients"))
    def deactivate(self, request, queryset) -> None:
        count = queryset.update(active=False)
        self.message_user(request, _("%(count)d clients deactivated.") % {"count": count})


class ForwardTargetForm(forms.ModelForm):
    """The target's password is write-only: never rendered, kept when left empty."""

    endpoint = forms.URLField(
        label=gettext_lazy("endpoint"),
        assume_scheme="https",
        help_text=gettext_lazy("The LRS's xAPI base, e.g. https://lrs.example.org/xAPI/"),
    )

    password = forms.CharField(
        label=gettext_lazy("password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=gettext_lazy(
            "Stored encrypted and never shown again. Leave empty to keep the current one."
        ),
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
            raise forms.ValidationError(
                gettext_lazy('A list of IRIs, e.g. ["http://adlnet.gov/…"].')
            )
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

    @admin.display(description=gettext_lazy("delivered"))
    def delivered(self, target) -> int:
        return self._figures(target).get("delivered", 0)

    @admin.display(description=gettext_lazy("pending"))
    def pending(self, target) -> int:
        return self._figures(target).get("pending", 0)

    @admin.display(description=gettext_lazy("failed (dead)"))
    def dead(self, target):
        count = self._figures(target).get("dead", 0)
        if not count:
            return 0
        query = {"consumer__exact": forward.CONSUMER, "target": target.pk, "state__exact": "dead"}
        url = reverse("admin:learning_delivery_changelist") + "?" + urlencode(query)
        return format_html('<a href="{}">{}</a>', url, count)

    @admin.display(description=gettext_lazy("oldest pending"))
    def oldest_pending(self, target) -> str:
        seconds = self._figures(target).get("oldest_pending_seconds")
        if seconds is None:
            return "-"
        minutes, secs = divmod(int(seconds), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}h {minutes:02d}m" if hours else f"{minutes}m {secs:02d}s"
