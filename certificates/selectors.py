"""Reads of certificates: a person's status for a track or an instrument (now or at a past
moment), many people at once, a learner's own certificates, and which tracks a result
counts towards. Every read here is about the people asked for, never a scan of everyone.

The person's certificate for a track at ``at`` is the latest cycle issued by then; its
status comes from ``certificates.status`` (the current columns for now, the actions for a
past moment).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import Prefetch, Q
from django.utils import timezone

from certificates import status as st
from certificates.data import StatusAnswer
from certificates.models import Certificate, CertificateAction, RequirementPath, Track
from learning.locales import in_default_language

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
    rows = list(track.requirements.select_related("module"))
    chosen = [r for r in rows if r.path == path]
    if path == RequirementPath.RECERTIFICATION and not chosen:
        chosen = [r for r in rows if r.path == RequirementPath.INITIAL]
    return chosen


def track_default(track: Track) -> Track:
    return in_default_language(track)
