import pytest
from django.conf import settings
from django.utils import translation

from tests import factories


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request that activated another one (a
    person's preference) must not decide the URLs ``reverse`` gives the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database is rolled back after a test, the
    cache is not, and a cached route, locale or access snapshot must not outlive its rows."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def fresh_rate_limits(settings):
    """Each test counts password links from zero (the cache outlives a test)."""
    import uuid

    settings.PASSWORD_LINK_CACHE_PREFIX = f"test-{uuid.uuid4().hex}:"


@pytest.fixture
def tree(db):
    """A small municipality: two administrations, each with units."""
    return {
        "root": factories.organisation("Testby Kommune"),
        "children": factories.organisation("Testby Kommune/Børn og Unge"),
        "daycare": factories.organisation("Testby Kommune/Børn og Unge/Dagtilbud Nord", "daycare"),
        "school": factories.organisation("Testby Kommune/Børn og Unge/Skolen ved Søen", "school"),
        "jobs": factories.organisation("Testby Kommune/Beskæftigelse/Jobcenter", "job_centre"),
    }
