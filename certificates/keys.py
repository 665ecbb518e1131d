"""The keys that sign status answers (JWS) and credentials (VC-JWT): Ed25519 ("EdDSA").

The newest key that is not retired signs; every key not past ``published_until`` is in the
JWKS at ``/.well-known/jwks.json``, so a credential signed years ago still verifies after a
rotation (a rotated key stays published unless an administrator ends it). Private keys are
stored encrypted (``learning.xapi.secrets``) and decrypted once per process.

Fails closed: with no signing key, ``signing_key_active`` raises ``SigningUnavailable`` and
the status API answers 503, never an unsigned "valid". Keys are made by
``manage.py certificates_keys create`` (``seed_demo`` makes one for the demo).
"""

from __future__ import annotations

import base64
import secrets
import threading
from datetime import datetime

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from certificates.models import SigningKey
from learning.xapi.secrets import secret_decrypt, secret_encrypt

ALGORITHM = "EdDSA"


class SigningUnavailable(RuntimeError):
    """No usable signing key: answers must not be given unsigned."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _public_jwk(private: Ed25519PrivateKey, kid: str) -> dict:
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": _b64(raw),
        "kid": kid,
        "alg": ALGORITHM,
        "use": "sig",
    }


@transaction.atomic
def signing_key_create() -> SigningKey:
    """A new Ed25519 key that signs from now on; the previous ones are retired from signing
    but stay published (answers and credentials they signed keep verifying)."""
    now = timezone.now()
    private = Ed25519PrivateKey.generate()
    kid = f"{now:%Y%m%d}-{secrets.token_hex(4)}"
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    SigningKey.objects.filter(retired_at__isnull=True).update(retired_at=now)
    key = SigningKey.objects.create(
        kid=kid,
        algorithm=ALGORITHM,
        private_key=secret_encrypt(pem),
        public_jwk=_public_jwk(private, kid),
        created_at=now,
    )
    _cache_clear()
    return key


def signing_key_ensure() -> SigningKey:
    """The signing key, made if there is none (set-up and demo only; never on a request)."""
    return SigningKey.objects.filter(retired_at__isnull=True).first() or signing_key_create()


def signing_key_unpublish(*, kid: str, at: datetime | None = None) -> None:
    """Stop publishing a retired key (e.g. it leaked): what it signed stops verifying."""
    SigningKey.objects.filter(kid=kid, retired_at__isnull=False).update(
        published_until=at or timezone.now()
    )
    _cache_clear()


# Per process: kid → private key object (decrypting and parsing PEM costs ~100 µs).
_lock = threading.Lock()
_private: dict[str, Ed25519PrivateKey] = {}
_active: list = []  # [(kid, loaded_at)] of the key that signs, re-read every ACTIVE_TTL s
ACTIVE_TTL = 30.0


def _cache_clear() -> None:
    with _lock:
        _active.clear()


def signing_key_active() -> tuple[str, Ed25519PrivateKey]:
    """(kid, private key) of the key that signs now. Re-reads which key that is at most
    every ``ACTIVE_TTL`` seconds per process (a rotation reaches every worker within it).
    Raises SigningUnavailable when there is none or it cannot be decrypted."""
    import time

    with _lock:
        if _active and time.monotonic() - _active[0][1] < ACTIVE_TTL:
            kid = _active[0][0]
            return kid, _private[kid]
    try:
        row = SigningKey.objects.filter(retired_at__isnull=True).order_by("-created_at").first()
    except Exception as exc:  # the database is down: no answer rather than an unsigned one
        raise SigningUnavailable("the signing key cannot be read") from exc
    if row is None:
        raise SigningUnavailable("no signing key: run `manage.py certificates_keys create`")
    with _lock:
        if row.kid not in _private:
            try:
                pem = secret_decrypt(row.private_key).encode()
                _private[row.kid] = serialization.load_pem_private_key(pem, password=None)
            except Exception as exc:
                raise SigningUnavailable("the signing key cannot be decrypted") from exc
        _active[:] = [(row.kid, time.monotonic())]
        return row.kid, _private[row.kid]


def jws_sign(payload: dict, *, typ: str = "JWT") -> str:
    """``payload`` as a compact JWS (EdDSA) with the active key's ``kid``."""
    kid, private = signing_key_active()
    return jwt.encode(payload, private, algorithm=ALGORITHM, headers={"kid": kid, "typ": typ})


def jwks() -> dict:
    """The JSON Web Key Set of every published key (newest first)."""
    now = timezone.now()
    rows = SigningKey.objects.filter(Q(published_until__isnull=True) | Q(published_until__gt=now))
    return {"keys": [row.public_jwk for row in rows.order_by("-created_at")]}
