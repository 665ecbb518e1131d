"""The ``certificates.documents`` outbox consumer: after every change to a certificate its
PDF and credential are rendered again (the PDF marks revoked and suspended certificates;
the credential carries the dates in force). A replayed delivery renders the same documents
again, which is harmless."""

from __future__ import annotations

from certificates.documents.services import certificate_documents_render
from learning.events import consumer_register
from learning.models import Event

CONSUMER = "certificates.documents"
KINDS = {
    "certificate.issued",
    "certificate.extended",
    "certificate.suspended",
    "certificate.reinstated",
    "certificate.revoked",
}


def handle_documents_delivery(event: Event, target: str) -> None:
    certificate_documents_render(certificate_id=event.payload["certificate"])


def register() -> None:
    consumer_register(CONSUMER, kinds=KINDS, handler=handle_documents_delivery)
