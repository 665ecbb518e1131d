"""The instrument roster: who in the manager's units may run each risk instrument today,
and until when (GET /manage/roster/?unit=&instrument=)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from certificates.models import CertificateStatus
from certificates.selectors import instruments_certified, roster
from learning.auth.permissions import manager_or_perm
from learning.models import Membership
from modules.compliance.selectors import Scope, scope_for

PERMISSION = "learning.view_all_people"
#: Rows shown on the page; the export has them all.
ROSTER_PAGE_LIMIT = 250
UNIT_CHOICES_LIMIT = 2000


def scope_from_request(request: HttpRequest) -> Scope:
    """The reader's scope, narrowed to ``?unit=`` when given. A unit that is not a number
    or not in the scope gives an empty scope: never more than the reader's own people."""
    raw = request.GET.get("unit", "").strip()
    if not raw:
        return scope_for(user=request.user)
    if not raw.isdigit():
        return Scope(everything=False)
    return scope_for(user=request.user, unit_id=int(raw))


def scope_person_ids(scope: Scope):
    """The person-id subquery ``roster`` and the exports filter on (None: everyone)."""
    return None if scope.everything else scope.members()


def roster_in_scope(scope: Scope, instrument_key: str = "") -> list:
    """The roster entries of the scope's members (one query; none for an empty scope)."""
    if scope.empty:
        return []
    return roster(person_ids=scope_person_ids(scope), instrument_key=instrument_key)


def units_of(person_ids) -> dict[int, list[str]]:
    """The names of each person's units, by person id (one query)."""
    units: dict[int, list[str]] = {}
    rows = (
        Membership.objects.filter(person_id__in=list(set(person_ids)))
        .order_by("organisation__name")
        .values_list("person_id", "organisation__name")
    )
    for person_id, name in rows:
        units.setdefault(person_id, []).append(name)
    return units


def _groups(entries, units) -> list[dict]:
    groups: list[dict] = []
    for entry in entries:
        label = f"{entry.instrument_name} {entry.instrument_version}".strip()
        if not groups or groups[-1]["label"] != label:
            groups.append({"label": label, "key": entry.instrument_key, "rows": []})
        groups[-1]["rows"].append(
            {
                "entry": entry,
                "units": ", ".join(units.get(entry.person_id, [])),
                "status_label": CertificateStatus(entry.status).label,
            }
        )
    return groups


@manager_or_perm(PERMISSION)
@require_GET
def manage_roster(request: HttpRequest) -> HttpResponse:
    """Who in the reader's units may run each instrument today: person, employee number,
    units, status, authorised until and certificate number, grouped by instrument;
    filtered by unit (of the scope) and instrument, with links to the CSV/XLSX export of
    the same rows. A fixed number of queries, whatever the number of people."""
    scope = scope_from_request(request)
    instrument = request.GET.get("instrument", "").strip()
    entries = roster_in_scope(scope, instrument)
    shown = entries[:ROSTER_PAGE_LIMIT]
    units = units_of(e.person_id for e in shown)
    unit = request.GET.get("unit", "").strip()
    filters = {k: v for k, v in (("unit", unit), ("instrument", instrument)) if v}
    base = scope_for(user=request.user) if unit else scope  # the units the filter offers
    return render(
        request,
        "modules/dashboard/roster.html",
        {
            "groups": _groups(shown, units),
            "total": len(entries),
            "truncated": len(entries) > ROSTER_PAGE_LIMIT,
            "limit": ROSTER_PAGE_LIMIT,
            "units": base.organisations().order_by("path")[:UNIT_CHOICES_LIMIT],
            "instruments": instruments_certified(),
            "unit": unit,
            "instrument": instrument,
            "query": urlencode(filters),
        },
    )
