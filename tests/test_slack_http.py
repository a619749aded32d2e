"""HTTP mode end to end: the Bolt app under waitress on a loopback port, Slack-shaped requests
signed with the signing secret over real HTTP, replies landing on the mock Slack Web API."""
from __future__ import annotations

import json
import signal
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from bot import cli, render
from bot.slack_server import HttpServer
from tests.slack_fixtures import (ALICE, APP_TOKEN, BOT_TOKEN, CHANNEL, DECLINED, QUESTION,  # noqa: F401
                                  SIGNING_SECRET, QabotProcess, action_form, action_payload, app, command_form,
                                  event_body, mention, message_event, qabot, qabot_logs, restore_logging, settings,
                                  signed_headers, slack, store, wait_log)

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def server(app) -> Iterator[HttpServer]:
    srv = HttpServer(app, "127.0.0.1", 0).start()
    yield srv
    srv.stop()


def post(url: str, raw: str, headers: dict[str, str]) -> tuple[int, str]:
    req = urllib.request.Request(url, data=raw.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def send(server: HttpServer, body: dict[str, Any] | str, content_type: str = "application/json",
         **kw: Any) -> tuple[int, str]:
    raw = body if isinstance(body, str) else json.dumps(body)
    return post(server.url, raw, signed_headers(raw, content_type=content_type, **kw))


def test_mention_gets_the_exact_blocks_in_its_thread(server, slack, qabot) -> None:
    ev = mention(QUESTION)
    assert send(server, event_body(ev)) == (200, "")
    reply = slack.wait_for("chat.postMessage")[0].body
    ref = reply["blocks"][-1]["elements"][0]["value"]
    expected = qabot.ask(QUESTION)
    assert (reply["channel"], reply["thread_ts"]) == (CHANNEL, ev["ts"])
    assert reply["blocks"] == render.answer_blocks(expected, ref)
    assert reply["text"] == render.fallback_text(expected)
    assert "*Short answer:* 87,000" in reply["blocks"][0]["text"]["text"]
    assert [b["type"] for b in reply["blocks"]] == ["section"] + ["section"] * len(expected.citations) + [
        "context", "actions"]


def test_declined_question_gets_the_exact_blocks(server, slack, qabot) -> None:
    ev = mention(DECLINED)
    send(server, event_body(ev))
    reply = slack.wait_for("chat.postMessage")[0].body
    ref = reply["blocks"][-1]["elements"][0]["value"]
    assert reply["blocks"] == render.answer_blocks(qabot.ask(DECLINED), ref)
    assert reply["blocks"][0]["text"]["text"].startswith("I couldn't find that in the articles")


def test_slack_retry_of_an_answered_event_is_not_answered_again(server, slack, qabot_logs) -> None:
    body = event_body(mention(QUESTION))
    send(server, body)
    slack.wait_for("chat.postMessage")
    assert send(server, body, retry=1) == (200, "")
    assert send(server, body, retry=2) == (200, "")
    dupes = wait_log(qabot_logs, "duplicate", 2)
    assert [d["retry"] for d in dupes] == ["1", "2"]
    assert len(slack.calls("chat.postMessage")) == 1


def test_retry_whose_first_delivery_never_arrived_is_answered(server, slack, qabot_logs) -> None:
    assert send(server, event_body(mention(QUESTION)), retry=1) == (200, "")
    assert "87,000" in slack.wait_for("chat.postMessage")[0].body["text"]
    assert wait_log(qabot_logs, "question")[0]["retry"] == "1"


def test_direct_message_is_answered(server, slack) -> None:
    ev = message_event(QUESTION, channel="D0ALICE", channel_type="im")
    send(server, event_body(ev))
    reply = slack.wait_for("chat.postMessage")[0].body
    assert (reply["channel"], reply["thread_ts"]) == ("D0ALICE", ev["ts"])


def test_ask_command_then_share_button(server, slack) -> None:
    status, body = send(server, command_form(QUESTION, slack.response_url("cmd")), FORM)
    assert (status, body) == (200, "")
    eph = slack.wait_for("chat.postEphemeral")[0].body
    assert eph["user"] == ALICE and eph["blocks"][-1]["elements"][-1]["text"]["text"] == "Share in channel"
    ref = eph["blocks"][-1]["elements"][-1]["value"]
    click = action_payload("qabot_share", ref, block_id="qabot_ephemeral", response_url=slack.response_url("s"),
                           ephemeral=True)
    assert send(server, action_form(click), FORM)[0] == 200
    shared = slack.wait_for("chat.postMessage")[0].body
    assert shared["channel"] == CHANNEL and shared["blocks"][0]["text"]["text"].startswith(f"<@{ALICE}> asked:")


def test_vote_button_is_acked_within_3_seconds_and_recorded(server, slack, store) -> None:
    ev = mention(QUESTION)
    send(server, event_body(ev))
    ref = slack.wait_for("chat.postMessage")[0].body["blocks"][-1]["elements"][0]["value"]
    click = action_payload("qabot_vote_up", ref, block_id="qabot_reply", response_url=slack.response_url(),
                           thread_ts=ev["ts"])
    t0 = time.monotonic()
    assert send(server, action_form(click), FORM) == (200, "")
    assert time.monotonic() - t0 < 3
    update = slack.wait_for("chat.update")[0].body
    assert update["blocks"][-1]["elements"][0]["text"] == "Thanks — recorded 👍"
    assert [(v.vote, v.thread_ts) for v in store.votes()] == [("up", ev["ts"])]


@pytest.mark.parametrize("tamper", ["wrong secret", "old timestamp", "edited body", "unsigned"])
def test_badly_signed_request_gets_401_and_no_reply(server, slack, tamper: str) -> None:
    raw = json.dumps(event_body(mention(QUESTION)))
    headers = signed_headers(raw, secret="not-the-secret" if tamper == "wrong secret" else SIGNING_SECRET,
                             timestamp=int(time.time()) - 600 if tamper == "old timestamp" else None)
    if tamper == "edited body":
        raw = raw.replace("emergency", "EMERGENCY")
    if tamper == "unsigned":
        headers = {"Content-Type": "application/json"}
    assert post(server.url, raw, headers)[0] == 401
    send(server, event_body(mention(DECLINED)))  # a good request, as a sentinel
    slack.wait_for("chat.postMessage")
    time.sleep(0.2)
    assert ["couldn" in c.body["text"] for c in slack.calls("chat.postMessage")] == [True]


def test_url_verification_challenge_is_echoed(server) -> None:
    status, body = send(server, {"token": "x", "challenge": "c-123", "type": "url_verification"})
    assert status == 200 and json.loads(body) == {"challenge": "c-123"}


def test_only_slack_events_path_is_served(server) -> None:
    raw = json.dumps(event_body(mention(QUESTION)))
    assert post(server.url.replace("/slack/events", "/other"), raw, signed_headers(raw))[0] == 404


def test_qabot_slack_http_command_serves_and_logs_one_line_per_question(slack, tmp_path) -> None:
    proc = QabotProcess(["slack", "--http", "--host", "127.0.0.1", "--port", "0"], slack, tmp_path)
    try:
        url = proc.wait_line(r"listening on (http://127\.0\.0\.1:\d+/slack/events)").group(1)
        ev = mention(QUESTION)
        raw = json.dumps(event_body(ev, event_id="EvPROC1"))
        assert post(url, raw, signed_headers(raw)) == (200, "")
        assert "87,000" in slack.wait_for("chat.postMessage")[0].body["text"]
        line = json.loads(proc.wait_line(r'(\{"msg": "question", "event_id": "EvPROC1".*\})$').group(1))
        assert line["cited"] and line["declined"] is False and line["latency_ms"] > 0
    finally:
        assert proc.stop(signal.SIGTERM) == 0  # a clean stop, as under a process manager
    output = "\n".join(proc.lines)
    assert BOT_TOKEN not in output and SIGNING_SECRET not in output and APP_TOKEN not in output
    assert [c.method for c in slack.calls()][:1] == ["auth.test"]


@pytest.mark.parametrize("args, env, message", [
    (["slack"], {"SLACK_BOT_TOKEN": ""}, "SLACK_BOT_TOKEN is not set"),
    (["slack"], {"SLACK_BOT_TOKEN": "xoxp-user-token-not-a-bot-token"}, "SLACK_BOT_TOKEN is malformed"),
    (["slack"], {"SLACK_APP_TOKEN": ""}, "SLACK_APP_TOKEN is not set"),
    (["slack"], {"SLACK_APP_TOKEN": "xoxb-wrong-kind-of-token"}, "SLACK_APP_TOKEN is malformed"),
    (["slack", "--http"], {"SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET is not set"),
    (["slack", "--http"], {"SLACK_SIGNING_SECRET": "has a space in it"}, "SLACK_SIGNING_SECRET is malformed"),
])
def test_missing_or_malformed_token_is_a_one_line_error_naming_it(args, env, message, slack, tmp_path, monkeypatch,
                                                                  capsys) -> None:
    base = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.base_url, "QABOT_DB_PATH": str(tmp_path / "s.db"), "QABOT_DATABASE_URL": "",
            "QABOT_INDEX_DIR": str(tmp_path / "index")}
    for k, v in (base | env).items():
        monkeypatch.setenv(k, v)
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {message}")
    for value in env.values():
        assert not value or value not in err


def test_token_rejected_by_auth_test_is_a_one_line_error(slack, tmp_path, monkeypatch, capsys,
                                                          restore_logging) -> None:
    slack.respond_with("auth.test", {"ok": False, "error": "invalid_auth"})
    for k, v in {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": slack.base_url,
                 "QABOT_DB_PATH": str(tmp_path / "s.db"), "QABOT_DATABASE_URL": "",
                 "QABOT_INDEX_DIR": str(tmp_path / "index")}.items():
        monkeypatch.setenv(k, v)
    assert cli.main(["slack", "--http", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert err == ("error: SLACK_BOT_TOKEN was rejected by auth.test at SLACK_API_URL (invalid_auth) "
                   "— check the token and the URL\n")
    assert err.count("\n") == 1
