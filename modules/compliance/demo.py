"""The demo municipality's assignment rules, like the issue's examples (idempotent by
name): all daycare staff take two modules within 60 days of joining, the job centre's
caseworkers ("Socialrådgiver") a module every year, and the local police's prevention
unit the demonstration instrument's assessor track. Loaded by ``seed_demo`` after the
tracks, since a rule names a published module outline or a track."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from certificates.demo import ASSESSOR_TRACK
from learning.demo import DEMO_MUNICIPALITY
from learning.models import Organisation, Sector
from learning.outbox import outbox_drain
from modules.compliance.models import AssignmentRule, ItemKind
from modules.compliance.services import rule_save

POLICE_UNIT = "Samarbejdspartnere/Fjordby Lokalpoliti/Forebyggelse og Nærpoliti"


@dataclass(frozen=True)
class _Rule:
    name: str
    item: tuple[str, str]  # (kind, demo course slug or track slug)
    sector: str = ""
    job_title: str = ""
    unit: str = ""  # below the demo municipality
    due_days: int = 60
    recurrence_months: int | None = None


RULES = (
    _Rule(
        "All daycare staff: psychological violence within 60 days",
        (ItemKind.MODULE, "psychological-violence"),
        sector=Sector.DAYCARE,
    ),
    _Rule(
        "All daycare staff: children exposed to violence within 60 days",
        (ItemKind.MODULE, "children-exposed-to-violence"),
        sector=Sector.DAYCARE,
    ),
    _Rule(
        "Job-centre caseworkers: duty to act every year",
        (ItemKind.MODULE, "duty-to-act"),
        sector=Sector.JOB_CENTRE,
        job_title="Socialrådgiver",
        due_days=90,
        recurrence_months=12,
    ),
    _Rule(
        "Police prevention unit: assessor of the demonstration instrument",
        (ItemKind.TRACK, ASSESSOR_TRACK),
        unit=POLICE_UNIT,
        due_days=180,
    ),
)


def rules_seed(*, module_keys: dict) -> list[AssignmentRule]:
    """Create the demo rules that are missing (by name) through ``rule_save``, so they
    reach the demo staff through the outbox; returns the rules created. ``module_keys``
    maps demo course slugs to their module keys (``courses_seed``). A rule whose module,
    track or unit is missing is left out. The outbox is then drained here, as a worker
    would, so the demo staff have their assignments at once even without a worker."""
    created = []
    for spec in RULES:
        if AssignmentRule.objects.filter(name=spec.name).exists():
            continue
        rule = _rule(spec, module_keys)
        if rule is not None:
            created.append(rule_save(rule=rule))
    if created:
        _settle()
    return created


def _settle(rounds: int = 6) -> None:
    # A rule applied writes assignments, whose events the summaries consume: a few rounds.
    for _round in range(rounds):
        if not outbox_drain():
            return


def _rule(spec: _Rule, module_keys: dict) -> AssignmentRule | None:
    kind, key = spec.item
    if kind == ItemKind.MODULE:
        if key not in module_keys:
            return None
        key = str(module_keys[key])
    unit = None
    if spec.unit:
        unit = Organisation.objects.filter(name_path=f"{DEMO_MUNICIPALITY}/{spec.unit}").first()
        if unit is None:
            return None
    return AssignmentRule(
        name=spec.name,
        item_kind=kind,
        item_key=key,
        sector=spec.sector,
        job_title=spec.job_title,
        organisation=unit,
        due_days=spec.due_days,
        recurrence_months=spec.recurrence_months,
        # The demo municipality has had these rules for a year: its staff's due dates count
        # from the day each joined (spread over the last months by the demo's people).
        in_force_from=timezone.localdate() - timedelta(days=365),
    )
