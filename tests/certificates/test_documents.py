"""The PDF certificate: rendered from the outbox after issuance and every change, in the
holder's language, with the holder's name, the track (translated), the instrument, the
dates, the number and a QR code to the verification page; a revoked one says so."""

import os
import re
import zlib
from datetime import datetime

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import formats, timezone, translation

from certificates import keys, services
from certificates.documents.pdf import latin1
from certificates.documents.services import certificate_documents_render
from certificates.models import Certificate
from learning.models import Delivery
from tests.certificates import builders, doc_builders

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def track(db):
    builders.signing_key()
    return doc_builders.track_with_instrument()


def pdf_text(data: bytes) -> str:
    """The text a PDF shows, read independently of fpdf2: every FlateDecode stream is
    inflated with zlib and the strings of its text operators unescaped (Latin-1)."""
    assert data.startswith(b"%PDF-")
    shown = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            content = zlib.decompress(raw)
        except zlib.error:
            continue  # an image
        for string in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", content):
            text = re.sub(rb"\\([()\\])", rb"\1", string)
            shown.append(text.decode("latin-1"))
    return "\n".join(shown)


def stored_pdf(certificate: Certificate) -> bytes:
    certificate.refresh_from_db()
    with default_storage.open(certificate.document.name, "rb") as handle:
        return handle.read()


def local_date(moment: datetime, language: str) -> str:
    with translation.override(language):
        return formats.date_format(timezone.localtime(moment), "DATE_FORMAT")


@pytest.mark.parametrize("language", ["en", "da", "nb", "sv"])
def test_the_pdf_is_rendered_in_the_holders_language(tree, track, language):
    certificate = doc_builders.issued(
        tree, track, language=language, first_name="Søren", last_name="Ødegård-Åkesson"
    )
    assert certificate.document.name and certificate.document_language == language
    text = pdf_text(stored_pdf(certificate))
    assert "Søren Ødegård-Åkesson" in text
    assert certificate.number in text and certificate.verification_code in text
    assert "Demonstration instrument - assessor" in text  # the en dash, in Latin-1
    assert "Demo" in text and "1.0" in text
    assert local_date(certificate.valid_from, language) in text
    assert local_date(certificate.valid_until, language) in text
    assert f"{settings.SITE_URL}/verify/{certificate.verification_code}/" in text
    with translation.override(language):  # labels in that language's catalogue
        labels = [translation.gettext(m) for m in ("Certificate", "Valid until", "Cycle")]
    assert all(label in text for label in labels), labels


def test_a_month_name_follows_the_language(tree, track):
    danish = doc_builders.issued(tree, track, language="da")
    english = doc_builders.issued(tree, track, language="en")
    assert local_date(danish.valid_from, "da") != local_date(danish.valid_from, "en")
    assert local_date(danish.valid_from, "da") in pdf_text(stored_pdf(danish))
    assert local_date(english.valid_from, "en") in pdf_text(stored_pdf(english))


def test_an_unsupported_preference_falls_back_to_the_site_language(tree, track):
    certificate = doc_builders.issued(tree, track, language="de")
    assert certificate.document_language == settings.LANGUAGE_CODE


def test_the_track_title_is_the_translation_in_the_holders_language(tree, track):
    doc_builders.translation(track, "da", "Demonstrationsinstrument \u2013 bedømmer")
    danish = doc_builders.issued(tree, track, language="da")
    swedish = doc_builders.issued(tree, track, language="sv")  # no Swedish translation
    assert "Demonstrationsinstrument - bedømmer" in pdf_text(stored_pdf(danish))
    assert "Demonstration instrument - assessor" in pdf_text(stored_pdf(swedish))


def test_a_name_outside_latin_1_is_printed_without_crashing(tree, track):
    certificate = doc_builders.issued(tree, track, first_name="Łukasz", last_name="Ștefănescu 王")
    text = pdf_text(stored_pdf(certificate))
    assert "Lukasz Stefanescu ?" in text
    assert latin1("Åse \u201cØ\u201d \u2013 ok\u2026") == 'Åse "Ø" - ok...'


def test_a_revocation_renders_the_pdf_again_marked_revoked(
    tree, track, django_capture_on_commit_callbacks
):
    certificate = doc_builders.issued(tree, track)
    first = certificate.document.name
    assert "REVOKED" not in pdf_text(stored_pdf(certificate))
    services.certificate_revoke(
        certificate=certificate, by=doc_builders.admin(tree).user, reason="Left the service"
    )
    with django_capture_on_commit_callbacks(execute=True):
        builders.relay()
    certificate.refresh_from_db()
    assert certificate.document.name != first
    assert "REVOKED" in pdf_text(stored_pdf(certificate)).upper()
    assert not default_storage.exists(first)  # replaced, not piled up


def test_a_suspension_marks_it_and_a_reinstatement_clears_the_mark(tree, track):
    certificate = doc_builders.issued(tree, track)
    admin = doc_builders.admin(tree).user
    services.certificate_suspend(certificate=certificate, by=admin, reason="Complaint")
    builders.relay()
    assert "SUSPENDED" in pdf_text(stored_pdf(certificate)).upper()
    services.certificate_reinstate(certificate=certificate, by=admin, reason="Cleared")
    builders.relay()
    assert "SUSPENDED" not in pdf_text(stored_pdf(certificate)).upper()


def test_rendering_again_is_idempotent(tree, track, django_capture_on_commit_callbacks):
    certificate = doc_builders.issued(tree, track)
    before = certificate.document.name
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            certificate_documents_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert certificate.document.name != before and not default_storage.exists(before)
    folder = default_storage.path(certificate.document.name).rsplit("/", 1)[0]
    assert [n for n in os.listdir(folder) if n.startswith(certificate.number)] == [
        certificate.document.name.rsplit("/", 1)[1]
    ]
    assert Certificate.objects.get(pk=certificate.pk).revoked_at is None


def test_without_a_signing_key_the_delivery_is_retried_not_lost(tree, db):
    keys._cache_clear()  # no signing key (the process remembers one from another test)
    track = doc_builders.track_with_instrument()
    certificate = doc_builders.issued(tree, track)
    delivery = Delivery.objects.get(consumer="certificates.documents")
    assert delivery.state == "pending" and "SigningUnavailable" in delivery.last_error
    assert not certificate.document and not certificate.credential
    builders.signing_key()
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    builders.relay()
    certificate.refresh_from_db()
    assert certificate.document and certificate.credential
