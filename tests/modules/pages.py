"""Build course page trees for tests, publishing them the way an editor does."""

from __future__ import annotations

import json

from django.test import TestCase
from wagtail.models import Locale, Page

from modules.models import CataloguePage, LessonPage, ModulePage


def committed():
    """Run the on-commit callbacks (outline rebuilds) that the test transaction holds back."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def publish(page: Page) -> Page:
    with committed():
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def catalogue(title: str = "Courses") -> CataloguePage:
    """The English catalogue as the default site's root page."""
    from wagtail.models import Site

    existing = CataloguePage.objects.filter(locale__language_code="en").first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    page = root.add_child(
        instance=CataloguePage(
            title=title, slug="courses", locale=Locale.objects.get(language_code="en")
        )
    )
    publish(page)
    site = Site.objects.get(is_default_site=True)
    site.root_page = page
    site.save()
    return page


def text(html: str) -> list[dict]:
    return [{"type": "rich_text", "value": html}]


def module(parent: Page, title: str, lessons: int = 3, audience=(), **fields) -> ModulePage:
    page = parent.add_child(
        instance=ModulePage(
            title=title,
            summary=f"{title}: summary.",
            learning_objectives="Recognise\nAct",
            audience_sectors=list(audience),
            **fields,
        )
    )
    publish(page)
    for n in range(1, lessons + 1):
        lesson(page, f"{title} lesson {n}")
    return page


def lesson(parent: ModulePage, title: str, body=None, **fields) -> LessonPage:
    page = parent.add_child(
        instance=LessonPage(
            title=title, body=json.dumps(body or text(f"<p>Text of {title}.</p>")), **fields
        )
    )
    return publish(page)


def lesson_done(enrolment, lesson, revision_id=None) -> bool:
    """Complete ``lesson`` the way a learner does: open it, then finish it (a lesson whose
    rule is "check passed" the way a passed check does)."""
    from learning.enrolments import lesson_complete, lesson_view_record
    from learning.models import CompletionRule

    lesson_view_record(enrolment=enrolment, lesson_key=lesson.translation_key, revision_id=None)
    return lesson_complete(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        revision_id=revision_id,
        by_check=lesson.specific.completion_rule == CompletionRule.CHECK_PASSED,
    )
