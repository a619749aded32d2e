"""A local fake Slack for tests and the benchmark: the Web API over HTTP and Socket Mode over
WebSocket, both on 127.0.0.1 random ports, recording every request.

    with MockSlack() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.base_url)
        slack.fail("chat.postMessage", status=429, retry_after=1)   # next call: HTTP 429
        ...; slack.wait_for("chat.postMessage")[0].body["blocks"]

Faults: `fail` (429 with Retry-After, 500, ...), `respond_with` (an error body), `slow` (hold the
answer), `offline`/`online` (the port is closed: connection refused), and on the Socket Mode
side `drop` (close every connection, with a close frame or abruptly) and `disconnect`.

Web API methods answered: auth.test, chat.postMessage, chat.postEphemeral, chat.update,
views.publish, apps.connections.open (returns the Socket Mode server's ws:// URL), and
`{"ok": true}` for anything else. POSTs to `response_url(...)` are recorded as "response_url".
The Socket Mode server says `hello`, sends envelopes and records acks by `envelope_id`.
Run `python -m bot.mock_slack` to serve one until Ctrl-C.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .mock_socket_mode import APP_ID, SocketModeServer

TEAM_ID, BOT_USER_ID, BOT_ID = "T0MOCK", "U0QABOT", "B0QABOT"
__all__ = ["APP_ID", "BOT_ID", "BOT_USER_ID", "TEAM_ID", "Call", "MockSlack", "SocketModeServer"]


@dataclass
class Call:
    """One recorded request: the API method (or "response_url"), its parsed body and headers,
    and the status and JSON the mock answered with."""

    method: str
    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.time)


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.cond = threading.Condition()

    def add(self, call: Call) -> None:
        with self.cond:
            self.calls.append(call)
            self.cond.notify_all()


def _parse_body(raw: bytes, content_type: str, query: str) -> dict[str, Any]:
    body: dict[str, Any] = {k: v[-1] for k, v in parse_qs(query).items()}
    if "json" in content_type and raw:
        body.update(json.loads(raw))
    elif raw:
        for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items():
            body[k] = v[-1]
            if k in ("blocks", "view", "attachments", "payload") and v[-1][:1] in "[{":
                body[k] = json.loads(v[-1])
    return body


class MockSlack:
    """The fake Slack. Start with `with MockSlack() as slack:` or `.start()` / `.close()`."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._rec = _Recorder()
        self._faults: dict[str, list[tuple[int, dict[str, str], dict[str, Any]]]] = {}
        self._delays: dict[str, list[float]] = {}
        self._arrived: dict[str, int] = {}
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self.socket = SocketModeServer(host)
        self._http: ThreadingHTTPServer | None = self._listen(0)
        self._port = self._http.server_address[1]
        self._threads: list[threading.Thread] = []

    def _listen(self, port: int) -> ThreadingHTTPServer:
        server = ThreadingHTTPServer((self.host, port), self._handler_class())
        server.daemon_threads = True
        return server

    # ---- lifecycle -----------------------------------------------------------------------------
    def start(self) -> MockSlack:
        self.socket.start()
        self._serve()
        return self

    def _serve(self) -> None:
        assert self._http is not None
        t = threading.Thread(target=self._http.serve_forever, kwargs={"poll_interval": 0.05},
                             name="mock-slack-http", daemon=True)
        t.start()
        self._threads.append(t)

    def close(self) -> None:
        self.socket.close()
        self.offline()
        for t in self._threads:
            t.join(timeout=5)

    def offline(self) -> None:
        """Stop listening: every Web API call is refused (ECONNREFUSED) until `online()`."""
        with self._lock:
            server, self._http = self._http, None
        if server is not None:
            server.shutdown()
            server.server_close()

    def online(self) -> None:
        """Listen again on the same port after `offline()`."""
        with self._lock:
            if self._http is not None:
                return
            self._http = self._listen(self._port)
        self._serve()

    def __enter__(self) -> MockSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/api/"

    def response_url(self, name: str | None = None) -> str:
        return f"http://{self.host}:{self.port}/response/{name or uuid.uuid4().hex[:12]}"

    # ---- what was received ---------------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self._rec.cond:
            return [c for c in self._rec.calls if method is None or c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The first `count` calls of `method`, waiting up to `timeout` s (AssertionError after)."""
        deadline = time.monotonic() + timeout
        with self._rec.cond:
            while True:
                found = [c for c in self._rec.calls if c.method == method and c.status == 200]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self._rec.calls]
                    raise AssertionError(f"waited {timeout}s for {count} x {method}; got {len(found)} (all: {seen})")
                self._rec.cond.wait(left)

    def take(self, method: str | None = None) -> list[Call]:
        """Remove and return the recorded calls (of `method`): for long runs that must not
        keep every request in memory."""
        with self._rec.cond:
            taken = [c for c in self._rec.calls if method is None or c.method == method]
            self._rec.calls = [c for c in self._rec.calls if not (method is None or c.method == method)]
            return taken

    def arrived(self, method: str) -> int:
        """How many requests for `method` have arrived, including ones still being answered."""
        with self._rec.cond:
            return self._arrived.get(method, 0)

    def wait_arrived(self, method: str, count: int = 1, timeout: float = 10.0) -> None:
        """Until `count` requests for `method` have arrived (answered or held by `slow`)."""
        with self._rec.cond:
            if not self._rec.cond.wait_for(lambda: self._arrived.get(method, 0) >= count, timeout):
                raise AssertionError(f"waited {timeout}s for {count} x {method} to arrive; "
                                     f"got {self._arrived.get(method, 0)}")

    def reset(self) -> None:
        with self._rec.cond:
            self._rec.calls.clear()

    # ---- behaviour -----------------------------------------------------------------------------
    def fail(self, method: str, status: int = 429, retry_after: int | None = 1, times: int = 1,
             body: dict[str, Any] | None = None) -> None:
        """The next `times` calls of `method` get HTTP `status` (429 carries Retry-After)."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        payload = body or {"ok": False, "error": "ratelimited" if status == 429 else "internal_error"}
        with self._lock:
            self._faults.setdefault(method, []).extend([(status, headers, payload)] * times)

    def respond_with(self, method: str, body: dict[str, Any], times: int = 1) -> None:
        """The next `times` calls of `method` get this JSON body with HTTP 200 (e.g. an error)."""
        self.fail(method, status=200, retry_after=None, times=times, body=body)

    def slow(self, method: str, seconds: float, times: int = 1) -> None:
        """The next `times` calls of `method` are answered only after `seconds` (a slow Slack)."""
        with self._lock:
            self._delays.setdefault(method, []).extend([seconds] * times)

    def _arrive(self, method: str) -> float:
        """Count an arriving request; how long to hold it."""
        with self._rec.cond:
            self._arrived[method] = self._arrived.get(method, 0) + 1
            self._rec.cond.notify_all()
        with self._lock:
            queue = self._delays.get(method)
            return queue.pop(0) if queue else 0.0

    def _answer(self, method: str, body: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        with self._lock:
            queue = self._faults.get(method)
            if queue:
                return queue.pop(0)
            n = next(self._ts)
        ts = f"{1_700_000_000 + n}.{n:06d}"
        channel = body.get("channel")
        match method:
            case "auth.test":
                return 200, {}, {"ok": True, "url": "https://mock.slack.test/", "team": "Mock", "user": "qabot",
                                 "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID,
                                 "is_enterprise_install": False}
            case "chat.postMessage":
                msg = {k: body.get(k) for k in ("text", "blocks", "thread_ts") if k in body}
                return 200, {}, {"ok": True, "channel": channel, "ts": ts,
                                 "message": msg | {"type": "message", "bot_id": BOT_ID, "user": BOT_USER_ID, "ts": ts}}
            case "chat.postEphemeral":
                return 200, {}, {"ok": True, "message_ts": ts}
            case "chat.update":
                return 200, {}, {"ok": True, "channel": channel, "ts": body.get("ts"), "text": body.get("text", "")}
            case "views.publish":
                return 200, {}, {"ok": True, "view": (body.get("view") or {}) | {"id": f"V{n:08d}"}}
            case "apps.connections.open":
                return 200, {}, {"ok": True, "url": self.socket.url}
            case "response_url":
                return 200, {}, {"ok": True}
        return 200, {}, {"ok": True}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        mock = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                parts = urlsplit(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if parts.path.startswith("/api/"):
                    method = parts.path.removeprefix("/api/")
                elif parts.path.startswith("/response/"):
                    method = "response_url"
                else:
                    self.send_error(404)
                    return
                try:
                    body = _parse_body(raw, self.headers.get("Content-Type", ""), parts.query)
                except ValueError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                delay = mock._arrive(method)
                if delay:
                    time.sleep(delay)
                status, headers, payload = mock._answer(method, body)
                mock._rec.add(Call(method, parts.path, body, dict(self.headers.items()), status, payload))
                data = json.dumps(payload).encode()
                self.send_response(status)
                for k, v in ({"Content-Type": "application/json; charset=utf-8"} | headers).items():
                    self.send_header(k, v)
                try:
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timed out, was killed): nothing to answer

            do_POST = do_GET = _serve

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
                pass

        return Handler


def main() -> None:  # pragma: no cover - manual use
    with MockSlack() as slack:
        print(f"SLACK_API_URL={slack.base_url}\nSocket Mode: {slack.socket.url}\nCtrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
