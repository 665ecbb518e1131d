"""Assignments of mandatory training, the summaries kept from them, and the audit trail.

An *item* is what someone is assigned: a module (``item_kind`` "module", ``item_key`` the
module's translation key) or a certification track ("track", the track's slug). Items are
named by key, never by row id, so they survive republishing and translation.

Personal data: ``Assignment`` records what a person must do, by when, and whether they did;
``ManagerAction`` who did what to whom and why; ``ReminderSent`` which mails a person got.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from learning.models import Organisation, Person, Sector


def _today():
    from django.utils import timezone

    return timezone.localdate()


class ItemKind(models.TextChoices):
    MODULE = "module", _("Module")
    TRACK = "track", _("Certification track")


class Phase(models.TextChoices):
    """Where an assignment stands; ``modules.compliance.phases.phase_of`` decides it."""

    OPEN = "open", _("Not yet due")
    DUE_SOON = "due_soon", _("Due soon")
    OVERDUE = "overdue", _("Overdue")
    COMPLETED = "completed", _("Completed")
    EXEMPT = "exempt", _("Exempt")
    WITHDRAWN = "withdrawn", _("Withdrawn")


#: Phases that still ask something of the person.
OUTSTANDING = (Phase.OPEN, Phase.DUE_SOON, Phase.OVERDUE)


class AssignmentRule(models.Model):
    """Mandatory training for everyone who matches: ``sector``, ``job_title`` (the same
    words, ignoring case) and membership of ``organisation`` or a unit below it; a blank
    criterion matches everyone. Due ``due_days`` after the person joined the unit that made
    the rule apply (or after ``in_force_from``, if later), or on ``due_date``.
    ``recurrence_months``: after each completion the item is due again that many months on.
    """

    name = models.CharField(_("name"), max_length=200)
    item_kind = models.CharField(_("kind"), max_length=8, choices=ItemKind.choices)
    item_key = models.CharField(
        _("module or track"),
        max_length=80,
        help_text=_("The module's key, or the certification track's slug."),
    )
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices, blank=True)
    job_title = models.CharField(
        _("job title"),
        max_length=200,
        blank=True,
        help_text=_("Only people with this job title (ignoring case). Blank: every job title."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Only members of this unit and the units below it. Blank: every unit."),
    )
    due_days = models.PositiveSmallIntegerField(
        _("due within (days of joining)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(3650)],
    )
    due_date = models.DateField(_("due on (date)"), null=True, blank=True)
    recurrence_months = models.PositiveSmallIntegerField(
        _("repeat every (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    in_force_from = models.DateField(
        _("in force from"),
        default=_today,
        help_text=_(
            "People who joined before this day count their days from it, so a new rule "
            "never makes long-serving staff overdue at once. Set an earlier day for a rule "
            "that was already in force (e.g. carried over from another system)."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("assignment rule")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(due_days__isnull=False) ^ models.Q(due_date__isnull=False),
                name="assignment_rule_one_due",
                violation_error_message=_("Give either a number of days or a date, not both."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if (self.due_days is None) == (self.due_date is None):
            raise ValidationError(_("Give either a number of days or a date, not both."))


class Assignment(models.Model):
    """One person must do one item, cycle by cycle (a recurring rule opens cycle 2 when
    cycle 1 is completed). ``rule`` is the rule that made it (None: assigned by hand by
    ``assigned_by``). ``phase`` is kept in step by the services and the minute sweep, so
    the dashboard and its summaries never compute it per row."""

    class Source(models.TextChoices):
        RULE = "rule", _("Assignment rule")
        MANUAL = "manual", _("Assigned by a manager")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="assignments")
    item_kind = models.CharField(max_length=8, choices=ItemKind.choices)
    item_key = models.CharField(max_length=80)
    cycle = models.PositiveIntegerField(default=1)
    source = models.CharField(max_length=8, choices=Source.choices)
    rule = models.ForeignKey(
        AssignmentRule, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    mandatory = models.BooleanField(default=True)
    assigned_at = models.DateTimeField()
    due_on = models.DateField()
    phase = models.CharField(max_length=10, choices=Phase.choices, default=Phase.OPEN)
    #: The person's latest cycle of this item (what the dashboard counts).
    current = models.BooleanField(default=True)
    phase_changed_at = models.DateTimeField()
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    exempt_reason = models.TextField(blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("assignment")
        ordering = ["due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "item_kind", "item_key", "cycle"], name="assignment_unique"
            ),
        ]
        indexes = [
            # The sweep and the overdue and due-soon lists: outstanding work by due date. The
            # id too, the lists' tie-break, so "first 20 by (due_on, id)" stops after 20 rows
            # instead of joining and sorting a whole day's worth (docs/benchmarks.md).
            models.Index(
                fields=["phase", "due_on", "id"],
                name="assignment_outstanding_due",
                condition=models.Q(phase__in=["open", "due_soon", "overdue"]),
            ),
            models.Index(fields=["person", "phase"], name="assignment_person_phase"),
            models.Index(fields=["item_kind", "item_key", "phase"], name="assignment_item"),
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.item_kind}:{self.item_key} ({self.cycle})"

    @property
    def outstanding(self) -> bool:
        return self.phase in OUTSTANDING


class UnitItemSummary(models.Model):
    """Counts of the current cycle's assignments of one item among the direct members of
    one unit, kept by ``modules.compliance.summaries`` from the outbox. A manager's view
    adds the rows of the units in their subtrees. ``in_progress`` counts outstanding
    assignments the person has started."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    item_kind = models.CharField(max_length=8, choices=ItemKind.choices)
    item_key = models.CharField(max_length=80)
    assigned = models.PositiveIntegerField(default=0)
    completed = models.PositiveIntegerField(default=0)
    in_progress = models.PositiveIntegerField(default=0)
    due_soon = models.PositiveIntegerField(default=0)
    overdue = models.PositiveIntegerField(default=0)
    exempt = models.PositiveIntegerField(default=0)
    refreshed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "item_kind", "item_key"], name="unit_item_summary_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.item_kind}:{self.item_key}"


class UnitMonthSummary(models.Model):
    """Assignments of one item completed in one month among one unit's direct members (the
    "completion over time" chart)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    item_kind = models.CharField(max_length=8, choices=ItemKind.choices)
    item_key = models.CharField(max_length=80)
    month = models.DateField(help_text="The first day of the month")
    completed = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "item_kind", "item_key", "month"],
                name="unit_month_summary_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.item_kind}:{self.item_key} {self.month:%Y-%m}"


class ManagerAction(models.Model):
    """The audit trail of what managers did (assign, exempt, extend a due date, grant
    access to another sector's sections): who, when, to whom, why. Written in the same
    transaction as the change; never edited. ``actor_name`` keeps the name if the account
    goes."""

    class Action(models.TextChoices):
        ASSIGN = "assign", _("Assigned")
        EXEMPT = "exempt", _("Exempted")
        EXTEND = "extend", _("Extended the due date")
        WITHDRAW = "withdraw", _("Withdrew an assignment")
        GRANT_ACCESS = "grant_access", _("Granted access to another sector's sections")
        WITHDRAW_ACCESS = "withdraw_access", _("Withdrew access to another sector's sections")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    actor_name = models.CharField(_("by (name)"), max_length=300)
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="+", verbose_name=_("person")
    )
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    assignment = models.ForeignKey(
        Assignment, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    reason = models.TextField(_("reason"))
    at = models.DateTimeField(_("when"))

    class Meta:
        verbose_name = _("manager action")
        ordering = ["-at"]
        indexes = [models.Index(fields=["person", "-at"], name="manager_action_person")]

    def __str__(self) -> str:
        return f"{self.actor_name} {self.action} {self.person_id}"


class ReminderSent(models.Model):
    """One reminder mail: the unique key (person, kind, subject, occurrence) is how a
    reminder is never sent twice. ``sent_at`` is set once the mail went out; a reminder
    that is not to go out (muted optional training, the work done meanwhile) gets
    ``skipped_at`` and ``skipped_reason`` instead. ``language`` is the language the mail
    was written in."""

    class Skipped(models.TextChoices):
        MUTED = "muted", _("The person muted reminders about optional training")
        RESOLVED = "resolved", _("Nothing to remind of any more")
        COVERED = "covered", _("The certificate's own reminders cover it")
        UNREACHABLE = "unreachable", _("No active account with an email address")
        NOTHING = "nothing", _("Nothing to report")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=24)
    subject = models.CharField(max_length=120)
    occurrence = models.CharField(max_length=40)
    language = models.CharField(max_length=8)
    created_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    skipped_at = models.DateTimeField(null=True, blank=True)
    skipped_reason = models.CharField(max_length=16, choices=Skipped.choices, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "kind", "subject", "occurrence"], name="reminder_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.subject} → {self.person_id}"
