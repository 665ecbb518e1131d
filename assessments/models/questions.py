"""Question banks, assessments and attempts; risk instruments, practice cases and
calibration exercises.

Questions are relational rows (not StreamField JSON) so attempts point at stable records.
Translations share a ``translation_key``; attempts always reference the default-language row
and answer with option *keys*, which are the same in every language, so scoring never depends
on the language a learner read in.

Personal data: ``Attempt`` / ``CalibrationAttempt`` record a person's answers and results.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index

from learning.models import Person, Sector, User


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    ORDERING = "ordering", _("Ordering")


class QuestionBank(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question bank")

    def __str__(self) -> str:
        return self.name


class Scenario(TranslatableMixin, RevisionMixin, models.Model):
    """A vignette that several questions refer to."""

    bank = models.ForeignKey(QuestionBank, on_delete=models.PROTECT, related_name="scenarios")
    key = models.SlugField(max_length=80)
    title = models.CharField(_("title"), max_length=200)
    vignette = RichTextField(_("vignette"), features=["bold", "italic", "ol", "ul"])

    panels = [FieldPanel("bank"), FieldPanel("key"), FieldPanel("title"), FieldPanel("vignette")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("scenario")

    def __str__(self) -> str:
        return self.title


class QuestionForm(WagtailAdminModelForm):
    """Edits ``sectors`` (a list in a JSON field) as checkboxes."""

    sectors = forms.MultipleChoiceField(
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Sectors"),
        help_text=_("Leave empty when the question is for every sector."),
    )


class QuestionPurpose(models.TextChoices):
    FORMATIVE = "formative", _("Formative: knowledge checks only (answers are revealed)")
    SUMMATIVE = "summative", _("Summative: exams only")
    BOTH = "both", _("Both (never revealed in a knowledge check)")


class Question(TranslatableMixin, RevisionMixin, index.Indexed, ClusterableModel):
    bank = models.ForeignKey(QuestionBank, on_delete=models.PROTECT, related_name="questions")
    key = models.SlugField(max_length=80, help_text=_("Stable identifier, e.g. pv-forms-1."))
    type = models.CharField(_("type"), max_length=16, choices=QuestionType.choices)
    scenario = models.ForeignKey(
        Scenario, on_delete=models.PROTECT, null=True, blank=True, related_name="questions"
    )
    prompt = models.TextField(_("question"))
    explanation = models.TextField(_("explanation"), help_text=_("Shown after submission."))
    topic = models.CharField(_("topic"), max_length=80, blank=True, db_index=True)
    module_tag = models.CharField(_("module"), max_length=80, blank=True, db_index=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    # A knowledge check shows the answer after submitting; a question it reveals must never be
    # drawn by a certifying exam (see selectors.question_pool).
    purpose = models.CharField(
        _("purpose"),
        max_length=12,
        choices=QuestionPurpose.choices,
        default=QuestionPurpose.BOTH,
        db_index=True,
    )

    panels = [
        FieldPanel("bank"),
        FieldPanel("key"),
        FieldPanel("type"),
        FieldPanel("scenario"),
        FieldPanel("prompt"),
        InlinePanel("options", label=_("Options"), min_num=2),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [
                FieldPanel("module_tag"),
                FieldPanel("topic"),
                FieldPanel("sectors"),
                FieldPanel("purpose"),
            ],
            heading=_("Tags"),
        ),
    ]
    search_fields = [index.SearchField("prompt"), index.FilterField("bank_id")]
    base_form_class = QuestionForm

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="question_key_per_locale"),
        ]

    def __str__(self) -> str:
        return f"{self.key}: {self.prompt[:60]}"


class Option(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    key = models.SlugField(max_length=20)
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(_("feedback"), blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("text"),
        FieldPanel("is_correct"),
        FieldPanel("feedback"),
    ]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="option_key_unique"),
        ]

    def __str__(self) -> str:
        return self.text


class AssessmentKind(models.TextChoices):
    KNOWLEDGE_CHECK = "knowledge_check", _("Knowledge check (formative)")
    EXAM = "exam", _("Exam (summative)")


class ReviewPolicy(models.TextChoices):
    AFTER_SUBMIT = "after_submit", _("Answers and feedback after each attempt")
    AFTER_PASS = "after_pass", _("Answers and feedback once passed")
    SCORE_ONLY = "score_only", _("Score only")
    WRONG_THEN_FULL = (
        "wrong_then_full",
        _(
            "Which questions were wrong and their topics while attempts remain; "
            "answers once passed or attempts used up"
        ),
    )


class Assessment(TranslatableMixin, RevisionMixin, ClusterableModel):
    """What a learner takes: a fixed set of questions or N drawn from banks by tag."""

    key = models.SlugField(max_length=80)
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=AssessmentKind.choices)
    banks = models.ManyToManyField(QuestionBank, blank=True, related_name="assessments")
    module_tag = models.CharField(
        _("draw only questions tagged with module"),
        max_length=200,
        blank=True,
        help_text=_("Comma-separated module tags; empty for every question in the banks."),
    )
    question_count = models.PositiveSmallIntegerField(
        _("questions to draw"), default=0, help_text=_("0 to use every question in the pool.")
    )
    shuffle_questions = models.BooleanField(default=True)
    shuffle_options = models.BooleanField(default=True)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"), default=80)
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), null=True, blank=True, help_text=_("Empty for unlimited.")
    )
    cooldown_minutes = models.PositiveIntegerField(_("minutes between attempts"), default=0)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"), null=True, blank=True
    )
    review_policy = models.CharField(
        max_length=16, choices=ReviewPolicy.choices, default=ReviewPolicy.AFTER_SUBMIT
    )

    panels = [
        FieldPanel("key"),
        FieldPanel("title"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("banks"),
                FieldPanel("module_tag"),
                FieldPanel("question_count"),
                InlinePanel("fixed_questions", label=_("Or these questions, in order")),
            ],
            heading=_("Questions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("review_policy"),
            ],
            heading=_("Rules"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("assessment")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="assessment_key_per_locale"),
        ]

    def __str__(self) -> str:
        return self.title


class AssessmentQuestion(Orderable):
    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="fixed_questions")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("question")]

    def clean(self) -> None:
        """An exam certifies: it may not show a question a knowledge check reveals."""
        super().clean()
        if (
            self.assessment_id is not None
            and self.question_id is not None
            and self.assessment.kind == AssessmentKind.EXAM
            and self.question.purpose == QuestionPurpose.FORMATIVE
        ):
            raise ValidationError(
                {"question": _("A formative question cannot be placed in an exam.")}
            )


class Attempt(models.Model):
    """One try at an assessment. At most one open attempt per person and assessment."""

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        VOIDED = "voided", _("Voided")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="attempts")
    assessment = models.ForeignKey(Assessment, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    started_at = models.DateTimeField()
    deadline_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    auto_submitted = models.BooleanField(default=False)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)
    void_reason = models.TextField(blank=True)  # internal: for administrators only
    void_message = models.TextField(
        _("message to the learner"),
        blank=True,
        help_text=_("Optional; shown to the learner beside the standard notice."),
    )
    voided_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    voided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["person", "assessment", "number"]
        permissions = [("void_attempt", _("Can void an attempt"))]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "assessment", "number"], name="attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["person", "assessment"], condition=Q(status="open"), name="one_open_attempt"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.assessment} #{self.number}"


class AttemptItem(models.Model):
    """A drawn question in an attempt: its position, the option order shown, the answer."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    option_order = models.JSONField(default=list)
    # Opaque per-attempt identifiers, parallel to option_order: the page and the answers use
    # these, never the option keys (which are stable across attempts and could be learnt).
    option_ids = models.JSONField(default=list, blank=True)
    response = models.JSONField(default=list, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    correct = models.BooleanField(null=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="attempt_item_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.attempt} / {self.position}"

    def id_to_key(self) -> dict[str, str]:
        """Opaque id shown → option key (items from before opaque ids use the keys)."""
        return dict(zip(self.option_ids or self.option_order, self.option_order, strict=True))

    def key_to_id(self) -> dict[str, str]:
        return {key: oid for oid, key in self.id_to_key().items()}
