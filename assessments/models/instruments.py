"""Risk instruments, expert-rated practice cases and calibration exercises.

An instrument's own item texts are usually copyrighted: authorised trainers enter them here,
and nothing of a real instrument ships with the platform (the demo has a clearly labelled
demonstration instrument).

Personal data: ``CalibrationAttempt`` records a person's ratings and result.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin

from learning.models import Person


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

    ``material`` is a list of ``{"kind", "title", "text"}`` excerpts (police report,
    interview summary, …); ``reference_items`` maps item code → rating code;
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


class CalibrationExercise(TranslatableMixin, RevisionMixin, ClusterableModel):
    """Rate a set of practice cases; pass on agreement with the panel."""

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
            ],
            heading=_("Pass criteria"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("calibration exercise")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="exercise_key_per_locale"),
        ]

    def __str__(self) -> str:
        return self.title


class ExerciseCase(Orderable):
    exercise = ParentalKey(
        CalibrationExercise, on_delete=models.CASCADE, related_name="exercise_cases"
    )
    case = models.ForeignKey(PracticeCase, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("case")]


class CalibrationAttempt(models.Model):
    """A person's ratings of every case in an exercise, and the scored result."""

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
    # {case key: {"items": {code: rating}, "summary": {key: option}}}
    ratings = models.JSONField(default=dict, blank=True)
    result = models.JSONField(default=dict, blank=True)
    passed = models.BooleanField(null=True)

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
