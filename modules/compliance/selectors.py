"""Reads of mandatory training, scoped to who asks.

A *scope* is the set of units a dashboard reader may see: a manager's subtrees (narrowed
to one unit of them if asked), or the whole organisation for holders of
``learning.view_all_people``. Every read here takes a ``Scope`` and costs what the scope
holds (its units' summary rows, its members' assignments), never the organisation's size
when the reader manages a team.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from learning.models import CourseModule, Membership, Organisation, Person
from modules.compliance.models import Assignment, AssignmentRule, ItemKind


@dataclass(frozen=True)
class Scope:
    """What a dashboard reader sees. ``paths`` are the organisation paths of the subtrees
    (empty with ``everything``: the whole organisation). ``unit`` is the one unit the
    reader narrowed to, if any. ``roots`` are the units at the top of the scope."""

    everything: bool
    paths: tuple[str, ...] = ()
    roots: tuple[Organisation, ...] = ()
    unit: Organisation | None = None

    @property
    def empty(self) -> bool:
        return not self.everything and not self.paths

    def organisations(self) -> QuerySet[Organisation]:
        """The units in the scope (one query when evaluated)."""
        if self.everything:
            return Organisation.objects.all()
        if not self.paths:
            return Organisation.objects.none()
        condition = Q()
        for path in self.paths:
            condition |= Q(path__startswith=path)
        return Organisation.objects.filter(condition)

    def organisation_filter(self, field: str = "organisation") -> Q:
        """A condition on ``<field>__path`` that keeps rows of units in the scope."""
        if self.everything:
            return Q()
        if not self.paths:
            return Q(pk__in=[])
        condition = Q()
        for path in self.paths:
            condition |= Q(**{f"{field}__path__startswith": path})
        return condition

    def members(self) -> QuerySet:
        """The person ids of the scope's members, as a subquery."""
        memberships = Membership.objects.filter(self.organisation_filter())
        return memberships.values("person_id").order_by()

    def people(self) -> QuerySet[Person]:
        """The people in the scope (each once)."""
        if self.everything:
            return Person.objects.select_related("user")
        return Person.objects.select_related("user").filter(pk__in=self.members())


def scope_for(*, user, unit_id: int | None = None) -> Scope:
    """The reader's scope; narrowed to ``unit_id`` when that unit is inside it (a unit
    outside the scope narrows to nothing, never widens). Two queries at most."""
    if not user.is_authenticated:
        return Scope(everything=False)
    if user.has_perm("learning.view_all_people"):
        roots = tuple(Organisation.get_root_nodes())
        scope = Scope(everything=True, roots=roots)
    else:
        managed = list(
            Organisation.objects.filter(manager_scopes__person__user=user).order_by("path")
        )
        # A subtree inside another one adds nothing.
        roots = tuple(
            o for o in managed if not any(o.path.startswith(p.path) and o != p for p in managed)
        )
        scope = Scope(everything=False, paths=tuple(o.path for o in roots), roots=roots)
    if unit_id is None:
        return scope
    unit = scope.organisations().filter(pk=unit_id).first()
    if unit is None:
        return Scope(everything=False)
    return Scope(everything=False, paths=(unit.path,), roots=(unit,), unit=unit)


def scope_person_visible(*, scope: Scope, pk: int) -> Person | None:
    """The person ``pk`` if they are in the scope, else None."""
    return scope.people().filter(pk=pk).first()


@dataclass(frozen=True)
class Item:
    """Something that can be assigned: a module or a certification track."""

    kind: str
    key: str
    title: str

    @property
    def token(self) -> str:
        """``kind:key``, the form filters and forms carry."""
        return f"{self.kind}:{self.key}"


def items_assignable() -> list[Item]:
    """Every live module and every active default-language track, modules first, by
    title (the choices of "Assign" and of the dashboard's item filter)."""
    from wagtail.models import Locale

    from certificates.models import Track

    modules = [
        Item(ItemKind.MODULE, str(key), title)
        for key, title in CourseModule.objects.filter(is_live=True)
        .order_by("title")
        .values_list("key", "title")
    ]
    tracks = [
        Item(ItemKind.TRACK, key, title)
        for key, title in Track.objects.filter(locale=Locale.get_default(), is_active=True)
        .order_by("title")
        .values_list("key", "title")
    ]
    return modules + tracks


def item_parse(token: str) -> tuple[str, str] | None:
    """``("module", key)`` from "module:key" (None for anything else)."""
    kind, _sep, key = (token or "").partition(":")
    if kind not in ItemKind.values or not key:
        return None
    return kind, key


def assignments_of(*, person: Person) -> QuerySet[Assignment]:
    """A person's current assignments (every phase but withdrawn), soonest due first."""
    return (
        Assignment.objects.filter(person=person, current=True)
        .exclude(phase="withdrawn")
        .order_by("due_on", "pk")
    )


def rules_active() -> QuerySet[AssignmentRule]:
    return AssignmentRule.objects.filter(is_active=True).select_related("organisation")


def module_repeat_due(*, person: Person, module_key) -> Assignment | None:
    """The person's current outstanding repeat (cycle 2 or later) of the module, if any:
    what lets a learner who completed the module take it again (one query)."""
    return (
        Assignment.objects.filter(
            person=person,
            item_kind=ItemKind.MODULE,
            item_key=str(module_key),
            current=True,
            cycle__gt=1,
            phase__in=["open", "due_soon", "overdue"],
        )
        .order_by("-cycle")
        .first()
    )
