"""The pieces every statement builder puts together: the actor, activities with their
definitions, the context, durations and times.

Pure functions of what the builder read (no queries here, except ``person_actor``), so the
same event always gives the same statement. Builders live in the apps that know the
content (``modules.xapi``, ``assessments.xapi``); see docs/xapi.md.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings

from learning.models import Person
from learning.xapi import vocabulary
from learning.xapi.store import account_actor, registration_for


def person_actor(person_id) -> dict:
    """The opaque account of the person with this id: never a name, email or employee
    number (those never appear in a statement the platform builds)."""
    key = Person.objects.filter(pk=person_id).values_list("xapi_key", flat=True).get()
    return account_actor(key)


def activity(kind: str, key, names: dict, descriptions: dict | None = None, **more) -> dict:
    """An activity ``<base>/activities/<kind>/<key>`` of type ``ACTIVITY_TYPES[kind]``, with
    its name (and description) in every language given; ``more`` adds definition fields
    (interactionType, choices, ...)."""
    definition: dict = {"type": vocabulary.ACTIVITY_TYPES[kind]}
    if names:
        definition["name"] = dict(sorted(names.items()))
    if descriptions:
        definition["description"] = dict(sorted(descriptions.items()))
    definition.update(more)
    return {
        "objectType": "Activity",
        "id": vocabulary.activity_iri(kind, key),
        "definition": definition,
    }


def reference(activity_: dict) -> dict:
    """An activity as a context activity: its id, type and name (not its description or
    interaction details again)."""
    definition = {k: v for k, v in activity_["definition"].items() if k in ("type", "name")}
    return {"objectType": "Activity", "id": activity_["id"], "definition": definition}


def context(
    *,
    enrolment_id=None,
    language: str = "",
    parent: list[dict] = (),
    grouping: list[dict] = (),
    extensions: dict | None = None,
) -> dict:
    """The context of an activity statement: the registration of the enrolment (when there
    is one), parent and grouping activities, the platform, and the language the learner
    used (the content's default language when it is not known)."""
    built: dict = {}
    if enrolment_id is not None:
        built["registration"] = registration_for(enrolment_id)
    activities = {}
    if parent:
        activities["parent"] = [reference(a) for a in parent]
    if grouping:
        activities["grouping"] = [reference(a) for a in grouping]
    if activities:
        built["contextActivities"] = activities
    built["platform"] = vocabulary.platform()
    built["language"] = language or settings.LANGUAGE_CODE
    if extensions:
        built["extensions"] = extensions
    return built


def statement(*, id: str, actor: dict, verb: str, object: dict, timestamp: str, **parts) -> dict:
    """A statement with an explicit id and the time it happened (never the relay's time);
    ``parts`` are ``result`` and ``context`` (left out when None)."""
    built = {
        "id": id,
        "actor": actor,
        "verb": vocabulary.verb(verb),
        "object": object,
        "timestamp": timestamp,
    }
    built.update({name: value for name, value in parts.items() if value is not None})
    return built


def duration(seconds: float) -> str:
    """ISO 8601 duration of ``seconds``, to the hundredth (as cmi5 asks): ``PT754.27S``."""
    text = f"{max(0.0, round(seconds, 2)):.2f}".rstrip("0").rstrip(".")
    return f"PT{text}S"


def duration_between(start: str, end: str) -> str:
    """ISO 8601 duration between two ISO timestamps."""
    return duration((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds())


def when(payload: dict, field: str, event) -> str:
    """The time the event happened, from its payload (``field``); an event recorded before
    the payload carried it falls back to when it was recorded."""
    return payload.get(field) or event.recorded_at.isoformat()
