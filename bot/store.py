"""What the bot remembers — event dedupe, thread context, posted answers, feedback votes —
through one SQLAlchemy Core code path for SQLite (default: a file, WAL mode, 0600) and
PostgreSQL (`QABOT_DATABASE_URL=postgresql+psycopg://…`), so several replicas can share it.

* Dedupe: claiming an event is one atomic insert-if-absent statement on a unique key with a
  TTL, so a replica that dies after claiming does not swallow the event (Slack's retry wins).
* Schema: a `schema_version` row and ordered migrations, run at start and by `qabot db
  upgrade`; a database newer than this code is a StoreError.
* Faults (database down, SQLite file locked, read-only or deleted): the handlers' methods never
  raise. They log, fall back to this process's memory (dedupe by TTL, recent threads and
  answers), queue writes in order — a vote is logged in full — and a background thread
  reconnects and writes the queue when the database answers again. Only the admin reads
  (`votes`, `version`, `upgrade`) raise StoreError. Passwords never reach a log or an error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sqlite3
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (Boolean, CheckConstraint, Column, DateTime, Float, Integer, MetaData, String, Table, Text,
                        UniqueConstraint, create_engine, delete, event, select, text, update)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.sql import Executable, func

from .errors import ConfigError, StoreError

if TYPE_CHECKING:
    from .config import Settings

log = logging.getLogger("qabot.store")
T = TypeVar("T")

SCHEMA_VERSION = 2
CLAIM_TTL = 30.0  # s a claim holds: above any handling time, below Slack's 1-minute retry gap
DONE_TTL = 24 * 3600.0  # s a handled event stays deduped (Slack retries within minutes)
KEEP_DAYS = 90  # thread context and answers (vote buttons) older than this are purged; votes never are
PURGE_EVERY = 600.0
LOCK_TIMEOUT = 5.0  # SQLite: how long a write waits for another writer
CONNECT_TIMEOUT = 5  # PostgreSQL: s to connect
RETRY_MIN, RETRY_MAX = 0.5, 5.0  # reconnect back-off while the database is unreachable
MAX_PENDING = 10_000  # queued writes kept in memory during an outage (oldest dropped, logged)
MAX_ATTEMPTS = 5  # a queued write refused this often while the database answers is dropped (logged)
LOCAL_ITEMS = 10_000  # threads / answers / claims this process remembers for the fallback

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
    """The first schema. The Table objects above are its shape: later changes go in new
    migrations (portable DDL), never into these tables' definitions."""
    metadata.create_all(conn, tables=[events, threads, answers, feedback])


def _v2(conn: Connection) -> None:
    """Indexes for the retention purge of thread context and answers."""
    conn.execute(text("CREATE INDEX IF NOT EXISTS threads_updated_at ON threads (updated_at)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS answers_created_at ON answers (created_at)"))


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2]  # MIGRATIONS[n] takes version n to n + 1
assert len(MIGRATIONS) == SCHEMA_VERSION
_OUTAGE = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout, OSError, sqlite3.Error, StoreError)
_FAILURES = (SQLAlchemyError, OSError, sqlite3.Error, StoreError)  # TimeoutError is an OSError


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


@dataclass
class _Pending:
    """Writes that wait for the database, with what to log if they are never written."""
    what: str
    stmts: list[Executable]
    detail: str | None = None
    attempts: int = 0


@dataclass
class _Local:
    """This process's recent state (bounded, oldest out first), answering while the database
    cannot. Every method holds the lock for its whole check-and-set."""
    size: int = LOCAL_ITEMS
    lock: threading.Lock = field(default_factory=threading.Lock)
    claims: OrderedDict[str, tuple[float, bool]] = field(default_factory=OrderedDict)  # key -> (expires, done)
    threads: OrderedDict[tuple[str, str], str | None] = field(default_factory=OrderedDict)
    answers: OrderedDict[str, StoredAnswer] = field(default_factory=OrderedDict)

    def _put(self, table: OrderedDict, key: Any, value: Any) -> None:  # lock held
        table[key] = value
        table.move_to_end(key)
        while len(table) > self.size:
            table.popitem(last=False)

    def put(self, table: OrderedDict, key: Any, value: Any) -> None:
        with self.lock:
            self._put(table, key, value)

    def get(self, table: OrderedDict, key: Any) -> tuple[bool, Any]:
        with self.lock:
            return key in table, table.get(key)

    def claim(self, keys: Sequence[str], now: float, claim_ttl: float, done_ttl: float) -> bool:
        """The same rule as the database's: all free (or expired) → claimed; else a duplicate."""
        with self.lock:
            held = {k for k in keys if (c := self.claims.get(k)) and c[0] > now}
            for k in set(keys) - held:
                self._put(self.claims, k, (now + done_ttl, True) if held else (now + claim_ttl, False))
            return not held

    def release(self, keys: Sequence[str]) -> None:
        with self.lock:
            for k in keys:
                if k in self.claims and not self.claims[k][1]:
                    del self.claims[k]

    def remember_thread(self, channel: str, thread_ts: str, question: str | None) -> None:
        with self.lock:
            old = self.threads.get((channel, thread_ts))
            self._put(self.threads, (channel, thread_ts), old if question is None else question)

    def purge_claims(self, now: float) -> None:
        with self.lock:
            for k in [k for k, (expires, _) in self.claims.items() if expires < now]:
                del self.claims[k]


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


def _prepare_sqlite_file(path: str | Path) -> None:
    """Create the file (and its folder) readable by this user only."""
    p = Path(path)
    p.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(p, os.O_CREAT | os.O_RDWR, 0o600))
    os.chmod(p, 0o600)


class Store:
    """One database for every replica's state; see the module docstring for the fault rules."""

    def __init__(self, url: str | URL, *, claim_ttl: float = CLAIM_TTL, done_ttl: float = DONE_TTL,
                 keep_days: float = KEEP_DAYS, lock_timeout: float = LOCK_TIMEOUT,
                 connect_timeout: int = CONNECT_TIMEOUT, retry: tuple[float, float] = (RETRY_MIN, RETRY_MAX),
                 migrate: bool = True) -> None:
        self.url = _normalise(make_url(url) if isinstance(url, str) else url)
        self.safe_url = self.url.render_as_string(hide_password=True)
        self.claim_ttl, self.done_ttl, self.keep_days = claim_ttl, done_ttl, keep_days
        self.lock_timeout, self.retry = lock_timeout, retry
        self.dialect = self.url.get_backend_name()
        self._insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[self.dialect]
        self._local = _Local()
        self._state = threading.Lock()  # guards the fields below
        self._down_since: float | None = None
        self._pending: deque[_Pending] = deque()
        self._reconnector: threading.Thread | None = None
        self._stop = threading.Event()
        self._last_purge = time.time()  # not at start: `qabot db upgrade` should not delete
        self._path: str | None = None
        self._keeper: sqlite3.Connection | None = None
        self._serial: threading.RLock | None = None  # type: ignore[valid-type]
        try:
            if self.dialect == "sqlite":
                if self.url.database not in (None, "", ":memory:"):
                    self._path = self.url.database
                    _prepare_sqlite_file(self._path)
                    self._serial = threading.RLock()  # SQLite has one writer: queue here, not in busy waits
                self.engine: Engine = create_engine(self.url, connect_args={
                    "timeout": lock_timeout, "check_same_thread": False})
                event.listen(self.engine, "connect", _sqlite_connect)
                event.listen(self.engine, "begin", _sqlite_begin)
                if self._path:
                    self._open_keeper()
            else:
                self.engine = create_engine(self.url, pool_pre_ping=True, pool_timeout=lock_timeout, connect_args={
                    "connect_timeout": connect_timeout, "application_name": "qabot", "keepalives": 1,
                    "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
                    "tcp_user_timeout": 15000})
        except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open state database {self.safe_url}: {self._reason(exc)}") from None
        if migrate:
            self.upgrade()

    @classmethod
    def from_settings(cls, settings: Settings, **kw: Any) -> Store:
        """The configured store; QABOT_CLAIM_TTL (seconds) overrides the dedupe claim's TTL."""
        ttl = getattr(settings, "claim_ttl", None) or os.environ.get("QABOT_CLAIM_TTL")
        if ttl and "claim_ttl" not in kw:
            try:
                kw["claim_ttl"] = float(ttl)
            except ValueError:
                raise ConfigError(f"QABOT_CLAIM_TTL must be a number of seconds, not {ttl!r}") from None
        return cls(database_url(settings), **kw)

    @property
    def healthy(self) -> bool:
        """The database answers and nothing waits to be written to it."""
        with self._state:
            return self._down_since is None and not self._pending

    def close(self) -> None:
        """Stop reconnecting, make one last attempt at queued writes, log what is left."""
        self._stop.set()
        if (t := self._reconnector) is not None:
            t.join(timeout=10)
        if self._pending:
            self._flush(final=True)
        for item in self._pending:
            log.error("store: %s NOT recorded (database unreachable at shutdown)%s", item.what,
                      f": {item.detail}" if item.detail else "")
        self._pending.clear()
        self.engine.dispose()
        if self._keeper is not None:
            self._keeper.close()

    # ---- plumbing --------------------------------------------------------------------------------
    def _reason(self, exc: BaseException) -> str:
        """The driver's first message line (no SQL, no parameters), password masked."""
        cause = getattr(exc, "orig", None) or exc
        lines = str(cause).strip().splitlines()
        msg = lines[0] if lines else ""
        if self.url.password:
            msg = msg.replace(str(self.url.password), "***")
        return f"{type(cause).__name__}: {msg[:300]}".rstrip(": ")

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[Connection]:
        """One transaction (SQLite: BEGIN IMMEDIATE for writes, one at a time in this process)."""
        if self._serial is not None and not self._serial.acquire(timeout=self.lock_timeout * 2):
            raise TimeoutError("this process's other state-database transactions are stuck")
        try:
            self._check_file()
            with self.engine.connect() as conn:
                conn.execution_options(qabot_write=write)
                with conn.begin():
                    yield conn
        finally:
            if self._serial is not None:
                self._serial.release()

    @contextmanager
    def _admin(self) -> Iterator[Connection]:
        """A transaction whose failure is a StoreError (schema, exports): not for handlers."""
        try:
            with self._tx() as conn:
                yield conn
        except StoreError:
            raise
        except _FAILURES as exc:
            raise StoreError(f"state database {self.safe_url}: {self._reason(exc)} — check that it is "
                             "reachable and writable (QABOT_DATABASE_URL / QABOT_DB_PATH)") from None

    def _read(self, what: str, fn: Callable[[Connection], T], fallback: Callable[[], T]) -> T:
        if self.healthy:
            try:
                with self._tx(write=False) as conn:
                    return fn(conn)
            except _FAILURES as exc:
                self._failed(what, exc)
        return fallback()

    def _write(self, what: str, stmts: list[Executable], detail: str | None = None) -> None:
        if self.healthy:
            try:
                with self._tx() as conn:
                    for s in stmts:
                        conn.execute(s)
                return
            except _FAILURES as exc:
                if not isinstance(exc, _OUTAGE):  # the statement itself is wrong: it would fail again
                    log.error("store: %s failed (%s); NOT recorded%s", what, self._reason(exc),
                              f": {detail}" if detail else "")
                    return
                self._failed(what, exc)
        with self._state:
            if len(self._pending) >= MAX_PENDING:
                old = self._pending.popleft()
                log.error("store: too many writes waiting; %s NOT recorded%s", old.what,
                          f": {old.detail}" if old.detail else "")
            self._pending.append(_Pending(what, stmts, detail))
            self._start_reconnector()
        if detail:
            log.error("store: %s not written yet (database unavailable), queued until it is back: %s", what, detail)
        else:
            log.debug("store: %s queued until the database is back", what)

    def _failed(self, what: str, exc: BaseException) -> None:
        """Go to the fallback: log once, drop pooled connections, reconnect in the background."""
        with self._state:
            first = self._down_since is None
            self._down_since = self._down_since or time.time()
            self._start_reconnector()
        (log.error if first else log.warning)(
            "store: %s failed (%s); carrying on without the state database %s — dedupe in this process only, "
            "no follow-up context from other replicas, writes queued — reconnecting", what, self._reason(exc),
            self.safe_url)
        self.engine.dispose()  # a connection opened read-only, or to a dead server, is not reused

    def _start_reconnector(self) -> None:  # with self._state held
        if self._reconnector is None and not self._stop.is_set():
            self._reconnector = threading.Thread(target=self._reconnect_loop, name="qabot-store-reconnect",
                                                 daemon=True)
            self._reconnector.start()

    def _reconnect_loop(self) -> None:
        delay, logged = self.retry[0], 0.0
        while not self._stop.wait(delay):
            try:
                with self._tx() as conn:  # a real write: a read-only file or a lock must fail here
                    conn.execute(update(schema_version).where(schema_version.c.id == 1)
                                 .values(version=schema_version.c.version))
            except _FAILURES as exc:
                if time.time() - logged > 60:
                    log.warning("store: state database %s still unavailable (%s); retrying", self.safe_url,
                                self._reason(exc))
                    logged = time.time()
                self.engine.dispose()
                delay = min(delay * 2, self.retry[1])
                continue
            self._flush()
            with self._state:
                if not self._pending:
                    since, self._down_since, self._reconnector = self._down_since, None, None
                    if since is not None:
                        log.warning("store: state database %s is back after %.1f s; queued writes done",
                                    self.safe_url, time.time() - since)
                    return
            delay = self.retry[0]

    def _flush(self, final: bool = False) -> None:
        """Write queued items in order; stop at the first failure (it is retried later)."""
        while True:
            with self._state:
                if not self._pending:
                    return
                item = self._pending[0]
            try:
                with self._tx() as conn:
                    for s in item.stmts:
                        conn.execute(s)
            except _FAILURES as exc:
                item.attempts += 1
                if item.attempts >= MAX_ATTEMPTS and not final:
                    with self._state:
                        self._pending.popleft()
                    log.error("store: %s refused %d times (%s); NOT recorded%s", item.what, item.attempts,
                              self._reason(exc), f": {item.detail}" if item.detail else "")
                    continue
                return
            with self._state:
                self._pending.popleft()
            if item.detail:
                log.warning("store: queued %s written: %s", item.what, item.detail)

    # ---- SQLite file -------------------------------------------------------------------------------
    def _open_keeper(self) -> None:
        """A connection held open for the store's life: if the file is deleted while we run,
        its open descriptors still see every row, and `_check_file` copies them back."""
        assert self._path
        self._keeper = sqlite3.connect(self._path, timeout=self.lock_timeout, check_same_thread=False,
                                       isolation_level=None)
        self._keeper.execute("PRAGMA journal_mode=WAL").fetchall()
        self._keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # holds the WAL file open too
        st = os.stat(self._path)
        self._inode = (st.st_dev, st.st_ino)

    def _check_file(self) -> None:
        """The SQLite file is still the one we opened. Deleted: recreate it from the keeper's
        still-open view (nothing recorded is lost). Replaced: open the new file and migrate it."""
        if self._path is None or self._keeper is None:
            return
        try:
            st = os.stat(self._path)
        except FileNotFoundError:
            st = None
        if st is not None and (st.st_dev, st.st_ino) == self._inode:
            return
        self.engine.dispose()
        if st is None:
            log.error("store: %s was deleted while running; recreating it from the open connection", self._path)
            tmp = Path(f"{self._path}.recover-{os.getpid()}")
            _prepare_sqlite_file(tmp)
            dst = sqlite3.connect(tmp)
            try:
                self._keeper.backup(dst)
            finally:
                dst.close()
            self._keeper.close()  # the last handle on the deleted file
            for suffix in ("-wal", "-shm"):  # the deleted file's, if only the main file went
                Path(self._path + suffix).unlink(missing_ok=True)
            os.replace(tmp, self._path)
            self._open_keeper()
            return
        log.warning("store: %s was replaced while running; using the new file", self._path)
        self._keeper.close()
        self._open_keeper()
        self.upgrade()  # a file put in its place may be older, empty or not ours

    # ---- schema -------------------------------------------------------------------------------------
    def version(self) -> int:
        with self._admin() as conn:
            if not self.engine.dialect.has_table(conn, "schema_version"):
                return 0
            return conn.execute(select(schema_version.c.version)).scalar() or 0

    def upgrade(self) -> tuple[int, int]:
        """Create or migrate the schema; (version before, after). A newer schema is an error."""
        with self._admin() as conn:
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
                now = time.time()
                conn.execute(self._insert(schema_version).values(id=1, version=SCHEMA_VERSION, updated_at=now)
                             .on_conflict_do_update(index_elements=["id"],
                                                    set_={"version": SCHEMA_VERSION, "updated_at": now}))
        return before, SCHEMA_VERSION

    # ---- event dedupe -------------------------------------------------------------------------------
    def claim(self, keys: Sequence[str]) -> bool:
        """Claim every key (e.g. `event:Ev1`, `msg:C1:123.4`): True only when all were free or
        expired. Each claim is one atomic insert-if-absent statement; without the database,
        this process's TTL cache decides."""
        keys, now = list(keys), time.time()
        self._maybe_purge(now)
        if self.healthy:
            try:
                with self._tx() as conn:
                    won = self._claim_db(conn, keys, now)
                if won:
                    for k in keys:
                        self._local.put(self._local.claims, k, (now + self.claim_ttl, False))
                return won
            except _FAILURES as exc:
                self._failed("dedupe claim", exc)
        return self._local.claim(keys, now, self.claim_ttl, self.done_ttl)

    def _claim_db(self, conn: Connection, keys: list[str], now: float) -> bool:
        """One statement: insert every key, or take it over where its claim has expired; RETURNING
        (portable, unlike rowcount) names the keys won. Not all won: a duplicate — the keys won
        are then marked handled too (e.g. an app_mention's `message` twin)."""
        stmt = self._insert(events).values([{"key": k, "claimed_at": now, "expires_at": now + self.claim_ttl,
                                             "done": False} for k in dict.fromkeys(keys)])
        stmt = stmt.on_conflict_do_update(index_elements=["key"], where=events.c.expires_at < now, set_={
            "claimed_at": stmt.excluded.claimed_at, "expires_at": stmt.excluded.expires_at, "done": False})
        won = [row.key for row in conn.execute(stmt.returning(events.c.key))]
        if len(won) == len(set(keys)):
            return True
        if won:
            conn.execute(update(events).where(events.c.key.in_(won)).values(done=True, expires_at=now + self.done_ttl))
        return False

    def complete(self, keys: Sequence[str]) -> None:
        """Mark claimed keys handled: deduped for `done_ttl` seconds (an upsert, so a claim made
        in memory during an outage reaches the database when it is back)."""
        now = time.time()
        for k in keys:
            self._local.put(self._local.claims, k, (now + self.done_ttl, True))
        stmt = self._insert(events).values([{"key": k, "claimed_at": now, "expires_at": now + self.done_ttl,
                                             "done": True} for k in keys])
        self._write("dedupe complete", [stmt.on_conflict_do_update(
            index_elements=["key"], set_={"done": True, "expires_at": stmt.excluded.expires_at})])

    def release(self, keys: Sequence[str]) -> None:
        """Give up unfinished claims so Slack's retry is answered."""
        self._local.release(keys)
        self._write("dedupe release", [delete(events).where(events.c.key.in_(list(keys)), events.c.done.is_(False))])

    def _maybe_purge(self, now: float) -> None:
        with self._state:
            if now - self._last_purge < PURGE_EVERY or not (self._down_since is None and not self._pending):
                return
            self._last_purge = now
        self._local.purge_claims(now)
        old = now - self.keep_days * 86400
        self._write("purge", [delete(events).where(events.c.expires_at < now),
                              delete(threads).where(threads.c.updated_at < old),
                              delete(answers).where(answers.c.created_at < old)])

    # ---- threads --------------------------------------------------------------------------------------
    def thread(self, channel: str, thread_ts: str) -> tuple[bool, str | None]:
        """(the bot has replied in this thread, the thread's last answered question)."""
        def local() -> tuple[bool, str | None]:
            return self._local.get(self._local.threads, (channel, thread_ts))

        def db(conn: Connection) -> tuple[bool, str | None]:
            row = conn.execute(select(threads.c.question).where(
                threads.c.channel == channel, threads.c.thread_ts == thread_ts)).first()
            return (True, row.question) if row else local()

        return self._read("thread lookup", db, local)

    def remember_thread(self, channel: str, thread_ts: str, team: str | None, question: str | None) -> None:
        """Record that the bot replied in the thread; a non-None question becomes its context."""
        self._local.remember_thread(channel, thread_ts, question)
        stmt = self._insert(threads).values(channel=channel, thread_ts=thread_ts, team=team, question=question,
                                            updated_at=time.time())
        self._write("thread save", [stmt.on_conflict_do_update(index_elements=["channel", "thread_ts"], set_={
            "question": func.coalesce(stmt.excluded.question, threads.c.question),
            "updated_at": stmt.excluded.updated_at})])

    # ---- answers and votes --------------------------------------------------------------------------
    def save_answer(self, a: StoredAnswer) -> None:
        self._local.put(self._local.answers, a.ref, a)
        self._write("answer save", [self._insert(answers).values(created_at=time.time(), **asdict(a))
                                    .on_conflict_do_nothing(index_elements=["ref"])])

    def get_answer(self, ref: str) -> StoredAnswer | None:
        def local() -> StoredAnswer | None:
            return self._local.get(self._local.answers, ref)[1]

        def db(conn: Connection) -> StoredAnswer | None:
            row = conn.execute(select(*[answers.c[f] for f in StoredAnswer.__dataclass_fields__])
                               .where(answers.c.ref == ref)).first()
            return StoredAnswer(**row._mapping) if row else local()

        return self._read("answer lookup", db, local)

    def record_vote(self, a: StoredAnswer, user_id: str, vote: str, *, team: str | None = None,
                    channel: str | None = None, thread_ts: str | None = None) -> None:
        """One vote per user per answer; voting again replaces it. Without the database the
        vote is queued and logged in full, so it is never silently lost."""
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        now = dt.datetime.now(dt.timezone.utc)
        row = {"created_at": now, "team": team or a.team, "channel": channel or a.channel,
               "thread_ts": thread_ts or a.thread_ts, "user_id": user_id, "answer_ref": a.ref,
               "question": a.question, "answer_json": a.answer_json, "vote": vote}
        stmt = self._insert(feedback).values(**row)
        stmt = stmt.on_conflict_do_update(index_elements=["answer_ref", "user_id"],
                                          set_={"vote": vote, "created_at": now})
        self._write("vote", [stmt], detail=json.dumps(row | {"created_at": now.isoformat()}, ensure_ascii=False))

    def votes(self, vote: str | None = None) -> list[Vote]:
        """Every recorded vote (for exports): a StoreError when the database is unreachable."""
        q = select(*[feedback.c[f] for f in Vote.__dataclass_fields__]).order_by(feedback.c.id)
        with self._admin() as conn:
            rows = conn.execute(q if vote is None else q.where(feedback.c.vote == vote)).all()
        out = []
        for r in rows:
            m = dict(r._mapping)
            if m["created_at"].tzinfo is None:  # SQLite keeps no zone; we always write UTC
                m["created_at"] = m["created_at"].replace(tzinfo=dt.timezone.utc)
            out.append(Vote(**m))
        return out


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN
    cur = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writes take the write lock up front (no read-to-write upgrade that could fail busy)."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("qabot_write", True) else "BEGIN")


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
