"""The status API's work, between the HTTP layer (``certificates.rest_api.v1``) and the
reads: the query a client may make, the answers, their signature and the audit.

An answer is computed, signed (``certificates.keys.jws_sign``, typ "vcr-status+jwt", expiring
``CERTIFICATE_STATUS_TTL`` seconds after it was made) and audited (one ``StatusCheck`` row per
person asked about, a bulk's in one INSERT) before it is returned: when any of these cannot
be done the caller gets no answer (the view turns ``DatabaseError`` and
``SigningUnavailable`` into 503), never an unsigned or unaudited one.

A person outside the client's organisations and a track outside its tracks are treated as if
they did not exist (``NotFound``, audited with status "not_found").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.utils import timezone

from certificates import api_selectors, selectors
from certificates.api_auth import ClientScope
from certificates.data import StatusAnswer
from certificates.keys import jws_sign
from certificates.models import StatusCheck, Track

TYP = "vcr-status+jwt"
NOT_FOUND = "not_found"


class NotFound(Exception):
    """Unknown or out of scope (person, track or instrument): the same to the caller."""


@dataclass(frozen=True)
class Query:
    """What is asked: a track, or an instrument (in a version), at a moment (None: now)."""

    track: Track | None
    tracks: tuple[Track, ...]
    instrument_key: str = ""
    version: str = ""
    at: datetime | None = None

    @property
    def track_key(self) -> str:
        return self.track.key if self.track is not None else ""


def query_resolve(
    *, scope: ClientScope, track: str = "", instrument: str = "", version: str = "", at=None
) -> Query:
    """The query, within the client's tracks. Raises NotFound for a track the client does
    not see (or that does not exist), and for an instrument none of its tracks authorise."""
    if track:
        found = scope.tracks.get(track)
        if found is None:
            raise NotFound
        return Query(track=found, tracks=(found,), at=at)
    tracks = scope.tracks_for_instrument(instrument, version)
    if not tracks:
        raise NotFound
    return Query(
        track=None, tracks=tuple(tracks), instrument_key=instrument, version=version, at=at
    )


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _instrument(answer: StatusAnswer, query: Query) -> dict | None:
    if answer.instrument_key:
        return {
            "key": answer.instrument_key,
            "name": answer.instrument_name,
            "version": answer.instrument_version,
        }
    instrument = query.tracks[0].instrument
    if instrument is None:
        return None
    return {
        "key": instrument.key,
        "name": instrument.name,
        "version": query.version or instrument.version,
    }


def answer_body(employee_number: str, answer: StatusAnswer, query: Query) -> dict:
    """One person's answer as the API gives it (without the JWS)."""
    return {
        "person": employee_number,
        "track": answer.track_key or query.track_key or None,
        "instrument": _instrument(answer, query),
        "status": answer.status,
        "authorised": answer.authorised,
        "valid_from": iso(answer.valid_from),
        "valid_until": iso(answer.valid_until),
        "grace_until": iso(answer.grace_until),
        "certificate_number": answer.number or None,
        "at": iso(answer.at),
    }


def _answers(query: Query, person_ids: list[int]) -> dict[int, StatusAnswer]:
    if query.track is not None:
        return selectors.status_answers(person_ids=person_ids, track=query.track, at=query.at)
    return api_selectors.instrument_answers(
        person_ids=person_ids,
        instrument_key=query.instrument_key,
        version=query.version,
        tracks=query.tracks,
        at=query.at,
    )


def _check(scope, query, now, number, person_id, answer, bulk) -> StatusCheck:
    return StatusCheck(
        client_id=scope.pk,
        checked_at=now,
        employee_number=number[:64],
        person_id=person_id,
        track_key=(answer.track_key if answer else "") or query.track_key,
        instrument_key=query.instrument_key,
        instrument_version=query.version,
        at=query.at,
        status=answer.status if answer else NOT_FOUND,
        certificate_id=answer.certificate_id if answer else None,
        bulk=bulk,
    )


def _not_found_record(scope, numbers, ask: dict, bulk: bool) -> None:
    """Audit checks that found nothing the client may see (an unknown or out-of-scope
    track or instrument: the query itself)."""
    now = timezone.now()
    query = Query(
        track=None,
        tracks=(),
        instrument_key=ask.get("instrument", ""),
        version=ask.get("version", ""),
        at=ask.get("at"),
    )
    checks = [_check(scope, query, now, n, None, None, bulk) for n in numbers]
    for check in checks:
        check.track_key = ask.get("track", "")[:80]
    _audit(checks)


def _resolved(scope, numbers, ask: dict, bulk: bool) -> Query:
    try:
        return query_resolve(scope=scope, **ask)
    except NotFound:
        _not_found_record(scope, numbers, ask, bulk)
        raise


def _signed(payload: dict, scope: ClientScope, now: datetime, sub: str | None = None) -> str:
    claims = {**payload, "iss": settings.SITE_URL, "aud": scope.key_id}
    if sub is not None:
        claims["sub"] = sub
    iat = int(now.timestamp())
    claims["iat"], claims["exp"] = iat, iat + settings.CERTIFICATE_STATUS_TTL
    return jws_sign(claims, typ=TYP)


def _found(scope: ClientScope, numbers: list[str], query: Query) -> dict:
    """employee number → (person id, answer) for those the client sees: one query for a
    track now (the hot path), two (three for a past moment) otherwise."""
    if query.track is not None and query.at is None:
        _now, found = api_selectors.status_now_in_scope(
            employee_numbers=numbers,
            organisation_paths=scope.organisation_paths,
            track=query.track,
        )
        return found
    persons = api_selectors.persons_in_scope(
        employee_numbers=numbers, organisation_paths=scope.organisation_paths
    )
    answers = _answers(query, list(set(persons.values())))
    return {number: (pid, answers[pid]) for number, pid in persons.items()}


def status_check(*, scope: ClientScope, employee_number: str, **ask) -> dict:
    """The signed, audited answer for one person about ``ask`` (``query_resolve``'s track,
    instrument, version, at). Raises NotFound (audited) for a person, track or instrument
    the client does not see. Two queries for a track now (the answer, the audit row)."""
    query = _resolved(scope, [employee_number], ask, False)
    found = _found(scope, [employee_number], query).get(employee_number)
    if found is None:
        _audit([_check(scope, query, timezone.now(), employee_number, None, None, False)])
        raise NotFound
    person_id, answer = found
    now = timezone.now()
    body = {**answer_body(employee_number, answer, query), "checked_at": iso(now)}
    body["jws"] = _signed(body, scope, now, sub=employee_number)
    _audit([_check(scope, query, now, employee_number, person_id, answer, False)])
    return body


_AUDIT_COLUMNS = (
    "client_id",
    "checked_at",
    "employee_number",
    "person_id",
    "track_key",
    "instrument_key",
    "instrument_version",
    "at",
    "status",
    "certificate_id",
    "bulk",
)


def _audit(checks: list[StatusCheck]) -> None:
    """The audit rows, in one multi-row INSERT (the ORM's bulk_create costs as much as the
    rest of a check on the hot path)."""
    from django.db import connection

    if not checks:
        return
    row = "(" + ", ".join(["%s"] * len(_AUDIT_COLUMNS)) + ")"
    sql = (
        f"INSERT INTO {StatusCheck._meta.db_table} ({', '.join(_AUDIT_COLUMNS)}) VALUES "  # noqa: S608 (names, placeholders)
        + ", ".join([row] * len(checks))
    )
    values = [getattr(check, column) for check in checks for column in _AUDIT_COLUMNS]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)


def status_check_bulk(*, scope: ClientScope, employee_numbers: list[str], **ask) -> dict:
    """The answers for many people (in the order asked, duplicates answered again), signed
    together and audited in one INSERT. Those the client does not see get
    ``{"person", "status": None, "error": "not_found"}``; a track or instrument it does not
    see raises NotFound (audited). Two queries for a track now."""
    query = _resolved(scope, employee_numbers, ask, True)
    found = _found(scope, employee_numbers, query)
    now = timezone.now()
    results, checks = [], []
    for number in employee_numbers:
        person_id, answer = found.get(number, (None, None))
        if answer is None:
            results.append({"person": number, "status": None, "error": NOT_FOUND})
        else:
            results.append(answer_body(number, answer, query))
        checks.append(_check(scope, query, now, number, person_id, answer, True))
    moment = iso(query.at or now)
    body = {"results": results, "at": moment, "checked_at": iso(now)}
    body["jws"] = _signed({"results": results, "at": moment}, scope, now)
    _audit(checks)
    return body
