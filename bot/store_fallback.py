"""How the store carries on while its database cannot answer (down, locked, read-only, deleted):
this process's recent state in a bounded TTL cache, the writes queued in order for the database
(a vote with a full log line, so it is never silently lost), and the background thread that
reconnects and writes the queue when the database answers again."""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.sql import Executable

from .errors import StoreError
from .store_schema import StoredAnswer

log = logging.getLogger("qabot.store")

RETRY_MIN, RETRY_MAX = 0.5, 5.0  # reconnect back-off while the database is unreachable
MAX_PENDING = 10_000  # queued writes kept in memory during an outage (oldest dropped, logged)
MAX_ATTEMPTS = 5  # a queued write refused this often while the database answers is dropped (logged)
LOCAL_ITEMS = 10_000  # threads / answers / claims this process remembers for the fallback

# The database is unreachable (queue and retry) vs. any failure (a wrong statement fails again).
OUTAGE = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout, OSError, sqlite3.Error, StoreError)
FAILURES = (SQLAlchemyError, OSError, sqlite3.Error, StoreError)  # TimeoutError is an OSError


@dataclass
class LocalCache:
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


@dataclass
class Pending:
    """Writes that wait for the database, with what to log if they are never written."""
    what: str
    stmts: list[Executable]
    detail: str | None = None
    attempts: int = 0

    @property
    def details(self) -> str:
        """The log line's tail: the write in full (a vote), or nothing."""
        return f": {self.detail}" if self.detail else ""


class Fallback:
    """The store's health, its queue of writes and its reconnect thread. The store gives it how
    to run statements in one transaction (`execute`), a write that proves the database takes
    writes again (`probe`), how to drop pooled connections (`reset`) and how to describe an
    error without a password (`reason`); `where` is the database's password-free URL."""

    def __init__(self, *, execute: Callable[[list[Executable]], None], probe: list[Executable],
                 reset: Callable[[], None], reason: Callable[[BaseException], str], where: str,
                 retry: tuple[float, float] = (RETRY_MIN, RETRY_MAX)) -> None:
        self.execute, self.probe, self.reset, self.reason, self.where = execute, probe, reset, reason, where
        self.retry = retry
        self.lock = threading.Lock()  # guards the fields below
        self.down_since: float | None = None
        self.pending: deque[Pending] = deque()
        self._reconnector: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def healthy(self) -> bool:
        """The database answers and nothing waits to be written to it."""
        with self.lock:
            return self.down_since is None and not self.pending

    def failed(self, what: str, exc: BaseException) -> None:
        """Go to the fallback: log once, drop pooled connections, reconnect in the background."""
        with self.lock:
            first = self.down_since is None
            self.down_since = self.down_since or time.time()
            self._start_reconnector()
        (log.error if first else log.warning)(
            "store: %s failed (%s); carrying on without the state database %s — dedupe in this process only, "
            "no follow-up context from other replicas, writes queued — reconnecting", what, self.reason(exc),
            self.where)
        self.reset()  # a connection opened read-only, or to a dead server, is not reused

    def queue(self, item: Pending) -> None:
        """Keep a write for when the database is back (the oldest dropped, logged, past MAX_PENDING)."""
        with self.lock:
            if len(self.pending) >= MAX_PENDING:
                old = self.pending.popleft()
                log.error("store: too many writes waiting; %s NOT recorded%s", old.what, old.details)
            self.pending.append(item)
            self._start_reconnector()
        if item.detail:
            log.error("store: %s not written yet (database unavailable), queued until it is back: %s", item.what,
                      item.detail)
        else:
            log.debug("store: %s queued until the database is back", item.what)

    def close(self) -> None:
        """Stop reconnecting, make one last attempt at queued writes, log what is left."""
        self._stop.set()
        if (t := self._reconnector) is not None:
            t.join(timeout=10)
        if self.pending:
            self.flush(final=True)
        for item in self.pending:
            log.error("store: %s NOT recorded (database unreachable at shutdown)%s", item.what, item.details)
        self.pending.clear()

    def _start_reconnector(self) -> None:  # with self.lock held
        if self._reconnector is None and not self._stop.is_set():
            self._reconnector = threading.Thread(target=self._reconnect_loop, name="qabot-store-reconnect",
                                                 daemon=True)
            self._reconnector.start()

    def _reconnect_loop(self) -> None:
        delay, logged = self.retry[0], 0.0
        while not self._stop.wait(delay):
            try:
                self.execute(self.probe)  # a real write: a read-only file or a lock must fail here
            except FAILURES as exc:
                if time.time() - logged > 60:
                    log.warning("store: state database %s still unavailable (%s); retrying", self.where,
                                self.reason(exc))
                    logged = time.time()
                self.reset()
                delay = min(delay * 2, self.retry[1])
                continue
            self.flush()
            with self.lock:
                if not self.pending:
                    since, self.down_since, self._reconnector = self.down_since, None, None
                    if since is not None:
                        log.warning("store: state database %s is back after %.1f s; queued writes done",
                                    self.where, time.time() - since)
                    return
            delay = self.retry[0]

    def flush(self, final: bool = False) -> None:
        """Write queued items in order; stop at the first failure (it is retried later)."""
        while True:
            with self.lock:
                if not self.pending:
                    return
                item = self.pending[0]
            try:
                self.execute(item.stmts)
            except FAILURES as exc:
                item.attempts += 1
                if item.attempts >= MAX_ATTEMPTS and not final:
                    with self.lock:
                        self.pending.popleft()
                    log.error("store: %s refused %d times (%s); NOT recorded%s", item.what, item.attempts,
                              self.reason(exc), item.details)
                    continue
                return
            with self.lock:
                self.pending.popleft()
            if item.detail:
                log.warning("store: queued %s written: %s", item.what, item.detail)
