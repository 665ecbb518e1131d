"""Typed xAPI 1.0.3 statements (pydantic), strict: unknown properties are refused, IRIs must
be absolute, language maps need valid tags, an agent has exactly one identifier.

``statement_validate(data)`` returns the statement as plain JSON (only what was given, ids
lower-cased) or raises ``StatementInvalid`` with a message naming the field. Every statement
the platform builds and every statement a client posts goes through it before it is stored.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+$")
_LANG = re.compile(
    r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-x(?:-[A-Za-z0-9]{1,8})+)?$"
    r"|^x(?:-[A-Za-z0-9]{1,8})+$"
)
#: ISO 8601 durations: weeks alone (P4W) or years to seconds (P1Y2M3DT4H5M6.5S), not mixed.
_DURATION = re.compile(
    r"^P(?:\d+(?:\.\d+)?W|(?!$)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?D)?"
    r"(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?)$"
)
_MBOX = re.compile(r"^mailto:[^@\s]+@[^@\s]+$")
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
_VERSION = re.compile(r"^1\.0(?:\.\d+)?$")


class StatementInvalid(ValueError):
    """The statement breaks the xAPI 1.0.3 rules; the message names the field."""


def _iri(value: str) -> str:
    if not isinstance(value, str) or not _IRI.match(value):
        raise ValueError(f"{value!r} is not an absolute IRI")
    return value


def _lang_map(value: dict) -> dict:
    for tag, text in value.items():
        if not _LANG.match(tag):
            raise ValueError(f"{tag!r} is not a language tag (RFC 5646)")
        if not isinstance(text, str):
            raise ValueError(f"the text for {tag!r} must be a string")
    return value


def _extensions(value: dict) -> dict:
    for key in value:
        _iri(key)
    return value


def _timestamp(value: str) -> str:
    if not isinstance(value, str):
        raise ValueError("a timestamp must be an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 timestamp") from None
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone")
    if value.endswith(("-00:00", "-0000", "-00")):
        raise ValueError("the offset -00:00 is not allowed")
    return value


def _uuid(value: str) -> str:
    if not isinstance(value, str):
        raise ValueError("a UUID must be a string")
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a UUID") from None
    if str(parsed) != value.lower():
        raise ValueError(f"{value!r} is not a UUID in its canonical form")
    return value.lower()


Iri = Annotated[str, AfterValidator(_iri)]
LanguageMap = Annotated[dict[str, Any], AfterValidator(_lang_map)]
Extensions = Annotated[dict[str, Any], AfterValidator(_extensions)]
Timestamp = Annotated[str, AfterValidator(_timestamp)]
Uuid = Annotated[str, AfterValidator(_uuid)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _no_nulls(cls, data):
        """A property set to null is refused (xAPI 2.2): left out is how "none" is said.
        Values inside ``extensions`` are the client's own JSON and are not checked."""
        if isinstance(data, dict):
            for key, value in data.items():
                if value is None:
                    raise ValueError(f"{key} is null; leave the property out instead")
        return data


class Account(_Strict):
    homePage: Iri
    name: str = Field(min_length=1)


class _Identified(_Strict):
    name: str | None = None
    mbox: str | None = None
    mbox_sha1sum: str | None = None
    openid: Iri | None = None
    account: Account | None = None

    def _identifiers(self) -> int:
        return sum(v is not None for v in (self.mbox, self.mbox_sha1sum, self.openid, self.account))

    @field_validator("mbox")
    @classmethod
    def _mbox(cls, value):
        if value is not None and not _MBOX.match(value):
            raise ValueError("mbox must be a mailto: IRI")
        return value

    @field_validator("mbox_sha1sum")
    @classmethod
    def _sha1(cls, value):
        if value is not None and not _SHA1.match(value):
            raise ValueError("mbox_sha1sum must be 40 lower-case hex digits")
        return value


class Agent(_Identified):
    objectType: Literal["Agent"] | None = None

    @model_validator(mode="after")
    def _one_identifier(self):
        if self._identifiers() != 1:
            raise ValueError("an agent has exactly one of mbox, mbox_sha1sum, openid, account")
        return self


class Group(_Identified):
    objectType: Literal["Group"]
    member: list[Agent] | None = None

    @model_validator(mode="after")
    def _identified_or_anonymous(self):
        count = self._identifiers()
        if count > 1:
            raise ValueError("a group has at most one identifier")
        if count == 0 and not self.member:
            raise ValueError("an anonymous group must list its members")
        return self


Actor = Agent | Group


class Verb(_Strict):
    id: Iri
    display: LanguageMap | None = None


class InteractionComponent(_Strict):
    id: str = Field(min_length=1)
    description: LanguageMap | None = None


class ActivityDefinition(_Strict):
    name: LanguageMap | None = None
    description: LanguageMap | None = None
    type: Iri | None = None
    moreInfo: Iri | None = None
    extensions: Extensions | None = None
    interactionType: (
        Literal[
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other",
        ]
        | None
    ) = None
    correctResponsesPattern: list[str] | None = None
    choices: list[InteractionComponent] | None = None
    scale: list[InteractionComponent] | None = None
    source: list[InteractionComponent] | None = None
    target: list[InteractionComponent] | None = None
    steps: list[InteractionComponent] | None = None

    @model_validator(mode="after")
    def _interaction(self):
        used = [
            name
            for name in ("correctResponsesPattern", "choices", "scale", "source", "target", "steps")
            if getattr(self, name) is not None
        ]
        if used and self.interactionType is None:
            raise ValueError(f"{used[0]} needs interactionType")
        return self


class Activity(_Strict):
    objectType: Literal["Activity"] | None = None
    id: Iri
    definition: ActivityDefinition | None = None


class StatementRef(_Strict):
    objectType: Literal["StatementRef"]
    id: Uuid


class Score(_Strict):
    scaled: float | None = Field(default=None, ge=-1, le=1)
    raw: float | None = None
    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _range(self):
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("score.min is above score.max")
        if self.raw is not None:
            if self.min is not None and self.raw < self.min:
                raise ValueError("score.raw is below score.min")
            if self.max is not None and self.raw > self.max:
                raise ValueError("score.raw is above score.max")
        return self

    @field_validator("scaled", "raw", "min", "max", mode="before")
    @classmethod
    def _number(cls, value):
        if isinstance(value, bool):
            raise ValueError("a score is a number")
        if isinstance(value, int):
            return float(value)
        return value


class Result(_Strict):
    score: Score | None = None
    success: bool | None = None
    completion: bool | None = None
    response: str | None = None
    duration: str | None = None
    extensions: Extensions | None = None

    @field_validator("duration")
    @classmethod
    def _duration(cls, value):
        if value is not None and not _DURATION.match(value):
            raise ValueError(f"{value!r} is not an ISO 8601 duration")
        return value


class ContextActivities(_Strict):
    """Each kind is a list; a single activity is accepted and kept as a list of one (an LRS
    returns arrays, xAPI 2.4.6.2)."""

    parent: list[Activity] | None = None
    grouping: list[Activity] | None = None
    category: list[Activity] | None = None
    other: list[Activity] | None = None

    @field_validator("parent", "grouping", "category", "other", mode="before")
    @classmethod
    def _as_list(cls, value):
        return [value] if isinstance(value, dict) else value


class Context(_Strict):
    registration: Uuid | None = None
    instructor: Agent | Group | None = None
    team: Group | None = None
    contextActivities: ContextActivities | None = None
    revision: str | None = None
    platform: str | None = None
    language: str | None = None
    statement: StatementRef | None = None
    extensions: Extensions | None = None

    @field_validator("language")
    @classmethod
    def _language(cls, value):
        if value is not None and not _LANG.match(value):
            raise ValueError(f"{value!r} is not a language tag (RFC 5646)")
        return value


class Attachment(_Strict):
    usageType: Iri
    display: LanguageMap
    description: LanguageMap | None = None
    contentType: str
    length: int = Field(ge=0)
    sha2: str
    fileUrl: Iri | None = None


def _object_rules(statement) -> None:
    """Rules on a statement's (or sub-statement's) object: an agent or group as object names
    its objectType; context.revision and platform only with an activity."""
    obj = statement.object
    if isinstance(obj, Agent) and obj.objectType is None:
        raise ValueError("object: an agent as object needs objectType 'Agent'")
    context = statement.context
    if (
        context is not None
        and not isinstance(obj, Activity)
        and (context.revision is not None or context.platform is not None)
    ):
        raise ValueError("context.revision and platform are only for activities")


class SubStatement(_Strict):
    objectType: Literal["SubStatement"]
    actor: Agent | Group
    verb: Verb
    object: Activity | Agent | Group | StatementRef
    result: Result | None = None
    context: Context | None = None
    timestamp: Timestamp | None = None
    attachments: list[Attachment] | None = None

    @model_validator(mode="after")
    def _rules(self):
        _object_rules(self)
        return self


class Statement(_Strict):
    id: Uuid | None = None
    actor: Agent | Group
    verb: Verb
    object: Activity | Agent | Group | StatementRef | SubStatement
    result: Result | None = None
    context: Context | None = None
    timestamp: Timestamp | None = None
    stored: Timestamp | None = None
    authority: Agent | Group | None = None
    version: str | None = None
    attachments: list[Attachment] | None = None

    @field_validator("version")
    @classmethod
    def _version(cls, value):
        if value is not None and not _VERSION.match(value):
            raise ValueError(f"version {value!r} is not 1.0.x")
        return value

    @model_validator(mode="after")
    def _rules(self):
        if self.verb.id == "http://adlnet.gov/expapi/verbs/voided" and not isinstance(
            self.object, StatementRef
        ):
            raise ValueError("a voiding statement's object must be a StatementRef")
        _object_rules(self)
        authority = self.authority
        if isinstance(authority, Group) and (
            authority._identifiers() or len(authority.member or []) != 2
        ):
            raise ValueError("authority: a group authority is anonymous with exactly two agents")
        return self


def _message(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"] if not str(part).startswith("function-"))
    return f"{where or 'statement'}: {first['msg']}"


def statement_validate(data: Any) -> dict:
    """The statement as plain JSON (what was given, nothing added), or ``StatementInvalid``."""
    if not isinstance(data, dict):
        raise StatementInvalid("a statement must be a JSON object")
    try:
        model = Statement.model_validate(data)
    except ValidationError as exc:
        raise StatementInvalid(_message(exc)) from None
    return model.model_dump(mode="json", exclude_unset=True)
