"""Open Badges 3.0 credentials and the W3C Bitstring Status Lists they point at.

**The credential** (``credential_build`` / ``credential_sign``): one OpenBadgeCredential
(OB 3.0's name for an AchievementCredential) per certificate, secured as a VC-JWT (OB 3.0
§8.2, W3C VC-JOSE-COSE): the JWT payload *is* the credential, with the registered claims
``iss`` (issuer.id), ``jti`` (id), ``sub`` (credentialSubject.id), ``nbf`` (validFrom) and
``exp`` (validUntil) beside it; header ``alg`` EdDSA, ``kid`` (in ``/.well-known/jwks.json``),
``typ`` ``vc+jwt``. The holder is named by an opaque ``urn:uuid`` (``Person.xapi_key``), a
salted SHA-256 of their email and their name (as printed on the PDF); never the employee
number, which is the key other systems look people up by.

**Status**: OB 3.0 allows one ``credentialStatus`` (multiplicity 0..1 in its data model and
JSON Schema; 1EdTech/openbadges-specification#623 asks 3.1 for more), so the credential
carries the *revocation* entry. The *suspension* list is published beside it with the
same index (the certificate's pk), for verifiers that want it and for 3.1.

**Status lists** (``status_list_jwt``): ``GET /credentials/status/<purpose>`` answers a
BitstringStatusListCredential as a VC-JWT (``application/vc+jwt``), index = certificate pk,
at least 131,072 bits, GZIP then base64url with the multibase ``u`` prefix, bit 0 the
left-most bit of the first byte. A signed list is cached for ``STATUS_LIST_TTL`` seconds
and dropped as soon as a certificate is revoked, suspended or reinstated (``certificate_changed``,
on commit), so the list never lags a change by more than the HTTP ``max-age`` a client
keeps it for (the same ``STATUS_LIST_TTL``).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import uuid
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from certificates.keys import jws_sign
from certificates.models import Certificate, RequirementPath
from certificates.selectors import requirements_of

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
PURPOSES = ("revocation", "suspension")
MIN_BITS = 131072  # 16 KiB: the Bitstring Status List's minimum, for herd privacy
STATUS_LIST_TTL = 60
_NAMESPACE = uuid.UUID("0c6f0d8e-6a43-4f7e-9d38-3e9f3b1f2a77")


def _site(path: str) -> str:
    return settings.SITE_URL + path


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def issuer_profile() -> dict:
    """The issuer's OB 3.0 Profile (served at its own id, ``/credentials/issuer``)."""
    return {
        "id": _site(reverse("credential_issuer")),
        "type": ["Profile"],
        "name": getattr(settings, "CERTIFICATE_ISSUER_NAME", "VCR learning platform"),
        "url": settings.SITE_URL,
    }


def status_list_url(purpose: str) -> str:
    return _site(reverse("credential_status_list", kwargs={"purpose": purpose}))


def status_entry(certificate: Certificate, purpose: str) -> dict:
    url = status_list_url(purpose)
    return {
        "id": f"{url}#{certificate.pk}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": purpose,
        "statusListIndex": str(certificate.pk),
        "statusListCredential": url,
    }


def _identity_hash(certificate: Certificate, email: str) -> tuple[str, str]:
    # The same salt on every render of a certificate, different across certificates, so
    # two credentials of one person cannot be linked by their hash.
    salt = hmac.new(
        settings.SECRET_KEY.encode(), f"credential-salt:{certificate.pk}".encode(), "sha256"
    ).hexdigest()[:16]
    digest = hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()
    return f"sha256${digest}", salt


def _criteria(track) -> str:
    items = [str(r) for r in requirements_of(track, RequirementPath.INITIAL)]
    lines = [translation.gettext("Complete every requirement of the track:")]
    lines += [f"- {item}" for item in items]
    renewal = [
        str(r) for r in track.requirements.all() if r.path == RequirementPath.RECERTIFICATION
    ]
    if renewal:
        lines.append(translation.gettext("To recertify:"))
        lines += [f"- {item}" for item in renewal]
    return "\n".join(lines)


def credential_build(
    certificate: Certificate, *, language: str, name: str, title: str, description: str
) -> dict:
    """The credential of ``certificate`` as JSON (before signing), in ``language``:
    ``name`` is the holder's, ``title`` and ``description`` the track's in that language."""
    person, track = certificate.person, certificate.track
    with translation.override(language):
        achievement = {
            "id": _site(f"/credentials/achievements/{track.key}"),
            "type": ["Achievement"],
            "achievementType": "Certificate",
            "name": title,
            "description": description or title,
            "criteria": {"narrative": _criteria(track)},
            "humanCode": track.key,
            "inLanguage": language,
        }
        if certificate.instrument_name:
            achievement["tag"] = [certificate.instrument_name]
            if certificate.instrument_version:
                achievement["version"] = certificate.instrument_version
        identifier = [
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": name,
            }
        ]
        if person.user.email:
            digest, salt = _identity_hash(certificate, person.user.email)
            identifier.append(
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "identityHash": digest,
                    "salt": salt,
                }
            )
        credential = {
            "@context": CONTEXT,
            "id": f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'certificate:{certificate.pk}')}",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": title,
            "issuer": issuer_profile(),
            "validFrom": _iso(certificate.valid_from),
            "awardedDate": _iso(certificate.issued_at),
            "credentialSubject": {
                "id": f"urn:uuid:{person.xapi_key}",
                "type": ["AchievementSubject"],
                "identifier": identifier,
                "achievement": achievement,
            },
            "credentialStatus": status_entry(certificate, "revocation"),
        }
    if certificate.valid_until is not None:
        credential["validUntil"] = _iso(certificate.valid_until)
    return credential


def _jwt_claims(credential: dict) -> dict:
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "nbf": int(datetime.fromisoformat(credential["validFrom"]).timestamp()),
        "iat": int(timezone.now().timestamp()),
    }
    subject = credential["credentialSubject"]
    if isinstance(subject, dict) and subject.get("id"):
        claims["sub"] = subject["id"]
    if credential.get("validUntil"):
        claims["exp"] = int(datetime.fromisoformat(credential["validUntil"]).timestamp())
    return claims


def credential_sign(credential: dict) -> str:
    """``credential`` as a compact VC-JWT. Raises ``SigningUnavailable`` without a key."""
    return jws_sign(_jwt_claims(credential), typ="vc+jwt")


# --- Bitstring Status List ----------------------------------------------------------------
def bitstring_encode(indexes, *, size: int = MIN_BITS) -> str:
    """The set bits ``indexes`` as an ``encodedList``: multibase "u" + base64url (no
    padding) of the GZIP of the bitstring; index 0 is the left-most bit."""
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    raw = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _flagged(purpose: str, now: datetime) -> tuple[list[int], int]:
    column = "revoked_at" if purpose == "revocation" else "suspended_at"
    flagged = list(
        Certificate.objects.filter(**{f"{column}__lte": now}).values_list("pk", flat=True)
    )
    top = Certificate.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    size = max(MIN_BITS, -(-(top + 1) // MIN_BITS) * MIN_BITS)
    return flagged, size


def status_list_credential(purpose: str, *, now: datetime | None = None) -> dict:
    """The BitstringStatusListCredential of ``purpose`` now (JSON, before signing)."""
    now = now or timezone.now()
    flagged, size = _flagged(purpose, now)
    url = status_list_url(purpose)
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_profile(),
        "validFrom": _iso(now),
        "validUntil": _iso(now + timedelta(days=1)),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": bitstring_encode(flagged, size=size),
            "ttl": STATUS_LIST_TTL * 1000,
        },
    }


def _cache_key(purpose: str) -> str:
    return f"certificates:status-list:{purpose}"


def status_list_jwt(purpose: str) -> str:
    """The signed status list of ``purpose``, from the cache when fresh (see the module
    docstring for the bound). Raises ``SigningUnavailable`` without a key."""
    token = cache.get(_cache_key(purpose))
    if token is None:
        token = credential_sign(status_list_credential(purpose))
        cache.set(_cache_key(purpose), token, timeout=STATUS_LIST_TTL)
    return token


def status_lists_forget(**kwargs) -> None:
    """Receiver of ``certificate_changed``: the next request signs fresh lists."""
    cache.delete_many([_cache_key(p) for p in PURPOSES])
