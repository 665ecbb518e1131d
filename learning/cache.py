"""A Redis cache that degrades to no cache when Redis cannot be reached.

Every page reads the cache (Wagtail's site root paths for the navigation, fragments), so
with Django's plain ``RedisCache`` a Redis outage answers every request, login included,
with a 500. Here a Redis error is logged and treated as a miss: reads return the default,
writes do nothing, and pages are built from the database. After an error the process stops
trying Redis for ``retry_after`` seconds, so an unreachable server costs one timeout per
interval, not one per cache call. ``/healthz`` still reports the cache as down: it pings the
server directly (``learning.health``).
"""

from __future__ import annotations

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class TolerantRedisCache(RedisCache):
    """``RedisCache`` where an unreachable or failing Redis is a cache miss, not an error."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("RETRY_AFTER", 5.0))
        super().__init__(server, {**params, "OPTIONS": options})
        self._down_until = 0.0

    def _call(self, fallback, method, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return method(*args, **kwargs)
        except RedisError as error:
            self._down_until = time.monotonic() + self.retry_after
            logger.warning(
                "Cache unavailable (%s); serving without it for %.0f s",
                type(error).__name__,
                self.retry_after,
            )
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        # With no cache every counter starts afresh: callers see the first increment.
        return self._call(delta, super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(None, super().delete_many, keys, version)

    def clear(self):
        return self._call(False, super().clear)

    def ping(self) -> None:
        """Ask the server directly, whatever the back-off; raises the Redis error when down."""
        self._cache.get_client(write=True).ping()
