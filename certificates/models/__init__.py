"""Models of the ``certificates`` app: tracks and their requirements; certificates (one row
per person, track and cycle) with their audited actions; API clients, status checks, signing
keys and webhook subscriptions."""

from certificates.models.api import (
    ApiClient,
    ApiClientSecret,
    SigningKey,
    StatusCheck,
    WebhookAttempt,
    WebhookSubscription,
)
from certificates.models.certificates import (
    Certificate,
    CertificateAction,
    CertificateBasis,
    CertificateStatus,
)
from certificates.models.tracks import RequirementPath, Track, TrackRequirement

__all__ = [
    "ApiClient",
    "ApiClientSecret",
    "Certificate",
    "CertificateAction",
    "CertificateBasis",
    "CertificateStatus",
    "RequirementPath",
    "SigningKey",
    "StatusCheck",
    "Track",
    "TrackRequirement",
    "WebhookAttempt",
    "WebhookSubscription",
]
