"""A client of /xapi/statements as an integrator's script would be: Basic credentials, the
version header, JSON bodies."""

from __future__ import annotations

import base64
import json
import uuid

import pytest
from django.test import Client

from learning.xapi.auth import client_create


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
