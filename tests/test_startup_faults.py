"""Start-up database problems with real `python -m bot` processes: an unreachable server, a database or
role the server does not have, an unsupported driver, an unwritable SQLite folder and a malformed URL each
give ONE line naming the database (never the password) and what to do, exit code 2, no traceback."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config, mask_password
from tests.harness import bot_env
from tests.standin import FakeDiscord

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
SECRET = "s3cr3t-Pa55word"


def closed_port() -> int:
    """A loopback port nobody listens on (bound then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def start_bot(fake: FakeDiscord, tmp_path: Path, database_url: str | None = None,
                    **extra: str) -> tuple[int, list[str]]:
    env = bot_env(fake, tmp_path / "data", LOG_LEVEL="INFO", **extra)
    if database_url is not None:
        env["DATABASE_URL"] = database_url
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert proc.returncode is not None
    return proc.returncode, [line for line in out.decode().splitlines() if line.strip()]


def assert_one_line(code: int, lines: list[str], *expected: str) -> str:
    assert code == 2, lines
    assert len(lines) == 1, "\n".join(lines)
    line = lines[0]
    for part in expected:
        assert part in line, line
    assert SECRET not in line and "Traceback" not in line
    return line


async def test_unreachable_postgresql(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    port = closed_port()
    code, lines = await start_bot(fake_discord, tmp_path,
                                  f"postgresql+asyncpg://coach:{SECRET}@127.0.0.1:{port}/coachdb")
    assert_one_line(code, lines, "Database error:", "PostgreSQL database 'coachdb'", f"127.0.0.1:{port}",
                    "as user coach", "postgresql+asyncpg", "connection refused", "server is running")
    assert fake_discord.gateway.identify_count == 0  # it never got as far as Discord


# Like the database fixtures: generated only when a PostgreSQL server is configured (TEST_DATABASE_URL).
if PG_URL:
    @pytest.mark.parametrize("what", ["database", "role"])
    async def test_postgresql_refuses_the_database_or_role(fake_discord: FakeDiscord, tmp_path: Path,
                                                           what: str) -> None:
        # The test server trusts everyone, so a wrong password cannot be shown; a database or role it does not
        # have goes through the same path (the server answers, then refuses).
        from sqlalchemy.engine import make_url

        base = make_url(PG_URL)
        if what == "database":
            url = base.set(password=SECRET, database="no_such_coach_db")
            expected = ("no database 'no_such_coach_db'", "createdb no_such_coach_db")
        else:
            url = base.set(username="no_such_coach_role", password=SECRET)
            expected = ("no role (user) 'no_such_coach_role'", "Fix the user name in DATABASE_URL")
        code, lines = await start_bot(fake_discord, tmp_path, url.render_as_string(hide_password=False))
        assert_one_line(code, lines, "Database error:", f"at {base.host}:{base.port or 5432}", *expected)


@pytest.mark.parametrize("url", ["mysql+aiomysql://coach:{secret}@127.0.0.1/coach",
                                 "sqlite:///{tmp}/coach.db",
                                 "postgresql+psycopg2://coach:{secret}@127.0.0.1/coach"])
async def test_unsupported_driver_is_refused_by_the_configuration_check(
        fake_discord: FakeDiscord, tmp_path: Path, url: str) -> None:
    code, lines = await start_bot(fake_discord, tmp_path, url.format(secret=SECRET, tmp=tmp_path))
    assert_one_line(code, lines, "Configuration error:", "DATABASE_URL", "supported drivers",
                    "sqlite+aiosqlite", "postgresql+asyncpg")


async def test_unwritable_sqlite_folder(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")  # root ignores chmod, not this
    code, lines = await start_bot(fake_discord, tmp_path, DATA_DIR=str(blocker / "data"))
    assert_one_line(code, lines, "Database error:", "SQLite database file", str(blocker / "data" / "coach.db"),
                    "Not a directory", "DATA_DIR")


async def test_sqlite_path_that_is_a_folder(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    (tmp_path / "db-is-a-folder").mkdir()
    code, lines = await start_bot(fake_discord, tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'db-is-a-folder'}")
    assert_one_line(code, lines, "Database error:", "cannot open the SQLite database file",
                    "unable to open database file")


@pytest.mark.parametrize("url", ["postgresql+asyncpg://coach:{secret}@127.0.0.1:notaport/coach",
                                 "postgresql+asyncpg//coach:{secret}@127.0.0.1/coach",
                                 "postgres://coach:{secret}@[::1/coach"])
async def test_malformed_url_never_shows_the_password(fake_discord: FakeDiscord, tmp_path: Path,
                                                      url: str) -> None:
    code, lines = await start_bot(fake_discord, tmp_path, url.format(secret=SECRET))
    line = assert_one_line(code, lines, "Configuration error:", "DATABASE_URL", "coach:***@")
    assert "sqlite+aiosqlite:///" in line  # an example of what is expected


def test_mask_password() -> None:
    assert mask_password("postgresql+asyncpg://u:pw@h/db") == "postgresql+asyncpg://u:***@h/db"
    assert mask_password("u:p:w@h") == "u:***@h"
    assert mask_password("postgresql+asyncpg://u@h/db") == "postgresql+asyncpg://u@h/db"
    with pytest.raises(ConfigError) as info:
        load_config(env={"DATABASE_URL": f"postgresql+asyncpg://u:{SECRET}@h:port/db"})
    assert SECRET not in str(info.value)
    assert load_config(env={"DATABASE_URL": "postgresql://u@h/db"}).database_url == "postgresql+asyncpg://u@h/db"


def test_refused_password_message_by_sqlstate() -> None:
    """The test server trusts everyone, so a refused password is built here the way asyncpg reports it
    (SQLSTATE 28P01); the line names the database and never the password."""
    from sqlalchemy.exc import DBAPIError

    from db.engine import startup_problem

    class AuthError(Exception):
        sqlstate = "28P01"

    url = f"postgresql+asyncpg://coach:{SECRET}@db.internal:6543/coachdb"
    exc = DBAPIError("connect", None, AuthError(f'password authentication failed for user "coach" {SECRET}'))
    line = startup_problem(url, exc)
    assert line is not None and SECRET not in line
    assert line.startswith("cannot use the PostgreSQL database 'coachdb' at db.internal:6543 as user coach")
    assert "refused the user name or password" in line
    assert startup_problem(url, RuntimeError("a bug")) is None  # not a database problem: keeps its traceback
