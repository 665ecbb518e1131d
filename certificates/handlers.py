"""The ``certificates`` outbox consumer: results that count towards a track are evaluated
for issuance; voided results revoke the certificates resting on them. Each delivery calls
one service; the services are idempotent, so a replayed delivery is harmless."""

from __future__ import annotations

from django.utils.translation import gettext as _

from certificates import services
from certificates.models import CertificateBasis
from certificates.selectors import tracks_counting
from learning.events import consumer_register
from learning.models import Event, Person

CONSUMER = "certificates"
COUNTING = {"module.completed", "assessment.passed", "calibration.passed"}
VOIDING = {
    "attempt.voided": CertificateBasis.Kind.ATTEMPT,
    "calibration.voided": CertificateBasis.Kind.CALIBRATION,
}


def handle_certificates_delivery(event: Event, target: str) -> None:
    payload = event.payload
    if event.kind in VOIDING:
        services.certificates_revoke_for_basis(
            kind=VOIDING[event.kind],
            ref=payload["attempt"],
            reason=_("A result this certificate rests on was voided."),
        )
        return
    tracks = tracks_counting(
        module_key=payload.get("module_key") if event.kind == "module.completed" else None,
        assessment_id=payload.get("assessment") if event.kind == "assessment.passed" else None,
        exercise_id=payload.get("exercise") if event.kind == "calibration.passed" else None,
    )
    if not tracks:
        return
    person = Person.objects.select_related("user").filter(pk=payload["person"]).first()
    if person is None:  # erased since
        return
    for track in tracks:
        services.certificate_evaluate(person=person, track=track)


def register() -> None:
    consumer_register(CONSUMER, kinds=COUNTING | set(VOIDING), handler=handle_certificates_delivery)
