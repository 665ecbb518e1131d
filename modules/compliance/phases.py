"""Where an assignment stands and when it is due (pure: dates in, answers out)."""

from __future__ import annotations

import calendar
from datetime import date, datetime

from modules.compliance.models import Phase


def phase_of(
    *,
    due_on: date,
    today: date,
    due_soon_days: int,
    completed_at: datetime | None = None,
    exempt: bool = False,
    withdrawn: bool = False,
) -> str:
    """The phase of an assignment on ``today``: withdrawn, exempt and completed win over the
    calendar; then overdue (the due day has passed), due soon (within ``due_soon_days``),
    else open."""
    if withdrawn:
        return Phase.WITHDRAWN
    if exempt:
        return Phase.EXEMPT
    if completed_at is not None:
        return Phase.COMPLETED
    if due_on < today:
        return Phase.OVERDUE
    if (due_on - today).days <= due_soon_days:
        return Phase.DUE_SOON
    return Phase.OPEN


def months_after(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, on the last day of the month when the day
    does not exist there (31 January + 1 month = 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def rule_due_on(
    *, due_days: int | None, due_date: date | None, joined_on: date | None, rule_from: date
) -> date:
    """When a rule's item is due for one person: on the rule's date, or ``due_days`` after
    they joined the unit that made the rule apply. Someone who joined before the rule
    existed counts from the day the rule came in (``rule_from``), so a new rule never makes
    long-serving staff overdue on its first day."""
    if due_date is not None:
        return due_date
    start = max(joined_on or rule_from, rule_from)
    return date.fromordinal(start.toordinal() + (due_days or 0))
