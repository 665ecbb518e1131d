"""Certificates with documents, for the documents, credentials, verification and download
tests: issued through the services as an administrator would, then relayed (the documents
consumer renders them as the worker would)."""

from __future__ import annotations

from wagtail.models import Locale

from certificates import services
from certificates.models import Certificate, Track
from learning.services import person_update
from tests import factories
from tests.assessments import calibration_builders as cal
from tests.certificates import builders


def admin(tree):
    return factories.person(units=[tree["root"]], sector="other", roles=["certification_admin"])


def track_with_instrument(key: str = "assessor", **fields) -> Track:
    """A track authorising the demo instrument 1.0 (its calibration exercise required)."""
    return builders.track(
        key, exercise=cal.exercise(), title="Demonstration instrument \u2013 assessor", **fields
    )


def translation(track: Track, language: str, title: str) -> Track:
    locale, _ = Locale.objects.get_or_create(language_code=language)
    return Track.objects.create(
        key=track.key,
        locale=locale,
        translation_key=track.translation_key,
        title=title,
        validity_months=track.validity_months,
    )


def issued(tree, track: Track, *, language: str = "", by=None, **person_fields) -> Certificate:
    """A person (in ``language``) holding a certificate of ``track``, documents rendered."""
    person = factories.person(units=[tree["children"]], sector="children_youth", **person_fields)
    if language:
        person_update(person=person, preferred_language=language)
        person.refresh_from_db()
    by = by or admin(tree).user
    certificate = services.certificate_issue_manual(
        person=person, track=track, by=by, reason="Certified on the course in Aarhus"
    )
    builders.relay()
    certificate.refresh_from_db()
    return certificate
