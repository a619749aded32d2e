"""The store under faults — a SQLite file locked by another connection, made read-only, deleted
while running; PostgreSQL sessions killed, the server stopped and restarted mid-run; many writers
at once. Store methods never raise into a handler: they degrade to this process's memory, log
(a vote in full), reconnect, write what was queued, and lose nothing recorded before the fault."""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.request import BoltRequest

from bot.mock_slack import MockSlack
from bot.service import QABot
from bot.slack_app import create_app
from bot.store import Store, StoredAnswer
from tests.pg_fixtures import (PgServer, create_database, own_pg_server, pg_database,  # noqa: F401
                               pg_server_url, terminate_backends)
from tests.slack_fixtures import (BOB, QUESTION, action_form, action_payload, event_body, make_settings,  # noqa: F401
                                  mention, qabot, signed_headers, slack, wait_until)

FAST = {"lock_timeout": 0.3, "retry": (0.05, 0.3), "connect_timeout": 2}


def row(ref: str = "ref1") -> StoredAnswer:
    return StoredAnswer(ref, "T1", "C1", "1.0", "U1", f"How much? ({ref})", json.dumps({"citations": [], "ref": ref}))


def record_before_fault(s: Store) -> None:
    """What must survive every fault: two votes, a thread, an answer, a handled event."""
    s.save_answer(row())
    s.record_vote(row(), "U1", "up")
    s.record_vote(row(), "U2", "down")
    s.remember_thread("C1", "1.0", "T1", "before the fault")
    assert s.claim(["event:BEFORE"])
    s.complete(["event:BEFORE"])


def use_during_fault(s: Store, caplog: pytest.LogCaptureFixture) -> float:
    """Every handler-facing method works without raising; returns how long they all took."""
    t0 = time.monotonic()
    assert s.claim(["event:DURING", "msg:C1:5.0"])
    assert not s.claim(["event:DURING", "msg:C1:5.0"])  # a retry, deduped in memory
    assert not s.claim(["event:BEFORE"])  # this process handled it before the fault
    s.remember_thread("C1", "5.0", "T1", "during the fault")
    assert s.thread("C1", "5.0") == (True, "during the fault")
    assert s.thread("C1", "1.0") == (True, "before the fault")  # this process still remembers it
    s.save_answer(row("ref2"))
    assert s.get_answer("ref2") == row("ref2") and s.get_answer("ref1") == row()
    s.record_vote(row("ref2"), "U3", "down")
    s.complete(["event:DURING", "msg:C1:5.0"])
    elapsed = time.monotonic() - t0
    assert not s.healthy
    queued = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR and "queued until" in r.getMessage()]
    assert queued and all(k in queued[-1] for k in ('"user_id": "U3"', '"vote": "down"', '"answer_ref": "ref2"',
                                                    '"question": "How much? (ref2)"', '"answer_json"'))
    return elapsed


def assert_nothing_lost(url: str) -> None:
    """A fresh store (another replica, or a restart) sees everything, before and during the fault."""
    s = Store(url)
    try:
        assert sorted((v.answer_ref, v.user_id, v.vote) for v in s.votes()) == [
            ("ref1", "U1", "up"), ("ref1", "U2", "down"), ("ref2", "U3", "down")]
        assert s.thread("C1", "1.0") == (True, "before the fault")
        assert s.thread("C1", "5.0") == (True, "during the fault")
        assert s.get_answer("ref1") == row() and s.get_answer("ref2") == row("ref2")
        assert not s.claim(["event:BEFORE"]) and not s.claim(["event:DURING"])  # the outage's claims landed
    finally:
        s.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state.sqlite3"


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="qabot")
    return caplog


# ---- SQLite ---------------------------------------------------------------------------------------

def test_sqlite_locked_by_another_connection_degrades_then_catches_up(db: Path, logs) -> None:
    s = Store(f"sqlite:///{db}", **FAST)
    record_before_fault(s)
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    locker.execute("DELETE FROM threads")  # holds the write lock, uncommitted
    try:
        assert use_during_fault(s, logs) < 3  # one lock wait, then memory: no pile-up of waits
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    wait_until(lambda: s.healthy, 10, "the store to reconnect")
    assert any("is back after" in r.getMessage() for r in logs.records)
    s.close()
    assert_nothing_lost(f"sqlite:///{db}")


def _make_read_only(paths: list[Path]) -> list[str] | None:
    """Root ignores permissions: the immutable flag instead (not on -shm, which is mapped)."""
    if os.geteuid() != 0:
        for p in paths:
            p.chmod(0o400)
        return ["chmod", "600"]
    if subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, check=False).returncode == 0:
        return ["chattr", "-i"]
    return None


def test_sqlite_file_made_read_only_degrades_then_catches_up(db: Path, logs) -> None:
    s = Store(f"sqlite:///{db}", **FAST)
    record_before_fault(s)
    paths = [db, Path(f"{db}-wal")]
    undo = _make_read_only(paths)
    if undo is None:
        pytest.skip("cannot make a file read-only here (root without chattr +i)")
    try:
        s.engine.dispose()  # connections opened from now on are read-only ones
        use_during_fault(s, logs)
    finally:
        subprocess.run([*undo, *map(str, paths)], check=True)
    wait_until(lambda: s.healthy, 10, "the store to reconnect")
    s.close()
    assert_nothing_lost(f"sqlite:///{db}")


@pytest.mark.parametrize("deleted", [["state.sqlite3"], ["state.sqlite3", "state.sqlite3-wal", "state.sqlite3-shm"]],
                         ids=["main-file", "with-wal-and-shm"])
def test_sqlite_file_deleted_while_running_is_recreated_with_everything(db: Path, deleted: list[str], logs) -> None:
    s = Store(f"sqlite:///{db}", **FAST)
    record_before_fault(s)
    for name in deleted:
        (db.parent / name).unlink()
    assert s.claim(["event:DURING", "msg:C1:5.0"])  # the next use notices and recreates the file
    s.remember_thread("C1", "5.0", "T1", "during the fault")
    s.save_answer(row("ref2"))
    s.record_vote(row("ref2"), "U3", "down")
    s.complete(["event:DURING", "msg:C1:5.0"])
    assert s.healthy and db.exists() and stat.S_IMODE(db.stat().st_mode) == 0o600
    assert any("deleted while running" in r.getMessage() for r in logs.records if r.levelno == logging.ERROR)
    s.close()
    assert_nothing_lost(f"sqlite:///{db}")


# ---- PostgreSQL ---------------------------------------------------------------------------------------

@pytest.mark.postgres
def test_postgres_sessions_killed_mid_run_are_replaced_transparently(pg_database: str, logs) -> None:
    s = Store(pg_database, **FAST)
    record_before_fault(s)
    assert terminate_backends(pg_database) >= 1  # the pooled session dies under us
    assert s.claim(["event:DURING", "msg:C1:5.0"])  # pre-ping: a fresh session, no degraded mode
    s.remember_thread("C1", "5.0", "T1", "during the fault")
    s.save_answer(row("ref2"))
    s.record_vote(row("ref2"), "U3", "down")
    s.complete(["event:DURING", "msg:C1:5.0"])
    assert s.healthy
    s.close()
    assert_nothing_lost(pg_database)


@pytest.mark.postgres
def test_postgres_stopped_mid_run_degrades_then_catches_up_after_restart(own_pg_server: PgServer, logs) -> None:
    url = create_database(own_pg_server.url)
    s = Store(url, **FAST)
    record_before_fault(s)
    own_pg_server.stop("immediate")  # a crash: no clean goodbye to the sessions
    try:
        assert use_during_fault(s, logs) < 3
        assert any("carrying on without the state database" in r.getMessage() for r in logs.records)
    finally:
        own_pg_server.start()
    wait_until(lambda: s.healthy, 15, "the store to reconnect")
    s.close()
    assert_nothing_lost(url)


@pytest.mark.postgres
def test_answering_goes_on_while_postgres_is_down_and_the_vote_lands_after(
        own_pg_server: PgServer, slack: MockSlack, qabot: QABot, tmp_path: Path, logs) -> None:
    url = create_database(own_pg_server.url)
    settings = make_settings(slack, tmp_path).model_copy(update={"database_url": url})
    store = Store.from_settings(settings, **FAST)
    app = create_app(settings, qabot, store)

    def dispatch(body: dict[str, Any] | str, content_type: str = "application/json") -> int:
        raw = body if isinstance(body, str) else json.dumps(body)
        headers = {k.lower(): v for k, v in signed_headers(raw, content_type=content_type).items()}
        return app.dispatch(BoltRequest(body=raw, headers=headers)).status

    own_pg_server.stop("fast")
    try:
        first = mention(QUESTION)
        assert dispatch(event_body(first)) == 200
        reply = slack.wait_for("chat.postMessage")[0].body
        assert "87,000" in reply["text"] and reply["thread_ts"] == first["ts"]
        ref = reply["blocks"][-1]["elements"][0]["value"]
        assert dispatch(event_body(mention("and how much did that cost?", thread_ts=first["ts"]))) == 200
        assert slack.wait_for("chat.postMessage", 2)[1].body["thread_ts"] == first["ts"]
        click = action_payload("qabot_vote_down", ref, block_id="qabot_reply", response_url=slack.response_url(),
                               user=BOB, message_ts=first["ts"], thread_ts=first["ts"])
        assert dispatch(action_form(click), "application/x-www-form-urlencoded") == 200
        assert slack.wait_for("chat.update")[0].body["blocks"][-1]["elements"][0]["text"] == "Thanks — recorded 👎"
    finally:
        own_pg_server.start()
    wait_until(lambda: store.healthy, 15, "the store to reconnect")
    store.close()
    check = Store(url)
    [vote] = check.votes()
    assert (vote.user_id, vote.vote, vote.answer_ref, vote.question) == (BOB, "down", ref, QUESTION)
    assert check.thread(reply["channel"], first["ts"]) == (True, "and how much did that cost?")  # the last question
    check.close()


# ---- many writers ---------------------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, db: Path) -> str:
    return f"sqlite:///{db}" if request.param == "sqlite" else request.getfixturevalue("pg_database")


def test_concurrent_writers_on_two_stores_lose_nothing(url: str) -> None:
    stores = [Store(url), Store(url)]
    for s in stores:
        s.save_answer(row())
    barrier = threading.Barrier(16)
    won: list[str] = []

    def writer(i: int) -> None:
        s = stores[i % 2]
        barrier.wait()
        for j in range(25):
            s.record_vote(row(), f"U{i}-{j}", "up" if j % 2 else "down")
            s.remember_thread("C1", f"{i}.{j}", "T1", f"q{i}-{j}")
            if s.claim([f"event:E{j}"]):  # every thread races for the same 25 events
                won.append(f"E{j}")
                s.complete([f"event:E{j}"])

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert all(s.healthy for s in stores)
    assert sorted(won) == sorted(f"E{j}" for j in range(25))  # each event won exactly once
    assert len(stores[0].votes()) == 16 * 25
    assert all(stores[1].thread("C1", f"{i}.{j}") == (True, f"q{i}-{j}") for i in range(16) for j in range(25))
    for s in stores:
        s.close()


def test_unreachable_database_is_logged_without_the_password_and_unwritten_votes_are_logged_in_full(logs) -> None:
    s = Store("postgresql+psycopg://qabot:s3cr3t-pw@127.0.0.1:1/qabot", migrate=False, **FAST)
    assert s.claim(["event:E1"]) and not s.claim(["event:E1"])
    assert s.thread("C1", "1.0") == (False, None)
    s.record_vote(row(), "U1", "up")
    s.close()  # still unreachable: what was queued is logged as NOT recorded, in full
    text = logs.text + "".join(str(r.args) for r in logs.records)
    assert "s3cr3t-pw" not in text and "qabot:***@127.0.0.1:1" in text
    [lost] = [r.getMessage() for r in logs.records if "NOT recorded" in r.getMessage()]
    assert '"user_id": "U1"' in lost and '"vote": "up"' in lost and '"answer_json"' in lost
