"""Django's admin, for superusers only (``config.urls``): a read-only view of people and
organisations for support. Changes are made in Wagtail's admin at /cms/, which saves
through the services and keeps the organisation tree consistent."""

import json

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.template.response import TemplateResponse

from learning.events import outbox_kick
from learning.models import (
    Delivery,
    ManagerScope,
    Membership,
    Organisation,
    Person,
    Statement,
    StatementPrivacyAudit,
)
from learning.outbox import deliveries_replay
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
