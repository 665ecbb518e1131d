"""API clients of the status API: created, rotated, revoked and deactivated here (the admin
and ``manage.py certificates_api_client`` call these).

A credential is ``<key_id>.<secret>``: ``key_id`` ("vcr_" + 16 URL-safe characters) names
the client and is stored in clear; the secret is shown once, when it is made, and stored only
as a keyed hash (``learning.security.secret_hash``: one HMAC per request, no password
hasher). A client may hold several secrets at once: rotating adds one and lets the older ones
run on for an overlap, so the caller can switch without an outage.

Every change here (and every save of a client, a secret or a client's scope, from anywhere)
invalidates the per-process cache of ``certificates.api_auth`` at once, through a generation
counter in Redis.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from certificates.models import ApiClient, ApiClientSecret
from learning.security import secret_hash, secret_new

#: How long the older secrets keep working after a rotation, unless the caller says.
ROTATION_OVERLAP = timedelta(days=7)
KEY_ID_PREFIX = "vcr_"


@dataclass(frozen=True)
class Credential:
    """What the caller is given once: the client, its key id and the new secret."""

    client: ApiClient
    secret: str

    @property
    def key_id(self) -> str:
        return self.client.key_id

    @property
    def token(self) -> str:
        """The value of ``Authorization: Bearer <token>``."""
        return f"{self.client.key_id}.{self.secret}"


def key_id_new() -> str:
    """A new public key id: "vcr_" + 16 URL-safe characters (no dot: the dot separates it
    from the secret)."""
    while True:
        candidate = secrets.token_urlsafe(12)[:16]
        if "." not in candidate:
            return KEY_ID_PREFIX + candidate


def _secret_add(client: ApiClient) -> Credential:
    secret = secret_new()
    ApiClientSecret.objects.create(client=client, secret_hash=secret_hash(secret))
    return Credential(client=client, secret=secret)


@transaction.atomic
def api_client_create(*, name: str, organisations, tracks, by=None) -> Credential:
    """A new active client seeing the people of ``organisations`` (their subtrees) and the
    ``tracks`` named, with one secret; the secret is in the answer only."""
    client = ApiClient(name=name, key_id=key_id_new(), created_by=by)
    client.full_clean(exclude=["organisations", "tracks"])
    client.save()
    client.organisations.set(organisations)
    client.tracks.set(tracks)
    return _secret_add(client)


@transaction.atomic
def api_client_secret_rotate(
    *, client: ApiClient, overlap: timedelta = ROTATION_OVERLAP
) -> Credential:
    """A new secret for ``client``; its other live secrets now end ``overlap`` from now
    (never later than they would have; ``overlap`` 0 ends them at once). Returns the new
    secret, to be shown once."""
    now = timezone.now()
    ends = now + max(overlap, timedelta(0))
    live = ApiClientSecret.objects.select_for_update().filter(client=client, revoked_at=None)
    for row in live:
        if row.expires_at is None or row.expires_at > ends:
            row.expires_at = ends
            row.save(update_fields=["expires_at"])
    return _secret_add(client)


@transaction.atomic
def api_client_secret_revoke(*, client: ApiClient, secret_id: int | None = None) -> int:
    """Revoke one secret of ``client`` (``secret_id``) or, with none named, all of them: they
    stop working at once. Returns how many were revoked (0: already revoked)."""
    rows = ApiClientSecret.objects.filter(client=client, revoked_at=None)
    if secret_id is not None:
        rows = rows.filter(pk=secret_id)
    count = 0
    for row in rows.select_for_update():
        row.revoked_at = timezone.now()
        row.save(update_fields=["revoked_at"])
        count += 1
    return count


def api_client_deactivate(*, client: ApiClient) -> None:
    """Stop ``client`` at once (its secrets are kept; reactivating restores them)."""
    client.is_active = False
    client.save(update_fields=["is_active"])
