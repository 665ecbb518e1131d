"""Every view states who may use it, with one of these decorators.

The decorator also records the rule on the view (``view.permission``) so a test can check
that no URL in the project is left without one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404

from learning.auth.roles import Role
from learning.selectors import request_person, request_roles


def _mark(view: Callable, rule: str) -> Callable:
    view.permission = rule
    return view


def public(view: Callable) -> Callable:
    """Anyone, signed in or not."""
    return _mark(view, "public")


def api_client(scopes: str) -> Callable[[Callable], Callable]:
    """A machine client authenticating on every request (HTTP Basic, never the session),
    whose ``scopes`` the view checks itself (``learning.xapi.auth.scope_require``): the
    rule is recorded here, the check lives where the method decides the scope."""

    def decorator(view: Callable) -> Callable:
        return _mark(view, f"API client with {scopes}")

    return decorator


def authenticated(view: Callable) -> Callable:
    """Any signed-in user; others are sent to the login page."""
    return _mark(login_required(view), "authenticated")


def manager_or_perm(perm: str) -> Callable[[Callable], Callable]:
    """Signed-in managers, and holders of ``perm``; others get 403."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not (Role.MANAGER in request_roles(request) or request.user.has_perm(perm)):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return _mark(login_required(wrapped), f"manager or {perm}")

    return decorator


def person_required(view: Callable) -> Callable:
    """For views that act for the signed-in person: the view is called with the person after
    the request (``view(request, person, ...)``); an account without a person gets 404, as
    the page it asks for does not exist for it.

    Not a rule of its own: it goes under the view's declared rule (``@authenticated``), which
    sends visitors to the login page first and stays the view's ``permission``."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        person = request_person(request)
        if person is None:
            raise Http404
        return view(request, person, *args, **kwargs)

    return wrapped
