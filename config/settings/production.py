"""Production. Every value that must not take a default is required, and all missing ones
are reported together at start-up."""

from django.core.exceptions import ImproperlyConfigured

from config.env import Requirements
from config.settings.base import *

_required = Requirements()
SECRET_KEY = _required.get("SECRET_KEY", "a long random string, e.g. from `openssl rand -hex 32`")
_required.get("DATABASE_URL", "e.g. postgres://user:password@db:5432/vcr")
_required.get("REDIS_URL", "e.g. redis://redis:6379/0; the cache uses the next DB number")
_required.get("ALLOWED_HOSTS", "comma-separated host names the site answers to")
_required.get("SITE_URL", "the public https:// address, used in emails and links")
_required.get("EMAIL_URL", "e.g. smtp+tls://user:password@smtp.example.org:587")
_required.raise_if_missing()

if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("Production needs PostgreSQL: DATABASE_URL must be postgres://")

DEBUG = False
DEMO_DATA_ALLOWED = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=60)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
# HSTS preload is a commitment the domain owner makes (hstspreload.org); opt in with
# SECURE_HSTS_PRELOAD=true rather than have every deployment warn about it.
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
