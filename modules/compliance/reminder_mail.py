"""The outbox consumer ``reminders.email``: one "reminder.due" event, one mail.

The mail is written in the person's language (``Person.preferred_language``, else
``LANGUAGE_CODE``) from ``modules/email/reminder_<kind>_subject.txt`` and ``_body.txt``,
naming the module or track by its title in that language where it has one, and linking to
the page to go to. Sent with ``django.core.mail`` (the EMAIL settings).

Idempotent: a reminder already sent or skipped is left alone, and the row is locked while
the mail is written, so a replayed delivery sends nothing. A mail that went out just
before a crash (before ``sent_at`` committed) can go out again on the retry: at least once,
never knowingly twice.

Skipped instead of sent (``ReminderSent.skipped_reason``): reminders about training that is
not mandatory for a person who muted those (``Person.optional_mail`` False); reminders
whose reason has gone meanwhile (the work completed, the certificate renewed or extended);
a track's due-soon reminder while the person's certificate of it still holds (its own
reminders cover it); people no longer reachable; and a digest with nothing to report.
"""

from __future__ import annotations

import re
from datetime import timedelta
from uuid import UUID

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Sum
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from certificates.models import Certificate, Track
from learning.models import CourseModule, Event
from modules.compliance import reminders
from modules.compliance.models import (
    Assignment,
    ItemKind,
    Phase,
    ReminderSent,
    UnitItemSummary,
)
from modules.compliance.selectors import scope_for

#: Days ahead the digest counts certificates expiring in.
DIGEST_EXPIRING_DAYS = 30
#: The phase an assignment must still be in for its reminder to go out.
PHASE_OF = {reminders.DUE_SOON: Phase.DUE_SOON, reminders.OVERDUE: Phase.OVERDUE}


class Skip(Exception):
    """The reminder is not to go out; ``args[0]`` is the ``ReminderSent.Skipped`` value."""


def handle_reminder_delivery(event: Event, target: str) -> None:
    """Deliver one "reminder.due": write and send its mail, or mark it skipped."""
    reminder = (
        ReminderSent.objects.select_for_update()
        .select_related("person__user")
        .filter(pk=event.payload.get("reminder"))
        .first()
    )
    if reminder is None or reminder.sent_at or reminder.skipped_at:
        return
    person = reminder.person
    with translation.override(reminders.language_of(person.preferred_language)):
        reminder.language = translation.get_language()
        try:
            if not person.user.is_active or not person.user.email:
                raise Skip(ReminderSent.Skipped.UNREACHABLE)
            context, mandatory = CONTEXTS[reminder.kind](reminder)
            if not mandatory and not person.optional_mail:
                raise Skip(ReminderSent.Skipped.MUTED)
            subject, body = _render(reminder, context)
        except Skip as skip:
            reminder.skipped_at, reminder.skipped_reason = timezone.now(), skip.args[0]
            reminder.save(update_fields=["language", "skipped_at", "skipped_reason"])
            return
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [person.user.email]).send()
    reminder.sent_at = timezone.now()
    reminder.save(update_fields=["language", "sent_at"])


def _render(reminder: ReminderSent, context: dict) -> tuple[str, str]:
    context = {"person": reminder.person, "site_url": settings.SITE_URL, **context}
    name = f"modules/email/reminder_{reminder.kind}"
    subject = render_to_string(f"{name}_subject.txt", context)
    # A subject is one line, whatever the template's line breaks.
    return re.sub(r"\s+", " ", subject).strip(), render_to_string(f"{name}_body.txt", context)


def _link(path: str) -> str:
    return path if path.startswith(("http://", "https://")) else settings.SITE_URL + path


def _subject_pk(reminder: ReminderSent) -> int:
    return int(reminder.subject.partition(":")[2])


# --- What each kind says --------------------------------------------------------------------
def item_title_and_link(item_kind: str, item_key: str) -> tuple[str, str]:
    """The item's title in the active language where it has one, and the page to go to
    (the module's page; "My certificates" for a track)."""
    if item_kind == ItemKind.TRACK:
        return track_title(item_key), _link(reverse("my_certificates"))
    from modules.models import ModulePage
    from modules.selectors import page_for_key

    try:
        page = page_for_key(ModulePage, UUID(item_key))
    except ValueError:
        page = None
    if page is not None:
        return page.title, _link(page.url or reverse("start"))
    outline = CourseModule.objects.filter(key=item_key).values_list("title", flat=True).first()
    return outline or item_key, _link(reverse("start"))


def track_title(key: str) -> str:
    """The track's title in the active language, else the default language's."""
    titles = dict(Track.objects.filter(key=key).values_list("locale__language_code", "title"))
    return titles.get(translation.get_language()) or titles.get(settings.LANGUAGE_CODE) or key


def _assignment_context(reminder: ReminderSent) -> tuple[dict, bool]:
    assignment = Assignment.objects.filter(pk=_subject_pk(reminder)).first()
    # Completed, exempt or withdrawn meanwhile, moved on to overdue (its own mail follows) or
    # given a new due date (its reminders come again for that date).
    if (
        assignment is None
        or not assignment.current
        or assignment.phase != PHASE_OF[reminder.kind]
        or not reminder.occurrence.endswith(assignment.due_on.isoformat())
    ):
        raise Skip(ReminderSent.Skipped.RESOLVED)
    if assignment.item_kind == ItemKind.TRACK and _certificate_held(assignment):
        raise Skip(ReminderSent.Skipped.COVERED)
    title, link = item_title_and_link(assignment.item_kind, assignment.item_key)
    context = {
        "assignment": assignment,
        "title": title,
        "link": link,
        "due": date_format(assignment.due_on, "DATE_FORMAT"),
        "days_late": (timezone.localdate() - assignment.due_on).days,
        "mandatory": assignment.mandatory,
    }
    return context, assignment.mandatory


def _certificate_held(assignment: Assignment) -> bool:
    """Whether the person still holds a current certificate of the assigned track: the
    recertification cycle opened when its window did, and the certificate's own reminders
    (expiring, recertification open) say the same thing until it expires."""
    return (
        reminders.certificates_current(timezone.now())
        .filter(person_id=assignment.person_id, track__key=assignment.item_key)
        .exists()
    )


def certificate_mandatory(certificate: Certificate) -> bool:
    """A certificate's reminders are about mandatory training when the person has a
    mandatory current assignment of its track (not withdrawn, not exempt)."""
    return (
        Assignment.objects.filter(
            person_id=certificate.person_id,
            item_kind=ItemKind.TRACK,
            item_key=certificate.track.key,
            current=True,
            mandatory=True,
        )
        .exclude(phase__in=[Phase.WITHDRAWN, Phase.EXEMPT])
        .exists()
    )


def _certificate_context(reminder: ReminderSent) -> tuple[dict, bool]:
    now = timezone.now()
    certificate = (
        reminders.certificates_current(now)
        .select_related("track")
        .filter(pk=_subject_pk(reminder))
        .first()
    )
    expiry = certificate and timezone.localtime(certificate.valid_until).date().isoformat()
    if certificate is None or not reminder.occurrence.endswith(expiry):
        raise Skip(ReminderSent.Skipped.RESOLVED)  # renewed, extended, revoked or expired
    context = {
        "certificate": certificate,
        "title": track_title(certificate.track.key),
        "link": _link(reverse("my_certificates")),
        "valid_until": date_format(timezone.localtime(certificate.valid_until), "DATE_FORMAT"),
        "days_left": (certificate.valid_until - now).days,
    }
    return context, certificate_mandatory(certificate)


def digest_counts(*, manager) -> dict[str, int]:
    """For the manager's scope: outstanding assignments overdue and due soon (summed over
    the summary rows of the scope's units) and current certificates of the scope's members
    expiring within ``DIGEST_EXPIRING_DAYS``."""
    scope = scope_for(user=manager.user)
    totals = UnitItemSummary.objects.filter(scope.organisation_filter()).aggregate(
        overdue=Sum("overdue"), due_soon=Sum("due_soon")
    )
    now = timezone.now()
    expiring = Certificate.objects.filter(
        superseded_at__isnull=True,
        revoked_at__isnull=True,
        suspended_at__isnull=True,
        valid_until__gt=now,
        valid_until__lte=now + timedelta(days=DIGEST_EXPIRING_DAYS),
    )
    if scope.empty:
        expiring = expiring.none()
    elif not scope.everything:
        expiring = expiring.filter(person_id__in=scope.members())
    return {
        "overdue": totals["overdue"] or 0,
        "due_soon": totals["due_soon"] or 0,
        "expiring": expiring.count(),
    }


def manage_link() -> str:
    try:
        return _link(reverse("manage_overview"))
    except NoReverseMatch:  # the dashboard's URLs not installed
        return _link("/manage/")


def _digest_context(reminder: ReminderSent) -> tuple[dict, bool]:
    counts = digest_counts(manager=reminder.person)
    if not any(counts.values()):
        raise Skip(ReminderSent.Skipped.NOTHING)
    context = {**counts, "days": DIGEST_EXPIRING_DAYS, "link": manage_link()}
    return context, True  # a manager's digest is part of the job, never optional mail


CONTEXTS = {
    reminders.DUE_SOON: _assignment_context,
    reminders.OVERDUE: _assignment_context,
    reminders.CERTIFICATE_EXPIRING: _certificate_context,
    reminders.RECERTIFICATION_OPEN: _certificate_context,
    reminders.DIGEST: _digest_context,
}
