"""Certification tracks, issuance, expiry, revocation, verification and the status API.

Public surface for other apps: ``certificates.selectors`` (status answers, a person's
certificates) and ``certificates.data.StatusAnswer``; writes go through
``certificates.services``."""
