"""The summaries the manager dashboard reads: per unit and item, counts of the current
cycle's assignments by phase (``UnitItemSummary``) and completions per month
(``UnitMonthSummary``), over the unit's direct members.

They are recomputed, never incremented: a refresh reads the assignments of the units and
items it is given and replaces their rows, so a replayed event or a refresh running twice
gives the same numbers. The cost of one refresh follows the size of the units refreshed
(a unit's members times the items), never the organisation. The outbox consumer refreshes the
units of the person an event concerns; the minute sweep those whose assignments changed
phase; ``summaries_rebuild`` everything (a command, after a restore).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from learning.models import Membership
from modules.compliance.models import (
    OUTSTANDING,
    Assignment,
    Phase,
    UnitItemSummary,
    UnitMonthSummary,
)

Item = tuple[str, str]


def _counts(organisation_ids: list[int], items: list[Item] | None):
    rows = Assignment.objects.filter(
        current=True, person__memberships__organisation_id__in=organisation_ids
    ).exclude(phase=Phase.WITHDRAWN)
    if items is not None:
        rows = rows.filter(_items_q(items))
    return rows.values("person__memberships__organisation_id", "item_kind", "item_key").annotate(
        assigned=Count("pk"),
        completed=Count("pk", filter=Q(phase=Phase.COMPLETED)),
        in_progress=Count("pk", filter=Q(phase__in=OUTSTANDING, started_at__isnull=False)),
        due_soon=Count("pk", filter=Q(phase=Phase.DUE_SOON)),
        overdue=Count("pk", filter=Q(phase=Phase.OVERDUE)),
        exempt=Count("pk", filter=Q(phase=Phase.EXEMPT)),
    )


def _months(organisation_ids: list[int], items: list[Item] | None):
    rows = Assignment.objects.filter(
        phase=Phase.COMPLETED, person__memberships__organisation_id__in=organisation_ids
    )
    if items is not None:
        rows = rows.filter(_items_q(items))
    return (
        rows.annotate(month=TruncMonth("completed_at"))
        .values("person__memberships__organisation_id", "item_kind", "item_key", "month")
        .annotate(completed=Count("pk"))
    )


def _items_q(items: list[Item]) -> Q:
    condition = Q()
    for kind, key in items:
        condition |= Q(item_kind=kind, item_key=key)
    return condition


@transaction.atomic
def summaries_refresh(
    *,
    organisation_ids: Iterable[int],
    items: Iterable[Item] | None = None,
    months: bool = True,
):
    """Recompute the summary rows of ``organisation_ids`` for ``items`` (None: every item
    those units have); ``months=False`` leaves the completions per month alone (for a
    caller that moved no completion). Idempotent; one transaction, so the dashboard never
    reads half."""
    organisation_ids = sorted(set(organisation_ids))
    if not organisation_ids:
        return
    items = None if items is None else sorted(set(items))
    if items == []:
        return
    now = timezone.now()
    org = "person__memberships__organisation_id"
    counts = [
        UnitItemSummary(
            organisation_id=row[org],
            item_kind=row["item_kind"],
            item_key=row["item_key"],
            refreshed_at=now,
            **{f: row[f] for f in _FIELDS},
        )
        for row in _counts(organisation_ids, items)
    ]
    _replace(UnitItemSummary, organisation_ids, items, counts, [*_FIELDS, "refreshed_at"])
    if not months:
        return
    month_rows = [
        UnitMonthSummary(
            organisation_id=row[org],
            item_kind=row["item_kind"],
            item_key=row["item_key"],
            month=row["month"].date() if hasattr(row["month"], "date") else row["month"],
            completed=row["completed"],
        )
        for row in _months(organisation_ids, items)
    ]
    _replace(UnitMonthSummary, organisation_ids, items, month_rows, ["completed"], extra=("month",))


def _replace(model, organisation_ids, items, rows, fields, extra=()) -> None:
    """Upsert ``rows`` and delete the rows of the same units and items that no longer have
    any (rows keep their ids, so a reader holding one sees it change, not vanish)."""
    unique = ["organisation_id", "item_kind", "item_key", *extra]
    model.objects.bulk_create(
        rows,
        batch_size=1000,
        update_conflicts=True,
        unique_fields=[f.removesuffix("_id") for f in unique],
        update_fields=fields,
    )
    scope = model.objects.filter(organisation_id__in=organisation_ids)
    if items is not None:
        scope = scope.filter(_items_q(items))
    keep = {tuple(getattr(row, f) for f in unique) for row in rows}
    gone = [pk for pk, *key in scope.values_list("pk", *unique) if tuple(key) not in keep]
    if gone:
        model.objects.filter(pk__in=gone).delete()


_FIELDS = ("assigned", "completed", "in_progress", "due_soon", "overdue", "exempt")


def units_of(person_ids: Iterable[int]) -> set[int]:
    """The units the people are direct members of."""
    return set(
        Membership.objects.filter(person_id__in=list(person_ids)).values_list(
            "organisation_id", flat=True
        )
    )


def summaries_refresh_people(
    *, moved: Iterable[tuple[int, str, str]], months: bool = True, chunk: int = 200
) -> None:
    """Refresh the summaries of the units of people whose assignments changed phase (the
    sweep's answer: person id, item kind, item key): every moved item in every unit of a
    moved person, a chunk of units per query and transaction. One pass over those units'
    assignments for all the items at once: grouped by item instead, each item's pass read
    the pages of every unit's members again (20 items, 20 passes: over a minute when 1 % of
    2,000,000 assignments crossed a phase, see docs/benchmarks.md). ``months=False`` for a
    caller that moved no completion (the sweep)."""
    moved = list(moved)
    items = sorted({(kind, key) for _person, kind, key in moved})
    people = sorted({person for person, _kind, _key in moved})
    units: set[int] = set()
    for start in range(0, len(people), 2000):
        units |= units_of(people[start : start + 2000])
    ordered = sorted(units)
    for start in range(0, len(ordered), chunk):
        summaries_refresh(
            organisation_ids=ordered[start : start + chunk], items=items, months=months
        )


def summaries_rebuild(*, chunk: int = 200) -> int:
    """Recompute every unit's rows, a chunk of units at a time; returns the units done."""
    ids = sorted(set(Membership.objects.values_list("organisation_id", flat=True)))
    UnitItemSummary.objects.exclude(organisation_id__in=ids).delete()
    UnitMonthSummary.objects.exclude(organisation_id__in=ids).delete()
    for start in range(0, len(ids), chunk):
        summaries_refresh(organisation_ids=ids[start : start + chunk])
    return len(ids)
