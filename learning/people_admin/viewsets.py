"""Wagtail admin viewsets for people and organisations (registered in
``learning.wagtail_hooks``).

Access follows the model permissions the role groups carry (``learning.auth.roles``); which
rows a user may open follows ``learning.selectors``, so a URL for someone out of scope is
a 404. Every write goes through ``learning.services``, via the forms in
``learning.people_admin.forms``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from learning import services
from learning.models import Organisation, Person
from learning.people_admin.forms import OrganisationAdminForm, PersonAdminForm
from learning.selectors import persons_editable_by, persons_visible_to


# --- Shared ----------------------------------------------------------------------------------
class ServiceFormMixin:
    """For create and edit views whose form saves through services: a ValidationError
    raised while saving rolls the save back (the view's transaction) and is shown on the
    form, as a failed validation would be."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_service_error(error)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class ServiceDeleteView(generic.DeleteView):
    """Deletes through a service (``delete_object``); a ValidationError it raises refuses
    the delete with its message. ``get_blockers`` explains a refusal before anyone asks."""

    template_name = "learning/admin/confirm_delete.html"

    def delete_object(self) -> None:
        raise NotImplementedError

    def get_blockers(self) -> list[str]:
        return []

    def delete_action(self):
        with transaction.atomic():
            log(instance=self.object, action="wagtail.delete", user=self.request.user, deleted=True)
            self.delete_object()

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            for message in error.messages:
                messages.error(self.request, message)
            return redirect(self.index_url_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(blockers=self.get_blockers(), **kwargs)


class TitledIndexView(generic.IndexView):
    """An index whose first (linked) column has its own heading and sort key.

    Spreadsheet export is switched off: ``?export=csv`` / ``?export=xlsx`` answers with the
    ordinary list. A CSV of people would carry names such as ``=HYPERLINK(...)`` into a
    spreadsheet as live formulas, and copies of personal data outside the platform are
    what the privacy work will govern."""

    title_label = None
    title_sort_key = None
    list_export = []

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_export = False

    @cached_property
    def columns(self):
        title, *rest = super().columns
        title.label = self.title_label or title.label
        title.sort_key = self.title_sort_key or title.sort_key
        return [title, *rest]


class ServiceViewSet(ModelViewSet):
    """Common ground: no copy view and no usage view. Wagtail's reference index would not
    see memberships saved through the services; the delete services check usage instead."""

    add_to_reference_index = False
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(usage_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [url for url in super().get_urlpatterns() if url.name != "usage"]


# --- People ----------------------------------------------------------------------------------
def _units(person: Person) -> str:
    return ", ".join(m.organisation.name for m in person.memberships.all())


class PersonIndexView(TitledIndexView):
    title_label = _("Name")
    title_sort_key = "user__last_name"

    def get_base_queryset(self):
        return persons_visible_to(user=self.request.user).prefetch_related(
            "memberships__organisation"
        )


class EditablePeopleMixin:
    def get_queryset(self):
        return persons_editable_by(user=self.request.user)


class PersonCreateView(ServiceFormMixin, generic.CreateView):
    pass


class PersonEditView(ServiceFormMixin, EditablePeopleMixin, generic.EditView):
    pass


class PersonDeleteView(EditablePeopleMixin, ServiceDeleteView):
    def delete_object(self) -> None:
        services.person_delete(person=self.object, actor=self.request.user)

    def get_blockers(self) -> list[str]:
        return services.person_delete_blockers(person=self.object)


class PersonHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return persons_visible_to(user=self.request.user)


class PersonViewSet(ServiceViewSet):
    model = Person
    name = "people"
    icon = "user"
    index_view_class = PersonIndexView
    add_view_class = PersonCreateView
    edit_view_class = PersonEditView
    delete_view_class = PersonDeleteView
    history_view_class = PersonHistoryView
    list_display = [
        "__str__",
        "employee_number",
        "sector",
        Column("units", label=_("Units"), accessor=_units),
    ]
    list_filter = ["sector"]
    list_per_page = 50
    search_fields = ["user__first_name", "user__last_name", "user__email", "employee_number"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("first_name"), FieldPanel("last_name"), FieldPanel("email")],
                heading=_("Login"),
            ),
            MultiFieldPanel(
                [FieldPanel("employee_number"), FieldPanel("sector"), FieldPanel("job_title")],
                heading=_("Work"),
            ),
            FieldPanel("active"),
            InlinePanel("memberships", panels=[FieldPanel("organisation")], label=_("Unit")),
            InlinePanel(
                "manager_scopes", panels=[FieldPanel("organisation")], label=_("Manages unit")
            ),
            FieldPanel("roles"),
        ],
        base_form_class=PersonAdminForm,
    )


# --- Organisations ---------------------------------------------------------------------------
class OrganisationIndexView(TitledIndexView):
    title_label = _("Unit")

    def get_base_queryset(self):
        return Organisation.objects.annotate(member_count=Count("memberships"))


class OrganisationCreateView(ServiceFormMixin, generic.CreateView):
    pass


class OrganisationEditView(ServiceFormMixin, generic.EditView):
    pass


class OrganisationDeleteView(ServiceDeleteView):
    def delete_object(self) -> None:
        services.organisation_delete(organisation=self.object)

    def get_blockers(self) -> list[str]:
        return services.organisation_delete_blockers(organisation=self.object)


class OrganisationViewSet(ServiceViewSet):
    model = Organisation
    name = "organisations"
    icon = "site"
    index_view_class = OrganisationIndexView
    add_view_class = OrganisationCreateView
    edit_view_class = OrganisationEditView
    delete_view_class = OrganisationDeleteView
    list_display = [
        "name_path",
        "sector",
        Column("member_count", label=_("Members"), sort_key="member_count"),
    ]
    ordering = "path"
    list_per_page = 100
    search_fields = ["name_path"]
    search_backend_name = None
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("parent"), FieldPanel("sector")],
        base_form_class=OrganisationAdminForm,
    )


class PeopleViewSetGroup(ViewSetGroup):
    """The "People" menu. Other features add entries through ``submenu_hook``."""

    menu_label = _("People")
    menu_icon = "group"
    menu_order = 300
    submenu_hook = "register_people_menu_item"
    items = (PersonViewSet, OrganisationViewSet)
