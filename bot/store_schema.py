"""The state database's shape and address: its tables, the ordered migrations that build them
and the `schema_version` row that records how far they ran; which URL is used (SQLite file or
PostgreSQL) and how a password is kept out of every log line and error."""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (Boolean, CheckConstraint, Column, DateTime, Float, Integer, MetaData, String, Table, Text,
                        UniqueConstraint, select, text)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError

from .errors import ConfigError, StoreError

if TYPE_CHECKING:
    from .config import Settings

SCHEMA_VERSION = 2

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


# The rows the store hands out: their fields are the tables' column names.
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


def _v1(conn: Connection) -> None:
    """The first schema. The Table objects above are its shape: later changes go in new
    migrations (portable DDL), never into these tables' definitions."""
    metadata.create_all(conn, tables=[events, threads, answers, feedback])


def _v2(conn: Connection) -> None:
    """Indexes for the retention purge of thread context and answers."""
    conn.execute(text("CREATE INDEX IF NOT EXISTS threads_updated_at ON threads (updated_at)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS answers_created_at ON answers (created_at)"))


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2]  # MIGRATIONS[n] takes version n to n + 1
assert len(MIGRATIONS) == SCHEMA_VERSION


def insert_for(dialect: str) -> Callable[..., Any]:
    """The dialect's INSERT, which has ON CONFLICT (both SQLite and PostgreSQL spell it alike)."""
    return {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect]


def current_version(conn: Connection) -> int:
    """The schema version recorded in the database; 0 for an empty one."""
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    return conn.execute(select(schema_version.c.version)).scalar() or 0


def migrate(conn: Connection, safe_url: str) -> tuple[int, int]:
    """Create or migrate the schema in this transaction; (version before, after). A database
    newer than this code is a StoreError naming `safe_url`."""
    dialect = conn.dialect.name
    if dialect == "postgresql":  # replicas starting together migrate one at a time
        conn.execute(text("SELECT pg_advisory_xact_lock(5417338)"))
    schema_version.create(conn, checkfirst=True)
    before = conn.execute(select(schema_version.c.version)).scalar() or 0
    if before > SCHEMA_VERSION:
        raise StoreError(f"state database {safe_url} has schema version {before}, newer than this "
                         f"qabot knows ({SCHEMA_VERSION}) — upgrade qabot, or point it at another database")
    for v in range(before, SCHEMA_VERSION):
        MIGRATIONS[v](conn)
    if before != SCHEMA_VERSION:
        now = time.time()
        conn.execute(insert_for(dialect)(schema_version).values(id=1, version=SCHEMA_VERSION, updated_at=now)
                     .on_conflict_do_update(index_elements=["id"],
                                            set_={"version": SCHEMA_VERSION, "updated_at": now}))
    return before, SCHEMA_VERSION


# ---- the URL ------------------------------------------------------------------------------------------
def database_url(settings: Settings) -> URL:
    """QABOT_DATABASE_URL if set (bare `postgresql://` gets the psycopg 3 driver), else the SQLite file."""
    if not settings.database_url:
        return URL.create("sqlite", database=str(Path(settings.db_path).expanduser().resolve()))
    try:
        url = make_url(settings.database_url)
    except ArgumentError:
        raise ConfigError("QABOT_DATABASE_URL is not a database URL — use e.g. "
                          "postgresql+psycopg://user:password@host:5432/qabot") from None
    return normalise_url(url)


def normalise_url(url: str | URL) -> URL:
    """Bare `postgresql://` (or `postgres://`) gets the psycopg 3 driver; only SQLite and PostgreSQL."""
    url = make_url(url) if isinstance(url, str) else url
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ConfigError(f"QABOT_DATABASE_URL: unsupported database {url.get_backend_name()!r} — use postgresql or sqlite")
    return url


def redact_url(url: URL) -> str:
    """The URL as logs and errors show it: the password masked."""
    return url.render_as_string(hide_password=True)


def describe_error(exc: BaseException, url: URL) -> str:
    """The driver's first message line (no SQL, no parameters), the URL's password masked."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    msg = lines[0] if lines else ""
    if url.password:
        msg = msg.replace(str(url.password), "***")
    return f"{type(cause).__name__}: {msg[:300]}".rstrip(": ")
