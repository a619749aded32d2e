"""PostgreSQL for the tests: the server `.ci/with-postgres` started (QABOT_TEST_PG_URL), a fresh
database per test, and a private server of our own that a test may stop and restart.

Without a server the PostgreSQL tests skip with the reason `.ci/with-postgres` gave, loudly (a
warning in the summary too); with QABOT_REQUIRE_PG=1 (CI) they fail instead.
Import what you use: `from tests.pg_fixtures import pg_database, pg_server_url`.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_USER = "qabot"


def skip_without_postgres(reason: str) -> None:
    """Skip (fail under QABOT_REQUIRE_PG=1), loudly."""
    msg = f"PostgreSQL test SKIPPED — {reason}"
    if os.environ.get("QABOT_REQUIRE_PG") == "1":
        pytest.fail(msg + " (QABOT_REQUIRE_PG=1)")
    warnings.warn(pytest.PytestWarning(msg), stacklevel=2)
    pytest.skip(msg)


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    """The superuser URL of the test server started by `.ci/with-postgres`."""
    url = os.environ.get("QABOT_TEST_PG_URL")
    if not url:
        skip_without_postgres(os.environ.get("QABOT_TEST_PG_SKIP_REASON") or
                              "QABOT_TEST_PG_URL is not set: run the tests through `.ci/with-postgres` "
                              "(`make test` does), e.g. `.ci/with-postgres .venv/bin/pytest`")
    return url  # type: ignore[return-value]


def create_database(server_url: str) -> str:
    """A new empty database on the server; its URL."""
    name = f"qabot_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    """Drop it, disconnecting whoever is still connected (PostgreSQL 13+)."""
    u = make_url(url)
    admin = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{u.database}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_database(pg_server_url: str) -> Iterator[str]:
    """A fresh database for one test (dropped afterwards): its URL."""
    url = create_database(pg_server_url)
    yield url
    drop_database(url)


def terminate_backends(url: str) -> int:
    """Kill every other session on the URL's database (a server-side connection loss)."""
    u = make_url(url)
    admin = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE datname = :db AND pid <> pg_backend_pid()"),
                                    {"db": u.database}).all())
    finally:
        admin.dispose()


def find_pg_bindir() -> Path | None:
    """The server binaries, found the way `.ci/with-postgres` finds them."""
    root = Path("/usr/lib/postgresql")
    versions = sorted(root.glob("*/bin"), key=lambda p: [int(x) for x in p.parent.name.split(".")
                                                         if x.isdigit()], reverse=True) if root.is_dir() else []
    for d in versions:
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


class PgServer:
    """A private throwaway server on a loopback port that a test can stop and restart. Run as a
    non-root user (the server refuses root), in a temporary data directory."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="qabot-pg-own."))
        self.dir.chmod(0o755)
        self.run_as: list[str] = []
        if os.geteuid() == 0:
            user = "postgres" if _user_exists("postgres") else "nobody"
            shutil.chown(self.dir, user)
            self.run_as = ["runuser", "-u", user, "--"]
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self._pg("initdb", "-D", str(self.dir / "data"), "-U", PG_USER, "-A", "trust", "--no-sync", timeout=60)

    def _pg(self, tool: str, *args: str, timeout: float = 30) -> None:
        proc = subprocess.run([*self.run_as, str(self.bindir / tool), *args], capture_output=True, text=True,
                              timeout=timeout, cwd=self.dir, check=False)
        if proc.returncode:
            raise RuntimeError(f"{tool} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{PG_USER}@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        self._pg("pg_ctl", "-D", str(self.dir / "data"), "-l", str(self.dir / "server.log"), "-w", "-t", "30",
                 "-o", f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off", "start", timeout=40)

    def stop(self, mode: str = "fast") -> None:
        """`immediate` is a crash (no checkpoint); `fast` a clean shutdown."""
        self._pg("pg_ctl", "-D", str(self.dir / "data"), "-m", mode, "-w", "-t", "30", "stop", timeout=40)

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass  # not running
        shutil.rmtree(self.dir, ignore_errors=True)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


@pytest.fixture
def own_pg_server(pg_server_url: str) -> Iterator[PgServer]:
    """A private, started server (only where the shared one runs: same binaries)."""
    bindir = find_pg_bindir()
    if bindir is None:
        skip_without_postgres("no PostgreSQL server binaries for a private server")
    server = PgServer(bindir)  # type: ignore[arg-type]
    try:
        server.start()
        yield server
    finally:
        server.destroy()
