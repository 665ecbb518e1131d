"""The ``compliance`` outbox consumers.

``compliance`` keeps assignments in step with what happens to people: joining, moving or
leaving a unit, a changed sector or job title, offboarding (rules re-applied); enrolling
(in progress); completing a module or holding a certificate (completed); a certificate
that stops counting (a new cycle). ``compliance.rules`` applies a saved rule to everyone it
concerns. ``compliance.summaries`` refreshes the dashboard's summary rows of the units an
assignment change concerns. ``reminders.email`` mails one recorded reminder
(``modules.compliance.reminder_mail``). Each delivery calls services that are idempotent.
"""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from learning.events import consumer_register
from learning.models import Event, Person
from modules.compliance import reminder_mail, reminders, services, summaries
from modules.compliance.models import AssignmentRule, ItemKind

MEMBERSHIP = {"membership.added", "membership.removed"}
PEOPLE = {"person.created", "person.updated", "membership.added", "membership.removed"}
CERTIFICATE_COUNTS = {"certificate.issued", "certificate.reinstated", "certificate.extended"}
CERTIFICATE_STOPS = {"certificate.expiring", "certificate.revoked", "certificate.suspended"}
KINDS = PEOPLE | {"module.enrolled", "module.completed"} | CERTIFICATE_COUNTS | CERTIFICATE_STOPS


def _person(event: Event) -> Person | None:
    return Person.objects.select_related("user").filter(pk=event.payload.get("person")).first()


def _at(value: str | None) -> datetime:
    return parse_datetime(value) if value else timezone.now()


def handle_compliance_delivery(event: Event, target: str) -> None:
    person = _person(event)
    if person is None:  # erased since
        return
    payload = event.payload
    if event.kind in PEOPLE:
        services.rules_sync_person(person=person)
        if event.kind in MEMBERSHIP and payload.get("organisation"):
            # The unit the person joined counts them, the one they left no longer does,
            # even when no assignment changed (one from a rule for everyone, say).
            summaries.summaries_refresh(organisation_ids=[payload["organisation"]])
    elif event.kind == "module.enrolled":
        services.assignment_started(
            person=person,
            item_kind=ItemKind.MODULE,
            item_key=payload["module_key"],
            at=_at(payload.get("enrolled_at")),
        )
    elif event.kind == "module.completed":
        services.assignments_complete(
            person=person,
            item_kind=ItemKind.MODULE,
            item_key=payload["module_key"],
            at=_at(payload.get("completed_at")),
        )
    elif event.kind in CERTIFICATE_COUNTS:
        services.assignments_complete(
            person=person,
            item_kind=ItemKind.TRACK,
            item_key=payload["track"],
            at=_at(payload.get("valid_from")),
        )
    elif event.kind in CERTIFICATE_STOPS:
        # Recertification is due when the certificate expires; after a suspension or a
        # revocation, at once.
        until = payload.get("valid_until")
        expiring = event.kind == "certificate.expiring" and until
        due = timezone.localtime(_at(until)).date() if expiring else timezone.localdate()
        services.track_assignment_reopen(person=person, track_key=payload["track"], due_on=due)


def handle_rule_delivery(event: Event, target: str) -> None:
    rule = AssignmentRule.objects.filter(pk=event.payload["rule"]).first()
    if rule is not None:
        services.rule_apply(rule=rule)


def handle_summaries_delivery(event: Event, target: str) -> None:
    payload = event.payload
    units = summaries.units_of([payload["person"]])
    summaries.summaries_refresh(
        organisation_ids=units, items=[(payload["item_kind"], payload["item_key"])]
    )


def register() -> None:
    consumer_register("compliance", kinds=KINDS, handler=handle_compliance_delivery)
    consumer_register(
        "compliance.rules", kinds={"assignment_rule.changed"}, handler=handle_rule_delivery
    )
    consumer_register(
        "compliance.summaries", kinds={services.CHANGED}, handler=handle_summaries_delivery
    )
    consumer_register(
        "reminders.email",
        kinds={reminders.EVENT},
        handler=reminder_mail.handle_reminder_delivery,
    )
