"""Planning a whole CSV import of people: what each row would do, given the rows before it.

Pure, like ``learning.people_import.rows`` (which reads the file and checks one row at a time): rows
and a ``Snapshot`` go in, an ``ImportPlan`` comes out. A row is checked on its own, then
against earlier rows (one person's rows agree on name, email, sector and job title; an email belongs
to one employee number); then it is compared with the person as the platform holds them,
plus what earlier rows of the file add, to say whether it creates, updates or changes
nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from django.utils.translation import gettext as _

from learning.auth.roles import ROLE_GROUPS, Role
from learning.models import PATH_SEPARATOR
from learning.people_import.rows import (
    Action,
    CsvRow,
    KnownPerson,
    RowResult,
    Snapshot,
    check_row,
    split_name,
)


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do, row by row; computing it writes nothing.

    ``file_errors`` are problems with the file as a whole (missing columns, no rows, too many
    rows); when there are any, ``rows`` is empty. ``ok`` is true only when the file has rows
    and none has an error: the import is all or nothing.
    """

    rows: tuple[RowResult, ...] = ()
    units_to_create: tuple[str, ...] = ()
    file_errors: tuple[str, ...] = ()

    @property
    def error_rows(self) -> tuple[RowResult, ...]:
        return tuple(row for row in self.rows if row.action == Action.ERROR)

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.file_errors and not self.error_rows

    @property
    def counts(self) -> dict[str, int]:
        """Rows per action, people to create and to update, units to create."""
        actions = Counter(row.action for row in self.rows)
        people = {action: set() for action in Action}
        for row in self.rows:
            people[row.action].add(row.employee_number)
        return {
            "rows": len(self.rows),
            **{action.value: actions[action] for action in Action},
            "people_to_create": len(people[Action.CREATE]),
            "people_to_update": len(people[Action.UPDATE]),
            "units_to_create": len(self.units_to_create),
        }

    @property
    def people_to_write(self) -> int:
        counts = self.counts
        return counts["people_to_create"] + counts["people_to_update"]


@dataclass
class _Pending:
    """A person as they will be once the rows planned so far are applied."""

    is_new: bool
    unit_keys: set[str]
    managed_keys: set[str]
    roles: set[str]
    unit_started: dict[str, date] = field(default_factory=dict)


@dataclass
class _Planner:
    """Plans rows in file order, remembering what earlier rows add."""

    snapshot: Snapshot
    units: dict[str, str]
    units_to_create: list[str] = field(default_factory=list)
    first_rows: dict[str, RowResult] = field(default_factory=dict)
    email_rows: dict[str, RowResult] = field(default_factory=dict)
    pending: dict[str, _Pending] = field(default_factory=dict)

    def plan(self, row: CsvRow) -> RowResult:
        result = check_row(row, snapshot=replace(self.snapshot, units=self.units))
        if not result.errors:
            result = replace(result, errors=self._conflicts(result) + self._authority(result))
        if result.errors:
            return replace(result, action=Action.ERROR)
        self._remember(result)
        return self._decide(result)

    def _conflicts(self, row: RowResult) -> tuple[str, ...]:
        errors = []
        first = self.first_rows.get(row.employee_number.lower())
        if first and first.employee_number != row.employee_number:
            # Sign-in ignores case, so the two would share one username.
            message = _("Line %(line)s has employee number %(number)s, which differs only in case.")
            errors.append(message % {"line": first.line, "number": first.employee_number})
        fields = ("name", "email", "sector", "job_title")
        differing = [f for f in fields if first and getattr(first, f) != getattr(row, f)]
        if differing and not errors:
            message = _("Line %(line)s gives this person a different %(fields)s.")
            errors.append(message % {"line": first.line, "fields": _(" and ").join(differing)})
        earlier = self.email_rows.get(row.email)
        if earlier and earlier.employee_number != row.employee_number:
            message = _("Line %(line)s already uses this email for employee number %(number)s.")
            errors.append(message % {"line": earlier.line, "number": earlier.employee_number})
        return tuple(errors)

    def _authority(self, row: RowResult) -> tuple[str, ...]:
        """Errors for a row that would change someone the importer may not change or grant a
        role they may not grant (``learning.auth.roles``); superusers are never the import's."""
        grantable = self.snapshot.grantable_roles
        known = self.snapshot.persons.get(row.employee_number)
        if known is not None:
            beyond = known.roles - grantable if grantable is not None else frozenset()
            if known.is_superuser or beyond:
                return (
                    _("This person holds rights you do not have; the import cannot change them."),
                )
        if grantable is not None and row.role != Role.LEARNER and row.role not in grantable:
            return (_("You may not grant the role “%s”.") % Role(row.role).label,)
        return ()

    def _remember(self, row: RowResult) -> None:
        self.first_rows.setdefault(row.employee_number.lower(), row)
        self.email_rows.setdefault(row.email, row)
        names = row.unit_path.split(PATH_SEPARATOR)
        for depth in range(2, len(names) + 1):
            path = PATH_SEPARATOR.join(names[:depth])
            if path.lower() not in self.units:
                self.units[path.lower()] = path
                self.units_to_create.append(path)

    def _decide(self, row: RowResult) -> RowResult:
        state = self.pending.get(row.employee_number)
        changes: list[str] = []
        if state is None:
            known = self.snapshot.persons.get(row.employee_number)
            state = self.pending[row.employee_number] = _pending_from(known)
            changes += person_field_changes(row, known) if known else []
        unit_key = row.unit_path.lower()
        if unit_key not in state.unit_keys:
            state.unit_keys.add(unit_key)
            changes.append(f"unit: {row.unit_path}")
        elif row.start_date and state.unit_started.get(unit_key) != row.start_date:
            changes.append(f"start_date: {row.unit_path}")
        if row.start_date:
            state.unit_started[unit_key] = row.start_date
        changes += _role_changes(row, state, unit_key)
        if state.is_new:
            return replace(row, action=Action.CREATE)
        if changes:
            return replace(row, action=Action.UPDATE, changes=tuple(changes))
        return replace(row, action=Action.UNCHANGED)


def _pending_from(known: KnownPerson | None) -> _Pending:
    if known is None:
        return _Pending(is_new=True, unit_keys=set(), managed_keys=set(), roles=set())
    return _Pending(
        is_new=False,
        unit_keys=set(known.unit_keys),
        managed_keys=set(known.managed_keys),
        roles=set(known.roles),
        unit_started=dict(known.unit_started),
    )


def person_field_changes(row: RowResult, known: KnownPerson) -> list[str]:
    """The ``PERSON_FIELDS`` the row would change on a person already on the platform."""
    changes = []
    if " ".join(f"{known.first_name} {known.last_name}".split()) != row.name:
        first, last = split_name(row.name)
        changes += ["first_name"] if first != known.first_name else []
        changes += ["last_name"] if last != known.last_name else []
    changes += ["email"] if row.email != known.email else []
    changes += ["sector"] if row.sector != known.sector else []
    # A blank job title in the file keeps the stored one.
    changes += ["job_title"] if row.job_title and row.job_title != known.job_title else []
    return changes


def _role_changes(row: RowResult, state: _Pending, unit_key: str) -> list[str]:
    if row.role == Role.MANAGER and unit_key not in state.managed_keys:
        state.managed_keys.add(unit_key)
        return [f"role: {row.role}"]
    if row.role in ROLE_GROUPS and row.role not in state.roles:
        state.roles.add(row.role)
        return [f"role: {row.role}"]
    return []


def plan_rows(rows: tuple[CsvRow, ...], *, snapshot: Snapshot) -> ImportPlan:
    """Check every row against ``snapshot`` and the rows before it; say what each would do.

    A row is checked on its own, then against earlier rows (same person: same name, email and
    sector; an email belongs to one employee number). Only rows without errors count towards
    what later rows would change.
    """
    planner = _Planner(snapshot=snapshot, units=dict(snapshot.units))
    results = tuple(planner.plan(row) for row in rows)
    return ImportPlan(rows=results, units_to_create=tuple(planner.units_to_create))
