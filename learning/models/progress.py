"""Published course outlines and learner progress.

Content lives in Wagtail pages; learners' state never points at a page. On publish the page
tree of a module is frozen into a ``CourseModule`` and its ``CourseLesson`` rows, keyed by the
pages' ``translation_key`` (which survives edits, moves and translation, and is new on a copy).
Progress refers to those keys, so editing or moving content never loses anyone's progress.

Personal data: ``Enrolment`` and ``LessonProgress`` record what a person studied and when.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from learning.models.people import Person


class CompletionRule(models.TextChoices):
    VIEWED = "viewed", _("Viewed to the end")
    CHECK_PASSED = "check_passed", _("Knowledge check passed")


class CourseModule(models.Model):
    """The frozen outline of a module, as last published."""

    key = models.UUIDField(unique=True, help_text="translation_key of the module page")
    title = models.CharField(max_length=255)
    revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    published_at = models.DateTimeField()
    is_live = models.BooleanField(default=True)
    prerequisite_keys = models.JSONField(default=list, blank=True)
    audience_sectors = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("published module")

    def __str__(self) -> str:
        return self.title


class CourseLesson(models.Model):
    """A lesson of a published module. Removed lessons stay, inactive, so history keeps its
    meaning; a lesson moved to another module follows its key."""

    module = models.ForeignKey(CourseModule, on_delete=models.CASCADE, related_name="lessons")
    key = models.UUIDField(help_text="translation_key of the lesson page")
    title = models.CharField(max_length=255)
    position = models.PositiveIntegerField()
    required = models.BooleanField(default=True)
    completion_rule = models.CharField(
        max_length=16, choices=CompletionRule.choices, default=CompletionRule.VIEWED
    )
    revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    # Keys of the knowledge checks placed on the lesson's pages when it was published: the
    # server finds the lesson a passed check completes here, never from the submitted form.
    check_keys = models.JSONField(default=list, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["module", "position"]
        constraints = [
            models.UniqueConstraint(fields=["module", "key"], name="course_lesson_unique"),
        ]

    def __str__(self) -> str:
        return self.title


class Enrolment(models.Model):
    """A person taking a module."""

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        PATH = "path", _("Learning path")
        ASSIGNED = "assigned", _("Assigned")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="enrolments")
    module = models.ForeignKey(CourseModule, on_delete=models.PROTECT, related_name="enrolments")
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.SELF)
    enrolled_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    last_lesson_key = models.UUIDField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "module"], name="enrolment_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.person} in {self.module}"


class LessonProgress(models.Model):
    """What one person did in one lesson. ``revision_id`` is the published revision they last
    saw (and, once completed, the one they completed)."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lessons")
    lesson_key = models.UUIDField()
    revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    first_viewed_at = models.DateTimeField()
    last_viewed_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(default=0)
    # When time was last credited (or the lesson last opened): the server measures time
    # spent as the bounded gap between heartbeats, so a client cannot claim seconds.
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="lesson_progress_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} / {self.lesson_key}"
