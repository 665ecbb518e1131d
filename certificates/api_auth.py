"""Who is calling the status API: ``Authorization: Bearer <key_id>.<secret>``.

The client, its live secrets (as stored hashes) and its scope (the organisation paths whose
subtrees it sees, the default-language tracks it sees) are read in one go and kept per
process for at most ``CACHE_SECONDS`` (30 s). Each request then costs one HMAC and one Redis
GET of a *generation* token: every save or delete of a client, a secret or a client's
organisations or tracks writes a new token (on commit), so a revoked secret, a deactivated
client or a narrowed scope stops working on the next request in every process. Should Redis
be unreachable, the 30 s bound still holds (the cached entry is re-read from the database
when it is older).

A secret is checked against the cached hashes at the moment of the request, so an expiry
(the end of a rotation's overlap) takes effect to the second without any invalidation.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication
from rest_framework.permissions import BasePermission

from certificates.models import ApiClient, ApiClientSecret, Track
from learning.security import secret_hash

CACHE_SECONDS = 30.0
GENERATION_KEY = "certificates:api-clients:generation"


class ServiceUnavailable(exceptions.APIException):
    """The answer cannot be computed (database or signing key unavailable): 503."""

    status_code = 503
    default_detail = _("The status service is unavailable; try again shortly.")
    default_code = "unavailable"


@dataclass(frozen=True)
class ClientScope:
    """An authenticated client, as the views see it (``request.auth``)."""

    pk: int
    key_id: str
    name: str
    is_active: bool
    #: (stored hash, expires_at, revoked_at) of every secret not revoked.
    secrets: tuple[tuple[str, datetime | None], ...]
    #: Materialised paths of the organisations whose subtrees the client sees.
    organisation_paths: tuple[str, ...]
    #: slug → default-language Track the client sees.
    tracks: dict[str, Track] = field(default_factory=dict)
    generation: str | None = None
    loaded_at: float = 0.0

    def secret_valid(self, secret: str, now: datetime) -> bool:
        hashed = secret_hash(secret)
        return any(
            secrets.compare_digest(hashed, stored) and (expires is None or expires > now)
            for stored, expires in self.secrets
        )

    def tracks_for_instrument(self, key: str, version: str = "") -> list[Track]:
        """The client's tracks that authorise instrument ``key`` (in ``version``)."""
        return [
            t
            for t in self.tracks.values()
            if t.instrument is not None
            and t.instrument.key == key
            and (not version or t.instrument.version == version)
        ]


_lock = threading.Lock()
_clients: dict[str, ClientScope] = {}


def api_cache_clear() -> None:
    """Forget every cached client in this process (tests; the generation does it live)."""
    with _lock:
        _clients.clear()


def api_clients_changed() -> None:
    """Invalidate every process's cached clients at once (a new generation token)."""
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


def _on_commit_changed(**kwargs) -> None:
    # Now (this process, and a test inside its transaction) and again on commit (another
    # process that re-read in between saw the rows before the change).
    api_clients_changed()
    transaction.on_commit(api_clients_changed)


def register() -> None:
    """Connect the invalidation to every write of a client, a secret or a client's scope."""
    for model in (ApiClient, ApiClientSecret):
        post_save.connect(_on_commit_changed, sender=model, dispatch_uid=f"api-{model.__name__}")
        post_delete.connect(_on_commit_changed, sender=model, dispatch_uid=f"api-d{model.__name__}")
    for through in (ApiClient.organisations.through, ApiClient.tracks.through):
        m2m_changed.connect(_on_commit_changed, sender=through, dispatch_uid=f"api-{through}")


def _load(key_id: str, generation: str | None) -> ClientScope | None:
    """The client with ``key_id`` and its scope: four small queries, once per 30 s."""
    from wagtail.models import Locale

    client = ApiClient.objects.filter(key_id=key_id).first()
    if client is None:
        return None
    live = client.secrets.filter(revoked_at=None).values_list("secret_hash", "expires_at")
    paths = client.organisations.order_by("path").values_list("path", flat=True)
    tracks = Track.objects.filter(
        translation_key__in=client.tracks.values("translation_key"), locale=Locale.get_default()
    ).select_related("instrument")
    return ClientScope(
        pk=client.pk,
        key_id=client.key_id,
        name=client.name,
        is_active=client.is_active,
        secrets=tuple(live),
        organisation_paths=tuple(paths),
        tracks={t.key: t for t in tracks},
        generation=generation,
        loaded_at=time.monotonic(),
    )


def client_scope_get(key_id: str) -> ClientScope | None:
    """The cached scope of the client with ``key_id`` (re-read when another process changed
    any client, or after ``CACHE_SECONDS``), or None for an unknown key id."""
    generation = cache.get(GENERATION_KEY)
    with _lock:
        entry = _clients.get(key_id)
    if (
        entry is not None
        and entry.generation == generation
        and time.monotonic() - entry.loaded_at < CACHE_SECONDS
    ):
        return entry
    entry = _load(key_id, generation)
    with _lock:
        if entry is None:
            _clients.pop(key_id, None)
        else:
            _clients[key_id] = entry
    return entry


class BearerAuthentication(BaseAuthentication):
    """``Authorization: Bearer <key_id>.<secret>``; ``request.auth`` is the ClientScope and
    ``request.user`` stays anonymous (a client is not a person)."""

    keyword = "Bearer"

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            raise exceptions.NotAuthenticated(_("Send Authorization: Bearer <key_id>.<secret>."))
        scheme, _sep, token = header.partition(" ")
        key_id, dot, secret = token.strip().partition(".")
        if scheme.lower() != "bearer" or not dot or not key_id or not secret:
            raise exceptions.AuthenticationFailed(
                _("Malformed credentials: expected Bearer <key_id>.<secret>.")
            )
        try:
            entry = client_scope_get(key_id)
        except DatabaseError as error:
            raise ServiceUnavailable() from error
        if entry is None or not entry.secret_valid(secret, timezone.now()):
            raise exceptions.AuthenticationFailed(_("Unknown, expired or revoked credentials."))
        if not entry.is_active:
            raise exceptions.AuthenticationFailed(_("This API client is deactivated."))
        from django.contrib.auth.models import AnonymousUser

        return AnonymousUser(), entry

    def authenticate_header(self, request) -> str:
        return self.keyword


class HasStatusScope(BasePermission):
    """An active client that sees at least one organisation and one track."""

    message = _("This API client sees no organisations or no tracks.")

    def has_permission(self, request, view) -> bool:
        entry = request.auth
        return (
            isinstance(entry, ClientScope)
            and entry.is_active
            and bool(entry.organisation_paths and entry.tracks)
        )
