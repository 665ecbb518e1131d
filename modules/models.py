"""Course content: catalogue, modules, lessons, learning paths, and plain content pages.

Pages hold content and small read-only helpers. Learner state lives in ``learning`` and
refers to pages by ``translation_key`` through the published outline.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from learning.models import Organisation, Sector
from learning.models.progress import CompletionRule
from modules.blocks import LessonContentBlock


class AudienceForm(WagtailAdminPageForm):
    """Edits ``audience_sectors`` (a list in a JSON field) as checkboxes."""

    audience_sectors = forms.MultipleChoiceField(
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Audience"),
        help_text=_("The sectors this is for. Leave empty for all staff."),
    )


class CachedRestrictionsMixin:
    """Pages whose view-restriction check reads the cache (``modules.page_cache``)."""

    def get_view_restrictions(self):
        from modules.page_cache import view_restrictions_for

        found = view_restrictions_for(self)
        return super().get_view_restrictions() if found is None else found


class LearnerPage(CachedRestrictionsMixin, Page):
    """Abstract base of pages only signed-in staff may open."""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from learning.selectors import request_person

        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        # Editors previewing see every audience section; learners see their own.
        context["learner"] = None if preview else request_person(request)
        return context


class CataloguePage(LearnerPage):
    """The root of a language's course catalogue: lists modules and paths."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["modules.ModulePage", "modules.LearningPathPage", "modules.ContentPage"]
    max_count_per_parent = 1
    # The explorer lists children in tree order, the order learners see (Wagtail's default
    # is newest edit first).
    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from modules.selectors import catalogue_entries

        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()[:100]
        show_all = request.GET.get("all") == "1"
        learner = context["learner"]
        context.update(
            query=query,
            show_all=show_all,
            entries=catalogue_entries(
                catalogue=self, person=learner, query=query, all_sectors=show_all
            ),
        )
        return context


class ModulePage(LearnerPage):
    summary = models.TextField(max_length=600)
    learning_objectives = models.TextField(
        help_text=_("One objective per line: what the learner can do afterwards.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(default=30)
    audience_sectors = models.JSONField(default=list, blank=True)
    prerequisites = ParentalManyToManyField(
        "modules.ModulePage",
        blank=True,
        related_name="required_by",
        help_text=_("Modules a learner must complete before enrolling."),
    )

    base_form_class = AudienceForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("audience_sectors"),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and how long"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
    ]
    parent_page_types = ["modules.CataloguePage"]
    subpage_types = ["modules.LessonPage"]
    # Lessons in the explorer in the order learners take them, not newest edit first.
    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("module")

    @property
    def objectives(self) -> list[str]:
        return [line.strip() for line in self.learning_objectives.splitlines() if line.strip()]

    def lessons(self):
        return LessonPage.objects.child_of(self).live().specific().order_by("path")

    def get_context(self, request, *args, **kwargs):
        from modules.compliance.selectors import module_repeat_due
        from modules.selectors import module_view

        context = super().get_context(request, *args, **kwargs)
        learner = context["learner"]
        context["view"] = view = module_view(module=self, person=learner)
        # "Take the module again" when a repeat of it is due (asked only once completed).
        context["repeat_due"] = (
            module_repeat_due(person=learner, module_key=self.translation_key)
            if learner is not None and view["progress"].is_complete
            else None
        )
        return context


class LessonPage(LearnerPage):
    estimated_minutes = models.PositiveSmallIntegerField(default=10)
    required = models.BooleanField(
        default=True, help_text=_("Required lessons must be completed to complete the module.")
    )
    completion_rule = models.CharField(
        max_length=16, choices=CompletionRule.choices, default=CompletionRule.VIEWED
    )
    body = StreamField(LessonContentBlock(), use_json_field=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("required"),
                FieldPanel("completion_rule"),
            ],
            heading=_("Completion"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["modules.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        from modules.journey import lesson_serve_guard

        if request.user.is_authenticated and not getattr(request, "is_preview", False):
            redirect = lesson_serve_guard(lesson=self, request=request)
            if redirect is not None:
                return redirect
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from modules.selectors import lesson_view

        context = super().get_context(request, *args, **kwargs)
        context["view"] = lesson_view(
            lesson=self,
            person=context["learner"],
            enrolment=getattr(request, "_lesson_enrolment", None),
        )
        return context


class LearningPathPage(LearnerPage):
    """An ordered series of modules for an audience, e.g. "Daycare: basic path"."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    audience_sectors = models.JSONField(default=list, blank=True)

    base_form_class = AudienceForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("audience_sectors"),
        InlinePanel("path_modules", label=_("Modules, in order"), min_num=1),
    ]
    parent_page_types = ["modules.CataloguePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("learning path")

    def get_context(self, request, *args, **kwargs):
        from modules.selectors import path_view

        context = super().get_context(request, *args, **kwargs)
        context["view"] = path_view(path=self, person=context["learner"])
        return context


class LearningPathModule(Orderable):
    path = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="path_modules")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("module")]


class ContentPage(CachedRestrictionsMixin, Page):
    """A plain public page, such as the accessibility statement."""

    body = RichTextField(features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["modules.CataloguePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("content page")


class LocalProcedure(TranslatableMixin, models.Model):
    """What staff of one organisation do on suspicion of violence. Shown in lessons to
    learners in that organisation or any unit below it (the nearest one wins)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="local_procedures"
    )
    contact_name = models.CharField(_("whom to contact"), max_length=200)
    phone = models.CharField(_("phone"), max_length=40)
    hours = models.CharField(_("when"), max_length=200, blank=True)
    out_of_hours = models.CharField(
        _("outside those hours"),
        max_length=300,
        blank=True,
        help_text=_("E.g. the police on 114, or 112 in an emergency."),
    )
    escalation_path = RichTextField(
        _("escalation path"),
        features=["ol", "ul", "bold", "link"],
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("contact_name"),
        FieldPanel("phone"),
        FieldPanel("hours"),
        FieldPanel("out_of_hours"),
        FieldPanel("escalation_path"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("local procedure")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "locale"], name="local_procedure_one_per_locale"
            ),
        ]

    def __str__(self) -> str:
        return str(self.organisation)


# The compliance models (assignments, summaries, audit) belong to this app; they live in
# their own package and are imported here so Django finds them.
from modules.compliance.models import (  # noqa: E402, F401
    Assignment,
    AssignmentRule,
    ManagerAction,
    ReminderSent,
    UnitItemSummary,
    UnitMonthSummary,
)
