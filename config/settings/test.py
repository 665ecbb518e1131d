"""The test suite. Uses PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set."""

import os

from config.env import redis_db_url

# Under pytest-xdist each worker (gw0, gw1, ...) gets Redis databases of its own (broker
# and cache: two per worker), so one worker's cache.clear() never empties another's cache.
if os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get("REDIS_URL"):
    _worker = int(os.environ["PYTEST_XDIST_WORKER"].removeprefix("gw"))
    os.environ["REDIS_URL"] = redis_db_url(os.environ["REDIS_URL"], 2 * _worker)

from config.settings.base import *

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
ALLOWED_HOSTS = ["*"]
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tasks run in-process unless a test starts a real worker (tests/learning/test_celery_worker.py
# turns this off to go through the broker).
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
