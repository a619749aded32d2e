"""Socket Mode end to end: apps.connections.open on the mock Web API returns the mock Socket
Mode server's ws:// URL; it says hello, sends events in envelopes, and the bot acks each by
envelope_id while its replies land on the mock Web API."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.mock_slack import BOT_USER_ID
from tests.slack_fixtures import (ALICE, APP_TOKEN, BOT_TOKEN, CHANNEL, QUESTION, QabotProcess,  # noqa: F401
                                  action_payload, app, event_body, mention, message_event, next_ts, qabot, qabot_logs,
                                  settings, slack, store, wait_log)


@pytest.fixture
def handler(app, slack) -> Iterator[SocketModeHandler]:
    h = SocketModeHandler(app, APP_TOKEN)  # uses the app's WebClient, so SLACK_API_URL -> the mock
    h.connect()
    slack.socket.wait_connected()
    yield h
    h.client.auto_reconnect_enabled = False
    slack.socket.drop()  # the client's blocking read returns at once, so close() is quick
    h.close()


def command_payload(text: str, response_url: str) -> dict:
    return {"token": "legacy-unused", "team_id": "T0MOCK", "channel_id": CHANNEL, "user_id": ALICE,
            "command": "/ask", "text": text, "api_app_id": "A0QABOT", "response_url": response_url,
            "trigger_id": "1.2.3"}


def test_connects_with_the_app_token_and_answers_a_mention_after_acking(handler, slack) -> None:
    [opened] = slack.calls("apps.connections.open")
    assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"
    ev = mention(QUESTION)
    envelope_id = slack.socket.send("events_api", event_body(ev))
    assert slack.socket.wait_ack(envelope_id) == {"envelope_id": envelope_id}
    reply = slack.wait_for("chat.postMessage")[0]
    assert (reply.body["channel"], reply.body["thread_ts"]) == (CHANNEL, ev["ts"])
    assert "*Short answer:* 87,000" in reply.body["blocks"][0]["text"]["text"]
    assert reply.headers["Authorization"] == f"Bearer {BOT_TOKEN}"


def test_retried_envelope_is_acked_but_answered_once(handler, slack, qabot_logs) -> None:
    body = event_body(mention(QUESTION))
    slack.socket.wait_ack(slack.socket.send("events_api", body))
    slack.wait_for("chat.postMessage")
    retry_id = slack.socket.send("events_api", body, retry_attempt=1, retry_reason="timeout")
    slack.socket.wait_ack(retry_id)
    assert wait_log(qabot_logs, "duplicate")[0]["retry"] == "1"
    assert len(slack.calls("chat.postMessage")) == 1


def test_mention_and_its_message_twin_in_a_known_thread_get_one_reply(handler, slack, qabot_logs) -> None:
    parent = mention(QUESTION)
    slack.socket.send("events_api", event_body(parent))
    slack.wait_for("chat.postMessage")
    wait_log(qabot_logs, "question")
    ts = next_ts()
    text = f"<@{BOT_USER_ID}> and how much did that cost?"
    slack.socket.send("events_api", event_body(message_event(text, ts=ts, thread_ts=parent["ts"])))
    slack.socket.send("events_api", event_body(message_event(text, kind="app_mention", ts=ts,
                                                             thread_ts=parent["ts"])))
    wait_log(qabot_logs, "duplicate")
    assert len(slack.wait_for("chat.postMessage", 2)) == 2


def test_direct_message_over_socket_mode(handler, slack) -> None:
    slack.socket.send("events_api", event_body(message_event(QUESTION, channel="D0ALICE", channel_type="im")))
    assert slack.wait_for("chat.postMessage")[0].body["channel"] == "D0ALICE"


def test_ask_command_and_vote_over_socket_mode(handler, slack, store) -> None:
    cmd_id = slack.socket.send("slash_commands", command_payload(QUESTION, slack.response_url()),
                               accepts_response_payload=True)
    assert slack.socket.wait_ack(cmd_id)["envelope_id"] == cmd_id
    eph = slack.wait_for("chat.postEphemeral")[0].body
    ref = eph["blocks"][-1]["elements"][1]["value"]
    click = action_payload("qabot_vote_down", ref, block_id="qabot_ephemeral", response_url=slack.response_url("v"),
                           ephemeral=True)
    slack.socket.wait_ack(slack.socket.send("interactive", click))
    replaced = slack.wait_for("response_url")[0].body
    assert replaced["replace_original"] is True
    assert [(v.user_id, v.vote) for v in store.votes()] == [(ALICE, "down")]


def test_reconnects_when_slack_asks_and_keeps_answering(handler, slack) -> None:
    slack.socket.disconnect()
    slack.wait_for("apps.connections.open", 2)
    slack.socket.send("events_api", event_body(mention(QUESTION)))
    assert "87,000" in slack.wait_for("chat.postMessage")[0].body["text"]


def test_qabot_slack_command_runs_socket_mode_until_interrupted(slack, tmp_path) -> None:
    proc = QabotProcess(["slack"], slack, tmp_path)
    try:
        proc.wait_line(r"Socket Mode: connected")
        slack.socket.send("events_api", event_body(mention(QUESTION), event_id="EvSOCK1"))
        assert "87,000" in slack.wait_for("chat.postMessage")[0].body["text"]
        line = json.loads(proc.wait_line(r'(\{"msg": "question", "event_id": "EvSOCK1".*\})$').group(1))
        assert line["source"] == "mention" and line["cited"]
    finally:
        assert proc.stop() == 0
    assert APP_TOKEN not in "\n".join(proc.lines) and BOT_TOKEN not in "\n".join(proc.lines)
