"""The built-in statement store: validated, completed, idempotent by id, voiding."""

import uuid

import pytest

from learning.models import Statement
from learning.xapi.schema import StatementInvalid
from learning.xapi.store import StatementConflict, statement_get, statements_store

pytestmark = pytest.mark.django_db


def _statement(**extra):
    return {
        "actor": {"account": {"homePage": "https://lms.example", "name": "p-1"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en": "done"}},
        "object": {"id": "https://lms.example/xapi/activities/lesson/1"},
        **extra,
    }


def test_a_stored_statement_reads_back_with_what_the_store_adds():
    sid = str(uuid.uuid4())
    [stored_id] = statements_store([_statement(id=sid)])
    data = statement_get(stored_id)
    assert stored_id == sid
    assert data["version"] == "1.0.3"
    assert data["stored"] and data["timestamp"]
    assert data["authority"]["account"]["name"] == "platform"


def test_storing_the_same_statement_again_changes_nothing():
    sid = str(uuid.uuid4())
    statements_store([_statement(id=sid)])
    statements_store([_statement(id=sid)])
    assert Statement.objects.filter(id=sid).count() == 1


def test_a_different_statement_under_a_taken_id_is_refused():
    sid = str(uuid.uuid4())
    statements_store([_statement(id=sid)])
    with pytest.raises(StatementConflict):
        statements_store([_statement(id=sid, result={"success": True})])


def test_a_batch_with_one_bad_statement_stores_none_of_it():
    good = _statement(id=str(uuid.uuid4()))
    bad = _statement(verb={"id": "not an iri"})
    with pytest.raises(StatementInvalid, match=r"verb\.id"):
        statements_store([good, bad])
    assert not Statement.objects.exists()


@pytest.mark.parametrize(
    "change, field",
    [
        ({"actor": {"mbox": "someone@example.org"}}, "mbox"),
        ({"actor": {"account": {"homePage": "x", "name": "a"}, "mbox": "mailto:a@b.dk"}}, "actor"),
        ({"result": {"score": {"scaled": 1.5}}}, "scaled"),
        ({"result": {"duration": "3 minutes"}}, "duration"),
        ({"timestamp": "2026-12-02T10:00:00"}, "time zone"),
        ({"context": {"registration": "not-a-uuid"}}, "registration"),
        ({"verb": {"id": "http://adlnet.gov/expapi/verbs/x", "display": {"!!": "x"}}}, "language"),
        ({"unknown": 1}, "unknown"),
    ],
)
def test_bad_statements_are_refused_with_the_field_named(change, field):
    with pytest.raises(StatementInvalid, match=field):
        statements_store([_statement(**change)])


def test_voiding_marks_the_target_and_a_voiding_statement_cannot_be_voided():
    target = str(uuid.uuid4())
    statements_store([_statement(id=target)])
    voiding = str(uuid.uuid4())
    statements_store(
        [
            _statement(
                id=voiding,
                verb={"id": "http://adlnet.gov/expapi/verbs/voided"},
                object={"objectType": "StatementRef", "id": target},
            )
        ]
    )
    assert statement_get(target) is None
    assert statement_get(target, voided=True)["id"] == target
    with pytest.raises(StatementInvalid, match="cannot itself be voided"):
        statements_store(
            [
                _statement(
                    verb={"id": "http://adlnet.gov/expapi/verbs/voided"},
                    object={"objectType": "StatementRef", "id": voiding},
                )
            ]
        )


def test_a_voiding_statement_that_arrives_first_voids_its_target_when_it_comes():
    target = str(uuid.uuid4())
    statements_store(
        [
            _statement(
                verb={"id": "http://adlnet.gov/expapi/verbs/voided"},
                object={"objectType": "StatementRef", "id": target},
            )
        ]
    )
    statements_store([_statement(id=target)])
    assert statement_get(target) is None
    assert statement_get(target, voided=True)["id"] == target
