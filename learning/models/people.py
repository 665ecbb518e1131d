"""People, organisations and roles.

Personal data: ``User`` holds name, email and login; ``Person`` holds the employee number,
sector, job title and language preference; ``Membership`` records which units a person
belongs to. Nothing else about a person is stored here.
"""

from __future__ import annotations

import uuid

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

PATH_SEPARATOR = "/"


class Sector(models.TextChoices):
    DAYCARE = "daycare", _("Daycare")
    SCHOOL = "school", _("School")
    HEALTH = "health", _("Health")
    JOB_CENTRE = "job_centre", _("Job centre")
    CHILDREN_YOUTH = "children_youth", _("Children and youth services")
    FAMILY_COURT = "family_court", _("Family court house / courts")
    POLICE = "police", _("Police")
    OTHER = "other", _("Other")


class User(AbstractUser):
    """A login. Personal data: username, first and last name, email.

    Email is unique ignoring case (when set), so it can be used to log in and to reset a
    password.
    """

    class Meta:
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="user_email_unique_ci",
                violation_error_message=_("Another account already uses this email address."),
            ),
        ]
        # People lists are ordered by name: the whole organisation's first page reads the
        # first rows of this index instead of sorting 100,000 people (docs/benchmarks.md).
        indexes = [models.Index(fields=["last_name", "first_name"], name="user_name_order")]


class OrganisationQuerySet(MP_NodeQuerySet):
    def subtree_of(self, organisations) -> OrganisationQuerySet:
        """Every organisation at or below any of ``organisations`` (one query)."""
        paths = [o.path for o in organisations]
        if not paths:
            return self.none()
        condition = models.Q()
        for path in paths:
            condition |= models.Q(path__startswith=path)
        return self.filter(condition)


class OrganisationManager(MP_NodeManager.from_queryset(OrganisationQuerySet)):
    def get_queryset(self) -> OrganisationQuerySet:
        return OrganisationQuerySet(self.model, using=self._db).order_by("path")


class Organisation(MP_Node):
    """A node of the organisation tree: municipality → administration → unit → team, any depth.

    Sibling names are unique, so a path of names ("Fjordby Kommune/Børn og Unge/…") names
    exactly one node; the CSV import relies on that.
    """

    name = models.CharField(_("name"), max_length=200)
    sector = models.CharField(
        _("sector"),
        max_length=32,
        choices=Sector.choices,
        blank=True,
        help_text=_("The sector this unit works in, if it has one."),
    )
    # Denormalised full path of names, kept in step by ``organisation_*`` services.
    name_path = models.CharField(max_length=2000, editable=False, unique=True)

    node_order_by = ["name"]
    objects = OrganisationManager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name_path or self.name


class Person(ClusterableModel):
    """A member of staff who takes training. Personal data: employee number, sector, job title,
    preferred language (name and email live on ``user``).

    ``employee_number`` is the identifier other systems (case systems, HR, SSO) use for this
    person; it never changes once set.
    """

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="person")
    employee_number = models.CharField(_("employee number"), max_length=64, unique=True)
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=8, blank=True)
    #: The opaque, stable id that names this person in xAPI statements (``account.name``):
    #: never the email or employee number, unless a forwarding target is set up so.
    xapi_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    #: False: the person has muted reminders about training that is not mandatory for them
    #: (mandatory reminders always go out).
    optional_mail = models.BooleanField(_("reminders about optional training"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["user__last_name", "user__first_name"]
        permissions = [
            ("import_people", _("Can import people from a CSV file")),
            ("view_all_people", _("Can see every person, whatever their unit")),
        ]

    def __str__(self) -> str:
        return self.full_name or self.employee_number

    @property
    def full_name(self) -> str:
        return self.user.get_full_name()


def _today():
    from django.utils import timezone

    return timezone.localdate()


class Membership(models.Model):
    """A person belongs to a unit (and so to every unit above it) since ``started_on``, the
    date assignment rules count "within N days of joining" from."""

    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("unit"),
    )
    started_on = models.DateField(_("joined the unit on"), default=_today)

    class Meta:
        verbose_name = _("membership")
        constraints = [
            models.UniqueConstraint(fields=["person", "organisation"], name="membership_unique"),
        ]
        # A manager's scope reads the members of the units under a path prefix (the
        # organisation path's own pattern index finds the units): this index answers it
        # without visiting the table.
        indexes = [
            models.Index(fields=["organisation", "person"], name="membership_org_person"),
        ]

    def __str__(self) -> str:
        return f"{self.person} @ {self.organisation}"


class ManagerScope(models.Model):
    """The person manages everyone in this organisation's subtree."""

    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="manager_scopes")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="manager_scopes",
        verbose_name=_("manages unit"),
    )

    class Meta:
        verbose_name = _("manager scope")
        constraints = [
            models.UniqueConstraint(fields=["person", "organisation"], name="manager_scope_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.person} manages {self.organisation}"


class SectorAccess(models.Model):
    """A learner may read the sections of lessons written for another ``sector`` than their
    own (a manager grants it; ``modules.compliance.services.sector_access_grant`` audits it).
    Personal data: who was granted what, by whom and why."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="sector_access")
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices)
    granted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.TextField(_("reason"))
    granted_at = models.DateTimeField()

    class Meta:
        verbose_name = _("access to another sector's sections")
        constraints = [
            models.UniqueConstraint(fields=["person", "sector"], name="sector_access_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.person} → {self.sector}"


class PersonImport(models.Model):
    """One CSV import of people: previewed, then committed or abandoned.

    Personal data: ``content`` holds the uploaded file between preview and commit. It is
    emptied when the import is committed, and previews left uncommitted are deleted after
    ``PERSON_IMPORT_PREVIEW_HOURS`` (a scheduled task).
    """

    class Status(models.TextChoices):
        PREVIEWED = "previewed", _("Previewed")
        COMMITTED = "committed", _("Committed")

    uploaded_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True)
    filename = models.CharField(max_length=255)
    content = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PREVIEWED)
    summary = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    committed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("person import")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"


class Heartbeat(models.Model):
    """The last time each background process proved it runs (written by beat → worker)."""

    name = models.CharField(max_length=64, unique=True)
    seen_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} @ {self.seen_at:%Y-%m-%d %H:%M:%S}"
