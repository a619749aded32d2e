"""Slack-side faults, against the real app: the Web API rate-limits (429 + Retry-After), fails
(500) or refuses connections; the Socket Mode connection is dropped by the server; the process
gets SIGTERM while a question is in flight. Nothing is lost, nothing is answered twice, and
the bot keeps serving."""
from __future__ import annotations

import json
import logging
import signal
import time
from collections.abc import Callable, Iterator

import pytest

from bot import render
from bot.mock_slack import MockSlack
from bot.service import QABot
from bot.slack_server import HttpServer, SocketMode
from tests.slack_fixtures import (APP_TOKEN, CHANNEL, DECLINED, QUESTION, QabotProcess, app,  # noqa: F401
                                  event_body, log_lines, mention, qabot, qabot_logs, restore_logging, settings,
                                  slack, store, wait_log, wait_until)
from tests.test_load import Sent, deliver


@pytest.fixture
def server(app) -> Iterator[HttpServer]:
    srv = HttpServer(app, "127.0.0.1", 0).start()
    yield srv
    srv.stop()


@pytest.fixture
def sdk_logs(qabot_logs: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """qabot's lines and slack_sdk's ("A retry handler found: …")."""
    qabot_logs.set_level(logging.INFO, logger="slack_sdk")
    return qabot_logs


def ask(server: HttpServer, question: str = QUESTION, body: dict | None = None, retry: bool = False) -> Sent:
    """Deliver one signed mention; it must be acked 200 within Slack's 3 s whatever Slack does."""
    sent = deliver(server.url, Sent(body or event_body(mention(question)), retry=retry))
    assert sent.status == 200 and sent.ack_s < 3
    return sent


def messages(caplog: pytest.LogCaptureFixture, text: str) -> list[logging.LogRecord]:
    return [r for r in list(caplog.records) if text in r.getMessage()]


def test_rate_limited_reply_is_posted_after_the_retry_after_wait(server, slack, qabot: QABot) -> None:
    slack.fail("chat.postMessage", status=429, retry_after=2)
    sent = ask(server)
    posted = slack.wait_for("chat.postMessage", timeout=15)[0]
    limited, ok = slack.calls("chat.postMessage")
    assert (limited.status, ok.status) == (429, 200)
    assert ok.at - limited.at >= 2.0 and sent.ack_s < 1  # the ack did not wait for Slack
    ref = posted.body["blocks"][-1]["elements"][0]["value"]
    assert posted.body["blocks"] == render.answer_blocks(qabot.ask(QUESTION), ref)
    assert posted.body["thread_ts"] == sent.body["event"]["ts"]


def test_server_errors_are_retried_with_growing_backoff_then_answered(server, slack, sdk_logs) -> None:
    slack.fail("chat.postMessage", status=500, retry_after=None, times=2)
    ask(server)
    slack.wait_for("chat.postMessage", timeout=15)
    first, second, third = slack.calls("chat.postMessage")
    assert [c.status for c in (first, second, third)] == [500, 500, 200]
    assert second.at - first.at >= 0.5 and third.at - second.at >= 1.0  # 0.5 s × 2^attempt (+ jitter)
    assert len(messages(sdk_logs, "A retry handler found: ServerErrorRetryHandler")) == 2
    assert not wait_log(sdk_logs, "question")[0].get("failed")


def _persisting_500(slack: MockSlack) -> Callable[[], None]:
    slack.fail("chat.postMessage", status=500, retry_after=None, times=6)  # 3 tries x (answer + notice)
    return lambda: None


def _refusing(slack: MockSlack) -> Callable[[], None]:
    slack.offline()
    return slack.online


@pytest.mark.parametrize("fault", [_persisting_500, _refusing], ids=["500s", "connection-refused"])
def test_web_api_failure_that_persists_is_logged_and_the_bot_keeps_serving(fault, server, slack, sdk_logs) -> None:
    recover = fault(slack)
    first = ask(server)
    wait_log(sdk_logs, "question", timeout=30)
    assert log_lines(sdk_logs, "question")[0]["failed"] is True
    [failure] = messages(sdk_logs, "answering failed")
    assert failure.exc_info is not None  # the traceback is in the log
    assert messages(sdk_logs, "could not tell the user about the failure; releasing the event")
    assert len(messages(sdk_logs, "A retry handler found")) == 4  # 2 retries each: the answer, the notice
    recover()
    second = ask(server, DECLINED)  # the process is still serving
    again = ask(server, body=first.body, retry=True)  # Slack's retry of the failed event is answered
    replies = {c.body["thread_ts"]: c.body for c in slack.wait_for("chat.postMessage", 2, timeout=15)}
    assert set(replies) == {second.body["event"]["ts"], again.body["event"]["ts"]}
    assert all(r["text"] != render.ERROR_TEXT for r in replies.values())


def test_connection_refused_is_retried_and_the_reply_goes_out_once_slack_is_back(server, slack, sdk_logs) -> None:
    slack.offline()
    sent = ask(server)
    wait_until(lambda: messages(sdk_logs, "A retry handler found: ConnectionErrorRetryHandler"), 10,
               "the first connection retry")
    slack.online()
    [reply] = slack.wait_for("chat.postMessage", timeout=15)
    assert reply.body["thread_ts"] == sent.body["event"]["ts"]
    assert not wait_log(sdk_logs, "question")[0].get("failed")


@pytest.mark.parametrize("abrupt", [False, True], ids=["close-frame", "tcp-cut"])
def test_dropped_socket_mode_connection_reconnects_and_answers_the_next_event(abrupt, app, slack, qabot_logs) -> None:
    socket_mode = SocketMode(app, APP_TOKEN).connect()
    try:
        slack.socket.wait_connected()
        slack.socket.drop(abrupt=abrupt)
        slack.socket.wait_connected(timeout=10, accepted=2)
        ev = mention(QUESTION)
        envelope = slack.socket.send("events_api", event_body(ev))
        assert slack.socket.wait_ack(envelope) == {"envelope_id": envelope}
        [reply] = slack.wait_for("chat.postMessage")
        assert (reply.body["channel"], reply.body["thread_ts"]) == (CHANNEL, ev["ts"])
        assert len(slack.calls("apps.connections.open")) == 2
        assert messages(qabot_logs, "Socket Mode connection lost; reconnecting")
    finally:
        socket_mode.client.auto_reconnect_enabled = False
        slack.socket.drop()
        socket_mode.close()


@pytest.fixture
def http_process(slack: MockSlack, tmp_path) -> Iterator[tuple[QabotProcess, str]]:
    proc = QabotProcess(["slack", "--http", "--host", "127.0.0.1", "--port", "0"], slack, tmp_path)
    try:
        yield proc, proc.wait_line(r"listening on (http://127\.0\.0\.1:\d+/slack/events)").group(1)
    finally:
        proc.stop(signal.SIGKILL)


def test_sigterm_lets_the_question_in_flight_finish_then_exits_0(http_process, slack) -> None:
    proc, url = http_process
    slack.slow("chat.postMessage", 3.0)  # Slack takes 3 s to take the reply
    sent = deliver(url, Sent(event_body(mention(QUESTION), event_id="EvTERM1")))
    assert sent.status == 200
    slack.wait_arrived("chat.postMessage")
    t_signal = time.time()
    proc.proc.send_signal(signal.SIGTERM)
    proc.wait_line(r"SIGTERM: shutting down")
    refused = deliver(url, Sent(event_body(mention(DECLINED))), timeout=2)
    assert refused.status == -1  # the port is closed: Slack's retry goes to another replica
    code = proc.proc.wait(timeout=20)
    exited = time.time()
    assert code == 0
    [reply] = slack.calls("chat.postMessage")
    assert reply.status == 200 and reply.body["thread_ts"] == sent.body["event"]["ts"]
    assert t_signal < reply.at <= exited and exited - t_signal >= 2.5
    proc.stop()
    question = next(json.loads(line[line.index("{"):]) for line in proc.lines if '"event_id": "EvTERM1"' in line)
    assert not question.get("failed")
    assert any("finishing 1 question(s) in flight" in line for line in proc.lines)
    assert proc.lines[-1].endswith("stopped cleanly")


def test_second_signal_during_shutdown_exits_at_once_with_1(http_process, slack) -> None:
    proc, url = http_process
    slack.slow("chat.postMessage", 20.0)
    assert deliver(url, Sent(event_body(mention(QUESTION)))).status == 200
    slack.wait_arrived("chat.postMessage")
    proc.proc.send_signal(signal.SIGTERM)
    proc.wait_line(r"finishing 1 question\(s\) in flight")
    t0 = time.monotonic()
    proc.proc.send_signal(signal.SIGINT)
    assert proc.proc.wait(timeout=10) == 1 and time.monotonic() - t0 < 5


@pytest.mark.parametrize("damage", ["truncated", "edited by hand"])
def test_damaged_index_is_rebuilt_at_start_and_the_answer_is_right(damage, slack, tmp_path, qabot: QABot) -> None:
    from bot.config import PROJECT_ROOT
    from bot.corpus import load_corpus
    from bot.index import build_index, save_index

    index_dir = tmp_path / "proc-index"  # the folder QabotProcess points QABOT_INDEX_DIR at
    save_index(build_index(load_corpus(PROJECT_ROOT / "corpus")), index_dir)
    payload = index_dir / "index.json"
    data = payload.read_bytes()
    half = len(data) // 2  # truncated mid-write, or a hand edit that keeps it valid JSON
    payload.write_bytes(data[:half] if damage == "truncated" else data.replace(b",", b", ", 1))
    proc = QabotProcess(["slack", "--http", "--host", "127.0.0.1", "--port", "0"], slack, tmp_path)
    try:
        proc.wait_line(r"rebuilt the index .*do not match the hash")
        url = proc.wait_line(r"listening on (http://127\.0\.0\.1:\d+/slack/events)").group(1)
        sent = deliver(url, Sent(event_body(mention(QUESTION))))
        assert sent.status == 200
        [reply] = slack.wait_for("chat.postMessage")
        ref = reply.body["blocks"][-1]["elements"][0]["value"]
        assert reply.body["blocks"] == render.answer_blocks(qabot.ask(QUESTION), ref)
    finally:
        assert proc.stop(signal.SIGTERM) == 0


def test_port_already_in_use_is_a_one_line_error(slack, tmp_path, monkeypatch, capsys, restore_logging) -> None:
    import socket

    from bot import cli
    from tests.slack_fixtures import BOT_TOKEN, SIGNING_SECRET

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        for k, v in {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                     "SLACK_API_URL": slack.base_url, "QABOT_DB_PATH": str(tmp_path / "s.db"),
                     "QABOT_DATABASE_URL": "", "QABOT_INDEX_DIR": str(tmp_path / "index")}.items():
            monkeypatch.setenv(k, v)
        port = taken.getsockname()[1]
        assert cli.main(["slack", "--http", "--host", "127.0.0.1", "--port", str(port)]) == 2
    *_, last = capsys.readouterr().err.splitlines()  # (log lines above it: the index being built)
    assert last.startswith(f"error: cannot listen on 127.0.0.1:{port} (Address already in use) — choose another")
