"""Django's admin, for superusers only (``config.urls``): a read-only view of people and
organisations for support. Changes are made in Wagtail's admin at /cms/, which saves
through the services and keeps the organisation tree consistent."""

from django.contrib import admin

from learning.models import ManagerScope, Membership, Organisation, Person


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
