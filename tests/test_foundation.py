"""Configuration, migrations, CLI entry points and the console: the foundation without Discord."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.app import App, format_duration
from bot.config import Config, ConfigError, Secret, load_config
from bot.console import run_console
from bot.meta.service import about_card
from db import migrate
from db.engine import Database

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_defaults_need_no_file(tmp_path: Path) -> None:
    cfg = load_config(None, env={})
    assert cfg.db_url == "sqlite+aiosqlite:///data/coach.db"
    assert not cfg.token
    assert cfg.api_base is None and cfg.gateway_url is None


def test_env_overrides_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[discord]\ntoken = "from-file-xxxxxxxx"\n[database]\nurl = "sqlite+aiosqlite:///x.db"\n')
    cfg = load_config(path, env={"DISCORD_TOKEN": "from-env-yyyyyyyy", "DATABASE_URL": "postgres://u@h/db",
                                 "DISCORD_API_BASE": "http://127.0.0.1:1/api/v10/",
                                 "DISCORD_GATEWAY_URL": "ws://127.0.0.1:1/"})
    assert cfg.token.reveal() == "from-env-yyyyyyyy"
    assert cfg.db_url == "postgresql+asyncpg://u@h/db"
    assert cfg.api_base == "http://127.0.0.1:1/api/v10"
    assert cfg.gateway_url == "ws://127.0.0.1:1/"


def test_invalid_toml_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "[discord]\ntoken = \n")
    with pytest.raises(ConfigError, match=r"line 2, column"):
        load_config(path, env={})


def test_unknown_key_is_warned_by_name(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, "[coach]\ndefault_timezon = 'UTC'\n"), env={})
    assert any("coach.default_timezon" in w for w in cfg.warnings)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[coach]\ndefault_timezone = 'Mars/Olympus'\n", "coach.default_timezone"),
        ("[coach]\nteam_window_minutes = 0\n", "from 1 to 1440"),
        ("[discord]\ngateway_url = 'http://x'\n", "ws://"),
        ("[logging]\nlevel = 'LOUD'\n", "DEBUG, INFO"),
        ("[discord]\nshard_ids = [0]\n", "shard_count"),
    ],
)
def test_bad_values_name_key_and_allowed(tmp_path: Path, text: str, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        load_config(write(tmp_path, text), env={})


def test_missing_explicit_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml", env={})


def test_secret_never_shows() -> None:
    s = Secret("abcdefghijklmnop")
    assert "abcdefgh" not in repr(s) and "abcdefgh" not in f"{s}" and s.reveal() == "abcdefghijklmnop"
    assert "abcdefgh" not in repr(Config(token=s))


def test_bad_token_value_is_not_echoed(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, "[discord]\ntoken = 12345678901234\n"), env={})
    assert "12345678901234" not in str(info.value) and "discord.token" in str(info.value)


def run_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
    full_env.update(env or {})
    full_env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, env=full_env, timeout=60)


def test_missing_token_one_clear_line_exit_2(tmp_path: Path) -> None:
    proc = run_cli(cwd=tmp_path)
    assert proc.returncode == 2
    assert "DISCORD_TOKEN" in proc.stderr and "python -m bot console" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_config_error_exit_2_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[coach\n")
    proc = run_cli(cwd=tmp_path)
    assert proc.returncode == 2 and "line 1" in proc.stderr and "Traceback" not in proc.stderr


def test_console_over_stdin(tmp_path: Path) -> None:
    proc = run_cli("console", stdin="/help\n/about\n/nonsense\n", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "/about" in proc.stdout and "/help" in proc.stdout
    assert "Drills logged" in proc.stdout and "SQLite" in proc.stdout
    assert "Unknown command /nonsense" in proc.stdout
    assert (tmp_path / "data" / "coach.db").exists()


async def test_migrations_create_every_table(db: Database) -> None:
    async with db.engine.connect() as conn:
        tables = set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
    assert {"guild_settings", "members", "drill_logs", "warmup_sessions", "reminders", "bot_state"} <= tables
    assert await migrate.current_revision(db) == migrate.head_revision()
    await migrate.upgrade(db)  # idempotent: a second start changes nothing
    assert await migrate.current_revision(db) == migrate.head_revision()


async def test_about_counts(app: App) -> None:
    card = await about_card(app, latency_ms=12.3, servers=4)
    values = {f.name: f.value for f in card.fields}
    assert values["Drills logged"] == "0" and values["Servers"] == "4" and values["Gateway latency"] == "12 ms"
    assert values["Database"] in {"SQLite", "PostgreSQL"}


async def test_console_in_process(config: Config, tmp_path: Path) -> None:
    out = io.StringIO()
    cfg = replace(config, database_url=f"sqlite+aiosqlite:///{tmp_path / 'c.db'}")
    assert await run_console(cfg, stdin=io.StringIO("/help\n"), out=out) == 0
    assert "What I can do" in out.getvalue()


def test_format_duration() -> None:
    assert format_duration(5) == "5s"
    assert format_duration(3725) == "1h 2m 5s"
    assert format_duration(90061) == "1d 1h 1m 1s"


def test_ask_cli_json_over_stdin(tmp_path: Path) -> None:
    import json

    proc = run_cli("ask", "--json", stdin="what muscles do butt kicks work?\nwhat is the capital of France?\n",
                   cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["declined"] for r in rows] == [False, True]
    assert "hamstring" in rows[0]["answer"].lower() and set(rows[0]) == {
        "question", "answer", "declined", "entry", "confidence"}


async def test_locked_sqlite_database_gives_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    import sqlite3

    from sqlalchemy import func, select

    from db.engine import DatabaseUnavailable
    from db.models import BotState

    path = tmp_path / "locked.db"
    db = Database(f"sqlite+aiosqlite:///{path}", busy_timeout_ms=50)
    await migrate.upgrade(db)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        async def write(s):  # type: ignore[no-untyped-def]
            s.add(BotState(key="k", value="v"))
            await s.flush()

        with pytest.raises(DatabaseUnavailable, match="nothing was saved"):
            await db.run(write)
    finally:
        holder.rollback()
        holder.close()

    async def count(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(func.count()).select_from(BotState))

    assert await db.run(count) == 0
    await db.run(write)  # once the lock is gone the same work goes through
    assert await db.run(count) == 1
    await db.close()


async def test_console_renders_structured_parts_as_text(app: App) -> None:
    from datetime import timedelta

    from bot.cards import Mention, Strong, Timestamp, Verbatim, text
    from bot.console import Console

    console = Console(app, user_id=5, user_name="sam")
    now = app.clock.now()
    line = text(Strong("Go"), " ", Mention("user", 5), " and ", Mention("user", 6), ", ends ",
                Timestamp(now + timedelta(seconds=90), "R"), ", began ", Timestamp(now - timedelta(hours=1), "R"),
                " ", Mention("role", 7), " ", Mention("channel", 8), " ", Mention("channel", console.channel_id),
                " ", Verbatim("*x*"))
    assert console.render(line) == ("Go sam and user 6, ends in 1m 30s, began 1h 0m 0s ago @role 7 #channel 8 "
                                    "#console *x*\n\n")


def test_notice_checks_throttle_per_member_and_reopen_on_new_notice() -> None:
    from bot.notices import NoticeChecks

    checks = NoticeChecks(recheck_seconds=60)
    assert checks.due(1) and not checks.due(1)  # looked once, then not again within the window
    assert checks.due(2)
    checks.pending(1)  # this process recorded a notice for member 1
    assert checks.due(1) and not checks.due(1)
    assert NoticeChecks(recheck_seconds=0).due(3)


def test_log_colours_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import pty

    from bot.logging_setup import wants_colour

    monkeypatch.delenv("NO_COLOR", raising=False)
    master, replica = pty.openpty()
    try:
        with open(replica, "w", closefd=False) as terminal:
            assert wants_colour(terminal)
            monkeypatch.setenv("NO_COLOR", "1")
            assert not wants_colour(terminal)
    finally:
        os.close(master)
        os.close(replica)
    monkeypatch.delenv("NO_COLOR")
    assert not wants_colour(io.StringIO())  # a pipe or file: what a platform's log viewer reads


async def test_migration_0005_downgrades_without_losing_the_aggregate_triggers(db: Database) -> None:
    from alembic import command
    from sqlalchemy import text

    def step(connection, action, revision):  # type: ignore[no-untyped-def]
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = connection
        action(cfg, revision)

    async with db.engine.begin() as conn:
        await conn.run_sync(step, command.downgrade, "0004")
    if db.engine.dialect.name == "sqlite":
        triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'drill_logs'"
    else:
        triggers = "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'drill_logs'::regclass AND NOT tgisinternal"
    async with db.engine.connect() as conn:
        assert await conn.scalar(text(triggers)) >= 2
    async with db.engine.begin() as conn:
        await conn.run_sync(step, command.upgrade, "head")
    assert await migrate.current_revision(db) == migrate.head_revision()
