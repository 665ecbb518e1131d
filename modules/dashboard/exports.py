"""Exports for managers: the team report and the instrument roster, as CSV or XLSX.

Both hold exactly what the reader's pages show (their scope, narrowed by the same filters;
an unknown or outside ``?unit=`` gives a file with the header only), never answers. Cells
are neutralised against spreadsheet formulas (``modules.dashboard.spreadsheets``). CSV is
streamed row by row; XLSX is written row by row to a spooled file and streamed from it.

The roster's CSV is a fixed format case systems import (docs/integration.md, "Instrument
roster export"); its header never changes with the language.
"""

from __future__ import annotations

import tempfile

from django.db.models import Q
from django.http import FileResponse, HttpRequest, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from certificates.models import Track
from learning.auth.permissions import manager_or_perm
from learning.models import CourseModule
from modules.compliance.models import Assignment, ItemKind, Phase
from modules.compliance.selectors import item_parse
from modules.dashboard.roster import (
    PERMISSION,
    roster_in_scope,
    scope_from_request,
    scope_person_ids,
    units_of,
)
from modules.dashboard.spreadsheets import Column, csv_lines, xlsx_write

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: Rows read from the database at a time (and the people whose units are read with them).
CHUNK = 2000

ROSTER_COLUMNS = (
    Column("employee_number", 18),
    Column("instrument_key", 18),
    Column("instrument_version", 12),
    Column("status", 12),
    Column("authorised_until", 14),
    Column("certificate_number", 20),
    Column("track_key", 28),
    Column("name", 32),
)


def _respond(fmt: str, stem: str, columns, rows, *, title: str, bom: bool):
    """The download: ``<stem>-<today>.<fmt>``, never cached."""
    filename = f"{stem}-{timezone.localdate().isoformat()}.{fmt}"
    if fmt == "csv":
        response = StreamingHttpResponse(
            csv_lines(columns, rows, bom=bom), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        # FileResponse closes the file once the download has been sent.
        out = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115
        xlsx_write(out, columns, rows, title=title)
        out.seek(0)
        response = FileResponse(out, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
    response["Cache-Control"] = "no-store"
    return response


# --- The team report ------------------------------------------------------------------------
def team_assignments(request: HttpRequest):
    """The current assignments of the people in the reader's scope, filtered like the
    people list (``unit``, ``item`` as kind:key, ``phase``, ``q`` on name or employee
    number; unknown item or phase values filter nothing, an unknown unit everything out),
    ordered by person. Withdrawn assignments only when asked for by phase."""
    scope = scope_from_request(request)
    if scope.empty:
        return Assignment.objects.none()
    rows = Assignment.objects.filter(current=True)
    if not scope.everything:
        rows = rows.filter(person_id__in=scope_person_ids(scope))
    item = item_parse(request.GET.get("item", ""))
    if item is not None:
        rows = rows.filter(item_kind=item[0], item_key=item[1])
    phase = request.GET.get("phase", "")
    if phase in Phase.values:
        rows = rows.filter(phase=phase)
    else:
        rows = rows.exclude(phase=Phase.WITHDRAWN)
    query = request.GET.get("q", "").strip()
    if query:
        rows = rows.filter(
            Q(person__user__first_name__icontains=query)
            | Q(person__user__last_name__icontains=query)
            | Q(person__employee_number__icontains=query)
        )
    return rows.order_by(
        "person__user__last_name", "person__user__first_name", "person_id", "due_on"
    ).values_list(*TEAM_FIELDS)


#: What one row of the team report reads: plain values, no model instances (the report of
#: a team of 5,000 is 100,000 rows).
TEAM_FIELDS = (
    "person_id",
    "person__employee_number",
    "person__user__first_name",
    "person__user__last_name",
    "item_kind",
    "item_key",
    "cycle",
    "phase",
    "due_on",
    "completed_at",
    "mandatory",
    "source",
)


def _team_columns():
    return (
        Column(_("Employee number"), 18),
        Column(_("Name"), 30),
        Column(_("Units"), 36),
        Column(_("Kind"), 18),
        Column(_("Item"), 40),
        Column(_("Cycle"), 8),
        Column(_("Status"), 16),
        Column(_("Due on"), 12),
        Column(_("Completed on"), 14),
        Column(_("Mandatory"), 11),
        Column(_("Source"), 22),
    )


def _item_titles() -> dict[tuple[str, str], str]:
    """Every item's title by (kind, key), live or not (an assignment outlives its module's
    publication and its track's activity). A few queries, whatever the number of rows."""
    from wagtail.models import Locale

    titles = {
        (ItemKind.MODULE, str(key)): title
        for key, title in CourseModule.objects.values_list("key", "title")
    }
    tracks = Track.objects.filter(locale=Locale.get_default()).values_list("key", "title")
    titles.update({(ItemKind.TRACK, key): title for key, title in tracks})
    return titles


def _labels(choices) -> dict[str, str]:
    return {value: str(label) for value, label in choices.choices}


def _team_rows(assignments, titles, labels):
    """One row per assignment, a chunk of rows (and their people's units) at a time; labels
    are resolved before streaming starts, in the reader's language."""
    chunk: list[tuple] = []
    for row in assignments.iterator(chunk_size=CHUNK):
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield from _team_chunk(chunk, titles, labels)
            chunk = []
    yield from _team_chunk(chunk, titles, labels)


def _team_chunk(chunk, titles, labels):
    units = units_of({row[0] for row in chunk}) if chunk else {}
    tz = timezone.get_current_timezone()
    for pk, number, first, last, kind, key, cycle, phase, due, done, mandatory, source in chunk:
        yield (
            number,
            f"{first} {last}".strip(),
            ", ".join(units.get(pk, ())),
            labels["kind"].get(kind, kind),
            titles.get((kind, key), key),
            cycle,
            labels["phase"].get(phase, phase),
            due,
            done.astimezone(tz).date() if done else None,
            labels["yes"] if mandatory else labels["no"],
            labels["source"].get(source, source),
        )


@manager_or_perm(PERMISSION)
@require_GET
def manage_export_team(request: HttpRequest, fmt: str):
    """The team report as CSV or XLSX: one row per person and current assignment in the
    reader's scope (employee number, name, units, item kind and title, cycle, phase, due
    and completion dates, mandatory, source). A fixed number of queries per 2,000 rows."""
    titles = _item_titles()
    labels = {
        "kind": _labels(ItemKind),
        "phase": _labels(Phase),
        "source": _labels(Assignment.Source),
        "yes": _("yes"),
        "no": _("no"),
    }
    rows = _team_rows(team_assignments(request), titles, labels)
    return _respond(fmt, "team-report", _team_columns(), rows, title=_("Team report"), bom=True)


# --- The instrument roster ------------------------------------------------------------------
def _roster_rows(entries):
    for e in entries:
        yield (
            e.employee_number,
            e.instrument_key,
            e.instrument_version,
            e.status,
            timezone.localdate(e.until) if e.until else None,
            e.number,
            e.track_key,
            e.name,
        )


@manager_or_perm(PERMISSION)
@require_GET
def manage_export_roster(request: HttpRequest, fmt: str):
    """The instrument roster of the reader's scope (filters ``unit`` and ``instrument``,
    as on the page) in the documented import format: one row per person and instrument
    version, the fixed English header, ISO dates, UTF-8 without a byte-order mark."""
    scope = scope_from_request(request)
    entries = roster_in_scope(scope, request.GET.get("instrument", "").strip())
    return _respond(
        fmt, "instrument-roster", ROSTER_COLUMNS, _roster_rows(entries), title="roster", bom=False
    )
