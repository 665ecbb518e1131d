"""What other systems use: API clients and their secrets, the audit of status checks, the
keys answers and credentials are signed with, and webhook subscriptions with their delivery
log.

A client's secret is stored only as a keyed hash (``learning.security.secret_hash``); a
client may hold several at once (rotation with overlap). A webhook's signing secret and a
signing key's private half must be usable again, so they are stored encrypted
(``learning.xapi.secrets``), never in clear.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from certificates.models.certificates import Certificate
from certificates.models.tracks import Track
from learning.models import Event, Organisation, Person, User


class ApiClient(models.Model):
    """Another system (a case system, a police tool). It sees the people of the
    ``organisations`` subtrees, and only the ``tracks`` named (none named: none)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    #: The public half of the credential ("vcr_…"); the secret follows it after a dot.
    key_id = models.CharField(max_length=40, unique=True, editable=False)
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("may see people in"), related_name="+"
    )
    tracks = models.ManyToManyField(Track, verbose_name=_("may see tracks"), related_name="+")
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("API client")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ApiClientSecret(models.Model):
    """One secret of a client. ``expires_at`` ends it (set when rotating, so callers have
    an overlap to switch); ``revoked_at`` ends it at once."""

    client = models.ForeignKey(ApiClient, on_delete=models.CASCADE, related_name="secrets")
    secret_hash = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API client secret")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.client} · {self.created_at:%Y-%m-%d}"


class StatusCheck(models.Model):
    """One answer the status API gave: who asked, about whom, what it said. Personal data:
    the person and employee number asked about."""

    client = models.ForeignKey(ApiClient, on_delete=models.PROTECT, related_name="checks")
    checked_at = models.DateTimeField()
    employee_number = models.CharField(max_length=64)
    person = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    track_key = models.CharField(max_length=80, blank=True)
    instrument_key = models.CharField(max_length=80, blank=True)
    instrument_version = models.CharField(max_length=40, blank=True)
    #: The moment asked about (``at=``), null for "now".
    at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=16)
    certificate = models.ForeignKey(
        Certificate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    bulk = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("status check")
        ordering = ["-checked_at"]
        indexes = [
            models.Index(fields=["-checked_at"], name="status_check_time"),
            models.Index(fields=["employee_number", "-checked_at"], name="status_check_person"),
            models.Index(fields=["client", "-checked_at"], name="status_check_client"),
        ]

    def __str__(self) -> str:
        return f"{self.client} · {self.employee_number} · {self.status}"


class SigningKey(models.Model):
    """A key that signs status answers (JWS) and credentials (VC-JWT). The newest key that
    is not retired signs; every key not past ``published_until`` is in the JWKS, so an
    answer signed before a rotation still verifies while it can be cached."""

    kid = models.CharField(max_length=64, unique=True)
    algorithm = models.CharField(max_length=16, default="EdDSA")
    private_key = models.TextField(help_text="PEM (PKCS#8), encrypted")
    public_jwk = models.JSONField()
    created_at = models.DateTimeField()
    retired_at = models.DateTimeField(null=True, blank=True)
    published_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("signing key")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.kid


class WebhookSubscription(models.Model):
    """A client's endpoint for certificate events (Standard Webhooks signatures)."""

    client = models.ForeignKey(ApiClient, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(_("endpoint URL"), max_length=500)
    #: Event types ("certificate.issued", …); see ``certificates.webhooks.EVENT_TYPES``.
    events = models.JSONField(_("events"), default=list)
    secret = models.TextField(help_text="whsec_… signing secret, encrypted")
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("webhook subscription")

    def __str__(self) -> str:
        return f"{self.client} → {self.url}"


class WebhookAttempt(models.Model):
    """One try to deliver one event to one subscription: the delivery log."""

    subscription = models.ForeignKey(
        WebhookSubscription, on_delete=models.CASCADE, related_name="attempts"
    )
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    attempted_at = models.DateTimeField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    replay = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-attempted_at"]
        indexes = [models.Index(fields=["subscription", "-attempted_at"], name="webhook_log")]

    def __str__(self) -> str:
        return f"{self.subscription} · {self.status_code or self.error[:40]}"
