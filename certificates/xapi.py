"""xAPI statements of certificates: the holder "earned" the certificate (a new cycle), and
had it extended, suspended, reinstated or revoked, or let it expire (platform verbs under
``<base>/verbs/``; docs/xapi.md).

The object is the track's certificate activity (``<base>/activities/certificate/<track
translation_key>``), the same for every cycle and language; the cycle, certificate number,
instrument and validity ride in result or context extensions. The actor is the holder's
opaque account, as everywhere; who acted (an administrator) and why stay in the audit, not
in the statement. Registered in ``CertificatesConfig.ready``.
"""

from __future__ import annotations

from certificates.models import Track
from learning.models import Event
from learning.xapi.builders import statement_builder_register
from learning.xapi.parts import activity, context, person_actor, statement
from learning.xapi.store import statement_id
from learning.xapi.vocabulary import extension_iri

VERBS = {
    "certificate.issued": "earned",
    "certificate.extended": "certificate-extended",
    "certificate.suspended": "certificate-suspended",
    "certificate.reinstated": "certificate-reinstated",
    "certificate.revoked": "certificate-revoked",
    "certificate.expired": "certificate-expired",
}


def _track_activity(track_key: str) -> dict:
    rows = Track.objects.filter(key=track_key).select_related("locale")
    names = {row.locale.language_code: row.title for row in rows}
    translation_key = next((row.translation_key for row in rows), track_key)
    return activity("certificate", translation_key, names)


def certificate_statements(event: Event) -> list[dict]:
    """One statement per certificate event (kinds in ``VERBS``; "expiring" is a notice, not
    something the learner did, and has none)."""
    payload = event.payload
    extensions = {
        extension_iri("certificate-number"): payload["number"],
        extension_iri("certificate-cycle"): payload["cycle"],
        extension_iri("valid-until"): payload.get("valid_until"),
    }
    if payload.get("instrument_key"):
        extensions[extension_iri("instrument")] = (
            f"{payload['instrument_key']} {payload.get('instrument_version', '')}".strip()
        )
    verb = VERBS[event.kind]
    built = statement(
        id=statement_id(event.id, verb),
        actor=person_actor(payload["person"]),
        verb=verb,
        object=_track_activity(payload["track"]),
        timestamp=event.recorded_at.isoformat(),
        context=context(
            language=payload.get("language", ""),
            extensions={k: v for k, v in extensions.items() if v is not None},
        ),
    )
    if event.kind == "certificate.issued":
        built["result"] = {"success": True, "completion": True}
    return [built]


def register() -> None:
    for kind in VERBS:
        statement_builder_register(kind, certificate_statements)
