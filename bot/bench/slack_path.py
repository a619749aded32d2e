"""`qabot bench` section `slack`: signed `app_mention` events -> reply at the mock Slack API.

Events are POSTed one at a time to the app's HTTP endpoint (Bolt under waitress, as
`qabot slack --http` serves it); latency runs until the reply's chat.postMessage
reaches the local mock Slack Web API (bot/mock_slack.py). A forged signature is
sent last and its HTTP status reported.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from .common import COLD_QUESTION, load_bot, load_gold_questions, pct, say

SLACK_EVENTS = 200


def bench_slack(settings, work: Path, events: int = SLACK_EVENTS, warmup: int = 10) -> dict[str, Any]:  # noqa: ANN001
    """p50/p99 of event -> reply over `events` signed mentions after `warmup` unmeasured ones;
    {"skipped": why} when the Slack extras are missing or no reply arrives."""
    try:
        from pydantic import SecretStr
        from slack_sdk import WebClient

        from ..mock_slack import BOT_USER_ID, MockSlack
        from ..slack_app import create_app
        from ..slack_server import HttpServer
        from ..store import Store
    except ImportError as exc:
        return {"skipped": f"bot.slack_app / bot.mock_slack not usable yet ({exc})"}
    from .. import render

    questions = load_gold_questions(settings.corpus_dir) or [COLD_QUESTION]
    bot, note = load_bot(settings, work)
    secret = "bench-signing-secret-" + os.urandom(8).hex()
    token = "xoxb-bench-" + os.urandom(8).hex()
    logging.getLogger("qabot").setLevel(logging.WARNING)
    store = Store(f"sqlite:///{work / 'slack-bench.sqlite3'}")
    latencies: list[float] = []
    acks: list[float] = []
    try:
        with MockSlack() as slack:
            s = settings.model_copy(update={"slack_bot_token": SecretStr(token), "slack_api_url": slack.base_url,
                                            "slack_signing_secret": SecretStr(secret)})
            app = create_app(s, bot, store, WebClient(token=token, base_url=slack.base_url))
            server = HttpServer(app, "127.0.0.1", 0).start()
            try:
                for i in range(warmup + events):
                    raw = _mention(i, questions[i % len(questions)], BOT_USER_ID)
                    stamp = str(int(time.time()))
                    req = _request(server.url, raw, stamp, _signature(secret, stamp, raw))
                    t0_wall, t0 = time.time(), time.perf_counter()
                    with urllib.request.urlopen(req, timeout=10) as resp:
                        resp.read()
                        status = resp.status
                    t_ack = time.perf_counter() - t0
                    if status != 200:
                        return {"skipped": f"the app answered HTTP {status} to a signed event"}
                    call = slack.wait_for("chat.postMessage", count=i + 1, timeout=15)[i]
                    arrived = getattr(call, "at", None)
                    dt = (arrived - t0_wall) if arrived else time.perf_counter() - t0
                    if i >= warmup:
                        latencies.append(dt)
                        acks.append(t_ack)
                forged_status = _status(_request(server.url, raw, stamp, "v0=" + "0" * 64))
                error_text = getattr(render, "ERROR_TEXT", None)
                failed = sum(1 for c in slack.calls("chat.postMessage") if error_text and c.body.get("text") == error_text)
            finally:
                try:
                    server.stop()
                except Exception as exc:  # noqa: BLE001 - measurements are already taken
                    say(f"[slack] stopping the HTTP server failed: {exc!r}")
    except AssertionError as exc:
        return {"skipped": f"no reply reached the mock Slack API: {exc}"}
    finally:
        store.close()
    out: dict[str, Any] = {"events": len(latencies), "warmup": warmup, "transport": "HTTP (Bolt WSGI under waitress)",
                           "sequential": True, **pct(latencies), "ack": pct(acks), "error_replies": failed,
                           "forged_signature_status": forged_status}
    if note:
        out["note"] = note
    return out


def _mention(i: int, question: str, bot_user_id: str) -> bytes:
    """The i-th event: an app_mention of the bot asking `question`, as Slack POSTs it."""
    body = {"token": "bench", "team_id": "T0MOCK", "api_app_id": "A0QABOT", "type": "event_callback",
            "event_id": f"Ev{i:010d}", "event_time": int(time.time()),
            "event": {"type": "app_mention", "user": "U0ASKER", "text": f"<@{bot_user_id}> {question}",
                      "ts": f"{1_700_000_000 + i}.000100", "channel": "C0BENCH",
                      "event_ts": f"{1_700_000_000 + i}.000100"}}
    return json.dumps(body).encode()


def _signature(secret: str, stamp: str, raw: bytes) -> str:
    """Slack's v0 request signature."""
    return "v0=" + hmac.new(secret.encode(), f"v0:{stamp}:".encode() + raw, hashlib.sha256).hexdigest()


def _request(url: str, raw: bytes, stamp: str, signature: str) -> urllib.request.Request:
    return urllib.request.Request(url, data=raw, method="POST", headers={
        "Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature})


def _status(req: urllib.request.Request) -> int:
    """The HTTP status of a request (an error status is returned, not raised)."""
    try:
        urllib.request.urlopen(req, timeout=10).close()
        return 200
    except urllib.error.HTTPError as exc:
        return exc.code
