"""Django's admin, for superusers only (``config.urls``): a read-only view of people and
organisations for support. Changes are made in Wagtail's admin at /cms/, which saves
through the services and keeps the organisation tree consistent."""

from django.contrib import admin
from django.db import transaction

from learning.events import outbox_kick
from learning.models import Delivery, ManagerScope, Membership, Organisation, Person
from learning.outbox import deliveries_replay


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

    @admin.action(description="Replay the selected dead deliveries")
    def replay(self, request, queryset) -> None:
        count = deliveries_replay(queryset=queryset)
        transaction.on_commit(outbox_kick)
        self.message_user(request, f"{count} deliveries queued again.")
