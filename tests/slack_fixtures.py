"""Shared fixtures and helpers for the Slack tests: the mock Slack, the real QABot over the real
corpus, a real SQLite store, a real Bolt app, and Slack-shaped signed request bodies.

Import the fixtures you use into a test module: `from tests.slack_fixtures import *`.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import logging
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_bolt import App

from bot.config import PROJECT_ROOT, Settings, load_settings
from bot.mock_slack import BOT_USER_ID, TEAM_ID, MockSlack
from bot.service import QABot
from bot.slack_app import create_app
from bot.store import Store

BOT_TOKEN = "xoxb-1111111111-2222222222-TestBotTokenValue"
APP_TOKEN = "xapp-1-A0QABOT-3333333333-TestAppTokenValue"
SIGNING_SECRET = "5f2b4c6d8e0a1b3c5d7e9f1a3b5c7d9e"
ALICE, BOB = "U0ALICE", "U0BOB"
CHANNEL = "C0GENERAL"
QUESTION = "How much did emergency admissions rise?"
DECLINED = "What is the capital of France?"
_BOTS: dict[Path, QABot] = {}
_counter = itertools.count(1)


def load_qabot(corpus_dir: Path, index_root: Path) -> QABot:
    """The real QABot; its index is built once per corpus into a temporary folder."""
    if corpus_dir not in _BOTS:
        _BOTS[corpus_dir] = QABot.load(corpus_dir, index_root / f"index-{len(_BOTS)}")
    return _BOTS[corpus_dir]


@pytest.fixture(scope="session")
def qabot(tmp_path_factory: pytest.TempPathFactory) -> QABot:
    return load_qabot(PROJECT_ROOT / "corpus", tmp_path_factory.mktemp("qabot-index"))


@pytest.fixture
def slack() -> Iterator[MockSlack]:
    with MockSlack() as mock:
        yield mock


def make_settings(slack: MockSlack, tmp_path: Path, **extra: Any) -> Settings:
    return load_settings(slack_bot_token=BOT_TOKEN, slack_app_token=APP_TOKEN, slack_signing_secret=SIGNING_SECRET,
                         slack_api_url=slack.base_url, db_path=tmp_path / "state.sqlite3", database_url=None,
                         corpus_dir=PROJECT_ROOT / "corpus", index_dir=tmp_path / "index", **extra)


@pytest.fixture
def settings(slack: MockSlack, tmp_path: Path) -> Settings:
    return make_settings(slack, tmp_path)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = Store.from_settings(settings)
    yield s
    s.close()


@pytest.fixture
def app(settings: Settings, qabot: QABot, store: Store) -> App:
    return create_app(settings, qabot, store)


# ---- Slack-shaped bodies ---------------------------------------------------------------------------

def next_ts() -> str:
    n = next(_counter)
    return f"{1_800_000_000 + n}.{n:06d}"


def event_body(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {"token": "legacy-unused", "team_id": TEAM_ID, "api_app_id": "A0QABOT", "type": "event_callback",
            "event_id": event_id or f"Ev{next(_counter):08d}", "event_time": int(time.time()), "event": event,
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}]}


def message_event(text: str, *, kind: str = "message", channel: str = CHANNEL, user: str = ALICE,
                  ts: str | None = None, thread_ts: str | None = None, channel_type: str = "channel",
                  **extra: Any) -> dict[str, Any]:
    ev: dict[str, Any] = {"type": kind, "user": user, "text": text, "ts": ts or next_ts(), "channel": channel,
                          "event_ts": ts or next_ts()}
    if kind == "message":
        ev["channel_type"] = channel_type
    if thread_ts:
        ev["thread_ts"] = thread_ts
    return ev | extra


def mention(question: str, **kw: Any) -> dict[str, Any]:
    return message_event(f"<@{BOT_USER_ID}> {question}", kind="app_mention", **kw)


def command_form(text: str, response_url: str, *, channel: str = CHANNEL, user: str = ALICE) -> str:
    return urllib.parse.urlencode({
        "token": "legacy-unused", "team_id": TEAM_ID, "team_domain": "mock", "channel_id": channel,
        "channel_name": "general", "user_id": user, "user_name": "alice", "command": "/ask", "text": text,
        "api_app_id": "A0QABOT", "response_url": response_url, "trigger_id": "1.2.3"})


def action_payload(action_id: str, value: str, *, block_id: str, response_url: str, channel: str = CHANNEL,
                   user: str = ALICE, message_ts: str | None = None, thread_ts: str | None = None,
                   ephemeral: bool = False) -> dict[str, Any]:
    container: dict[str, Any] = {"type": "message", "channel_id": channel, "is_ephemeral": ephemeral,
                                 "message_ts": message_ts or next_ts()}
    payload: dict[str, Any] = {
        "type": "block_actions", "team": {"id": TEAM_ID, "domain": "mock"}, "user": {"id": user, "name": "alice"},
        "api_app_id": "A0QABOT", "token": "legacy-unused", "container": container, "trigger_id": "1.2.3",
        "channel": {"id": channel, "name": "general"}, "response_url": response_url,
        "actions": [{"type": "button", "action_id": action_id, "block_id": block_id, "value": value,
                     "action_ts": str(time.time())}]}
    if not ephemeral:
        payload["message"] = {"type": "message", "ts": container["message_ts"], "user": BOT_USER_ID,
                              "bot_id": "B0QABOT", "thread_ts": thread_ts, "text": "…"}
    return payload


def action_form(payload: dict[str, Any]) -> str:
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def signed_headers(raw: str, *, content_type: str = "application/json", secret: str = SIGNING_SECRET,
                   timestamp: int | None = None, retry: int | None = None) -> dict[str, str]:
    """Slack's v0 signature: HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"), written out here
    independently of slack_sdk so the test checks Bolt against Slack's published scheme."""
    ts = str(timestamp if timestamp is not None else int(time.time()))
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{raw}".encode(), hashlib.sha256).hexdigest()
    headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig}
    if retry is not None:
        headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
    return headers


# ---- waiting on what happened ----------------------------------------------------------------------

def wait_until(check: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.01)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def log_lines(caplog: pytest.LogCaptureFixture, msg: str) -> list[dict[str, Any]]:
    """The structured qabot.slack lines with this "msg" (e.g. "question", "duplicate")."""
    out = []
    for r in list(caplog.records):
        if r.name == "qabot.slack" and r.getMessage().startswith("{"):
            data = json.loads(r.getMessage())
            if data.get("msg") == msg:
                out.append(data)
    return out


def wait_log(caplog: pytest.LogCaptureFixture, msg: str, count: int = 1, timeout: float = 10.0) -> list[dict]:
    return wait_until(lambda: (lines := log_lines(caplog, msg)) and len(lines) >= count and lines,
                      timeout, f"{count} log line(s) {msg!r}")


def all_mrkdwn(blocks: list[dict[str, Any]]) -> list[str]:
    """Every mrkdwn text in a block list (sections and context elements)."""
    out: list[str] = []
    for b in blocks:
        if b.get("text", {}).get("type") == "mrkdwn":
            out.append(b["text"]["text"])
        out += [e["text"] for e in b.get("elements", []) if e.get("type") == "mrkdwn"]
    return out


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """`qabot slack` configures the root logger; put it back for the next test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def qabot_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="qabot")
    return caplog


# ---- the real `qabot slack` process ------------------------------------------------------------------

class QabotProcess:
    """`python -m bot slack ...` as a child process, its stderr collected line by line."""

    def __init__(self, args: list[str], slack: MockSlack, tmp_path: Path, **env: str) -> None:
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        full_env = os.environ | {
            "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.base_url, "QABOT_DB_PATH": str(tmp_path / "proc.sqlite3"), "QABOT_DATABASE_URL": "",
            "QABOT_INDEX_DIR": str(tmp_path / "proc-index"), "QABOT_LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1"} | env
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", *args], cwd=tmp_path, env=full_env,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))

    def wait_line(self, pattern: str, timeout: float = 30.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            self.lines.append(line)
            if m := re.search(pattern, line):
                return m
        raise AssertionError(f"no line matching {pattern!r} within {timeout}s; output:\n" + "\n".join(self.lines))

    def stop(self, sig: int = signal.SIGINT) -> int:
        """SIGINT (Ctrl-C) or SIGTERM, then the exit code; the rest of the output lands in `lines`."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait(timeout=5)
        self._reader.join(timeout=5)  # until the pipe's end
        while not self._queue.empty():
            self.lines.append(self._queue.get())
        return code
