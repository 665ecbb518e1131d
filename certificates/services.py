"""Every write to certificates: automatic issuance when requirements are met, and the
administrators' manual issue, extend, suspend, reinstate and revoke; revocation when a
result a certificate rests on is voided; the time-driven "expiring" and "expired" events.

Each write locks the certificate row (or, for issuance, relies on the
``certificate_cycle_unique`` constraint), records a ``CertificateAction`` and records an
event through the seam (``certificate.<action>``) in the same transaction, so xAPI, the
documents and the webhooks follow from the outbox and nothing is lost. Every write an
administrator makes needs ``certificates.manage_certificate`` and a reason.
"""

from __future__ import annotations

import calendar
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from certificates import signals
from certificates import status as st
from certificates.models import (
    Certificate,
    CertificateAction,
    CertificateBasis,
    RequirementPath,
    Track,
)
from certificates.selectors import for_audience, requirements_met
from learning.events import event_record
from learning.locales import in_default_language
from learning.models import Person, User

Action = CertificateAction.Action
#: 16 symbols of 32 (no 0/O, 1/I): 80 random bits, read aloud or typed without confusion.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 16


class CertificateRefused(ValidationError):
    """The change is not possible in the certificate's state (nothing was written)."""


# --- Dates and identifiers ------------------------------------------------------------------
def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus whole calendar months, on the same day or the month's last day."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def _dates(track: Track, valid_until: datetime | None) -> dict:
    if valid_until is None:
        return {"valid_until": None, "recert_opens_at": None, "grace_until": None}
    return {
        "valid_until": valid_until,
        "recert_opens_at": valid_until - timedelta(days=track.recert_window_days),
        "grace_until": valid_until + timedelta(days=track.grace_days),
    }


def verification_code_new() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def verification_code_normalise(text: str) -> str:
    """What a person typed or a QR code carried, in the stored form (or "" if malformed)."""
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    if len(raw) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in raw):
        return ""
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def _number(certificate: Certificate) -> str:
    prefix = getattr(settings, "CERTIFICATE_NUMBER_PREFIX", "VCR")
    return f"{prefix}-{certificate.issued_at:%Y}-{certificate.pk:06d}"


# --- Events ---------------------------------------------------------------------------------
def _event(kind: str, certificate: Certificate, occurrence: str) -> None:
    now = timezone.now()
    iso = lambda m: m.isoformat() if m else None  # noqa: E731
    event_record(
        kind=kind,
        object_key=f"certificate:{certificate.pk}",
        occurrence=occurrence,
        payload={
            "certificate": certificate.pk,
            "person": certificate.person_id,
            "track": certificate.track.key,
            "number": certificate.number,
            "cycle": certificate.cycle,
            "status": st.status_of(certificate, now),
            "valid_from": iso(certificate.valid_from),
            "valid_until": iso(certificate.valid_until),
            "grace_until": iso(certificate.grace_until),
            "instrument_key": certificate.instrument_key,
            "instrument_version": certificate.instrument_version,
            "language": get_language() or "",
        },
        signal=signals.certificate_changed,
        sender=Certificate,
        certificate=certificate,
        change=kind,
    )


def _act(certificate, action, *, by=None, reason="", at=None) -> CertificateAction:
    return CertificateAction.objects.create(
        certificate=certificate,
        action=action,
        at=at or timezone.now(),
        by=by,
        reason=reason,
        valid_until=certificate.valid_until,
        grace_until=certificate.grace_until,
        recert_opens_at=certificate.recert_opens_at,
    )


# --- Issuance -------------------------------------------------------------------------------
def certificate_evaluate(*, person: Person, track: Track) -> Certificate | None:
    """Issue the person's next certificate of ``track`` if they have just met its
    requirements; None when nothing is due. Called by the outbox consumer on every result
    that counts towards a track; safe to call any number of times.

    - No certificate yet: the first-certification requirements, any time.
    - The latest cycle is expiring, in grace or expired: the recertification path, with
      results from the window's opening on.
    - The latest was revoked (e.g. its exam was voided): the first-certification path
      again, with exams and calibration passed after the revocation.
    - Valid and not yet in its window, or suspended: nothing (an administrator decides).

    Idempotent: a replay finds the certificate valid; two deliveries racing for the same
    cycle meet the ``certificate_cycle_unique`` constraint and the loser returns the
    winner's row."""
    track = in_default_language(track)
    if not track.is_active or not for_audience(person=person, track=track):
        return None
    now = timezone.now()
    latest = Certificate.objects.filter(person=person, track=track).order_by("-cycle").first()
    if latest is None:
        path, since = RequirementPath.INITIAL, None
    else:
        status = st.status_of(latest, now)
        if status in (st.EXPIRING, st.IN_GRACE, st.EXPIRED):
            path, since = RequirementPath.RECERTIFICATION, latest.recert_opens_at
        elif status == st.REVOKED:
            path, since = RequirementPath.INITIAL, latest.revoked_at
        else:
            return None
    basis = requirements_met(person=person, track=track, path=path, since=since)
    if basis is None:
        return None
    return _issue(
        person=person,
        track=track,
        previous=latest,
        source=Certificate.Source.AUTOMATIC,
        basis=basis,
        renewal=path == RequirementPath.RECERTIFICATION,
    )


def certificate_issue_manual(
    *, person: Person, track: Track, by: User, reason: str, valid_until: datetime | None = None
) -> Certificate:
    """An administrator issues the next cycle by hand (e.g. certified elsewhere), with a
    reason. Refused while the person holds an authorising certificate of the track (extend
    it instead). ``valid_until`` overrides the track's validity."""
    reason = _check_admin(by, reason)
    track = in_default_language(track)
    latest = Certificate.objects.filter(person=person, track=track).order_by("-cycle").first()
    if latest is not None and st.status_of(latest, timezone.now()) in st.AUTHORISED:
        raise CertificateRefused(
            _("%(person)s already holds a valid certificate of this track; extend it instead.")
            % {"person": person}
        )
    if valid_until is not None and valid_until <= timezone.now():
        raise ValidationError({"valid_until": _("The expiry must be in the future.")})
    return _issue(
        person=person,
        track=track,
        previous=latest,
        source=Certificate.Source.MANUAL,
        basis=[],
        by=by,
        reason=reason,
        valid_until=valid_until,
    )


def _issue(
    *, person, track, previous, source, basis, renewal=False, by=None, reason="", valid_until=None
) -> Certificate:
    now = timezone.now()
    if valid_until is None and track.validity_months:
        start = now
        if renewal and previous.valid_until and previous.valid_until > now:
            start = previous.valid_until  # renewing early loses no time
        valid_until = add_months(start, track.validity_months)
    instrument = track.instrument
    certificate = Certificate(
        person=person,
        track=track,
        cycle=(previous.cycle + 1) if previous else 1,
        number=f"pending-{secrets.token_hex(8)}",
        verification_code=verification_code_new(),
        source=source,
        issued_at=now,
        valid_from=now,
        instrument_key=instrument.key if instrument else "",
        instrument_name=instrument.name if instrument else "",
        instrument_version=instrument.version if instrument else "",
        renews=previous if renewal else None,
        **_dates(track, valid_until),
    )
    try:
        with transaction.atomic():
            certificate.save()
            certificate.number = _number(certificate)
            certificate.save(update_fields=["number"])
            CertificateBasis.objects.bulk_create(
                [CertificateBasis(certificate=certificate, kind=k, ref=r) for k, r in basis]
            )
            _act(certificate, Action.ISSUED, by=by, reason=reason, at=now)
            if previous is not None and previous.superseded_at is None:
                Certificate.objects.filter(pk=previous.pk).update(
                    superseded_at=now,
                    expiring_announced_at=Coalesce(F("expiring_announced_at"), Value(now)),
                    expired_announced_at=now,
                )
                _act(previous, Action.SUPERSEDED, at=now)
            _event("certificate.issued", certificate, "issued")
    except IntegrityError:
        # Another delivery issued this cycle first (certificate_cycle_unique): it is ours.
        return Certificate.objects.get(person=person, track=track, cycle=certificate.cycle)
    return certificate


# --- Administrators' actions ----------------------------------------------------------------
def _check_admin(by: User | None, reason: str) -> str:
    if by is None or not by.has_perm("certificates.manage_certificate"):
        raise PermissionDenied(_("Only certification administrators can change certificates."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give a reason: it is kept in the audit.")})
    return reason


def _locked(certificate: Certificate) -> Certificate:
    return Certificate.objects.select_for_update().select_related("track").get(pk=certificate.pk)


@transaction.atomic
def certificate_extend(
    *, certificate: Certificate, by: User, reason: str, valid_until: datetime
) -> Certificate:
    """Move the expiry to ``valid_until`` (later than the current one); the recertification
    window and grace move with it, and "expiring"/"expired" are announced again for the new
    dates. Refused for a revoked or superseded certificate."""
    reason = _check_admin(by, reason)
    certificate = _locked(certificate)
    if certificate.revoked_at or certificate.superseded_at:
        raise CertificateRefused(_("A revoked or renewed certificate cannot be extended."))
    if certificate.valid_until is None:
        raise CertificateRefused(_("This certificate does not expire."))
    if valid_until <= max(certificate.valid_until, timezone.now()):
        raise ValidationError(
            {"valid_until": _("The new expiry must be later than the current one and the future.")}
        )
    for name, value in _dates(certificate.track, valid_until).items():
        setattr(certificate, name, value)
    certificate.expiring_announced_at = certificate.expired_announced_at = None
    certificate.save()
    action = _act(certificate, Action.EXTENDED, by=by, reason=reason)
    _event("certificate.extended", certificate, f"extended:{action.pk}")
    return certificate


@transaction.atomic
def certificate_suspend(*, certificate: Certificate, by: User, reason: str) -> Certificate:
    """Suspend (e.g. while a complaint is looked into): not authorised until reinstated.
    Suspending a suspended certificate changes nothing; a revoked one cannot be."""
    reason = _check_admin(by, reason)
    certificate = _locked(certificate)
    if certificate.revoked_at:
        raise CertificateRefused(_("A revoked certificate cannot be suspended."))
    if certificate.suspended_at:
        return certificate
    certificate.suspended_at = timezone.now()
    certificate.save(update_fields=["suspended_at"])
    action = _act(certificate, Action.SUSPENDED, by=by, reason=reason)
    _event("certificate.suspended", certificate, f"suspended:{action.pk}")
    return certificate


@transaction.atomic
def certificate_reinstate(*, certificate: Certificate, by: User, reason: str) -> Certificate:
    """End a suspension; the dates run on as if it had not happened."""
    reason = _check_admin(by, reason)
    certificate = _locked(certificate)
    if certificate.revoked_at or not certificate.suspended_at:
        raise CertificateRefused(_("Only a suspended certificate can be reinstated."))
    certificate.suspended_at = None
    certificate.save(update_fields=["suspended_at"])
    action = _act(certificate, Action.REINSTATED, by=by, reason=reason)
    _event("certificate.reinstated", certificate, f"reinstated:{action.pk}")
    return certificate


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, by: User | None, reason: str, system: bool = False
) -> Certificate:
    """Revoke for good (a later certification starts a new cycle). Revoking twice changes
    nothing. ``system`` is for the platform's own revocations (a voided result), which have
    no administrator behind them but still a reason."""
    reason = (reason or "").strip() if system else _check_admin(by, reason)
    certificate = _locked(certificate)
    if certificate.revoked_at:
        return certificate
    certificate.revoked_at = timezone.now()
    certificate.save(update_fields=["revoked_at"])
    _act(certificate, Action.REVOKED, by=by, reason=reason)
    _event("certificate.revoked", certificate, "revoked")
    return certificate


def certificates_revoke_for_basis(*, kind: str, ref: int, reason: str) -> int:
    """Revoke every certificate that rests on the voided result (``kind``, ``ref``); the
    number revoked. Idempotent."""
    revoked = 0
    rows = Certificate.objects.filter(basis__kind=kind, basis__ref=ref, revoked_at__isnull=True)
    for certificate in rows.distinct():
        certificate_revoke(certificate=certificate, by=None, reason=reason, system=True)
        revoked += 1
    return revoked


# --- Time-driven events ---------------------------------------------------------------------
BATCH = 500


def certificates_announce(*, now: datetime | None = None) -> int:
    """Record "certificate.expiring" for certificates whose recertification window has opened
    and "certificate.expired" for those past their grace, once per set of dates (a later
    extension announces again). Reads only the rows still to announce (partial indexes);
    run by beat every few minutes. Returns how many were announced."""
    now = now or timezone.now()
    count = 0
    live = Q(revoked_at__isnull=True, superseded_at__isnull=True)
    due = {
        "expiring": Certificate.objects.filter(
            live, expiring_announced_at__isnull=True, recert_opens_at__lte=now
        ),
        "expired": Certificate.objects.filter(
            live, expired_announced_at__isnull=True, grace_until__lte=now
        ),
    }
    for name, queryset in due.items():
        for pk in queryset.values_list("pk", flat=True)[:BATCH]:
            with transaction.atomic():
                certificate = _locked(Certificate(pk=pk))
                field = f"{name}_announced_at"
                if getattr(certificate, field) is not None:
                    continue
                setattr(certificate, field, now)
                certificate.save(update_fields=[field])
                moment = certificate.grace_until if name == "expired" else certificate.valid_until
                _event(f"certificate.{name}", certificate, f"{name}:{moment.isoformat()}")
                count += 1
    return count
