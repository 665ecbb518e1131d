"""The case system's web app (WSGI, standard library server).

* ``GET /`` — pick a caseworker (by employee number).
* ``GET /risk-assessments/new?caseworker=FK-3003`` — the "Open risk assessment" form, shown
  only when the platform says the caseworker is authorised; otherwise a refusal that says
  why (403 not authorised, 503 no verified answer). The header ``X-Gate-Answer`` says
  whether the answer came from the platform or the cache.
* ``POST /risk-assessments`` — checks the gate again before "saving" (a demo: nothing is
  stored).
* ``POST /webhooks/certification`` — the platform's webhooks: verified, then every cached
  answer about the person is dropped (any certificate event: revoked, suspended and
  expired are the ones that close the form at once).
"""

from __future__ import annotations

import html
import json
import logging
import os
import socketserver
from datetime import UTC, datetime
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from case_system.gate import Config, Gate, Refused
from case_system.webhooks import BadSignature, SeenIds, verify

logger = logging.getLogger("case_system")

INSTRUMENT_TITLE = "SARA-SV / demonstration instrument"


def _page(title: str, body: str) -> bytes:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} · Case system</title></head><body>"
        f"<header><p>Fjordby case system (example)</p></header><main><h1>{html.escape(title)}</h1>"
        f"{body}</main></body></html>"
    ).encode()


class CaseSystem:
    """The WSGI application: ``CaseSystem(Config.from_env())``."""

    def __init__(self, config: Config):
        self.config = config
        self.gate = Gate(config)
        self.seen = SeenIds()

    def __call__(self, environ, start_response):
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "/")
        routes = {
            ("GET", "/"): self.home,
            ("GET", "/risk-assessments/new"): self.form,
            ("POST", "/risk-assessments"): self.save,
            ("POST", "/webhooks/certification"): self.webhook,
            ("GET", "/healthz"): lambda env: (200, {}, b"ok"),
        }
        handler = routes.get((method, path))
        if handler is None:
            status, headers, body = 404, {}, _page("Not found", "<p>No such page.</p>")
        else:
            status, headers, body = handler(environ)
        reasons = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request"}
        reasons |= {401: "Unauthorized", 403: "Forbidden", 404: "Not Found"}
        reasons |= {503: "Service Unavailable"}
        headers = {"Content-Type": "text/html; charset=utf-8", **headers}
        headers["Cache-Control"] = "no-store"
        start_response(f"{status} {reasons.get(status, '')}", list(headers.items()))
        return [body]

    # --- pages ---------------------------------------------------------------------------
    def home(self, environ):
        return (
            200,
            {},
            _page(
                "Risk assessments",
                "<form action='/risk-assessments/new'><label>Caseworker's employee number "
                "<input name='caseworker' required></label> <button>Open risk assessment</button>"
                "</form>",
            ),
        )

    def _decide(self, person: str):
        """(status, headers, refusal page) when refused, else (None, headers, decision)."""
        if not person:
            return 400, {}, _page("Who is assessing?", "<p>Give the caseworker's number.</p>")
        try:
            decision = self.gate.check(person)
        except Refused as why:
            logger.warning("gate refused %s: %s", person, why)
            page = _page(
                "The risk assessment cannot be opened",
                "<p role='alert'>The caseworker's certification could not be confirmed, so "
                "the form stays closed. Try again in a moment; if it persists, contact "
                f"the system administrator.</p><p><small>Reason: {html.escape(str(why))}"
                "</small></p>",
            )
            return why.http_status, {"X-Gate-Answer": "none"}, page
        headers = {"X-Gate-Answer": decision.source, "X-Gate-Status": decision.status}
        if not decision.authorised:
            page = _page(
                "The risk assessment cannot be opened",
                f"<p role='alert'>Caseworker {html.escape(person)} does not hold a valid "
                f"certification for {INSTRUMENT_TITLE} (status: "
                f"{html.escape(decision.status)}). Only certified staff may assess; ask "
                "a certified colleague, or see the training platform about recertification."
                "</p>",
            )
            return 403, headers, page
        return None, headers, decision

    def form(self, environ):
        person = parse_qs(environ.get("QUERY_STRING", "")).get("caseworker", [""])[0].strip()
        status, headers, result = self._decide(person)
        if status is not None:
            return status, headers, result
        until = datetime.fromtimestamp(result.expires_at, UTC).isoformat(timespec="seconds")
        body = (
            f"<p>Caseworker {html.escape(person)}: certified "
            f"(certificate {html.escape(result.certificate_number or '-')}, valid until "
            f"{html.escape(result.valid_until or 'further notice')}). Answer checked "
            f"{'just now' if result.source == 'platform' else 'earlier'}, "
            f"good until {until}.</p>"
            "<form method='post' action='/risk-assessments'>"
            f"<input type='hidden' name='caseworker' value='{html.escape(person)}'>"
            "<label>Case number <input name='case' required></label>"
            "<fieldset><legend>Historical factors</legend>"
            "<label><input type='checkbox' name='item' value='H1'> H1</label></fieldset>"
            "<button>Save assessment</button></form>"
        )
        return 200, headers, _page(f"Open risk assessment ({INSTRUMENT_TITLE})", body)

    def save(self, environ):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        fields = parse_qs(environ["wsgi.input"].read(length).decode())
        person = fields.get("caseworker", [""])[0].strip()
        status, headers, result = self._decide(person)
        if status is not None:
            return status, headers, result
        return 201, headers, _page("Saved", "<p>The assessment was saved (demo).</p>")

    # --- webhooks ------------------------------------------------------------------------
    def webhook(self, environ):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length)
        headers = {
            key[5:].replace("_", "-").lower(): value
            for key, value in environ.items()
            if key.startswith("HTTP_WEBHOOK_")
        }
        try:
            verify(self.config.webhook_secret, headers, body)
        except BadSignature as why:
            logger.warning("webhook refused: %s", why)
            return 401, {"Content-Type": "text/plain"}, b"bad signature"
        if not self.seen.first_time(headers["webhook-id"]):
            return 204, {}, b""  # a retry or a replay of one already handled
        try:
            event = json.loads(body)
            person = event["data"]["person"]
        except (ValueError, KeyError, TypeError):
            return 400, {"Content-Type": "text/plain"}, b"unexpected payload"
        if str(event.get("type", "")).startswith("certificate."):
            dropped = self.gate.answers.drop(person)
            logger.info("%s for %s: %s cached answers dropped", event["type"], person, dropped)
        return 204, {}, b""


class _Server(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    config = Config.from_env()
    port = int(os.environ.get("PORT", "8510"))
    server = make_server(
        os.environ.get("HOST", "127.0.0.1"),
        port,
        CaseSystem(config),
        server_class=_Server,
        handler_class=_Quiet,
    )
    logger.info("case system on port %s, asking %s", port, config.platform_url)
    server.serve_forever()
