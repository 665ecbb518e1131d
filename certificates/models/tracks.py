"""Certification tracks: what a person must do to hold a certificate, what it authorises
and for how long.

A track is content (a translatable snippet authored by certification administrators); the
requirements hang off the default-language row and point at stable rows: a published module
outline (``learning.CourseModule``), an exam (``assessments.Assessment``) or a calibration
exercise. ``path`` tells the first certification from the recertification path.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin

from assessments.models import Assessment, AssessmentKind, CalibrationExercise, Instrument
from learning.models import CourseModule, Sector


class RequirementPath(models.TextChoices):
    INITIAL = "initial", _("First certification")
    RECERTIFICATION = "recertification", _("Recertification")


class Track(TranslatableMixin, RevisionMixin, ClusterableModel):
    """A certification track. ``instrument`` (blank for a knowledge track) is the
    risk instrument, in the version it names, that a valid certificate authorises.

    ``validity_months`` (blank: never expires); the recertification window opens
    ``recert_window_days`` before expiry; ``grace_days`` after expiry a certificate is still
    honoured (status "in grace") while its holder recertifies. ``audience_sectors`` /
    ``audience_roles`` (empty: everyone) name who may take it, as on calibration exercises.
    A track that is not ``is_active`` issues nothing new; issued certificates keep their
    status.
    """

    key = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("The name other systems use for this track in the status API."),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    instrument = models.ForeignKey(
        Instrument,
        verbose_name=_("authorises instrument"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    recert_window_days = models.PositiveSmallIntegerField(
        _("recertification opens (days before expiry)"),
        default=90,
        validators=[MaxValueValidator(3650)],
    )
    grace_days = models.PositiveSmallIntegerField(
        _("grace period (days)"), default=0, validators=[MaxValueValidator(365)]
    )
    audience_sectors = models.JSONField(_("for sectors"), default=list, blank=True)
    audience_roles = models.JSONField(_("for roles"), default=list, blank=True)
    is_active = models.BooleanField(_("issues certificates"), default=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("instrument"),
        MultiFieldPanel(
            [
                FieldPanel("validity_months"),
                FieldPanel("recert_window_days"),
                FieldPanel("grace_days"),
            ],
            heading=_("Validity"),
        ),
        InlinePanel("requirements", label=_("Requirements")),
        MultiFieldPanel(
            [FieldPanel("audience_sectors"), FieldPanel("audience_roles")],
            heading=_("Audience"),
        ),
        FieldPanel("is_active"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certification track")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="track_key_per_locale"),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        unknown = [s for s in self.audience_sectors or [] if s not in Sector.values]
        if unknown:
            raise ValidationError(
                {"audience_sectors": _("Unknown sector: %(s)s.") % {"s": ", ".join(unknown)}}
            )


class TrackRequirement(Orderable):
    """One thing a track requires: exactly one of a module (completed), an exam (passed) or
    a calibration exercise (passed), on the first-certification or the recertification
    path."""

    track = ParentalKey(Track, on_delete=models.CASCADE, related_name="requirements")
    path = models.CharField(
        _("path"), max_length=16, choices=RequirementPath.choices, default=RequirementPath.INITIAL
    )
    module = models.ForeignKey(
        CourseModule,
        verbose_name=_("module completed"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    assessment = models.ForeignKey(
        Assessment,
        verbose_name=_("exam passed"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": AssessmentKind.EXAM},
    )
    exercise = models.ForeignKey(
        CalibrationExercise,
        verbose_name=_("calibration exercise passed"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    panels = [
        FieldPanel("path"),
        FieldPanel("module"),
        FieldPanel("assessment"),
        FieldPanel("exercise"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("requirement")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(module__isnull=False, assessment__isnull=True, exercise__isnull=True)
                    | models.Q(module__isnull=True, assessment__isnull=False, exercise__isnull=True)
                    | models.Q(module__isnull=True, assessment__isnull=True, exercise__isnull=False)
                ),
                name="track_requirement_exactly_one",
                violation_error_message=_(
                    "A requirement names exactly one module, exam or calibration exercise."
                ),
            ),
        ]

    def __str__(self) -> str:
        return str(self.module or self.assessment or self.exercise)

    def clean(self) -> None:
        if sum(x is not None for x in (self.module_id, self.assessment_id, self.exercise_id)) != 1:
            raise ValidationError(
                _("A requirement names exactly one module, exam or calibration exercise.")
            )
