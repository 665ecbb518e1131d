"""Reads of the status API (``certificates.rest_api.v1``): which of the employee numbers
asked about are people a client may see, and the status of many people for an instrument.
Each is one query whatever the number of people."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from certificates import status as st
from certificates.data import StatusAnswer
from certificates.models import Certificate, Track
from certificates.selectors import _RANK, _answer, _cycles, _past, status_answers
from learning.models import Membership, Person


def persons_in_scope(
    *, employee_numbers: Iterable[str], organisation_paths: Iterable[str]
) -> dict[str, int]:
    """employee number → person id, for those of ``employee_numbers`` who are members of a
    unit in the subtree of one of ``organisation_paths``; the others (unknown, or outside)
    are left out alike. Exact match on the employee number. One query."""
    in_subtrees = Q()
    for path in organisation_paths:
        in_subtrees |= Q(organisation__path__startswith=path)
    if not in_subtrees:
        return {}
    member = Membership.objects.filter(in_subtrees, person_id=OuterRef("pk"))
    rows = (
        Person.objects.filter(employee_number__in=list(set(employee_numbers)))
        .filter(Exists(member))
        .order_by()
        .values_list("employee_number", "pk")
    )
    return dict(rows)


def _best(answers: list[StatusAnswer]) -> StatusAnswer:
    return min(
        answers,
        key=lambda a: (_RANK[a.status], -(a.valid_until.timestamp() if a.valid_until else 1e12)),
    )


def instrument_answers(
    *,
    person_ids: Iterable[int],
    instrument_key: str,
    version: str = "",
    tracks: Iterable[Track],
    at: datetime | None = None,
) -> dict[int, StatusAnswer]:
    """``certificates.selectors.instrument_answer`` for many people at once, by person id:
    each person's best status for the instrument across ``tracks``. One query for now (two
    for a past moment)."""
    now = timezone.now()
    moment, past = at or now, _past(at, now)
    tracks = {t.pk: t for t in tracks}
    person_ids = list(person_ids)
    certificates = _cycles(person_ids, tracks, moment, past).filter(
        instrument_key=instrument_key, **({"instrument_version": version} if version else {})
    )
    latest: dict[tuple[int, int], Certificate] = {}
    for certificate in certificates:
        latest.setdefault((certificate.person_id, certificate.track_id), certificate)
    found: dict[int, list[StatusAnswer]] = {}
    for (person_id, track_id), certificate in latest.items():
        answer = _answer(certificate, tracks[track_id].key, moment, past)
        found.setdefault(person_id, []).append(answer)
    return {
        pid: _best(found[pid]) if pid in found else StatusAnswer(status=st.NONE, at=moment)
        for pid in person_ids
    }


_CERTIFICATE_COLUMNS = (
    "id",
    "number",
    "cycle",
    "issued_at",
    "valid_from",
    "valid_until",
    "recert_opens_at",
    "grace_until",
    "suspended_at",
    "revoked_at",
    "instrument_key",
    "instrument_name",
    "instrument_version",
)


def _now_sql(paths: int) -> str:
    person, membership = Person._meta.db_table, Membership._meta.db_table
    organisation = Membership._meta.get_field("organisation").related_model._meta.db_table
    certificate = Certificate._meta.db_table
    prefixes = " OR ".join(["o.path LIKE %s"] * paths)
    columns = ", ".join(f"c.{c}" for c in _CERTIFICATE_COLUMNS)
    # The person by employee number (unique index), kept only when a membership lies in
    # one of the subtrees (path prefix), and the latest cycle of the track issued by now
    # (the (person, track, -cycle) index): one index probe each. Only table names and
    # placeholders are formatted in; every value is a parameter.
    sql = f"""
        SELECT p.employee_number, p.id, {columns}
        FROM {person} p
        LEFT JOIN LATERAL (
            SELECT * FROM {certificate} c
            WHERE c.person_id = p.id AND c.track_id = %s AND c.issued_at <= %s
            ORDER BY c.cycle DESC LIMIT 1
        ) c ON TRUE
        WHERE p.employee_number = ANY(%s)
          AND EXISTS (
            SELECT 1 FROM {membership} m JOIN {organisation} o ON o.id = m.organisation_id
            WHERE m.person_id = p.id AND ({prefixes})
          )
    """  # noqa: S608
    return sql


def status_now_in_scope(
    *, employee_numbers: Iterable[str], organisation_paths: Iterable[str], track: Track
) -> tuple[datetime, dict[str, tuple[int, StatusAnswer]]]:
    """The status hot path: for those of ``employee_numbers`` the client may see (members
    of a unit under ``organisation_paths``), their person id and status for ``track`` now;
    the others are left out alike. One query (``persons_in_scope`` and
    ``certificates.selectors.status_answers`` in one), whatever the number of people.
    Returns the moment answered for and employee number → (person id, answer)."""
    from django.db import connection

    paths = [f"{p}%" for p in organisation_paths]  # treebeard paths are [0-9A-Z] only
    if not paths:
        return timezone.now(), {}
    now = timezone.now()
    if connection.vendor != "postgresql":  # the embedded default (SQLite): no LATERAL, ANY
        persons = persons_in_scope(
            employee_numbers=employee_numbers, organisation_paths=organisation_paths
        )
        answers = status_answers(person_ids=list(set(persons.values())), track=track, at=None)
        return now, {number: (pid, answers[pid]) for number, pid in persons.items()}
    with connection.cursor() as cursor:
        cursor.execute(_now_sql(len(paths)), [track.pk, now, list(set(employee_numbers)), *paths])
        rows = cursor.fetchall()
    found = {}
    for number, person_id, *values in rows:
        certificate = None
        if values[0] is not None:
            certificate = Certificate(
                person_id=person_id,
                track_id=track.pk,
                **dict(zip(_CERTIFICATE_COLUMNS, values, strict=True)),
            )
        found[number] = (person_id, _answer(certificate, track.key, now, False))
    return now, found
