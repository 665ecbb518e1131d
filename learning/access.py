"""Who a signed-in user is and what they may do, read once and kept in the cache.

Every page needs the user's roles (navigation, permission decorators) and permissions
(the admin link, the team scope): four queries per request from the database (manager
scopes, groups, user and group permissions), and a lesson the other sectors the reader
may read (``SectorAccess``). Here they are one cached snapshot per user, stored under the
current ``access`` generation (``learning.cache.generation``). Any change that can alter
anyone's access (a user, person, manager scope or sector access saved or deleted, group
membership or group and user permissions changed) starts a new generation, so a grant or a
revocation takes effect on the next request. A snapshot also expires after
``SNAPSHOT_SECONDS``, which bounds how long a change made while the cache was unreachable
(so the new generation was not recorded) can go unseen.

``CachedPermissionsBackend`` is the authentication backend's permission half reading the
snapshot, and ``get_user`` loads the user with their person in one query.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from learning.cache import generation, generation_bump

GENERATION = "access"
SNAPSHOT_SECONDS = 300


def _key(user_pk: int) -> str:
    return f"access:{generation(GENERATION)}:{user_pk}"


def snapshot(user) -> dict:
    """``{"roles": set, "perms": set, "sectors": frozenset}`` of an active, signed-in
    ``user``, from the cache or worked out and stored. Kept on the user object for the
    rest of the request."""
    found = getattr(user, "_access_snapshot", None)
    if found is not None:
        return found
    key = _key(user.pk)
    found = cache.get(key)
    if found is None:
        from django.contrib.auth.backends import ModelBackend

        from learning.selectors import user_roles_uncached

        backend = ModelBackend()
        found = {
            "roles": user_roles_uncached(user=user),
            "perms": set(backend.get_all_permissions(user)),
            "sectors": _sectors_granted_uncached(user),
        }
        cache.set(key, found, timeout=SNAPSHOT_SECONDS)
    user._access_snapshot = found
    return found


def _sectors_granted_uncached(user) -> frozenset[str]:
    """The other sectors whose lesson sections the user's person may read."""
    from learning.models import SectorAccess

    return frozenset(
        SectorAccess.objects.filter(person__user=user).values_list("sector", flat=True)
    )


def access_changed(**kwargs) -> None:
    """Receiver: something that decides someone's access changed."""
    generation_bump(GENERATION)


def connect() -> None:
    """Connect the receivers that start a new access generation (``LearningConfig.ready``)."""
    from learning.models import ManagerScope, Person, SectorAccess, User

    for model in (User, Person, ManagerScope, SectorAccess, Group, Permission):
        post_save.connect(access_changed, sender=model, dispatch_uid=f"access-save-{model}")
        post_delete.connect(access_changed, sender=model, dispatch_uid=f"access-del-{model}")
    for through in (
        User.groups.through,
        User.user_permissions.through,
        Group.permissions.through,
    ):
        m2m_changed.connect(access_changed, sender=through, dispatch_uid=f"access-m2m-{through}")
