"""The built-in statement store: validate, complete (id, stored, authority, version) and keep
statements; void; read back by id.

``statements_store`` is the only writer. It is idempotent by statement id: storing the same
statement again (a retried delivery, a client resending a batch) changes nothing, storing a
*different* statement under an id already taken raises ``StatementConflict`` (409 to a
client). Voiding marks the target statement voided, in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from learning.models import Statement
from learning.xapi import vocabulary
from learning.xapi.schema import StatementInvalid, statement_validate

#: Namespace of statement ids minted from outbox events: uuid5(NAMESPACE, "<event id>:<part>").
NAMESPACE = uuid.UUID("9a1f3c1e-2b7d-4f0a-8c55-7e6b1d2a4f90")
#: Namespace of registrations minted from enrolments: uuid5(REGISTRATIONS, "enrolment:<pk>").
REGISTRATIONS = uuid.UUID("c3e1b7a2-5d4f-4e8b-9a61-0f2d7c8b3e54")

#: What the store adds; two statements that differ only here are the same statement.
_STORE_FIELDS = ("stored", "authority", "version")


class StatementConflict(ValueError):
    """A different statement already has this id."""


def statement_id(event_id, part: str = "") -> str:
    """The deterministic id of the statement ``part`` built from an outbox event."""
    return str(uuid.uuid5(NAMESPACE, f"{event_id}:{part}"))


def registration_for(enrolment_id) -> str:
    """The xAPI registration of an enrolment: stable, and reveals nothing about the id."""
    return str(uuid.uuid5(REGISTRATIONS, f"enrolment:{enrolment_id}"))


def account_actor(xapi_key) -> dict:
    """The default actor of a person: an opaque, stable account on the platform."""
    return {
        "objectType": "Agent",
        "account": {"homePage": vocabulary.account_homepage(), "name": str(xapi_key)},
    }


def authority() -> dict:
    """The authority the store asserts for statements the platform itself builds."""
    return {
        "objectType": "Agent",
        "name": vocabulary.platform(),
        "account": {"homePage": vocabulary.account_homepage(), "name": "platform"},
    }


def actor_key(actor: dict) -> str:
    """The canonical form of an agent's (or identified group's) inverse functional
    identifier, as stored in ``Statement.actor_key`` and matched by the ``agent`` filter."""
    if "account" in actor:
        account = actor["account"]
        return f"account::{account['homePage']}::{account['name']}"
    for ifi in ("mbox", "mbox_sha1sum", "openid"):
        if ifi in actor:
            return f"{ifi}::{actor[ifi]}"
    members = sorted(actor_key(m) for m in actor.get("member", []))
    return "group::" + "|".join(members)


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _same(existing: dict, given: dict) -> bool:
    """Whether ``given`` (as the client sent it, validated) is the statement stored as
    ``existing``: what the store added, and a timestamp the client left to the store, are
    not compared."""
    ignore = set(_STORE_FIELDS) | ({"timestamp"} if "timestamp" not in given else set())
    return {k: v for k, v in existing.items() if k not in ignore} == {
        k: v for k, v in given.items() if k not in ignore
    }


def _complete(valid: dict, *, now: datetime, by: dict | None) -> dict:
    """A validated statement with what the store adds: id (new when missing), stored,
    timestamp (= stored when missing), authority and version."""
    statement = dict(valid)
    stored = now.isoformat(timespec="milliseconds")
    statement.setdefault("id", str(uuid.uuid4()))
    statement.setdefault("timestamp", stored)
    statement["stored"] = stored
    statement["authority"] = by or authority()
    statement["version"] = vocabulary.VERSION
    return statement


def _row(statement: dict, **links) -> Statement:
    obj = statement["object"]
    is_activity = obj.get("objectType", "Activity") == "Activity"
    voids = obj["id"] if statement["verb"]["id"] == vocabulary.VERBS["voided"]["id"] else None
    registration = statement.get("context", {}).get("registration")
    return Statement(
        id=statement["id"],
        data=statement,
        actor_key=actor_key(statement["actor"])[:500],
        verb_id=statement["verb"]["id"][:500],
        activity_id=obj["id"][:500] if is_activity else "",
        registration=registration,
        timestamp=_parse_time(statement["timestamp"]),
        stored=_parse_time(statement["stored"]),
        voids=voids,
        **links,
    )


def statements_store(
    statements: Iterable[dict],
    *,
    event=None,
    person=None,
    client=None,
    by: dict | None = None,
) -> list[str]:
    """Validate and store ``statements`` (all or none); returns their ids in order.

    A statement whose id is already stored with the same content is left as it is (so a
    replay is harmless); with other content, ``StatementConflict``. A voiding statement
    marks its target voided; voiding a voiding statement is refused. With ``event``, the
    new statements are queued for every forwarding target that wants them
    (``learning.xapi.forward``), in the same transaction."""
    now = timezone.now()
    given = [statement_validate(s) for s in statements]
    prepared = [_complete(s, now=now, by=by) for s in given]
    ids = [s["id"] for s in prepared]
    ids_set = set(ids)
    if len(ids_set) != len(ids):
        raise StatementInvalid("the same statement id appears twice in one request")
    with transaction.atomic():
        # One read for both: the statements already stored under these ids, and voiding
        # statements that arrived before their target (a retried delivery overtaken by the
        # void), which still void it when it comes.
        found = Statement.objects.filter(Q(id__in=ids) | Q(voids__in=ids)).values_list(
            "id", "data", "voids"
        )
        existing, voided_before = {}, set()
        for found_id, data, voids in found:
            if str(found_id) in ids_set:
                existing[found_id] = data
            if voids is not None:
                voided_before.add(str(voids))
        rows, fresh = [], []
        for original, statement in zip(given, prepared, strict=True):
            known = existing.get(uuid.UUID(statement["id"]))
            if known is not None:
                if not _same(known, original):
                    raise StatementConflict(
                        f"a different statement with id {statement['id']} is already stored"
                    )
                continue
            rows.append(_row(statement, event=event, person=person, client=client))
            fresh.append(original)
        for row in rows:
            row.voided = row.id in voided_before
        voided = [row.voids for row in rows if row.voids]
        if voided:
            if Statement.objects.filter(id__in=voided, voids__isnull=False).exists():
                raise StatementInvalid("a voiding statement cannot itself be voided")
            Statement.objects.filter(id__in=voided).update(voided=True)
        if not _copy_new(rows):
            Statement.objects.bulk_create(rows, ignore_conflicts=True)
            _check_raced(rows, fresh)
        if event is not None and rows:
            from learning.xapi.forward import forward_deliveries_create

            # Same transaction: a stored statement is never without its forwarding.
            forward_deliveries_create(event, [row.data for row in rows])
    return ids


_COPY_COLUMNS = (
    "id", "data", "actor_key", "verb_id", "activity_id", "registration", "timestamp",
    "stored", "voided", "voids", "event_id", "person_id", "client_id",
)  # fmt: skip


def _copy_new(rows: list[Statement]) -> bool:
    """Insert ``rows`` with COPY on PostgreSQL, in a savepoint; True when done. COPY is the
    fast path (no per-value array quoting as in Django's UNNEST insert: about 10x less work
    per statement). If any id is taken meanwhile (a concurrent writer) the savepoint rolls
    back and it returns False: the caller inserts with ON CONFLICT and checks the race."""
    if not rows or connection.vendor != "postgresql":
        return not rows
    from psycopg import errors
    from psycopg.types.json import Jsonb

    table = connection.ops.quote_name(Statement._meta.db_table)
    sql = f"COPY {table} ({', '.join(_COPY_COLUMNS)}) FROM STDIN"
    try:
        with transaction.atomic(), connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(
                    (row.id, Jsonb(row.data), row.actor_key, row.verb_id, row.activity_id,
                     row.registration, row.timestamp, row.stored, row.voided, row.voids,
                     row.event_id, row.person_id, row.client_id)
                )  # fmt: skip
    except (IntegrityError, errors.UniqueViolation) as exc:
        # The raw COPY cursor raises psycopg's error; Django's wrapper would wrap it.
        cause = exc if isinstance(exc, errors.UniqueViolation) else exc.__cause__
        if isinstance(cause, errors.UniqueViolation):
            return False
        raise
    return True


def _check_raced(rows: list[Statement], given: list[dict]) -> None:
    """``StatementConflict`` when a concurrent transaction stored a *different* statement
    under one of these ids between the check above and the insert (the insert then skipped
    ours, and the client would be told it was stored). One read of the ids just written."""
    if not rows:
        return
    kept = dict(Statement.objects.filter(id__in=[r.id for r in rows]).values_list("id", "data"))
    for row, original in zip(rows, given, strict=True):
        data = kept.get(uuid.UUID(str(row.id)))
        if data is not None and data != row.data and not _same(data, original):
            raise StatementConflict(f"a different statement with id {row.id} is already stored")


def statement_get(statement_id_, *, voided: bool = False) -> dict | None:
    """The stored statement with this id (``voided=True``: only if voided, as the
    ``voidedStatementId`` parameter asks), or None."""
    row = Statement.objects.filter(id=statement_id_, voided=voided).values_list("data", flat=True)
    return row.first()
