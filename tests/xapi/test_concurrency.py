"""Two clients racing for one statement id, on real PostgreSQL connections: the same
statement is stored once and both are told so; a different one is refused with 409, never
silently dropped while its sender is told 200."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from learning.models import Event, Statement
from learning.xapi.auth import client_create
from tests.xapi.conftest import XapiHttp, statement

pytestmark = pytest.mark.django_db(transaction=True)


def _race(bodies):
    credentials = client_create(name="racer", scopes=["statements/write"])
    barrier = threading.Barrier(len(bodies))
    answers = [None] * len(bodies)

    def post(i, body):
        api = XapiHttp(credentials.client.key, credentials.secret)
        barrier.wait()
        try:
            answers[i] = api.post(body).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(i, b)) for i, b in enumerate(bodies)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return sorted(answers)


@pytest.mark.parametrize("attempt", range(3))
def test_the_same_batch_posted_twice_at_once_is_stored_once(attempt):
    batch = [statement(n) for n in range(5)]
    assert _race([batch, batch]) == [200, 200]
    assert Statement.objects.count() == 5
    assert Event.objects.filter(kind="xapi.statements_received").count() == 1


@pytest.mark.parametrize("attempt", range(5))
def test_a_different_statement_racing_for_the_same_id_is_refused(attempt):
    # other ids beside it, so the two batches are different outbox events and nothing but the
    # statement's own primary key orders them
    first = statement(1)
    second = {**statement(2), "id": first["id"]}
    answers = _race([[first, statement(3)], [second, statement(4)]])
    assert answers == [200, 409]
    assert Statement.objects.count() == 2
