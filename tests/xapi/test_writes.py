"""POST and PUT /xapi/statements: what content that posts its own statements sees, and what
the forwarder receives (the ``xapi.statements_received`` outbox event)."""

from __future__ import annotations

import json
import uuid

import pytest

from learning.models import Event, Statement
from tests.xapi.conftest import statement

pytestmark = pytest.mark.django_db


def test_post_one_statement_answers_its_id_and_stores_it_with_the_client(api, writer):
    sent = statement()
    response = api.post(sent)
    assert response.status_code == 200
    assert response.json() == [sent["id"]]
    row = Statement.objects.get(id=sent["id"])
    assert row.client == writer[1]
    assert row.data["authority"] == {
        "objectType": "Agent",
        "name": "writer",
        "account": {
            "homePage": row.data["authority"]["account"]["homePage"],
            "name": writer[1].key,
        },
    }


def test_post_without_an_id_gets_one_minted(api):
    sent = statement()
    del sent["id"]
    [minted] = api.post(sent).json()
    assert uuid.UUID(minted)
    assert Statement.objects.filter(id=minted).exists()


def test_post_a_batch_answers_the_ids_in_order_and_records_one_event(api, writer):
    batch = [statement(n) for n in range(3)]
    response = api.post(batch)
    assert response.json() == [s["id"] for s in batch]
    event = Event.objects.get(kind="xapi.statements_received")
    assert event.object_key == f"xapi_client:{writer[1].pk}"
    assert event.payload == {"statements": sorted(s["id"] for s in batch)}
    assert set(event.statements.values_list("id", flat=True)) == {uuid.UUID(s["id"]) for s in batch}


def test_a_replayed_batch_is_accepted_and_stores_nothing_twice(api):
    batch = [statement(n) for n in range(3)]
    first = api.post(batch)
    again = api.post(batch)
    assert again.status_code == 200 and again.json() == first.json()
    assert Statement.objects.count() == 3
    assert Event.objects.filter(kind="xapi.statements_received").count() == 1


def test_a_different_statement_under_a_taken_id_is_409_and_nothing_of_the_batch_stays(api):
    taken = statement(1)
    api.post(taken)
    fresh = statement(2)
    response = api.post([fresh, {**statement(3), "id": taken["id"]}])
    assert response.status_code == 409
    assert taken["id"] in response.json()["message"]
    assert not Statement.objects.filter(id=fresh["id"]).exists()
    assert Event.objects.filter(kind="xapi.statements_received").count() == 1


def test_an_invalid_statement_is_400_naming_the_field_and_stores_nothing(api):
    bad = statement(2)
    bad["verb"]["id"] = "completed"
    response = api.post([statement(1), bad])
    assert response.status_code == 400
    assert "verb.id" in response.json()["message"]
    assert Statement.objects.count() == 0
    assert not Event.objects.exists()


def test_the_same_id_twice_in_one_batch_is_400(api):
    sent = statement()
    assert api.post([sent, sent]).status_code == 400


def test_invalid_json_is_400(api):
    response = api.post('{"actor": ')
    assert response.status_code == 400
    assert "JSON" in response.json()["message"]


def test_a_body_that_is_not_json_content_is_400(api):
    response = api.post(json.dumps(statement()), content_type="text/plain")
    assert response.status_code == 400
    assert "application/json" in response.json()["message"]
    form = api.post("a=b", content_type="application/x-www-form-urlencoded")
    assert form.status_code == 400


def test_a_body_over_the_limit_is_413(api, settings):
    settings.XAPI_MAX_BODY_BYTES = 2000
    response = api.post([statement(n) for n in range(20)])
    assert response.status_code == 413
    assert Statement.objects.count() == 0


def test_put_stores_under_the_statement_id_and_answers_204(api):
    sent = statement()
    sid = sent.pop("id")
    response = api.put(sent, sid)
    assert response.status_code == 204
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert Statement.objects.filter(id=sid).exists()
    assert api.put(sent, sid).status_code == 204  # the same again: nothing changes
    assert Statement.objects.count() == 1


def test_put_with_another_id_in_the_body_is_400(api):
    sent = statement()
    response = api.put(sent, str(uuid.uuid4()))
    assert response.status_code == 400
    assert "statementId" in response.json()["message"]


def test_put_of_a_different_statement_under_a_taken_id_is_409(api):
    sent = statement(1)
    api.put(sent, sent["id"])
    assert api.put({**statement(2), "id": sent["id"]}, sent["id"]).status_code == 409


def test_put_without_statement_id_is_400(api):
    response = api.http.put(
        "/xapi/statements",
        json.dumps(statement()),
        content_type="application/json",
        headers=api.headers,
    )
    assert response.status_code == 400
    assert "statementId" in response.json()["message"]


def test_a_voiding_statement_voids_and_a_voiding_of_a_voiding_is_400(api):
    target = statement()
    api.post(target)
    voiding = statement(
        verb={"id": "http://adlnet.gov/expapi/verbs/voided"},
        object={"objectType": "StatementRef", "id": target["id"]},
    )
    assert api.post(voiding).status_code == 200
    assert Statement.objects.get(id=target["id"]).voided
    again = statement(
        verb={"id": "http://adlnet.gov/expapi/verbs/voided"},
        object={"objectType": "StatementRef", "id": voiding["id"]},
    )
    assert api.post(again).status_code == 400


def test_csrf_does_not_apply_to_the_basic_auth_api(api):
    from django.test import Client

    api.http = Client(enforce_csrf_checks=True)
    assert api.post(statement()).status_code == 200


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"context": None}, "context"),
        ({"object": {"mbox": "mailto:a@example.org"}}, "objectType"),
        ({"result": {"duration": "P4W1D"}}, "duration"),
        (
            {"object": {"id": "http://x.y/q", "definition": {"choices": [{"id": "a"}]}}},
            "interactionType",
        ),
        (
            {
                "authority": {
                    "objectType": "Group",
                    "member": [{"mbox": "mailto:a@example.org"}],
                }
            },
            "authority",
        ),
    ],
)
def test_statements_breaking_the_1_0_3_rules_are_400(api, change, field):
    response = api.post({**statement(), **change})
    assert response.status_code == 400
    assert field in response.json()["message"]


def _form(api, method, fields):
    from urllib.parse import urlencode

    return api.http.post(
        f"/xapi/statements?method={method}",
        urlencode({**fields, "Authorization": api.headers["Authorization"]}),
        content_type="application/x-www-form-urlencoded",
        headers={"X-Experience-API-Version": "1.0.3"},
    )


def test_the_alternate_syntax_puts_and_gets(api):
    sent = statement()
    put = _form(
        api,
        "PUT",
        {
            "statementId": sent["id"],
            "content": json.dumps(sent),  # Content-Type left out: the content is JSON
        },
    )
    assert put.status_code == 204
    got = _form(api, "GET", {"statementId": sent["id"]})
    assert got.status_code == 200 and got.json()["id"] == sent["id"]


def test_the_alternate_syntax_needs_content_and_only_the_method_parameter(api):
    sent = statement()
    missing = _form(api, "PUT", {"statementId": sent["id"], "Content-Type": "application/json"})
    assert missing.status_code == 400
    assert "content" in missing.json()["message"]
    extra = api.http.post(
        "/xapi/statements?method=GET&verb=http://x.y/v",
        "a=b",
        content_type="application/x-www-form-urlencoded",
        headers=api.headers,
    )
    assert extra.status_code == 400


def test_a_post_costs_the_same_queries_for_1_or_100_statements(api, writer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    api.post(statement())  # notes last_used_at, so it is not written again below
    counts = []
    for size in (1, 100):
        with CaptureQueriesContext(connection) as queries:
            assert api.post([statement(n) for n in range(size)]).status_code == 200
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1] <= 10, counts
    assert Statement.objects.count() == 102
