"""Settings of the worker and web processes the forwarding and relay tests start: the test
settings, with tasks going through the broker (the test's own Redis) as in production."""

from config.settings.test import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = False
CELERY_TASK_EAGER_PROPAGATES = False
