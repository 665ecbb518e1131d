"""Django's admin, for superusers only (``config.urls``): a read-only view of people and
organisations for support. Changes are made in Wagtail's admin at /cms/, which saves
through the services and keeps the organisation tree consistent. The xAPI clients are
managed here too (created, deactivated, their secret rotated)."""

import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from learning.events import outbox_kick
from learning.models import (
    Delivery,
    ManagerScope,
    Membership,
    Organisation,
    Person,
    Statement,
    StatementClient,
    StatementPrivacyAudit,
)
from learning.outbox import deliveries_replay
from learning.xapi.auth import client_create, client_rotate
from learning.xapi.privacy import statements_erase, statements_export


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
