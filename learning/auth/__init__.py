"""Signing in and what a signed-in person may do.

- ``backends``: the login backend (username, email or employee number) and the key the
  lockout counts failed logins under.
- ``forms``: the login form and password links (reset, or set after an import), with their
  rate limits; ``views`` and ``urls``: the account pages under /accounts/.
- ``roles``: the platform's roles, their permissions and who may grant which.
- ``permissions``: the decorators every view declares its rule with (and
  ``person_required``); ``menu``: the admin menu entry shown only to holders of a
  permission.

The backend and the lockout key are re-exported here: settings name them as
``learning.auth.UsernameOrEmailBackend`` and ``learning.auth.axes_username`` (and every
signed-in session stores the backend's path, so it must not change).
"""

from learning.auth.backends import UsernameOrEmailBackend, axes_username

__all__ = ["UsernameOrEmailBackend", "axes_username"]
