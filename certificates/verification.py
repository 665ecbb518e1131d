"""The public verification page's reads: a certificate by its verification code, and the
per-client limit that keeps codes from being enumerated.

The page shows the holder's name, the track's title, the status in words and the dates,
nothing else. Every lookup counts against the client's limit, found or not and well-formed
or not, so a run of guesses costs the same whatever it hits (80-bit codes: guessing is
hopeless anyway; the limit also keeps the page from being scraped for names).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from certificates import status as st
from certificates.models import Certificate, CertificateStatus
from certificates.services import verification_code_normalise


@dataclass(frozen=True)
class Verification:
    """What the public page may show of a certificate."""

    name: str
    track_title: str
    status: str
    status_label: str
    authorised: bool
    valid_from: datetime
    valid_until: datetime | None
    grace_until: datetime | None


def verification_get(*, code: str, track_title) -> Verification | None:
    """The certificate with this code (typed in any spelling: lower case, spaces, no
    dashes), as the public may see it; None when the code is malformed or unknown.
    ``track_title(track)`` gives the title in the reader's language."""
    normalised = verification_code_normalise(code)
    if not normalised:
        return None
    certificate = (
        Certificate.objects.select_related("person__user", "track")
        .filter(verification_code=normalised)
        .first()
    )
    if certificate is None:
        return None
    status = st.status_of(certificate, timezone.now())
    return Verification(
        name=certificate.person.full_name,
        track_title=track_title(certificate.track),
        status=status,
        status_label=str(CertificateStatus(status).label),
        authorised=status in st.AUTHORISED,
        valid_from=certificate.valid_from,
        valid_until=certificate.valid_until,
        grace_until=certificate.grace_until if status == st.IN_GRACE else None,
    )


def verification_allowed(*, address: str) -> bool:
    """Whether the client at ``address`` may look up another code now; counts this one.
    ``CERTIFICATE_VERIFY_LIMIT`` lookups per ``CERTIFICATE_VERIFY_WINDOW`` seconds. With
    the cache down the page stays usable (no limit rather than no page)."""
    limit = getattr(settings, "CERTIFICATE_VERIFY_LIMIT", 30)
    window = getattr(settings, "CERTIFICATE_VERIFY_WINDOW", 600)
    key = f"certificates:verify:{address}"
    try:
        cache.add(key, 0, timeout=window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            count = 1
    except Exception:
        return True
    return count <= limit
