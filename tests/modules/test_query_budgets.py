"""Query budgets of the learner's content pages: start ("My learning"), catalogue, learning
path, module, and a lesson with and without a knowledge check, in English and in Danish.

Each page is measured on a course of two modules (two lessons, two questions, two modules
in the path) and again after the course has grown to ten of each: the count must stay
within the budget and must not grow with the course (a query per listed item would).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale

from learning.enrolments import enrolment_create
from modules.journey import VIEW_REFRESH
from modules.models import LearningPathModule, LearningPathPage
from tests import factories
from tests.assessments import builders
from tests.modules import pages

GOAL = 15  # issue 8: at most 15 queries a page
# What each page makes (a repeat visit), in each language: the user with their person, the
# page (routing, the site, locales, navigation, roles and the module outline come from the
# cache: modules.page_cache, learning.access), the learner's own rows, and for a lesson the
# two UPDATEs that record the view. A change that adds a query fails here; one that
# removes queries should lower the number. The start page's 8th is the learner's
# outstanding assignments ("Assigned to you", issue 11); a track assigned adds one more.
BUDGETS = {
    "en": {
        "start (My learning)": 8,
        "catalogue": 6,
        "learning path": 5,
        "module": 7,
        "lesson": 7,
        "lesson with a check": 7,
    },
    "da": {
        "start (My learning)": 8,
        "catalogue": 9,
        "learning path": 5,
        "module": 7,
        "lesson": 7,
        "lesson with a check": 7,
    },
}
assert all(budget <= GOAL for pages in BUDGETS.values() for budget in pages.values())


class Course:
    """A catalogue in English and Danish whose size a test can grow: modules (each with an
    exam placed in its first lesson), the lessons of the first module, the questions of its
    knowledge check and the modules of a learning path."""

    def __init__(self, learner):
        self.learner = learner
        self.da = Locale.objects.get_or_create(language_code="da")[0]
        self.catalogue = pages.catalogue()
        pages.publish(self._danish(self.catalogue, "Kursuskatalog"))
        bank = builders.bank()
        self.exam_bank = builders.bank("Exam")
        builders.question(self.exam_bank, "exam-q", module="exam")
        self.exam = builders.exam(self.exam_bank, key="final", module_tag="exam")
        self.check = builders.exam(bank, key="check", kind="knowledge_check", module_tag="kc")
        self.check_bank = bank
        self.modules, self.lessons, self.questions = [], [], []
        self.path = self.catalogue.add_child(instance=LearningPathPage(title="Path", slug="path"))
        pages.publish(self.path)

    def _danish(self, page, title):
        danish = page.copy_for_translation(self.da)
        danish.title = title
        return danish

    def grow(self, n: int) -> None:
        """Modules, lessons of the first module, check questions and path modules up to n."""
        while len(self.modules) < n:
            number = len(self.modules) + 1
            module = pages.module(self.catalogue, f"Module {number}", lessons=0)
            pages.lesson(
                module,
                f"Module {number} opening",
                body=[
                    *pages.text("<p>Read this.</p>"),
                    {
                        "type": "knowledge_check",
                        "value": {"title": "Exam", "assessment": self.exam.pk},
                    },
                ],
            )
            danish = self._danish(module, f"Modul {number}")
            pages.publish(danish)
            for lesson in module.get_children():
                pages.publish(self._danish(lesson.specific, f"Modul {number} start"))
            enrolment_create(person=self.learner, module_key=module.translation_key)
            LearningPathModule.objects.create(path=self.path, module=module, sort_order=number)
            self.modules.append(module)
        pages.publish(self.path)
        first = self.modules[0]
        while len(self.lessons) < n:
            number = len(self.lessons) + 1
            lesson = pages.lesson(first, f"Lesson {number}")
            pages.publish(self._danish(lesson, f"Lektion {number}"))
            self.lessons.append(lesson)
        while len(self.questions) < n:
            number = len(self.questions) + 1
            question = builders.question(self.check_bank, f"kc-{number}", module="kc")
            danish = question.copy_for_translation(self.da)
            danish.prompt = f"Spørgsmål {number}?"
            danish.save()
            self.questions.append(question)
        if not hasattr(self, "checked"):
            self.checked = pages.lesson(
                first,
                "Checked lesson",
                body=[
                    *pages.text("<p>Read this.</p>"),
                    {
                        "type": "knowledge_check",
                        "value": {"title": "Check", "assessment": self.check.pk},
                    },
                ],
            )
            pages.publish(self._danish(self.checked, "Lektion med tjek"))

    def page(self, page, language):
        page = page.specific
        if language == "en":
            return page.url
        return page.get_translation(self.da).url

    def urls(self, language: str) -> dict[str, str]:
        with translation.override(language):
            return {
                "start (My learning)": "/",
                "catalogue": self.page(self.catalogue, language),
                "learning path": self.path.url,
                "module": self.page(self.modules[0], language),
                "lesson": self.page(self.lessons[0], language),
                "lesson with a check": self.page(self.checked, language),
            }


def measure(client, urls, budgets=None, within=None) -> tuple[dict[str, int], dict]:
    """Queries each page makes (page name → count, and page name → the SQL); with
    ``within`` (pytest-django's ``django_assert_max_num_queries``), failing on a page that
    makes more than its budget."""
    counts, sql = {}, {}
    for name, url in urls.items():
        context = within(budgets[name]) if within else CaptureQueriesContext(connection)
        with context as queries:
            response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        counts[name] = len(queries)
        sql[name] = [q["sql"] for q in queries.captured_queries]
    return counts, sql


@pytest.fixture
def learner(client, tree):
    person = factories.person(units=[tree["daycare"]])
    client.force_login(person.user)
    return person


@pytest.mark.parametrize("language", ["en", "da"])
def test_learner_pages_stay_within_budget_however_large_the_course(
    client, learner, language, django_assert_max_num_queries
):
    learner.preferred_language = language
    learner.save()
    course = Course(learner)
    course.grow(2)
    measure(client, course.urls(language))  # first visits record the lesson views
    small, _sql = measure(client, course.urls(language))
    course.grow(10)
    measure(client, course.urls(language))
    large, sql = measure(
        client, course.urls(language), BUDGETS[language], django_assert_max_num_queries
    )
    print(language, "2:", small, "10:", large)
    assert small == large
    assert all(large[name] <= BUDGETS[language][name] for name in large), large
    # Coming back to a lesson read a minute ago moves only the resume point (one UPDATE);
    # reloading the lesson one is on writes nothing; coming back to it later writes two rows
    # by key (its progress, the enrolment), neither locking nor inserting.
    assert len(_writes(sql["lesson"])) == 1, sql["lesson"]
    lesson = {"lesson": course.urls(language)["lesson"]}
    measure(client, lesson)
    _counts, again = measure(client, lesson)
    assert not _writes(again["lesson"]), again["lesson"]
    with time_machine.travel(timezone.now() + VIEW_REFRESH + timedelta(seconds=1)):
        _counts, later = measure(client, {"lesson": course.urls(language)["lesson"]})
    writes = _writes(later["lesson"])
    assert len(writes) == 2 and all(q.startswith("UPDATE") for q in writes), writes
    assert not any("FOR UPDATE" in q for q in later["lesson"])


def _writes(queries):
    return [q for q in queries if not q.startswith(("SELECT", "SAVEPOINT", "RELEASE"))]
