"""Reads about people, organisations and roles, always scoped to who is asking."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from learning.models import ManagerScope, Organisation, Person, User
from learning.roles import ROLE_GROUPS, Role


def user_roles(*, user: User | AnonymousUser) -> set[str]:
    """The roles ``user`` holds. Every person is a learner; superusers hold every role."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return {r.value for r in Role}
    roles: set[str] = set()
    person = getattr(user, "person", None)
    if person is not None:
        roles.add(Role.LEARNER)
        if person.manager_scopes.exists():
            roles.add(Role.MANAGER)
    group_names = set(user.groups.values_list("name", flat=True))
    roles.update(role for role, name in ROLE_GROUPS.items() if name in group_names)
    return roles


def organisations_managed_by(*, user: User | AnonymousUser) -> QuerySet[Organisation]:
    """Every organisation in the subtrees ``user`` manages (none for a non-manager)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    roots = Organisation.objects.filter(manager_scopes__person__user=user).only("path")
    return Organisation.objects.subtree_of(list(roots))


def persons_visible_to(*, user: User | AnonymousUser) -> QuerySet[Person]:
    """The people ``user`` may see.

    Holders of ``learning.view_all_people`` (platform and certification administrators) see
    everyone; a manager sees the members of every unit in their subtrees and themself; anyone
    else sees only themself.
    """
    people = Person.objects.select_related("user")
    if not user.is_authenticated:
        return people.none()
    if user.has_perm("learning.view_all_people"):
        return people.all()
    managed = organisations_managed_by(user=user)
    own = people.filter(user=user)
    if not ManagerScope.objects.filter(person__user=user).exists():
        return own
    in_scope = people.filter(memberships__organisation__in=managed)
    return (in_scope | own).distinct()


def persons_editable_by(*, user: User | AnonymousUser) -> QuerySet[Person]:
    """The people whose record ``user`` may open for editing or deleting: those they may see,
    less superusers unless ``user`` is one (whoever can change a superuser's email can take
    over the account through "forgot password")."""
    people = persons_visible_to(user=user)
    if user.is_superuser:
        return people
    return people.exclude(user__is_superuser=True)


def person_get_visible(*, user: User | AnonymousUser, pk: int) -> Person | None:
    """The person with ``pk`` if ``user`` may see them, else None."""
    return persons_visible_to(user=user).filter(pk=pk).first()


def person_get_by_employee_number(*, employee_number: str) -> Person | None:
    """Look a person up by the identifier other systems use (HR, SSO, case systems)."""
    return Person.objects.select_related("user").filter(employee_number=employee_number).first()


def organisation_get_by_name_path(*, name_path: str) -> Organisation | None:
    """The organisation at exactly this path of names (case-insensitive), or None."""
    return Organisation.objects.filter(name_path__iexact=normalise_name_path(name_path)).first()


def normalise_name_path(name_path: str) -> str:
    """ "A / B/C " → "A/B/C": the form ``Organisation.name_path`` stores."""
    return "/".join(part.strip() for part in name_path.split("/") if part.strip())
