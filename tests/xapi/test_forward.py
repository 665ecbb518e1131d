"""Forwarding to a real LRS (Ralph, from PyPI) through a fault proxy: what is stored
arrives under its own id and validates, and whatever the target does (500, a timeout after
it stored the batch, down for the whole run, a 400, a wrong password) each run ends
reconciled by statement id once the relay catches up. Time is driven by making the pending
deliveries due, never by sleeping through the backoff."""

from datetime import timedelta

import pytest
import requests
import time_machine
from django.test import TestCase
from django.utils import timezone

from learning.models import Delivery, ForwardTarget, Statement
from learning.outbox import BACKOFF_SECONDS, deliveries_replay, outbox_drain
from learning.xapi.forward import CONSUMER
from learning.xapi.schema import statement_validate
from tests import factories
from tests.xapi.forwarding import journey, make_due, reconcile, statements

pytestmark = pytest.mark.lrs


@pytest.fixture
def learner(db):
    return factories.person()


def forward_rows():
    return Delivery.objects.filter(consumer=CONSUMER)


def test_a_learners_journey_arrives_in_ralph_under_its_ids_and_validates(
    ralph, proxy, target, learner
):
    ids = journey(learner)

    assert forward_rows().count() == len(ids)  # one per event, committed with it
    outbox_drain()

    assert set(forward_rows().values_list("state", flat=True)) == {"delivered"}
    assert proxy.posts() == [len(ids)]  # the due deliveries of one target: one POST
    reconcile(ralph, learner, ids)
    for sid in ids:
        ours = Statement.objects.get(id=sid).data
        theirs = ralph.statement(sid)
        statement_validate(theirs)  # what Ralph holds is valid xAPI 1.0.3
        for key in ("id", "actor", "verb", "object", "context", "timestamp"):
            assert theirs[key] == ours[key], key
        assert theirs.get("result") == ours.get("result")


def test_a_500_is_retried_on_the_schedule_and_the_run_reconciles(ralph, proxy, target, learner):
    proxy.mode = "error"
    ids = journey(learner, lessons=1, questions=1)
    before = timezone.now()
    outbox_drain()

    rows = list(forward_rows())
    assert {r.state for r in rows} == {"pending"}
    assert all("HTTP 500" in r.last_error and "injected failure" in r.last_error for r in rows)
    first_wait = min(r.next_attempt_at for r in rows) - before
    assert timedelta(seconds=BACKOFF_SECONDS[0] - 1) < first_wait <= timedelta(seconds=11)
    assert outbox_drain() == 0  # not due yet

    proxy.mode = "pass"
    make_due()
    outbox_drain()

    assert set(forward_rows().values_list("state", flat=True)) == {"delivered"}
    reconcile(ralph, learner, ids)


def test_a_timeout_after_the_lrs_stored_the_batch_never_sends_a_copy(ralph, proxy, target, learner):
    """The worst timeout: Ralph stored the batch, the answer came too late. The retry
    sends the same statements under the same ids; Ralph still has one copy of each."""
    proxy.mode, proxy.delay = "late", 2.5  # XAPI_FORWARD_TIMEOUT is 1 s here
    ids = statements(learner, 3) + statements(learner, 2)
    outbox_drain()

    assert all("timed out" in r.last_error for r in forward_rows())
    assert sorted(ralph.ids_about(str(learner.xapi_key))) == sorted(ids)  # it did arrive

    proxy.mode = "pass"
    make_due()
    outbox_drain()

    assert set(forward_rows().values_list("state", flat=True)) == {"delivered"}
    reconcile(ralph, learner, ids)


def test_a_409_falls_back_to_put_by_id_and_counts_the_same_id_as_delivered(
    ralph, proxy, target, learner
):
    """Ralph already holds one statement of the batch under its id (sent before a crash,
    as the LRS serialised it): the POST meets 409, each statement is PUT by id, the 409
    for the one it holds is checked with a GET, and all are delivered, none twice."""
    ids = statements(learner, 3)
    first = Statement.objects.get(id=ids[0]).data
    early = {k: first[k] for k in ("id", "actor", "verb", "object")}  # no timestamp: differs
    answer = requests.post(
        ralph.endpoint + "statements",
        json=[early],
        auth=(ralph.username, ralph.password),
        headers={"X-Experience-API-Version": "1.0.3"},
        timeout=10,
    )
    assert answer.status_code == 200

    outbox_drain()

    assert set(forward_rows().values_list("state", flat=True)) == {"delivered"}
    methods = [m for m, _n in proxy.requests]
    assert sorted(methods) == ["GET", "POST", "PUT", "PUT", "PUT"]
    reconcile(ralph, learner, ids)


def test_a_different_statement_under_our_id_in_the_lrs_is_dead_not_delivered(
    ralph, proxy, target, learner
):
    ids = statements(learner, 1)
    other = {
        "id": ids[0],
        "actor": {"mbox": "mailto:someone-else@example.org"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/failed"},
        "object": {"id": "https://elsewhere.example/activity"},
    }
    requests.post(
        ralph.endpoint + "statements",
        json=[other],
        auth=(ralph.username, ralph.password),
        headers={"X-Experience-API-Version": "1.0.3"},
        timeout=10,
    ).raise_for_status()

    outbox_drain()

    [row] = forward_rows()
    assert row.state == "dead"
    assert "a different statement under id" in row.last_error


def test_a_target_down_for_the_whole_run_gets_everything_when_it_is_back(
    ralph, proxy, target, learner
):
    proxy.down()
    ids = []
    for _attempt in range(4):  # statements keep coming; every attempt is refused
        ids += journey(learner, lessons=1, questions=1)
        make_due()
        outbox_drain()
    rows = list(forward_rows())
    assert {r.state for r in rows} == {"pending"}
    assert max(r.attempts for r in rows) == 4
    assert all("ConnectionError" in r.last_error for r in rows)

    proxy.up()
    make_due()
    outbox_drain()

    assert set(forward_rows().values_list("state", flat=True)) == {"delivered"}
    reconcile(ralph, learner, ids)


def test_statements_linger_and_go_in_posts_of_at_most_100(ralph, proxy, target, learner, settings):
    settings.XAPI_FORWARD_LINGER_SECONDS = 5
    outbox_drain()  # the set-up's own events (the learner joining a unit)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        ids = statements(learner, 120)
        clock.shift(2)
        ids += statements(learner, 120) + statements(learner, 10)
        assert outbox_drain() == 0  # lingering: nothing is sent on the first kick

        clock.shift(3.5)  # the first delivery is due: the others go with it
        outbox_drain()

    assert set(forward_rows().values_list("state", flat=True)) == {"delivered"}
    assert proxy.posts() == [100, 100, 50]
    reconcile(ralph, learner, ids)


def test_only_the_statements_a_target_asks_for_are_forwarded(ralph, proxy, target, learner):
    target.verbs = ["http://adlnet.gov/expapi/verbs/completed"]
    target.save()
    ids = journey(learner, lessons=2, questions=1)
    outbox_drain()

    completed = list(
        Statement.objects.filter(id__in=ids, verb_id=target.verbs[0]).values_list("id", flat=True)
    )
    assert len(completed) == 3  # two lessons and the module
    assert forward_rows().count() == 3  # events with nothing it wants get no delivery
    reconcile(ralph, learner, [str(i) for i in completed])


@pytest.mark.parametrize(
    "actor_format, marker",
    [
        (ForwardTarget.ActorFormat.EMPLOYEE_NUMBER, "employee_number"),
        (ForwardTarget.ActorFormat.MBOX, "email"),
    ],
)
def test_the_actor_is_sent_in_the_targets_format_and_stored_opaque(
    ralph, proxy, target, learner, actor_format, marker, settings
):
    settings.XAPI_EMPLOYEE_HOMEPAGE = "https://hr.testby.example"
    target.actor_format = actor_format
    target.save()
    ids = statements(learner, 2)
    outbox_drain()

    value = learner.employee_number if marker == "employee_number" else learner.user.email
    reconcile(ralph, learner, ids, marker=value)
    actor = ralph.statement(ids[0])["actor"]
    if marker == "employee_number":
        assert actor["account"] == {"homePage": "https://hr.testby.example", "name": value}
    else:
        assert actor["mbox"] == f"mailto:{value}"
    stored = Statement.objects.get(id=ids[0]).data["actor"]
    assert stored["account"]["name"] == str(learner.xapi_key)  # ours stays opaque


def test_a_400_dead_letters_with_the_lrs_answer_and_the_replay_delivers(
    ralph, proxy, target, learner, client
):
    proxy.mode, proxy.status = "error", 400
    proxy.body = '{"detail": "statement refused by the municipality policy"}'
    ids = statements(learner, 2)
    outbox_drain()

    [row] = forward_rows()
    assert row.state == "dead" and row.attempts == 1  # no retry of a refused request
    assert "HTTP 400" in row.last_error and "municipality policy" in row.last_error

    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    report = client.get("/django-admin/learning/forwardtarget/").content.decode()
    link = f"/django-admin/learning/delivery/?consumer__exact=xapi.forward&amp;target={target.pk}"
    assert link in report
    dead = client.get(link.replace("&amp;", "&") + "&state__exact=dead").content.decode()
    assert "municipality policy" in dead

    proxy.mode = "pass"  # the municipality fixed its policy
    with TestCase.captureOnCommitCallbacks(execute=True):  # the action kicks the relay
        client.post(
            "/django-admin/learning/delivery/", {"action": "replay", "_selected_action": [row.pk]}
        )

    assert forward_rows().get().state == "delivered"
    reconcile(ralph, learner, ids)


def test_a_wrong_password_dead_letters_and_a_new_one_entered_in_the_admin_fixes_it(
    ralph, proxy, target, learner, client
):
    from learning.xapi.secrets import secret_encrypt

    target.secret_encrypted = secret_encrypt("not-the-password")
    target.save()
    ids = statements(learner, 1)
    outbox_drain()
    [row] = forward_rows()
    assert row.state == "dead" and "HTTP 401" in row.last_error

    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = f"/django-admin/learning/forwardtarget/{target.pk}/change/"
    form = client.get(url).content.decode()
    assert ralph.password not in form and target.secret_encrypted not in form
    fields = {
        "name": target.name,
        "endpoint": target.endpoint,
        "username": target.username,
        "version": "1.0.3",
        "actor_format": "account",
        "verbs": "[]",
        "activity_prefixes": "[]",
        "active": "on",
    }
    assert client.post(url, {**fields, "password": ralph.password}).status_code == 302
    target.refresh_from_db()
    assert ralph.password not in target.secret_encrypted  # encrypted at rest
    assert client.post(url, {**fields, "password": ""}).status_code == 302
    assert ForwardTarget.objects.get().secret_encrypted == target.secret_encrypted  # kept

    deliveries_replay(consumer=CONSUMER)
    outbox_drain()

    assert forward_rows().get().state == "delivered"
    reconcile(ralph, learner, ids)


def test_the_report_counts_per_target_in_one_query(
    target, learner, client, django_assert_max_num_queries
):
    other = ForwardTarget.objects.create(name="Other", endpoint="http://127.0.0.1:9/xAPI/")
    statements(learner, 1)
    statements(learner, 1)
    Delivery.objects.filter(target=str(target.pk)).update(state="delivered")
    first = Delivery.objects.filter(target=str(other.pk)).first()
    Delivery.objects.filter(pk=first.pk).update(state="dead")
    Delivery.objects.filter(target=str(other.pk), state="pending").update(
        created_at=timezone.now() - timedelta(minutes=7)
    )
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)

    with django_assert_max_num_queries(12):  # the same with any number of targets
        page = client.get("/django-admin/learning/forwardtarget/").content.decode()

    assert '<td class="field-delivered">2</td>' in page
    assert '<td class="field-pending">1</td>' in page
    assert "7m 0" in page  # the oldest pending waits 7 minutes
    assert f"target={other.pk}&amp;state__exact=dead" in page


def test_statements_a_client_posted_are_forwarded_as_posted(ralph, proxy, target, learner):
    """What /xapi/statements stores (event "xapi.statements_received") is forwarded too,
    the client's own actor untouched, under the client's id."""
    from learning.xapi.store import statements_store
    from tests.xapi.forwarding import transaction_event

    sid = "6f1c2a9e-0d4b-4c3e-9a1f-2b7d5e8c4a10"
    posted = {
        "id": sid,
        "actor": {"mbox": f"mailto:{learner.xapi_key}@content.example"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "https://content.example/unit/1"},
    }
    with transaction_event("xapi.statements_received", sid) as event:
        statements_store([posted], event=event)
    outbox_drain()

    assert forward_rows().get().state == "delivered"
    reconcile(ralph, learner, [sid])
    assert ralph.statement(sid)["actor"] == posted["actor"]


def test_a_voiding_statement_follows_the_statement_it_voids(ralph, proxy, target, learner):
    from learning.xapi import vocabulary
    from learning.xapi.store import account_actor
    from tests.xapi.forwarding import record

    target.activity_prefixes = [vocabulary.activity_iri("lesson", "")]
    target.save()
    [voided] = statements(learner, 1)
    voiding = record(
        learner,
        "attempt.voided",
        f"void:{voided}",
        [
            {
                "actor": account_actor(learner.xapi_key),
                "verb": vocabulary.verb("voided"),
                "object": {"objectType": "StatementRef", "id": voided},
            }
        ],
    )
    outbox_drain()

    assert forward_rows().count() == 2  # the prefix filter let the voiding through
    reconcile(ralph, learner, [voided, *voiding])


def test_a_learners_journey_through_the_services_arrives_in_ralph(ralph, proxy, target, tree):
    """The real path: services record events, the ``xapi`` consumer builds and stores their
    statements, forwarding sends them."""
    from learning.enrolments import enrolment_create
    from learning.xapi.builders import statement_builders
    from tests.modules import pages

    assert "lesson.completed" in statement_builders()
    module = pages.module(pages.catalogue(), "Neglect", lessons=2)
    learner = factories.person(units=[tree["daycare"]])
    with pages.committed():
        enrolment = enrolment_create(person=learner, module_key=module.translation_key)
        for lesson in module.lessons():
            pages.lesson_done(enrolment, lesson)
    for _round in range(3):  # events → statements → forwarding
        make_due()
        outbox_drain()

    ids = [str(i) for i in Statement.objects.filter(person=learner).values_list("id", flat=True)]
    assert len(ids) >= 3  # registered, and each lesson at least
    assert not forward_rows().exclude(state="delivered").exists()
    reconcile(ralph, learner, ids)
    for sid in ids:
        statement_validate(ralph.statement(sid))
