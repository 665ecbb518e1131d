"""Rendering a certificate's documents: the PDF (``Certificate.document``, default storage)
and the signed Open Badges 3.0 credential (``Certificate.credential``).

Called by the ``certificates.documents`` outbox consumer after every change (issued,
extended, suspended, reinstated, revoked: the consumer runs inside the outbox's Celery
task, so a failure is retried with backoff and dead-lettered like every other delivery),
and synchronously by the download views when a document is missing.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from certificates import credentials
from certificates.documents.pdf import render_pdf
from certificates.keys import SigningUnavailable
from certificates.models import Certificate
from learning.locales import locale_for, localized

LANGUAGES = ("da", "nb", "sv", "en")


def document_language(person) -> str:
    """The holder's preferred language when the documents come in it, else the site's."""
    preferred = person.preferred_language or ""
    if preferred in LANGUAGES:
        return preferred
    return settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in LANGUAGES else "en"


def holder_name(person) -> str:
    """The name printed and signed: never the employee number in its place."""
    return person.full_name or _("(name not recorded)")


def track_in(track, language: str):
    """The track's translation into ``language`` when there is one, else the track."""
    locale = locale_for(language)
    return localized(track, locale) if locale is not None else track


def verification_url(certificate: Certificate) -> str:
    """The public page the QR code points at (no language: the reader's own decides)."""
    path = reverse("certificate_verify", kwargs={"code": certificate.verification_code})
    return settings.SITE_URL + path


def certificate_pdf(certificate: Certificate, *, language: str, compress: bool = True) -> bytes:
    """The PDF bytes of ``certificate`` in ``language`` as it stands now (no write)."""
    track = track_in(certificate.track, language)
    with override(language):
        return render_pdf(
            certificate,
            language=language,
            name=holder_name(certificate.person),
            title=track.title,
            issuer=credentials.issuer_profile()["name"],
            url=verification_url(certificate),
            at=timezone.now(),
            compress=compress,
        )


def certificate_credential(certificate: Certificate, *, language: str) -> str:
    """The signed VC-JWT of ``certificate`` (raises ``SigningUnavailable`` without a key)."""
    track = track_in(certificate.track, language)
    document = credentials.credential_build(
        certificate,
        language=language,
        name=holder_name(certificate.person),
        title=track.title,
        description=track.description,
    )
    return credentials.credential_sign(document)


def certificate_documents_render(
    *, certificate_id: int, require_credential: bool = True
) -> Certificate | None:
    """Render and store the PDF and the credential of a certificate; None if it is gone.

    Idempotent: each render replaces the previous file (under a new unguessable name; the
    old file is deleted after commit) and the credential. Locks the certificate row while
    rendering (tens of milliseconds), so a render never stores documents for a state an
    administrator's change has already replaced, and two renders do not interleave. Only
    the document columns are written, never the state columns.

    Without a signing key: raises ``SigningUnavailable`` before writing anything (the
    outbox retries the delivery), or with ``require_credential=False`` (a download of the
    PDF) stores the PDF and leaves the credential as it was."""
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("person__user", "track")
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None:
            return None
        language = document_language(certificate.person)
        columns = {"document_language": language}
        try:
            columns["credential"] = certificate_credential(certificate, language=language)
        except SigningUnavailable:
            if require_credential:
                raise
        data = certificate_pdf(certificate, language=language)
        storage = certificate.document.storage
        old = certificate.document.name
        columns["document"] = storage.save(
            f"certificates/{certificate.issued_at:%Y}/"
            f"{certificate.number}-{secrets.token_urlsafe(12)}.pdf",
            ContentFile(data),
        )
        Certificate.objects.filter(pk=certificate.pk).update(**columns)
        if old and old != columns["document"]:
            transaction.on_commit(lambda: storage.delete(old))
        for field, value in columns.items():
            setattr(certificate, field, value)
    return certificate


def certificate_credential_ensure(*, certificate: Certificate) -> str:
    """The stored credential, signed and stored now when there is none yet (a download
    before the consumer ran). Raises ``SigningUnavailable`` without a key."""
    if certificate.credential:
        return certificate.credential
    token = certificate_credential(certificate, language=document_language(certificate.person))
    Certificate.objects.filter(pk=certificate.pk, credential="").update(credential=token)
    return token
