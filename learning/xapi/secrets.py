"""Passwords of forwarding targets, encrypted at rest (Fernet: AES-128-CBC with an HMAC).

The key is ``XAPI_TARGET_KEY`` (a Fernet key; several, comma-separated, to rotate: the
first encrypts, all decrypt) or, when unset, one derived from ``SECRET_KEY`` with HKDF, so a
database dump alone never reveals an LRS password. Changing ``SECRET_KEY`` without setting
``XAPI_TARGET_KEY`` to the old derived key means re-entering the targets' passwords.
"""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

_INFO = b"vcr-learning xapi forward target secrets v1"


class SecretUnreadable(ValueError):
    """The stored password was encrypted with a key this installation no longer has."""


def _derived_key() -> bytes:
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(
        settings.SECRET_KEY.encode()
    )
    return base64.urlsafe_b64encode(raw)


def _fernet() -> MultiFernet:
    configured = [k.strip() for k in getattr(settings, "XAPI_TARGET_KEY", "").split(",")]
    keys = [k.encode() for k in configured if k] or [_derived_key()]
    return MultiFernet([Fernet(key) for key in keys])


def secret_encrypt(plain: str) -> str:
    return _fernet().encrypt(plain.encode()).decode() if plain else ""


def secret_decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise SecretUnreadable("the target's password cannot be decrypted: enter it again") from exc
