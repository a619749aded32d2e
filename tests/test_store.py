"""The state store: dedupe claims, thread context, answers, votes, schema and migrations — the
same tests on a real SQLite file and on a real PostgreSQL database (`-m postgres` selects those;
run them through `.ci/with-postgres`)."""
from __future__ import annotations

import sqlite3
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, update

from bot import cli
from bot.config import load_settings
from bot.errors import ConfigError, StoreError
from bot.store import Store, StoredAnswer
from bot.store_schema import MIGRATIONS, SCHEMA_VERSION, answers, database_url, schema_version
from tests.pg_fixtures import pg_database, pg_server_url  # noqa: F401


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "var" / "state.sqlite3"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, db: Path) -> str:
    """An empty database: a SQLite file, or a fresh PostgreSQL database."""
    return f"sqlite:///{db}" if request.param == "sqlite" else request.getfixturevalue("pg_database")


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    s = Store(url)
    yield s
    s.close()


def answer_row(ref: str = "ref1") -> StoredAnswer:
    return StoredAnswer(ref, "T1", "C1", "1.0", "U1", "How much?", '{"citations": [{"doc_id": "a"}]}')


def in_threads(n: int, fn) -> list:
    """fn(i) for i in range(n), all released at once; the results in order."""
    out: list = [None] * n
    barrier = threading.Barrier(n)

    def run(i: int) -> None:
        barrier.wait()
        out[i] = fn(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return out


# ---- SQLite file ---------------------------------------------------------------------------------

def test_sqlite_file_is_user_only_and_in_wal_mode(db: Path) -> None:
    store = Store(f"sqlite:///{db}")
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    store.claim(["event:E1"])  # a write creates the -wal file
    for extra in db.parent.glob("state.sqlite3-*"):
        assert stat.S_IMODE(extra.stat().st_mode) == 0o600
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_existing_file_with_wide_permissions_is_tightened(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.touch(mode=0o644)
    Store(f"sqlite:///{db}").close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_unusable_path_is_a_store_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError, match="file/sub"):
        Store(f"sqlite:///{tmp_path / 'file' / 'sub' / 'x.sqlite3'}")


# ---- dedupe ----------------------------------------------------------------------------------------

def test_first_claim_wins_and_repeats_are_duplicates(store: Store) -> None:
    assert store.claim(["event:E1", "msg:C1:1.0"])
    assert not store.claim(["event:E1", "msg:C1:1.0"])  # Slack's retry of the same event


def test_same_message_under_another_event_id_is_a_duplicate(store: Store) -> None:
    assert store.claim(["event:E_mention", "msg:C1:1.0"])
    assert not store.claim(["event:E_message", "msg:C1:1.0"])  # the `message` twin of an app_mention
    assert not store.claim(["event:E_message"])  # ...and its own retry is deduped too


def test_expired_claim_is_taken_over_by_a_retry(url: str) -> None:
    s = Store(url, claim_ttl=0.05)
    assert s.claim(["event:E1"])
    time.sleep(0.06)  # the first replica "crashed" without completing
    assert Store(url, claim_ttl=0.05).claim(["event:E1"])  # another replica takes it over
    s.close()


def test_completed_event_stays_deduped_after_the_claim_ttl(url: str) -> None:
    s = Store(url, claim_ttl=0.05)
    assert s.claim(["event:E1"])
    s.complete(["event:E1"])
    time.sleep(0.06)
    assert not s.claim(["event:E1"])
    s.close()


def test_released_claim_can_be_claimed_again(store: Store) -> None:
    assert store.claim(["event:E1", "msg:C1:1.0"])
    store.release(["event:E1", "msg:C1:1.0"])
    assert store.claim(["event:E1", "msg:C1:1.0"])


def test_concurrent_claims_from_two_stores_have_exactly_one_winner(url: str) -> None:
    stores = [Store(url), Store(url)]  # like two replicas
    for round_ in range(5):
        keys = [f"event:RACE{round_}", f"msg:C1:{round_}.9"]
        wins = in_threads(16, lambda i, keys=keys: stores[i % 2].claim(keys))
        assert sorted(wins) == [False] * 15 + [True]
    for s in stores:
        s.close()


def test_claim_ttl_comes_from_the_environment(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QABOT_CLAIM_TTL", "2.5")
    s = Store.from_settings(load_settings(db_path=db, database_url=None))
    assert s.claim_ttl == 2.5
    s.close()
    monkeypatch.setenv("QABOT_CLAIM_TTL", "soon")
    with pytest.raises(ConfigError, match="QABOT_CLAIM_TTL"):
        Store.from_settings(load_settings(db_path=db, database_url=None))


# ---- threads, answers, votes ------------------------------------------------------------------------

def test_thread_context_survives_a_restart(url: str) -> None:
    s = Store(url)
    assert s.thread("C1", "1.0") == (False, None)
    s.remember_thread("C1", "1.0", "T1", "How much did emergency admissions rise?")
    s.close()
    other = Store(url)  # a restart, or another replica
    assert other.thread("C1", "1.0") == (True, "How much did emergency admissions rise?")
    other.close()


def test_declined_reply_marks_thread_but_keeps_the_last_good_question(store: Store) -> None:
    store.remember_thread("C1", "2.0", "T1", None)
    assert store.thread("C1", "2.0") == (True, None)
    store.remember_thread("C1", "2.0", "T1", "first")
    store.remember_thread("C1", "2.0", "T1", None)
    assert store.thread("C1", "2.0") == (True, "first")


def test_saved_answer_is_found_by_ref_from_another_replica(store: Store, url: str) -> None:
    store.save_answer(answer_row())
    store.save_answer(answer_row())  # saving twice (a replayed write) is harmless
    other = Store(url)
    assert other.get_answer("ref1") == answer_row()
    assert other.get_answer("missing") is None
    other.close()


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


def test_old_thread_context_and_answers_are_purged_but_votes_are_kept(url: str, monkeypatch) -> None:
    s = Store(url, keep_days=1)
    s.remember_thread("C1", "1.0", "T1", "old")
    s.save_answer(answer_row("old"))
    s.record_vote(answer_row("old"), "U1", "down")
    monkeypatch.setattr(time, "time", lambda real=time.time: real() + 2 * 86400)
    s.remember_thread("C1", "2.0", "T1", "new")
    s._last_purge = 0.0
    s.claim(["event:E1"])  # purges now and then
    assert s.thread("C1", "1.0")[0] is True  # this process still remembers it...
    other = Store(url)
    assert other.thread("C1", "1.0") == (False, None)  # ...but the database no longer does
    assert other.thread("C1", "2.0") == (True, "new") and other.get_answer("old") is None
    assert [v.answer_ref for v in other.votes()] == ["old"]
    s.close()
    other.close()


# ---- schema and migrations -------------------------------------------------------------------------

def make_v1_database(url: str) -> None:
    """A database as version 1 of the code left it, with one answer in it."""
    s = Store(url, migrate=False)
    with s.engine.begin() as conn:
        schema_version.create(conn)
        MIGRATIONS[0](conn)
        conn.execute(schema_version.insert().values(id=1, version=1, updated_at=0.0))
        conn.execute(answers.insert().values(created_at=1.0, ref="v1", question="Q?", answer_json="{}"))
    s.close()


def test_schema_version_is_recorded_and_upgrade_is_idempotent(store: Store) -> None:
    assert store.version() == SCHEMA_VERSION
    assert store.upgrade() == (SCHEMA_VERSION, SCHEMA_VERSION)


def test_version_1_database_is_migrated_at_start_keeping_its_rows(url: str) -> None:
    make_v1_database(url)
    s = Store(url)
    assert s.version() == SCHEMA_VERSION == 2
    assert s.get_answer("v1") == StoredAnswer("v1", None, None, None, None, "Q?", "{}")
    names = {i["name"] for t in ("threads", "answers") for i in inspect(s.engine).get_indexes(t)}
    assert {"threads_updated_at", "answers_created_at"} <= names
    s.close()


def test_replicas_starting_together_migrate_once(url: str) -> None:
    stores = in_threads(6, lambda i: Store(url))
    with stores[0].engine.connect() as conn:
        assert conn.execute(select(schema_version.c.version)).all() == [(SCHEMA_VERSION,)]
    for s in stores:
        s.close()


def test_newer_schema_than_the_code_is_a_clear_error(store: Store, url: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(schema_version).values(version=SCHEMA_VERSION + 1))
    newer, known = SCHEMA_VERSION + 1, SCHEMA_VERSION
    with pytest.raises(StoreError, match=rf"schema version {newer}, newer than this qabot knows \({known}\) — "
                                         "upgrade qabot"):
        Store(url)


def test_db_upgrade_command_creates_and_reports_the_schema(url: str, db: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("QABOT_DB_PATH", str(db))
    monkeypatch.setenv("QABOT_DATABASE_URL", "" if url.startswith("sqlite") else url)  # beats a developer's .env
    make_v1_database(url)
    assert cli.main(["db", "upgrade"]) == 0
    assert f"schema version {SCHEMA_VERSION} (migrated from version 1)" in capsys.readouterr().out
    assert cli.main(["db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert "already up to date" in out
    assert ("sqlite:///" if url.startswith("sqlite") else "postgresql+psycopg://qabot@127.0.0.1") in out


# ---- URLs and secrets ------------------------------------------------------------------------------

def test_connection_errors_never_show_the_password() -> None:
    s = Store("postgresql+psycopg://qabot:s3cr3t-pw@127.0.0.1:1/qabot", migrate=False)
    with pytest.raises(StoreError) as info:
        s.upgrade()
    assert "s3cr3t-pw" not in str(info.value) and "***" in str(info.value)
    with pytest.raises(StoreError, match=r"qabot:\*\*\*@127.0.0.1:1") as info:
        Store("postgresql://qabot:s3cr3t-pw@127.0.0.1:1/qabot")
    assert "s3cr3t-pw" not in str(info.value)


def test_database_url_defaults_to_sqlite_and_gives_postgres_the_psycopg3_driver(tmp_path: Path) -> None:
    assert database_url(load_settings(db_path=tmp_path / "x.db", database_url=None)).drivername == "sqlite"
    pg = database_url(load_settings(database_url="postgresql://u:p@db:5432/qabot"))
    assert pg.drivername == "postgresql+psycopg" and pg.database == "qabot"
    with pytest.raises(ConfigError, match="QABOT_DATABASE_URL"):
        database_url(load_settings(database_url="not a url"))
    with pytest.raises(ConfigError, match="QABOT_DATABASE_URL: unsupported"):
        database_url(load_settings(database_url="mysql://u:p@h/d"))
