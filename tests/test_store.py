"""The state store on a real SQLite file: dedupe claims, thread context, answers, votes, schema."""
from __future__ import annotations

import sqlite3
import stat
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import update

from bot import cli
from bot.config import load_settings
from bot.errors import ConfigError, StoreError
from bot.store import SCHEMA_VERSION, Store, StoredAnswer, database_url, schema_version


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "var" / "state.sqlite3"


@pytest.fixture
def store(db: Path):
    s = Store(f"sqlite:///{db}")
    yield s
    s.close()


def answer_row(ref: str = "ref1") -> StoredAnswer:
    return StoredAnswer(ref, "T1", "C1", "1.0", "U1", "How much?", '{"citations": [{"doc_id": "a"}]}')


def test_sqlite_file_is_user_only_and_in_wal_mode(store: Store, db: Path) -> None:
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    store.claim(["event:E1"])  # a write creates the -wal file
    for extra in db.parent.glob("state.sqlite3-*"):
        assert stat.S_IMODE(extra.stat().st_mode) == 0o600
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_existing_file_with_wide_permissions_is_tightened(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.touch(mode=0o644)
    Store(f"sqlite:///{db}").close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_first_claim_wins_and_repeats_are_duplicates(store: Store) -> None:
    assert store.claim(["event:E1", "msg:C1:1.0"])
    assert not store.claim(["event:E1", "msg:C1:1.0"])  # Slack's retry of the same event


def test_same_message_under_another_event_id_is_a_duplicate(store: Store) -> None:
    assert store.claim(["event:E_mention", "msg:C1:1.0"])
    assert not store.claim(["event:E_message", "msg:C1:1.0"])  # the `message` twin of an app_mention
    assert not store.claim(["event:E_message"])  # ...and its own retry is deduped too


def test_expired_claim_is_taken_over_by_a_retry(db: Path) -> None:
    s = Store(f"sqlite:///{db}", claim_ttl=0.05)
    assert s.claim(["event:E1"])
    time.sleep(0.06)  # the first replica "crashed" without completing
    assert s.claim(["event:E1"])


def test_completed_event_stays_deduped_after_the_claim_ttl(db: Path) -> None:
    s = Store(f"sqlite:///{db}", claim_ttl=0.05)
    assert s.claim(["event:E1"])
    s.complete(["event:E1"])
    time.sleep(0.06)
    assert not s.claim(["event:E1"])


def test_released_claim_can_be_claimed_again(store: Store) -> None:
    assert store.claim(["event:E1", "msg:C1:1.0"])
    store.release(["event:E1", "msg:C1:1.0"])
    assert store.claim(["event:E1", "msg:C1:1.0"])


def test_concurrent_claims_from_two_connections_have_one_winner(db: Path) -> None:
    stores = [Store(f"sqlite:///{db}"), Store(f"sqlite:///{db}")]  # like two processes on one file
    wins: list[bool] = []
    barrier = threading.Barrier(16)

    def claim(i: int) -> None:
        barrier.wait()
        wins.append(stores[i % 2].claim(["event:RACE", "msg:C1:9.9"]))

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(wins) == [False] * 15 + [True]


def test_thread_context_survives_a_restart(db: Path) -> None:
    s = Store(f"sqlite:///{db}")
    assert s.thread("C1", "1.0") == (False, None)
    s.remember_thread("C1", "1.0", "T1", "How much did emergency admissions rise?")
    s.close()
    assert Store(f"sqlite:///{db}").thread("C1", "1.0") == (True, "How much did emergency admissions rise?")


def test_declined_reply_marks_thread_but_keeps_the_last_good_question(store: Store) -> None:
    store.remember_thread("C1", "2.0", "T1", None)
    assert store.thread("C1", "2.0") == (True, None)
    store.remember_thread("C1", "2.0", "T1", "first")
    store.remember_thread("C1", "2.0", "T1", None)
    assert store.thread("C1", "2.0") == (True, "first")


def test_saved_answer_is_found_by_ref(store: Store) -> None:
    store.save_answer(answer_row())
    assert store.get_answer("ref1") == answer_row()
    assert store.get_answer("missing") is None


def test_votes_keep_one_per_user_per_answer_with_all_fields(store: Store) -> None:
    store.save_answer(answer_row())
    store.record_vote(answer_row(), "U2", "up", team="T1", channel="C1", thread_ts="1.0")
    store.record_vote(answer_row(), "U2", "down", team="T1", channel="C1", thread_ts="1.0")
    store.record_vote(answer_row(), "U3", "up")
    votes = store.votes()
    assert [(v.user_id, v.vote) for v in votes] == [("U2", "down"), ("U3", "up")]
    v = votes[0]
    assert (v.team, v.channel, v.thread_ts, v.question, v.answer_ref) == ("T1", "C1", "1.0", "How much?", "ref1")
    assert v.answer_json == answer_row().answer_json
    assert v.created_at.tzinfo is not None and abs(v.created_at.timestamp() - time.time()) < 60
    assert [x.user_id for x in store.votes("down")] == ["U2"]
    with pytest.raises(ValueError):
        store.record_vote(answer_row(), "U4", "meh")


def test_schema_version_is_recorded_and_upgrade_is_idempotent(store: Store) -> None:
    assert store.version() == SCHEMA_VERSION
    assert store.upgrade() == (SCHEMA_VERSION, SCHEMA_VERSION)


def test_newer_schema_than_the_code_is_a_clear_error(store: Store, db: Path) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(schema_version).values(version=SCHEMA_VERSION + 1))
    with pytest.raises(StoreError, match=r"schema version 2, newer than this qabot knows \(1\) — upgrade qabot"):
        Store(f"sqlite:///{db}")


def test_db_upgrade_command_creates_and_reports_the_schema(db: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("QABOT_DB_PATH", str(db))
    monkeypatch.setenv("QABOT_DATABASE_URL", "")  # beats a developer's .env
    assert cli.main(["db", "upgrade"]) == 0
    assert f"schema version {SCHEMA_VERSION} (migrated from version 0)" in capsys.readouterr().out
    assert cli.main(["db", "upgrade"]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_unusable_path_is_a_store_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError, match="file/sub"):
        Store(f"sqlite:///{tmp_path / 'file' / 'sub' / 'x.sqlite3'}")


def test_connection_errors_never_show_the_password() -> None:
    s = Store("postgresql+psycopg://qabot:s3cr3t-pw@127.0.0.1:1/qabot", migrate=False)
    with pytest.raises(StoreError) as info:
        s.upgrade()
    assert "s3cr3t-pw" not in str(info.value) and "***" in str(info.value)


def test_database_url_defaults_to_sqlite_and_gives_postgres_the_psycopg3_driver(tmp_path: Path) -> None:
    assert database_url(load_settings(db_path=tmp_path / "x.db", database_url=None)).drivername == "sqlite"
    pg = database_url(load_settings(database_url="postgresql://u:p@db:5432/qabot"))
    assert pg.drivername == "postgresql+psycopg" and pg.database == "qabot"
    with pytest.raises(ConfigError, match="QABOT_DATABASE_URL"):
        database_url(load_settings(database_url="not a url"))
    with pytest.raises(ConfigError, match="QABOT_DATABASE_URL: unsupported"):
        database_url(load_settings(database_url="mysql://u:p@h/d"))
