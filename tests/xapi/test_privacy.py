"""Privacy of the statement store: export and erasure of one person's statements, retention,
and pruning of the outbox, each audited and none touching anyone else's data."""

import json
import uuid
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from learning.events import event_record
from learning.models import Delivery, Event, Statement, StatementPrivacyAudit, User
from learning.xapi.privacy import (
    outbox_prune,
    statements_erase,
    statements_export,
    statements_retention_apply,
)
from learning.xapi.store import account_actor, statements_store
from tests import factories

pytestmark = pytest.mark.django_db


def _statement(person, **extra):
    return {
        "actor": account_actor(person.xapi_key),
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
        "object": {"id": f"https://lms.example/xapi/activities/lesson/{uuid.uuid4()}"},
        **extra,
    }


@pytest.fixture
def two_people(tree):
    ida = factories.person(units=[tree["daycare"]], email="ida@example.org")
    ole = factories.person(units=[tree["daycare"]])
    statements_store([_statement(ida), _statement(ida)], person=ida)
    # Content that posted a statement about Ida itself: no person link, her account as actor.
    statements_store([_statement(ida)])
    statements_store([_statement(ole)], person=ole)
    return ida, ole


def test_export_holds_every_statement_about_the_person_and_nothing_else(two_people):
    ida, _ole = two_people
    document = statements_export(person=ida, by=None, reason="DSAR 2026-114")

    assert len(document["statements"]) == 3
    assert {s["actor"]["account"]["name"] for s in document["statements"]} == {str(ida.xapi_key)}
    audit = StatementPrivacyAudit.objects.get()
    assert (audit.action, audit.subject, audit.count) == ("export", str(ida.xapi_key), 3)
    assert "ida@example.org" not in json.dumps(document)


def test_erasure_deletes_only_that_persons_statements_and_gives_a_new_xapi_id(two_people):
    ida, ole = two_people
    old_key = ida.xapi_key

    assert statements_erase(person=ida, by=ole.user, reason="Art. 17 request") == 3

    ida.refresh_from_db()
    assert ida.xapi_key != old_key
    assert Statement.objects.count() == 1
    assert Statement.objects.get().person == ole
    audit = StatementPrivacyAudit.objects.get()
    assert (audit.action, audit.subject, audit.count, audit.by) == (
        "erasure",
        str(old_key),
        3,
        ole.user,
    )


def test_no_reason_no_export_or_erasure(two_people):
    ida, _ = two_people
    with pytest.raises(ValidationError):
        statements_export(person=ida, by=None, reason="  ")
    with pytest.raises(ValidationError):
        statements_erase(person=ida, by=None, reason="")
    assert Statement.objects.count() == 4
    assert not StatementPrivacyAudit.objects.exists()


def test_retention_deletes_what_is_older_than_the_period_and_audits(two_people, settings):
    settings.XAPI_RETENTION_DAYS = 30
    ida, _ = two_people
    Statement.objects.filter(person=ida).update(stored=timezone.now() - timedelta(days=31))

    assert statements_retention_apply() == 2
    assert statements_retention_apply() == 0
    assert Statement.objects.count() == 2
    assert StatementPrivacyAudit.objects.get().action == "retention"

    settings.XAPI_RETENTION_DAYS = 0
    Statement.objects.update(stored=timezone.now() - timedelta(days=3650))
    assert statements_retention_apply() == 0
    assert Statement.objects.count() == 2


def test_prune_deletes_old_delivered_events_only(settings):
    from learning.events import consumer_register

    consumer_register("prune-test", kinds=["prune.test"], handler=lambda event, target: None)
    with transaction.atomic():
        events = [
            event_record(kind="prune.test", object_key=f"o:{n}", occurrence="1", payload={})
            for n in range(3)
        ]
    old = timezone.now() - timedelta(days=31)
    Event.objects.update(recorded_at=old)
    Delivery.objects.filter(event=events[0]).update(state="delivered")
    Delivery.objects.filter(event=events[1]).update(state="dead")  # kept for replay

    assert outbox_prune() == 1
    assert set(Event.objects.values_list("id", flat=True)) == {events[1].id, events[2].id}


def test_command_exports_and_erases_by_employee_number(two_people, tmp_path, capsys):
    ida, _ = two_people
    out = tmp_path / "ida.json"
    call_command("xapi_privacy", "export", person=ida.employee_number, reason="DSAR", output=out)
    assert len(json.loads(out.read_text())["statements"]) == 3
    call_command("xapi_privacy", "erase", person=ida.employee_number, reason="Art. 17")
    assert "Erased 3 statements." in capsys.readouterr().out
    with pytest.raises(CommandError, match="No person"):
        call_command("xapi_privacy", "erase", person="nobody", reason="x")


def test_admin_asks_for_a_reason_then_downloads_the_export(client, two_people):
    ida, ole = two_people
    User.objects.filter(pk=ole.user_id).update(is_superuser=True, is_staff=True)
    client.force_login(ole.user)
    url = reverse("admin:learning_person_changelist")
    action = {"action": "statements_export_action", "_selected_action": [ida.pk]}

    page = client.post(url, action)
    assert page.status_code == 200
    assert "Reason (kept in the audit, required)" in page.content.decode()
    assert not StatementPrivacyAudit.objects.exists()

    download = client.post(url, {**action, "confirm": "1", "reason": "DSAR 2026-114"})
    assert download["Content-Disposition"].startswith("attachment;")
    assert len(json.loads(download.content)["statements"]) == 3

    erase = {"action": "statements_erase_action", "_selected_action": [ida.pk], "confirm": "1"}
    client.post(url, {**erase, "reason": ""})
    assert Statement.objects.filter(person=ida).count() == 2  # no reason, nothing erased
    client.post(url, {**erase, "reason": "Art. 17"})
    assert not Statement.objects.filter(person=ida).exists()
    audit_page = client.get(reverse("admin:learning_statementprivacyaudit_changelist"))
    assert "Art. 17" in audit_page.content.decode()
