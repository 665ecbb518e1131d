"""Writes about people, organisations and roles.

Every service is keyword-only, validates with ``full_clean()`` before it saves, and sends its
domain event only once the transaction has committed.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning import signals
from learning.auth.roles import (
    ROLE_COLLECTION_PERMISSIONS,
    ROLE_GROUPS,
    ROLE_PAGE_PERMISSIONS,
    ROLE_PERMISSIONS,
    Role,
)
from learning.events import event_record
from learning.history import person_history
from learning.models import (
    PATH_SEPARATOR,
    ManagerScope,
    Membership,
    Organisation,
    Person,
    Sector,
    SectorAccess,
    User,
)
from learning.selectors import normalise_name_path, roles_grantable_by, user_may_change

#: ``actor`` default of the people services: trusted code (demo data, migrations, tests)
#: that states no actor is not checked. Every path a person drives (admin, import, API)
#: passes its actor, and the rule in ``learning.auth.roles`` decides.
TRUSTED = object()


def _person_event(kind: str, person: Person, signal, *, occurrence, **extra) -> None:
    payload = {"person": person.pk, **{k: v for k, v in extra.items() if k != "organisation"}}
    if "organisation" in extra:
        org = extra["organisation"]
        payload["organisation"] = org.pk if org is not None else None
    event_record(
        kind=kind,
        object_key=f"person:{person.pk}",
        occurrence=occurrence,
        payload=payload,
        signal=signal,
        sender=Person,
        person=person,
        **extra,
    )


# --- Organisations -------------------------------------------------------------------------
def _check_organisation_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("A unit needs a name.")})
    if PATH_SEPARATOR in name:
        raise ValidationError({"name": _("A unit name cannot contain “/”.")})
    return name


def _check_sibling_name_free(
    *, parent: Organisation | None, name: str, exclude_pk: int | None = None
) -> None:
    siblings = parent.get_children() if parent else Organisation.get_root_nodes()
    clash = siblings.filter(name__iexact=name).exclude(pk=exclude_pk)
    if clash.exists():
        raise ValidationError({"name": _("There is already a unit called “%s” here.") % name})


@transaction.atomic
def organisation_create(
    *, name: str, parent: Organisation | None = None, sector: str = ""
) -> Organisation:
    """Create a unit under ``parent`` (a new top-level organisation when None).

    Raises ValidationError when a sibling already has the name (ignoring case).
    """
    name = _check_organisation_name(name)
    _check_sibling_name_free(parent=parent, name=name)
    name_path = f"{parent.name_path}{PATH_SEPARATOR}{name}" if parent else name
    node = Organisation(name=name, sector=sector, name_path=name_path)
    node.full_clean(exclude=["path", "depth", "numchild"])
    if parent is None:
        return Organisation.add_root(instance=node)
    parent.refresh_from_db()
    return parent.add_child(instance=node)


@transaction.atomic
def organisation_update(
    *,
    organisation: Organisation,
    name: str,
    sector: str,
    parent: Organisation | None,
) -> Organisation:
    """Rename, re-sector or move a unit; the names path of its whole subtree follows.

    Raises ValidationError when the move would put a unit under itself or a sibling
    already has the name.
    """
    name = _check_organisation_name(name)
    current_parent = organisation.get_parent()
    if parent is not None and (
        parent.pk == organisation.pk or parent.path.startswith(organisation.path)
    ):
        raise ValidationError({"parent": _("A unit cannot be moved under itself.")})
    _check_sibling_name_free(parent=parent, name=name, exclude_pk=organisation.pk)
    moved = (parent.pk if parent else None) != (current_parent.pk if current_parent else None)
    organisation.name = name
    organisation.sector = sector
    organisation.full_clean(exclude=["path", "depth", "numchild", "name_path"])
    organisation.save(update_fields=["name", "sector"])
    if moved:
        if parent is None:
            organisation.move(Organisation.get_first_root_node(), pos="sorted-sibling")
        else:
            organisation.move(parent, pos="sorted-child")
    organisation.refresh_from_db()
    _refresh_name_paths(organisation)
    return organisation


def _refresh_name_paths(organisation: Organisation) -> None:
    """Recompute ``name_path`` for ``organisation`` and every descendant."""
    parent = organisation.get_parent()
    organisation.name_path = (
        f"{parent.name_path}{PATH_SEPARATOR}{organisation.name}" if parent else organisation.name
    )
    organisation.save(update_fields=["name_path"])
    by_path = {organisation.path: organisation.name_path}
    for node in organisation.get_descendants().order_by("depth"):
        parent_path = node.path[: -Organisation.steplen]
        node.name_path = f"{by_path[parent_path]}{PATH_SEPARATOR}{node.name}"
        by_path[node.path] = node.name_path
        node.save(update_fields=["name_path"])


def organisation_delete_blockers(*, organisation: Organisation) -> list[str]:
    """What stops ``organisation`` from being deleted, in words for an administrator; empty
    when nothing does. Members and manager scopes protect a unit; child units would be
    deleted with it, so they block too."""
    counts = [
        (organisation.memberships.count(), _("%(count)d member(s) still belong to this unit.")),
        (organisation.manager_scopes.count(), _("%(count)d manager(s) still manage this unit.")),
        (organisation.get_children().count(), _("%(count)d unit(s) are still part of it.")),
    ]
    return [message % {"count": count} for count, message in counts if count]


@transaction.atomic
def organisation_delete(*, organisation: Organisation) -> None:
    """Delete a unit that has no members, manager scopes or child units.

    Raises ValidationError listing what is still attached otherwise, and deletes nothing.
    Locks the unit's row first, so nothing can be attached between the check and the delete.
    """
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    blockers = organisation_delete_blockers(organisation=organisation)
    if blockers:
        raise ValidationError(blockers)
    organisation.delete()


@transaction.atomic
def organisation_ensure_path(*, name_path: str) -> tuple[Organisation, list[str]]:
    """Return the unit at ``name_path``, creating missing units below an existing top level.

    The first name must be an existing top-level organisation, so a typo cannot create a
    new municipality. Returns the unit and the name paths created.
    """
    names = normalise_name_path(name_path).split(PATH_SEPARATOR)
    node = Organisation.get_root_nodes().filter(name__iexact=names[0]).first()
    if node is None:
        raise ValidationError(_("No top-level organisation is called “%s”.") % names[0])
    created: list[str] = []
    for name in names[1:]:
        child = node.get_children().filter(name__iexact=name).first()
        if child is None:
            child = organisation_create(name=name, parent=node)
            created.append(child.name_path)
        node = child
    return node, created


# --- People --------------------------------------------------------------------------------
def person_change_check(*, actor, person: Person) -> None:
    """Raise ValidationError unless ``actor`` may change ``person`` (``user_may_change``):
    nobody changes a superuser or someone holding a role they may not grant."""
    if actor is TRUSTED or user_may_change(actor=actor, target=person.user):
        return
    raise ValidationError(
        _("You may not change %s: they hold rights you do not have.") % person.user.get_full_name()
    )


def role_grant_check(*, actor, role: str) -> None:
    """Raise ValidationError unless ``actor`` may grant or revoke ``role``."""
    if actor is TRUSTED or role == Role.LEARNER:
        return
    if actor is not None and role in roles_grantable_by(user=actor):
        return
    raise ValidationError(_("You may not grant or take away the role “%s”.") % Role(role).label)


@transaction.atomic
def person_create(
    *,
    employee_number: str,
    first_name: str,
    last_name: str,
    email: str,
    sector: str,
    job_title: str = "",
    username: str | None = None,
    password: str | None = None,
) -> Person:
    """Create a login and the person behind it.

    Without ``password`` the account has an unusable password: the person sets one through
    "forgot password" (or signs in by SSO). Raises ValidationError on any invalid field,
    including an email or employee number already in use.
    """
    user = User(
        username=(username or employee_number).strip(),
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=email.strip().lower(),
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    person = Person(
        user=user,
        employee_number=employee_number.strip(),
        sector=sector,
        job_title=job_title.strip(),
    )
    person.full_clean()
    person.save()
    _person_event("person.created", person, signals.person_created, occurrence="created")
    return person


@transaction.atomic
def person_update(*, person: Person, actor=TRUSTED, **fields) -> list[str]:
    """Change a person's name, email, sector or job title; return the fields that changed.

    Raises ValidationError, changing nothing, when ``actor`` may not change the person
    (``person_change_check``).

    Accepts ``first_name``, ``last_name``, ``email`` (user) and ``sector``, ``job_title``,
    ``preferred_language``, ``optional_mail`` (person). Unchanged values write nothing and
    send no event, so repeating an update is harmless.
    """
    user_fields = {"first_name", "last_name", "email"}
    person_fields = {"sector", "job_title", "preferred_language", "optional_mail"}
    unknown = set(fields) - user_fields - person_fields
    if unknown:
        raise TypeError(f"person_update() got unexpected fields: {sorted(unknown)}")
    person_change_check(actor=actor, person=person)
    changed: list[str] = []
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip().lower() if name == "email" else value.strip()
        target = person.user if name in user_fields else person
        if getattr(target, name) != value:
            setattr(target, name, value)
            changed.append(name)
    if not changed:
        return changed
    person.user.full_clean()
    person.full_clean()
    person.user.save()
    person.save()
    _person_event(
        "person.updated",
        person,
        signals.person_updated,
        occurrence=timezone.now().isoformat(),
        changed=changed,
    )
    return changed


@transaction.atomic
def membership_add(
    *, person: Person, organisation: Organisation, started_on: date | None = None
) -> bool:
    """Make ``person`` a member of ``organisation`` (since ``started_on``, default today);
    True if that is new. Idempotent: an existing membership keeps its date, unless
    ``started_on`` is given and differs (an import correcting the date), which updates it.
    A new membership records ``membership.added`` (assignment rules follow it)."""
    defaults = {"started_on": started_on} if started_on else {}
    membership, created = Membership.objects.get_or_create(
        person=person, organisation=organisation, defaults=defaults
    )
    if not created and started_on and membership.started_on != started_on:
        membership.started_on = started_on
        membership.save(update_fields=["started_on"])
        created_or_moved = "moved"
    elif created:
        created_or_moved = "added"
    else:
        return False
    _person_event(
        "membership.added",
        person,
        signals.membership_added,
        occurrence=f"{organisation.pk}:{membership.started_on.isoformat()}:{created_or_moved}"
        f":{timezone.now().isoformat()}",
        organisation=organisation,
    )
    return created


@transaction.atomic
def membership_remove(*, person: Person, organisation: Organisation) -> bool:
    """End ``person``'s membership of ``organisation``; True if they were a member.
    Idempotent. Records ``membership.removed`` (assignments that only this unit's rules
    made are withdrawn)."""
    deleted, _by_model = Membership.objects.filter(
        person=person, organisation=organisation
    ).delete()
    if not deleted:
        return False
    _person_event(
        "membership.removed",
        person,
        signals.membership_removed,
        occurrence=f"{organisation.pk}:{timezone.now().isoformat()}",
        organisation=organisation,
    )
    return True


@transaction.atomic
def sector_access_grant(*, person: Person, sector: str, reason: str, granted_by=None) -> bool:
    """Let ``person`` read the lesson sections written for ``sector``; True if new.
    Idempotent. Raises ValidationError for an unknown sector, the person's own sector or an
    empty reason. Who may grant is the caller's question (a manager, for people in their
    units: ``modules.compliance.services.sector_access_grant_by_manager``)."""
    if sector not in Sector.values:
        raise ValidationError(_("Choose a sector."))
    if sector == person.sector:
        raise ValidationError(_("This is the person's own sector already."))
    if not reason.strip():
        raise ValidationError(_("Give a reason."))
    _access, created = SectorAccess.objects.get_or_create(
        person=person,
        sector=sector,
        defaults={"granted_by": granted_by, "reason": reason.strip(), "granted_at": timezone.now()},
    )
    if created:
        _person_event(
            "sector_access.granted",
            person,
            signals.sector_access_granted,
            occurrence=f"{sector}:{timezone.now().isoformat()}",
            sector=sector,
        )
    return created


@transaction.atomic
def sector_access_withdraw(*, person: Person, sector: str) -> bool:
    """Take back access to ``sector``'s sections; True if the person had it. Idempotent."""
    deleted, _by_model = SectorAccess.objects.filter(person=person, sector=sector).delete()
    if deleted:
        _person_event(
            "sector_access.withdrawn",
            person,
            signals.sector_access_withdrawn,
            occurrence=f"{sector}:{timezone.now().isoformat()}",
            sector=sector,
        )
    return bool(deleted)


def person_delete_blockers(*, person: Person) -> list[str]:
    """Why ``person`` cannot be deleted, in words for an administrator; empty when nothing
    stops it. Any assessment history or enrolment does (``learning.history``): offboard
    the person instead (``person_offboard``)."""
    history = person_history(person=person)
    if not history:
        return []
    return [
        _("%(name)s has a record that must be kept: %(history)s. Offboard them instead.")
        % {"name": person.full_name, "history": ", ".join(history)}
    ]


@transaction.atomic
def person_delete(*, person: Person, actor=TRUSTED) -> None:
    """Delete a person with no history, together with their login, memberships and manager
    scopes; their email and employee number are free again. Irreversible; sends no event.

    Raises ValidationError and deletes nothing when the person has assessment history or
    enrolments (``person_delete_blockers``) or ``actor`` may not change them. Locks the
    person's row first, so no attempt can start between the check and the delete.
    """
    person = Person.objects.select_for_update().select_related("user").get(pk=person.pk)
    person_change_check(actor=actor, person=person)
    blockers = person_delete_blockers(person=person)
    if blockers:
        raise ValidationError(blockers)
    person.user.delete()


@transaction.atomic
def person_offboard(*, person: Person, actor=TRUSTED) -> bool:
    """Offboard someone who has left: their account can no longer sign in (``is_active``
    False; open sessions end on their next request), everything on record is kept.
    True if they were active. Idempotent; ``person_reactivate`` undoes it."""
    person_change_check(actor=actor, person=person)
    return _set_active(person, False)


@transaction.atomic
def person_reactivate(*, person: Person, actor=TRUSTED) -> bool:
    """Let an offboarded person sign in again; True if they were inactive. Idempotent."""
    person_change_check(actor=actor, person=person)
    return _set_active(person, True)


def _set_active(person: Person, active: bool) -> bool:
    if person.user.is_active == active:
        return False
    person.user.is_active = active
    person.user.save(update_fields=["is_active"])
    _person_event(
        "person.updated",
        person,
        signals.person_updated,
        occurrence=timezone.now().isoformat(),
        changed=["is_active"],
    )
    return True


# --- Roles ---------------------------------------------------------------------------------
@transaction.atomic
def role_grant(
    *, person: Person, role: str, organisation: Organisation | None = None, actor=TRUSTED
) -> bool:
    """Give ``person`` a role; True if they did not hold it already. Idempotent.

    Raises ValidationError when ``actor`` may not grant the role or change the person.

    A manager role needs the ``organisation`` whose subtree it covers; the other roles are
    platform-wide and ignore it. Every person is a learner, so granting that changes nothing.
    """
    if role == Role.LEARNER:
        return False
    role_grant_check(actor=actor, role=role)
    person_change_check(actor=actor, person=person)
    if role == Role.MANAGER:
        if organisation is None:
            raise ValidationError(_("A manager role needs the unit it covers."))
        _scope, created = ManagerScope.objects.get_or_create(
            person=person, organisation=organisation
        )
    elif role in ROLE_GROUPS:
        group = Group.objects.get(name=ROLE_GROUPS[role])
        created = not person.user.groups.filter(pk=group.pk).exists()
        person.user.groups.add(group)
    else:
        raise ValidationError(_("Unknown role “%s”.") % role)
    if created:
        _person_event(
            "role.granted",
            person,
            signals.role_granted,
            occurrence=f"{role}:{organisation.pk if organisation else ''}:{timezone.now()}",
            role=role,
            organisation=organisation,
        )
    return created


@transaction.atomic
def role_revoke(
    *, person: Person, role: str, organisation: Organisation | None = None, actor=TRUSTED
) -> bool:
    """Take a role away; True if the person held it. For a manager, ``organisation`` names
    the scope to drop (all scopes when None). Raises ValidationError when ``actor`` may not
    grant the role or change the person."""
    if role in (Role.MANAGER, *ROLE_GROUPS):
        role_grant_check(actor=actor, role=role)
        person_change_check(actor=actor, person=person)
    if role == Role.MANAGER:
        scopes = person.manager_scopes.all()
        if organisation is not None:
            scopes = scopes.filter(organisation=organisation)
        removed, _count = scopes.delete()
    elif role in ROLE_GROUPS:
        group = Group.objects.get(name=ROLE_GROUPS[role])
        removed = person.user.groups.filter(pk=group.pk).exists()
        person.user.groups.remove(group)
    else:
        return False
    if removed:
        _person_event(
            "role.revoked",
            person,
            signals.role_revoked,
            occurrence=f"{role}:{organisation.pk if organisation else ''}:{timezone.now()}",
            role=role,
            organisation=organisation,
        )
    return bool(removed)


def roles_sync_groups() -> None:
    """Create the role groups and give each exactly its permissions. Idempotent; runs after
    every ``migrate`` so a new permission reaches existing installations."""
    for role, group_name in ROLE_GROUPS.items():
        group, _new = Group.objects.get_or_create(name=group_name)
        permissions = [_permission(dotted) for dotted in ROLE_PERMISSIONS[role]]
        group.permissions.set([p for p in permissions if p is not None])
        _sync_tree_permissions(group, role)


def _permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def _sync_tree_permissions(group: Group, role: str) -> None:
    """Grant the role's page permissions on the root page and its image and document
    permissions on the root collection (Wagtail checks those, not model permissions)."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    root_page = Page.get_first_root_node()
    for codename in ROLE_PAGE_PERMISSIONS.get(role, []) if root_page else []:
        permission = _permission(f"wagtailcore.{codename}")
        if permission is not None:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )
    root_collection = Collection.get_first_root_node()
    for dotted in ROLE_COLLECTION_PERMISSIONS.get(role, []) if root_collection else []:
        permission = _permission(dotted)
        if permission is not None:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
