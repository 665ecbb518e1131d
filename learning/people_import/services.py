"""Importing people from a CSV file: a preview that writes nothing, then an all-or-nothing commit.

The rules for the file, each row and the whole plan live in ``learning.people_import.rows`` and
``learning.people_import.plan`` (pure). This module reads what the platform holds, stores the
upload as a ``PersonImport`` and writes through the ``learning.services`` every other path
uses, so an imported person is created, updated and given roles exactly as one added by
hand, with the same events.

The import only adds: memberships and roles not in the file are left alone, and people not
in the file are untouched. Importing the same file again plans every row "unchanged" and
writes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from learning import services, signals
from learning.auth.roles import ROLE_GROUPS, Role
from learning.events import event_record
from learning.models import Organisation, Person, PersonImport, User
from learning.people_import.plan import ImportPlan, plan_rows
from learning.people_import.rows import (
    PERSON_FIELDS,
    Action,
    KnownPerson,
    RowResult,
    Snapshot,
    read_rows,
)
from learning.selectors import roles_grantable_by

__all__ = [
    "Action",
    "ImportPlan",
    "ImportRejected",
    "RowResult",
    "people_import_plan",
    "person_import_commit",
    "person_import_decode",
    "person_import_preview",
]

# Rows per query when looking many people up at once (well below SQLite's variable limit).
_CHUNK = 500


class ImportRejected(Exception):
    """A commit found errors and wrote nothing; ``plan`` says which rows and why."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        errors = len(plan.error_rows) or len(plan.file_errors)
        super().__init__(_("%s row(s) have errors; nothing was imported.") % errors)


# --- Reading the upload --------------------------------------------------------------------
def person_import_decode(*, raw: bytes) -> str:
    """The text of an uploaded file: UTF-8, with or without the BOM Excel writes.

    Raises ValidationError, with a message for the person who uploaded it, when the file is
    larger than ``settings.PERSON_IMPORT_MAX_BYTES``, empty, or not UTF-8.
    """
    limit = settings.PERSON_IMPORT_MAX_BYTES
    if len(raw) > limit:
        raise ValidationError(
            _("The file is larger than %(limit)s; split it into several files.")
            % {"limit": filesizeformat(limit)},
            code="too_large",
        )
    if not raw.strip():
        raise ValidationError(_("The file is empty."), code="empty")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _(
                "The file is not UTF-8 text. In Excel, choose “Save as” and the type "
                "“CSV UTF-8 (comma delimited)”, then upload that file."
            ),
            code="encoding",
        ) from None


def people_import_plan(*, text: str, actor: User | None = None) -> ImportPlan:
    """What importing ``text`` would do, row by row, against the platform as it is now.

    ``actor`` is who imports: rows that would change someone with rights beyond theirs or
    grant a role they may not grant are errors; None is the platform itself (the command),
    which may grant every role. Rows changing a superuser are errors for everyone.
    Reads only; writes nothing and sends nothing. Header problems come back as
    ``plan.file_errors`` with no rows.
    """
    file_errors, rows = read_rows(text)
    if file_errors:
        return ImportPlan(file_errors=file_errors)
    numbers = {row.get("employee_number") for row in rows}
    snapshot = Snapshot(
        persons=_known_persons(numbers),
        email_owners=_email_owners({row.get("email").lower() for row in rows}),
        usernames=_taken_usernames({number.lower() for number in numbers}),
        units=_units(),
        grantable_roles=None if actor is None else roles_grantable_by(user=actor),
    )
    return plan_rows(rows, snapshot=snapshot)


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    values = sorted(v for v in values if v)
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _known_persons(numbers: set[str]) -> dict[str, KnownPerson]:
    known = {}
    for chunk in _chunks(numbers):
        people = (
            Person.objects.filter(employee_number__in=chunk)
            .select_related("user")
            .prefetch_related("memberships__organisation", "manager_scopes__organisation")
            .prefetch_related("user__groups")
        )
        for person in people:
            known[person.employee_number] = _known_person(person)
    return known


def _known_person(person: Person) -> KnownPerson:
    groups = {group.name for group in person.user.groups.all()}
    return KnownPerson(
        first_name=person.user.first_name,
        last_name=person.user.last_name,
        email=person.user.email,
        sector=person.sector,
        job_title=person.job_title,
        unit_keys=frozenset(m.organisation.name_path.lower() for m in person.memberships.all()),
        unit_started={
            m.organisation.name_path.lower(): m.started_on for m in person.memberships.all()
        },
        managed_keys=frozenset(
            s.organisation.name_path.lower() for s in person.manager_scopes.all()
        ),
        roles=frozenset(Role(role).value for role, name in ROLE_GROUPS.items() if name in groups),
        is_superuser=person.user.is_superuser,
    )


def _email_owners(emails: set[str]) -> dict[str, str]:
    """Lower-cased email → employee number of the account's person ("" for none)."""
    owners = {}
    for chunk in _chunks(emails):
        users = (
            User.objects.annotate(email_key=Lower("email"))
            .filter(email_key__in=chunk)
            .values_list("email_key", "person__employee_number")
        )
        owners.update((email, number or "") for email, number in users)
    return owners


def _taken_usernames(usernames: set[str]) -> frozenset[str]:
    taken: set[str] = set()
    for chunk in _chunks(usernames):
        users = User.objects.annotate(key=Lower("username")).filter(key__in=chunk)
        taken.update(users.values_list("key", flat=True))
    return frozenset(taken)


def _units() -> dict[str, str]:
    paths = Organisation.objects.values_list("name_path", flat=True)
    return {path.lower(): path for path in paths}


# --- Preview and commit --------------------------------------------------------------------
def person_import_preview(
    *, filename: str, raw: bytes, uploaded_by: User | None
) -> tuple[PersonImport, ImportPlan]:
    """Store an uploaded file as a previewed import and plan it; no person is touched.

    Raises ValidationError when the file cannot be read as a whole (size, encoding, empty,
    missing columns, no or too many rows); nothing is stored then. Row errors do not raise:
    they are in the plan, and the import is stored so the preview can show them.
    """
    text = person_import_decode(raw=raw)
    plan = people_import_plan(text=text, actor=uploaded_by)
    if plan.file_errors:
        raise ValidationError(list(plan.file_errors), code="file")
    person_import = PersonImport(
        uploaded_by=uploaded_by,
        filename=os.path.basename(filename)[:255],
        content=text,
        status=PersonImport.Status.PREVIEWED,
        summary=plan.counts,
    )
    person_import.full_clean()
    person_import.save()
    return person_import, plan


def person_import_commit(*, person_import: PersonImport, actor: User | None = None) -> ImportPlan:
    """Write a previewed import, all or nothing, and return the plan it followed.

    ``actor`` is who commits (None: the platform itself, the command); the plan is checked
    against what they may change and grant, as in ``people_import_plan``.

    The file is planned again inside the transaction, since people and units may have
    changed since the preview. If any row has an error, nothing is written and
    ``ImportRejected`` carries the plan. Otherwise people are created (unusable password,
    username = employee number) or updated, memberships (with the row's start date) and
    roles added; the import is
    marked committed, its ``content`` emptied and ``signals.people_imported`` sent on commit.

    Locking: the import row is locked for the transaction (``select_for_update``), so two
    commits of one import cannot both run; the second raises ValidationError. Idempotent in
    effect: unchanged rows write nothing and send no person events. If someone else writes
    the same people or units at the same moment, the database refuses one of the two and
    this raises ValidationError, having written nothing.
    """
    try:
        return _commit(person_import, actor)
    except IntegrityError:
        raise ValidationError(
            _("People or units changed while the import ran, so nothing was imported. Try again."),
            code="conflict",
        ) from None


@transaction.atomic
def _commit(person_import: PersonImport, actor: User | None) -> ImportPlan:
    locked = PersonImport.objects.select_for_update().get(pk=person_import.pk)
    if locked.status == PersonImport.Status.COMMITTED:
        raise ValidationError(_("This import has already been committed."), code="committed")
    plan = people_import_plan(text=locked.content, actor=actor)
    if not plan.ok:
        raise ImportRejected(plan)
    _apply(plan)
    locked.status = PersonImport.Status.COMMITTED
    locked.summary = plan.counts
    locked.content = ""
    locked.committed_at = timezone.now()
    locked.save(update_fields=["status", "summary", "content", "committed_at"])
    event_record(
        kind="people.imported",
        object_key=f"person_import:{locked.pk}",
        occurrence="committed",
        payload={"person_import": locked.pk, "counts": locked.summary},
        signal=signals.people_imported,
        sender=PersonImport,
        person_import=locked,
    )
    person_import.refresh_from_db()
    return plan


def _apply(plan: ImportPlan) -> None:
    changed = {row.employee_number for row in plan.rows if row.action == Action.UPDATE}
    people = {
        person.employee_number: person
        for chunk in _chunks(changed)
        for person in Person.objects.select_related("user").filter(employee_number__in=chunk)
    }
    units: dict[str, Organisation] = {}
    for row in plan.rows:
        if row.action in (Action.CREATE, Action.UPDATE):
            person = people.get(row.employee_number) or _person_create(row)
            people[row.employee_number] = person
            _apply_row(row, person=person, units=units)


def _person_create(row: RowResult) -> Person:
    return services.person_create(
        employee_number=row.employee_number,
        first_name=row.first_name,
        last_name=row.last_name,
        email=row.email,
        sector=row.sector,
        job_title=row.job_title,
    )


def _apply_row(row: RowResult, *, person: Person, units: dict[str, Organisation]) -> None:
    fields = {name: getattr(row, name) for name in row.changes if name in PERSON_FIELDS}
    if fields:
        services.person_update(person=person, **fields)
    key = row.unit_path.lower()
    if key not in units:
        units[key], _created = services.organisation_ensure_path(name_path=row.unit_path)
    # The joining day (if given) is what rules "due N days after joining" count from.
    services.membership_add(person=person, organisation=units[key], started_on=row.start_date)
    if row.role == Role.MANAGER:
        services.role_grant(person=person, role=row.role, organisation=units[key])
    elif row.role != Role.LEARNER:
        services.role_grant(person=person, role=row.role)


def person_imports_purge_stale(*, older_than: timedelta) -> int:
    """Delete previews never committed and older than ``older_than``, with the personal data
    their file holds; return how many. Committed imports (counts only) are kept. Idempotent."""
    cutoff = timezone.now() - older_than
    deleted, _by_model = PersonImport.objects.filter(
        status=PersonImport.Status.PREVIEWED, created_at__lt=cutoff
    ).delete()
    return deleted
