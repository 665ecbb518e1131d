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
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client builds a new ``redis.Redis`` (registering some 170 response
    callbacks) for every cache call; a page makes a dozen. One per connection pool is
    enough: a ``redis.Redis`` is safe to share between threads, its pool hands out
    connections."""

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(index)
        if client is None:
            client = clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class TolerantRedisCache(RedisCache):
    """``RedisCache`` where an unreachable or failing Redis is a cache miss, not an error."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("RETRY_AFTER", 5.0))
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusingRedisCacheClient
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


# --- Generations ---------------------------------------------------------------------------
# A cached value that depends on many rows (who may do what; the published page tree) is
# stored under a key that names the current *generation* of what it depends on. A change to
# those rows starts a new generation, so every earlier entry is orphaned at once and expires
# on its own; nothing has to find and delete the entries a change affects.

GENERATION_TIMEOUT = None  # generations never expire: a lost counter would start a new one


def _generation_key(name: str) -> str:
    return f"generation:{name}"


#: Every generation the platform keeps: a request reads them all in one round trip.
GENERATIONS = ("access", "locales", "pages", "outline", "assessment-content")


def generation(name: str) -> int:
    """The current generation of ``name``. With the cache unreachable, a value never seen
    before, so nothing is read from (or usefully written to) the cache. Inside a request
    every generation is read once, together, on first use."""
    from django.core.cache import cache

    from learning.locales import request_memo

    memo = request_memo()
    known = memo.get("generations") if memo is not None else None
    if known is None:
        keys = {n: _generation_key(n) for n in {*GENERATIONS, name}}
        found = cache.get_many(list(keys.values()))
        known = {n: found[k] for n, k in keys.items() if k in found}
        if memo is not None:
            memo["generations"] = known
    value = known.get(name)
    if value is None:
        key = _generation_key(name)
        cache.add(key, time.time_ns(), timeout=GENERATION_TIMEOUT)
        value = cache.get(key)
        if value is None:
            value = time.time_ns()
        known[name] = value
    return value


def _generation_bump_now(name: str) -> None:
    from django.core.cache import cache

    from learning.locales import request_memo

    memo = request_memo()
    if memo is not None:
        memo.pop("generations", None)  # this request reads the new one from now on
    key = _generation_key(name)
    try:
        cache.incr(key)
    except ValueError:  # no counter yet (or the cache is down): start one
        cache.set(key, time.time_ns(), timeout=GENERATION_TIMEOUT)


def generation_bump(name: str) -> None:
    """Start a new generation of ``name``: now, and again when the current transaction
    commits, so that a reader who cached the old rows between the two does not keep them."""
    from django.db import transaction

    _generation_bump_now(name)
    transaction.on_commit(lambda: _generation_bump_now(name))
