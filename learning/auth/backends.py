"""Authentication: which account a login names, the backend, and the lockout's key."""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.db.models import Q

from learning.models import User

#: What the lockout records for a login that names no account. Every unknown login from one
#: address shares this key, so guessing many usernames is counted per address.
UNKNOWN_LOGIN = "(unknown account)"


def user_for_login(login: str | None) -> User | None:
    """The account a login names: its username, email or employee number, ignoring case and
    surrounding spaces. None when it names none. The one rule the backend and the lockout
    share, so every spelling of one account counts against the same account."""
    login = (login or "").strip()
    if not login:
        return None
    return (
        User.objects.filter(
            Q(username__iexact=login)
            | Q(email__iexact=login)
            | Q(person__employee_number__iexact=login)
        )
        .order_by("pk")
        .first()
    )


def axes_username(request, credentials: dict | None = None) -> str:
    """``AXES_USERNAME_CALLABLE``: the key failed logins are counted under.

    The resolved account (``user:<pk>``), whichever spelling was typed; ``UNKNOWN_LOGIN``
    for a login that names no account. Axes pairs it with the client address
    (``AXES_LOCKOUT_PARAMETERS``)."""
    from django.conf import settings

    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials is not None:
        login = credentials.get(field)
    else:
        login = getattr(request, "POST", {}).get(field)
    user = user_for_login(login)
    return f"user:{user.pk}" if user else UNKNOWN_LOGIN


class UsernameOrEmailBackend(ModelBackend):
    """Log in with a username, an email address or an employee number, ignoring case."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = user_for_login(username)
        if user is None:
            # Spend the same time as a real check, so timing does not reveal accounts.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    def get_user(self, user_id):
        """The session's user with their person (one query, not two per request)."""
        user = User._default_manager.select_related("person").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        """From the user's cached access snapshot (``learning.access``), not four queries."""
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        from learning.access import snapshot

        return snapshot(user_obj)["perms"]
