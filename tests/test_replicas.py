"""Replicas end to end (issue 8): real `python -m bot slack --http` processes on loopback ports,
one shared mock Slack Web API, one shared state database.

PostgreSQL: two replicas. 100 signed app_mention events spread over both, 20% re-sent as Slack
retries (same event_id, X-Slack-Retry-Num: 1) to the *other* replica → exactly 100 replies; a
thread follow-up through B after A answered is answered with the thread's context; votes cast
through both all land; one replica SIGKILLed mid-run → the other keeps answering, and after
Slack's retries (the unanswered events re-sent to the survivor) every question has a reply.
SQLite: the same with one replica (killed and restarted on the same file).
The figures are printed (`pytest -s tests/test_replicas.py`).
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot import render
from bot.config import PROJECT_ROOT
from bot.mock_slack import MockSlack
from bot.service import QABot
from bot.store import Store
from tests.pg_fixtures import pg_database, pg_server_url  # noqa: F401
from tests.slack_fixtures import (APP_TOKEN, BOT_TOKEN, DECLINED, QUESTION, SIGNING_SECRET, action_form,  # noqa: F401
                                  action_payload, event_body, mention, message_event, qabot, signed_headers, slack,
                                  wait_until)

CLAIM_TTL = 2.0  # QABOT_CLAIM_TTL for the replicas: a killed replica's claims lapse quickly
EVENTS, RETRY_EVERY, KILL_EVENTS = 100, 5, 60  # every 5th event is re-sent: 20%
FOLLOW = "and how much did that cost?"
QUESTIONS = [QUESTION, DECLINED, "Who chairs the Public Accounts Committee?", "When was the Better Care Fund set up?",
             "How much did the Better Care Fund cost?"]
FORM = "application/x-www-form-urlencoded"


class Replica:
    """One `python -m bot slack --http --port 0` process; its output collected line by line."""

    def __init__(self, name: str, env: dict[str, str], workdir: Path) -> None:
        self.name, self.lines, self.url = name, [], ""
        self._ready = threading.Event()
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "slack", "--http", "--host", "127.0.0.1",
                                      "--port", "0"], cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if m := re.search(r"listening on (http://127\.0\.0\.1:\d+/slack/events)", line):
                self.url = m.group(1)
                self._ready.set()

    def wait_ready(self, timeout: float = 30.0) -> Replica:
        if not self._ready.wait(timeout):
            raise AssertionError(f"replica {self.name} did not start within {timeout}s:\n" + "\n".join(self.lines))
        return self

    def logged(self, msg: str) -> list[dict[str, Any]]:
        """Its structured log lines with this "msg" ("question", "duplicate", "vote")."""
        out = []
        for line in list(self.lines):
            if (i := line.find('{"msg": ')) >= 0 and (data := json.loads(line[i:])).get("msg") == msg:
                out.append(data)
        return out

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM (a clean stop), SIGKILL if it does not go within 15 s."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._reader.join(timeout=5)


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index for every replica, built once."""
    path = tmp_path_factory.mktemp("replica-index") / "index"
    QABot.load(PROJECT_ROOT / "corpus", path)
    return path


@pytest.fixture
def spawn(slack: MockSlack, index_dir: Path, tmp_path: Path) -> Iterator[Callable[..., Replica]]:
    """spawn(name, database_url=..., db_path=...) starts a replica; all are killed at teardown."""
    started: list[Replica] = []

    def start(name: str, *, database_url: str = "", db_path: Path | None = None) -> Replica:
        env = os.environ | {
            "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.base_url, "QABOT_DATABASE_URL": database_url,
            "QABOT_DB_PATH": str(db_path or tmp_path / "unused.sqlite3"), "QABOT_INDEX_DIR": str(index_dir),
            "QABOT_CORPUS_DIR": str(PROJECT_ROOT / "corpus"), "QABOT_CLAIM_TTL": str(CLAIM_TTL),
            "QABOT_LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1"}
        replica = Replica(name, env, tmp_path)
        started.append(replica)
        return replica

    yield start
    for r in started:
        r.kill()
        r._reader.join(timeout=5)


def deliver(replica: Replica, body: dict[str, Any] | str, content_type: str = "application/json",
            retry: int | None = None) -> int | None:
    """POST a signed Slack request; the HTTP status, or None when the replica is unreachable."""
    raw = body if isinstance(body, str) else json.dumps(body)
    req = urllib.request.Request(replica.url, data=raw.encode(), method="POST",
                                 headers=signed_headers(raw, content_type=content_type, retry=retry))
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:  # connection refused or reset: a dead replica; Slack would retry later
        return None


def replies(slack: MockSlack) -> Counter[str]:
    """How many chat.postMessage replies each thread (= each question's ts) got."""
    return Counter(c.body.get("thread_ts") for c in slack.calls("chat.postMessage") if c.status == 200)


def wait_answered(slack: MockSlack, tss: list[str], timeout: float = 60.0) -> None:
    wait_until(lambda: all(replies(slack)[ts] for ts in tss), timeout, f"replies to {len(tss)} questions")


def run_scenario(slack: MockSlack, qabot: QABot, replicas: list[Replica], restart: Callable[[], Replica],
                 database_url: str, label: str) -> dict[str, Any]:
    """The whole issue-8 scenario over `replicas`; returns the figures (and prints them)."""
    n = len(replicas)
    other = (lambda i: (i + 1) % n)
    figures: dict[str, Any] = {"database": label, "replicas": n}

    # ---- 1. 100 events over the replicas, 20 re-sent as Slack retries to the other one ----------
    events = [event_body(mention(QUESTIONS[i % len(QUESTIONS)]), event_id=f"EvREPL{i:03d}") for i in range(EVENTS)]
    retried = [i for i in range(EVENTS) if i % RETRY_EVERY == 0]

    def send(i: int) -> None:
        assert deliver(replicas[i % n], events[i]) == 200
        if i in retried and i % (2 * RETRY_EVERY) == 0:  # half the retries after the first delivery's ack
            assert deliver(replicas[other(i)], events[i], retry=1) == 200

    with ThreadPoolExecutor(8) as pool:
        jobs = [pool.submit(send, i) for i in range(EVENTS)]
        jobs += [pool.submit(lambda i=i: deliver(replicas[other(i)], events[i], retry=1))  # ...half at once
                 for i in retried if i % (2 * RETRY_EVERY)]
        for j in jobs:
            j.result(timeout=60)
    tss = [e["event"]["ts"] for e in events]
    wait_answered(slack, tss)
    wait_until(lambda: sum(len(r.logged("question")) + len(r.logged("duplicate")) for r in replicas)
               >= EVENTS + len(retried), 30, "every delivery to be logged")
    time.sleep(0.3)  # a stray second reply would land by now
    got = replies(slack)
    figures |= {"events": EVENTS, "retries": len(retried), "replies": sum(got[ts] for ts in tss),
                "questions_answered": sum(1 for ts in tss if got[ts]),
                "duplicate_replies": sum(got[ts] - 1 for ts in tss if got[ts] > 1),
                "retries_deduped": sum(len(r.logged("duplicate")) for r in replicas),
                "answered_by": {r.name: len(r.logged("question")) for r in replicas}}
    assert figures["replies"] == EVENTS and figures["duplicate_replies"] == 0
    assert figures["retries_deduped"] == len(retried)

    # ---- 2. a follow-up through the other replica gets the thread's context ---------------------------
    first = mention(QUESTION)
    assert deliver(replicas[0], event_body(first)) == 200
    wait_answered(slack, [first["ts"]], 15)
    follow = message_event(FOLLOW, thread_ts=first["ts"])
    assert deliver(replicas[other(0)], event_body(follow, event_id="EvFOLLOW")) == 200
    wait_until(lambda: replies(slack)[first["ts"]] == 2, 15, "the follow-up's reply")
    posted = [c.body for c in slack.calls("chat.postMessage") if c.body.get("thread_ts") == first["ts"]][-1]
    line = wait_until(lambda: [x for x in replicas[other(0)].logged("question") if x["event_id"] == "EvFOLLOW"],
                      10, "the follow-up's log line")[0]
    figures["followup_with_context"] = (line["followup"] is True and
                                        posted["text"] == render.fallback_text(qabot.ask(FOLLOW, context=QUESTION)))
    assert figures["followup_with_context"], (line, posted["text"])

    # ---- 3. votes through every replica --------------------------------------------------------------
    calls = [c for c in slack.calls("chat.postMessage") if c.body.get("blocks", [{}])[-1].get("type") == "actions"]
    voted: set[tuple[str, str, str]] = set()
    for k, call in enumerate(calls[:20]):
        ref = call.body["blocks"][-1]["elements"][0]["value"]
        user, vote = f"U0VOTER{k:02d}", ("up", "down")[k % 2]
        click = action_payload(f"qabot_vote_{vote}", ref, block_id="qabot_reply", response_url=slack.response_url(),
                               user=user, message_ts=call.response["ts"], thread_ts=call.body["thread_ts"])
        assert deliver(replicas[k % n], action_form(click), FORM) == 200
        voted.add((ref, user, vote))
    slack.wait_for("chat.update", len(voted), timeout=20)
    figures["votes_cast"] = {r.name: len(r.logged("vote")) for r in replicas}

    # ---- 4. kill one replica mid-run; Slack's retries go to the survivor ------------------------------
    batch = [event_body(mention(QUESTIONS[i % len(QUESTIONS)]), event_id=f"EvKILL{i:03d}") for i in range(KILL_EVENTS)]
    victim = replicas[0]

    def answered_by(r: Replica) -> int:
        return len([x for x in r.logged("question") if x["event_id"].startswith("EvKILL")])

    def kill_mid_run() -> None:
        try:  # once it has answered a few of the batch, with more arriving and in flight...
            wait_until(lambda: answered_by(victim) >= 5, 20, "the victim to answer some of the batch")
        finally:
            victim.kill()  # ...SIGKILL: no clean-up at all

    def paced(i: int) -> int | None:
        time.sleep(0.01)  # a steady stream rather than one burst
        return deliver(replicas[i % n], batch[i])

    killer = threading.Thread(target=kill_mid_run)
    killer.start()
    with ThreadPoolExecutor(4) as pool:
        status = dict(enumerate(pool.map(paced, range(KILL_EVENTS), timeout=60)))
    killer.join(timeout=30)
    survivors = [r for r in replicas if r is not victim] or [restart()]
    kill_tss = [b["event"]["ts"] for b in batch]
    resent, rounds = 0, 0
    for attempt in (1, 2, 3):  # Slack retries up to three times
        time.sleep(CLAIM_TTL + 0.5)  # the dead replica's claims lapse
        missing = [i for i, ts in enumerate(kill_tss) if not replies(slack)[ts]]
        if not missing:
            break
        rounds += 1
        for j, i in enumerate(missing):
            resent += 1
            assert deliver(survivors[j % len(survivors)], batch[i], retry=attempt) == 200
        try:
            wait_answered(slack, kill_tss, 10)
            break
        except AssertionError:
            continue
    time.sleep(0.3)
    got = replies(slack)
    figures["kill"] = {"events": KILL_EVENTS, "acked_by_victim": sum(1 for i, s in status.items() if s and i % n == 0),
                       "answered_by_victim": answered_by(victim),
                       "refused_by_dead_replica": sum(1 for s in status.values() if s is None),
                       "resent_as_slack_retries": resent, "retry_rounds": rounds,
                       "questions_answered": sum(1 for ts in kill_tss if got[ts]),
                       "unanswered": sum(1 for ts in kill_tss if not got[ts]),
                       "duplicate_replies": sum(got[ts] - 1 for ts in kill_tss if got[ts] > 1),
                       "answered_by_survivors": sum(answered_by(r) for r in survivors)}
    assert figures["kill"]["unanswered"] == 0
    assert figures["kill"]["duplicate_replies"] <= 8  # at most the killed replica's questions in flight
    assert figures["kill"]["answered_by_survivors"] > 0

    # ---- votes all landed -------------------------------------------------------------------------------
    for r in [*replicas, *survivors]:
        r.stop()
    store = Store(database_url)
    landed = {(v.answer_ref, v.user_id, v.vote) for v in store.votes()}
    store.close()
    figures["votes_landed"] = f"{len(landed & voted)}/{len(voted)}"
    assert landed == voted
    print(f"\nreplica test figures ({label}): " + json.dumps(figures, indent=1))
    return figures


@pytest.mark.postgres
def test_two_replicas_on_postgres_answer_every_question_exactly_once(slack, qabot, spawn, pg_database) -> None:
    a, b = spawn("A", database_url=pg_database), spawn("B", database_url=pg_database)
    replicas = [a.wait_ready(), b.wait_ready()]
    run_scenario(slack, qabot, replicas, restart=lambda: spawn("A2", database_url=pg_database).wait_ready(),
                 database_url=pg_database, label="PostgreSQL, 2 replicas")


def test_one_replica_on_sqlite_answers_every_question_exactly_once(slack, qabot, spawn, tmp_path) -> None:
    db = tmp_path / "state.sqlite3"
    replica = spawn("A", db_path=db).wait_ready()
    run_scenario(slack, qabot, [replica], restart=lambda: spawn("A2", db_path=db).wait_ready(),
                 database_url=f"sqlite:///{db}", label="SQLite, 1 replica (restarted after the kill)")
