"""Reads of the statement store for the Statements resource: one statement by id, and the
filtered query with keyset paging.

A page is one indexed query: the filters become equality on an indexed column
(``actor_key``, ``verb_id``, ``activity_id``, ``registration``) and a range on ``stored``,
ordered by (``stored``, ``id``), fetching ``limit + 1`` rows to know whether there is a next
page. The next page continues after the last row's (``stored``, ``id``), never with OFFSET
and never with a COUNT; the cursor (``more``) is signed, so a client cannot forge one.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from django.core import signing
from django.db import connection
from django.db.models import F, Q, TextField
from django.db.models.functions import Cast

from learning.models import Statement

#: Salt of the ``more`` cursor's signature.
CURSOR_SALT = "learning.xapi.more"


class CursorInvalid(ValueError):
    """A ``more`` value this server did not make, or made too long ago."""


@dataclass(frozen=True)
class StatementQuery:
    """The filters of a GET, already checked (``actor_key`` is ``store.actor_key`` of the
    ``agent`` parameter). ``client_id`` limits it to one client's statements (read/mine)."""

    actor_key: str | None = None
    verb_id: str | None = None
    activity_id: str | None = None
    registration: str | None = None
    since: str | None = None  # ISO 8601, exclusive
    until: str | None = None  # ISO 8601, inclusive
    ascending: bool = False
    limit: int = 0
    #: related_activities / related_agents: match the activity (agent) anywhere in the
    #: statement, not only as its object (actor), with JSON containment (not indexed).
    related_activities: bool = False
    related_agents: bool = False
    #: The identifying part of the agent parameter (its IFI), for related_agents.
    agent_probe: dict | None = None
    format: str = "exact"
    client_id: int | None = None
    #: The last row of the previous page: (stored ISO, id), when this is a ``more`` page.
    after: tuple[str, str] | None = None


def statement_by_id(statement_id, *, voided: bool, client_id: int | None = None):
    """``(data, stored)`` of the statement with this id (only if voided when ``voided``,
    only if not voided otherwise, as statementId and voidedStatementId ask), or None."""
    rows = Statement.objects.filter(id=statement_id, voided=voided)
    if client_id is not None:
        rows = rows.filter(client_id=client_id)
    return rows.values_list("data", "stored").first()


def statements_page(query: StatementQuery, *, max_limit: int) -> tuple[list[dict], str]:
    """The statements of one page (voided ones left out) and the cursor of the next page
    ("" when this is the last one). With ``format=exact`` on PostgreSQL each statement is
    its JSON text, ready to be written out as it is."""
    limit = max_limit if query.limit <= 0 else min(query.limit, max_limit)
    rows = Statement.objects.filter(voided=False)
    for column in ("actor_key", "verb_id", "activity_id", "registration", "client_id"):
        value = getattr(query, column)
        if value is None:
            continue
        if column == "activity_id" and query.related_activities:
            rows = rows.filter(_related_activity(value))
        elif column == "actor_key" and query.related_agents and query.agent_probe:
            rows = rows.filter(_related_agent(value, query.agent_probe))
        else:
            rows = rows.filter(**{column: value})
    if query.since:
        rows = rows.filter(stored__gt=datetime.fromisoformat(query.since))
    if query.until:
        rows = rows.filter(stored__lte=datetime.fromisoformat(query.until))
    if query.after:
        stored, last_id = datetime.fromisoformat(query.after[0]), uuid.UUID(query.after[1])
        # (stored, id) beyond the last row, written so the range on ``stored`` uses the index.
        if query.ascending:
            rows = rows.filter(Q(stored__gte=stored), Q(stored__gt=stored) | Q(id__gt=last_id))
        else:
            rows = rows.filter(Q(stored__lte=stored), Q(stored__lt=stored) | Q(id__lt=last_id))
    order = ("stored", "id") if query.ascending else ("-stored", "-id")
    # ``exact`` (the default) is answered with the JSON text as PostgreSQL keeps it: no
    # parse into dicts and no dump back, which is most of the cost of a page.
    raw = query.format == "exact" and connection.vendor == "postgresql"
    document = Cast("data", TextField()) if raw else F("data")
    # ``stored`` as PostgreSQL's text ("2026-12-02 07:12:00.123+00", which fromisoformat
    # reads): only the last row's is used, for the cursor, so none is parsed per row.
    stored = Cast("stored", TextField()) if raw else F("stored")
    found = list(
        rows.order_by(*order)
        .annotate(document=document, stored_text=stored)
        .values_list("id", "stored_text", "document")[: limit + 1]
    )
    more = ""
    if len(found) > limit:
        found = found[:limit]
        last_id, last_stored, _data = found[-1]
        if isinstance(last_stored, str):
            last_stored = datetime.fromisoformat(last_stored)
        more = cursor_make(replace(query, after=(last_stored.isoformat(), str(last_id))))
    return [data for _id, _stored, data in found], more


_ACTIVITY_KINDS = ("parent", "grouping", "category", "other")
_AGENT_PATHS = (
    "object",
    "authority",
    "context__instructor",
    "context__team",
    "object__actor",
    "object__object",
    "object__context__instructor",
    "object__context__team",
)


def _related_activity(activity_id: str) -> Q:
    """The activity as object, in the context activities, or in a sub-statement's."""
    match = Q(activity_id=activity_id) | Q(data__object__object__id=activity_id)
    for prefix in ("data__context__contextActivities", "data__object__context__contextActivities"):
        for kind in _ACTIVITY_KINDS:
            match |= Q(**{f"{prefix}__{kind}__contains": [{"id": activity_id}]})
    return match


def _related_agent(key: str, probe: dict) -> Q:
    """The agent as actor, object, authority, instructor or team (or a sub-statement's)."""
    match = Q(actor_key=key)
    for path in _AGENT_PATHS:
        match |= Q(**{f"data__{path}__contains": probe})
    return match


def cursor_make(query: StatementQuery) -> str:
    return signing.dumps(asdict(query), salt=CURSOR_SALT, compress=True)


def cursor_read(value: str, *, max_age: int) -> StatementQuery:
    """The query a ``more`` cursor continues; ``CursorInvalid`` when forged or expired."""
    try:
        fields = signing.loads(value, salt=CURSOR_SALT, max_age=max_age)
    except signing.BadSignature:
        raise CursorInvalid("the more cursor is invalid or has expired") from None
    after = fields.get("after")
    fields["after"] = tuple(after) if after else None
    return StatementQuery(**fields)
