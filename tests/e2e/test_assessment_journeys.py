"""Assessments in a real browser: a knowledge check inside a lesson, an exam failed, the
cool-down, a later pass — and the page source never holds the answer key beforehand."""

import pytest
from playwright.sync_api import Page, expect

from assessments.demo import EXAM_KEY
from assessments.exams.selectors import check_option_keys
from assessments.models import AssessmentQuestion, Attempt, Question
from learning.demo import DEMO_LOGINS, DEMO_PASSWORD
from learning.models import Person

pytestmark = [pytest.mark.e2e]


def log_in(page: Page, username: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email or employee number").fill(username)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")


def secrets_of(questions) -> list[str]:
    """Texts that would give the answers away: feedback and explanations."""
    found = []
    for question in questions:
        found.append(question.explanation)
        found += [o.feedback for o in question.options.all() if o.feedback]
    return found


def answer(page: Page, question: Question, correct: bool, form, ids: dict[str, str]) -> None:
    """Answer as someone who knows the key would; ``ids`` maps option key → the opaque id
    the page shows for it (the page itself never shows a key)."""
    options = list(question.options.all())
    if question.type == "ordering":
        order = options if correct else list(reversed(options))
        for place, option in enumerate(order, start=1):
            form.locator(f"select[name='answer-{question.key}-{ids[option.key]}']").select_option(
                str(place)
            )
        return
    chosen = [o for o in options if o.is_correct == correct] or options[:1]
    if question.type != "multiple":
        chosen = chosen[:1]
    for option in chosen:
        form.locator(f"input[name='answer-{question.key}'][value='{ids[option.key]}']").check()


def check_ids(person, question: Question) -> dict[str, str]:
    return {key: oid for oid, key in check_option_keys(person=person, question=question).items()}


def shown_values(page: Page) -> list[str]:
    """Every option value and ordering field name the exam page carries."""
    return page.eval_on_selector_all(
        "#attempt-form input[type=radio], #attempt-form input[type=checkbox], "
        "#attempt-form select[name^=answer-]",
        "els => els.map(e => e.tagName === 'SELECT' ? e.name.split('-').pop() : e.value)",
    )


def answer_attempt(page: Page, attempt: Attempt, correct: bool) -> None:
    form = page.locator("#attempt-form")
    for item in attempt.items.select_related("question"):
        answer(page, item.question, correct, form, item.key_to_id())
    form.get_by_role("button", name="Submit your answers").click()


def test_knowledge_check_then_exam_fail_cool_down_and_pass(page, demo_courses):
    log_in(page, DEMO_LOGINS["learner"].username)
    page.get_by_role("link", name="Course catalogue").click()
    page.get_by_role("link", name="Psychological violence and coercive control").click()
    page.get_by_role("button", name="Enrol and start").click()
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link").click()
    page.locator(".lesson-list a").last.click()

    check = page.locator("section.knowledge-check form")
    questions = [
        item.question
        for item in AssessmentQuestion.objects.filter(
            assessment__key="check-psychological-violence", assessment__locale__language_code="en"
        ).select_related("question")
    ]
    assert questions
    source = page.content()
    assert not [s for s in secrets_of(questions) if s in source]
    learner = Person.objects.get(user__username=DEMO_LOGINS["learner"].username)
    for question in questions:
        answer(page, question, False, check, check_ids(learner, question))
    check.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_text("Not quite. Read the feedback and try again.")).to_be_visible()
    check = page.locator("section.knowledge-check form")
    for question in questions:
        answer(page, question, True, check, check_ids(learner, question))
    check.get_by_role("button", name="Try again").click()
    expect(page.get_by_text("Well done: you passed the check.")).to_be_visible()

    page.goto(f"/en/assess/{EXAM_KEY}/")
    page.get_by_role("button", name="Start the exam").click()
    first = Attempt.objects.get(assessment__key=EXAM_KEY, status="open")
    drawn = [item.question for item in first.items.select_related("question")]
    source = page.content()
    assert not [s for s in secrets_of(drawn) if s in source]
    # Opaque, per-attempt option ids: never the keys a, b, ...; none from a check's form.
    first_values = shown_values(page)
    assert first_values and all(len(v) > 2 for v in first_values)
    assert not {o.key for q in drawn for o in q.options.all()} & set(first_values)
    answer_attempt(page, first, correct=False)
    expect(page.get_by_text("Not passed.")).to_be_visible()
    # Which questions were wrong and the topic to revisit, not the answers.
    expect(page.get_by_role("heading", name="What to revisit")).to_be_visible()
    expect(page.locator(".review-topics li")).to_have_count(len(drawn))
    expect(page.locator(".review-topics")).to_contain_text(drawn[0].topic)
    main = page.locator("main").inner_text()
    correct_texts = [o.text for q in drawn for o in q.options.all() if o.is_correct]
    # ("True"/"False" are too short to tell an option from a prompt's wording.)
    assert not [t for t in correct_texts if len(t) > 10 and t in main]
    assert "correct" not in main.lower()

    page.get_by_role("link", name="Back to the overview").click()
    expect(page.get_by_text("You can try again from")).to_be_visible()
    expect(page.get_by_role("button", name="Start a new attempt")).to_have_count(0)

    first.refresh_from_db()
    Attempt.objects.filter(pk=first.pk).update(  # ten minutes pass
        submitted_at=first.submitted_at.replace(year=first.submitted_at.year - 1)
    )
    page.reload()
    page.get_by_role("button", name="Start a new attempt").click()
    second = Attempt.objects.get(assessment__key=EXAM_KEY, status="open")
    assert set(shown_values(page)).isdisjoint(first_values)  # new ids for every attempt
    answer_attempt(page, second, correct=True)

    expect(page.get_by_text("Passed.", exact=True)).to_be_visible()
    assert second.number == 2


def test_a_learner_rates_practice_cases_and_sees_the_panel_beside_their_ratings(page, demo_courses):
    from assessments.demo import EXERCISE_KEY
    from assessments.models import CalibrationAttempt, PracticeCase

    # The exercise is for the sectors of the instrument course: a children-and-youth manager.
    log_in(page, DEMO_LOGINS["director"].username)
    page.goto(f"/en/calibrate/{EXERCISE_KEY}/")
    page.get_by_role("button", name="Start", exact=True).click()
    attempt = CalibrationAttempt.objects.get(exercise__key=EXERCISE_KEY, status="open")
    by_key = {c.key: c for c in PracticeCase.objects.filter(locale__language_code="en")}
    cases = [by_key[key] for key in attempt.case_keys]

    for number, case in enumerate(cases, start=1):
        expect(page.get_by_role("heading", level=1)).to_contain_text(case.title)
        source = page.content()
        assert not [r for r in case.rationale.values() if r in source]  # no answers yet
        ratings = dict(case.reference_items)
        ratings["D1"] = "N" if ratings["D1"] != "N" else "Y"  # the learner misjudges one item
        for code, rating in ratings.items():
            page.locator(f"input[name='item-{code}'][value='{rating}']").check()
        for key, option in case.reference_summary.items():
            page.locator(f"input[name='summary-{key}'][value='{option}']").check()
        last = number == len(cases)
        page.get_by_role(
            "button", name="Save and go to the overview" if last else "Save and go to the next case"
        ).click()

    page.get_by_role("button", name="Submit for scoring").click()

    first = cases[0]
    expect(page.get_by_text(first.rationale["D1"][:60])).to_be_visible()
    expect(page.get_by_text(first.rationale["D2"][:60])).to_be_visible()
    expect(page.locator("main")).to_contain_text("Passed")
