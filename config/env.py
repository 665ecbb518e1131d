"""Reading configuration from the environment.

Every setting that differs between machines comes from an environment variable; this module
turns those variables into Django/Celery values. ``require`` collects what is missing so that
production settings can fail once, naming every missing variable, instead of one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import environ
from django.core.exceptions import ImproperlyConfigured

env = environ.Env()


@dataclass
class Requirements:
    """Names of required variables that were not set."""

    missing: list[str] = field(default_factory=list)

    def get(self, name: str, hint: str) -> str:
        value = env.str(name, default="")
        if not value:
            self.missing.append(f"{name} ({hint})")
        return value

    def raise_if_missing(self) -> None:
        if self.missing:
            raise ImproperlyConfigured(
                "Production settings need these environment variables: "
                + "; ".join(self.missing)
                + ". See README.md, 'Configuration'."
            )


def redis_db_url(url: str, offset: int) -> str:
    """Return ``url`` pointing at Redis database (its own number + ``offset``).

    The broker uses the database named in ``REDIS_URL`` (0 when none) and the cache the next
    one, so flushing the cache never drops queued tasks.
    """
    parts = urlsplit(url)
    path = parts.path.strip("/")
    base = int(path) if path.isdigit() else 0
    return urlunsplit(parts._replace(path=f"/{base + offset}"))
