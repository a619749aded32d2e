"""Load on the bot's real HTTP endpoint (Bolt under waitress on loopback): 200 signed
`app_mention` events from 20 concurrent senders, replies landing on the mock Slack Web API.
Every event is acked 200 within Slack's 3 s, each gets exactly one reply, in its own thread,
with the answer the bot gives that question. Run with `-s` to see the figures."""
from __future__ import annotations

import json
import random
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest

from bot import render
from bot.config import PROJECT_ROOT
from bot.mock_slack import MockSlack
from bot.models import Answer
from bot.service import QABot
from bot.slack_server import HttpServer
from tests.slack_fixtures import (app, event_body, log_lines, mention, qabot, qabot_logs,  # noqa: F401
                                  settings, signed_headers, slack, store)

EVENTS, SENDERS, RETRY_SHARE, ACK_LIMIT = 200, 20, 0.10, 3.0
CHANNELS = [f"C0LOAD{i:02d}" for i in range(10)]


def gold_questions(limit: int = 40) -> list[str]:
    """Distinct questions from the gold file, answerable and not, in file order."""
    seen: dict[str, None] = {}
    for line in (PROJECT_ROOT / "corpus" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            seen.setdefault(json.loads(line)["question"], None)
    return list(seen)[:limit]


@dataclass
class Sent:
    """One delivery: the event body, whether it is a Slack retry, and what the endpoint said."""

    body: dict[str, Any]
    retry: bool = False
    status: int = 0
    ack_s: float = 0.0
    sent_at: float = 0.0  # wall clock, comparable with the mock's Call.at


def deliver(url: str, sent: Sent, timeout: float = 10.0) -> Sent:
    """POST one signed event as Slack does; record the status and the time to the ack."""
    raw = json.dumps(sent.body)
    req = urllib.request.Request(url, data=raw.encode(), method="POST",
                                 headers=signed_headers(raw, retry=1 if sent.retry else None))
    sent.sent_at, t0 = time.time(), time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
            sent.status = resp.status
    except urllib.error.HTTPError as exc:
        sent.status = exc.code
    except OSError:
        sent.status = -1  # connection refused, reset or timed out
    sent.ack_s = time.perf_counter() - t0
    return sent


def fire(url: str, deliveries: Sequence[Sent], senders: int = SENDERS) -> list[Sent]:
    """Every delivery, from `senders` concurrent senders, in order of submission."""
    with ThreadPoolExecutor(max_workers=senders, thread_name_prefix="slack-sender") as pool:
        return list(pool.map(lambda s: deliver(url, s), deliveries))


def pct(values: Sequence[float], q: float) -> float:
    """The q-th percentile (nearest rank) of `values`, in milliseconds."""
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))] * 1000, 1)


def mention_events(questions: Sequence[str], count: int) -> list[tuple[str, dict[str, Any]]]:
    """`count` (question, event body) pairs: top-level mentions spread over ten channels."""
    return [(q, event_body(mention(q, channel=CHANNELS[i % len(CHANNELS)], user=f"U0USER{i % 37:03d}")))
            for i, q in enumerate(questions[i % len(questions)] for i in range(count))]


def check_replies(slack: MockSlack, events: list[tuple[str, dict[str, Any]]], expected: dict[str, Answer],
                  timeout: float = 60.0) -> list[Any]:
    """Exactly one reply per event, in the event's channel and thread, with the expected blocks."""
    slack.wait_for("chat.postMessage", len(events), timeout=timeout)
    time.sleep(0.5)  # anything extra (a duplicate) would land now
    calls = slack.calls("chat.postMessage")
    assert len(calls) == len(events), f"{len(calls)} replies for {len(events)} events"
    by_thread = {(c.body["channel"], c.body["thread_ts"]): c for c in calls}
    assert len(by_thread) == len(events), "two replies went to the same thread"
    for question, body in events:
        ev = body["event"]
        call = by_thread.get((ev["channel"], ev["ts"]))
        assert call is not None, f"no reply in thread {ev['channel']}/{ev['ts']}"
        ref = call.body["blocks"][-1]["elements"][0]["value"]
        assert call.body["blocks"] == render.answer_blocks(expected[question], ref), question
        assert call.body["text"] == render.fallback_text(expected[question])
    return calls


def report(title: str, sent: list[Sent], replies: list[Any], duplicates: int) -> dict[str, Any]:
    acks = [s.ack_s for s in sent]
    by_ts = {s.body["event"]["ts"]: s.sent_at for s in sent if not s.retry}
    reply_s = [c.at - by_ts[c.body["thread_ts"]] for c in replies]
    figures = {"events": len(by_ts), "deliveries": len(sent), "retries_sent": sum(s.retry for s in sent),
               "acked_200": sum(s.status == 200 for s in sent), "replies": len(replies), "duplicates": duplicates,
               "ack_p50_ms": pct(acks, 50), "ack_p99_ms": pct(acks, 99), "ack_max_ms": pct(acks, 100),
               "reply_p50_ms": pct(reply_s, 50), "reply_p99_ms": pct(reply_s, 99)}
    print(f"\n[load] {title}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))
    return figures


@pytest.fixture
def server(app) -> Iterator[HttpServer]:
    srv = HttpServer(app, "127.0.0.1", 0).start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def expected(qabot: QABot) -> dict[str, Answer]:
    return {q: qabot.ask(q) for q in gold_questions()}


def test_200_mentions_from_20_senders_are_acked_within_3s_and_answered_once_each(
        server, slack, expected, qabot_logs) -> None:
    events = mention_events(list(expected), EVENTS)
    t0 = time.monotonic()
    sent = fire(server.url, [Sent(body) for _, body in events])
    assert Counter(s.status for s in sent) == {200: EVENTS}
    assert max(s.ack_s for s in sent) < ACK_LIMIT
    replies = check_replies(slack, events, expected)
    lines = log_lines(qabot_logs, "question")
    assert len(lines) == EVENTS and not any(line.get("failed") for line in lines)
    figures = report(f"{EVENTS} mentions, {SENDERS} senders, {time.monotonic() - t0:.1f}s", sent, replies,
                     len(log_lines(qabot_logs, "duplicate")))
    assert figures["duplicates"] == 0


def test_with_10_percent_resent_as_slack_retries_still_exactly_one_reply_per_event(
        server, slack, expected, qabot_logs) -> None:
    events = mention_events(list(expected), EVENTS)
    rng = random.Random(6)
    deliveries = [Sent(body) for _, body in events]
    for i in rng.sample(range(EVENTS), int(EVENTS * RETRY_SHARE)):
        # a retry goes in soon after its original: some race it, some come after it is answered
        deliveries.insert(min(len(deliveries), deliveries.index(next(d for d in deliveries if d.body is events[i][1]))
                              + rng.randint(1, 40)), Sent(events[i][1], retry=True))
    t0 = time.monotonic()
    sent = fire(server.url, deliveries)
    assert Counter(s.status for s in sent) == {200: len(deliveries)}
    assert max(s.ack_s for s in sent) < ACK_LIMIT
    replies = check_replies(slack, events, expected)
    duplicates = log_lines(qabot_logs, "duplicate")
    report(f"{EVENTS} mentions + {len(deliveries) - EVENTS} Slack retries, {SENDERS} senders, "
           f"{time.monotonic() - t0:.1f}s", sent, replies, len(duplicates))
    assert len(duplicates) == len(deliveries) - EVENTS
    assert len(log_lines(qabot_logs, "question")) == EVENTS
