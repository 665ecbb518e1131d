"""Reads of mandatory training, scoped to who asks.

A *scope* is the set of units a dashboard reader may see: a manager's subtrees (narrowed
to one unit of them if asked), or the whole organisation for holders of
``learning.view_all_people``. Every read here takes a ``Scope`` and costs what the scope
holds (its units' summary rows, its members' assignments), never the organisation's size
when the reader manages a team.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Case, CharField, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Substr
from django.utils import timezone

from learning.models import CourseModule, Membership, Organisation, Person
from modules.compliance.models import (
    Assignment,
    AssignmentRule,
    ItemKind,
    ManagerAction,
    UnitItemSummary,
    UnitMonthSummary,
)
from modules.compliance.phases import months_after


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


# --- The manager dashboard ------------------------------------------------------------------
@dataclass(frozen=True)
class Totals:
    """Counts of current assignments by phase, summed over summary rows. ``percent`` is the
    share completed of what is asked (exemptions are not asked), None when nothing is."""

    assigned: int = 0
    completed: int = 0
    in_progress: int = 0
    due_soon: int = 0
    overdue: int = 0
    exempt: int = 0

    @property
    def asked(self) -> int:
        return self.assigned - self.exempt

    @property
    def percent(self) -> int | None:
        return round(100 * self.completed / self.asked) if self.asked > 0 else None

    @property
    def outstanding(self) -> int:
        return max(self.asked - self.completed, 0)


_SUMS = ("assigned", "completed", "in_progress", "due_soon", "overdue", "exempt")


def _sums() -> dict:
    return {field: Sum(field) for field in _SUMS}


def _totals(row: dict) -> Totals:
    return Totals(**{field: row.get(field) or 0 for field in _SUMS})


def totals_add(totals) -> Totals:
    """The sum of several ``Totals``."""
    totals = list(totals)
    return Totals(**{f: sum(getattr(t, f) for t in totals) for f in _SUMS})


def _summary_rows(scope: Scope, item: tuple[str, str] | None = None):
    rows = UnitItemSummary.objects.filter(scope.organisation_filter())
    if item is not None:
        rows = rows.filter(item_kind=item[0], item_key=item[1])
    return rows.order_by()


def totals_by_item(*, scope: Scope) -> dict[tuple[str, str], Totals]:
    """The scope's totals per item (kind, key), from the units' summary rows: one query
    whatever the number of people."""
    if scope.empty:
        return {}
    rows = _summary_rows(scope).values("item_kind", "item_key").annotate(**_sums())
    return {(r["item_kind"], r["item_key"]): _totals(r) for r in rows}


@dataclass(frozen=True)
class UnitTotals:
    """One group of the "by unit" table: a unit with its subtree, or (``direct``) only the
    people placed directly in it."""

    organisation: Organisation
    direct: bool
    totals: Totals


def totals_by_unit(*, scope: Scope, item: tuple[str, str] | None = None) -> list[UnitTotals]:
    """The scope's totals (of ``item``, or of every item) per unit one level down: with one
    root (a manager of one unit, or a narrowed scope) each child unit with its subtree, and
    the root's own direct members; with several roots each root's subtree. Two queries."""
    if scope.empty or not scope.roots:
        return []
    rows = _summary_rows(scope, item)
    if len(scope.roots) == 1:
        root = scope.roots[0]
        groups = [*root.get_children(), root]
        key = Substr("organisation__path", 1, (root.depth + 1) * Organisation.steplen)
    else:
        groups = list(scope.roots)
        key = Case(
            *[When(organisation__path__startswith=o.path, then=Value(o.path)) for o in groups],
            output_field=CharField(),
        )
    sums = {
        r["group"]: _totals(r) for r in rows.annotate(group=key).values("group").annotate(**_sums())
    }
    single = len(scope.roots) == 1
    return [
        UnitTotals(o, direct=single and o == scope.roots[0], totals=sums.get(o.path, Totals()))
        for o in groups
    ]


@dataclass(frozen=True)
class MonthCount:
    month: date
    completed: int


def completions_by_month(
    *,
    scope: Scope,
    item: tuple[str, str] | None = None,
    months: int = 12,
    today: date | None = None,
) -> list[MonthCount]:
    """Assignments completed in each of the last ``months`` months (this one included), in
    the scope, of ``item`` or of every item; months without any count 0. One query."""
    this_month = (today or timezone.localdate()).replace(day=1)
    first = months_after(this_month, -(months - 1))
    found: dict[date, int] = {}
    if not scope.empty:
        rows = UnitMonthSummary.objects.filter(scope.organisation_filter(), month__gte=first)
        if item is not None:
            rows = rows.filter(item_kind=item[0], item_key=item[1])
        for row in rows.order_by().values("month").annotate(done=Sum("completed")):
            found[row["month"]] = row["done"] or 0
    every = [months_after(first, n) for n in range(months)]
    return [MonthCount(m, found.get(m, 0)) for m in every]


def _assignments_in(scope: Scope) -> QuerySet[Assignment]:
    """Current assignments of the scope's members: by their ids (a subquery on the scope's
    units), so a team manager's list never scans the organisation."""
    rows = Assignment.objects.filter(current=True)
    if scope.empty:
        return rows.none()
    if not scope.everything:
        rows = rows.filter(person_id__in=scope.members())
    return rows


def assignments_in_phase(
    *, scope: Scope, phase: str, item: tuple[str, str] | None = None, limit: int = 20
) -> list[Assignment]:
    """The scope's current assignments in ``phase`` (overdue, due soon), soonest due first,
    at most ``limit``, with the people's names. One query."""
    rows = _assignments_in(scope).filter(phase=phase)
    if item is not None:
        rows = rows.filter(item_kind=item[0], item_key=item[1])
    return list(rows.select_related("person__user").order_by("due_on", "pk")[:limit])


def assignment_in_scope(*, scope: Scope, pk: int) -> Assignment | None:
    """The assignment ``pk`` (any cycle) if its person is in the scope, else None: the same
    answer for one that does not exist, so an id outside the scope tells nothing."""
    if scope.empty:
        return None
    rows = Assignment.objects.filter(pk=pk)
    if not scope.everything:
        rows = rows.filter(person_id__in=scope.members())
    return rows.first()


def scope_narrow(*, scope: Scope, unit_id: int | None) -> Scope:
    """``scope`` narrowed to the unit ``unit_id`` when it is inside (empty when it is not),
    without reading the reader's roles again (one query; none without ``unit_id``)."""
    if unit_id is None:
        return scope
    unit = scope.organisations().filter(pk=unit_id).first()
    if unit is None:
        return Scope(everything=False)
    return Scope(everything=False, paths=(unit.path,), roots=(unit,), unit=unit)


def scope_units(*, scope: Scope, limit: int = 1000) -> list[Organisation]:
    """The units in the scope by path (the dashboard's unit filter), at most ``limit``."""
    return list(scope.organisations().order_by("path")[:limit])


def people_in_scope(
    *,
    scope: Scope,
    item: tuple[str, str] | None = None,
    phase: str = "",
    query: str = "",
) -> QuerySet[Person]:
    """The scope's people, by name, narrowed to those with a current assignment of ``item``
    and/or in ``phase``, and to a name or employee number containing ``query``."""
    people = scope.people()
    if item is not None or phase:
        wanted = Assignment.objects.filter(current=True).exclude(phase="withdrawn")
        if item is not None:
            wanted = wanted.filter(item_kind=item[0], item_key=item[1])
        if phase:
            wanted = wanted.filter(phase=phase)
        if not scope.everything:
            # From the team's members to their assignments (the person-phase index), not
            # from every overdue assignment of the organisation to the team.
            wanted = wanted.filter(person_id__in=scope.members())
        people = people.filter(pk__in=wanted.values("person_id"))
    query = query.strip()
    if query:
        people = people.filter(
            Q(user__first_name__icontains=query)
            | Q(user__last_name__icontains=query)
            | Q(employee_number__icontains=query)
        )
    return people.order_by("user__last_name", "user__first_name", "pk")


def assignments_of_people(
    *, person_ids: list[int], item: tuple[str, str] | None = None
) -> dict[int, list[Assignment]]:
    """Current assignments (withdrawn left out) of the given people, by person id, soonest
    due first; of ``item`` only when given. One query for a page of people."""
    rows = Assignment.objects.filter(person_id__in=person_ids, current=True).exclude(
        phase="withdrawn"
    )
    if item is not None:
        rows = rows.filter(item_kind=item[0], item_key=item[1])
    found: dict[int, list[Assignment]] = {pk: [] for pk in person_ids}
    for row in rows.order_by("due_on", "pk"):
        found[row.person_id].append(row)
    return found


def manager_actions_of(*, person: Person, limit: int = 100):
    """What managers did for ``person`` (assign, exempt, extend, grant), newest first."""
    return list(ManagerAction.objects.filter(person=person).order_by("-at", "-pk")[:limit])
