"""Writes of mandatory training: rules reaching people, assignments opening, completing,
recurring and being withdrawn, and the actions managers take (assign, exempt, extend,
grant access), each audited in the same transaction.

Every write to an assignment records ``assignment.changed`` through the event seam, so the
summaries (``modules.compliance.summaries``) follow from the outbox. Services are
idempotent: a replayed event or a repeated form post finds the work already done.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.selectors import status_answer, track_get
from learning import services as learning_services
from learning.events import event_record
from learning.models import CourseModule, Enrolment, Person, User
from learning.selectors import person_get_visible
from modules.compliance.models import (
    OUTSTANDING,
    Assignment,
    AssignmentRule,
    ItemKind,
    ManagerAction,
    Phase,
)
from modules.compliance.phases import months_after, phase_of, rule_due_on

CHANGED = "assignment.changed"


def due_soon_days() -> int:
    return settings.ASSIGNMENT_DUE_SOON_DAYS


# --- Items ----------------------------------------------------------------------------------
def item_check(*, item_kind: str, item_key: str) -> str:
    """The item's canonical key; ValidationError when no live module or track has it."""
    item_key = (item_key or "").strip()
    if item_kind == ItemKind.MODULE:
        key = _uuid_or_none(item_key)
        if key is not None and CourseModule.objects.filter(key=key, is_live=True).exists():
            return str(key)
        raise ValidationError(_("No published module has this key."))
    if item_kind == ItemKind.TRACK:
        if track_get(key=item_key) is not None:
            return item_key
        raise ValidationError(_("No certification track has this slug."))
    raise ValidationError(_("Choose a module or a certification track."))


def _uuid_or_none(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(text))
    except ValueError:
        return None


def item_done_at(*, person: Person, item_kind: str, item_key: str) -> datetime | None:
    """When the person did the item, as far as it counts now: the module's completion, or
    the start of the certificate they hold for the track (None while not authorised)."""
    if item_kind == ItemKind.MODULE:
        return (
            Enrolment.objects.filter(person=person, module__key=item_key)
            .values_list("completed_at", flat=True)
            .first()
        )
    track = track_get(key=item_key)
    if track is None:
        return None
    answer = status_answer(person_id=person.pk, track=track)
    return answer.valid_from if answer.authorised else None


# --- Writing one assignment -----------------------------------------------------------------
def _record(assignment: Assignment, why: str) -> None:
    event_record(
        kind=CHANGED,
        object_key=f"assignment:{assignment.pk}",
        occurrence=f"{why}:{assignment.phase}:{timezone.now().isoformat()}",
        payload={
            "assignment": assignment.pk,
            "person": assignment.person_id,
            "item_kind": assignment.item_kind,
            "item_key": assignment.item_key,
            "phase": assignment.phase,
            "why": why,
        },
    )


def _phase(assignment: Assignment, today: date | None = None) -> str:
    return phase_of(
        due_on=assignment.due_on,
        today=today or timezone.localdate(),
        due_soon_days=due_soon_days(),
        completed_at=assignment.completed_at,
        exempt=assignment.phase == Phase.EXEMPT,
        withdrawn=assignment.withdrawn_at is not None,
    )


def _save(assignment: Assignment, why: str) -> Assignment:
    new_phase = _phase(assignment)
    if new_phase != assignment.phase or assignment.pk is None:
        assignment.phase_changed_at = timezone.now()
    assignment.phase = new_phase
    assignment.full_clean(validate_unique=False, validate_constraints=False)
    assignment.save()
    _record(assignment, why)
    return assignment


def _latest(person: Person, item_kind: str, item_key: str) -> Assignment | None:
    return (
        Assignment.objects.select_for_update()
        .filter(person=person, item_kind=item_kind, item_key=item_key)
        .order_by("-cycle")
        .first()
    )


def _open_cycle(
    *,
    person: Person,
    item_kind: str,
    item_key: str,
    due_on: date,
    source: str,
    rule: AssignmentRule | None = None,
    assigned_by: User | None = None,
    mandatory: bool = True,
    previous: Assignment | None = None,
    why: str = "assigned",
) -> Assignment:
    if previous is not None:
        Assignment.objects.filter(pk=previous.pk).update(current=False)
    now = timezone.now()
    assignment = Assignment(
        person=person,
        item_kind=item_kind,
        item_key=item_key,
        cycle=(previous.cycle + 1) if previous else 1,
        source=source,
        rule=rule,
        assigned_by=assigned_by,
        mandatory=mandatory,
        assigned_at=now,
        due_on=due_on,
        phase=Phase.OPEN,
        phase_changed_at=now,
    )
    done = item_done_at(person=person, item_kind=item_kind, item_key=item_key)
    # Done before it was assigned counts, unless this cycle repeats a completed one: a
    # repeat asks for the item again after the previous completion.
    if done is not None and (
        previous is None or previous.completed_at is None or done > previous.completed_at
    ):
        assignment.completed_at = done
    return _save(assignment, why)


# --- Rules reaching people ------------------------------------------------------------------
def _memberships(person: Person) -> list[tuple[str, date]]:
    return list(person.memberships.values_list("organisation__path", "started_on"))


def rule_joined_on(rule: AssignmentRule, person: Person, memberships) -> tuple[bool, date | None]:
    """(whether ``rule`` applies to ``person``, the day they joined the unit that makes it
    apply). Inactive people (offboarded) match no rule."""
    if not rule.is_active or not person.user.is_active:
        return False, None
    if rule.sector and person.sector != rule.sector:
        return False, None
    if rule.job_title and person.job_title.strip().lower() != rule.job_title.strip().lower():
        return False, None
    if rule.organisation_id is None:
        dates = [started for _path, started in memberships]
        return True, min(dates) if dates else None
    root = rule.organisation.path
    dates = [started for path, started in memberships if path.startswith(root)]
    return (True, min(dates)) if dates else (False, None)


@transaction.atomic
def rules_sync_person(*, person: Person) -> list[Assignment]:
    """Bring ``person``'s rule-made assignments in step with the active rules: open what a
    matching rule asks for and the person has no cycle of yet; withdraw outstanding
    rule-made assignments no matching rule asks for any more (another matching rule for the
    same item takes them over instead). Work assigned by hand is left alone. Returns the
    assignments written. Idempotent; locks the person's row, so two deliveries for one
    person run one after the other."""
    person = Person.objects.select_for_update().select_related("user").get(pk=person.pk)
    memberships = _memberships(person)
    rules = list(AssignmentRule.objects.filter(is_active=True).select_related("organisation"))
    wanted: dict[tuple[str, str], tuple[AssignmentRule, date]] = {}
    for rule in rules:
        applies, joined = rule_joined_on(rule, person, memberships)
        if not applies:
            continue
        due = rule_due_on(
            due_days=rule.due_days,
            due_date=rule.due_date,
            joined_on=joined,
            rule_from=rule.in_force_from,
        )
        item = (rule.item_kind, rule.item_key)
        if item not in wanted or due < wanted[item][1]:
            wanted[item] = (rule, due)
    written = []
    current = {
        (a.item_kind, a.item_key): a
        for a in Assignment.objects.select_for_update().filter(person=person, current=True)
    }
    for item, (rule, due) in wanted.items():
        existing = current.get(item)
        if existing is None or existing.phase == Phase.WITHDRAWN:
            written.append(
                _open_cycle(
                    person=person,
                    item_kind=item[0],
                    item_key=item[1],
                    due_on=due,
                    source=Assignment.Source.RULE,
                    rule=rule,
                    previous=existing,
                )
            )
        elif existing.source == Assignment.Source.RULE and existing.rule_id != rule.pk:
            existing.rule = rule  # another matching rule takes it over; the date stays
            written.append(_save(existing, "rule"))
    for item, existing in current.items():
        if (
            item not in wanted
            and existing.source == Assignment.Source.RULE
            and existing.phase in OUTSTANDING
        ):
            existing.withdrawn_at = timezone.now()
            written.append(_save(existing, "withdrawn"))
    return written


def rule_candidates(rule: AssignmentRule):
    """The people ``rule`` may reach (its criteria on people and units), for applying a
    rule to everyone at once."""
    people = Person.objects.filter(user__is_active=True)
    if rule.sector:
        people = people.filter(sector=rule.sector)
    if rule.job_title:
        people = people.filter(job_title__iexact=rule.job_title.strip())
    if rule.organisation_id:
        people = people.filter(memberships__organisation__path__startswith=rule.organisation.path)
    return people.distinct()


def rule_apply(*, rule: AssignmentRule) -> int:
    """Apply a saved rule to the people it changes something for, and return how many:
    those it reaches who have no current cycle of its item yet, and those holding
    outstanding work of it whom it no longer reaches (or everyone holding it, once the rule
    is switched off). Person by person (``rules_sync_person``), one short transaction each;
    people already in step are never visited, so a run stopped by a time limit continues
    where it stopped when the delivery is retried, even for a rule for 100,000 people."""
    candidates = rule_candidates(rule)
    holding = set(
        Assignment.objects.filter(rule=rule, phase__in=OUTSTANDING).values_list(
            "person_id", flat=True
        )
    )
    if rule.is_active:
        reached = set(candidates.values_list("pk", flat=True))
        have = set(
            Assignment.objects.filter(
                person_id__in=candidates.values("pk"),
                item_kind=rule.item_kind,
                item_key=rule.item_key,
                current=True,
            )
            .exclude(phase=Phase.WITHDRAWN)
            .values_list("person_id", flat=True)
        )
        ids = (reached - have) | (holding - reached)
    else:
        ids = holding
    for pk in sorted(ids):
        person = Person.objects.select_related("user").filter(pk=pk).first()
        if person is not None:
            rules_sync_person(person=person)
    return len(ids)


@transaction.atomic
def rule_save(*, rule: AssignmentRule) -> AssignmentRule:
    """Validate and save a rule, and record ``assignment_rule.changed`` so the rule reaches
    (or leaves) everyone it concerns through the outbox."""
    rule.item_key = item_check(item_kind=rule.item_kind, item_key=rule.item_key)
    rule.full_clean()
    rule.save()
    event_record(
        kind="assignment_rule.changed",
        object_key=f"assignment_rule:{rule.pk}",
        occurrence=rule.updated_at.isoformat(),
        payload={"rule": rule.pk},
    )
    return rule


# --- Results arriving -----------------------------------------------------------------------
@transaction.atomic
def assignments_complete(
    *, person: Person, item_kind: str, item_key: str, at: datetime
) -> list[Assignment]:
    """The person did the item at ``at``: their outstanding cycle of it is completed, and a
    recurring rule opens the next cycle, due ``recurrence_months`` after ``at``. Idempotent
    (a completed cycle stays as it is)."""
    latest = _latest(person, item_kind, item_key)
    if latest is None or latest.phase not in OUTSTANDING:
        return []
    if at < latest.assigned_at and latest.cycle > 1:
        return []  # a completion from before this cycle does not repeat it
    latest.completed_at = at
    written = [_save(latest, "completed")]
    rule = latest.rule
    if rule is not None and rule.is_active and rule.recurrence_months:
        due = months_after(timezone.localtime(at).date(), rule.recurrence_months)
        written.append(
            _open_cycle(
                person=person,
                item_kind=item_kind,
                item_key=item_key,
                due_on=due,
                source=latest.source,
                rule=rule,
                previous=latest,
                why="recurred",
            )
        )
    return written


@transaction.atomic
def track_assignment_reopen(*, person: Person, track_key: str, due_on: date) -> Assignment | None:
    """The person's certificate of the track stops counting (expiring, revoked, suspended):
    a completed cycle of a track assigned to them is followed by a new one due ``due_on``.
    Idempotent: an outstanding cycle is left as it is."""
    latest = _latest(person, ItemKind.TRACK, track_key)
    if latest is None or latest.phase != Phase.COMPLETED:
        return None
    return _open_cycle(
        person=person,
        item_kind=ItemKind.TRACK,
        item_key=track_key,
        due_on=max(due_on, timezone.localdate()),
        source=latest.source,
        rule=latest.rule,
        assigned_by=latest.assigned_by,
        mandatory=latest.mandatory,
        previous=latest,
        why="recertify",
    )


@transaction.atomic
def assignment_started(*, person: Person, item_kind: str, item_key: str, at: datetime) -> bool:
    """The person began the item (enrolled in the module): "in progress" on the dashboard."""
    latest = _latest(person, item_kind, item_key)
    if latest is None or latest.phase not in OUTSTANDING or latest.started_at is not None:
        return False
    latest.started_at = at
    _save(latest, "started")
    return True


# --- The minute sweep -----------------------------------------------------------------------
def phases_sweep(*, today: date | None = None, chunk: int = 2000) -> set[tuple[int, str, str]]:
    """Move outstanding assignments whose day has come to "due soon" and "overdue"; returns
    the (person id, item kind, item key) moved, so the caller refreshes their summaries.
    One indexed query per phase and chunk; reminders are the reminder sweep's business."""
    today = today or timezone.localdate()
    soon = date.fromordinal(today.toordinal() + due_soon_days())
    # One phase per query: the outstanding index then yields the rows in (due_on, id) order
    # and an idle sweep stops at once; with ``phase IN (…)`` PostgreSQL sorted a parallel scan
    # of the whole table instead (220 ms a minute at 2,000,000 assignments, docs/benchmarks.md).
    moves = [
        (Phase.OVERDUE, Q(phase=Phase.OPEN, due_on__lt=today)),
        (Phase.OVERDUE, Q(phase=Phase.DUE_SOON, due_on__lt=today)),
        (Phase.DUE_SOON, Q(phase=Phase.OPEN, due_on__gte=today, due_on__lte=soon)),
    ]
    moved: set[tuple[int, str, str]] = set()
    now = timezone.now()
    for phase, condition in moves:
        while True:
            rows = list(
                Assignment.objects.filter(condition, completed_at__isnull=True).values_list(
                    "pk", "person_id", "item_kind", "item_key"
                )[:chunk]
            )
            if not rows:
                break
            Assignment.objects.filter(pk__in=[r[0] for r in rows]).update(
                phase=phase, phase_changed_at=now
            )
            moved.update((r[1], r[2], r[3]) for r in rows)
    return moved


# --- What managers do -----------------------------------------------------------------------
def _actor_check(actor: User, person: Person, *, own_allowed: bool = False) -> None:
    """The actor may act on ``person``: in their scope (a manager's units, or everyone for
    holders of ``learning.view_all_people``), and not themself unless ``own_allowed``."""
    if person_get_visible(user=actor, pk=person.pk) is None:
        raise PermissionDenied
    if not own_allowed and person.user_id == actor.pk:
        raise ValidationError(_("You cannot do this for yourself; ask your own manager."))


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give a reason."))
    if len(reason) > 2000:
        raise ValidationError(_("Keep the reason under 2,000 characters."))
    return reason


def _audit(actor: User, person: Person, action: str, reason: str, assignment=None, **detail):
    ManagerAction.objects.create(
        actor=actor,
        actor_name=actor.get_full_name() or actor.get_username(),
        person=person,
        action=action,
        assignment=assignment,
        detail=detail,
        reason=reason,
        at=timezone.now(),
    )


@transaction.atomic
def assignment_assign(
    *,
    actor: User,
    person: Person,
    item_kind: str,
    item_key: str,
    due_on: date,
    reason: str,
    mandatory: bool = True,
) -> Assignment:
    """A manager assigns an item to someone in their scope, due ``due_on`` (today or
    later). Raises PermissionDenied outside the scope, ValidationError when the item is
    unknown, the date has passed or the person already has it outstanding (extend that
    instead). Audited."""
    _actor_check(actor, person)
    reason = _reason(reason)
    item_key = item_check(item_kind=item_kind, item_key=item_key)
    if due_on < timezone.localdate():
        raise ValidationError(_("The due date has passed; choose today or a later day."))
    latest = _latest(person, item_kind, item_key)
    if latest is not None and latest.phase in OUTSTANDING:
        raise ValidationError(
            _("%(name)s already has this to do, due %(due)s; extend that instead.")
            % {"name": person.full_name, "due": latest.due_on.isoformat()}
        )
    assignment = _open_cycle(
        person=person,
        item_kind=item_kind,
        item_key=item_key,
        due_on=due_on,
        source=Assignment.Source.MANUAL,
        assigned_by=actor,
        mandatory=mandatory,
        previous=latest,
    )
    _audit(
        actor,
        person,
        ManagerAction.Action.ASSIGN,
        reason,
        assignment,
        item=f"{item_kind}:{item_key}",
        due_on=due_on.isoformat(),
        mandatory=mandatory,
    )
    return assignment


def _outstanding_for_update(actor: User, assignment_id: int) -> Assignment:
    assignment = (
        Assignment.objects.select_for_update()
        .select_related("person__user")
        .filter(pk=assignment_id)
        .first()
    )
    if assignment is None:
        raise PermissionDenied
    _actor_check(actor, assignment.person)
    if assignment.phase not in OUTSTANDING or not assignment.current:
        raise ValidationError(_("This assignment is no longer outstanding."))
    return assignment


@transaction.atomic
def assignment_exempt(*, actor: User, assignment_id: int, reason: str) -> Assignment:
    """Exempt someone in the actor's scope from an outstanding assignment, with a reason
    (e.g. they hold an equivalent qualification). Audited; never for oneself."""
    reason = _reason(reason)
    assignment = _outstanding_for_update(actor, assignment_id)
    assignment.phase = Phase.EXEMPT
    assignment.exempt_reason = reason
    _save(assignment, "exempt")
    _audit(actor, assignment.person, ManagerAction.Action.EXEMPT, reason, assignment)
    return assignment


@transaction.atomic
def assignment_extend(*, actor: User, assignment_id: int, due_on: date, reason: str) -> Assignment:
    """Move an outstanding assignment's due date to ``due_on`` (later than today and than
    the current date). Audited with the old and new dates; never for oneself."""
    reason = _reason(reason)
    assignment = _outstanding_for_update(actor, assignment_id)
    if due_on <= max(assignment.due_on, timezone.localdate()):
        raise ValidationError(_("Choose a day after the current due date and after today."))
    old = assignment.due_on
    assignment.due_on = due_on
    _save(assignment, "extended")
    _audit(
        actor,
        assignment.person,
        ManagerAction.Action.EXTEND,
        reason,
        assignment,
        due_on_before=old.isoformat(),
        due_on=due_on.isoformat(),
    )
    return assignment


@transaction.atomic
def assignment_withdraw(*, actor: User, assignment_id: int, reason: str) -> Assignment:
    """Withdraw an outstanding assignment made by hand (rule-made ones follow their rule:
    exempt the person instead). Audited."""
    reason = _reason(reason)
    assignment = _outstanding_for_update(actor, assignment_id)
    if assignment.source != Assignment.Source.MANUAL:
        raise ValidationError(_("A rule made this assignment; exempt the person instead."))
    assignment.withdrawn_at = timezone.now()
    _save(assignment, "withdrawn")
    _audit(actor, assignment.person, ManagerAction.Action.WITHDRAW, reason, assignment)
    return assignment


@transaction.atomic
def sector_access_grant(*, actor: User, person: Person, sector: str, reason: str) -> bool:
    """A manager lets someone in their scope read another sector's lesson sections (the
    sector lesson tells learners to ask for that). Audited; True if new."""
    _actor_check(actor, person)
    reason = _reason(reason)
    created = learning_services.sector_access_grant(
        person=person, sector=sector, reason=reason, granted_by=actor
    )
    if created:
        _audit(actor, person, ManagerAction.Action.GRANT_ACCESS, reason, sector=sector)
    return created


@transaction.atomic
def sector_access_withdraw(*, actor: User, person: Person, sector: str, reason: str) -> bool:
    """Take back access to another sector's sections. Audited; True if they had it."""
    _actor_check(actor, person)
    reason = _reason(reason)
    removed = learning_services.sector_access_withdraw(person=person, sector=sector)
    if removed:
        _audit(actor, person, ManagerAction.Action.WITHDRAW_ACCESS, reason, sector=sector)
    return removed
