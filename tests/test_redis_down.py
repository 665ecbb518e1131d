"""With Redis unreachable every page still renders from the database, and /healthz answers 503
naming what is down, quickly."""

from __future__ import annotations

import time

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.urls import reverse
from redis.exceptions import RedisError

from config.celery import app
from tests import factories
from tests.modules import pages

UNREACHABLE = "redis://127.0.0.1:6390/0"

redis_down = override_settings(
    CACHES={
        "default": {
            "BACKEND": "learning.cache.TolerantRedisCache",
            "LOCATION": UNREACHABLE,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
)


@pytest.fixture
def site(db, tree):
    catalogue = pages.catalogue()
    module = pages.module(catalogue, "Children exposed to violence", lessons=2)
    return {"catalogue": catalogue, "module": module}


@pytest.fixture
def learner(client, tree):
    person = factories.person(units=[tree["daycare"]])
    client.force_login(person.user)
    return person


def _get(client, url):
    with redis_down:
        with pytest.raises(RedisError):  # the cache really is unreachable
            caches["default"].ping()
        return client.get(url)


def test_the_login_page_renders_with_redis_down(client, site):
    response = _get(client, reverse("login"))

    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_a_visitor_can_log_in_with_redis_down(client, site, tree):
    person = factories.person(units=[tree["daycare"]])
    with redis_down:
        response = client.post(
            reverse("login"),
            {"username": person.user.username, "password": "correct horse battery"},
        )
        assert response.status_code == 302
        assert client.get(reverse("start")).status_code == 200


@pytest.mark.parametrize("page", ["start", "catalogue", "module", "lesson"])
def test_learner_pages_render_with_redis_down(client, site, learner, page):
    urls = {
        "start": reverse("start"),  # "My learning"
        "catalogue": site["catalogue"].url,
        "module": site["module"].url,
        "lesson": site["module"].get_children().first().url,
    }
    if page == "lesson":
        client.post(reverse("module_enrol", args=[site["module"].translation_key]))

    response = _get(client, urls[page])

    assert response.status_code == 200
    if page == "catalogue":
        assert "Children exposed to violence" in response.content.decode()


@redis_down
def test_healthz_answers_503_naming_the_cache_and_broker_quickly(client, db, monkeypatch):
    monkeypatch.setattr(app.conf, "broker_url", UNREACHABLE)
    started = time.monotonic()

    response = client.get("/healthz")

    assert time.monotonic() - started < 5
    assert response.status_code == 503
    body = response.json()
    assert body["cache"] == {"status": "error", "error": "ConnectionError"}
    assert body["broker"]["status"] == "error"
    assert body["database"]["status"] == "ok"
    assert "6390" not in response.content.decode()
