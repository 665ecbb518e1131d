"""Reminders: which mails have come due, recorded once each.

The hourly sweep (``reminders_sweep``) finds the reminders whose time has come and, for
each, in one transaction, inserts a ``ReminderSent`` row (unique per person, kind, subject
and occurrence, so a second sweep finds it and does nothing) and records "reminder.due"
in the outbox. The outbox consumer ``reminders.email`` (``modules.compliance.reminder_mail``)
writes and sends the mail. The weekly digest (``digests_record``) does the same for
managers.

Kinds, with their subject and occurrence (the part of the key that lets a reminder come
back when it should, and only then):

- ``due_soon``: an assignment entered "due soon"; "assignment:<id>", "<cycle>:<due date>".
- ``overdue``: the n-th reminder of an overdue assignment, the day after the due date and
  then every ``REMINDER_OVERDUE_REPEAT_DAYS`` (0: only once), at most
  ``REMINDER_OVERDUE_MAX``; "assignment:<id>", "<n>:<due date>". A sweep that missed days
  sends only the latest reminder due, never the ones it missed.

The due date in the occurrence means a manager's extension arms an assignment's reminders
again for the new date (each assignment row is one cycle already).
- ``certificate_expiring``: a current authorised certificate expires within N days, for each
  N in ``REMINDER_CERTIFICATE_DAYS``; "certificate:<id>", "<N>:<expiry date>", so an
  extension arms it again. Only the smallest N reached is sent (a certificate first seen 25
  days before expiry gets the 30-day mail, not the 60-day one as well).
- ``recertification_open``: the certificate's recertification window has opened and it has
  not expired; "certificate:<id>", "<expiry date>".
- ``digest``: the weekly summary to a manager; "manager:<person id>", the ISO week.

Only current assignments and certificates, active accounts and people with an email
address are considered. Every candidate query is an indexed filter with the already
recorded reminders excluded in SQL (``NOT EXISTS`` on the unique key), taking at most
``REMINDER_BATCH`` of each kind per run; the rest come the next run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, Exists, F, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat, TruncDate
from django.utils import timezone

from certificates.models import Certificate
from learning.events import event_record
from learning.models import Person
from modules.compliance.models import Assignment, Phase, ReminderSent

EVENT = "reminder.due"

DUE_SOON = "due_soon"
OVERDUE = "overdue"
CERTIFICATE_EXPIRING = "certificate_expiring"
RECERTIFICATION_OPEN = "recertification_open"
DIGEST = "digest"
KINDS = (DUE_SOON, OVERDUE, CERTIFICATE_EXPIRING, RECERTIFICATION_OPEN, DIGEST)


@dataclass(frozen=True)
class Due:
    """A reminder that has come due: who, what kind, about what, which time."""

    person_id: int
    kind: str
    subject: str
    occurrence: str
    language: str


# --- Recording ------------------------------------------------------------------------------
def language_of(preferred: str) -> str:
    """The language a person's mail is written in: their preferred one when the site has
    it, else the site's default."""
    return preferred if preferred in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@transaction.atomic
def reminder_record(*, due: Due) -> ReminderSent | None:
    """Insert the reminder and record "reminder.due" in one transaction; returns the new
    row, or None when it was recorded before (by an earlier sweep or a concurrent one: the
    unique key lets only one insert win, and the loser adds no event)."""
    reminder, created = ReminderSent.objects.get_or_create(
        person_id=due.person_id,
        kind=due.kind,
        subject=due.subject,
        occurrence=due.occurrence,
        defaults={"language": due.language, "created_at": timezone.now()},
    )
    if not created:
        return None
    event_record(
        kind=EVENT,
        object_key=f"reminder:{reminder.pk}",
        occurrence="due",
        payload={"reminder": reminder.pk, "person": due.person_id, "kind": due.kind},
    )
    return reminder


def _reachable(prefix: str = "person__") -> Q:
    """Active accounts with an email address."""
    return Q(**{f"{prefix}user__is_active": True}) & ~Q(**{f"{prefix}user__email": ""})


def _not_recorded(rows: QuerySet, kind: str, subject, occurrence) -> QuerySet:
    """``rows`` without those whose reminder (``kind``, the ``subject`` and ``occurrence``
    expressions) is recorded already: NOT EXISTS on the unique key's index."""
    rows = rows.annotate(_subject=subject, _occurrence=occurrence)
    recorded = ReminderSent.objects.filter(
        person_id=OuterRef("person_id"),
        kind=kind,
        subject=OuterRef("_subject"),
        occurrence=OuterRef("_occurrence"),
    )
    return rows.filter(~Exists(recorded))


def _text(expression) -> Cast:
    return Cast(expression, output_field=CharField())


def _record_all(rows: QuerySet, kind: str, limit: int) -> int:
    """Record the reminders of the first ``limit`` rows (annotated ``_subject`` and
    ``_occurrence``); returns how many were new."""
    found = rows.values_list("person_id", "_subject", "_occurrence", "person__preferred_language")
    recorded = 0
    for person_id, subject, occurrence, preferred in found[:limit]:
        due = Due(person_id, kind, subject, occurrence, language_of(preferred))
        recorded += reminder_record(due=due) is not None
    return recorded


# --- Assignments ----------------------------------------------------------------------------
def _assignments(phase: str) -> QuerySet[Assignment]:
    return Assignment.objects.filter(_reachable(), phase=phase, current=True)


def _assignment_subject() -> Concat:
    return Concat(Value("assignment:"), _text("pk"), output_field=CharField())


def due_soon_candidates() -> QuerySet[Assignment]:
    """Current assignments in "due soon" whose reminder for this cycle and due date is not
    recorded."""
    rows = _assignments(Phase.DUE_SOON).order_by("due_on", "pk")
    return _not_recorded(rows, DUE_SOON, _assignment_subject(), _with_due(_text("cycle")))


def _with_due(first) -> Concat:
    """``<first>:<due date>``: an occurrence of an assignment's reminder."""
    return Concat(first, Value(":"), _text("due_on"), output_field=CharField())


def overdue_windows(*, today: date, repeat_days: int, most: int) -> list[tuple[int, Q]]:
    """(n, the due dates whose latest reminder due today is the n-th), for n = 1..most.
    The n-th is due ``1 + (n - 1) * repeat_days`` days after the due date; with
    ``repeat_days`` 0 there is only the first."""
    if most < 1:
        return []
    if repeat_days <= 0:
        return [(1, Q(due_on__lt=today))]
    windows = []
    for n in range(1, most + 1):
        latest = today - timedelta(days=1 + (n - 1) * repeat_days)
        window = Q(due_on__lte=latest)
        if n < most:
            window &= Q(due_on__gt=latest - timedelta(days=repeat_days))
        windows.append((n, window))
    return windows


def overdue_candidates(*, today: date) -> list[tuple[int, QuerySet[Assignment]]]:
    """Per n, the overdue assignments whose n-th reminder is the one due today and is not
    recorded (``REMINDER_OVERDUE_REPEAT_DAYS``, ``REMINDER_OVERDUE_MAX``)."""
    windows = overdue_windows(
        today=today,
        repeat_days=settings.REMINDER_OVERDUE_REPEAT_DAYS,
        most=settings.REMINDER_OVERDUE_MAX,
    )
    return [
        (
            n,
            _not_recorded(
                _assignments(Phase.OVERDUE).filter(window).order_by("due_on", "pk"),
                OVERDUE,
                _assignment_subject(),
                _with_due(Value(str(n))),
            ),
        )
        for n, window in windows
    ]


# --- Certificates ---------------------------------------------------------------------------
def certificates_current(now: datetime) -> QuerySet[Certificate]:
    """Certificates that are their person's current cycle and authorise now (neither
    renewed, revoked nor suspended; started and not expired)."""
    return Certificate.objects.filter(
        _reachable(),
        superseded_at__isnull=True,
        revoked_at__isnull=True,
        suspended_at__isnull=True,
        valid_from__lte=now,
        valid_until__gt=now,
    )


def _expiry_date():
    """The local date of ``valid_until`` as text (YYYY-MM-DD), as the occurrence holds it."""
    return _text(TruncDate("valid_until", tzinfo=timezone.get_current_timezone()))


def _certificate_subject() -> Concat:
    return Concat(Value("certificate:"), _text("pk"), output_field=CharField())


def expiring_candidates(*, now: datetime) -> list[tuple[int, QuerySet[Certificate]]]:
    """Per N of ``REMINDER_CERTIFICATE_DAYS`` (smallest first), the certificates expiring
    within N days but not within the next smaller N, whose N-day reminder for this expiry
    date is not recorded."""
    days = sorted({d for d in settings.REMINDER_CERTIFICATE_DAYS if d > 0})
    found = []
    for index, n in enumerate(days):
        rows = certificates_current(now).filter(valid_until__lte=now + timedelta(days=n))
        if index:
            rows = rows.filter(valid_until__gt=now + timedelta(days=days[index - 1]))
        occurrence = Concat(Value(f"{n}:"), _expiry_date(), output_field=CharField())
        rows = rows.order_by("valid_until", "pk")
        found.append(
            (n, _not_recorded(rows, CERTIFICATE_EXPIRING, _certificate_subject(), occurrence))
        )
    return found


def recertification_candidates(*, now: datetime) -> QuerySet[Certificate]:
    """Current certificates whose recertification window has opened, not yet reminded of
    for this expiry date."""
    rows = certificates_current(now).filter(recert_opens_at__lte=now).order_by("valid_until", "pk")
    return _not_recorded(rows, RECERTIFICATION_OPEN, _certificate_subject(), _expiry_date())


# --- The sweeps -----------------------------------------------------------------------------
def reminders_sweep(*, now: datetime | None = None) -> dict[str, int]:
    """Record every reminder that has come due (at most ``REMINDER_BATCH`` of each kind);
    returns how many of each kind were new. Idempotent: a second run records nothing more.
    Run hourly by beat, after the minute sweep has moved the assignments' phases."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    batch = settings.REMINDER_BATCH
    counts = {DUE_SOON: _record_all(due_soon_candidates(), DUE_SOON, batch)}
    counts[OVERDUE] = 0
    for _n, rows in overdue_candidates(today=today):
        counts[OVERDUE] += _record_all(rows, OVERDUE, batch - counts[OVERDUE])
    counts[CERTIFICATE_EXPIRING] = 0
    for _n, rows in expiring_candidates(now=now):
        counts[CERTIFICATE_EXPIRING] += _record_all(
            rows, CERTIFICATE_EXPIRING, batch - counts[CERTIFICATE_EXPIRING]
        )
    counts[RECERTIFICATION_OPEN] = _record_all(
        recertification_candidates(now=now), RECERTIFICATION_OPEN, batch
    )
    return counts


def iso_week(day: date) -> str:
    """ "2026-W49": the occurrence of a weekly digest."""
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def digest_candidates(*, week: str) -> QuerySet[Person]:
    """Managers (people with a unit to manage) with an active account and an email
    address, whose digest of ``week`` is not recorded."""
    managers = (
        Person.objects.filter(_reachable(prefix=""), manager_scopes__isnull=False)
        .distinct()
        .order_by("pk")
        .annotate(person_id=F("pk"))
    )
    subject = Concat(Value("manager:"), _text("pk"), output_field=CharField())
    return _not_recorded(managers, DIGEST, subject, Value(week))


def digests_record(*, now: datetime | None = None) -> int:
    """Record this week's digest for every manager (at most ``REMINDER_BATCH``); returns
    how many were new. Idempotent within the ISO week."""
    week = iso_week(timezone.localdate(now or timezone.now()))
    rows = digest_candidates(week=week).values_list("pk", "preferred_language")
    recorded = 0
    for pk, preferred in rows[: settings.REMINDER_BATCH]:
        due = Due(pk, DIGEST, f"manager:{pk}", week, language_of(preferred))
        recorded += reminder_record(due=due) is not None
    return recorded
