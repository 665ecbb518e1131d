"""A certificate's status at a moment, from its dates and actions: pure functions, no ORM.

The status is never stored. ``status_of`` reads the current columns (the fast path, for
"now"); ``state_at`` replays the actions up to a past moment, so "was P authorised for I at
T?" gets the answer that was true at T, even after a later extension or revocation.

Precedence: revoked, then suspended, then the dates: valid until the recertification window
opens, then *expiring* until ``valid_until``, then *in grace* until ``grace_until``, then
expired. A holder is authorised while the status is valid, expiring or in grace.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

VALID, EXPIRING, IN_GRACE, EXPIRED = "valid", "expiring", "in_grace", "expired"
SUSPENDED, REVOKED, NONE = "suspended", "revoked", "none"
AUTHORISED = frozenset({VALID, EXPIRING, IN_GRACE})


@dataclass(frozen=True)
class State:
    """The certificate as it stood at ``at``: its status and the dates then in force."""

    status: str
    valid_until: datetime | None
    grace_until: datetime | None
    recert_opens_at: datetime | None

    @property
    def authorised(self) -> bool:
        return self.status in AUTHORISED


def _by_dates(at, valid_until, grace_until, recert_opens_at) -> str:
    if valid_until is None:
        return VALID
    if at < (recert_opens_at or valid_until):
        return VALID
    if at < valid_until:
        return EXPIRING
    if grace_until is not None and at < grace_until:
        return IN_GRACE
    return EXPIRED


def status_of(certificate, at: datetime) -> str:
    """The status now (``at`` no earlier than the last action), from the current columns."""
    if at < certificate.valid_from:
        return NONE
    if certificate.revoked_at is not None and certificate.revoked_at <= at:
        return REVOKED
    if certificate.suspended_at is not None and certificate.suspended_at <= at:
        return SUSPENDED
    return _by_dates(
        at, certificate.valid_until, certificate.grace_until, certificate.recert_opens_at
    )


def state_at(certificate, actions: Iterable, at: datetime) -> State:
    """The state at ``at``, replaying ``actions`` (objects with ``action``, ``at`` and the
    dates in force after it) in order. Works for any moment, past or present."""
    dates = (None, None, None)
    suspended = revoked = False
    seen = False
    for action in sorted(actions, key=lambda a: (a.at, a.pk or 0)):
        if action.at > at:
            break
        if action.action in ("issued", "extended"):
            dates = (action.valid_until, action.grace_until, action.recert_opens_at)
            seen = True
        elif action.action == "suspended":
            suspended = True
        elif action.action == "reinstated":
            suspended = False
        elif action.action == "revoked":
            revoked = True
    if not seen or at < certificate.valid_from:
        return State(NONE, None, None, None)
    if revoked:
        status = REVOKED
    elif suspended:
        status = SUSPENDED
    else:
        status = _by_dates(at, *dates)
    return State(status, *dates)
