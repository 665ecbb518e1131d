"""The certification administrator's screens: tracks, the certificate list, its history and
the actions, each through the services with a reason; nobody else gets in."""

from datetime import timedelta

import pytest
from django.urls import reverse

from certificates.models import Certificate, CertificateAction
from tests import factories
from tests.assessments import calibration_builders as cal
from tests.certificates import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def earned(tree):
    exercise = cal.exercise()
    outline = builders.module()
    track = builders.track(exercise=exercise, modules=[outline])
    learner = factories.person(units=[tree["children"]], sector="children_youth")
    builders.complete_module(learner, outline)
    builders.pass_calibration(learner, exercise)
    return Certificate.objects.get(person=learner), track, learner


@pytest.fixture
def admin(tree, client):
    person = factories.person(units=[tree["root"]], sector="other", roles=["certification_admin"])
    client.force_login(person.user)
    return person.user


def test_the_list_shows_holder_and_status(earned, admin, client):
    certificate, _track, learner = earned
    page = client.get(reverse("certificates:index"))
    assert page.status_code == 200
    text = page.content.decode()
    assert certificate.number in text and learner.full_name in text and "Valid" in text
    assert "Issue a certificate" in text


def test_revoking_needs_a_reason_and_shows_in_the_history(earned, admin, client):
    certificate, *_ = earned
    url = reverse("certificates:revoke", args=[certificate.pk])
    refused = client.post(url, {"reason": "  "})
    assert refused.status_code == 200 and "Give a reason" in refused.content.decode()
    assert Certificate.objects.get().revoked_at is None

    done = client.post(url, {"reason": "Left the unit"})
    assert done.status_code == 302
    assert Certificate.objects.get().revoked_at is not None
    history = client.get(reverse("certificates:inspect", args=[certificate.pk])).content.decode()
    assert "Left the unit" in history and "Revoked" in history
    # A revoked certificate offers no actions any more, and a replayed POST changes nothing.
    client.post(url, {"reason": "Again"})
    assert CertificateAction.objects.filter(action="revoked").count() == 1


def test_extend_suspend_and_reinstate_through_the_forms(earned, admin, client):
    certificate, *_ = earned
    new_day = (certificate.valid_until + timedelta(days=40)).date()
    client.post(
        reverse("certificates:extend", args=[certificate.pk]),
        {"reason": "Leave", "valid_until": new_day.isoformat()},
    )
    client.post(reverse("certificates:suspend", args=[certificate.pk]), {"reason": "Complaint"})
    certificate.refresh_from_db()
    assert certificate.valid_until.date() == new_day and certificate.suspended_at
    client.post(reverse("certificates:reinstate", args=[certificate.pk]), {"reason": "Cleared"})
    certificate.refresh_from_db()
    assert certificate.suspended_at is None
    actions = list(CertificateAction.objects.values_list("action", flat=True))
    assert actions == ["issued", "extended", "suspended", "reinstated"]


def test_an_extension_into_the_past_is_refused(earned, admin, client):
    certificate, *_ = earned
    page = client.post(
        reverse("certificates:extend", args=[certificate.pk]),
        {"reason": "Oops", "valid_until": "2020-01-01"},
    )
    assert page.status_code == 200 and "later than the current one" in page.content.decode()


def test_issue_by_hand_and_unknown_employee_number(earned, admin, client, tree):
    _certificate, track, _learner = earned
    other = factories.person(units=[tree["children"]], sector="police")
    url = reverse("certificates:issue")
    unknown = client.post(url, {"employee_number": "NOPE", "track": track.pk, "reason": "x"})
    assert "Nobody has this employee number" in unknown.content.decode()
    done = client.post(
        url, {"employee_number": f" {other.employee_number} ", "track": track.pk, "reason": "Moved"}
    )
    assert done.status_code == 302
    made = Certificate.objects.get(person=other)
    assert made.source == "manual" and made.actions.get().reason == "Moved"


@pytest.mark.parametrize("role", [None, "content_editor", "platform_admin"])
def test_others_cannot_open_or_act(earned, client, tree, role):
    certificate, *_ = earned
    person = factories.person(units=[tree["root"]], roles=[role] if role else [])
    client.force_login(person.user)
    for name in ("index", "issue"):
        assert client.get(reverse(f"certificates:{name}")).status_code in (302, 403)
    response = client.post(reverse("certificates:revoke", args=[certificate.pk]), {"reason": "x"})
    assert response.status_code in (302, 403)
    assert Certificate.objects.get().revoked_at is None


def test_track_snippets_are_listed(earned, admin, client):
    page = client.get(reverse("wagtailsnippets_certificates_track:list"))
    assert page.status_code == 200 and "Assessor" in page.content.decode()


def test_voiding_a_calibration_attempt_in_the_admin_revokes_the_certificate(earned, admin, client):
    from assessments.models import CalibrationAttempt

    certificate, *_ = earned
    attempt = CalibrationAttempt.objects.get()
    listing = client.get(reverse("calibration_attempts:index")).content.decode()
    assert reverse("calibration_attempts:void", args=[attempt.pk]) in listing
    refused = client.post(reverse("calibration_attempts:void", args=[attempt.pk]), {"reason": ""})
    assert refused.status_code == 200
    done = client.post(
        reverse("calibration_attempts:void", args=[attempt.pk]), {"reason": "Rated by a colleague"}
    )
    assert done.status_code == 302
    builders.relay()
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert CalibrationAttempt.objects.get().void_reason == "Rated by a colleague"


def test_a_learner_cannot_void_a_calibration_attempt(earned, client):
    from assessments.models import CalibrationAttempt

    _certificate, _track, learner = earned
    client.force_login(learner.user)
    attempt = CalibrationAttempt.objects.get()
    response = client.post(
        reverse("calibration_attempts:void", args=[attempt.pk]), {"reason": "mine"}
    )
    assert response.status_code in (302, 403)
    assert CalibrationAttempt.objects.get().status == "submitted"
