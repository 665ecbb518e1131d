"""Query budgets of the exam and calibration pages: exam overview, attempt and result, and
calibration overview, case and result, in English and in Danish.

Each page is measured with two questions (two cases) and again with ten, every question,
case and instrument translated into Danish: the count must stay within the budget and must
not grow with the number of questions or cases (a query per question would).
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from assessments.models import Attempt, CalibrationAttempt, ExerciseCase, PracticeCase
from tests import factories
from tests.assessments import builders
from tests.assessments import calibration_builders as build

GOAL = 15  # issue 8: at most 15 queries a page
# What each page makes, in each language: the user with their person, the page's own reads
# (session, roles, permissions, locales and navigation come from the cache). A change that
# adds a query fails here; one that removes queries should lower the number.
BUDGETS = {
    "en": {
        "exam overview": 8,
        "attempt": 4,
        "exam result": 4,
        "calibration overview": 10,
        "case": 7,
        "calibration result": 9,
    },
    "da": {
        "exam overview": 9,
        "attempt": 7,
        "exam result": 7,
        "calibration overview": 13,
        "case": 9,
        "calibration result": 12,
    },
}
assert all(budget <= GOAL for pages in BUDGETS.values() for budget in pages.values())


def get(client, url, budget=None) -> int:
    """The number of queries a GET of ``url`` makes (and that it answers 200); with
    ``budget`` (pytest-django's ``django_assert_max_num_queries`` bound to a number),
    failing when it makes more."""
    with budget() if budget else CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def _budgets(language, within):
    """page name → a context manager failing over that page's budget (None: only count)."""

    def budget(name):
        return (lambda: within(BUDGETS[language][name])) if within else None

    return budget


@pytest.fixture
def danish(db):
    return Locale.objects.get_or_create(language_code="da")[0]


@pytest.fixture
def learner(client, tree):
    person = factories.person(units=[tree["daycare"]])
    client.force_login(person.user)
    return person


def translate(obj, locale, **texts):
    translated = obj.copy_for_translation(locale)
    for field, value in texts.items():
        setattr(translated, field, value)
    translated.save()
    return translated


class Exam:
    def __init__(self, locale):
        self.locale = locale
        self.bank = builders.bank()
        self.exam = builders.exam(self.bank, key="final", review_policy="after_submit")
        translate(self.exam, locale, title="Eksamen")
        self.questions = 0

    def grow(self, n):
        while self.questions < n:
            self.questions += 1
            question = builders.question(self.bank, f"q-{self.questions}")
            translate(question, self.locale, prompt=f"Spørgsmål {self.questions}?")

    def pages(self, client, language, within=None) -> dict[str, int]:
        budget = _budgets(language, within)
        """Overview, a new attempt's page and its result, as the learner meets them."""
        with translation.override(language):
            overview = reverse("assessment_overview", args=["final"])
            counts = {"exam overview": get(client, overview, budget("exam overview"))}
            client.post(reverse("attempt_start", args=["final"]))
            attempt = Attempt.objects.filter(status=Attempt.Status.OPEN).get()
            counts["attempt"] = get(
                client, reverse("attempt_take", args=[attempt.pk]), budget("attempt")
            )
            client.post(reverse("attempt_submit", args=[attempt.pk]), {})
            counts["exam result"] = get(
                client, reverse("attempt_result", args=[attempt.pk]), budget("exam result")
            )
        return counts


@pytest.mark.parametrize("language", ["en", "da"])
def test_exam_pages_stay_within_budget_however_many_questions(
    client, learner, danish, language, django_assert_max_num_queries
):
    exam = Exam(danish)
    exam.grow(2)
    exam.pages(client, language)  # so that both measured rounds follow a submitted attempt
    small = exam.pages(client, language)
    exam.grow(10)
    large = exam.pages(client, language, within=django_assert_max_num_queries)
    print(language, "2:", small, "10:", large)
    assert Attempt.objects.count() == 3
    assert small == large
    assert all(large[name] <= BUDGETS[language][name] for name in large), large


class Calibration:
    def __init__(self, locale):
        self.locale = locale
        self.exercise = build.exercise(keys=(), max_attempts=None, cooldown_minutes=0)
        translate(self.exercise.instrument, locale, name="Instrument")
        translate(self.exercise, locale, title="Kalibrering")
        self.cases = 0

    def grow(self, n):
        while self.cases < n:
            self.cases += 1
            case = PracticeCase.objects.create(
                instrument=self.exercise.instrument,
                key=f"case-{self.cases}",
                title=f"Case {self.cases}",
                vignette=f"<p>Vignette {self.cases}.</p>",
                material=[{"kind": "police_report", "title": "Call-out", "text": "<p>M.</p>"}],
                reference_items=dict.fromkeys(build.ITEMS, "Y"),
                reference_summary={"risk": "high"},
                rationale={"risk": "PANEL-REASON"},
                locale=self.exercise.locale,
            )
            translate(case, self.locale, title=f"Sag {self.cases}")
            ExerciseCase.objects.create(exercise=self.exercise, case=case, sort_order=self.cases)

    def pages(self, client, language, within=None) -> dict[str, int]:
        budget = _budgets(language, within)
        """Overview, the first case of a new attempt, and the result once every case is
        rated and submitted."""
        key = self.exercise.key
        with translation.override(language):
            counts = {
                "calibration overview": get(
                    client,
                    reverse("calibration_overview", args=[key]),
                    budget("calibration overview"),
                )
            }
            client.post(reverse("calibration_start", args=[key]))
            counts["case"] = get(client, reverse("calibration_case", args=[key, 1]), budget("case"))
            rating = {f"item-{code}": "Y" for code in build.ITEMS}
            for number in range(1, self.cases + 1):
                client.post(
                    reverse("calibration_case", args=[key, number]),
                    {**rating, "summary-risk": "high", "go": "next"},
                )
            client.post(reverse("calibration_submit", args=[key]))
            counts["calibration result"] = get(
                client, reverse("calibration_result", args=[key]), budget("calibration result")
            )
        return counts


@pytest.mark.parametrize("language", ["en", "da"])
def test_calibration_pages_stay_within_budget_however_many_cases(
    client, learner, danish, language, django_assert_max_num_queries
):
    calibration = Calibration(danish)
    calibration.grow(2)
    calibration.pages(client, language)  # so both measured rounds follow a submitted attempt
    small = calibration.pages(client, language)
    calibration.grow(10)
    large = calibration.pages(client, language, within=django_assert_max_num_queries)
    print(language, "2:", small, "10:", large)
    assert (
        CalibrationAttempt.objects.filter(status=CalibrationAttempt.Status.SUBMITTED).count() == 3
    )
    assert small == large
    assert all(large[name] <= BUDGETS[language][name] for name in large), large
