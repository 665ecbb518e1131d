"""Certificates: one row per person, track and cycle (the first certification is cycle 1,
each recertification the next), never deleted while the person exists, so every past
authorisation can be answered. Personal data: who holds which certificate, when, and the
reasons recorded for actions on it.

A certificate's status is derived at read time (``certificates.status``) from its dates and
actions, never stored as a flag a nightly job has to flip. The columns below the snapshot
line are the current state, kept in step by ``certificates.services``; every change to them
is also a ``CertificateAction`` row, from which the state at any past moment is rebuilt.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from certificates.models.tracks import Track
from learning.models import Person, User


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRING = "expiring", _("Valid, recertification open")
    IN_GRACE = "in_grace", _("In grace period")
    EXPIRED = "expired", _("Expired")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")
    NONE = "none", _("No certificate")


class Certificate(models.Model):
    class Source(models.TextChoices):
        AUTOMATIC = "automatic", _("Requirements completed")
        MANUAL = "manual", _("Issued by an administrator")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="certificates")
    track = models.ForeignKey(Track, on_delete=models.PROTECT, related_name="certificates")
    cycle = models.PositiveIntegerField()
    #: Human-readable, printed on the PDF ("VCR-2026-000042").
    number = models.CharField(max_length=40, unique=True)
    #: Unguessable (80 random bits), the key of the public verification page and QR code.
    verification_code = models.CharField(max_length=40, unique=True)
    source = models.CharField(max_length=16, choices=Source.choices)
    issued_at = models.DateTimeField()
    valid_from = models.DateTimeField()
    #: Snapshot of what the track authorised when this cycle was issued.
    instrument_key = models.CharField(max_length=80, blank=True)
    instrument_name = models.CharField(max_length=200, blank=True)
    instrument_version = models.CharField(max_length=40, blank=True)
    # --- current state (see the module docstring) ---------------------------------------
    #: Null: never expires. ``recert_opens_at`` / ``grace_until`` move with it.
    valid_until = models.DateTimeField(null=True, blank=True)
    recert_opens_at = models.DateTimeField(null=True, blank=True)
    grace_until = models.DateTimeField(null=True, blank=True)
    suspended_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    #: The next cycle replaced this one (its status is the person's status from then).
    superseded_at = models.DateTimeField(null=True, blank=True)
    renews = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="renewals"
    )
    # Time-driven events already recorded for the current dates (reset by an extension).
    expiring_announced_at = models.DateTimeField(null=True, blank=True)
    expired_announced_at = models.DateTimeField(null=True, blank=True)
    # Documents, rendered by tasks after issuance and after every status change.
    document = models.FileField(upload_to="certificates/%Y/", blank=True)
    document_language = models.CharField(max_length=8, blank=True)
    credential = models.TextField(blank=True, help_text="The signed Open Badges 3.0 VC-JWT")

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_at"]
        constraints = [
            # Idempotent issuance: two deliveries that complete the same requirements race
            # for the same cycle number, and only one row can win.
            models.UniqueConstraint(
                fields=["person", "track", "cycle"], name="certificate_cycle_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["person", "track", "-cycle"], name="certificate_person_track"),
            models.Index(
                fields=["recert_opens_at"],
                name="certificate_to_announce_expiry",
                condition=models.Q(expiring_announced_at__isnull=True, revoked_at__isnull=True),
            ),
            models.Index(
                fields=["grace_until"],
                name="certificate_to_announce_end",
                condition=models.Q(expired_announced_at__isnull=True, revoked_at__isnull=True),
            ),
            # Reminders and the managers' digest: current certificates by expiry.
            models.Index(
                fields=["valid_until"],
                name="certificate_current_expiry",
                condition=models.Q(superseded_at__isnull=True, revoked_at__isnull=True),
            ),
        ]
        permissions = [
            ("manage_certificate", _("Can issue, extend, suspend, reinstate and revoke")),
        ]

    def __str__(self) -> str:
        return f"{self.number} · {self.person} · {self.track}"


class CertificateAction(models.Model):
    """What happened to a certificate, by whom and why (the audit, and the history the
    status at a past moment is rebuilt from). ``valid_until`` is the expiry in force after
    the action (issued, extended). Personal data: the reason text."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        EXTENDED = "extended", _("Extended")
        SUSPENDED = "suspended", _("Suspended")
        REINSTATED = "reinstated", _("Reinstated")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Renewed by the next cycle")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="actions")
    action = models.CharField(max_length=16, choices=Action.choices)
    at = models.DateTimeField()
    by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    reason = models.TextField(blank=True)
    valid_until = models.DateTimeField(null=True, blank=True)
    grace_until = models.DateTimeField(null=True, blank=True)
    recert_opens_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate action")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["certificate", "at"], name="certificate_action_at")]

    def __str__(self) -> str:
        return f"{self.certificate.number}: {self.get_action_display()}"


class CertificateBasis(models.Model):
    """A result a certificate rests on: voiding it revokes the certificate."""

    class Kind(models.TextChoices):
        MODULE = "module", _("Module completed")
        ATTEMPT = "attempt", _("Exam passed")
        CALIBRATION = "calibration", _("Calibration passed")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="basis")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    #: The enrolment, attempt or calibration attempt pk.
    ref = models.PositiveBigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "kind", "ref"], name="certificate_basis_unique"
            ),
        ]
        indexes = [models.Index(fields=["kind", "ref"], name="certificate_basis_ref")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.ref}"
