"""Clients of ``/xapi/statements``: created, rotated and deactivated here (the admin and
``manage.py xapi_client_create`` call these), and authenticated per request with HTTP
Basic (``key:secret``).

The secret is shown once, when it is made, and stored only as a keyed hash
(``learning.security.secret_hash``); checking it costs one HMAC, not a password hasher.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from learning.models import StatementClient
from learning.security import secret_hash, secret_matches, secret_new
from learning.xapi import vocabulary

Scope = StatementClient.Scope
SCOPES = frozenset(Scope.values)

#: ``last_used_at`` is written at most this often per client (one UPDATE, not one per request).
LAST_USED_EVERY = timedelta(minutes=1)


class NotAuthenticated(Exception):
    """No credentials, or not those of an active client (401)."""


class Forbidden(Exception):
    """An authenticated client without the scope the request needs (403)."""


@dataclass(frozen=True)
class Credentials:
    client: StatementClient
    secret: str


def _scopes_clean(scopes) -> list[str]:
    scopes = list(dict.fromkeys(scopes))
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown or not scopes:
        raise ValueError(f"scopes must be some of {sorted(SCOPES)}, not {unknown or 'none'}")
    return scopes


@transaction.atomic
def client_create(*, name: str, scopes) -> Credentials:
    """A new active client with a fresh key and secret; the secret is in the answer only."""
    secret = secret_new()
    client = StatementClient.objects.create(
        name=name,
        key=secrets.token_hex(16),
        secret_hash=secret_hash(secret),
        scopes=_scopes_clean(scopes),
    )
    return Credentials(client, secret)


@transaction.atomic
def client_rotate(*, client: StatementClient) -> Credentials:
    """A new secret for ``client`` (the old one stops working at once); shown once."""
    secret = secret_new()
    client.secret_hash = secret_hash(secret)
    client.save(update_fields=["secret_hash"])
    return Credentials(client, secret)


def client_authority(client: StatementClient) -> dict:
    """The authority of statements ``client`` stores: itself, as an account on the platform."""
    return {
        "objectType": "Agent",
        "name": client.name,
        "account": {"homePage": vocabulary.account_homepage(), "name": client.key},
    }


def _basic(header: str) -> tuple[str, str] | None:
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    key, sep, secret = decoded.partition(":")
    return (key, secret) if sep else None


def client_authenticate(request) -> StatementClient:
    """The active client whose Basic credentials the request carries (one query; one more
    at most once a minute to note ``last_used_at``), or ``NotAuthenticated``."""
    pair = _basic(request.META.get("HTTP_AUTHORIZATION", ""))
    if pair is None:
        raise NotAuthenticated("send HTTP Basic credentials (client key and secret)")
    key, secret = pair
    client = StatementClient.objects.filter(key=key[:64], active=True).first()
    if client is None or not secret_matches(secret, client.secret_hash):
        raise NotAuthenticated("unknown client, wrong secret or inactive client")
    now = timezone.now()
    if client.last_used_at is None or now - client.last_used_at >= LAST_USED_EVERY:
        StatementClient.objects.filter(pk=client.pk).update(last_used_at=now)
        client.last_used_at = now
    return client


def scope_require(client: StatementClient, *, write: bool) -> None:
    """``Forbidden`` unless the client may write (``write``) or read statements."""
    if write:
        if Scope.WRITE not in client.scopes:
            raise Forbidden("this client may not write statements (scope statements/write)")
    elif Scope.READ not in client.scopes and Scope.READ_MINE not in client.scopes:
        raise Forbidden(
            "this client may not read statements (scope statements/read or statements/read/mine)"
        )


def reads_only_its_own(client: StatementClient) -> bool:
    """Whether the client's reads are limited to the statements it stored."""
    return Scope.READ not in client.scopes
