"""GET /healthz: the status of the database, the cache and the broker."""

import pytest
from django.test import override_settings

from config.celery import app


def test_all_services_up_answers_200_with_each_status(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {body[k]["status"] for k in ("database", "cache", "broker")} == {"ok"}


def test_an_unreachable_broker_answers_503_and_names_it(client, db, monkeypatch):
    monkeypatch.setattr(app.conf, "broker_url", "redis://127.0.0.1:9/0")

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["broker"]["status"] == "error"
    assert body["database"]["status"] == "ok"
    assert "127.0.0.1:9" not in response.content.decode()  # no connection strings leak


@override_settings(
    CACHES={
        "default": {
            # The backend production uses: every page reads the cache, and it degrades.
            "BACKEND": "learning.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:9/1",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        }
    }
)
def test_an_unreachable_cache_answers_503(client, db):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["cache"]["status"] == "error"


@pytest.mark.django_db
def test_health_is_public_and_read_only(client):
    assert client.post("/healthz").status_code == 405
