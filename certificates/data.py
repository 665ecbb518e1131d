"""Frozen answers that cross the app's boundary (the status API, the learner's page, later
the manager dashboards). Stdlib only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class StatusAnswer:
    """Whether a person holds a certificate of a track (or for an instrument) at ``at``.

    ``status`` is one of ``certificates.status`` (``none`` when the person never held one
    issued by then); the certificate fields are empty then. ``authorised`` is the gate:
    true while valid, expiring or in grace."""

    status: str
    at: datetime
    track_key: str = ""
    certificate_id: int | None = None
    number: str = ""
    cycle: int | None = None
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    grace_until: datetime | None = None
    instrument_key: str = ""
    instrument_name: str = ""
    instrument_version: str = ""

    @property
    def authorised(self) -> bool:
        from certificates.status import AUTHORISED

        return self.status in AUTHORISED


@dataclass(frozen=True)
class RequirementView:
    """One requirement as the learner sees it: what (``kind`` module / exam / calibration,
    the row's default-language ``key``: module key, assessment or exercise slug) and whether
    the learner has met it for the path that applies now."""

    kind: str
    key: str
    name: str
    met: bool


@dataclass(frozen=True)
class TrackOverview:
    """A track on the learner's "My certificates": their latest certificate (if any), its
    status now, the days left, and the requirements still ahead (first certification,
    or recertification once its window is open)."""

    track_id: int
    track_key: str
    title: str
    description: str
    status: str
    instrument: str = ""
    certificate_id: int | None = None
    number: str = ""
    valid_until: datetime | None = None
    grace_until: datetime | None = None
    recert_opens_at: datetime | None = None
    days_left: int | None = None
    recertification_open: bool = False
    requirements: tuple[RequirementView, ...] = ()
    cycle: int | None = None


@dataclass(frozen=True)
class RosterEntry:
    """One person who may run one instrument (in one version) now: the certificate that
    authorises it, its status (valid, expiring or in grace) and ``until``, the moment the
    authorisation ends (the grace end while in grace, else the expiry; None: it does not
    expire). Personal data: who holds which authorisation."""

    person_id: int
    employee_number: str
    name: str
    instrument_key: str
    instrument_name: str
    instrument_version: str
    track_key: str
    status: str
    until: datetime | None
    number: str
    certificate_id: int
