"""The learner journey in a real browser: a daycare learner works through a module with the
keyboard alone and resumes after logging in again; a job-centre learner sees the job-centre
variant of the detection module."""

import pytest
from playwright.sync_api import Page, expect

from assessments.models import AssessmentQuestion
from learning.demo import DEMO_LOGINS, DEMO_PASSWORD
from learning.enrolments import enrolment_create
from learning.models import Person
from modules.demo_content import load_courses
from modules.models import ModulePage
from tests.e2e.test_assessment_journeys import answer, check_ids
from tests.modules import pages

pytestmark = [pytest.mark.e2e]


def course(slug: str) -> dict:
    return next(c for c in load_courses() if c["slug"] == slug)


def complete_module(person: Person, slug: str) -> None:
    module = ModulePage.objects.get(slug=slug, locale__language_code="en")
    enrolment = enrolment_create(person=person, module_key=module.translation_key)
    for lesson in module.lessons():
        pages.lesson_done(enrolment, lesson, None)


def check_questions(key: str):
    return [
        item.question
        for item in AssessmentQuestion.objects.filter(
            assessment__key=key, assessment__locale__language_code="en"
        ).select_related("question")
    ]


def focused_text(page: Page) -> str:
    return page.evaluate(
        "() => (document.activeElement.innerText || document.activeElement.value || '').trim()"
    )


def tab_to(page: Page, text: str, limit: int = 80) -> None:
    """Press Tab until the focused element's text starts with ``text``; fail if never."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_text(page).startswith(text):
            return
    raise AssertionError(f"{text!r} cannot be reached with the Tab key")


def enter(page: Page) -> None:
    """Press Enter on the focused link or button and wait for the page it leads to."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def keyboard_log_in(page: Page, username: str) -> None:
    page.goto("/")
    tab_to(page, "Log in")
    enter(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    page.keyboard.type(username)  # the username field has focus on arrival
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    enter(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")


def keyboard_log_out(page: Page) -> None:
    tab_to(page, "Log out")
    enter(page)
    expect(page.get_by_role("link", name="Log in", exact=True)).to_be_visible()


def test_daycare_learner_takes_a_module_by_keyboard_and_resumes_after_logging_in_again(
    page, demo_courses
):
    module = course("psychological-violence")
    lessons = [lesson["en"]["title"] for lesson in module["lessons"]]
    keyboard_log_in(page, DEMO_LOGINS["learner"].username)

    expect(page.get_by_role("link", name="Daycare: basic path")).to_be_visible()
    tab_to(page, module["en"]["title"])
    enter(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(module["en"]["title"])
    tab_to(page, "Enrol and start")
    enter(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[0])
    expect(page.get_by_text(f"Lesson 1 of {len(lessons)}")).to_be_visible()
    tab_to(page, "Complete and continue")
    enter(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[1])

    keyboard_log_out(page)
    keyboard_log_in(page, DEMO_LOGINS["learner"].username)
    expect(page.get_by_role("region", name="In progress")).to_contain_text(module["en"]["title"])
    tab_to(page, module["en"]["title"])
    enter(page)
    tab_to(page, "Resume where you left off")
    enter(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[1])

    for index in range(1, len(lessons) - 1):
        tab_to(page, "Complete and continue")
        enter(page)
        expect(page.get_by_role("heading", level=1)).to_have_text(lessons[index + 1])
    # The last lesson ends with a knowledge check: it is completed by passing the check, not
    # by a button.
    expect(page.get_by_role("button", name="Complete the lesson")).to_have_count(0)
    check = page.locator("section.knowledge-check form")
    learner = Person.objects.get(user__username=DEMO_LOGINS["learner"].username)
    for question in check_questions("check-psychological-violence"):
        answer(page, question, True, check, check_ids(learner, question))
    tab_to(page, "Check my answers")
    enter(page)
    expect(page.get_by_text("Well done: you passed the check.")).to_be_visible()
    tab_to(page, "Back to the module")
    enter(page)
    expect(page.get_by_text("Module completed. Well done.")).to_be_visible()
    expect(page.get_by_text("You completed this module")).to_be_visible()


def test_job_centre_learner_sees_the_job_centre_variant(page, demo_courses):
    module = course("detection-cues")
    lesson = next(
        lesson
        for lesson in module["lessons"]
        if any(block["type"] == "audience_section" for block in lesson["en"]["body"])
    )
    sections = {
        sector: block["value"]["heading"]
        for block in lesson["en"]["body"]
        if block["type"] == "audience_section"
        for sector in block["value"]["sectors"]
    }
    learner = Person.objects.filter(sector="job_centre").select_related("user").first()
    complete_module(learner, "psychological-violence")  # the prerequisite
    page.goto("/accounts/login/")
    page.get_by_label("Email or employee number").fill(learner.user.username)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.get_by_role("link", name="Course catalogue").click()
    page.get_by_role("link", name=module["en"]["title"]).click()
    page.get_by_role("button", name="Enrol and start").click()  # opens the first lesson
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link").click()
    page.get_by_role("link", name=lesson["en"]["title"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(lesson["en"]["title"])
    expect(page.get_by_role("heading", name=sections["job_centre"], exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name=sections["daycare"], exact=True)).to_have_count(0)
    expect(page.get_by_role("heading", name=sections["police"], exact=True)).to_have_count(0)
