"""Reading a CSV file of people and checking each row on its own.

Pure: text and a ``Snapshot`` of what the platform holds go in, checked rows come out.
``learning.people_import.plan`` plans the file as a whole and
``learning.people_import.services`` loads the snapshot and writes, so the preview, the commit
and the ``import_people`` command apply the same rules, which are, for people who write a
file:

- columns ``employee_number``, ``name``, ``email``, ``unit_path``, ``sector`` and the
  optional ``role`` (empty or missing means learner), ``start_date`` (the day the person
  joined the row's unit: 2026-11-20, 20.11.2026 or 20-11-2026; empty: the day of import
  for a new membership, the stored date kept for an existing one) and ``job_title`` (empty:
  the stored job title is kept); header names ignore case and spaces around them; other
  columns are ignored;
- "," or ";" between fields, whichever the header line uses more (Nordic Excel writes ";");
- ``name`` is the full name: the last word is the last name, the words before it the first
  name ("Anne Marie Holm" → "Anne Marie" + "Holm"). A person already on the platform whose
  stored name reads the same keeps it as stored, so "Jan" + "van Dijk" stays so;
- ``unit_path`` is "/"-separated names from an existing top-level organisation down; units
  missing below it are created;
- one person may have several rows (units or roles); they must agree on name, email, sector
  and job title.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _

from learning.auth.roles import ROLE_ALIASES, Role
from learning.models import PATH_SEPARATOR, Sector

MAX_ROWS = 10_000
REQUIRED_COLUMNS = ("employee_number", "name", "email", "unit_path", "sector")
COLUMNS = (*REQUIRED_COLUMNS, "role", "start_date", "job_title")
PERSON_FIELDS = ("first_name", "last_name", "email", "sector", "job_title")
EMPLOYEE_NUMBER_PATTERN = re.compile(r"[A-Za-z0-9._-]+")
EMPLOYEE_NUMBER_MAX = 64
NAME_PART_MAX = 150  # User.first_name / last_name
EMAIL_MAX = 254  # User.email
UNIT_NAME_MAX = 200  # Organisation.name
UNIT_PATH_MAX = 2000  # Organisation.name_path
JOB_TITLE_MAX = 200  # Person.job_title
# ISO, and the day-first forms Nordic spreadsheets write.
DATE_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(r"(?P<day>\d{1,2})[.-](?P<month>\d{1,2})[.-](?P<year>\d{4})"),
)
EARLIEST_START = date(1950, 1, 1)


class Action(StrEnum):
    """What committing a row would do to its person."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class RowResult:
    """One data row of the file and what committing it would do.

    ``line`` is the row's line in the file, the header being line 1. Values are normalised
    (email lower case, sector and role as codes, ``unit_path`` spelled as the platform spells
    existing units). ``start_date`` is None and ``job_title`` "" when the row leaves them
    out. ``changes`` is set for an update only: the person fields that change
    (``PERSON_FIELDS``) and what the row adds ("unit: <path>", "role: <role>",
    "start_date: <path>" for a corrected joining date). ``errors`` is empty unless
    ``action`` is "error".
    """

    line: int
    employee_number: str
    name: str = ""
    email: str = ""
    sector: str = ""
    unit_path: str = ""
    role: str = Role.LEARNER.value
    start_date: date | None = None
    job_title: str = ""
    action: Action = Action.ERROR
    changes: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def first_name(self) -> str:
        return split_name(self.name)[0]

    @property
    def last_name(self) -> str:
        return split_name(self.name)[1]


@dataclass(frozen=True)
class KnownPerson:
    """A person already on the platform, as far as the import compares them.

    ``unit_keys`` and ``managed_keys`` are lower-cased name paths; ``unit_started`` the
    day the person joined each of those units; ``roles`` the group-backed roles held;
    ``is_superuser`` puts the person out of the import's reach.
    """

    first_name: str
    last_name: str
    email: str
    sector: str
    job_title: str = ""
    unit_keys: frozenset[str] = frozenset()
    unit_started: Mapping[str, date] = field(default_factory=dict)
    managed_keys: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    is_superuser: bool = False


@dataclass(frozen=True)
class Snapshot:
    """What the platform holds that a plan is checked against.

    ``persons`` by employee number; ``email_owners`` maps a lower-cased email to the employee
    number of the person whose account uses it ("" for an account with no person);
    ``usernames`` are taken usernames among the file's employee numbers; ``units`` maps every
    unit's lower-cased name path to its name path. ``grantable_roles`` are the roles the
    person importing may grant (``learning.auth.roles``); None for the platform itself (the
    ``import_people`` command), which may grant every role but still not touch a superuser.
    """

    persons: Mapping[str, KnownPerson] = field(default_factory=dict)
    email_owners: Mapping[str, str] = field(default_factory=dict)
    usernames: frozenset[str] = frozenset()
    units: Mapping[str, str] = field(default_factory=dict)
    grantable_roles: frozenset[str] | None = None


@dataclass(frozen=True)
class CsvRow:
    """A non-blank data row: its line in the file and its cells by column name."""

    line: int
    values: Mapping[str, str]

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()


def split_name(name: str) -> tuple[str, str]:
    """ "Anne Marie Holm" → ("Anne Marie", "Holm"); a single word is a last name."""
    *first, last = name.split() or [""]
    return " ".join(first), last


# --- Reading the file ----------------------------------------------------------------------
def read_rows(text: str) -> tuple[tuple[str, ...], tuple[CsvRow, ...]]:
    """The file's data rows, or the reasons the file cannot be read as a whole."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return (_("The file is empty."),), ()
    if "\x00" in text:
        # A NUL byte is never in a text CSV (it comes from a UTF-16 or binary file), and
        # PostgreSQL refuses it in any string, so it is a file error before any lookup.
        line = text.count("\n", 0, text.index("\x00")) + 1
        message = _(
            "Line %(line)s holds a NUL character, so this is not a text CSV file. Save it as "
            "“CSV UTF-8 (comma delimited)” and upload that file."
        )
        return (message % {"line": line},), ()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        header = [name.strip().lower() for name in next(reader)]
        missing = [column for column in REQUIRED_COLUMNS if column not in header]
        if missing:
            return (_missing_columns_message(missing),), ()
        rows = _data_rows(reader, header)
    except csv.Error as error:
        message = _("The file is not valid CSV (line %(line)s: %(error)s).")
        return (message % {"line": reader.line_num, "error": error},), ()
    if not rows:
        return (_("The file has a header but no rows of people."),), ()
    if len(rows) > MAX_ROWS:
        message = _("The file has more than %(max)s rows of people; split it into several files.")
        return (message % {"max": f"{MAX_ROWS:,}"},), ()
    return (), tuple(rows)


def sniff_delimiter(text: str) -> str:
    """Semicolon when the header line has more semicolons than commas, else comma."""
    header = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _missing_columns_message(missing: list[str]) -> str:
    message = _(
        "The header row lacks the column(s) %(missing)s. It needs: %(columns)s "
        "(optional: %(optional)s)."
    )
    return message % {
        "missing": ", ".join(missing),
        "columns": ", ".join(REQUIRED_COLUMNS),
        "optional": ", ".join(c for c in COLUMNS if c not in REQUIRED_COLUMNS),
    }


def _data_rows(reader, header: list[str]) -> list[CsvRow]:
    rows: list[CsvRow] = []
    start = reader.line_num + 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            rows.append(CsvRow(line=start, values=dict(zip(header, cells, strict=False))))
            if len(rows) > MAX_ROWS:
                break
        start = reader.line_num + 1
    return rows


# --- Checking one row ----------------------------------------------------------------------
def check_row(row: CsvRow, *, snapshot: Snapshot) -> RowResult:
    """The row's normalised values and every error found in the row on its own."""
    number = row.get("employee_number")
    cleaned = {
        "employee_number": _clean_employee_number(number, snapshot),
        "name": _clean_name(row.get("name")),
        "email": _clean_email(row.get("email"), number, snapshot),
        "unit_path": _clean_unit_path(row.get("unit_path"), snapshot.units),
        "sector": _clean_sector(row.get("sector")),
        "role": _clean_role(row.get("role")),
        "start_date": _clean_start_date(row.get("start_date")),
        "job_title": _clean_job_title(row.get("job_title")),
    }
    values = {column: value for column, (value, _errors) in cleaned.items()}
    errors = tuple(error for _value, column_errors in cleaned.values() for error in column_errors)
    return RowResult(line=row.line, errors=errors, **values)


def _clean_employee_number(number: str, snapshot: Snapshot) -> tuple[str, list[str]]:
    if not number:
        return number, [_("The employee number is missing.")]
    if len(number) > EMPLOYEE_NUMBER_MAX:
        message = _("The employee number is longer than %s characters.")
        return number, [message % EMPLOYEE_NUMBER_MAX]
    if not EMPLOYEE_NUMBER_PATTERN.fullmatch(number):
        message = _("The employee number may hold only letters a to z, digits, “.”, “_” and “-”.")
        return number, [message]
    # Sign-in ignores the case of usernames, so "e1" would shadow an account called "E1".
    if number not in snapshot.persons and number.lower() in snapshot.usernames:
        return number, [_("Another account already has the username “%s”.") % number]
    return number, []


def _clean_name(value: str) -> tuple[str, list[str]]:
    name = " ".join(value.split())
    if not name:
        return name, [_("The name is missing.")]
    if any(len(part) > NAME_PART_MAX for part in split_name(name)):
        return name, [_("The name is too long.")]
    return name, []


def _clean_email(value: str, number: str, snapshot: Snapshot) -> tuple[str, list[str]]:
    email = value.lower()
    if not email:
        return email, [_("The email address is missing.")]
    try:
        validate_email(email)
    except ValidationError:
        return email, [_("“%s” is not a valid email address.") % value]
    if len(email) > EMAIL_MAX:
        return email, [_("The email address is longer than %s characters.") % EMAIL_MAX]
    owner = snapshot.email_owners.get(email)
    if owner is not None and owner != number:
        return email, [_("The email address %s is already used by another account.") % email]
    return email, []


@cache
def _sector_codes() -> dict[str, str]:
    """Sector codes and English labels, lower-cased, to the code."""
    with translation.override("en"):
        codes = {str(label).lower(): code for code, label in Sector.choices}
    return codes | {code: code for code in Sector.values}


def _clean_sector(value: str) -> tuple[str, list[str]]:
    if not value:
        return value, [_("The sector is missing.")]
    sector = _sector_codes().get(value.lower())
    if sector is None:
        message = _("“%(value)s” is not a sector; use one of: %(codes)s.")
        return value, [message % {"value": value, "codes": ", ".join(Sector.values)}]
    return sector, []


def _clean_role(value: str) -> tuple[str, list[str]]:
    if not value:
        return Role.LEARNER.value, []
    role = ROLE_ALIASES.get(value.lower())
    if role is None:
        message = _("“%(value)s” is not a role; use one of: %(roles)s.")
        return value, [message % {"value": value, "roles": ", ".join(ROLE_ALIASES)}]
    return Role(role).value, []


def _clean_unit_path(value: str, units: Mapping[str, str]) -> tuple[str, list[str]]:
    """The path spelled as the platform spells the units that exist."""
    names = [name.strip() for name in value.split(PATH_SEPARATOR) if name.strip()]
    if not names:
        return value, [_("The unit path is missing.")]
    # A name holds no "/", so only a top-level organisation's path can match the first name.
    path = units.get(names[0].lower())
    if path is None:
        return value, [_("No top-level organisation is called “%s”.") % names[0]]
    for name in names[1:]:
        path = f"{path}{PATH_SEPARATOR}{name}"
        path = units.get(path.lower(), path)
    if any(len(name) > UNIT_NAME_MAX for name in names) or len(path) > UNIT_PATH_MAX:
        return value, [_("A unit name in the path is too long.")]
    return path, []


def _clean_start_date(value: str) -> tuple[date | None, list[str]]:
    """The joining day, from 2026-11-20, 20.11.2026 or 20-11-2026; None when empty."""
    if not value:
        return None, []
    for pattern in DATE_PATTERNS:
        match = pattern.fullmatch(value)
        if match is None:
            continue
        try:
            day = date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            break
        if day < EARLIEST_START or day.year > 2100:
            return None, [_("The start date %s is not a plausible joining day.") % value]
        return day, []
    message = _("“%s” is not a start date; write it as 2026-11-20 or 20.11.2026.")
    return None, [message % value]


def _clean_job_title(value: str) -> tuple[str, list[str]]:
    title = " ".join(value.split())
    if len(title) > JOB_TITLE_MAX:
        return title, [_("The job title is longer than %s characters.") % JOB_TITLE_MAX]
    return title, []
