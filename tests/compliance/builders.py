"""Rules and assignments built through the compliance services, for the compliance tests."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from modules.compliance import services
from modules.compliance.models import AssignmentRule, ItemKind
from tests.certificates.builders import relay


def rule(outline=None, *, track=None, name="Rule", **fields) -> AssignmentRule:
    """An active rule for a module outline (or a track), due 60 days after joining unless
    ``due_days`` / ``due_date`` say otherwise. Saved through ``rule_save`` and relayed, so
    it has reached everyone it concerns."""
    kind = ItemKind.TRACK if track is not None else ItemKind.MODULE
    key = track.key if track is not None else str(outline.key)
    if "due_date" not in fields:
        fields.setdefault("due_days", 60)
    built = services.rule_save(
        rule=AssignmentRule(name=name, item_kind=kind, item_key=key, **fields)
    )
    # A rule in force long before the people it reaches joined.
    AssignmentRule.objects.filter(pk=built.pk).update(
        in_force_from=timezone.localdate() - timedelta(days=365 * 3)
    )
    built.refresh_from_db()
    settle()
    return built


def settle() -> None:
    """Drain the outbox until nothing is left (a consumer's writes record new events)."""
    for _round in range(6):
        if not relay():
            return
