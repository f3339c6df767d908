"""Engine and sessions: one place that knows SQLite's and PostgreSQL's quirks."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 5000


UNAVAILABLE = "The database is unavailable right now, so nothing was saved. Please try again in a minute."


class DatabaseUnavailable(Exception):
    """The database stayed locked or unreachable after retries, or its file was removed or replaced under the
    running process; the message is safe to show to users."""

    def __init__(self, message: str = UNAVAILABLE) -> None:
        super().__init__(message)


# What an unreachable database raises to a background job that catches it to try again later: our wrapper,
# a driver/SQLAlchemy error, or a refused connection (here, so that callers need not import SQLAlchemy).
DB_DOWN: tuple[type[BaseException], ...] = (DatabaseUnavailable, SQLAlchemyError, OSError)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def backend_name(url: str) -> str:
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(make_url(url).get_backend_name(), "SQL")


def ensure_sqlite_dir(url: str) -> None:
    """Create the directory of a SQLite file so a fresh deploy needs no set-up."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:":
        Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(busy_timeout_ms: int) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # WAL lets readers run beside one writer; busy_timeout makes a writer wait for a lock instead of
        # failing at once; foreign keys are off by default in SQLite.
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return on_connect


def make_engine(url: str, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, **kwargs: Any) -> AsyncEngine:
    ensure_sqlite_dir(url)
    if is_sqlite(url):
        # The pool's rollback-on-return is one more thread hop per transaction and a no-op here:
        # SQLAlchemy's Connection.close() already rolls back any transaction it left open, and every use
        # of the engine goes through a Connection (aiosqlite has no transaction open after a commit).
        kwargs.setdefault("pool_reset_on_return", None)
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


def _is_transient(exc: OperationalError) -> bool:
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    return any(s in text for s in ("database is locked", "database table is locked", "busy", "connection"))


def _driver_connection_errors() -> tuple[type[BaseException], ...]:
    try:
        import asyncpg
    except ImportError:
        return ()
    return (asyncpg.PostgresConnectionError, asyncpg.CannotConnectNowError, asyncpg.InterfaceError)


_CONNECTION_ERRORS: tuple[type[BaseException], ...] = (OSError, TimeoutError, *_driver_connection_errors())


def is_unavailable(exc: BaseException) -> bool:
    """The database could not be reached or used at all (as opposed to a bug in a query)."""
    if isinstance(exc, (DatabaseUnavailable, OperationalError, InterfaceError, *_CONNECTION_ERRORS)):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def is_database_fault(exc: BaseException) -> bool:
    """For front ends: whether an error that reached them came from the database being unusable. Unlike
    :func:`is_unavailable` it leaves plain network errors alone (those may come from Discord's API); the
    driver's own are turned into DatabaseUnavailable by :meth:`Database.run`."""
    if isinstance(exc, (DatabaseUnavailable, OperationalError, InterfaceError)):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def _is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError) and not exc.connection_invalidated:
        return _is_transient(exc)
    return True  # unreachable or a connection lost: worth another try on a fresh connection


class Database:
    """Owns the engine; hands out sessions; retries work that hit a locked or briefly unreachable database."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        u = make_url(url)
        self.sqlite_path = (Path(u.database).expanduser().absolute()
                            if is_sqlite(url) and u.database and u.database != ":memory:" else None)
        self.file_identity: tuple[int, int] | None = None  # (device, inode) of the SQLite file at first open
        self.file_lost = False
        if self.sqlite_path is not None:
            event.listen(self.engine.sync_engine, "connect", self._remember_file)

    @property
    def backend(self) -> str:
        return backend_name(self.url)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as s:
            yield s

    async def run(self, work: Callable[[AsyncSession], Awaitable[T]], *, attempts: int = 3) -> T:
        """Run ``work`` in one transaction, retrying on lock/connection errors.

        Each attempt is a whole transaction, so a retry never leaves half of the work written. On SQLite the
        database file is checked just before the commit: a write the caller is about to acknowledge must not
        go into a file that was deleted (or replaced) under us and would vanish with the process.
        """
        delay = 0.05
        for attempt in range(1, attempts + 1):
            try:
                async with self.sessions() as s, s.begin():
                    result = await work(s)
                    if self.file_identity is not None:
                        self.check_file()
                    return result
            except DatabaseUnavailable:
                raise
            except Exception as exc:
                if not is_unavailable(exc):
                    raise
                if not _is_retryable(exc) or attempt == attempts:
                    log.warning("database operation failed after %d attempt(s): %s", attempt,
                                getattr(exc, "orig", None) or exc)
                    raise DatabaseUnavailable() from exc
                await asyncio.sleep(delay)
                delay *= 4
        raise AssertionError("unreachable")

    # -- the SQLite file under us -------------------------------------------------------------------

    def _remember_file(self, _dbapi_conn: Any, _record: Any) -> None:
        if self.file_identity is None and self.sqlite_path is not None:
            with suppress(OSError):
                st = os.stat(self.sqlite_path)
                self.file_identity = (st.st_dev, st.st_ino)

    def check_file(self) -> None:
        """Raise DatabaseUnavailable if the SQLite file is not the one this process opened (removed, its
        directory removed, or replaced by another file): SQLite would keep writing into the orphan."""
        assert self.sqlite_path is not None
        try:
            st = os.stat(self.sqlite_path)
            same = (st.st_dev, st.st_ino) == self.file_identity
        except OSError:
            same = False
        if not same:
            if not self.file_lost:
                log.error("the SQLite database file %s was removed or replaced while the bot was running; "
                          "refusing writes until it is restarted with a working database", self.sqlite_path)
            self.file_lost = True
            raise DatabaseUnavailable()

    async def close(self) -> None:
        await self.engine.dispose()


# -- start-up errors: one line naming the database (never its password) and what to do -----------------

SUPPORTED_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")


def describe_database(url: str) -> str:
    """"PostgreSQL database 'coach' at db.example:5432 as user bot (driver postgresql+asyncpg)"; no password."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return f"SQLite database file {u.database or ':memory:'} (driver {u.drivername})"
    where = f"{u.host or 'localhost'}:{u.port or 5432}"
    who = f" as user {u.username}" if u.username else ""
    return f"{backend_name(url)} database '{u.database or ''}' at {where}{who} (driver {u.drivername})"


def _pg_problem(exc: BaseException, u: Any) -> str | None:
    """What a PostgreSQL server that answered said, by SQLSTATE (the message never holds the password)."""
    orig = getattr(exc, "orig", None)
    state = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "__cause__", None), "sqlstate", None)
    text = " ".join(str(orig if orig is not None else exc).split())
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return (f"the server has no database '{u.database}'. Create it (createdb {u.database}) or fix the "
                "database name in DATABASE_URL")
    if state == "28P01" or "password authentication failed" in text:
        return "the server refused the user name or password. Check the credentials in DATABASE_URL"
    if state in {"28000", "42704"} or ("role" in text and "does not exist" in text):
        return f"the server has no role (user) '{u.username}'. Fix the user name in DATABASE_URL or create the role"
    if state == "53300" or "too many connections" in text:
        return "the server has too many connections. Try again shortly, or raise max_connections"
    return None


def startup_problem(url: str, exc: BaseException) -> str | None:
    """One line for a database the bot cannot start with (see _startup_problem), the password blanked even
    if a server or driver ever echoed it."""
    line = _startup_problem(url, exc)
    try:
        password = make_url(url).password
    except Exception:
        password = None
    if line and password:
        line = line.replace(str(password), "***")
    return line


def _startup_problem(url: str, exc: BaseException) -> str | None:
    """One line for a database the bot cannot start with, or None for an error that is not about that
    (a bug, which deserves its traceback). Secrets: the URL is never shown, only its parts."""
    try:
        u = make_url(url)
        where = describe_database(url)
    except Exception:  # a URL the configuration check let through but SQLAlchemy cannot parse
        return "DATABASE_URL is malformed: expected e.g. postgresql+asyncpg://user:password@host:5432/dbname"
    sqlite_file = u.get_backend_name() == "sqlite"
    if isinstance(exc, ModuleNotFoundError | NoSuchModuleError):
        return (f"cannot use the {where}: the database driver '{u.drivername}' is not available. Supported: "
                + ", ".join(SUPPORTED_DRIVERS))
    if sqlite_file and isinstance(exc, OSError) and not isinstance(exc, ConnectionError):
        folder = Path(u.database or ".").expanduser().parent
        return (f"cannot create the folder {folder} for the {where}: {exc.strerror or exc}. Set DATA_DIR (or "
                "DATABASE_URL) to a folder the bot can write to")
    if sqlite_file and isinstance(exc, OperationalError):
        reason = " ".join(str(exc.orig).split()) if exc.orig is not None else "cannot open it"
        return (f"cannot open the {where}: {reason}. Check that its folder exists and the bot can write there "
                "(DATA_DIR / DATABASE_URL)")
    pg = _pg_problem(exc, u) if isinstance(exc, DBAPIError) else None
    if pg:
        return f"cannot use the {where}: {pg}"
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, OSError | TimeoutError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, socket.gaierror):
        return (f"cannot reach the {where}: the host name '{u.host}' does not resolve. Check the host in "
                "DATABASE_URL")
    if isinstance(cause, ConnectionRefusedError):
        return (f"cannot reach the {where}: connection refused. Check that the server is running and that the "
                "host and port in DATABASE_URL are right")
    if isinstance(cause, TimeoutError):
        return (f"cannot reach the {where}: the connection timed out. Check the host, port and firewall")
    if isinstance(cause, OSError):
        return f"cannot reach the {where}: {cause.strerror or cause}. Check the host and port in DATABASE_URL"
    if isinstance(exc, DBAPIError):
        text = " ".join(str(exc.orig if exc.orig is not None else exc).split())[:200]
        return f"cannot use the {where}: the server said: {text}"
    return None
