"""The learner's "My certificates": their own certificates with status and days left, the
documents, what a track requires, and the call to recertify once the window opens."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse

from certificates.models import Certificate
from tests import factories
from tests.assessments import calibration_builders as cal
from tests.certificates import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def journey(tree, client):
    exercise = cal.exercise()
    outline = builders.module()
    track = builders.track(
        exercise=exercise, modules=[outline], recert_exercise=exercise, title="Assessor track"
    )
    learner = factories.person(units=[tree["children"]], sector="children_youth")
    client.force_login(learner.user)
    return {"exercise": exercise, "outline": outline, "track": track, "learner": learner}


def _page(client, lang="en"):
    response = client.get(reverse("my_certificates") + f"?lang={lang}")
    assert response.status_code == 200
    return response.content.decode()


def test_before_earning_it_the_page_lists_what_the_track_requires(journey, client):
    builders.complete_module(journey["learner"], journey["outline"])
    text = _page(client)
    assert "Assessor track" in text and "You do not hold this certificate yet" in text
    assert "Calibration: demonstration instrument" in text
    assert text.count("Done") == 1 and text.count("To do") == 1


def test_after_earning_it_shows_status_number_countdown_and_downloads(journey, client):
    builders.complete_module(journey["learner"], journey["outline"])
    builders.pass_calibration(journey["learner"], journey["exercise"])
    certificate = Certificate.objects.get()
    text = _page(client)
    assert certificate.number in text and "Valid" in text
    assert "days left" in text
    assert reverse("certificate_pdf", args=[certificate.pk]) in text
    assert "Recertification is open" not in text


def test_the_recertification_call_appears_when_the_window_opens(journey, client):
    builders.complete_module(journey["learner"], journey["outline"])
    builders.pass_calibration(journey["learner"], journey["exercise"])
    certificate = Certificate.objects.get()
    with time_machine.travel(certificate.recert_opens_at + timedelta(days=1), tick=False):
        client.force_login(journey["learner"].user)  # two years on: a new session
        text = _page(client)
        assert "Recertification is open" in text and "To do" in text
        assert reverse("calibration_overview", args=[journey["exercise"].key]) in text
    with time_machine.travel(certificate.grace_until + timedelta(days=1), tick=False):
        client.force_login(journey["learner"].user)
        assert "Your certificate has expired" in _page(client)


def test_the_page_shows_only_the_learners_own_certificates(journey, client, tree):
    other = factories.person(units=[tree["children"]], sector="children_youth")
    builders.complete_module(other, journey["outline"])
    builders.pass_calibration(other, journey["exercise"])
    theirs = Certificate.objects.get(person=other)
    assert theirs.number not in _page(client)


def test_in_danish(journey, client):
    text = _page(client, "da")
    assert "Mine certifikater" in text


def test_visitors_are_sent_to_log_in(client):
    response = client.get(reverse("my_certificates"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_page_reads_a_fixed_number_of_queries(
    journey, client, tree, django_assert_max_num_queries
):
    builders.complete_module(journey["learner"], journey["outline"])
    builders.pass_calibration(journey["learner"], journey["exercise"])
    _page(client)
    with django_assert_max_num_queries(25):
        _page(client)
