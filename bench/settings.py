"""Settings for the page benchmark (``bench/pages.py``): production, plus the bench's hooks.

Everything comes from ``config.settings.production`` (DEBUG off, PostgreSQL, the Redis cache,
the manifest static storage, the security settings); the benchmark passes the variables
production requires. What differs, and why:

- ``ROOT_URLCONF`` adds ``/bench/bare/`` (``bench/urls.py``), the baseline the pages are
  measured against.
- ``DEMO_DATA_ALLOWED``: the benchmark loads the demo with ``seed_demo`` into a database of its
  own, which production settings refuse.
- ``CELERY_TASK_ALWAYS_EAGER`` only while seeding (``BENCH_EAGER_TASKS=1``): publishing a page
  builds the module's outline in a Celery task, and no worker runs beside the benchmark.
  The server runs without it; what a request enqueues goes to the broker as in production.
- The cache's key prefix names the run (``BENCH_CACHE_PREFIX``), so a run never reads what an
  earlier run (another database, the same page ids) cached, and can delete its own keys.

HTTPS is left as production has it (``SECURE_SSL_REDIRECT``, secure cookies, HSTS): the
benchmark's client sends ``X-Forwarded-Proto: https`` as a TLS-terminating proxy does
(``SECURE_PROXY_SSL_HEADER``), so plain HTTP on loopback takes the production code path.
"""

from config.env import env
from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
DEMO_DATA_ALLOWED = True
CELERY_TASK_ALWAYS_EAGER = env.bool("BENCH_EAGER_TASKS", default=False)
CACHES["default"]["KEY_PREFIX"] = env.str(  # noqa: F405 (from production)
    "BENCH_CACHE_PREFIX", default="vcr-bench"
)
