"""The gate: may this caseworker open the risk-assessment form now?

It asks the platform's status API, verifies the signed answer (the JWS) offline against the
platform's JWKS, and keeps the verified answer until the ``exp`` the platform put in it. A
webhook from the platform (``webhooks.py``) drops a person's answers at once.

Fails closed: no answer, a refused or broken request, a JWS that does not verify (unknown
key, wrong issuer or audience, expired, about someone else) all mean "no form".
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

import jwt
import requests

TYP = "vcr-status+jwt"


@dataclass(frozen=True)
class Config:
    """Read from the environment (see README.md)."""

    platform_url: str
    api_key: str  # "<key_id>.<secret>"
    webhook_secret: str  # "whsec_…"
    track: str = ""
    instrument: str = ""
    instrument_version: str = ""
    issuer: str = ""
    timeout: float = 3.0

    @property
    def key_id(self) -> str:
        return self.api_key.split(".", 1)[0]

    @classmethod
    def from_env(cls) -> Config:
        platform = os.environ.get("PLATFORM_URL", "http://127.0.0.1:8000").rstrip("/")
        instrument = os.environ.get("INSTRUMENT", "")
        return cls(
            platform_url=platform,
            api_key=os.environ.get("PLATFORM_API_KEY", ""),
            webhook_secret=os.environ.get("WEBHOOK_SECRET", ""),
            track="" if instrument else os.environ.get("TRACK", "demo-instrument-assessor"),
            instrument=instrument,
            instrument_version=os.environ.get("INSTRUMENT_VERSION", ""),
            issuer=os.environ.get("PLATFORM_ISSUER", platform).rstrip("/"),
            timeout=float(os.environ.get("PLATFORM_TIMEOUT", "3")),
        )


class Refused(Exception):
    """No verified answer could be had: the form stays closed (fail closed). ``http_status``
    is what the case system answers: 503 (cannot tell now), 403 (the platform knows no
    certification of this person for us)."""

    def __init__(self, message: str, http_status: int = 503):
        super().__init__(message)
        self.http_status = http_status


@dataclass(frozen=True)
class Decision:
    """What the gate decided, and why (shown to the caseworker)."""

    authorised: bool
    status: str
    valid_until: str | None
    expires_at: float  # when the cached answer must be asked again (the JWS's exp)
    source: str  # "platform" or "cache"
    certificate_number: str | None = None


class Jwks:
    """The platform's public keys, cached; fetched again for a kid it does not know (a key
    rotation), at most once per ``min_refetch`` seconds so forged kids cannot flood it."""

    def __init__(self, config: Config, *, max_age: float = 300, min_refetch: float = 1):
        self.config, self.max_age, self.min_refetch = config, max_age, min_refetch
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        url = f"{self.config.platform_url}/.well-known/jwks.json"
        response = requests.get(url, timeout=self.config.timeout)
        response.raise_for_status()
        keys = {}
        for jwk in response.json().get("keys", []):
            if jwk.get("kid"):
                keys[jwk["kid"]] = jwt.PyJWK(jwk)
        self._keys, self._fetched_at = keys, time.monotonic()

    def key(self, kid: str) -> jwt.PyJWK:
        with self._lock:
            age = time.monotonic() - self._fetched_at
            stale = not self._keys or age > self.max_age
            unknown = kid not in self._keys and age > self.min_refetch
            if stale or unknown:
                self._fetch()
            if kid not in self._keys:
                raise Refused(f"the answer is signed with an unknown key ({kid})")
            return self._keys[kid]


class Answers:
    """Verified answers per (person, what was asked), each until its ``exp``."""

    def __init__(self):
        self._rows: dict[tuple[str, str], dict] = {}
        self._lock = threading.Lock()

    def get(self, person: str, asked: str) -> dict | None:
        with self._lock:
            row = self._rows.get((person, asked))
            if row is not None and row["exp"] <= time.time():
                del self._rows[(person, asked)]
                return None
            return row

    def put(self, person: str, asked: str, claims: dict) -> None:
        with self._lock:
            self._rows[(person, asked)] = claims

    def drop(self, person: str) -> int:
        """Forget every answer about ``person``; how many there were."""
        with self._lock:
            keys = [k for k in self._rows if k[0] == person]
            for key in keys:
                del self._rows[key]
            return len(keys)


class Gate:
    def __init__(self, config: Config):
        self.config = config
        self.jwks = Jwks(config)
        self.answers = Answers()

    @property
    def asked(self) -> str:
        c = self.config
        return (
            f"track={c.track}" if c.track else f"instrument={c.instrument}@{c.instrument_version}"
        )

    def _params(self, person: str) -> dict:
        params = {"person": person}
        if self.config.track:
            params["track"] = self.config.track
        else:
            params["instrument"] = self.config.instrument
            if self.config.instrument_version:
                params["version"] = self.config.instrument_version
        return params

    def _ask(self, person: str) -> str:
        """The JWS of the platform's answer, or Refused with the reason."""
        try:
            response = requests.get(
                f"{self.config.platform_url}/api/v1/certifications/status",
                params=self._params(person),
                headers={"Authorization": f"Bearer {self.config.api_key}"},
                timeout=self.config.timeout,
            )
        except requests.RequestException as exc:
            raise Refused(f"the certification platform cannot be reached ({exc})") from exc
        if response.status_code == 404:
            raise Refused("the platform knows no certification of this caseworker", 403)
        if response.status_code != 200:
            raise Refused(f"the certification platform answered {response.status_code}")
        try:
            return response.json()["jws"]
        except (ValueError, KeyError) as exc:
            raise Refused("the platform's answer carries no signature") from exc

    def verify(self, token: str, person: str) -> dict:
        """The claims of ``token`` when it is the platform's answer about ``person`` for
        us, signed with a published key, not expired; else Refused."""
        try:
            header = jwt.get_unverified_header(token)
            if header.get("typ") != TYP or header.get("alg") != "EdDSA":
                raise Refused("the answer is not a status answer")
            key = self.jwks.key(header.get("kid", ""))
            claims = jwt.decode(
                token,
                key.key,
                algorithms=["EdDSA"],
                audience=self.config.key_id,
                issuer=self.config.issuer,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )
        except requests.RequestException as exc:
            raise Refused(f"the platform's keys cannot be fetched ({exc})") from exc
        except jwt.PyJWTError as exc:
            raise Refused(f"the answer's signature does not verify ({exc})") from exc
        if claims.get("sub") != person or claims.get("person") != person:
            raise Refused("the answer is about someone else")
        if self.config.track and claims.get("track") != self.config.track:
            raise Refused("the answer is about another track")
        return claims

    def check(self, person: str) -> Decision:
        """The decision for ``person``: from the cache while its answer has not expired,
        else asked and verified now. Raises Refused when no verified answer can be had."""
        claims, source = self.answers.get(person, self.asked), "cache"
        if claims is None:
            claims, source = self.verify(self._ask(person), person), "platform"
            self.answers.put(person, self.asked, claims)
        return Decision(
            authorised=claims.get("authorised") is True,
            status=str(claims.get("status")),
            valid_until=claims.get("valid_until"),
            expires_at=float(claims["exp"]),
            source=source,
            certificate_number=claims.get("certificate_number"),
        )
