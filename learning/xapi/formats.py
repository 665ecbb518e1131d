"""The ``format`` parameter of a statement GET (xAPI 1.0.3, 2.1.3): ``exact`` returns the
statement as stored; ``ids`` keeps only what identifies agents, groups, activities and
verbs; ``canonical`` keeps one language of every language map, the one the request's
Accept-Language prefers. Pure functions on the stored JSON."""

from __future__ import annotations

FORMATS = ("exact", "ids", "canonical")
_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
_LANGUAGE_MAPS = ("display", "name", "description")


def languages_preferred(header: str) -> list[str]:
    """The languages of an Accept-Language header, most wanted first ('*' dropped)."""
    weighted = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and tag != "*" and quality > 0:
            weighted.append((-quality, position, tag.lower()))
    return [tag for _q, _p, tag in sorted(weighted)]


def _pick(language_map: dict, languages: list[str]) -> dict:
    if not language_map:
        return language_map
    by_lower = {tag.lower(): tag for tag in language_map}
    for wanted in languages:
        if wanted in by_lower:
            tag = by_lower[wanted]
            return {tag: language_map[tag]}
        for lower, tag in by_lower.items():  # "en" asked, "en-US" there (or the reverse)
            if lower.split("-")[0] == wanted.split("-")[0]:
                return {tag: language_map[tag]}
    tag = next(iter(language_map))
    return {tag: language_map[tag]}


def _canonical(value, languages: list[str]):
    if isinstance(value, list):
        return [_canonical(item, languages) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key in _LANGUAGE_MAPS and isinstance(item, dict) and key != "extensions":
            out[key] = _pick(item, languages)
        elif key == "extensions":
            out[key] = item  # extension values are the client's own JSON: left alone
        else:
            out[key] = _canonical(item, languages)
    return out


def _agent_ids(agent: dict) -> dict:
    out = {k: agent[k] for k in ("objectType", *_IFIS) if k in agent}
    if "member" in agent and not any(k in agent for k in _IFIS):
        out["member"] = [_agent_ids(m) for m in agent["member"]]
    return out


def _object_ids(obj: dict) -> dict:
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        return {"id": obj["id"]}
    if kind in ("Agent", "Group"):
        return _agent_ids(obj)
    if kind == "SubStatement":
        return _statement_ids(obj)
    return obj


def _statement_ids(statement: dict) -> dict:
    out = dict(statement)
    out["actor"] = _agent_ids(statement["actor"])
    out["verb"] = {"id": statement["verb"]["id"]}
    out["object"] = _object_ids(statement["object"])
    if "authority" in statement:
        out["authority"] = _agent_ids(statement["authority"])
    context = statement.get("context")
    if context:
        context = dict(context)
        for who in ("instructor", "team"):
            if who in context:
                context[who] = _agent_ids(context[who])
        if "contextActivities" in context:
            context["contextActivities"] = {
                kind: [_object_ids(a) for a in (acts if isinstance(acts, list) else [acts])]
                for kind, acts in context["contextActivities"].items()
            }
        out["context"] = context
    return out


def statement_format(statement: dict, fmt: str, languages: list[str]) -> dict:
    """``statement`` in the format ``fmt`` (one of ``FORMATS``)."""
    if fmt == "ids":
        return _statement_ids(statement)
    if fmt == "canonical":
        return _canonical(statement, languages)
    return statement
