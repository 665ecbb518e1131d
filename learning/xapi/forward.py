"""Forwarding stored statements to other LRSs (``ForwardTarget``), losing none and never
sending one under a new id.

When statements are stored with an outbox event (``statements_store(event=...)``: the ones
the platform builds, and those clients POST to ``/xapi/statements``), the same transaction
adds one ``Delivery`` (consumer ``xapi.forward``, target = the target's pk) per active target
whose filter matches at least one of them. The relay (``learning.outbox``) hands this
consumer the due deliveries of one target together, and it sends their statements in POSTs
of at most ``BATCH_STATEMENTS`` statements, under their stored ids, with the actor in the
target's format. A delivery lingers ``XAPI_FORWARD_LINGER_SECONDS`` (5) first, so the
statements of a busy moment travel in one request.

What the LRS answers decides each delivery's state:

* 200 / 204: delivered.
* 409 on a batch (some statement is already there, e.g. sent before a worker died): each
  statement is PUT by id; 204, or 409 when a GET shows the LRS holds that id for the same
  verb and object, counts as delivered.
* another 4xx (400, 401, 403, 413, 422, ...): dead at once, with the LRS's answer, replayed
  from the admin once the cause is fixed (408 and 429 are retried).
* 5xx, a timeout (``XAPI_FORWARD_TIMEOUT``) or a refused connection: retried on the relay's
  backoff schedule.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta

import requests
from django.conf import settings
from django.db.models import Count, Min, Q
from django.utils import timezone

from learning.events import consumer_register, outbox_kick
from learning.models import Delivery, ForwardTarget, Statement
from learning.outbox import DeliveryRefused
from learning.xapi import vocabulary
from learning.xapi.secrets import secret_decrypt

logger = logging.getLogger(__name__)

CONSUMER = "xapi.forward"
#: The most statements in one POST.
BATCH_STATEMENTS = 100
#: What the platform's store adds; the target's LRS sets its own.
_STORE_ONLY = ("stored", "authority", "version")
#: 4xx answers that mean "try again later", not "this request is wrong".
_RETRY_4XX = {408, 425, 429}


class TargetUnavailable(Exception):
    """The target could not take the statements now (5xx, timeout, connection refused)."""


def linger() -> float:
    return float(getattr(settings, "XAPI_FORWARD_LINGER_SECONDS", 5))


def _timeout() -> tuple[float, float]:
    value = getattr(settings, "XAPI_FORWARD_TIMEOUT", 10)
    return (float(value), float(value))


# --- which targets get which statements -------------------------------------------------


def _matches(target: ForwardTarget, verb_id: str, activity_id: str) -> bool:
    """Empty lists let everything through."""
    verb_ok = not target.verbs or verb_id in target.verbs
    prefixes = target.activity_prefixes
    return verb_ok and (not prefixes or any(activity_id.startswith(p) for p in prefixes))


def _subjects(statements: list[dict]) -> list[tuple[str, str]]:
    """(verb id, activity id) to filter each statement by. A voiding statement is judged
    by the statement it voids, so a target that got a statement also gets its voiding."""
    voided_ids = [
        s["object"]["id"] for s in statements if s["verb"]["id"] == vocabulary.VERBS["voided"]["id"]
    ]
    known = {str(s["id"]): s for s in statements}
    if voided_ids:
        for row in Statement.objects.filter(id__in=voided_ids).values("id", "data"):
            known.setdefault(str(row["id"]), row["data"])
    subjects = []
    for statement in statements:
        if statement["verb"]["id"] == vocabulary.VERBS["voided"]["id"]:
            statement = known.get(str(statement["object"]["id"]), statement)
        obj = statement["object"]
        activity = obj["id"] if obj.get("objectType", "Activity") == "Activity" else ""
        subjects.append((statement["verb"]["id"], activity))
    return subjects


def forward_deliveries_create(event, statements: list[dict]) -> int:
    """In the caller's transaction: one delivery of ``event`` per active target that wants
    at least one of ``statements`` (just stored with it); the relay is kicked on commit,
    after the linger. Idempotent (one delivery per event and target). Returns how many."""
    from django.db import transaction

    if not statements:
        return 0
    subjects = _subjects(statements)
    due = timezone.now() + timedelta(seconds=linger())
    rows = [
        Delivery(event=event, consumer=CONSUMER, target=str(target.pk), next_attempt_at=due)
        for target in ForwardTarget.objects.filter(active=True)
        if any(_matches(target, verb, activity) for verb, activity in subjects)
    ]
    if rows:
        Delivery.objects.bulk_create(rows, ignore_conflicts=True)
        transaction.on_commit(lambda: outbox_kick(countdown=linger()))
    return len(rows)


# --- what is sent ----------------------------------------------------------------------


def _employee_homepage() -> str:
    return getattr(settings, "XAPI_EMPLOYEE_HOMEPAGE", "") or vocabulary.account_homepage()


def _actor(target: ForwardTarget, row: Statement) -> dict:
    """The actor as this target wants it. Only the platform's own opaque account of the
    person is rewritten; anything else (a client's own agent) is sent as stored."""
    from learning.xapi.store import account_actor, actor_key

    actor = row.data["actor"]
    person = row.person
    if (
        target.actor_format == ForwardTarget.ActorFormat.ACCOUNT
        or person is None
        or actor_key(actor) != actor_key(account_actor(person.xapi_key))
    ):
        return actor
    if target.actor_format == ForwardTarget.ActorFormat.EMPLOYEE_NUMBER:
        if not person.employee_number:
            raise DeliveryRefused(f"person {person.pk} has no employee number")
        account = {"homePage": _employee_homepage(), "name": person.employee_number}
        return {"objectType": "Agent", "account": account}
    email = person.user.email if person.user_id else ""
    if not email:
        raise DeliveryRefused(f"person {person.pk} has no email address")
    return {"objectType": "Agent", "mbox": f"mailto:{email}"}


def statement_for_target(target: ForwardTarget, row: Statement) -> dict:
    """The stored statement as sent to ``target``: its own id, the actor in the target's
    format, without what this store added (``stored``, ``authority``, ``version``)."""
    statement = {k: v for k, v in row.data.items() if k not in _STORE_ONLY}
    statement["actor"] = _actor(target, row)
    return statement


# --- sending ---------------------------------------------------------------------------


def _answer(response) -> str:
    return f"HTTP {response.status_code} from {response.url}: {response.text[:1500]}"


def _failure(response) -> Exception:
    if response.status_code >= 500 or response.status_code in _RETRY_4XX:
        return TargetUnavailable(_answer(response))
    return DeliveryRefused(_answer(response))


class _Sender:
    """One target's HTTP session for one relay batch."""

    def __init__(self, target: ForwardTarget):
        self.target = target
        self.url = target.endpoint.rstrip("/") + "/statements"
        self.session = requests.Session()
        if target.username:
            self.session.auth = (target.username, secret_decrypt(target.secret_encrypted))
        self.session.headers.update(
            {"X-Experience-API-Version": target.version, "Content-Type": "application/json"}
        )

    def _call(self, method: str, **kwargs):
        try:
            return self.session.request(method, self.url, timeout=_timeout(), **kwargs)
        except requests.Timeout as exc:
            raise TargetUnavailable(f"timed out: {exc}") from exc
        except requests.RequestException as exc:  # refused, reset, DNS: all retried
            raise TargetUnavailable(f"{type(exc).__name__}: {exc}") from exc

    def post(self, statements: list[dict]) -> dict[str, Exception | None]:
        """POST a batch; on 409 fall back to PUT per statement."""
        response = self._call("POST", json=statements)
        if response.status_code in (200, 204):
            return dict.fromkeys((s["id"] for s in statements), None)
        if response.status_code == 409:
            return {s["id"]: self.put(s) for s in statements}
        error = _failure(response)
        return dict.fromkeys((s["id"] for s in statements), error)

    def put(self, statement: dict) -> Exception | None:
        response = self._call("PUT", params={"statementId": statement["id"]}, json=statement)
        if response.status_code in (200, 204):
            return None
        if response.status_code == 409:
            return self._holds(statement)
        return _failure(response)

    def _holds(self, statement: dict) -> Exception | None:
        """After a 409 for an id: delivered when the LRS's copy under that id is this
        statement (same verb and object); a different statement there is refused."""
        response = self._call("GET", params={"statementId": statement["id"]})
        if response.status_code != 200:
            return TargetUnavailable(f"409, then {_answer(response)}")
        try:
            theirs = response.json()
        except ValueError:
            return TargetUnavailable(f"409, then an unreadable GET: {_answer(response)}")
        if isinstance(theirs, dict) and isinstance(theirs.get("statements"), list):
            # Some LRSs (Ralph 5) answer a GET by id with a StatementResult.
            theirs = next((s for s in theirs["statements"] if s.get("id") == statement["id"]), {})
        same = (
            str(theirs.get("id")) == statement["id"]
            and theirs.get("verb", {}).get("id") == statement["verb"]["id"]
            and theirs.get("object", {}).get("id") == statement["object"]["id"]
        )
        if same:
            return None
        return DeliveryRefused(
            f"the LRS holds a different statement under id {statement['id']}: {response.text[:500]}"
        )


def handle_forward_batch(deliveries: list[Delivery], target_pk: str) -> dict:
    """The relay's batch handler: send the statements of ``deliveries`` to the target
    ``target_pk``; returns each delivery's outcome (None = delivered)."""
    target = ForwardTarget.objects.filter(pk=target_pk).first() if target_pk.isdigit() else None
    if target is None:
        return {d.pk: DeliveryRefused(f"no forwarding target {target_pk!r}") for d in deliveries}
    if not target.active:
        return {d.pk: TargetUnavailable("the target is switched off") for d in deliveries}
    by_event: dict = defaultdict(list)
    rows = (
        Statement.objects.filter(event_id__in={d.event_id for d in deliveries})
        .select_related("person__user")
        .order_by("stored", "id")
    )
    for row in rows:
        by_event[row.event_id].append(row)

    outcomes: dict[int, Exception | None] = {}
    queued: list[tuple[int, dict]] = []  # (delivery pk, statement) in sending order
    for delivery in deliveries:
        statements = by_event.get(delivery.event_id, [])
        subjects = _subjects([row.data for row in statements])
        try:
            payload = [
                statement_for_target(target, row)
                for row, (verb, activity) in zip(statements, subjects, strict=True)
                if _matches(target, verb, activity)
            ]
        except DeliveryRefused as exc:
            outcomes[delivery.pk] = exc
            continue
        outcomes[delivery.pk] = None  # nothing (left) to send is delivered
        queued.extend((delivery.pk, statement) for statement in payload)

    sender = _Sender(target)
    results: dict[str, Exception | None] = {}
    down: Exception | None = None
    for start in range(0, len(queued), BATCH_STATEMENTS):
        chunk = [statement for _pk, statement in queued[start : start + BATCH_STATEMENTS]]
        if down is not None:  # the target is down: the rest waits for the same retry
            results.update(dict.fromkeys((s["id"] for s in chunk), down))
            continue
        try:
            results.update(sender.post(chunk))
        except TargetUnavailable as exc:
            down = exc
            results.update(dict.fromkeys((s["id"] for s in chunk), exc))
    for pk, statement in queued:
        error = results.get(statement["id"])
        if error is not None and not isinstance(outcomes[pk], DeliveryRefused):
            outcomes[pk] = error
    sent = sum(1 for _pk, s in queued if results.get(s["id"]) is None)
    logger.info("xapi forward: %s of %s statements to %s", sent, len(queued), target)
    return outcomes


def _handle_one(event, target: str) -> None:
    """The single-delivery handler (the relay uses the batch handler)."""
    delivery = Delivery(event=event, consumer=CONSUMER, target=target, pk=0)
    error = handle_forward_batch([delivery], target).get(0)
    if error is not None:
        raise error


consumer_register(
    CONSUMER,
    kinds=[],
    handler=_handle_one,
    batch_handler=handle_forward_batch,
    linger=linger,
)


# --- the per-target report -------------------------------------------------------------


def forward_report() -> dict[str, dict]:
    """Per target pk: delivered, pending, dead counts and the age in seconds of the oldest
    pending delivery (None when nothing waits). One grouped query."""
    now = timezone.now()
    rows = (
        Delivery.objects.filter(consumer=CONSUMER)
        .values("target")
        .annotate(
            delivered=Count("pk", filter=Q(state=Delivery.State.DELIVERED)),
            pending=Count("pk", filter=Q(state=Delivery.State.PENDING)),
            dead=Count("pk", filter=Q(state=Delivery.State.DEAD)),
            oldest=Min("created_at", filter=Q(state=Delivery.State.PENDING)),
        )
        .order_by()
    )
    return {
        row["target"]: {
            "delivered": row["delivered"],
            "pending": row["pending"],
            "dead": row["dead"],
            "oldest_pending_seconds": (now - row["oldest"]).total_seconds()
            if row["oldest"]
            else None,
        }
        for row in rows
    }
