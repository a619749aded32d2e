"""What the bot remembers — event dedupe, thread context, posted answers, feedback votes —
through one SQLAlchemy Core code path for SQLite (default: a file, WAL mode, 0600) and
PostgreSQL (`QABOT_DATABASE_URL=postgresql+psycopg://…`), so several replicas can share it.

Dedupe claims are one atomic insert-if-absent statement on a unique key with a TTL: a replica
that dies after claiming does not swallow the event for good (Slack's retry takes it over).
Errors are `StoreError`s naming the database with its password hidden.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (Boolean, CheckConstraint, Column, DateTime, Float, Integer, MetaData, String, Table, Text,
                        UniqueConstraint, create_engine, delete, event, func, select, text, update)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .errors import ConfigError, StoreError

if TYPE_CHECKING:
    from .config import Settings

SCHEMA_VERSION = 1
CLAIM_TTL = 60.0  # seconds a claim holds before a retry may take it over (crashed replica)
DONE_TTL = 24 * 3600.0  # seconds a handled event stays deduped (Slack retries within minutes)
PURGE_EVERY = 600.0

metadata = MetaData()
schema_version = Table("schema_version", metadata, Column("id", Integer, primary_key=True),
                       Column("version", Integer, nullable=False), Column("updated_at", Float, nullable=False))
events = Table("events", metadata, Column("key", String(255), primary_key=True),
               Column("claimed_at", Float, nullable=False), Column("expires_at", Float, nullable=False, index=True),
               Column("done", Boolean, nullable=False))
threads = Table("threads", metadata, Column("channel", String(64), primary_key=True),
                Column("thread_ts", String(32), primary_key=True), Column("team", String(64)),
                Column("question", Text), Column("updated_at", Float, nullable=False))
answers = Table("answers", metadata, Column("ref", String(64), primary_key=True),
                Column("created_at", Float, nullable=False), Column("team", String(64)), Column("channel", String(64)),
                Column("thread_ts", String(32)), Column("user_id", String(64)), Column("question", Text, nullable=False),
                Column("answer_json", Text, nullable=False))
feedback = Table("feedback", metadata, Column("id", Integer, primary_key=True, autoincrement=True),
                 Column("created_at", DateTime(timezone=True), nullable=False), Column("team", String(64)),
                 Column("channel", String(64)), Column("thread_ts", String(32)), Column("user_id", String(64)),
                 Column("answer_ref", String(64), nullable=False), Column("question", Text, nullable=False),
                 Column("answer_json", Text, nullable=False), Column("vote", String(8), nullable=False),
                 CheckConstraint("vote IN ('up', 'down')", name="feedback_vote"),
                 UniqueConstraint("answer_ref", "user_id", name="feedback_one_vote"))


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[events, threads, answers, feedback])


MIGRATIONS: list[Callable[[Connection], None]] = [_v1]  # MIGRATIONS[n] takes version n to n + 1
assert len(MIGRATIONS) == SCHEMA_VERSION


@dataclass(frozen=True)
class StoredAnswer:
    ref: str
    team: str | None
    channel: str | None
    thread_ts: str | None
    user_id: str | None
    question: str
    answer_json: str


@dataclass(frozen=True)
class Vote:
    id: int
    created_at: dt.datetime
    team: str | None
    channel: str | None
    thread_ts: str | None
    user_id: str | None
    answer_ref: str
    question: str
    answer_json: str
    vote: str


def database_url(settings: Settings) -> URL:
    """QABOT_DATABASE_URL if set (bare `postgresql://` gets the psycopg 3 driver), else the SQLite file."""
    if not settings.database_url:
        return URL.create("sqlite", database=str(Path(settings.db_path).expanduser().resolve()))
    try:
        url = make_url(settings.database_url)
    except ArgumentError:
        raise ConfigError("QABOT_DATABASE_URL is not a database URL — use e.g. "
                          "postgresql+psycopg://user:password@host:5432/qabot") from None
    return _normalise(url)


def _normalise(url: URL) -> URL:
    """Bare `postgresql://` (or `postgres://`) gets the psycopg 3 driver; only SQLite and PostgreSQL."""
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ConfigError(f"QABOT_DATABASE_URL: unsupported database {url.get_backend_name()!r} — use postgresql or sqlite")
    return url


def _prepare_sqlite_file(path: str) -> None:
    """Create the file (and its folder) readable by this user only."""
    p = Path(path)
    p.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(p, os.O_CREAT | os.O_RDWR, 0o600))
    os.chmod(p, 0o600)


class Store:
    """One database for every replica's state. Methods raise StoreError on database failures."""

    def __init__(self, url: str | URL, *, claim_ttl: float = CLAIM_TTL, done_ttl: float = DONE_TTL,
                 migrate: bool = True) -> None:
        self.url = _normalise(make_url(url) if isinstance(url, str) else url)
        self.safe_url = self.url.render_as_string(hide_password=True)
        self.claim_ttl, self.done_ttl = claim_ttl, done_ttl
        self.dialect = self.url.get_backend_name()
        self._insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[self.dialect]
        self._last_purge = 0.0
        self._lock = threading.Lock()
        try:
            if self.dialect == "sqlite":
                if self.url.database not in (None, "", ":memory:"):
                    _prepare_sqlite_file(self.url.database)
                self.engine: Engine = create_engine(self.url, connect_args={"timeout": 15, "check_same_thread": False})
                event.listen(self.engine, "connect", _sqlite_connect)
                event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
            else:
                self.engine = create_engine(self.url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
        except (OSError, SQLAlchemyError) as exc:
            raise StoreError(f"cannot open state database {self.safe_url}: {self._reason(exc)}") from None
        if migrate:
            self.upgrade()

    @classmethod
    def from_settings(cls, settings: Settings, **kw: Any) -> Store:
        return cls(database_url(settings), **kw)

    def close(self) -> None:
        self.engine.dispose()

    def _reason(self, exc: BaseException) -> str:
        """The driver's first message line (no SQL, no parameters), password masked."""
        cause = getattr(exc, "orig", None) or exc
        lines = str(cause).strip().splitlines()
        msg = lines[0] if lines else ""
        if self.url.password:
            msg = msg.replace(str(self.url.password), "***")
        return f"{type(cause).__name__}: {msg[:300]}".rstrip(": ")

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"state database {self.safe_url}: {self._reason(exc)} — check that it is "
                             "reachable and writable (QABOT_DATABASE_URL / QABOT_DB_PATH)") from None

    # ---- schema -------------------------------------------------------------------------------
    def version(self) -> int:
        with self._tx() as conn:
            if not self.engine.dialect.has_table(conn, "schema_version"):
                return 0
            return conn.execute(select(schema_version.c.version)).scalar() or 0

    def upgrade(self) -> tuple[int, int]:
        """Create or migrate the schema; (version before, after). A newer schema is an error."""
        with self._tx() as conn:
            if self.dialect == "postgresql":  # replicas starting together migrate one at a time
                conn.execute(text("SELECT pg_advisory_xact_lock(5417338)"))
            schema_version.create(conn, checkfirst=True)
            before = conn.execute(select(schema_version.c.version)).scalar() or 0
            if before > SCHEMA_VERSION:
                raise StoreError(f"state database {self.safe_url} has schema version {before}, newer than this "
                                 f"qabot knows ({SCHEMA_VERSION}) — upgrade qabot, or point it at another database")
            for v in range(before, SCHEMA_VERSION):
                MIGRATIONS[v](conn)
            if before != SCHEMA_VERSION:
                conn.execute(self._insert(schema_version).values(id=1, version=SCHEMA_VERSION, updated_at=time.time())
                             .on_conflict_do_update(index_elements=["id"], set_={"version": SCHEMA_VERSION,
                                                                                "updated_at": time.time()}))
        return before, SCHEMA_VERSION

    # ---- event dedupe -------------------------------------------------------------------------
    def claim(self, keys: Sequence[str]) -> bool:
        """Claim every key (e.g. `event:Ev1`, `msg:C1:123.4`) or none that matters: True only when
        all were free or expired. Each claim is one atomic insert-if-absent statement."""
        now = time.time()
        self._maybe_purge(now)
        with self._tx() as conn:
            won: list[str] = []
            for key in keys:
                stmt = self._insert(events).values(key=key, claimed_at=now, expires_at=now + self.claim_ttl, done=False)
                stmt = stmt.on_conflict_do_update(
                    index_elements=["key"], where=events.c.expires_at < now,
                    set_={"claimed_at": now, "expires_at": now + self.claim_ttl, "done": False}).returning(events.c.key)
                if conn.execute(stmt).first() is None:  # RETURNING: portable, unlike rowcount
                    if won:  # a duplicate of something already claimed: ours is handled too
                        conn.execute(update(events).where(events.c.key.in_(won))
                                     .values(done=True, expires_at=now + self.done_ttl))
                    return False
                won.append(key)
        return True

    def complete(self, keys: Sequence[str]) -> None:
        """Mark claimed keys handled: deduped for `done_ttl` seconds."""
        with self._tx() as conn:
            conn.execute(update(events).where(events.c.key.in_(list(keys)))
                         .values(done=True, expires_at=time.time() + self.done_ttl))

    def release(self, keys: Sequence[str]) -> None:
        """Give up unfinished claims so Slack's retry is answered."""
        with self._tx() as conn:
            conn.execute(delete(events).where(events.c.key.in_(list(keys)), events.c.done.is_(False)))

    def _maybe_purge(self, now: float) -> None:
        with self._lock:
            if now - self._last_purge < PURGE_EVERY:
                return
            self._last_purge = now
        with self._tx() as conn:
            conn.execute(delete(events).where(events.c.expires_at < now))

    # ---- threads ------------------------------------------------------------------------------
    def thread(self, channel: str, thread_ts: str) -> tuple[bool, str | None]:
        """(the bot has replied in this thread, the thread's last answered question)."""
        with self._tx() as conn:
            row = conn.execute(select(threads.c.question).where(
                threads.c.channel == channel, threads.c.thread_ts == thread_ts)).first()
        return (row is not None, row.question if row else None)

    def remember_thread(self, channel: str, thread_ts: str, team: str | None, question: str | None) -> None:
        """Record that the bot replied in the thread; a non-None question becomes its context."""
        stmt = self._insert(threads).values(channel=channel, thread_ts=thread_ts, team=team, question=question,
                                            updated_at=time.time())
        stmt = stmt.on_conflict_do_update(index_elements=["channel", "thread_ts"], set_={
            "question": func.coalesce(stmt.excluded.question, threads.c.question), "updated_at": stmt.excluded.updated_at})
        with self._tx() as conn:
            conn.execute(stmt)

    # ---- answers and votes --------------------------------------------------------------------
    def save_answer(self, a: StoredAnswer) -> None:
        with self._tx() as conn:
            conn.execute(answers.insert().values(created_at=time.time(), **asdict(a)))

    def get_answer(self, ref: str) -> StoredAnswer | None:
        with self._tx() as conn:
            row = conn.execute(select(*[answers.c[f] for f in StoredAnswer.__dataclass_fields__])
                               .where(answers.c.ref == ref)).first()
        return StoredAnswer(**row._mapping) if row else None

    def record_vote(self, a: StoredAnswer, user_id: str, vote: str, *, team: str | None = None,
                    channel: str | None = None, thread_ts: str | None = None) -> None:
        """One vote per user per answer; voting again replaces it."""
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        now = dt.datetime.now(dt.timezone.utc)
        stmt = self._insert(feedback).values(
            created_at=now, team=team or a.team, channel=channel or a.channel, thread_ts=thread_ts or a.thread_ts,
            user_id=user_id, answer_ref=a.ref, question=a.question, answer_json=a.answer_json, vote=vote)
        stmt = stmt.on_conflict_do_update(index_elements=["answer_ref", "user_id"],
                                          set_={"vote": vote, "created_at": now})
        with self._tx() as conn:
            conn.execute(stmt)

    def votes(self, vote: str | None = None) -> list[Vote]:
        q = select(*[feedback.c[f] for f in Vote.__dataclass_fields__]).order_by(feedback.c.id)
        with self._tx() as conn:
            rows = conn.execute(q if vote is None else q.where(feedback.c.vote == vote)).all()
        out = []
        for r in rows:
            m = dict(r._mapping)
            if m["created_at"].tzinfo is None:  # SQLite keeps no zone; we always write UTC
                m["created_at"] = m["created_at"].replace(tzinfo=dt.timezone.utc)
            out.append(Vote(**m))
        return out


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN IMMEDIATE
    cur = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=15000", "foreign_keys=ON"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def run(args: argparse.Namespace, settings: Settings) -> int:
    """`qabot db upgrade`: create or migrate the schema and say what changed."""
    store = Store.from_settings(settings, migrate=False)
    try:
        before, after = store.upgrade()
    finally:
        store.close()
    change = "already up to date" if before == after else f"migrated from version {before}"
    print(f"state database {store.safe_url}: schema version {after} ({change})")
    return 0
