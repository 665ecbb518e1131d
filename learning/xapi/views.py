"""The xAPI 1.0.3 Statements resource (``/xapi/statements``) and About resource
(``/xapi/about``) over the built-in statement store.

Plain Django views, CSRF-exempt: the API is for machines authenticating with HTTP Basic on
every request, never with the session cookie, so a cross-site form cannot act with a
browser's credentials. Each view states its permission check: ``about`` is public (the
specification says so); ``statements`` authenticates the client
(``learning.xapi.auth.client_authenticate``) and requires the scope of the method
(``scope_require``); a read/mine client reads only the statements it stored.

Every response carries ``X-Experience-API-Version``; every request to ``statements`` must
send a 1.0.x version header. Errors are JSON: ``{"error": status, "message": "..."}``.

The alternate request syntax (a form POST with ``?method=GET|PUT|POST``, the headers and
``content`` as form fields; xAPI 1.3) is read into the same request (``_Alternate``).

Not built (a later issue; see docs/xapi.md, "Conformance"): multipart/mixed attachments
(statements with ``fileUrl`` attachments are accepted; ``attachments=true`` answers
multipart/mixed with the statements as its only part, since no attachment data is stored),
signed statements, and returning statements that target a matching statement (StatementRef)
in filtered results. The ``agent`` filter matches the actor (indexed); ``related_agents=true``
matches it anywhere.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime, timedelta
from functools import wraps

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse, QueryDict
from django.http.request import HttpHeaders
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt
from pydantic import ValidationError

from learning.auth.permissions import api_client, public
from learning.events import event_record
from learning.xapi import vocabulary
from learning.xapi.auth import (
    Forbidden,
    NotAuthenticated,
    client_authenticate,
    client_authority,
    reads_only_its_own,
    scope_require,
)
from learning.xapi.formats import FORMATS, languages_preferred, statement_format
from learning.xapi.schema import Agent, Group, StatementInvalid, _iri, _message, _uuid
from learning.xapi.selectors import (
    CursorInvalid,
    StatementQuery,
    cursor_read,
    statement_by_id,
    statements_page,
)
from learning.xapi.store import StatementConflict, actor_key, statements_store

VERSION_HEADER = "X-Experience-API-Version"
CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through"
_VERSION = re.compile(r"^1\.0(?:\.\d+)?$")
#: Versions /xapi/about announces.
VERSIONS = ["1.0.3", "1.0.2", "1.0.1", "1.0.0"]

#: The event recorded (in the same transaction) for each batch a client stores: the
#: forwarder delivers its statements.
RECEIVED_KIND = "xapi.statements_received"
#: Namespace of a batch's occurrence: uuid5(RECEIVED, ",".join(sorted statement ids)).
RECEIVED = uuid.UUID("3f6c9a0e-8d21-4b7e-a5f4-2c9e7b1d6a38")

_SINGLE = {"statementId", "voidedStatementId"}
_FILTERS = {
    "agent",
    "verb",
    "activity",
    "registration",
    "related_activities",
    "related_agents",
    "since",
    "until",
    "limit",
    "ascending",
}
_ANY = {"format", "attachments"}
_PARAMETERS = _SINGLE | _FILTERS | _ANY | {"more"}


class BadRequest(ValueError):
    """A request the resource refuses with 400 (or ``status``); the message says why."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def _setting(name: str, default):
    return getattr(settings, name, default)


def _json(data, status: int = 200, **headers) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        status=status,
        content_type="application/json; charset=utf-8",
    )
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def _multipart(response: HttpResponse) -> HttpResponse:
    """``response`` (JSON) as the multipart/mixed answer ``attachments=true`` asks for: the
    JSON is the first part; the store keeps no attachment data, so it is the only one."""
    boundary = uuid.uuid4().hex
    body = (
        f"--{boundary}\r\nContent-Type: application/json\r\n\r\n".encode()
        + response.content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    response.content = body
    response["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
    return response


def _error(status: int, message: str, **headers) -> HttpResponse:
    return _json({"error": status, "message": message}, status=status, **headers)


def xapi_resource(view):
    """CSRF-exempt, the version header on every response, HEAD answered as GET without a
    body, and the API's errors as JSON (401 with a Basic challenge, 403, 400/409/413)."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except NotAuthenticated as exc:
            response = _error(401, str(exc), WWW_Authenticate='Basic realm="xAPI"')
        except Forbidden as exc:
            response = _error(403, str(exc))
        except StatementConflict as exc:
            response = _error(409, str(exc))
        except (BadRequest, StatementInvalid, CursorInvalid) as exc:
            response = _error(getattr(exc, "status", 400), str(exc))
        response[VERSION_HEADER] = vocabulary.VERSION
        if request.method in ("GET", "HEAD") and view.__name__ == "statements":
            # on every GET of statements, whatever the status (xAPI 2.1.3)
            response.headers.setdefault(CONSISTENT_THROUGH, _consistent_through())
        response["Cache-Control"] = "no-store"
        if request.method == "HEAD":
            response.content = b""
        return response

    return wrapper


def _version_check(request) -> None:
    version = request.headers.get(VERSION_HEADER, "").strip()
    if not version:
        raise BadRequest(f"the {VERSION_HEADER} header is required (1.0.3)")
    if not _VERSION.match(version):
        raise BadRequest(f"xAPI version {version!r} is not supported; this LRS speaks 1.0.x")


@public
@xapi_resource
def about(request) -> HttpResponse:
    """The versions this LRS speaks. Permission: none (public, as the specification says)."""
    if request.method not in ("GET", "HEAD"):
        return _error(405, "the About resource answers GET only")
    return _json({"version": VERSIONS})


@api_client("statements/read or statements/read/mine (GET), statements/write (POST, PUT)")
@xapi_resource
def statements(request) -> HttpResponse:
    """GET/HEAD (scope statements/read or statements/read/mine), POST and PUT (scope
    statements/write). The client must authenticate on every request."""
    if request.method == "POST" and "method" in request.GET:
        request = _Alternate(request)
    if request.method not in ("GET", "HEAD", "POST", "PUT"):
        return _error(405, f"the Statements resource does not answer {request.method}")
    _version_check(request)
    client = client_authenticate(request)
    if request.method in ("GET", "HEAD"):
        scope_require(client, write=False)
        return _get(request, client)
    scope_require(client, write=True)
    body = _body(request)
    if request.method == "PUT":
        return _put(request, client, body)
    return _post(request, client, body)


class _Alternate:
    """A request in the alternate syntax (xAPI 1.0.3, 1.3) as the request it stands for: a
    form POST whose only query parameter is ``method``; the form holds the headers, the body
    as ``content`` and the resource's parameters."""

    HEADERS = {
        "authorization",
        "x-experience-api-version",
        "content-type",
        "content-length",
        "if-match",
        "if-none-match",
    }

    def __init__(self, request):
        if set(request.GET) != {"method"}:
            raise BadRequest("with the alternate syntax, method is the only query parameter")
        if request.content_type != "application/x-www-form-urlencoded":
            raise BadRequest("the alternate syntax posts application/x-www-form-urlencoded")
        self.method = request.GET["method"].upper()
        self.path = request.path
        form, params, meta = request.POST, QueryDict(mutable=True), dict(request.META)
        for name in form:
            if name.lower() in self.HEADERS:
                meta["HTTP_" + name.upper().replace("-", "_")] = form[name]
            elif name != "content":
                params.setlist(name, form.getlist(name))
        if self.method in ("PUT", "POST") and "content" not in form:
            raise BadRequest("the alternate syntax sends the body as the form field content")
        self._content = form.get("content", "").encode()
        kind = meta.pop("HTTP_CONTENT_TYPE", "") or "application/json"  # content is JSON
        meta["CONTENT_TYPE"], meta["CONTENT_LENGTH"] = kind, str(len(self._content))
        meta.pop("HTTP_CONTENT_LENGTH", None)
        self.content_type = kind.split(";")[0].strip().lower()
        self.META, self.headers, self.GET = meta, HttpHeaders(meta), params

    def read(self, size: int = -1) -> bytes:
        return self._content if size < 0 else self._content[:size]


# --- reading ------------------------------------------------------------------------------


def _bool(params, name: str) -> bool:
    value = params.get(name, "false").lower()
    if value not in ("true", "false"):
        raise BadRequest(f"{name} must be true or false, not {value!r}")
    return value == "true"


def _time(params, name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        raise BadRequest(f"{name}: {value!r} is not an ISO 8601 timestamp") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.isoformat()


def _field(check, params, name: str):
    value = params.get(name)
    if value is None:
        return None
    try:
        return check(value)
    except ValueError as exc:
        raise BadRequest(f"{name}: {exc}") from None


def _agent(value: str) -> tuple[str, dict]:
    try:
        agent = json.loads(value)
    except ValueError:
        raise BadRequest("agent must be a JSON agent or identified group") from None
    if not isinstance(agent, dict):
        raise BadRequest("agent must be a JSON object")
    model = Group if agent.get("objectType") == "Group" else Agent
    try:
        valid = model.model_validate(agent).model_dump(mode="json", exclude_unset=True)
    except ValidationError as exc:
        raise BadRequest(f"agent: {_message(exc).removeprefix('statement: ')}") from None
    probe = {k: valid[k] for k in ("mbox", "mbox_sha1sum", "openid", "account") if k in valid}
    return actor_key(valid)[:500], probe


def _limit(params) -> int:
    value = params.get("limit", "0")
    if not value.isdigit():
        raise BadRequest(f"limit must be a whole number of 0 or more, not {value!r}")
    return int(value)


def _format(params) -> str:
    fmt = params.get("format", "exact")
    if fmt not in FORMATS:
        raise BadRequest(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return fmt


def _consistent_through() -> str:
    """Every statement stored up to this time is in the answer: now, less the longest a
    write transaction holds a ``stored`` time before it commits (``XAPI_CONSISTENCY_LAG``)."""
    lag = timedelta(seconds=_setting("XAPI_CONSISTENCY_LAG_SECONDS", 1))
    return (timezone.now() - lag).isoformat(timespec="milliseconds")


class _Without:
    """The request with other query parameters (``attachments`` taken out)."""

    def __init__(self, request, params):
        self._request, self.GET = request, params

    def __getattr__(self, name):
        return getattr(self._request, name)


def _get(request, client) -> HttpResponse:
    params = request.GET
    unknown = sorted(set(params) - _PARAMETERS)
    if unknown:
        raise BadRequest(f"unknown parameter(s): {', '.join(unknown)}")
    if _bool(params, "attachments"):
        params = params.copy()
        del params["attachments"]
        response = _get(_Without(request, params), client)
        return _multipart(response) if response.status_code == 200 else response
    own = client.pk if reads_only_its_own(client) else None
    languages = languages_preferred(request.headers.get("Accept-Language", ""))
    through = _consistent_through()
    given_single = _SINGLE & set(params)
    if given_single:
        if len(given_single) > 1 or set(params) - _SINGLE - _ANY:
            raise BadRequest(
                "statementId or voidedStatementId may be combined with format and attachments only"
            )
        (name,) = given_single
        statement_id = _field(_uuid, params, name)
        found = statement_by_id(statement_id, voided=name == "voidedStatementId", client_id=own)
        if found is None:
            return _error(404, f"no statement with {name} {statement_id}")
        data, stored = found
        return _json(
            statement_format(data, _format(params), languages),
            Last_Modified=http_date(stored.timestamp()),
            **{CONSISTENT_THROUGH: through},
        )
    if "more" in params:
        if len(params) > 1:
            raise BadRequest("more is used alone, as the LRS gave it")
        query = cursor_read(params["more"], max_age=_setting("XAPI_MORE_MAX_AGE", 2 * 86400))
        if query.client_id != own:
            raise BadRequest("this more cursor belongs to another client")
    else:
        registration = _field(_uuid, params, "registration")
        key, probe = _agent(params["agent"]) if "agent" in params else (None, None)
        query = StatementQuery(
            actor_key=key,
            agent_probe=probe,
            related_activities=_bool(params, "related_activities"),
            related_agents=_bool(params, "related_agents"),
            verb_id=_field(_iri, params, "verb"),
            activity_id=_field(_iri, params, "activity"),
            registration=registration,
            since=_time(params, "since"),
            until=_time(params, "until"),
            ascending=_bool(params, "ascending"),
            limit=_limit(params),
            format=_format(params),
            client_id=own,
        )
    found, cursor = statements_page(query, max_limit=_setting("XAPI_MAX_LIMIT", 500))
    more = f"{request.path}?more={cursor}" if cursor else ""
    if found and isinstance(found[0], str):  # the stored JSON text, written out as it is
        body = '{"statements":[' + ",".join(found) + '],"more":' + json.dumps(more) + "}"
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response[CONSISTENT_THROUGH] = through
        return response
    return _json(
        {"statements": [statement_format(s, query.format, languages) for s in found], "more": more},
        **{CONSISTENT_THROUGH: through},
    )


# --- writing ------------------------------------------------------------------------------


def _body(request):
    """The request's JSON body: application/json only, at most ``XAPI_MAX_BODY_BYTES``."""
    if request.content_type != "application/json":
        raise BadRequest(
            f"Content-Type must be application/json, not {request.content_type or 'missing'!r}"
            " (multipart attachments are not supported yet)"
        )
    limit = _setting("XAPI_MAX_BODY_BYTES", 5 * 1024 * 1024)
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        raise BadRequest(f"the body is larger than {limit} bytes", status=413)
    raw = request.read(limit + 1)
    if len(raw) > limit:
        raise BadRequest(f"the body is larger than {limit} bytes", status=413)
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest(f"the body is not valid JSON ({exc})") from None


def _store(client, batch: list) -> list[str]:
    """Store ``batch`` for ``client``, and record the ``xapi.statements_received`` event in
    the same transaction so the forwarder delivers exactly these statements. Ids missing
    from the batch are minted first, so the event names every statement."""
    if not batch:
        return []
    for statement in batch:
        if isinstance(statement, dict) and "id" not in statement:
            statement["id"] = str(uuid.uuid4())
    ids = sorted(str(s.get("id", "")).lower() if isinstance(s, dict) else "" for s in batch)
    with transaction.atomic():
        event = event_record(
            kind=RECEIVED_KIND,
            object_key=f"xapi_client:{client.pk}",
            occurrence=uuid.uuid5(RECEIVED, ",".join(ids)),
            payload={"statements": ids},
        )
        return statements_store(batch, event=event, client=client, by=client_authority(client))


def _post(request, client, body) -> HttpResponse:
    if request.GET:
        raise BadRequest("POST takes no parameters (the alternate request syntax is not supported)")
    batch = body if isinstance(body, list) else [body]
    return _json(_store(client, batch))


def _put(request, client, body) -> HttpResponse:
    unknown = set(request.GET) - {"statementId"}
    if unknown:
        raise BadRequest(f"unknown parameter(s): {', '.join(sorted(unknown))}")
    if "statementId" not in request.GET:
        raise BadRequest("PUT needs the statementId parameter")
    statement_id = _field(_uuid, request.GET, "statementId")
    if not isinstance(body, dict):
        raise BadRequest("PUT takes one statement (a JSON object)")
    given = body.get("id")
    if given is not None and str(given).lower() != statement_id:
        raise BadRequest(f"the statement's id {given!r} is not the statementId {statement_id}")
    _store(client, [{**body, "id": statement_id}])
    return HttpResponse(status=204)
