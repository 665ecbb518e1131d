"""Reads of certificates: a person's status for a track or an instrument (now or at a past
moment), many people at once, a learner's own certificates, and which tracks a result
counts towards. Every read here is about the people asked for, never a scan of everyone.

The person's certificate for a track at ``at`` is the latest cycle issued by then; its
status comes from ``certificates.status`` (the current columns for now, the actions for a
past moment).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from types import SimpleNamespace

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from assessments.models import Attempt, CalibrationAttempt
from certificates import status as st
from certificates.data import RosterEntry, StatusAnswer
from certificates.models import (
    Certificate,
    CertificateAction,
    CertificateBasis,
    RequirementPath,
    Track,
)
from learning.locales import in_default_language
from learning.models import Enrolment, Person

Basis = CertificateBasis.Kind

# Best first, when several tracks authorise the same instrument.
_RANK = {
    st.VALID: 0,
    st.EXPIRING: 1,
    st.IN_GRACE: 2,
    st.SUSPENDED: 3,
    st.REVOKED: 4,
    st.EXPIRED: 5,
    st.NONE: 6,
}


def track_get(*, key: str) -> Track | None:
    """The default-language track with this slug (any state), or None."""
    from wagtail.models import Locale

    return Track.objects.filter(key=key, locale=Locale.get_default()).first()


def _past(at: datetime | None, now: datetime) -> bool:
    return at is not None and at < now


def _answer(certificate: Certificate | None, track_key: str, at: datetime, past: bool):
    if certificate is None:
        return StatusAnswer(status=st.NONE, at=at, track_key=track_key)
    if past:
        state = st.state_at(certificate, certificate.actions.all(), at)
        status, valid_until, grace_until = state.status, state.valid_until, state.grace_until
    else:
        status = st.status_of(certificate, at)
        valid_until, grace_until = certificate.valid_until, certificate.grace_until
    return StatusAnswer(
        status=status,
        at=at,
        track_key=track_key,
        certificate_id=certificate.pk,
        number=certificate.number,
        cycle=certificate.cycle,
        valid_from=certificate.valid_from,
        valid_until=valid_until,
        grace_until=grace_until,
        instrument_key=certificate.instrument_key,
        instrument_name=certificate.instrument_name,
        instrument_version=certificate.instrument_version,
    )


def _cycles(person_ids: Iterable[int], track_ids: Iterable[int], at: datetime, past: bool):
    queryset = Certificate.objects.filter(
        person_id__in=list(person_ids), track_id__in=list(track_ids), issued_at__lte=at
    ).order_by("person_id", "track_id", "-cycle")
    if past:
        queryset = queryset.prefetch_related(
            Prefetch("actions", queryset=CertificateAction.objects.filter(at__lte=at))
        )
    return queryset


def status_answer(*, person_id: int, track: Track, at: datetime | None = None) -> StatusAnswer:
    """The person's status for ``track`` at ``at`` (default: now). One query for now, two
    for a past moment."""
    return status_answers(person_ids=[person_id], track=track, at=at)[person_id]


def status_answers(
    *, person_ids: Iterable[int], track: Track, at: datetime | None = None
) -> dict[int, StatusAnswer]:
    """The status of each person for ``track`` at ``at``, by person id (``none`` for those
    with no certificate). One query for now (two for a past moment), whatever the number of
    people."""
    now = timezone.now()
    moment, past = at or now, _past(at, now)
    person_ids = list(person_ids)
    latest: dict[int, Certificate] = {}
    for certificate in _cycles(person_ids, [track.pk], moment, past):
        latest.setdefault(certificate.person_id, certificate)
    return {pid: _answer(latest.get(pid), track.key, moment, past) for pid in person_ids}


def tracks_for_instrument(*, instrument_key: str, version: str = "") -> list[Track]:
    """The default-language tracks that authorise the instrument (in ``version``, if given):
    matched by the certificates' own snapshot, so a retired instrument version still
    answers for the certificates issued under it."""
    from wagtail.models import Locale

    tracks = Track.objects.filter(locale=Locale.get_default(), instrument__key=instrument_key)
    if version:
        tracks = tracks.filter(instrument__version=version)
    return list(tracks)


def instrument_answer(
    *,
    person_id: int,
    instrument_key: str,
    version: str = "",
    tracks: Iterable[Track],
    at: datetime | None = None,
) -> StatusAnswer:
    """The best status the person holds for the instrument across ``tracks`` (the ones the
    caller may see): an authorising answer first, else the most telling one. Certificates
    are matched by their snapshot of the instrument key and version."""
    now = timezone.now()
    moment, past = at or now, _past(at, now)
    tracks = {t.pk: t for t in tracks}
    certificates = _cycles([person_id], tracks, moment, past).filter(
        instrument_key=instrument_key, **({"instrument_version": version} if version else {})
    )
    latest: dict[int, Certificate] = {}
    for certificate in certificates:
        latest.setdefault(certificate.track_id, certificate)
    answers = [_answer(c, tracks[tid].key, moment, past) for tid, c in latest.items()]
    if not answers:
        return StatusAnswer(status=st.NONE, at=moment)
    return min(
        answers,
        key=lambda a: (_RANK[a.status], -(a.valid_until.timestamp() if a.valid_until else 1e12)),
    )


# --- The instrument roster ------------------------------------------------------------------
def _until(certificate: Certificate, status: str) -> datetime | None:
    return certificate.grace_until if status == st.IN_GRACE else certificate.valid_until


def _roster_rank(entry: RosterEntry) -> tuple:
    """Best first: the most settled status, then the latest end (no expiry is latest)."""
    return (_RANK[entry.status], -(entry.until.timestamp() if entry.until else 1e12))


def roster(*, person_ids=None, instrument_key: str = "", at: datetime | None = None):
    """Who may run each instrument at ``at`` (default now) among ``person_ids`` (ids or a
    subquery of them; None: everyone): one ``RosterEntry`` per person and instrument
    version, from the person's live certificates of the tracks that authorise one (the
    best when several tracks authorise the same instrument), ordered by instrument and
    name. ``instrument_key`` keeps one instrument.

    Reads the certificates' current columns (never the action history): meant for now or
    the near future; "was P authorised at a past T" is ``instrument_answer``'s question.
    One query, whatever the number of people."""
    moment = at or timezone.now()
    rows = Certificate.objects.filter(
        Q(valid_until__isnull=True) | Q(valid_until__gt=moment) | Q(grace_until__gt=moment),
        superseded_at__isnull=True,
        revoked_at__isnull=True,
        suspended_at__isnull=True,
        valid_from__lte=moment,
    ).exclude(instrument_key="")
    if person_ids is not None:
        rows = rows.filter(person_id__in=person_ids)
    if instrument_key:
        rows = rows.filter(instrument_key=instrument_key)
    # Plain values, not model instances (a roster is read for thousands of people); a
    # row is read as a namespace so the status rules of ``certificates.status`` apply as is.
    rows = rows.order_by("person_id", "track_id", "-cycle").values(*_ROSTER_FIELDS)
    rows = (SimpleNamespace(**row) for row in rows)
    best: dict[tuple, RosterEntry] = {}
    seen: set[tuple[int, int]] = set()
    for certificate in rows:
        if (certificate.person_id, certificate.track_id) in seen:
            continue  # an older cycle of a track already read
        seen.add((certificate.person_id, certificate.track_id))
        entry = _roster_entry(certificate, moment)
        if entry is None:
            continue
        slot = (entry.person_id, entry.instrument_key, entry.instrument_version)
        if slot not in best or _roster_rank(entry) < _roster_rank(best[slot]):
            best[slot] = entry
    return sorted(
        best.values(),
        key=lambda e: (
            e.instrument_name.casefold(),
            e.instrument_version,
            e.name.casefold(),
            e.employee_number,
        ),
    )


_ROSTER_FIELDS = (
    "pk",
    "person_id",
    "track_id",
    "valid_from",
    "valid_until",
    "grace_until",
    "recert_opens_at",
    "suspended_at",
    "revoked_at",
    "number",
    "instrument_key",
    "instrument_name",
    "instrument_version",
    "track__key",
    "person__employee_number",
    "person__user__first_name",
    "person__user__last_name",
)


def _roster_entry(certificate, moment: datetime) -> RosterEntry | None:
    status = st.status_of(certificate, moment)
    if status not in st.AUTHORISED:
        return None
    first, last = certificate.person__user__first_name, certificate.person__user__last_name
    return RosterEntry(
        person_id=certificate.person_id,
        employee_number=certificate.person__employee_number,
        name=f"{first} {last}".strip(),
        instrument_key=certificate.instrument_key,
        instrument_name=certificate.instrument_name,
        instrument_version=certificate.instrument_version,
        track_key=certificate.track__key,
        status=status,
        until=_until(certificate, status),
        number=certificate.number,
        certificate_id=certificate.pk,
    )


def instruments_certified() -> list[tuple[str, str]]:
    """The instruments that default-language tracks authorise, as (key, name), by name:
    the choices of the roster's instrument filter. One query."""
    from wagtail.models import Locale

    pairs = (
        Track.objects.filter(locale=Locale.get_default(), instrument__isnull=False)
        .values_list("instrument__key", "instrument__name")
        .order_by("instrument__name", "instrument__key")
        .distinct()
    )
    return list(dict(pairs).items())


def certificates_of(*, person) -> list[tuple[Certificate, str]]:
    """The person's certificates, latest cycle of each track first, with their status now:
    what "My certificates" lists. One query."""
    now = timezone.now()
    rows = (
        Certificate.objects.filter(person=person)
        .select_related("track")
        .order_by("track_id", "-cycle")
    )
    return [(c, st.status_of(c, now)) for c in rows]


def tracks_counting(*, module_key=None, assessment_id=None, exercise_id=None) -> list[Track]:
    """Active default-language tracks with a requirement on this module (key), exam or
    calibration exercise (default-language ids)."""
    condition = Q()
    if module_key is not None:
        condition |= Q(requirements__module__key=module_key)
    if assessment_id is not None:
        condition |= Q(requirements__assessment_id=assessment_id)
    if exercise_id is not None:
        condition |= Q(requirements__exercise_id=exercise_id)
    return list(Track.objects.filter(condition, is_active=True).distinct())


def requirements_of(track: Track, path: str) -> list:
    """The track's requirements on ``path`` (the recertification path falls back to the
    first-certification requirements when it names none), with their rows; one query."""
    rows = list(track.requirements.select_related("module", "assessment", "exercise"))
    chosen = [r for r in rows if r.path == path]
    if path == RequirementPath.RECERTIFICATION and not chosen:
        chosen = [r for r in rows if r.path == RequirementPath.INITIAL]
    return chosen


def track_default(track: Track) -> Track:
    return in_default_language(track)


# --- Requirements ---------------------------------------------------------------------------
def for_audience(*, person: Person, track: Track) -> bool:
    """Whether the track is meant for the person (sector and role, as calibration)."""
    sectors, roles = track.audience_sectors or [], track.audience_roles or []
    if sectors and person.sector not in sectors:
        return False
    return not roles or person.user.groups.filter(name__in=roles).exists()


def requirements_met(
    *, person: Person, track: Track, path: str, since: datetime | None = None
) -> list[tuple[str, int]] | None:
    """The results that meet the track's requirements on ``path`` (kind and pk of each), or
    None when one is missing. Exams and calibration count when passed, submitted and not
    voided, at or after ``since``; modules when completed (on the recertification path: at
    or after ``since`` too)."""
    basis: list[tuple[str, int]] = []
    for requirement in requirements_of(track, path):
        found = _result_for(person, requirement, path, since)
        if found is None:
            return None
        basis.append(found)
    return basis or None


def _result_for(person, requirement, path, since):
    after = (lambda field: Q(**{f"{field}__gte": since})) if since else (lambda field: Q())
    if requirement.module_id:
        enrolment = Enrolment.objects.filter(
            person=person, module_id=requirement.module_id, completed_at__isnull=False
        )
        if path == RequirementPath.RECERTIFICATION:
            enrolment = enrolment.filter(after("completed_at"))
        pk = enrolment.values_list("pk", flat=True).first()
        return None if pk is None else (Basis.MODULE, pk)
    if requirement.assessment_id:
        pk = (
            Attempt.objects.filter(
                after("submitted_at"),
                person=person,
                assessment_id=requirement.assessment_id,
                status=Attempt.Status.SUBMITTED,
                passed=True,
            )
            .order_by("-submitted_at")
            .values_list("pk", flat=True)
            .first()
        )
        return None if pk is None else (Basis.ATTEMPT, pk)
    pk = (
        CalibrationAttempt.objects.filter(
            after("submitted_at"),
            person=person,
            exercise_id=requirement.exercise_id,
            status=CalibrationAttempt.Status.SUBMITTED,
            passed=True,
        )
        .order_by("-submitted_at")
        .values_list("pk", flat=True)
        .first()
    )
    return None if pk is None else (Basis.CALIBRATION, pk)


# --- The learner's own view -----------------------------------------------------------------
def _path_now(certificate, status):
    """Which path the person is on now and since when results count (None: nothing ahead)."""
    if certificate is None:
        return RequirementPath.INITIAL, None
    if status in (st.EXPIRING, st.IN_GRACE, st.EXPIRED):
        return RequirementPath.RECERTIFICATION, certificate.recert_opens_at
    if status == st.REVOKED:
        return RequirementPath.INITIAL, certificate.revoked_at
    return None, None


def _requirement_view(person, requirement, path, since):
    from certificates.data import RequirementView
    from learning.locales import localized

    met = _result_for(person, requirement, path, since) is not None
    if requirement.module_id:
        module = requirement.module
        return RequirementView("module", str(module.key), module.title, met)
    if requirement.assessment_id:
        exam = localized(requirement.assessment)
        return RequirementView("exam", requirement.assessment.key, exam.title, met)
    exercise = localized(requirement.exercise)
    return RequirementView("calibration", requirement.exercise.key, exercise.title, met)


def certificate_overview(*, person: Person) -> list:
    """The learner's tracks: each track they hold a certificate of (its latest cycle) and
    each active track meant for them, with the status now, days left and the requirements
    ahead. A few queries per track (tracks are few); never other people's rows."""
    from certificates.data import TrackOverview
    from learning.locales import localized

    now = timezone.now()
    latest: dict[int, Certificate] = {}
    held = Certificate.objects.filter(person=person).select_related("track__instrument")
    for certificate in held.order_by("track_id", "-cycle"):
        latest.setdefault(certificate.track_id, certificate)
    from wagtail.models import Locale

    offered = Track.objects.filter(locale=Locale.get_default(), is_active=True).exclude(
        pk__in=latest
    )
    tracks = [c.track for c in latest.values()] + [
        t for t in offered.select_related("instrument") if for_audience(person=person, track=t)
    ]
    overview = []
    for track in tracks:
        certificate = latest.get(track.pk)
        status = st.status_of(certificate, now) if certificate else st.NONE
        path, since = _path_now(certificate, status)
        requirements = ()
        if path is not None and track.is_active:
            requirements = tuple(
                _requirement_view(person, r, path, since) for r in requirements_of(track, path)
            )
        end = None
        if certificate is not None and status in st.AUTHORISED:
            end = certificate.grace_until if status == st.IN_GRACE else certificate.valid_until
        shown = localized(track)
        instrument = localized(track.instrument) if track.instrument else None
        overview.append(
            TrackOverview(
                track_id=track.pk,
                track_key=track.key,
                title=shown.title,
                description=shown.description,
                status=status,
                instrument=f"{instrument.name} {instrument.version}" if instrument else "",
                certificate_id=certificate.pk if certificate else None,
                number=certificate.number if certificate else "",
                cycle=certificate.cycle if certificate else None,
                valid_until=certificate.valid_until if certificate else None,
                grace_until=certificate.grace_until if certificate else None,
                recert_opens_at=certificate.recert_opens_at if certificate else None,
                days_left=None if end is None else max((end - now).days, 0),
                recertification_open=path == RequirementPath.RECERTIFICATION,
                requirements=requirements,
            )
        )
    return overview


# --- Expiring, for managers -----------------------------------------------------------------
EXPIRY_WINDOWS = (30, 60, 90)


def _expiring(person_ids, until: datetime, now: datetime):
    rows = Certificate.objects.filter(
        superseded_at__isnull=True,
        revoked_at__isnull=True,
        valid_from__lte=now,
        valid_until__gte=now,
        valid_until__lte=until,
    )
    if person_ids is not None:
        rows = rows.filter(person_id__in=person_ids)
    return rows


def certificates_expiring(*, person_ids=None, within_days: int = 90, limit: int | None = None):
    """Current certificates (in force, not superseded by a renewal, not revoked) whose
    ``valid_until`` falls within the next ``within_days`` days, soonest first, with the
    holder and track. ``person_ids``: a list or a subquery of person ids (None: everyone).
    One query."""
    now = timezone.now()
    rows = _expiring(person_ids, now + timedelta(days=within_days), now)
    rows = rows.select_related("person__user", "track").order_by("valid_until", "pk")
    return list(rows[:limit] if limit else rows)


def certificates_expiring_counts(*, person_ids=None, windows=EXPIRY_WINDOWS) -> dict[int, int]:
    """How many current certificates of ``person_ids`` expire within each of ``windows``
    days ({30: n, 60: n, 90: n}). One query."""
    now = timezone.now()
    rows = _expiring(person_ids, now + timedelta(days=max(windows)), now)
    counts = rows.aggregate(
        **{
            f"d{days}": Count("pk", filter=Q(valid_until__lte=now + timedelta(days=days)))
            for days in windows
        }
    )
    return {days: counts[f"d{days}"] for days in windows}
