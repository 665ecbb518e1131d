"""Template context shared by every page."""

from learning.auth.roles import Role
from learning.selectors import request_roles


def navigation(request) -> dict:
    roles = request_roles(request) if hasattr(request, "user") else set()
    return {
        "nav_roles": roles,
        "nav_is_manager": Role.MANAGER in roles,
        "nav_has_admin": bool(
            request.user.is_authenticated and request.user.has_perm("wagtailadmin.access_admin")
        )
        if hasattr(request, "user")
        else False,
    }
