"""GET /xapi/statements and /xapi/about as an LRS client sees them: by id, every filter,
paging with ``more``, formats, voiding, the version and consistency headers."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.models import Statement, StatementClient
from tests.xapi.conftest import XapiHttp, statement

pytestmark = pytest.mark.django_db

VOIDED = "http://adlnet.gov/expapi/verbs/voided"


def _ids(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [s["id"] for s in response.json()["statements"]]


def _all_pages(api, params) -> tuple[list[str], int]:
    """Every id, following ``more`` until it is empty; and how many pages it took."""
    response = api.get(params=params)
    ids, pages = _ids(response), 1
    while more := response.json()["more"]:
        assert more.startswith("/xapi/statements?more=")
        response = api.get(more)
        ids += _ids(response)
        pages += 1
    return ids, pages


def test_about_answers_the_versions_without_credentials(client):
    response = client.get("/xapi/about")
    assert response.status_code == 200
    assert "1.0.3" in response.json()["version"]
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_statements_need_a_1_0_x_version_header(api):
    api.headers.pop("X-Experience-API-Version")
    missing = api.get()
    assert missing.status_code == 400
    assert "X-Experience-API-Version" in missing.json()["message"]
    assert missing["X-Experience-API-Version"] == "1.0.3"
    assert api.get(**{"X-Experience-API-Version": "0.95"}).status_code == 400
    assert api.get(**{"X-Experience-API-Version": "2.0.0"}).status_code == 400
    assert api.get(**{"X-Experience-API-Version": "1.0"}).status_code == 200
    assert api.get(**{"X-Experience-API-Version": "1.0.1"}).status_code == 200


def test_a_statement_reads_back_by_id_with_last_modified(api, writer):
    sent = statement()
    api.post(sent)
    response = api.get(params={"statementId": sent["id"]})
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == sent["id"] and body["verb"] == sent["verb"]
    assert body["authority"]["account"]["name"] == writer[1].key
    assert response["Last-Modified"].endswith("GMT")
    assert response["X-Experience-API-Consistent-Through"]
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_an_unknown_id_is_404_and_a_malformed_one_400(api):
    missing = api.get(params={"statementId": str(uuid.uuid4())})
    assert missing.status_code == 404
    assert "no statement" in missing.json()["message"]
    assert api.get(params={"statementId": "not-a-uuid"}).status_code == 400


def test_statement_id_with_other_filters_is_refused(api):
    response = api.get(params={"statementId": str(uuid.uuid4()), "verb": "http://x.y/v"})
    assert response.status_code == 400
    both = {"statementId": str(uuid.uuid4()), "voidedStatementId": str(uuid.uuid4())}
    assert api.get(params=both).status_code == 400
    assert api.get(params={"statementId": str(uuid.uuid4()), "format": "ids"}).status_code == 404


def test_unknown_and_malformed_parameters_are_400_naming_them(api):
    assert "colour" in api.get(params={"colour": "red"}).json()["message"]
    for name, value in [
        ("verb", "not an iri"),
        ("activity", "lesson 1"),
        ("registration", "nope"),
        ("since", "yesterday"),
        ("limit", "-1"),
        ("ascending", "maybe"),
        ("format", "pretty"),
        ("agent", "mailto:a@b.c"),
        ("agent", json.dumps({"name": "no identifier"})),
    ]:
        response = api.get(params={name: value})
        assert response.status_code == 400, (name, value)
        assert name in response.json()["message"], (name, response.json())
        assert "pydantic" not in response.json()["message"]


def test_a_voided_statement_is_read_only_through_voided_statement_id(api):
    target = statement()
    api.post(target)
    voiding = statement(
        verb={"id": VOIDED, "display": {"en-US": "voided"}},
        object={"objectType": "StatementRef", "id": target["id"]},
    )
    assert api.post(voiding).status_code == 200

    assert api.get(params={"statementId": target["id"]}).status_code == 404
    voided = api.get(params={"voidedStatementId": target["id"]})
    assert voided.status_code == 200 and voided.json()["id"] == target["id"]
    # a statement that is not voided is not found under voidedStatementId
    assert api.get(params={"voidedStatementId": voiding["id"]}).status_code == 404
    listed = _ids(api.get())
    assert target["id"] not in listed and voiding["id"] in listed


def test_each_filter_selects_only_its_statements(api):
    registration = str(uuid.uuid4())
    a = statement(1, context={"registration": registration})
    b = statement(2, verb={"id": "http://adlnet.gov/expapi/verbs/attempted"})
    c = statement(3, actor={"account": {"homePage": "https://lms.example", "name": "p-7"}})
    api.post([a, b, c])

    agent = json.dumps({"mbox": "mailto:learner1@example.org"})
    assert _ids(api.get(params={"agent": agent})) == [a["id"]]
    account = json.dumps({"account": {"homePage": "https://lms.example", "name": "p-7"}})
    assert _ids(api.get(params={"agent": account})) == [c["id"]]
    attempted = "http://adlnet.gov/expapi/verbs/attempted"
    assert _ids(api.get(params={"verb": attempted})) == [b["id"]]
    lesson_3 = "https://lms.example/xapi/activities/lesson/3"
    assert _ids(api.get(params={"activity": lesson_3})) == [c["id"]]
    assert _ids(api.get(params={"registration": registration})) == [a["id"]]
    assert _ids(api.get(params={"registration": str(uuid.uuid4())})) == []
    combined = {"agent": agent, "verb": attempted}
    assert _ids(api.get(params=combined)) == []


def test_since_is_exclusive_and_until_inclusive_on_stored(api):
    first, second, third = statement(1), statement(2), statement(3)
    for s in (first, second, third):
        api.post(s)
    stored = {
        str(row.id): row.stored
        for row in Statement.objects.filter(id__in=[first["id"], second["id"], third["id"]])
    }
    middle = stored[second["id"]].isoformat()
    assert _ids(api.get(params={"since": middle})) == [third["id"]]
    assert _ids(api.get(params={"until": middle})) == [second["id"], first["id"]]
    assert _ids(api.get(params={"since": stored[first["id"]].isoformat(), "until": middle})) == [
        second["id"]
    ]
    zulu = stored[first["id"]].astimezone().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert api.get(params={"since": zulu}).status_code == 200


def test_newest_first_by_default_and_oldest_first_when_ascending(api):
    sent = [statement(n) for n in range(3)]
    for s in sent:
        api.post(s)
    assert _ids(api.get()) == [s["id"] for s in reversed(sent)]
    assert _ids(api.get(params={"ascending": "true"})) == [s["id"] for s in sent]


@pytest.mark.parametrize("ascending", ["false", "true"])
def test_paging_with_more_returns_everything_once_across_stored_ties(api, ascending):
    # one batch shares one stored time: pages must break inside the tie
    batches = [[statement(n * 10 + k) for k in range(5)] for n in range(3)]
    for batch in batches:
        api.post(batch)
    everything = {s["id"] for batch in batches for s in batch}

    ids, pages = _all_pages(api, {"limit": 2, "ascending": ascending})

    assert len(ids) == len(set(ids)) == 15
    assert set(ids) == everything
    assert pages == 8
    assert _ids(api.get(params={"ascending": ascending})) == ids


def test_paging_keeps_the_filters_and_the_format(api):
    wanted = [statement(n) for n in range(5)]
    other = [
        statement(n, verb={"id": "http://adlnet.gov/expapi/verbs/attempted"}) for n in range(5)
    ]
    api.post(wanted + other)
    ids, _ = _all_pages(
        api, {"verb": "http://adlnet.gov/expapi/verbs/completed", "limit": 2, "format": "ids"}
    )
    assert sorted(ids) == sorted(s["id"] for s in wanted)
    page = api.get(params={"verb": "http://adlnet.gov/expapi/verbs/completed", "limit": 2})
    follow = api.get(page.json()["more"], params=None)
    assert all(s["verb"]["id"].endswith("completed") for s in follow.json()["statements"])


def test_a_statement_stored_while_paging_does_not_shift_the_pages(api):
    api.post([statement(n) for n in range(4)])
    first = api.get(params={"limit": 2})
    api.post(statement(99))  # newer: it belongs before the first page, not in the next
    rest = api.get(first.json()["more"])
    assert len(set(_ids(first)) | set(_ids(rest))) == 4
    assert rest.json()["more"] == ""


def test_a_forged_or_mixed_more_cursor_is_refused(api):
    api.post([statement(n) for n in range(3)])
    more = api.get(params={"limit": 1}).json()["more"]
    assert api.get(more[:-3] + "abc").status_code == 400
    assert api.get(more + "&verb=http://x.y/z").status_code == 400


def test_limit_zero_means_the_server_maximum(api, settings):
    settings.XAPI_MAX_LIMIT = 3
    api.post([statement(n) for n in range(5)])
    page = api.get(params={"limit": 0})
    assert len(_ids(page)) == 3 and page.json()["more"]
    assert len(_ids(api.get(params={"limit": 50}))) == 3


def test_consistent_through_is_a_recent_timestamp_before_now(api):
    response = api.get()
    through = datetime.fromisoformat(response["X-Experience-API-Consistent-Through"])
    now = datetime.now(through.tzinfo)
    assert now - timedelta(seconds=10) < through <= now


def test_format_ids_keeps_identifiers_and_canonical_one_language(api):
    sent = statement()
    api.post(sent)
    ids = api.get(params={"statementId": sent["id"], "format": "ids"}).json()
    assert ids["actor"] == {"mbox": "mailto:learner0@example.org"}
    assert ids["verb"] == {"id": sent["verb"]["id"]}
    assert ids["object"] == {"id": sent["object"]["id"]}

    canonical = api.get(
        params={"statementId": sent["id"], "format": "canonical"}, **{"Accept-Language": "da"}
    ).json()
    assert canonical["verb"]["display"] == {"da": "gennemførte"}
    assert canonical["object"]["definition"]["name"] == {"da": "Lektion 0"}
    exact = api.get(params={"statementId": sent["id"]}).json()
    assert exact["verb"]["display"] == sent["verb"]["display"]


def test_attachments_true_answers_multipart_with_the_statements_first(api):
    sent = statement()
    api.post(sent)
    assert api.get(params={"attachments": "false"})["Content-Type"].startswith("application/json")
    response = api.get(params={"statementId": sent["id"], "attachments": "true"})
    assert response.status_code == 200
    kind = response["Content-Type"]
    assert kind.startswith("multipart/mixed; boundary=")
    boundary = kind.split("boundary=")[1].strip('"')
    parts = response.content.decode().split(f"--{boundary}")
    head, _, body = parts[1].partition("\r\n\r\n")
    assert "Content-Type: application/json" in head
    assert json.loads(body)["id"] == sent["id"]
    assert parts[-1].startswith("--")
    assert api.get(params={"attachments": "yes"}).status_code == 400


def test_head_answers_like_get_without_a_body(api):
    api.post(statement())
    response = api.http.head("/xapi/statements", headers=api.headers)
    assert response.status_code == 200
    assert response.content == b""
    assert response["X-Experience-API-Consistent-Through"]


def test_a_filtered_get_is_one_statement_query_without_count_or_offset(api, writer):
    api.post([statement(n) for n in range(30)])
    StatementClient.objects.filter(pk=writer[1].pk).update(last_used_at=datetime.now().astimezone())
    agent = json.dumps({"mbox": "mailto:learner3@example.org"})
    with CaptureQueriesContext(connection) as queries:
        response = api.get(params={"agent": agent, "limit": 10})
        follow = api.get(params={"verb": "http://adlnet.gov/expapi/verbs/completed", "limit": 10})
        api.get(follow.json()["more"])
    assert response.status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    # per request: the client's credentials, the statements; nothing else
    assert len(sql) == 6, sql
    statement_queries = [q for q in sql if '"learning_statement"' in q.split("FROM")[1]]
    assert len(statement_queries) == 3
    assert not any("COUNT(" in q.upper() or "OFFSET" in q.upper() for q in sql)


def test_a_filtered_get_uses_an_index(api):
    api.post([statement(n) for n in range(20)])
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM learning_statement WHERE NOT voided AND verb_id = %s "
            "ORDER BY stored DESC, id DESC LIMIT 11",
            ["http://adlnet.gov/expapi/verbs/completed"],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = on")
    assert "statement_verb" in plan or "statement_stored" in plan, plan


def test_read_mine_sees_only_what_it_stored(api, db):
    from learning.xapi.auth import client_create

    mine = client_create(name="content", scopes=["statements/write", "statements/read/mine"])
    content = XapiHttp(mine.client.key, mine.secret)
    theirs, own = statement(1), statement(2)
    api.post(theirs)
    content.post(own)

    assert _ids(content.get()) == [own["id"]]
    assert content.get(params={"statementId": theirs["id"]}).status_code == 404
    assert content.get(params={"statementId": own["id"]}).status_code == 200
    assert set(_ids(api.get())) == {theirs["id"], own["id"]}
    # a cursor made for one client is not another's way round its scope
    api.post([statement(n) for n in range(3)])
    more = api.get(params={"limit": 1}).json()["more"]
    assert content.get(more).status_code == 400


def test_consistent_through_is_sent_with_errors_too(api):
    for params in ({"statementId": str(uuid.uuid4())}, {"verb": "bad"}):
        response = api.get(params=params)
        assert response.status_code in (400, 404)
        assert datetime.fromisoformat(response["X-Experience-API-Consistent-Through"])


def test_related_activities_finds_the_activity_in_the_context(api):
    course = "https://lms.example/xapi/activities/course/1"
    inside = statement(1, context={"contextActivities": {"parent": {"id": course}}})
    about_it = statement(2, object={"id": course})
    elsewhere = statement(3)
    api.post([inside, about_it, elsewhere])

    assert _ids(api.get(params={"activity": course})) == [about_it["id"]]
    related = _ids(api.get(params={"activity": course, "related_activities": "true"}))
    assert set(related) == {inside["id"], about_it["id"]}
    # a single context activity is kept, and returned, as a list of one
    stored = api.get(params={"statementId": inside["id"]}).json()
    assert stored["context"]["contextActivities"]["parent"] == [{"id": course}]


def test_related_agents_finds_the_agent_as_instructor_or_object(api):
    teacher = {"objectType": "Agent", "mbox": "mailto:teacher@example.org"}
    taught = statement(1, context={"instructor": teacher})
    met = statement(2, object=teacher)
    own = statement(3, actor={"mbox": "mailto:teacher@example.org"})
    api.post([taught, met, own, statement(4)])

    agent = json.dumps({"mbox": "mailto:teacher@example.org"})
    assert _ids(api.get(params={"agent": agent})) == [own["id"]]
    related = _ids(api.get(params={"agent": agent, "related_agents": "true"}))
    assert set(related) == {taught["id"], met["id"], own["id"]}
