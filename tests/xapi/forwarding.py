"""Helpers of the forwarding tests: statements stored with an outbox event, as the
platform's builders (and /xapi/statements) store them, and the reconciliation by id."""

from __future__ import annotations

import contextlib
import uuid
from collections import Counter

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from learning.events import event_record
from learning.models import Delivery
from learning.xapi import vocabulary
from learning.xapi.forward import CONSUMER
from learning.xapi.store import account_actor, registration_for, statement_id, statements_store


def journey(person, *, lessons: int = 2, questions: int = 2) -> list[str]:
    """A learner's journey through one module, one event per step, each step's statements
    stored with its event in one transaction (as the ``xapi`` consumer does); returns the
    statement ids in order."""
    module = uuid.uuid4()
    registration = registration_for(f"{person.pk}-{module}")
    actor = account_actor(person.xapi_key)
    module_iri = vocabulary.activity_iri("module", module)

    def activity(kind, key, name):
        return {
            "objectType": "Activity",
            "id": vocabulary.activity_iri(kind, key),
            "definition": {
                "type": vocabulary.ACTIVITY_TYPES[kind],
                "name": {"da": f"{name} (da)", "en": name},
            },
        }

    def context():
        return {
            "registration": registration,
            "platform": vocabulary.platform(),
            "language": "da",
            "contextActivities": {"parent": [{"id": module_iri}]},
        }

    steps = [("module.enrolled", "registered", activity("module", module, "Neglect"), {})]
    for n in range(lessons):
        lesson = activity("lesson", f"{module}-{n}", f"Lesson {n}")
        steps.append(("lesson.experienced", "experienced", lesson, {}))
        steps.append(("lesson.completed", "completed", lesson, {"completion": True}))
    exam = activity("assessment", f"{module}-exam", "Final test")
    steps.append(("assessment.attempted", "attempted", exam, {}))
    for n in range(questions):
        question = activity("question", f"{module}-q{n}", f"Question {n}")
        steps.append(
            ("question.answered", "answered", question, {"response": "b", "success": True})
        )
    passed = {
        "score": {"scaled": 0.9, "raw": 9, "min": 0, "max": 10},
        "success": True,
        "completion": True,
        "duration": "PT12M30S",
    }
    steps.append(("assessment.passed", "passed", exam, passed))
    steps.append(("module.completed", "completed", activity("module", module, "Neglect"), {}))

    ids = []
    for n, (kind, verb, obj, result) in enumerate(steps):
        ids += record(
            person,
            kind,
            f"{module}:{n}",
            [
                {
                    "actor": actor,
                    "verb": vocabulary.verb(verb),
                    "object": obj,
                    "context": context(),
                    **({"result": result} if result else {}),
                }
            ],
        )
    return ids


def record(person, kind: str, key: str, statements: list[dict]) -> list[str]:
    """Record the event ``kind`` of ``key`` and store ``statements`` with it, in one
    transaction. The on-commit kick of the relay is left out: the test drains itself."""
    with transaction.atomic():
        event = event_record(
            kind=kind, object_key=key, occurrence="1", payload={"person": person.pk}
        )
        for part, statement in enumerate(statements):
            statement.setdefault("id", statement_id(event.id, str(part)))
        return statements_store(statements, event=event, person=person)


def statements(person, count: int, verb: str = "experienced", kind="lesson.experienced"):
    """``count`` statements about ``person`` in one event."""
    key = uuid.uuid4()
    return record(
        person,
        kind,
        f"bulk:{key}",
        [
            {
                "actor": account_actor(person.xapi_key),
                "verb": vocabulary.verb(verb),
                "object": {"id": vocabulary.activity_iri("lesson", f"{key}-{n}")},
            }
            for n in range(count)
        ],
    )


def make_due() -> int:
    """Drive time forward for the relay: every pending delivery is due now."""
    return Delivery.objects.filter(state=Delivery.State.PENDING).update(
        next_attempt_at=timezone.now()
    )


def reconcile(ralph, person, ids: list[str], marker: str | None = None) -> None:
    """Ralph holds every one of ``ids`` exactly once, under its own id, and nothing else
    about ``person`` (no copy under a new id)."""
    held = Counter(ralph.ids_about(marker or str(person.xapi_key)))
    missing = [i for i in ids if not held[i]]
    twice = [i for i, n in held.items() if n > 1]
    strangers = [i for i in held if i not in set(ids)]
    assert (missing, twice, strangers) == ([], [], []), "not reconciled by statement id"


def committed_statements(person, count: int, key: str) -> list[str]:
    """``count`` statements in one event, for a test (or process) whose transactions really
    commit: the on-commit kick of the relay goes through the broker."""
    with transaction.atomic():
        event = event_record(
            kind="lesson.experienced", object_key=key, occurrence="1", payload={"person": person.pk}
        )
        return statements_store(
            [
                {
                    "id": statement_id(event.id, str(n)),
                    "actor": account_actor(person.xapi_key),
                    "verb": vocabulary.verb("experienced"),
                    "object": {"id": vocabulary.activity_iri("lesson", f"{key}-{n}")},
                }
                for n in range(count)
            ],
            event=event,
            person=person,
        )


def forward_states() -> dict[str, int]:
    """How many forwarding deliveries are in each state."""
    rows = Delivery.objects.filter(consumer=CONSUMER).values_list("state").annotate(n=Count("pk"))
    return dict(rows)


@contextlib.contextmanager
def transaction_event(kind: str, key: str):
    """``with transaction_event(kind, key) as event:`` an event recorded in a transaction
    the block's writes share (as /xapi/statements records "xapi.statements_received")."""
    with transaction.atomic():
        yield event_record(kind=kind, object_key=key, occurrence="1", payload={})
