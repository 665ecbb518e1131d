"""Forms behind the Wagtail admin's people and organisation views.

They validate like any model form, then save through ``learning.services``: the admin
view wraps ``save()`` in one transaction, and a ValidationError a service raises there
becomes an error on the form (see ``ServiceFormMixin`` in ``learning.people_admin.viewsets``).
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from learning import services
from learning.auth.roles import ROLE_GROUPS, Role
from learning.models import Organisation, Person
from learning.selectors import roles_grantable_by


class ServiceAdminForm(WagtailAdminModelForm):
    #: Service error keys that belong to a differently named form field.
    error_aliases: dict[str, str] = {}

    def add_service_error(self, error: ValidationError) -> None:
        """Show ``error`` on the fields it names, and above the form for the rest."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for key, errors in error.error_dict.items():
            field = self.error_aliases.get(key, key)
            self.add_error(field if field in self.fields else None, errors)


class PersonAdminForm(ServiceAdminForm):
    """A person and their login; employee number fixed once created."""

    # The username defaults to the employee number, so a clash there is a clash here.
    error_aliases = {"username": "employee_number"}

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    active = forms.BooleanField(
        label=_("Account active"),
        required=False,
        initial=True,
        help_text=_(
            "Untick to offboard someone who has left: they can no longer sign in, and "
            "their learning and assessment history is kept."
        ),
    )
    roles = forms.MultipleChoiceField(
        label=_("Platform roles"),
        choices=[(role, Role(role).label) for role in ROLE_GROUPS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Every person is a learner; managers are set under “Manages units”."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only the roles the signed-in user may grant (``learning.auth.roles``).
        self.grantable = roles_grantable_by(user=self.for_user) if self.for_user else frozenset()
        self.fields["roles"].choices = [
            (role, label) for role, label in self.fields["roles"].choices if role in self.grantable
        ]
        if self.instance.pk:
            user = self.instance.user
            groups = set(user.groups.values_list("name", flat=True))
            self.initial.update(
                first_name=user.first_name,
                last_name=user.last_name,
                email=user.email,
                active=user.is_active,
                roles=[
                    role
                    for role, group in ROLE_GROUPS.items()
                    if group in groups and role in self.grantable
                ],
            )
            self.fields["employee_number"].disabled = True
            self.fields["employee_number"].help_text = _(
                "Other systems know the person by this number, so it cannot change."
            )

    def save(self, commit=True) -> Person:
        """Create or update through the services; ``commit`` is ignored (always saves)."""
        data = self.cleaned_data
        fields = {
            name: data[name] for name in ("first_name", "last_name", "email", "sector", "job_title")
        }
        if self.instance.pk is None:
            person = services.person_create(employee_number=data["employee_number"], **fields)
        else:
            # Compare against the stored row: model-form cleaning already copied the new
            # values onto self.instance, which would hide the changes from person_update.
            person = Person.objects.select_related("user").get(pk=self.instance.pk)
            services.person_update(person=person, actor=self.for_user, **fields)
        if self.cleaned_data["active"]:
            services.person_reactivate(person=person, actor=self.for_user)
        else:
            services.person_offboard(person=person, actor=self.for_user)
        self._save_roles(person)
        self._save_units(person)
        self.instance = person
        return person

    def _save_roles(self, person: Person) -> None:
        wanted = set(self.cleaned_data["roles"])
        # Roles the user may not grant are not on the form, so they are left as they are.
        for role in ROLE_GROUPS:
            if role not in self.grantable:
                continue
            if role in wanted:
                services.role_grant(person=person, role=role, actor=self.for_user)
            else:
                services.role_revoke(person=person, role=role, actor=self.for_user)

    def _save_units(self, person: Person) -> None:
        members = self._chosen("memberships")
        current = set(Organisation.objects.filter(memberships__person=person))
        for unit in members - current:
            services.membership_add(person=person, organisation=unit)
        for unit in current - members:
            services.membership_remove(person=person, organisation=unit)

        managed = self._chosen("manager_scopes")
        current = set(Organisation.objects.filter(manager_scopes__person=person))
        for unit in managed - current:
            services.role_grant(
                person=person, role=Role.MANAGER, organisation=unit, actor=self.for_user
            )
        for unit in current - managed:
            services.role_revoke(
                person=person, role=Role.MANAGER, organisation=unit, actor=self.for_user
            )

    def _chosen(self, relation: str) -> set[Organisation]:
        """The units picked in an inline formset, leaving out rows marked for deletion."""
        formset = self.formsets[relation]
        deleted = formset.deleted_forms
        return {
            form.cleaned_data["organisation"]
            for form in formset.forms
            if form.cleaned_data.get("organisation") and form not in deleted
        }


class OrganisationAdminForm(ServiceAdminForm):
    """A unit: its name, sector and place in the tree (moving it moves its subtree)."""

    parent = forms.ModelChoiceField(
        label=_("Part of"),
        queryset=Organisation.objects.all(),
        required=False,
        empty_label=_("(top level)"),
        help_text=_("Leave empty for a top-level organisation such as a municipality."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # A unit cannot move under itself or anything below it.
            self.fields["parent"].queryset = Organisation.objects.exclude(
                path__startswith=self.instance.path
            )
            parent = self.instance.get_parent()
            self.initial["parent"] = parent.pk if parent else None

    def save(self, commit=True) -> Organisation:
        """Create, rename or move through the services, which keep the tree and the names
        paths of the subtree right; ``commit`` is ignored (always saves)."""
        data = self.cleaned_data
        fields = {name: data[name] for name in ("name", "sector", "parent")}
        if self.instance.pk is None:
            organisation = services.organisation_create(**fields)
        else:
            organisation = services.organisation_update(organisation=self.instance, **fields)
        self.instance = organisation
        return organisation
