"""A client of /xapi/statements as an integrator's script would be (Basic credentials, the
version header, JSON bodies); Ralph LRS (a real one, from PyPI) for the forwarding tests, a
fault proxy in front of it, and a forwarding target pointing through the proxy."""

from __future__ import annotations

import base64
import json
import uuid

import pytest
from django.test import Client

from learning.models import ForwardTarget
from learning.xapi.auth import client_create
from learning.xapi.secrets import secret_encrypt
from tests import lrs


class XapiHttp:
    """Requests to /xapi/ with one client's credentials (or none)."""

    def __init__(self, key: str | None = None, secret: str | None = None):
        self.http = Client()
        self.headers = {"X-Experience-API-Version": "1.0.3"}
        if key is not None:
            token = base64.b64encode(f"{key}:{secret}".encode()).decode()
            self.headers["Authorization"] = f"Basic {token}"

    def get(self, path="/xapi/statements", params=None, **headers):
        return self.http.get(path, params or {}, headers={**self.headers, **headers})

    def post(self, body, path="/xapi/statements", content_type="application/json", **headers):
        data = body if isinstance(body, (str, bytes)) else json.dumps(body)
        return self.http.post(
            path, data, content_type=content_type, headers={**self.headers, **headers}
        )

    def put(self, body, statement_id, content_type="application/json", **headers):
        data = body if isinstance(body, (str, bytes)) else json.dumps(body)
        return self.http.put(
            f"/xapi/statements?statementId={statement_id}",
            data,
            content_type=content_type,
            headers={**self.headers, **headers},
        )


def statement(n: int = 0, **extra) -> dict:
    """A valid statement (a different one for each ``n``), with an id."""
    return {
        "id": str(uuid.uuid4()),
        "actor": {"mbox": f"mailto:learner{n}@example.org", "name": f"Learner {n}"},
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/completed",
            "display": {"en-US": "completed", "da": "gennemførte"},
        },
        "object": {
            "id": f"https://lms.example/xapi/activities/lesson/{n}",
            "definition": {"name": {"en-US": f"Lesson {n}", "da": f"Lektion {n}"}},
        },
        **extra,
    }


@pytest.fixture
def writer(db):
    """A client that writes and reads everything."""
    credentials = client_create(name="writer", scopes=["statements/write", "statements/read"])
    return XapiHttp(credentials.client.key, credentials.secret), credentials.client


@pytest.fixture
def api(writer):
    return writer[0]


@pytest.fixture(scope="session")
def ralph(tmp_path_factory):
    """One Ralph for the session, on a free loopback port; its statements live in a
    temporary directory. Skipped only when PyPI cannot be reached to install it."""
    try:
        server = lrs.ralph_start(tmp_path_factory.mktemp("ralph"))
    except lrs.Unavailable as exc:
        pytest.skip(str(exc))
    yield server
    lrs.process_stop(server.process)


@pytest.fixture
def proxy(ralph):
    fault = lrs.FaultProxy(ralph.endpoint)
    yield fault
    fault.down()


@pytest.fixture
def forwarding(settings):
    """No linger (each drain sends what is due) and a short timeout, so faults are quick."""
    settings.XAPI_FORWARD_LINGER_SECONDS = 0
    settings.XAPI_FORWARD_TIMEOUT = 1


@pytest.fixture
def target(db, proxy, ralph, forwarding):
    return ForwardTarget.objects.create(
        name="Municipality LRS",
        endpoint=proxy.endpoint,
        username=ralph.username,
        secret_encrypted=secret_encrypt(ralph.password),
    )
