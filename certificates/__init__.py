"""Certification tracks, issuance, expiry, revocation, verification and the status API."""
