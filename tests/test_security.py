"""Security: HTTP mode verifies Slack's signature before anything else happens; the tokens and
the signing secret never reach logs, exception messages or replies; `.env` is ignored by git;
the SQLite state file (and its WAL files) are readable by this user only."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.errors import ConfigError
from bot.slack_app import create_app
from bot.slack_server import HttpServer, SocketMode
from bot.store import Store
from tests.slack_fixtures import (APP_TOKEN, BOT_TOKEN, DECLINED, QUESTION, SIGNING_SECRET, QabotProcess,  # noqa: F401
                                  action_form, action_payload, app, command_form, event_body, log_lines, mention,
                                  qabot, qabot_logs, settings, signed_headers, slack, store, wait_log)
from tests.test_slack_http import post

FORM = "application/x-www-form-urlencoded"
SECRETS = (BOT_TOKEN, APP_TOKEN, SIGNING_SECRET)
SECRET_SHAPE = re.compile(r"xox[abpr]-\d|xapp-\d")


@pytest.fixture
def server(app) -> Iterator[HttpServer]:
    srv = HttpServer(app, "127.0.0.1", 0).start()
    yield srv
    srv.stop()


def row_counts(db_path: Path) -> dict[str, int]:
    """Rows per state table, read straight from the SQLite file."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("events", "threads", "answers", "feedback")}


def tampered(raw: str, content_type: str, how: str) -> tuple[str, dict[str, str]]:
    """The body and headers of a request spoiled in one way."""
    now = int(time.time())
    match how:
        case "wrong secret":
            return raw, signed_headers(raw, content_type=content_type, secret="0" * 32)
        case "no signature":
            headers = signed_headers(raw, content_type=content_type)
            del headers["X-Slack-Signature"]
            return raw, headers
        case "no timestamp":
            headers = signed_headers(raw, content_type=content_type)
            del headers["X-Slack-Request-Timestamp"]
            return raw, headers
        case "stale timestamp":  # a captured request replayed 6 minutes later
            return raw, signed_headers(raw, content_type=content_type, timestamp=now - 360)
        case "future timestamp":
            return raw, signed_headers(raw, content_type=content_type, timestamp=now + 360)
        case "body edited after signing":
            return raw.replace("a", "b", 1), signed_headers(raw, content_type=content_type)
    raise ValueError(how)


TAMPERING = ["wrong secret", "no signature", "no timestamp", "stale timestamp", "future timestamp",
             "body edited after signing"]


@pytest.mark.parametrize("how", TAMPERING)
@pytest.mark.parametrize("kind", ["event", "slash command", "button"])
def test_unverified_request_gets_401_and_causes_no_web_api_call_and_no_store_write(
        kind, how, server, slack, settings, store, qabot_logs) -> None:
    if kind == "button":  # a real answer to vote on, so a forged vote would have something to change
        assert post(server.url, raw := json.dumps(event_body(mention(QUESTION))), signed_headers(raw))[0] == 200
        ref = slack.wait_for("chat.postMessage")[0].body["blocks"][-1]["elements"][0]["value"]
        wait_log(qabot_logs, "question")
        slack.reset()
    before = row_counts(settings.db_path)
    raw, content_type = {
        "event": (json.dumps(event_body(mention(DECLINED))), "application/json"),
        "slash command": (command_form(DECLINED, slack.response_url()), FORM),
        "button": (action_form(action_payload("qabot_vote_down", ref if kind == "button" else "",
                                              block_id="qabot_reply", response_url=slack.response_url())), FORM),
    }[kind]
    assert post(server.url, *tampered(raw, content_type, how))[0] == 401
    time.sleep(0.3)  # were anything running in the background, it would show by now
    assert [c.method for c in slack.calls() if c.method != "auth.test"] == []
    assert row_counts(settings.db_path) == before
    assert store.votes() == []
    assert len(log_lines(qabot_logs, "question")) == (1 if kind == "button" else 0)


def _scan(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a secret appears in {where}"
    assert not SECRET_SHAPE.search(text), f"something shaped like a Slack token appears in {where}"


def test_tokens_never_appear_in_logs_exceptions_or_replies(settings, qabot, store, slack, caplog, capfd) -> None:
    caplog.set_level(logging.DEBUG)  # everything: qabot, Bolt, slack_sdk, waitress, urllib3 …
    app = create_app(settings, qabot, store)
    srv = HttpServer(app, "127.0.0.1", 0).start()
    socket_mode = SocketMode(app, APP_TOKEN).connect()
    try:
        def send(body: str, content_type: str = "application/json") -> None:
            assert post(srv.url, body, signed_headers(body, content_type=content_type))[0] == 200

        send(json.dumps(event_body(mention(QUESTION))))
        ref = slack.wait_for("chat.postMessage")[0].body["blocks"][-1]["elements"][0]["value"]
        send(command_form(QUESTION, slack.response_url()), FORM)
        send(action_form(action_payload("qabot_vote_up", ref, block_id="qabot_reply",
                                        response_url=slack.response_url())), FORM)
        slack.respond_with("chat.postMessage", {"ok": False, "error": "invalid_auth"})  # an error path
        send(json.dumps(event_body(mention(DECLINED))))
        slack.socket.send("events_api", event_body(mention(QUESTION)))
        slack.wait_for("chat.postMessage", 4)  # answer, refused answer, "something went wrong", Socket Mode
        wait_log(caplog, "question", 4)
        assert [r for r in caplog.records if r.getMessage().startswith("answering failed")]
    finally:
        socket_mode.client.auto_reconnect_enabled = False
        slack.socket.drop()
        socket_mode.close()
        srv.stop()
    slack.respond_with("auth.test", {"ok": False, "error": "invalid_auth"})
    with pytest.raises(ConfigError) as rejected:
        create_app(settings, qabot, store)
    out, err = capfd.readouterr()
    exceptions = [("".join(traceback.format_exception(*r.exc_info))) for r in caplog.records if r.exc_info]
    _scan(caplog.text, "the log")
    _scan(" ".join(repr(r.args) for r in caplog.records), "log arguments")
    _scan("\n".join(exceptions), "logged tracebacks")
    _scan(str(rejected.value), "the rejected-token error")
    _scan(out + err, "stdout/stderr")
    _scan(json.dumps([c.body for c in slack.calls()]), "what was posted to Slack")
    assert exceptions and len(caplog.records) > 50  # the scan did see a lot


def test_tokens_never_appear_in_the_process_output_even_at_debug_level(slack, tmp_path) -> None:
    proc = QabotProcess(["slack", "--http", "--host", "127.0.0.1", "--port", "0"], slack, tmp_path,
                        QABOT_LOG_LEVEL="DEBUG")
    try:
        url = proc.wait_line(r"listening on (http://127\.0\.0\.1:\d+/slack/events)").group(1)
        raw = json.dumps(event_body(mention(QUESTION)))
        assert post(url, raw, signed_headers(raw))[0] == 200
        slack.wait_for("chat.postMessage")
        slack.respond_with("chat.postMessage", {"ok": False, "error": "invalid_blocks"})
        raw = json.dumps(event_body(mention(DECLINED)))
        assert post(url, raw, signed_headers(raw))[0] == 200
        proc.wait_line(r"answering failed")
        slack.wait_for("chat.postMessage", 3)  # answer, refused answer, "something went wrong"
        db = tmp_path / "proc.sqlite3"
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
    finally:
        assert proc.stop(signal.SIGTERM) == 0
    output = "\n".join(proc.lines)
    assert "Traceback" in output and "invalid_blocks" in output  # the error path was logged in full
    _scan(output, "the process output")


def test_dot_env_is_ignored_by_git_and_the_example_is_not() -> None:
    patterns = [line.strip() for line in (PROJECT_ROOT / ".gitignore").read_text().splitlines()]
    assert ".env" in patterns
    git = shutil.which("git")
    if git and (PROJECT_ROOT / ".git").exists():
        check = [git, "-C", str(PROJECT_ROOT), "check-ignore", "-q", "--no-index"]
        assert subprocess.run([*check, ".env"], timeout=10).returncode == 0
        assert subprocess.run([*check, ".env.example"], timeout=10).returncode == 1


def test_sqlite_state_file_and_its_wal_files_are_user_only_even_with_an_open_umask(tmp_path, monkeypatch) -> None:
    path = tmp_path / "fresh" / "state.sqlite3"
    old = os.umask(0)
    try:
        store = Store(f"sqlite:///{path}")
        store.remember_thread("C1", "1.000001", "T1", "a question")  # a write: WAL and shared memory files
        assert store.thread("C1", "1.000001") == (True, "a question")
        files = {p.name: stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()}
        store.close()
    finally:
        os.umask(old)
    assert files.pop("state.sqlite3") == 0o600
    assert all(mode == 0o600 for mode in files.values()), files  # -wal, -shm
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_existing_state_file_with_loose_permissions_is_tightened(tmp_path) -> None:
    path = tmp_path / "state.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    Store(f"sqlite:///{path}").close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
