"""The built-in statement store, the clients that read and write it over the xAPI
Statements resource, the LRSs statements are forwarded to, and the audit of privacy
requests (export, erasure) on one person's statements.

A statement is kept as the JSON the store answers with (``data``: with ``id``, ``stored``,
``authority`` and ``version``) plus the columns its filters query, indexed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.models.events import Event
from learning.models.people import Person


class Statement(models.Model):
    id = models.UUIDField(primary_key=True, editable=False)
    data = models.JSONField()
    #: The actor's inverse functional identifier, canonical ("account::<homePage>::<name>",
    #: "mbox::mailto:…", …): the ``agent`` filter.
    actor_key = models.CharField(max_length=500)
    verb_id = models.CharField(max_length=500)
    #: The object's id when it is an activity (else "").
    activity_id = models.CharField(max_length=500, blank=True, default="")
    registration = models.UUIDField(null=True, blank=True)
    timestamp = models.DateTimeField()
    stored = models.DateTimeField(default=timezone.now)
    voided = models.BooleanField(default=False)
    #: The statement this one voids (a voiding statement), else null.
    voids = models.UUIDField(null=True, blank=True)
    #: The outbox event it was built from (null for statements a client posted).
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    #: The person it is about, for export, erasure and retention (null when not ours).
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    client = models.ForeignKey(
        "learning.StatementClient",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
    )

    class Meta:
        indexes = [
            models.Index(fields=["stored", "id"], name="statement_stored"),
            models.Index(fields=["actor_key", "stored"], name="statement_actor"),
            models.Index(fields=["verb_id", "stored"], name="statement_verb"),
            models.Index(fields=["activity_id", "stored"], name="statement_activity"),
            models.Index(fields=["registration", "stored"], name="statement_registration"),
            models.Index(fields=["person", "stored"], name="statement_person"),
            models.Index(fields=["event"], name="statement_event"),
        ]

    def __str__(self) -> str:
        return f"{self.id} {self.verb_id.rsplit('/', 1)[-1]} {self.activity_id}"


class StatementClient(models.Model):
    """A client of ``/xapi/statements`` (content that posts its own statements, a reporting
    tool): Basic auth with ``key`` and a secret shown once and stored as a keyed hash."""

    class Scope(models.TextChoices):
        WRITE = "statements/write", _("write statements")
        READ = "statements/read", _("read all statements")
        READ_MINE = "statements/read/mine", _("read the statements it wrote")

    name = models.CharField(_("name"), max_length=200)
    key = models.CharField(_("key"), max_length=64, unique=True, editable=False)
    secret_hash = models.CharField(max_length=128, editable=False)
    scopes = models.JSONField(_("scopes"), default=list)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("xAPI client")
        verbose_name_plural = _("xAPI clients")

    def __str__(self) -> str:
        return self.name


class ForwardTarget(models.Model):
    """An LRS the platform forwards statements to (the municipality's own)."""

    class ActorFormat(models.TextChoices):
        ACCOUNT = "account", _("opaque account (default)")
        EMPLOYEE_NUMBER = "employee_number", _("account named by employee number")
        MBOX = "mbox", _("email address (mbox)")

    class Version(models.TextChoices):
        V103 = "1.0.3", "1.0.3"
        V2 = "2.0.0", "2.0.0"

    name = models.CharField(_("name"), max_length=200)
    endpoint = models.URLField(_("endpoint"), help_text=_("the LRS's xAPI base, ending in /"))
    username = models.CharField(_("username"), max_length=200, blank=True)
    #: The password, encrypted (never shown again once saved).
    secret_encrypted = models.TextField(blank=True, default="", editable=False)
    version = models.CharField(
        _("xAPI version"), max_length=8, choices=Version.choices, default=Version.V103
    )
    actor_format = models.CharField(
        _("actor format"), max_length=20, choices=ActorFormat.choices, default=ActorFormat.ACCOUNT
    )
    verbs = models.JSONField(_("only these verbs"), default=list, blank=True)
    activity_prefixes = models.JSONField(
        _("only activities starting with"), default=list, blank=True
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("LRS forwarding target")
        verbose_name_plural = _("LRS forwarding targets")

    def __str__(self) -> str:
        return self.name


class StatementPrivacyAudit(models.Model):
    """Who exported or erased one person's statements, when, why, and how many."""

    class Action(models.TextChoices):
        EXPORT = "export", _("export")
        ERASURE = "erasure", _("erasure")
        RETENTION = "retention", _("retention")

    action = models.CharField(max_length=12, choices=Action.choices)
    #: The person's opaque xAPI id at the time (the person row may be gone after erasure).
    subject = models.CharField(max_length=64, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reason = models.TextField()
    count = models.PositiveIntegerField(default=0)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.action} {self.subject} ({self.count}) {self.at:%Y-%m-%d}"
