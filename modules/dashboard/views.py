"""The manager dashboard pages (outside the language prefix, like /team/).

Every page reads through the selectors with the reader's ``Scope``: a manager sees their
units' subtrees, holders of ``learning.view_all_people`` everyone. Anything outside the
scope is "not found", never "forbidden", so an id tells nothing about who exists. Counts
come from the summary tables, lists from the scope's members: each page costs a fixed
number of queries whatever the size of the team.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from assessments.calibration.selectors import calibration_results_of
from assessments.exams.selectors import assessment_results_of
from certificates import status as certificate_status
from certificates.models import CertificateStatus
from certificates.selectors import (
    EXPIRY_WINDOWS,
    certificates_expiring,
    certificates_expiring_counts,
    certificates_of,
)
from learning.auth.permissions import manager_or_perm
from learning.models import Membership, Sector
from learning.selectors import enrolments_for_person
from modules.compliance import selectors as compliance
from modules.compliance import services
from modules.compliance.models import ManagerAction, Phase
from modules.dashboard import charts
from modules.dashboard.forms import (
    AssignForm,
    ExemptForm,
    ExtendForm,
    SectorAccessForm,
    form_errors,
)

PERMISSION = "learning.view_all_people"
PAGE_SIZE = 50
LIST_SIZE = 20
FILTER_PHASES = (Phase.OVERDUE, Phase.DUE_SOON, Phase.OPEN, Phase.COMPLETED, Phase.EXEMPT)


# --- Filters --------------------------------------------------------------------------------
def _unit_id(request: HttpRequest) -> int | None:
    """The ?unit= asked for: None when absent; a value that is no unit id narrows to
    nothing (-1), never to everything."""
    raw = request.GET.get("unit", "").strip()
    if not raw:
        return None
    return int(raw) if raw.isdigit() else -1


def _filters(request: HttpRequest) -> dict:
    """The reader's scope (narrowed by ?unit=), the units they may pick, the items, and the
    ?item= / ?phase= / ?q= asked for."""
    base = compliance.scope_for(user=request.user)
    scope = compliance.scope_narrow(scope=base, unit_id=_unit_id(request))
    items = compliance.items_assignable()
    token = request.GET.get("item", "")
    item = compliance.item_parse(token)
    phase = request.GET.get("phase", "")
    return {
        "scope": scope,
        "units": compliance.scope_units(scope=base),
        "unit_id": _unit_id(request),
        "items": items,
        "titles": {(i.kind, i.key): i.title for i in items},
        "item": item,
        "item_token": token if item else "",
        "phase": phase if phase in FILTER_PHASES else "",
        "phases": [(p.value, p.label) for p in FILTER_PHASES],
        "query": request.GET.get("q", "").strip()[:100],
    }


def _query(**params) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _members(scope):
    """The scope's person ids as a subquery (None: everyone)."""
    return None if scope.everything else scope.members()


# --- The overview ---------------------------------------------------------------------------
def _item_rows(by_item: dict, titles: dict) -> list[dict]:
    rows = [
        {"title": titles.get(key, f"{key[0]}:{key[1]}"), "token": f"{key[0]}:{key[1]}", "t": t}
        for key, t in by_item.items()
    ]
    return sorted(rows, key=lambda r: r["title"].lower())


def _percent_text(totals) -> str:
    if totals.percent is None:
        return _("nothing assigned")
    return _("%(percent)s%% (%(done)s of %(asked)s)") % {
        "percent": totals.percent,
        "done": totals.completed,
        "asked": totals.asked,
    }


def _charts(item_rows, unit_rows, months) -> dict:
    return {
        "item_chart": charts.bar_chart(
            title=_("Completion per module or track"),
            description=_("Share of assigned people who have completed each item."),
            rows=[(r["title"], r["t"].percent, _percent_text(r["t"])) for r in item_rows],
        ),
        "unit_chart": charts.bar_chart(
            title=_("Completion by unit"),
            description=_("Share of assignments completed in each unit and the units below it."),
            rows=[(r["label"], r["t"].percent, _percent_text(r["t"])) for r in unit_rows],
        ),
        "month_chart": charts.column_chart(
            title=_("Completions per month, last 12 months"),
            description=_("Number of assignments completed in each month."),
            rows=[(m["short"], m["count"], m["year"]) for m in months],
        ),
    }


def _unit_rows(scope, item) -> list[dict]:
    rows = []
    for group in compliance.totals_by_unit(scope=scope, item=item):
        label = group.organisation.name
        if group.direct:
            label = _("%(unit)s (directly)") % {"unit": label}
        rows.append({"label": label, "unit": group.organisation, "t": group.totals})
    return rows


def _month_rows(scope, item) -> list[dict]:
    return [
        {
            "label": date_format(m.month, "M Y"),
            # The chart names the month, and the year under its first month and January.
            "short": date_format(m.month, "M"),
            "year": str(m.month.year) if n == 0 or m.month.month == 1 else "",
            "count": m.completed,
        }
        for n, m in enumerate(compliance.completions_by_month(scope=scope, item=item))
    ]


def _listed(scope, phase: str, item, titles: dict) -> list:
    """The first ``LIST_SIZE`` assignments in ``phase``, each with its item's title."""
    rows = compliance.assignments_in_phase(scope=scope, phase=phase, item=item, limit=LIST_SIZE)
    for row in rows:
        row.title = titles.get((row.item_kind, row.item_key), row.item_key)
    return rows


@manager_or_perm(PERMISSION)
@require_GET
def manage_overview(request: HttpRequest) -> HttpResponse:
    """The dashboard: key figures, completion per item, by unit and over time (each chart
    with its table), the overdue and due-soon lists and certificates expiring soon, for the
    reader's scope narrowed by ?unit= and ?item=."""
    f = _filters(request)
    scope, item = f["scope"], f["item"]
    by_item = compliance.totals_by_item(scope=scope)
    totals = by_item.get(item) if item else compliance.totals_add(by_item.values())
    totals = totals or compliance.Totals()
    members = _members(scope)
    empty = scope.empty
    item_rows = _item_rows(by_item, f["titles"])
    unit_rows = _unit_rows(scope, item)
    months = _month_rows(scope, item)
    context = {
        **f,
        "totals": totals,
        "people_count": 0 if empty else scope.people().count(),
        "expiring_counts": {d: 0 for d in EXPIRY_WINDOWS}
        if empty
        else certificates_expiring_counts(person_ids=members),
        "expiring": [] if empty else certificates_expiring(person_ids=members, limit=LIST_SIZE),
        "item_rows": item_rows,
        "unit_rows": unit_rows,
        "months": months,
        "overdue": _listed(scope, Phase.OVERDUE, item, f["titles"]),
        "due_soon": _listed(scope, Phase.DUE_SOON, item, f["titles"]),
        "overdue_link": _query(unit=request.GET.get("unit"), item=f["item_token"], phase="overdue"),
        "due_soon_link": _query(
            unit=request.GET.get("unit"), item=f["item_token"], phase="due_soon"
        ),
        "people_link": _query(unit=request.GET.get("unit"), item=f["item_token"]),
        "list_size": LIST_SIZE,
        **_charts(item_rows, unit_rows, months),
    }
    return render(request, "modules/dashboard/overview.html", context)


# --- The people list ------------------------------------------------------------------------
def _person_row(person, assignments: list, item) -> dict:
    row = {"person": person, "assignment": None}
    if item is not None:
        row["assignment"] = assignments[0] if assignments else None
        return row
    row["overdue"] = sum(a.phase == Phase.OVERDUE for a in assignments)
    row["outstanding"] = sum(a.outstanding for a in assignments)
    row["completed"] = sum(a.phase == Phase.COMPLETED for a in assignments)
    return row


@manager_or_perm(PERMISSION)
@require_GET
def manage_people(request: HttpRequest) -> HttpResponse:
    """The people in the reader's scope, 50 a page, filtered by unit, item and phase and
    searched by name or employee number, each with their status for the chosen item (or
    their counts of outstanding, overdue and completed work)."""
    f = _filters(request)
    scope = f["scope"]
    people = compliance.people_in_scope(
        scope=scope, item=f["item"], phase=f["phase"], query=f["query"]
    )
    if scope.empty:
        people = people.none()
    people = people.prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("organisation"))
    )
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    found = compliance.assignments_of_people(
        person_ids=[p.pk for p in page.object_list], item=f["item"]
    )
    rows = [_person_row(p, found[p.pk], f["item"]) for p in page.object_list]
    filters = _query(
        unit=request.GET.get("unit"), item=f["item_token"], phase=f["phase"], q=f["query"]
    )
    return render(
        request,
        "modules/dashboard/people.html",
        {**f, "page": page, "rows": rows, "filters": filters},
    )


# --- One person -----------------------------------------------------------------------------
def _visible(request: HttpRequest, pk: int):
    person = compliance.scope_person_visible(scope=compliance.scope_for(user=request.user), pk=pk)
    if person is None:
        raise Http404
    return person


def _action_rows(actions, titles: dict) -> list[dict]:
    rows = []
    for action in actions:
        parsed = compliance.item_parse(action.detail.get("item", ""))
        rows.append(
            {
                "action": action,
                "label": ManagerAction.Action(action.action).label,
                "item": titles.get(parsed, action.detail.get("item", "")) if parsed else "",
                "detail": action.detail,
                "sector": _sector_label(action.detail.get("sector", "")),
            }
        )
    return rows


def _sector_label(value: str) -> str:
    return Sector(value).label if value in Sector.values else value


def _certificate_rows(person) -> list[dict]:
    return [
        {
            "certificate": c,
            "status": status,
            "status_label": CertificateStatus(status).label,
            "authorised": status in certificate_status.AUTHORISED,
        }
        for c, status in certificates_of(person=person)
    ]


@manager_or_perm(PERMISSION)
@require_GET
def manage_person(request: HttpRequest, pk: int) -> HttpResponse:
    """One person in the reader's scope (404 for anyone else): units, assignments with the
    forms to exempt, extend and assign, module progress, assessment and calibration results
    (pass or fail and the score, never an answer), certificates, access to other sectors'
    sections, and what managers did for them."""
    person = _visible(request, pk)
    items = compliance.items_assignable()
    titles = {(i.kind, i.key): i.title for i in items}
    assignments = list(compliance.assignments_of(person=person))
    access = list(person.sector_access.select_related("granted_by").order_by("sector"))
    context = {
        "person": person,
        "memberships": person.memberships.select_related("organisation"),
        "assignments": [
            {"a": a, "title": titles.get((a.item_kind, a.item_key), a.item_key)}
            for a in assignments
        ],
        "enrolments": list(enrolments_for_person(person=person)),
        "exam_results": assessment_results_of(person=person),
        "calibration_results": calibration_results_of(person=person),
        "certificates": _certificate_rows(person),
        "access": access,
        "actions": _action_rows(compliance.manager_actions_of(person=person), titles),
        "assign_form": AssignForm(items=items, auto_id="assign-%s"),
        "sector_form": SectorAccessForm(
            exclude={person.sector, *(a.sector for a in access)}, auto_id="sector-%s"
        ),
        "is_self": person.user_id == request.user.pk,
    }
    return render(request, "modules/dashboard/person.html", context)


# --- What a manager does --------------------------------------------------------------------
def _done(request: HttpRequest, person_id: int, anchor: str) -> HttpResponse:
    return redirect(f"{_person_url(person_id)}#{anchor}")


def _person_url(person_id: int) -> str:
    return reverse("manage_person", args=[person_id])


def _refused(request: HttpRequest, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


@manager_or_perm(PERMISSION)
@require_POST
def manage_assign(request: HttpRequest, pk: int) -> HttpResponse:
    """Assign a module or track to a person in the scope, due on a date, with a reason
    (audited). A repeated post finds it outstanding and says so."""
    person = _visible(request, pk)
    form = AssignForm(request.POST, items=compliance.items_assignable())
    if not form.is_valid():
        messages.error(request, form_errors(form))
        return _done(request, pk, "assign")
    kind, key = form.cleaned_data["item"]
    try:
        services.assignment_assign(
            actor=request.user,
            person=person,
            item_kind=kind,
            item_key=key,
            due_on=form.cleaned_data["due_on"],
            reason=form.cleaned_data["reason"],
        )
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        _refused(request, error)
        return _done(request, pk, "assign")
    messages.success(
        request,
        _("Assigned to %(name)s, due %(due)s.")
        % {"name": person.full_name, "due": date_format(form.cleaned_data["due_on"])},
    )
    return _done(request, pk, "assignments")


def _assignment(request: HttpRequest, pk: int):
    found = compliance.assignment_in_scope(scope=compliance.scope_for(user=request.user), pk=pk)
    if found is None:
        raise Http404
    return found


@manager_or_perm(PERMISSION)
@require_POST
def manage_assignment_exempt(request: HttpRequest, pk: int) -> HttpResponse:
    """Exempt a person in the scope from an outstanding assignment, with a reason
    (audited). Posting again finds it no longer outstanding."""
    assignment = _assignment(request, pk)
    form = ExemptForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_errors(form))
        return _done(request, assignment.person_id, "assignments")
    try:
        services.assignment_exempt(
            actor=request.user, assignment_id=assignment.pk, reason=form.cleaned_data["reason"]
        )
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Exempted."))
    return _done(request, assignment.person_id, "assignments")


@manager_or_perm(PERMISSION)
@require_POST
def manage_assignment_extend(request: HttpRequest, pk: int) -> HttpResponse:
    """Move an outstanding assignment's due date later, with a reason (audited)."""
    assignment = _assignment(request, pk)
    form = ExtendForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_errors(form))
        return _done(request, assignment.person_id, "assignments")
    try:
        services.assignment_extend(
            actor=request.user,
            assignment_id=assignment.pk,
            due_on=form.cleaned_data["due_on"],
            reason=form.cleaned_data["reason"],
        )
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        _refused(request, error)
    else:
        messages.success(
            request,
            _("The due date is now %(due)s.") % {"due": date_format(form.cleaned_data["due_on"])},
        )
    return _done(request, assignment.person_id, "assignments")


@manager_or_perm(PERMISSION)
@require_POST
def manage_sector_access(request: HttpRequest, pk: int) -> HttpResponse:
    """Let a person in the scope read another sector's lesson sections, with a reason
    (audited once; granting again changes nothing)."""
    person = _visible(request, pk)
    form = SectorAccessForm(request.POST, exclude={person.sector})
    if not form.is_valid():
        messages.error(request, form_errors(form))
        return _done(request, pk, "access")
    try:
        created = services.sector_access_grant(
            actor=request.user,
            person=person,
            sector=form.cleaned_data["sector"],
            reason=form.cleaned_data["reason"],
        )
    except PermissionDenied as error:
        raise Http404 from error
    except ValidationError as error:
        _refused(request, error)
        return _done(request, pk, "access")
    if created:
        messages.success(request, _("Access granted."))
    else:
        messages.info(request, _("%s already had this access.") % person.full_name)
    return _done(request, pk, "access")
