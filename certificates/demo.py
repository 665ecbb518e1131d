"""The demo municipality's certification tracks (idempotent by slug): the demonstration
instrument's assessor track and the basic-knowledge track. Loaded by ``seed_demo`` after
the courses, since requirements point at published module outlines."""

from __future__ import annotations

from django.db import transaction
from wagtail.models import Locale

from certificates.models import RequirementPath, Track, TrackRequirement
from learning.models import CourseModule

ASSESSOR_TRACK = "demo-instrument-assessor"
BASIC_TRACK = "basic-knowledge"

_TRACKS = {
    ASSESSOR_TRACK: {
        "title": (
            "Demonstration instrument – assessor",  # noqa: RUF001 (a dash, as printed)
            "Demonstrationsinstrument – bedømmer",  # noqa: RUF001
        ),
        "description": (
            "Authorises the holder to run risk assessments with the demonstration instrument. "
            "Renew every 24 months with one new calibration.",
            "Giver ret til at lave risikovurderinger med demonstrationsinstrumentet. Fornyes "
            "hver 24. måned med en ny kalibrering.",
        ),
        "validity_months": 24,
        "recert_window_days": 90,
        "grace_days": 30,
        "audience_sectors": ["children_youth", "family_court", "police", "other"],
    },
    BASIC_TRACK: {
        "title": ("Basic knowledge: psychological violence", "Grundviden: psykisk vold"),
        "description": (
            "The three basic modules and the basic-knowledge exam.",
            "De tre grundmoduler og prøven i grundviden.",
        ),
        "validity_months": 36,
        "recert_window_days": 90,
        "grace_days": 0,
        "audience_sectors": [],
    },
}


def _track(key: str, instrument=None) -> tuple[Track, bool]:
    source, danish = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="da")
    track = Track.objects.filter(key=key, locale=source).first()
    if track is not None:
        return track, False
    spec = dict(_TRACKS[key])
    (title, title_da), (text, text_da) = spec.pop("title"), spec.pop("description")
    track = Track.objects.create(
        key=key, title=title, description=text, locale=source, instrument=instrument, **spec
    )
    Track.objects.create(
        key=key,
        title=title_da,
        description=text_da,
        locale=danish,
        translation_key=track.translation_key,
        instrument=instrument,
        **spec,
    )
    return track, True


def _require(track: Track, path: str, **target) -> None:
    TrackRequirement.objects.get_or_create(track=track, path=path, **target)


@transaction.atomic
def tracks_seed(*, module_keys: dict, exam=None, exercise=None) -> list[Track]:
    """The demo tracks. ``module_keys`` maps demo course slugs to their pages'
    translation keys (the outlines must be built); ``exam`` / ``exercise`` are the demo's
    default-language exam and calibration exercise."""
    outlines = {str(m.key): m for m in CourseModule.objects.filter(key__in=module_keys.values())}
    module = lambda slug: outlines[str(module_keys[slug])]  # noqa: E731
    assessor, new = _track(ASSESSOR_TRACK, instrument=exercise.instrument if exercise else None)
    if new:
        _require(assessor, RequirementPath.INITIAL, module=module("demonstration-risk-instrument"))
        if exercise is not None:
            _require(assessor, RequirementPath.INITIAL, exercise=exercise)
            _require(assessor, RequirementPath.RECERTIFICATION, exercise=exercise)
    basic, new = _track(BASIC_TRACK)
    if new:
        for slug in ("psychological-violence", "detection-cues", "duty-to-act"):
            _require(basic, RequirementPath.INITIAL, module=module(slug))
        if exam is not None:
            _require(basic, RequirementPath.INITIAL, assessment=exam)
    return [assessor, basic]
