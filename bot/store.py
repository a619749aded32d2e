"""What the bot remembers — event dedupe, thread context, posted answers, feedback votes —
through one SQLAlchemy Core code path for SQLite (default: a file, WAL mode, 0600) and
PostgreSQL (`QABOT_DATABASE_URL=postgresql+psycopg://…`), so several replicas can share it.

* Dedupe: claiming an event is one atomic insert-if-absent statement on a unique key with a
  TTL (`Settings.claim_ttl`, QABOT_CLAIM_TTL), so a replica that dies after claiming does not
  swallow the event (Slack's retry wins).
* Schema: a `schema_version` row and ordered migrations (`store_schema`), run at start and by
  `qabot db upgrade`; a database newer than this code is a StoreError.
* Faults (database down, SQLite file locked, read-only or deleted): the handlers' methods never
  raise. They log, fall back to this process's memory (dedupe by TTL, recent threads and
  answers), queue writes in order — a vote is logged in full — and a background thread
  reconnects and writes the queue when the database answers again (`store_fallback`; the
  SQLite file's care is in `store_engine`). Only the admin reads (`votes`, `version`,
  `upgrade`) raise StoreError. Passwords never reach a log or an error.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.sql import Executable, func

from .errors import StoreError
from .store_engine import CONNECT_TIMEOUT, LOCK_TIMEOUT, SqliteFile, open_engine
from .store_fallback import FAILURES, OUTAGE, RETRY_MAX, RETRY_MIN, Fallback, LocalCache, Pending
from .store_schema import (StoredAnswer, Vote, answers, current_version, database_url, describe_error, events,
                           feedback, insert_for, normalise_url, redact_url, schema_version, threads)
from .store_schema import migrate as migrate_schema

if TYPE_CHECKING:
    from .config import Settings

__all__ = ["Store", "StoredAnswer", "Vote"]

log = logging.getLogger("qabot.store")
T = TypeVar("T")

CLAIM_TTL = 30.0  # s a claim holds: above any handling time, below Slack's 1-minute retry gap
DONE_TTL = 24 * 3600.0  # s a handled event stays deduped (Slack retries within minutes)
KEEP_DAYS = 90  # thread context and answers (vote buttons) older than this are purged; votes never are
PURGE_EVERY = 600.0


class Store:
    """One database for every replica's state; see the module docstring for the fault rules."""

    def __init__(self, url: str | URL, *, claim_ttl: float = CLAIM_TTL, done_ttl: float = DONE_TTL,
                 keep_days: float = KEEP_DAYS, lock_timeout: float = LOCK_TIMEOUT,
                 connect_timeout: int = CONNECT_TIMEOUT, retry: tuple[float, float] = (RETRY_MIN, RETRY_MAX),
                 migrate: bool = True) -> None:
        self.url = normalise_url(url)
        self.safe_url = redact_url(self.url)
        self.claim_ttl, self.done_ttl, self.keep_days = claim_ttl, done_ttl, keep_days
        self.lock_timeout, self.retry = lock_timeout, retry
        self.dialect = self.url.get_backend_name()
        self._insert = insert_for(self.dialect)
        self._local = LocalCache()
        self._purge_lock = threading.Lock()
        self._last_purge = time.time()  # not at start: `qabot db upgrade` should not delete
        try:
            self.engine: Engine
            self._file: SqliteFile | None
            self.engine, self._file = open_engine(self.url, lock_timeout, connect_timeout)
        except FAILURES as exc:
            raise StoreError(f"cannot open state database {self.safe_url}: {self._reason(exc)}") from None
        # SQLite has one writer: queue here, not in busy waits
        self._serial: threading.RLock | None = threading.RLock() if self._file else None  # type: ignore[valid-type]
        self._fallback = Fallback(
            execute=self._execute, reset=self.engine.dispose, reason=self._reason, where=self.safe_url, retry=retry,
            probe=[update(schema_version).where(schema_version.c.id == 1).values(version=schema_version.c.version)])
        if migrate:
            self.upgrade()

    @classmethod
    def from_settings(cls, settings: Settings, **kw: Any) -> Store:
        """The configured store; the dedupe claim's TTL is `settings.claim_ttl` (QABOT_CLAIM_TTL)."""
        kw.setdefault("claim_ttl", settings.claim_ttl)
        return cls(database_url(settings), **kw)

    @property
    def healthy(self) -> bool:
        """The database answers and nothing waits to be written to it."""
        return self._fallback.healthy

    def close(self) -> None:
        """Stop reconnecting, make one last attempt at queued writes, log what is left."""
        self._fallback.close()
        self.engine.dispose()
        if self._file is not None:
            self._file.close()

    # ---- plumbing --------------------------------------------------------------------------------
    def _reason(self, exc: BaseException) -> str:
        """The driver's first message line (no SQL, no parameters), password masked."""
        return describe_error(exc, self.url)

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[Connection]:
        """One transaction (SQLite: BEGIN IMMEDIATE for writes, one at a time in this process)."""
        if self._serial is not None and not self._serial.acquire(timeout=self.lock_timeout * 2):
            raise TimeoutError("this process's other state-database transactions are stuck")
        try:
            if self._file is not None and self._file.check(self.engine):
                self.upgrade()  # the SQLite file was replaced: it may be older, empty or not ours
            with self.engine.connect() as conn:
                conn.execution_options(qabot_write=write)
                with conn.begin():
                    yield conn
        finally:
            if self._serial is not None:
                self._serial.release()

    def _execute(self, stmts: list[Executable]) -> None:
        with self._tx() as conn:
            for s in stmts:
                conn.execute(s)

    @contextmanager
    def _admin(self) -> Iterator[Connection]:
        """A transaction whose failure is a StoreError (schema, exports): not for handlers."""
        try:
            with self._tx() as conn:
                yield conn
        except StoreError:
            raise
        except FAILURES as exc:
            raise StoreError(f"state database {self.safe_url}: {self._reason(exc)} — check that it is "
                             "reachable and writable (QABOT_DATABASE_URL / QABOT_DB_PATH)") from None

    def _read(self, what: str, fn: Callable[[Connection], T], fallback: Callable[[], T]) -> T:
        if self.healthy:
            try:
                with self._tx(write=False) as conn:
                    return fn(conn)
            except FAILURES as exc:
                self._fallback.failed(what, exc)
        return fallback()

    def _write(self, what: str, stmts: list[Executable], detail: str | None = None) -> None:
        item = Pending(what, stmts, detail)
        if self.healthy:
            try:
                self._execute(stmts)
                return
            except FAILURES as exc:
                if not isinstance(exc, OUTAGE):  # the statement itself is wrong: it would fail again
                    log.error("store: %s failed (%s); NOT recorded%s", what, self._reason(exc), item.details)
                    return
                self._fallback.failed(what, exc)
        self._fallback.queue(item)

    # ---- schema -------------------------------------------------------------------------------------
    def version(self) -> int:
        with self._admin() as conn:
            return current_version(conn)

    def upgrade(self) -> tuple[int, int]:
        """Create or migrate the schema; (version before, after). A newer schema is an error."""
        with self._admin() as conn:
            return migrate_schema(conn, self.safe_url)

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
            except FAILURES as exc:
                self._fallback.failed("dedupe claim", exc)
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
        with self._purge_lock:
            if now - self._last_purge < PURGE_EVERY or not self.healthy:
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

