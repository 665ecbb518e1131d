"""The calibration pages through the test client: the panel's ratings and reasons stay out of
every page until the learner submits, then show beside the learner's; people see only their
own results; anonymous visitors log in first."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale

from assessments.models import CalibrationAttempt
from tests import factories
from tests.assessments import calibration_builders as build

KEY = "demo-calibration"


@pytest.fixture
def exercise(db):
    return build.exercise()


@pytest.fixture
def learner(tree, client, exercise):
    """A signed-in learner who has started an attempt (Start is a POST)."""
    person = factories.person(first_name="Ida", units=[tree["daycare"]])
    client.force_login(person.user)
    client.post(url("start"))
    return person


def url(name, *args):
    return reverse(f"calibration_{name}", args=[KEY, *args])


def form_data(key, rating=lambda items: items, risk=None, go="next"):
    items, summary = build.panel(key)
    data = {f"item-{code}": value for code, value in rating(items).items()}
    return {**data, "summary-risk": risk or summary["risk"], "go": go}


def rate_every_case(client, **kwargs):
    for number, key in enumerate(build.CASES, start=1):
        client.post(url("case", number), form_data(key, **kwargs))


def text(response):
    return response.content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, exercise):
    responses = [
        client.get(url("overview")),
        client.get(url("case", 1)),
        client.post(url("case", 1), form_data("harbour-flat")),
        client.post(url("submit")),
        client.get(url("result")),
    ]

    assert {r.status_code for r in responses} == {302}
    assert all(r["Location"].startswith(reverse("login")) for r in responses)
    assert not CalibrationAttempt.objects.exists()


def test_the_case_page_shows_the_case_and_a_labelled_radio_group_per_item(
    client, learner, exercise
):
    page = text(client.get(url("case", 1)))

    assert "The harbour flat" in page and "Vignette of The harbour flat." in page
    # Material is rich text under its kind's translated label, not escaped HTML and a code.
    assert '<p class="meta">Police report</p>' in page
    assert "<p>Material of harbour-flat.</p>" in page
    assert "police_report" not in page and "&lt;p&gt;" not in page
    assert page.count("<fieldset") == 5  # four items and the risk judgement
    assert "<legend><strong>D1</strong> Item title D1</legend>" in page
    assert "<summary>Guidance</summary><p>Guidance for D1</p>" in page
    assert len(re.findall(r'<input type="radio" name="item-D1"', page)) == 4  # N, P, Y, omit
    assert re.search(r'<label for="item1-4">O — Omit \(insufficient information\)</label>', page)
    assert '<label for="summary1-3">High</label>' in page


def test_no_page_contains_the_panels_ratings_or_reasons_before_submission(
    client, learner, exercise
):
    rate_every_case(client)
    pages = [text(client.get(url("case", n))) for n in (1, 2, 3)]
    pages.append(text(client.get(url("overview"))))
    pages.append(text(client.get(url("result"), follow=True)))

    assert not any("PANEL-REASON" in page for page in pages)
    assert not any("Panel's rating" in page for page in pages)
    assert "Your result is shown here once you have submitted." in pages[-1]


def test_saved_ratings_are_checked_when_the_learner_comes_back(client, learner, exercise):
    response = client.post(url("case", 2), {"item-D3": "P", "summary-risk": "moderate"})

    assert response["Location"] == url("overview")
    page = text(client.get(url("case", 2)))
    assert 'name="item-D3" id="item3-2" value="P" checked' in page
    assert 'name="summary-risk" id="summary1-2" value="moderate" checked' in page
    overview = text(client.get(url("overview")))
    assert "2 of 5 rated" in overview and "Continue rating" in overview


def test_saving_goes_to_the_next_case_and_from_the_last_to_the_overview(client, learner, exercise):
    first = client.post(url("case", 1), form_data("harbour-flat"))
    last = client.post(url("case", 3), form_data("night-shift"))

    assert first["Location"] == url("case", 2)
    assert last["Location"] == url("overview")


def test_a_tampered_rating_is_refused_with_a_message_and_not_saved(client, learner, exercise):
    response = client.post(url("case", 1), {"item-D1": "maybe"}, follow=True)

    page = text(response)
    assert "Your ratings were not saved." in page
    assert "“maybe” is not a rating for item D1" in page
    assert CalibrationAttempt.objects.get().ratings == {}


def test_submitting_with_cases_unrated_lists_what_is_missing(client, learner, exercise):
    client.post(url("case", 1), form_data("harbour-flat"))
    client.post(url("case", 2), {"item-D1": "N"})

    page = text(client.post(url("submit"), follow=True))

    assert "Not submitted yet." in page
    assert "“At the school gate”: not yet rated: items D2, D3, D4" in page
    assert "“The night shift”: not yet rated: items D1, D2, D3, D4" in page
    assert CalibrationAttempt.objects.get().status == "open"


def test_rate_submit_and_see_each_rating_beside_the_panels_with_its_rationale(
    client, learner, exercise
):
    rate_every_case(client, rating=build.one_step_off, risk="high")
    assert "Submit for scoring" in text(client.get(url("overview")))

    response = client.post(url("submit"))
    assert response["Location"] == url("result")
    page = text(client.get(url("result")))

    assert "Passed." in page
    assert '<th scope="row">D1 Item title D1</th>' in page
    assert "<td>P — Partially present</td><td>Y — Present</td>" in page  # harbour flat, D1
    assert "PANEL-REASON harbour-flat D1" in page and "PANEL-REASON night-shift risk" in page
    assert "within one step" in page and "exact" in page
    assert page.count('<th scope="row">Risk of serious violence</th>') == 3
    assert "<td>High</td><td>Low</td>" in page  # school gate: learner said high, panel low
    assert "Within-one agreement" in page and "100%" in page


def test_a_failed_result_says_which_criterion_was_not_met(client, learner, exercise):
    rate_every_case(client, rating=build.far_off)

    page = text(client.post(url("submit"), follow=True))

    assert "Not passed." in page
    row = re.search(r"Within-one agreement</th>(.*?)</tr>", page, re.S).group(1)
    assert "80%" in row and "25%" in row and "not met" in row
    assert "<strong>disagree</strong>" in page


def test_a_second_submit_shows_the_same_result(client, learner, exercise):
    rate_every_case(client)
    client.post(url("submit"))

    response = client.post(url("submit"))

    assert response["Location"] == url("result")
    assert CalibrationAttempt.objects.get().status == "submitted"


def test_another_person_cannot_see_the_first_persons_result(client, learner, exercise, tree):
    rate_every_case(client)
    client.post(url("submit"))
    other = factories.person(units=[tree["school"]])
    client.force_login(other.user)

    response = client.get(url("result"), follow=True)
    overview = text(client.get(url("overview")))

    assert response.redirect_chain == [(url("overview"), 302)]
    assert "PANEL-REASON" not in text(response)
    assert "Your last result" not in overview and ">Start</button>" in overview


def test_unknown_exercises_and_cases_are_not_found(client, learner, exercise):
    assert client.get(reverse("calibration_overview", args=["nope"])).status_code == 404
    assert client.get(url("case", 4)).status_code == 404
    assert client.get(url("case", 0)).status_code == 404


def test_a_danish_reader_sees_danish_texts_and_rates_the_same_case(client, learner, exercise):
    danish = Locale.objects.create(language_code="da")
    case = exercise.exercise_cases.first().case
    translated = case.copy_for_translation(danish)
    translated.title = "Lejligheden ved havnen"
    translated.save()

    page = text(client.get(f"/da/calibrate/{KEY}/cases/1/"))
    client.post(f"/da/calibrate/{KEY}/cases/1/", form_data("harbour-flat"))

    assert "Lejligheden ved havnen" in page
    assert "harbour-flat" in CalibrationAttempt.objects.get().ratings
