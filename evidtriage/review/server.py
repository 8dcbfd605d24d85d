"""The local review page: ``evidtriage review DIR`` serves the case's findings on 127.0.0.1, where
the examiner marks each one relevant, not relevant or needs translation, with a comment and tags.

Each decision goes through :func:`.decisions.decide`, exactly as ``review --set`` does: a signed
custody entry, then the derived table. The page is rendered with the report's templates and
style, and its own script sets evidence text with ``textContent`` only.

Rules kept here, with their reasons:

* bound to 127.0.0.1 only, and a request from any other address is refused: the evidence never
  leaves the machine;
* every request must carry the random token of this session (in the URL for the page, in the
  ``X-Review-Token`` header for the API), compared in constant time: another local user or a
  web page cannot read the case or decide without it;
* the ``Host`` header must name this server (a DNS-rebinding page gets nothing), and a decision
  must come from this page's own origin (``Origin``) as JSON (a form posted from elsewhere is
  refused: CSRF);
* the page's Content-Security-Policy allows only its own script and style and requests to itself:
  no outside request is possible;
* one request at a time (a single-threaded server): two tabs' decisions are signed in the order
  they arrive, each chained after the other;
* Ctrl-C stops the server between requests; every decision already made is committed whole
  (custody entry and table), so the case stays consistent.
"""

from __future__ import annotations

import hmac
import json
import secrets
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from markupsafe import Markup

from ..errors import UserError
from ..store import Store
from . import decisions

HOST = "127.0.0.1"
#: Findings on one review page: the first page is ready in seconds however large the case.
PAGE_SIZE = 100
#: Messages of its conversation shown before and after a message opened as a chat thread.
THREAD_MESSAGES = 25
#: The most bytes a decision request may carry.
MOST_BODY = 64 * 1024


class ReviewServer(HTTPServer):
    """The server of one review session: its case, its token, its signer."""

    def __init__(self, store: Store, case_dir: str, record, port: int = 0):
        super().__init__((HOST, port), _Handler)
        self.store, self.case_dir, self.record = store, case_dir, record
        self.token = secrets.token_urlsafe(24)
        self._model: dict | None = None
        self._first: bytes | None = None
        self._groups: dict[str, list[str]] | None = None

    def prepare(self) -> None:
        """Read the findings (those with hits only, from the store) and render the first page
        once, before the URL is given: the findings do not change while the page is served
        (decisions are fetched by the page's script); other pages are rendered when asked for."""
        from ..reports.findings import review_findings
        from ..reports.html_report import view_model

        findings = review_findings(self.store)
        self._model = view_model(findings, [], interactive=False, case_dir=self.case_dir)
        # the keys each finding groups, as decisions.finding_keys gives them (in key order)
        self._groups = {g["id"]: sorted(g["artifacts"]) for g in findings["groups"]}
        self._first = self._render(0)

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def origin(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.origin}/?token={self.token}"

    @property
    def pages(self) -> int:
        """How many pages the findings fill (at least one)."""
        if self._model is None:
            self.prepare()
        shown = len(self._model["ranked"]) + len(self._model["set_apart"])
        return max(1, -(-shown // PAGE_SIZE))

    def page(self, number: int = 0) -> bytes:
        """The review page with the ``number``-th (from 0) page of findings."""
        if self._model is None:
            self.prepare()
        return self._first if number == 0 else self._render(number)

    def decide(self, key: str, decision: str, comment: str, tags: tuple[str, ...]) -> decisions.Decision:
        if self._groups is None:
            self.prepare()
        return decisions.decide(self.store, self.case_dir, self.record, key, decision, comment, tags, self._groups)

    def _render(self, number: int) -> bytes:
        from ..reports.html_report import _asset, _environment

        script, style = _asset("review.js"), _asset("report.css")
        model = self._model
        every = model["ranked"] + model["set_apart"]
        html = _environment().get_template("review.html.j2").render(
            **model, csp=_csp(style, script), script=Markup(script), style=Markup(style),
            decision_names=decisions.DECISIONS, examiner=self.record.examiner, token=self.token,
            on_page=every[number * PAGE_SIZE:(number + 1) * PAGE_SIZE], page=number, pages=self.pages,
            page_size=PAGE_SIZE)
        return html.encode("utf-8")

    def conversation(self, key: str) -> bytes | None:
        """The page of the conversation around the message ``key`` (None: no such message)."""
        from ..reports.html_report import _asset, _environment

        thread = self.store.conversation_around(key, THREAD_MESSAGES)
        if not thread:
            return None
        hits = {k: self.store.hits_of(k) for k, _ in thread}
        style = _asset("report.css")
        info = self.store.case_info()
        html = _environment().get_template("conversation.html.j2").render(
            csp=_csp(style), style=Markup(style), case_id=info.case_id, timezone=info.timezone, token=self.token,
            key=key, thread=[{**fields, "key": k, "hits": hits[k]} for k, fields in thread], most=THREAD_MESSAGES)
        return html.encode("utf-8")

    def current(self) -> dict:
        return {k: d.as_dict() for k, d in decisions.current(self.store).items()}


def _csp(style: str, script: str = "") -> Markup:
    """The page's Content-Security-Policy: its own style and script (by hash), requests back to
    this server only for a page with a script, nothing from anywhere else."""
    from ..reports.html_report import _csp_hash

    scripts = f"script-src {_csp_hash(script)}; connect-src 'self'; " if script else ""
    return Markup(f"default-src 'none'; {scripts}style-src {_csp_hash(style)}; img-src data:; base-uri 'none'; "
                  "form-action 'none'; frame-ancestors 'none'")


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "evidtriage-review"
    sys_version = ""

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # requests name findings; nothing is written to the terminal or a log file

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def _refused(self, why: str) -> None:
        self._json(HTTPStatus.FORBIDDEN, {"error": why})

    def _allowed(self, token: str) -> bool:
        if self.client_address[0] != HOST:
            self._refused("only this machine may use the review page")
            return False
        if self.headers.get("Host") != f"{HOST}:{self.server.port}":
            self._refused("wrong Host")
            return False
        if not hmac.compare_digest(token.encode(), self.server.token.encode()):
            self._refused("missing or wrong token")
            return False
        return True

    def do_GET(self):  # noqa: N802 - the base class's name
        url = urlsplit(self.path)
        token = (parse_qs(url.query).get("token") or [""])[0] or self.headers.get("X-Review-Token", "")
        if not self._allowed(token):
            return
        if url.path == "/":
            number = (parse_qs(url.query).get("page") or ["0"])[0]
            if not (number.isascii() and number.isdigit()) or int(number) >= self.server.pages:
                self._json(HTTPStatus.NOT_FOUND, {"error": f"no such page: the findings fill {self.server.pages}"})
                return
            self._send(HTTPStatus.OK, self.server.page(int(number)), "text/html")
        elif url.path == "/conversation":
            key = (parse_qs(url.query).get("key") or [""])[0]
            page = self.server.conversation(key) if key else None
            if page is None:
                self._json(HTTPStatus.NOT_FOUND, {"error": "no such message"})
                return
            self._send(HTTPStatus.OK, page, "text/html")
        elif url.path == "/api/decisions":
            self._json(HTTPStatus.OK, self.server.current())
        else:
            self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})

    def do_POST(self):  # noqa: N802
        if not self._allowed(self.headers.get("X-Review-Token", "")):
            return
        if self.headers.get("Origin") != self.server.origin:
            self._refused("a decision is taken only from the review page itself")
            return
        if (self.headers.get("Content-Type") or "").split(";")[0].strip() != "application/json":
            self._refused("a decision is sent as JSON")
            return
        if urlsplit(self.path).path != "/api/decide":
            self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 < length <= MOST_BODY:
            self._json(HTTPStatus.BAD_REQUEST, {"error": "a decision request is 1 byte to 64 KiB"})
            return
        try:
            body = json.loads(self.rfile.read(length))
            key, decision = str(body["key"]), str(body["decision"])
            comment = str(body.get("comment") or "")
            tags = tuple(str(t) for t in (body.get("tags") or ()) if str(t).strip())
        except (ValueError, KeyError, TypeError, AttributeError):
            self._json(HTTPStatus.BAD_REQUEST, {"error": "a decision is {key, decision, comment, tags}"})
            return
        try:
            made = self.server.decide(key, decision, comment, tags)
        except UserError as exc:
            self._json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
            return
        self._json(HTTPStatus.OK, made.as_dict())


def serve(store: Store, case_dir: str, record, port: int = 0, ready=None) -> None:
    """Serve the review page until Ctrl-C (or ``server.shutdown()`` from another thread).

    :param ready: called with the server once it listens (the CLI prints its URL).
    """
    server = ReviewServer(store, case_dir, record, port)
    try:
        server.prepare()
        if ready is not None:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass  # between requests: every decision made is already committed
    finally:
        server.server_close()
