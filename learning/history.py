"""What a person has on record that must outlive a deletion: assessment history.

``learning`` is the bottom layer and cannot import the apps above it, so they register a
check here (``person_history_register``, from their ``AppConfig.ready``); the delete service
asks every check before it deletes anyone.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext as _

#: Each check returns sentences for an administrator ("3 exam attempt(s)"), empty for none.
_CHECKS: list[Callable] = []


def person_history_register(check: Callable) -> Callable:
    """Add ``check(person) -> list[str]``; idempotent. Usable as a decorator."""
    if check not in _CHECKS:
        _CHECKS.append(check)
    return check


def person_history(*, person) -> list[str]:
    """Everything on record for ``person`` that a hard delete would destroy."""
    found = []
    enrolments = person.enrolments.count()
    if enrolments:
        found.append(_("%(count)d course enrolment(s)") % {"count": enrolments})
    for check in _CHECKS:
        found.extend(check(person))
    return found
