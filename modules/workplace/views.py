"""The pages around the courses that cut across apps: the start page ("My learning", and
for managers what they manage), "My certificates", and the team pages (a manager's
people, one person, a login link for them)."""

from __future__ import annotations

from uuid import UUID

from axes.helpers import get_client_ip_address
from django.contrib import messages
from django.db.models import Count, Prefetch, Q, Window
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from certificates.models import CertificateStatus
from certificates.selectors import certificate_overview
from learning.auth.forms import (
    PasswordLinkForm,
    password_link_address_allowed,
    password_link_allowed,
)
from learning.auth.permissions import authenticated, manager_or_perm, person_required, public
from learning.auth.roles import Role
from learning.models import Membership
from learning.selectors import (
    organisations_managed_by,
    person_get_visible,
    persons_visible_to,
    request_person,
    request_roles,
)
from modules.selectors import module_cards, my_learning

TEAM_PERMISSION = "learning.view_all_people"
TEAM_PAGE_SIZE = 50


@public
@require_GET
def start(request: HttpRequest) -> HttpResponse:
    """Visitors get the welcome page; staff "My learning": their paths, modules in progress
    and completed, and (for managers) what they manage."""
    if not request.user.is_authenticated:
        return render(request, "learning/welcome.html")
    person = request_person(request)
    roles = request_roles(request)
    return render(
        request,
        "modules/my_learning.html",
        {
            "person": person,
            "learning": my_learning(person=person) if person else None,
            "memberships": person.memberships.select_related("organisation") if person else [],
            "roles": [Role(r).label for r in Role if r in roles],
            "managed_units": organisations_managed_by(user=request.user).filter(
                manager_scopes__person__user=request.user
            )
            if Role.MANAGER in roles
            else [],
        },
    )


@authenticated
@person_required
@require_GET
def my_certificates(request: HttpRequest, person) -> HttpResponse:
    """The learner's certificates and the tracks open to them: status, days left, the
    documents, and what to do next (the requirements still ahead, or recertification once
    its window is open)."""
    tracks = certificate_overview(person=person)
    module_keys = [UUID(r.key) for t in tracks for r in t.requirements if r.kind == "module"]
    cards = module_cards(module_keys) if module_keys else {}
    rows = []
    for track in tracks:
        steps = []
        for requirement in track.requirements:
            if requirement.kind == "module":
                card = cards.get(UUID(requirement.key))
                url = card.url if card else ""
                name = card.title if card else requirement.name
            else:
                exam = requirement.kind == "exam"
                view = "assessment_overview" if exam else "calibration_overview"
                url, name = reverse(view, args=[requirement.key]), requirement.name
            steps.append({"requirement": requirement, "url": url, "name": name})
        rows.append(
            {"track": track, "status_label": CertificateStatus(track.status).label, "steps": steps}
        )
    return render(request, "modules/my_certificates.html", {"rows": rows})


@manager_or_perm(TEAM_PERMISSION)
@require_GET
def team(request: HttpRequest) -> HttpResponse:
    """The people a manager is responsible for, searchable by name or employee number."""
    query = request.GET.get("q", "").strip()
    people = persons_visible_to(user=request.user).exclude(user=request.user)
    if query:
        people = people.filter(
            Q(user__first_name__icontains=query)
            | Q(user__last_name__icontains=query)
            | Q(employee_number__icontains=query)
        )
    people = people.prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("organisation"))
    ).order_by("user__last_name", "user__first_name", "pk")
    # The total rides along on every row (COUNT(*) OVER ()), so the count and the page are
    # one query instead of two scans of the scope.
    page = list(people.annotate(total=Window(Count("*")))[:TEAM_PAGE_SIZE])
    total = page[0].total if page else 0
    return render(
        request,
        "learning/team.html",
        {
            "people": page,
            "total": total,
            "query": query,
            "truncated": total > TEAM_PAGE_SIZE,
        },
    )


@manager_or_perm(TEAM_PERMISSION)
@require_GET
def team_person(request: HttpRequest, pk: int) -> HttpResponse:
    """One person in the manager's units; 404 for anyone outside them."""
    person = person_get_visible(user=request.user, pk=pk)
    if person is None:
        raise Http404
    return render(
        request,
        "learning/team_person.html",
        {"person": person, "memberships": person.memberships.select_related("organisation")},
    )


@manager_or_perm(TEAM_PERMISSION)
@require_POST
def team_person_send_login_link(request: HttpRequest, pk: int) -> HttpResponse:
    """Email a team member a link to set their password, e.g. after an import."""
    person = person_get_visible(user=request.user, pk=pk)
    if person is None:
        raise Http404
    if not person.user.email:
        messages.error(request, _("%s has no email address.") % person.full_name)
        return redirect("team_person", pk=pk)
    if not (
        password_link_address_allowed(address=get_client_ip_address(request))
        and password_link_allowed(user=person.user)
    ):
        messages.error(request, _("Too many password links were sent recently. Try again later."))
        return redirect("team_person", pk=pk)
    form = PasswordLinkForm({"email": person.user.email})
    form.count_against_limit = False
    form.is_valid()
    form.save(
        request=request,
        use_https=request.is_secure(),
        email_template_name="registration/password_set_email.txt",
        subject_template_name="registration/password_set_subject.txt",
    )
    messages.success(request, _("A link to set a password was sent to %s.") % person.full_name)
    return redirect("team_person", pk=pk)
