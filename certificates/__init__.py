"""Certification tracks, issuance, expiry, revocation, verification and the status API: not
built yet. The app holds only its configuration, so its layer already sits between
``modules`` and ``assessments`` (see the import-linter contract in pyproject.toml)."""
