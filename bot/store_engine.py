"""Opening the state database: the engine for PostgreSQL (pre-ping, TCP keepalives, timeouts)
or SQLite (WAL, writes take the lock up front), and the SQLite file's care — created readable by
this user only, and kept whole if it is deleted or replaced while the bot runs."""
from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine

log = logging.getLogger("qabot.store")

LOCK_TIMEOUT = 5.0  # SQLite: how long a write waits for another writer
CONNECT_TIMEOUT = 5  # PostgreSQL: s to connect


def open_engine(url: URL, lock_timeout: float = LOCK_TIMEOUT,
                connect_timeout: int = CONNECT_TIMEOUT) -> tuple[Engine, SqliteFile | None]:
    """The engine, and for a SQLite file (not `:memory:`) its keeper."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_timeout=lock_timeout, connect_args={
            "connect_timeout": connect_timeout, "application_name": "qabot", "keepalives": 1,
            "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
            "tcp_user_timeout": 15000}), None
    path = url.database if url.database not in (None, "", ":memory:") else None
    if path:
        prepare_sqlite_file(path)
    engine = create_engine(url, connect_args={"timeout": lock_timeout, "check_same_thread": False})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine, SqliteFile(path, lock_timeout) if path else None


def prepare_sqlite_file(path: str | Path) -> None:
    """Create the file (and its folder) readable by this user only."""
    p = Path(path)
    p.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(p, os.O_CREAT | os.O_RDWR, 0o600))
    os.chmod(p, 0o600)


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN
    use_wal(dbapi_conn)
    cur = dbapi_conn.cursor()
    for pragma in ("synchronous=NORMAL", "foreign_keys=ON"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def use_wal(conn: sqlite3.Connection, wait: float = LOCK_TIMEOUT) -> None:
    """Switch the file to WAL. When several replicas create the file at the same moment,
    SQLite reports "database is locked" to all but one without calling the busy handler
    (the switch needs the file to itself), so retry briefly instead of failing to start."""
    deadline = time.monotonic() + wait
    delay = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL").fetchall()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def _sqlite_begin(conn: Connection) -> None:
    """Writes take the write lock up front (no read-to-write upgrade that could fail busy)."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("qabot_write", True) else "BEGIN")


class SqliteFile:
    """A connection held open for the store's life: if the file is deleted while we run, its
    open descriptors still see every row, and `check` copies them back."""

    def __init__(self, path: str, lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.path, self.lock_timeout = path, lock_timeout
        self._open()

    def _open(self) -> None:
        self._keeper = sqlite3.connect(self.path, timeout=self.lock_timeout, check_same_thread=False,
                                       isolation_level=None)
        use_wal(self._keeper, self.lock_timeout)
        self._keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # holds the WAL file open too
        st = os.stat(self.path)
        self._inode = (st.st_dev, st.st_ino)

    def check(self, engine: Engine) -> bool:
        """The file is still the one we opened. Deleted: recreate it from the keeper's still-open
        view (nothing recorded is lost). Replaced: open the new file and return True — the caller
        migrates it, as a file put in its place may be older, empty or not ours."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            st = None
        if st is not None and (st.st_dev, st.st_ino) == self._inode:
            return False
        engine.dispose()
        if st is None:
            log.error("store: %s was deleted while running; recreating it from the open connection", self.path)
            tmp = Path(f"{self.path}.recover-{os.getpid()}")
            prepare_sqlite_file(tmp)
            dst = sqlite3.connect(tmp)
            try:
                self._keeper.backup(dst)
            finally:
                dst.close()
            self._keeper.close()  # the last handle on the deleted file
            for suffix in ("-wal", "-shm"):  # the deleted file's, if only the main file went
                Path(self.path + suffix).unlink(missing_ok=True)
            os.replace(tmp, self.path)
            self._open()
            return False
        log.warning("store: %s was replaced while running; using the new file", self.path)
        self._keeper.close()
        self._open()
        return True

    def close(self) -> None:
        self._keeper.close()
