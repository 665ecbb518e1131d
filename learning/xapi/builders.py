"""The ``xapi`` outbox consumer: turns each recorded event into its statements and stores
them (``learning.xapi.store``), exactly once per event.

The apps above register a builder per event kind with ``statement_builder_register``; a
builder takes the ``Event`` and returns its statements (plain JSON dicts). A builder must be
deterministic: the same event gives the same statements, and it names each statement's id
with ``statement_id(event.id, part)`` so a replay stores nothing new. It may read the
database (titles, the attempt's answers) but never changes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.core.exceptions import ObjectDoesNotExist

from learning.events import consumer_register
from learning.models import Event, Person, Statement
from learning.xapi.store import statement_id, statements_store

Builder = Callable[[Event], list[dict]]

logger = logging.getLogger(__name__)

CONSUMER = "xapi"

_BUILDERS: dict[str, Builder] = {}


def statement_builder_register(kind: str, builder: Builder) -> None:
    """Build statements for events of ``kind`` with ``builder`` (re-registering replaces)."""
    _BUILDERS[kind] = builder
    consumer_register(CONSUMER, kinds=set(_BUILDERS), handler=handle_xapi_delivery)


def statement_builders() -> dict[str, Builder]:
    return dict(_BUILDERS)


def statements_for(event: Event) -> list[dict]:
    """The statements of ``event`` (each with its deterministic id), not stored."""
    builder = _BUILDERS.get(event.kind)
    if builder is None:
        return []
    statements = builder(event)
    for part, statement in enumerate(statements):
        statement.setdefault("id", statement_id(event.id, str(part)))
    return statements


def handle_xapi_delivery(event: Event, target: str) -> None:
    """Store the statements of ``event`` that are not stored yet; idempotent.

    A statement is immutable once stored (xAPI): a replay after an editor renamed a lesson
    or moved an exam builds a statement that differs from the stored one, and the stored
    one stands, so the replay stores nothing and fails nothing. An event whose person or
    attempt is gone (deleted since) has nothing left to say: no statement, no failure."""
    try:
        statements = statements_for(event)
    except ObjectDoesNotExist as gone:
        logger.info("xapi: no statements for %s (%s)", event, gone)
        return
    stored = {
        str(pk)
        for pk in Statement.objects.filter(id__in=[s["id"] for s in statements]).values_list(
            "id", flat=True
        )
    }
    statements = [s for s in statements if s["id"] not in stored]
    if not statements:
        return
    person_id = event.payload.get("person")
    person = Person.objects.filter(pk=person_id).first() if person_id else None
    statements_store(statements, event=event, person=person)
