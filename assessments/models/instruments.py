"""Risk instruments, expert-rated practice cases and calibration exercises.

An instrument's own item texts are usually copyrighted: authorised trainers enter them here,
and nothing of a real instrument ships with the platform (the demo has a clearly labelled
demonstration instrument).

Personal data: ``CalibrationAttempt`` records a person's ratings and result.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin

from learning.models import Person, Sector

# Kinds of case material, each with a label the learner reads in their own language.
MATERIAL_KINDS = {
    "police_report": _("Police report"),
    "interview_summary": _("Interview summary"),
    "case_note": _("Case note"),
    "school_report": _("Report from the school"),
}


class Instrument(TranslatableMixin, RevisionMixin, ClusterableModel):
    """A structured-professional-judgement instrument: items, a rating scale, summaries.

    ``scale`` is the ordered list of rating codes and labels, e.g.
    ``[{"code": "N", "label": "Absent"}, …]``; ``omit`` the code for "insufficient
    information"; ``summary_judgements`` a list of ``{"key", "label", "options": [{"code",
    "label"}]}``.
    """

    key = models.SlugField(max_length=80)
    name = models.CharField(_("name"), max_length=200)
    version = models.CharField(_("version"), max_length=40)
    description = RichTextField(_("description"), blank=True)
    scale = models.JSONField(_("rating scale"))
    omit = models.JSONField(_("omit rating"), null=True, blank=True)
    summary_judgements = models.JSONField(_("summary judgements"), default=list)

    panels = [
        FieldPanel("key"),
        FieldPanel("name"),
        FieldPanel("version"),
        FieldPanel("description"),
        FieldPanel("scale"),
        FieldPanel("omit"),
        FieldPanel("summary_judgements"),
        InlinePanel("items", label=_("Items")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("risk instrument")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="instrument_key_per_locale"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.version}"

    @property
    def scale_codes(self) -> tuple[str, ...]:
        return tuple(level["code"] for level in self.scale)

    @property
    def omit_code(self) -> str | None:
        return self.omit["code"] if self.omit else None


class InstrumentItem(Orderable):
    instrument = ParentalKey(Instrument, on_delete=models.CASCADE, related_name="items")
    code = models.CharField(_("code"), max_length=20)
    title = models.CharField(_("title"), max_length=200)
    guidance = models.TextField(_("guidance"), blank=True)

    panels = [FieldPanel("code"), FieldPanel("title"), FieldPanel("guidance")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class PracticeCase(TranslatableMixin, RevisionMixin, ClusterableModel):
    """A case with its material and the expert panel's reference ratings and rationale.

    ``material`` is a list of ``{"kind", "title", "text"}`` excerpts: ``kind`` one of
    ``MATERIAL_KINDS`` (shown by its translated label), ``text`` rich text (HTML as the
    vignette). ``reference_items`` maps item code → rating code;
    ``reference_summary`` maps summary key → option code; ``rationale`` maps an item code or
    summary key → the panel's reasoning. Never sent to a learner before they submit.
    """

    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="cases")
    key = models.SlugField(max_length=80)
    title = models.CharField(_("title"), max_length=200)
    vignette = RichTextField(_("vignette"))
    material = models.JSONField(_("case material"), default=list, blank=True)
    reference_items = models.JSONField(_("reference ratings"))
    reference_summary = models.JSONField(_("reference summary judgements"))
    rationale = models.JSONField(_("rationale"), default=dict)

    panels = [
        FieldPanel("instrument"),
        FieldPanel("key"),
        FieldPanel("title"),
        FieldPanel("vignette"),
        FieldPanel("material"),
        MultiFieldPanel(
            [
                FieldPanel("reference_items"),
                FieldPanel("reference_summary"),
                FieldPanel("rationale"),
            ],
            heading=_("Expert panel"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("practice case")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="case_key_per_locale"),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        kinds = [part.get("kind") for part in self.material or [] if isinstance(part, dict)]
        unknown = sorted({kind for kind in kinds if kind not in MATERIAL_KINDS})
        if unknown:
            raise ValidationError(
                {
                    "material": _("Unknown kind of material: %(kinds)s. Use one of %(allowed)s.")
                    % {"kinds": ", ".join(map(str, unknown)), "allowed": ", ".join(MATERIAL_KINDS)}
                }
            )


class RevealPanel(models.TextChoices):
    """When a learner may see the panel's ratings and rationale."""

    AFTER_SUBMIT = "after_submit", _("After every submitted attempt")
    FINAL = "final", _("After a pass, or once every attempt is used")


class CalibrationExercise(TranslatableMixin, RevisionMixin, ClusterableModel):
    """Rate a set of practice cases; pass on agreement with the panel.

    ``cases_per_attempt`` (blank: all) draws that many of the exercise's cases for each
    attempt, cases the person has not had first. ``max_attempts`` (blank: no limit) counts
    submitted attempts, never voided ones; ``cooldown_minutes`` runs from the last submitted
    attempt. ``audience_sectors`` / ``audience_roles`` (empty: everyone) name who it is for:
    a person must be in one of the sectors and hold one of the roles (group names).
    """

    key = models.SlugField(max_length=80)
    title = models.CharField(_("title"), max_length=200)
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="+")
    min_within_one = models.PositiveSmallIntegerField(
        _("within-one agreement at least (%)"), default=80
    )
    min_exact = models.PositiveSmallIntegerField(
        _("exact agreement at least (%)"), null=True, blank=True
    )
    summary_required = models.CharField(
        _("summary judgement that must match"), max_length=40, blank=True, default="risk"
    )
    summary_min_cases = models.PositiveSmallIntegerField(
        _("…on at least this many cases"), default=1
    )
    min_kappa = models.FloatField(
        _("weighted kappa at least"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-1.0), MaxValueValidator(1.0)],
        help_text=_(
            "Mean quadratic-weighted kappa over the cases; a kappa that cannot be "
            "computed fails this floor."
        ),
    )
    cases_per_attempt = models.PositiveSmallIntegerField(
        _("cases per attempt"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    cooldown_minutes = models.PositiveIntegerField(_("minutes between attempts"), default=0)
    reveal_panel = models.CharField(
        _("show the panel's ratings"),
        max_length=16,
        choices=RevealPanel.choices,
        default=RevealPanel.FINAL,
    )
    audience_sectors = models.JSONField(_("for sectors"), default=list, blank=True)
    audience_roles = models.JSONField(_("for roles"), default=list, blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("title"),
        FieldPanel("instrument"),
        InlinePanel("exercise_cases", label=_("Cases, in order"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("min_within_one"),
                FieldPanel("min_exact"),
                FieldPanel("summary_required"),
                FieldPanel("summary_min_cases"),
                FieldPanel("min_kappa"),
            ],
            heading=_("Pass criteria"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cases_per_attempt"),
                FieldPanel("max_attempts"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("reveal_panel"),
            ],
            heading=_("Attempts"),
        ),
        MultiFieldPanel(
            [FieldPanel("audience_sectors"), FieldPanel("audience_roles")],
            heading=_("Audience"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("calibration exercise")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="exercise_key_per_locale"),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        unknown = [s for s in self.audience_sectors or [] if s not in Sector.values]
        if unknown:
            raise ValidationError(
                {"audience_sectors": _("Unknown sector: %(s)s.") % {"s": ", ".join(unknown)}}
            )


class ExerciseCase(Orderable):
    exercise = ParentalKey(
        CalibrationExercise, on_delete=models.CASCADE, related_name="exercise_cases"
    )
    case = models.ForeignKey(PracticeCase, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("case")]


class CalibrationAttempt(models.Model):
    """A person's ratings of the cases drawn for an exercise, and the scored result.
    Personal data: the ratings, notes and result."""

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        VOIDED = "voided", _("Voided")

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="calibration_attempts"
    )
    exercise = models.ForeignKey(
        CalibrationExercise, on_delete=models.PROTECT, related_name="attempts"
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    started_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The cases drawn for this attempt (default-language keys, in the exercise's order);
    # empty on attempts from before drawing, which had every case.
    case_keys = models.JSONField(default=list, blank=True)
    # {case key: {"items": {code: rating}, "summary": {key: option}}}
    ratings = models.JSONField(default=dict, blank=True)
    # {case key: text}: the learner's own notes on what is missing; shown only to them.
    notes = models.JSONField(default=dict, blank=True)
    result = models.JSONField(default=dict, blank=True)
    passed = models.BooleanField(null=True)
    void_reason = models.TextField(blank=True)  # internal: for administrators only
    voided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    voided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "exercise"],
                condition=Q(status="open"),
                name="one_open_calibration_attempt",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.exercise}"
