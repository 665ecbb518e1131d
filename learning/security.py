"""Response headers that keep pages private and the browser strict: the Content-Security-
Policy (django-csp), a Permissions-Policy, and ``Cache-Control: private, no-store`` on every
page that can hold personal data. And ``safe_next``: where a form may send the browser
after it is posted, never off the site. And the secrets of API clients (the xAPI statement
clients now, issue 10's API clients later): ``secret_new``, ``secret_hash``,
``secret_matches``."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme

#: Paths whose pages are for staff and always personal (admin surfaces).
ADMIN_PREFIXES = ("/cms/", "/django-admin/")


def _personal(request) -> bool:
    """A page for a signed-in person (their learning, their team) or an admin page."""
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated) or request.path.startswith(ADMIN_PREFIXES)


def safe_next(request, default: str = "/") -> str:
    """The ``next`` URL the request names (posted, or in a GET's query string) when it leads
    to this site; ``default`` when it is missing or empty or leads elsewhere (another host,
    a scheme such as ``javascript:``, ``//host`` or ``/\\host``): no open redirect."""
    data = request.POST if request.method == "POST" else request.GET
    following = data.get("next", "")
    if following and url_has_allowed_host_and_scheme(following, {request.get_host()}):
        return following
    return default


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware, with the documented relaxation for Wagtail's admin
    (``CSP_CMS_UPDATE``) applied under /cms/ only, plus Permissions-Policy and
    Cache-Control."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith("/cms/") and not report_only:
            parts.update = {**settings.CSP_CMS_UPDATE, **(parts.update or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if _personal(request) and "no-store" not in response.get("Cache-Control", ""):
            response["Cache-Control"] = "private, no-store"
        return response


#: Bytes of randomness in a client secret (256 bits: a keyed hash of it cannot be brute-forced,
#: so a slow password hasher would only cost time on every request).
SECRET_BYTES = 32


def secret_new() -> str:
    """A new client secret (URL-safe text), to be shown once and stored only hashed."""
    return secrets.token_urlsafe(SECRET_BYTES)


def _hash_key() -> bytes:
    """The key of ``secret_hash``: ``API_SECRET_HASH_KEY``, or else ``SECRET_KEY``. Changing it
    invalidates every stored client secret (rotate them all after a key rotation)."""
    key = getattr(settings, "API_SECRET_HASH_KEY", "") or settings.SECRET_KEY
    return key.encode()


def secret_hash(secret: str) -> str:
    """The stored form of a client secret: HMAC-SHA256 keyed from settings, hex, prefixed
    with the scheme so a later scheme can be told apart. Fast on purpose: the secret is
    long and random (``secret_new``), so a password hasher's cost buys nothing and would be
    paid on every API request; the key means a leaked table alone cannot be checked."""
    digest = hmac.new(_hash_key(), secret.encode(), hashlib.sha256).hexdigest()
    return f"hmac-sha256${digest}"


def secret_matches(secret: str, stored: str) -> bool:
    """Whether ``secret`` is the one ``stored`` was made from (constant-time compare)."""
    return bool(stored) and hmac.compare_digest(secret_hash(secret), stored)
