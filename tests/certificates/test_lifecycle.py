"""Issuance from results, the lifecycle an administrator drives, and status over time
(with time travel): what a case system's gate depends on."""

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from assessments.calibration.services import calibration_attempt_void
from assessments.models import CalibrationAttempt
from certificates import selectors, services
from certificates.models import Certificate, CertificateAction
from learning.models import Event
from tests import factories
from tests.assessments import calibration_builders as cal
from tests.certificates import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(tree):
    exercise = cal.exercise()
    outline = builders.module()
    track = builders.track(exercise=exercise, modules=[outline], recert_exercise=exercise)
    learner = factories.person(units=[tree["children"]], sector="children_youth")
    admin = factories.person(units=[tree["root"]], sector="other", roles=["certification_admin"])
    return {
        "exercise": exercise,
        "outline": outline,
        "track": track,
        "learner": learner,
        "admin": admin.user,
    }


def _status(setup, at=None):
    return selectors.status_answer(person_id=setup["learner"].pk, track=setup["track"], at=at)


def test_completing_every_requirement_issues_one_certificate(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    assert _status(setup).status == "none"  # the calibration is still missing
    builders.pass_calibration(setup["learner"], setup["exercise"])

    certificate = Certificate.objects.get(person=setup["learner"])
    answer = _status(setup)
    assert answer.status == "valid" and answer.authorised
    assert answer.number == certificate.number and certificate.number.startswith("VCR-")
    assert answer.instrument_key == "demo" and answer.instrument_version == "1.0"
    assert certificate.valid_until.date() == services.add_months(certificate.issued_at, 24).date()
    assert (
        Event.objects.filter(
            kind="certificate.issued", object_key=f"certificate:{certificate.pk}"
        ).count()
        == 1
    )


def test_a_failed_calibration_issues_nothing(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"], well=False)
    assert not Certificate.objects.exists()
    assert _status(setup).status == "none"


def test_replaying_the_evaluation_issues_nothing_more(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"])
    for _ in range(3):
        assert services.certificate_evaluate(person=setup["learner"], track=setup["track"]) is None
    assert Certificate.objects.count() == 1


def test_outside_the_audience_nothing_is_issued(setup, tree):
    setup["track"].audience_sectors = ["police"]
    setup["track"].save()
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"])
    assert not Certificate.objects.exists()


def test_voiding_the_calibration_revokes_the_certificate(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    attempt = builders.pass_calibration(setup["learner"], setup["exercise"])
    calibration_attempt_void(attempt=attempt, by=setup["admin"], reason="Rated by a colleague")
    builders.relay()
    assert _status(setup).status == "revoked"
    revoked = CertificateAction.objects.get(action="revoked")
    assert revoked.by is None and "voided" in revoked.reason
    assert CalibrationAttempt.objects.get(pk=attempt.pk).status == "voided"


def test_status_runs_through_the_window_grace_and_expiry(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"])
    certificate = Certificate.objects.get()
    until = certificate.valid_until
    for moment, expected in [
        (until - timedelta(days=91), "valid"),
        (until - timedelta(days=89), "expiring"),
        (until + timedelta(days=1), "in_grace"),
        (until + timedelta(days=31), "expired"),
    ]:
        with time_machine.travel(moment, tick=False):
            assert _status(setup).status == expected, moment
            assert _status(setup).authorised == (expected != "expired")


def test_recertifying_in_the_window_starts_the_next_cycle_without_losing_time(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"])
    first = Certificate.objects.get()
    # Before the window opens a new pass renews nothing.
    with time_machine.travel(first.valid_until - timedelta(days=120), tick=False):
        builders.pass_calibration(setup["learner"], setup["exercise"])
        assert Certificate.objects.count() == 1
    with time_machine.travel(first.valid_until - timedelta(days=30), tick=False):
        builders.pass_calibration(setup["learner"], setup["exercise"])
        second = Certificate.objects.get(cycle=2)
        assert second.renews == first
        assert second.valid_until == services.add_months(first.valid_until, 24)
        assert _status(setup).status == "valid" and _status(setup).cycle == 2


def test_a_past_moment_gets_the_answer_true_then(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"])
    certificate = Certificate.objects.get()
    issued = certificate.issued_at
    with time_machine.travel(issued + timedelta(days=10), tick=False):
        services.certificate_suspend(certificate=certificate, by=setup["admin"], reason="Complaint")
    with time_machine.travel(issued + timedelta(days=20), tick=False):
        services.certificate_reinstate(certificate=certificate, by=setup["admin"], reason="Cleared")
    with time_machine.travel(issued + timedelta(days=30), tick=False):
        services.certificate_revoke(certificate=certificate, by=setup["admin"], reason="Left")
    with time_machine.travel(issued + timedelta(days=40), tick=False):
        assert _status(setup, at=issued - timedelta(days=1)).status == "none"
        assert _status(setup, at=issued + timedelta(days=5)).status == "valid"
        assert _status(setup, at=issued + timedelta(days=15)).status == "suspended"
        assert _status(setup, at=issued + timedelta(days=25)).status == "valid"
        assert _status(setup, at=issued + timedelta(days=35)).status == "revoked"
        assert _status(setup).status == "revoked"


def test_an_extension_moves_expiry_and_is_audited(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"])
    certificate = Certificate.objects.get()
    old = certificate.valid_until
    new = old + timedelta(days=60)
    services.certificate_extend(
        certificate=certificate, by=setup["admin"], reason="Parental leave", valid_until=new
    )
    with time_machine.travel(old + timedelta(days=1), tick=False):
        assert _status(setup).status == "expiring"
    action = CertificateAction.objects.get(action="extended")
    assert action.by == setup["admin"] and action.reason == "Parental leave"
    with pytest.raises(ValidationError):
        services.certificate_extend(
            certificate=certificate, by=setup["admin"], reason="x", valid_until=old
        )


def test_administrators_actions_need_the_permission_and_a_reason(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"])
    certificate = Certificate.objects.get()
    with pytest.raises(PermissionDenied):
        services.certificate_revoke(
            certificate=certificate, by=setup["learner"].user, reason="I say so"
        )
    with pytest.raises(ValidationError):
        services.certificate_suspend(certificate=certificate, by=setup["admin"], reason="  ")
    assert _status(setup).status == "valid"


def test_manual_issue_is_refused_while_valid_and_allowed_after_revocation(setup):
    learner, track, admin = setup["learner"], setup["track"], setup["admin"]
    first = services.certificate_issue_manual(
        person=learner, track=track, by=admin, reason="Certified in Aarhus"
    )
    assert first.source == "manual" and _status(setup).status == "valid"
    with pytest.raises(ValidationError):
        services.certificate_issue_manual(person=learner, track=track, by=admin, reason="Again")
    services.certificate_revoke(certificate=first, by=admin, reason="Wrong person")
    second = services.certificate_issue_manual(person=learner, track=track, by=admin, reason="Ok")
    assert second.cycle == 2


def test_expiring_and_expired_are_announced_once(setup):
    builders.complete_module(setup["learner"], setup["outline"])
    builders.pass_calibration(setup["learner"], setup["exercise"])
    certificate = Certificate.objects.get()
    with time_machine.travel(certificate.recert_opens_at + timedelta(hours=1), tick=False):
        assert services.certificates_announce() == 1
        assert services.certificates_announce() == 0
    with time_machine.travel(certificate.grace_until + timedelta(hours=1), tick=False):
        assert services.certificates_announce() == 1
        assert services.certificates_announce() == 0
    kinds = set(
        Event.objects.filter(kind__startswith="certificate.").values_list("kind", flat=True)
    )
    assert kinds == {"certificate.issued", "certificate.expiring", "certificate.expired"}
    assert timezone.now()  # (time restored)


def test_certificate_events_become_valid_statements_in_the_store(setup):
    from learning.models import Statement
    from learning.xapi.schema import statement_validate

    builders.complete_module(setup["learner"], setup["outline"])
    attempt = builders.pass_calibration(setup["learner"], setup["exercise"])
    calibration_attempt_void(attempt=attempt, by=setup["admin"], reason="Rated by a colleague")
    builders.relay()  # the certificates consumer revokes: a new event...
    builders.relay()  # ...which the next drain turns into its statement
    verbs = [s.verb_id.rsplit("/", 1)[-1] for s in Statement.objects.order_by("stored")]
    assert "earned" in verbs and "certificate-revoked" in verbs and "voided" in verbs
    earned = Statement.objects.get(verb_id__endswith="/earned").data
    statement_validate(earned)
    assert earned["object"]["id"].endswith(
        f"/activities/certificate/{setup['track'].translation_key}"
    )
    assert setup["learner"].employee_number not in str(earned)
    # The calibration's "passed" statement is voided with the attempt.
    passed = Statement.objects.get(verb_id__endswith="/passed")
    assert passed.voided
