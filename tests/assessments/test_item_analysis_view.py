"""Item analysis in Wagtail's admin: the figures an editor sees match the attempts made."""

import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import Locale

from assessments.analysis.statistics import FLAG_VERY_EASY
from assessments.calibration.services import (
    calibration_attempt_start,
    calibration_attempt_submit,
    calibration_case_save,
)
from assessments.exams import services
from assessments.models import (
    CalibrationExercise,
    ExerciseCase,
    Instrument,
    InstrumentItem,
    PracticeCase,
)
from tests import factories
from tests.assessments import builders

# Which questions each learner gets right: totals 3, 2, 1, 1, 0.
RIGHT = [{"q1", "q2", "q3"}, {"q1", "q2"}, {"q1"}, {"q1"}, set()]


@pytest.fixture
def editor(db):
    return factories.person(roles=["content_editor"])


@pytest.fixture
def exam(db):
    bank = builders.bank()
    for key in ("q1", "q2", "q3"):
        builders.question(bank, key)
    return builders.exam(bank, title="Final exam")


def answers(attempt, right: set[str]) -> dict[int, list[str]]:
    """Correct answers for the questions keyed in ``right``, wrong ("b") for the others."""
    correct, wrong = builders.correct_answers(attempt), builders.wrong_answers(attempt)
    return {
        item.position: (correct if item.question.key in right else wrong)[item.position]
        for item in attempt.items.select_related("question")
    }


def take(exam, right: set[str]):
    attempt = services.attempt_start(person=factories.person(), assessment=exam)
    return services.attempt_submit(attempt=attempt, responses=answers(attempt, right)).attempt


def row(html: str, key: str) -> dict[str, str]:
    """The figures (``data-stat`` cells) and full text of the table row of ``key``."""
    for match in re.finditer(r"<tr>(.*?)</tr>", html, re.S):
        if f"<code>{key}</code>" in match.group(1):
            cells = re.findall(r'data-stat="([\w-]+)">([^<]*)<', match.group(1))
            text = unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))))
            return {name: value.strip() for name, value in cells} | {"text": text}
    raise AssertionError(f"no row for {key}")


def test_editor_sees_difficulty_discrimination_and_options_per_question(client, editor, exam):
    for right in RIGHT:
        take(exam, right)
    voided = take(exam, {"q1", "q2", "q3"})
    services.attempt_void(
        attempt=voided,
        by=factories.person(roles=["certification_admin"]).user,
        reason="Taken by someone else",
    )
    services.attempt_start(person=factories.person(), assessment=exam)  # still open
    client.force_login(editor.user)

    page = client.get(reverse("assessment_analysis:assessment", args=[exam.pk]))

    html = page.content.decode()
    assert page.status_code == 200
    q1, q2, q3 = row(html, "q1"), row(html, "q2"), row(html, "q3")
    # Only the five submitted attempts count: not the voided one, not the open one.
    assert [q1["n"], q2["n"], q3["n"]] == ["5", "5", "5"]
    assert [q1["difficulty"], q2["difficulty"], q3["difficulty"]] == ["80%", "40%", "20%"]
    # Item-rest correlation of q3 (scores 1,0,0,0,0 against rest 2,2,1,1,0) is 0.53.
    assert q3["point-biserial"] == "0.53"
    assert "q1 option a: 80% (correct)" in q1["text"]
    assert "q1 option b: 20%" in q1["text"]
    assert "q1 option c: 0%" in q1["text"]
    assert "Too few responses" in q1["text"]


def test_flags_appear_once_there_are_enough_responses(client, editor, exam):
    for n in range(10):
        take(exam, {"q1", "q2"} if n % 2 else {"q1"})
    client.force_login(editor.user)

    html = client.get(reverse("assessment_analysis:assessment", args=[exam.pk])).content.decode()

    assert FLAG_VERY_EASY in row(html, "q1")["text"]
    assert FLAG_VERY_EASY not in row(html, "q2")["text"]
    assert row(html, "q2")["difficulty"] == "50%"


def test_bank_analysis_and_picker_list_what_was_taken(client, editor, exam):
    take(exam, {"q1"})
    take(exam, {"q1", "q2"})
    bank = exam.banks.get()
    client.force_login(editor.user)

    picker = client.get(reverse("assessment_analysis:index")).content.decode()
    html = client.get(reverse("assessment_analysis:bank", args=[bank.pk])).content.decode()

    assert reverse("assessment_analysis:assessment", args=[exam.pk]) in picker
    assert "2 submitted attempts" in picker
    assert row(html, "q1")["difficulty"] == "100%"
    assert row(html, "q2")["difficulty"] == "50%"
    assert row(html, "q3")["difficulty"] == "0%"


@pytest.fixture
def exercise(db):
    locale = Locale.get_default()
    instrument = Instrument(
        key="demo",
        name="Demonstration instrument",
        version="1",
        scale=[{"code": c, "label": c} for c in ("N", "P", "Y")],
        omit={"code": "O", "label": "Omit"},
        summary_judgements=[
            {
                "key": "risk",
                "label": "Risk",
                "options": [{"code": "low", "label": "Low"}, {"code": "high", "label": "High"}],
            }
        ],
        locale=locale,
    )
    instrument.items = [
        InstrumentItem(code="H1", title="Prior violence", sort_order=0),
        InstrumentItem(code="H2", title="Threats", sort_order=1),
    ]
    instrument.save()
    case = PracticeCase.objects.create(
        instrument=instrument,
        key="anna",
        title="Anna",
        vignette="<p>Anna</p>",
        reference_items={"H2": "N", "H1": "Y"},
        reference_summary={"risk": "low"},
        locale=locale,
    )
    exercise = CalibrationExercise(
        key="calib", title="Calibration 1", instrument=instrument, locale=locale
    )
    exercise.exercise_cases = [ExerciseCase(case=case, sort_order=0)]
    exercise.save()
    return exercise


def rate(exercise, h1: str, h2: str, *, submit: bool = True) -> None:
    """A new learner rates the case "anna" (H1, H2) and, unless told not to, submits."""
    attempt = calibration_attempt_start(person=factories.person(), exercise=exercise)
    calibration_case_save(
        attempt=attempt, case_key="anna", items={"H1": h1, "H2": h2}, summary={"risk": "low"}
    )
    if submit:
        calibration_attempt_submit(attempt=attempt)


def test_calibration_items_where_learners_disagree_most_come_first(client, editor, exercise):
    for h1, h2 in (("Y", "N"), ("P", "N"), ("N", "N"), ("N", "P")):
        rate(exercise, h1, h2)
    rate(exercise, "O", "O", submit=False)  # unfinished: not counted
    client.force_login(editor.user)

    url = reverse("assessment_analysis:calibration", args=[exercise.pk])
    html = client.get(url).content.decode()

    h1, h2 = row(html, "H1"), row(html, "H2")
    assert html.index("<code>H1</code>") < html.index("<code>H2</code>")
    assert (h1["n"], h1["disagreement"], h1["off-by-more-than-one"]) == ("4", "75%", "50%")
    assert (h1["most-common"], h1["reference"]) == ("N", "Y")
    assert (h2["n"], h2["disagreement"], h2["off-by-more-than-one"]) == ("4", "25%", "0%")
    assert (h2["most-common"], h2["reference"]) == ("N", "N")


def test_learner_and_certification_admin_are_refused(client, exam):
    url = reverse("assessment_analysis:assessment", args=[exam.pk])

    client.force_login(factories.person().user)
    learner = client.get(url)
    client.force_login(factories.person(roles=["certification_admin"]).user)
    cert_admin = client.get(url)

    assert learner.status_code == 302
    assert learner.url.startswith(reverse("wagtailadmin_login"))
    assert cert_admin.status_code == 403
