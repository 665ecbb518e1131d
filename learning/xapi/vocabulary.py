"""The IRIs the platform's statements use: ADL and cmi5 verbs, activity types, extensions.

Verbs come from the ADL vocabulary (http://adlnet.gov/expapi/verbs/) and the cmi5 profile;
extensions the platform defines live under its own base (``XAPI_IRI_BASE``), so they never
collide with another platform's."""

from __future__ import annotations

from django.conf import settings

VERSION = "1.0.3"

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS: dict[str, dict[str, str]] = {
    "registered": {"id": ADL + "registered", "display": "registered"},
    "experienced": {"id": ADL + "experienced", "display": "experienced"},
    "progressed": {"id": ADL + "progressed", "display": "progressed"},
    "completed": {"id": ADL + "completed", "display": "completed"},
    "attempted": {"id": ADL + "attempted", "display": "attempted"},
    "answered": {"id": ADL + "answered", "display": "answered"},
    "passed": {"id": ADL + "passed", "display": "passed"},
    "failed": {"id": ADL + "failed", "display": "failed"},
    "scored": {"id": ADL + "scored", "display": "scored"},
    "voided": {"id": ADL + "voided", "display": "voided"},
    "earned": {"id": "http://id.tincanapi.com/verb/earned", "display": "earned"},
}

ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    # A learning path (an ordered series of modules) is what xAPI calls a course.
    "path": "http://adlnet.gov/expapi/activities/course",
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    # A calibration exercise is assessed (rated cases against an expert panel).
    "calibration": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "simulation": "http://adlnet.gov/expapi/activities/simulation",
    "certificate": "https://w3id.org/xapi/cmi5/activitytype/block",
}

#: cmi5's result extension: progress towards completion, an integer 0-100.
CMI5_PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress"

#: cmi5 category activity marking statements that follow cmi5's "cmi5 defined" rules.
CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"


#: Verbs no published vocabulary has, minted under the platform's base
#: (``<base>/verbs/<name>``): what happens to a certificate after it is earned.
PLATFORM_VERBS: dict[str, str] = {
    "certificate-extended": "had the certificate extended",
    "certificate-suspended": "had the certificate suspended",
    "certificate-reinstated": "had the certificate reinstated",
    "certificate-revoked": "had the certificate revoked",
    "certificate-expired": "let the certificate expire",
}


def verb(name: str) -> dict:
    if name in PLATFORM_VERBS:
        return {"id": f"{iri_base()}/verbs/{name}", "display": {"en-US": PLATFORM_VERBS[name]}}
    spec = VERBS[name]
    return {"id": spec["id"], "display": {"en-US": spec["display"]}}


def iri_base() -> str:
    """The base of every activity and extension IRI the platform mints (no trailing slash)."""
    return getattr(settings, "XAPI_IRI_BASE", "") or settings.SITE_URL.rstrip("/") + "/xapi"


def activity_iri(kind: str, key) -> str:
    """A stable activity IRI: ``<base>/activities/<kind>/<key>`` (key = a translation_key or
    another id that survives edits, moves and translation)."""
    return f"{iri_base()}/activities/{kind}/{key}"


def extension_iri(name: str) -> str:
    return f"{iri_base()}/extensions/{name}"


def account_homepage() -> str:
    """``actor.account.homePage``: the platform itself."""
    return getattr(settings, "XAPI_ACCOUNT_HOMEPAGE", "") or settings.SITE_URL.rstrip("/")


def platform() -> str:
    return getattr(settings, "XAPI_PLATFORM", "") or "vcr-learning"
