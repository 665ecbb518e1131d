"""Receiving the platform's webhooks (Standard Webhooks, symmetric ``v1`` signatures).

Verify before reading: the signature over ``{webhook-id}.{webhook-timestamp}.{raw body}``
with the base64-decoded part of the ``whsec_…`` secret, in constant time, on the raw bytes
(never on re-serialised JSON); a timestamp within five minutes; each ``webhook-id`` handled
once (the platform sends the same id on a retry or a replay).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import time

TOLERANCE = 300  # seconds


class BadSignature(Exception):
    """Not from the platform (or altered, or too old): ignore it, change nothing."""


def verify(secret: str, headers: dict, body: bytes, *, now: float | None = None) -> None:
    """Raise BadSignature unless ``body`` with ``headers`` was signed with ``secret``."""
    headers = {k.lower(): v for k, v in headers.items()}
    msg_id = headers.get("webhook-id", "")
    stamp = headers.get("webhook-timestamp", "")
    signatures = headers.get("webhook-signature", "")
    if not (msg_id and stamp.isdigit() and signatures):
        raise BadSignature("missing webhook headers")
    if abs((now or time.time()) - int(stamp)) > TOLERANCE:
        raise BadSignature("the timestamp is too old or too new")
    if not secret.startswith("whsec_"):
        raise BadSignature("no webhook secret is configured")
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{stamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for candidate in signatures.split():
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return
    raise BadSignature("no signature matches")


class SeenIds:
    """The webhook ids handled in the last ``keep`` seconds (dedupe)."""

    def __init__(self, keep: float = 3600):
        self.keep = keep
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def first_time(self, msg_id: str) -> bool:
        now = time.time()
        with self._lock:
            self._seen = {k: t for k, t in self._seen.items() if now - t < self.keep}
            if msg_id in self._seen:
                return False
            self._seen[msg_id] = now
            return True
