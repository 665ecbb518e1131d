"""Reads about people, organisations and roles, always scoped to who is asking."""

from __future__ import annotations

from uuid import UUID

from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import F, Prefetch, QuerySet

from learning.auth.roles import ROLE_GROUPS, Role, role_holder_may_change, roles_grantable
from learning.data import LessonState, ModuleProgress
from learning.models import (
    CourseLesson,
    CourseModule,
    Enrolment,
    Membership,
    Organisation,
    Person,
    SectorAccess,
    User,
)


def user_roles(*, user: User | AnonymousUser) -> set[str]:
    """The roles ``user`` holds. Every person is a learner; superusers hold every role.
    From the user's cached access snapshot (``learning.access``)."""
    if not user.is_authenticated:
        return set()
    from learning.access import snapshot

    return set(snapshot(user)["roles"])


def user_roles_uncached(*, user: User) -> set[str]:
    """``user_roles`` worked out from the database (what the access snapshot stores)."""
    if user.is_superuser:
        return {r.value for r in Role}
    roles: set[str] = set()
    person = getattr(user, "person", None)
    if person is not None:
        roles.add(Role.LEARNER)
        if person.manager_scopes.exists():
            roles.add(Role.MANAGER)
    group_names = set(user.groups.values_list("name", flat=True))
    roles.update(role for role, name in ROLE_GROUPS.items() if name in group_names)
    return roles


def request_roles(request) -> set[str]:
    """``user_roles`` of the request's user, worked out once per request: the navigation,
    the permission decorators and the start page all ask."""
    roles = getattr(request, "_user_roles", None)
    if roles is None:
        roles = user_roles(user=request.user)
        request._user_roles = roles
    return roles


def request_person(request) -> Person | None:
    """The signed-in person of the request; None for visitors and for accounts without a
    person (a superuser, a service account). Read once per request: Django keeps it on the
    user, a missing one too."""
    return getattr(getattr(request, "user", None), "person", None)


def sectors_granted(*, person: Person) -> frozenset[str]:
    """The other sectors whose lesson sections ``person`` may read (``SectorAccess`` rows a
    manager granted). For the signed-in reader from their cached access snapshot
    (``learning.access``: a grant or withdrawal takes effect on the next request), else
    one query; kept on the person object, so a lesson with many audience sections asks
    once at most."""
    granted = getattr(person, "_sectors_granted", None)
    if granted is None:
        if Person.user.is_cached(person) and person.user.is_active:
            from learning.access import snapshot

            granted = snapshot(person.user).get("sectors")
        if granted is None:  # not the reader, or a snapshot from before sector access
            granted = frozenset(
                SectorAccess.objects.filter(person=person).values_list("sector", flat=True)
            )
        person._sectors_granted = granted
    return granted


def organisations_managed_by(*, user: User | AnonymousUser) -> QuerySet[Organisation]:
    """Every organisation in the subtrees ``user`` manages (none for a non-manager)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    roots = Organisation.objects.filter(manager_scopes__person__user=user).only("path")
    return Organisation.objects.subtree_of(list(roots))


def persons_visible_to(*, user: User | AnonymousUser) -> QuerySet[Person]:
    """The people ``user`` may see.

    Holders of ``learning.view_all_people`` (platform and certification administrators) see
    everyone; a manager sees the members of every unit in their subtrees and themself; anyone
    else sees only themself.

    The manager's scope is one ``id IN (members of the subtrees UNION themself)``: PostgreSQL
    starts from the few units under the manager's paths (a prefix match on the organisation
    path index) and fetches their members by key, so the cost follows the team's size, not
    the organisation's. A join with ``OR`` and ``DISTINCT`` scanned every person instead.
    One query for the manager's roots, then the returned queryset is one query.
    """
    people = Person.objects.select_related("user")
    if not user.is_authenticated:
        return people.none()
    if user.has_perm("learning.view_all_people"):
        return people.all()
    own = Person.objects.filter(user=user).values("pk").order_by()
    paths = list(
        Organisation.objects.filter(manager_scopes__person__user=user)
        .order_by()
        .values_list("path", flat=True)
    )
    if not paths:
        return people.filter(user=user)
    in_subtrees = models.Q()
    for path in paths:
        in_subtrees |= models.Q(organisation__path__startswith=path)
    members = Membership.objects.filter(in_subtrees).values("person_id").order_by()
    return people.filter(pk__in=members.union(own))


def persons_editable_by(*, user: User | AnonymousUser) -> QuerySet[Person]:
    """The people whose record ``user`` may open for editing or deleting: those they may see
    and may change by ``user_may_change`` (no superuser unless ``user`` is one, nobody with
    a role ``user`` may not grant)."""
    people = persons_visible_to(user=user)
    if not user.is_authenticated:
        return people
    if user.is_superuser:
        return people
    grantable = roles_grantable_by(user=user)
    beyond = [ROLE_GROUPS[role] for role in ROLE_GROUPS if role not in grantable]
    return people.exclude(user__is_superuser=True).exclude(user__groups__name__in=beyond)


def roles_grantable_by(*, user: User | AnonymousUser) -> frozenset[str]:
    """The roles ``user`` may grant or revoke (``learning.auth.roles.GRANTABLE_ROLES``)."""
    if not user.is_authenticated:
        return frozenset()
    return roles_grantable(held=user_roles(user=user), is_superuser=user.is_superuser)


def user_may_change(*, actor: User | AnonymousUser | None, target: User) -> bool:
    """Whether ``actor`` may change ``target``'s account or roles; the rule every path that
    writes people applies. ``actor`` None is the platform itself (a shell command), which
    may change anyone but a superuser."""
    target_roles = user_roles(user=target) - {Role.LEARNER, Role.MANAGER}
    if actor is None:
        return not target.is_superuser
    if not actor.is_authenticated:
        return False
    return role_holder_may_change(
        actor_roles=user_roles(user=actor),
        actor_is_superuser=actor.is_superuser,
        target_roles=target_roles,
        target_is_superuser=target.is_superuser,
    )


def person_get_visible(*, user: User | AnonymousUser, pk: int) -> Person | None:
    """The person with ``pk`` if ``user`` may see them, else None."""
    return persons_visible_to(user=user).filter(pk=pk).first()


def person_get_by_employee_number(*, employee_number: str) -> Person | None:
    """Look a person up by the identifier other systems use (HR, SSO, case systems)."""
    return Person.objects.select_related("user").filter(employee_number=employee_number).first()


def organisation_get_by_name_path(*, name_path: str) -> Organisation | None:
    """The organisation at exactly this path of names (case-insensitive), or None."""
    return Organisation.objects.filter(name_path__iexact=normalise_name_path(name_path)).first()


def normalise_name_path(name_path: str) -> str:
    """ "A / B/C " → "A/B/C": the form ``Organisation.name_path`` stores."""
    return "/".join(part.strip() for part in name_path.split("/") if part.strip())


# --- Progress ------------------------------------------------------------------------------
def enrolment_get(*, person: Person, module_key) -> Enrolment | None:
    """The person's enrolment in the module, or None."""
    return (
        Enrolment.objects.select_related("module")
        .filter(person=person, module__key=module_key)
        .first()
    )


def enrolment_with_progress_get(*, person: Person, module_key) -> Enrolment | None:
    """The person's enrolment in the module with its lesson progress rows, or None (two
    queries): what opening a lesson needs, and ``module_progress_of`` reads."""
    return (
        Enrolment.objects.select_related("module")
        .prefetch_related("lessons")
        .filter(person=person, module__key=module_key)
        .first()
    )


def module_progress_of(*, enrolment: Enrolment) -> ModuleProgress:
    """Progress of an enrolment loaded by ``enrolment_with_progress_get`` (no query: the
    outline comes from the cache)."""
    key = enrolment.module.key
    return _progress(outline_modules([key]).get(key), enrolment, set(), key)


def module_progress_get(*, person: Person | None, module_key) -> ModuleProgress:
    """The person's progress through the current outline of one module."""
    key = UUID(str(module_key))
    return module_progress_many(person=person, module_keys=[key])[key]


def module_progress_many(*, person: Person | None, module_keys) -> dict:
    """Progress through each module's current outline, keyed by module key, in a fixed
    number of queries whatever the number of modules.

    Inactive lessons (removed from the module) are left out; completion already earned stays.
    Keys are UUIDs (strings are accepted); a key with no published outline maps to an empty,
    unenrolled progress.
    """
    keys = [UUID(str(k)) for k in module_keys]
    modules = outline_modules(keys)
    enrolments = {}
    if person is not None:
        enrolments = {
            e.module.key: e
            for e in Enrolment.objects.filter(person=person, module__key__in=keys)
            .select_related("module")
            .prefetch_related("lessons")
        }
    # Which modules the person completed matters only for prerequisites of a module they
    # are not enrolled in.
    asks = any(modules[k].prerequisite_keys and k not in enrolments for k in keys if k in modules)
    completed = _completed_module_keys(person) if person is not None and asks else set()
    return {key: _progress(modules.get(key), enrolments.get(key), completed, key) for key in keys}


OUTLINE_GENERATION = "outline"
OUTLINE_SECONDS = 300


def outline_modules(keys) -> dict:
    """The published outline (``CourseModule`` with its active lessons) of each module key
    that has one, from the cache under the ``outline`` generation, which every outline
    change starts anew (``learning.outlines``); the missing ones in one query."""
    from django.core.cache import cache

    from learning.cache import generation

    prefix = f"outline:{generation(OUTLINE_GENERATION)}:"
    found = cache.get_many([f"{prefix}{key}" for key in keys])
    modules = {key: found[f"{prefix}{key}"] for key in keys if f"{prefix}{key}" in found}
    missing = [key for key in keys if key not in modules]
    if missing:
        loaded = {
            m.key: m
            for m in CourseModule.objects.filter(key__in=missing).prefetch_related(
                Prefetch("lessons", queryset=CourseLesson.objects.filter(is_active=True))
            )
        }
        cache.set_many(
            {f"{prefix}{key}": module for key, module in loaded.items()}, OUTLINE_SECONDS
        )
        modules.update(loaded)
    return modules


def _completed_module_keys(person: Person) -> set[str]:
    return {
        str(k)
        for k in person.enrolments.filter(completed_at__isnull=False).values_list(
            "module__key", flat=True
        )
    }


def _progress(module, enrolment, completed: set[str], key) -> ModuleProgress:
    if module is None:
        return ModuleProgress(module_key=key, enrolled=False, lessons=())
    done = {p.lesson_key: p for p in enrolment.lessons.all()} if enrolment else {}
    lessons = tuple(
        LessonState(
            key=lesson.key,
            title=lesson.title,
            required=lesson.required,
            viewed=lesson.key in done,
            completed=lesson.key in done and done[lesson.key].completed_at is not None,
        )
        for lesson in sorted(module.lessons.all(), key=lambda lesson: lesson.position)
    )
    missing = tuple(k for k in module.prerequisite_keys if k not in completed)
    return ModuleProgress(
        module_key=module.key,
        enrolled=enrolment is not None,
        lessons=lessons,
        completed_at=enrolment.completed_at if enrolment else None,
        resume_key=enrolment.last_lesson_key if enrolment else None,
        seconds_spent=sum(p.seconds_spent for p in done.values()),
        missing_prerequisites=() if enrolment else missing,
    )


def module_missing_prerequisites(*, person: Person, module: CourseModule) -> list[str]:
    """Keys of the module's prerequisite modules the person has not completed."""
    completed = _completed_module_keys(person)
    return [key for key in module.prerequisite_keys if key not in completed]


def enrolments_for_person(*, person: Person) -> QuerySet[Enrolment]:
    """The person's enrolments, most recently active first."""
    return (
        Enrolment.objects.select_related("module")
        .filter(person=person, module__is_live=True)
        .order_by(F("last_activity_at").desc(nulls_last=True), "-enrolled_at")
    )
