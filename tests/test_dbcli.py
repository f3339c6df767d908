"""``python -m bot db revision`` (autogenerate against a scratch database at head) and ``db backup``."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, String, Table

from bot.__main__ import main
from bot.cli.db import make_revision
from db import migrate
from db.models import Base

VERSIONS = migrate.MIGRATIONS / "versions"


def test_revision_without_model_changes_reports_none_and_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)  # no config.toml, no data/ touched
    before = sorted(p.name for p in VERSIONS.glob("*.py"))
    assert main(["db", "revision", "-m", "nothing changed"]) == 0
    assert "No schema changes" in capsys.readouterr().out
    assert sorted(p.name for p in VERSIONS.glob("*.py")) == before
    assert not (tmp_path / "data").exists()


async def test_revision_writes_a_migration_for_a_new_table(tmp_path: Path) -> None:
    table = Table("probe_notes", Base.metadata, Column("id", Integer, primary_key=True), Column("text", String(40)))
    try:
        path = await make_revision("add probe notes", rev_id="9999", versions_dir=tmp_path)
    finally:
        Base.metadata.remove(table)
    assert path is not None and path.parent == tmp_path and path.name.startswith("9999_")
    text = path.read_text()
    assert "create_table('probe_notes'" in text or 'create_table("probe_notes"' in text
    down = next(line for line in text.splitlines() if line.startswith("down_revision"))
    assert repr(migrate.head_revision()) in down  # chained to the newest shipped migration
    assert not list(VERSIONS.glob("9999_*"))


def test_backup_copies_a_live_database_while_another_connection_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade"]) == 0  # data/coach.db at the newest revision, in WAL mode like the bot's
    source = tmp_path / "data" / "coach.db"
    setup = sqlite3.connect(source)
    setup.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
    setup.executemany("INSERT INTO probe (payload) VALUES (?)", [("x" * 200,)] * 20_000)
    setup.commit()
    setup.close()

    written = 0
    errors: list[BaseException] = []
    stop, progress = threading.Event(), threading.Condition()

    def writer() -> None:  # the running bot: commits one row at a time throughout the backup
        nonlocal written
        conn = sqlite3.connect(source, timeout=5)
        try:
            while not stop.is_set():
                conn.execute("INSERT INTO probe (payload) VALUES ('live')")
                conn.commit()
                with progress:
                    written += 1
                    progress.notify_all()
        except BaseException as exc:  # a "database is locked" would land here
            errors.append(exc)
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        with progress:
            assert progress.wait_for(lambda: written >= 50 or not thread.is_alive(), timeout=10)
            before = written
        assert main(["db", "backup", "backups/coach.db"]) == 0
        after = written
        with progress:  # the writer goes on after the backup: it was never locked out
            progress.wait_for(lambda: written >= after + 50 or not thread.is_alive(), timeout=10)
            progressed = written
    finally:
        stop.set()
        thread.join(10)
    assert not errors and progressed >= after + 50
    assert "Backed up" in capsys.readouterr().out

    copy = sqlite3.connect(tmp_path / "backups" / "coach.db")
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        live = copy.execute("SELECT count(*) FROM probe WHERE payload = 'live'").fetchone()[0]
        assert copy.execute("SELECT count(*) FROM probe WHERE payload != 'live'").fetchone()[0] == 20_000
        assert before <= live <= after + 1  # a snapshot from during the backup (+1: a commit not yet counted)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
    finally:
        copy.close()
    assert not (tmp_path / "backups" / "coach.db.partial").exists()
    assert main(["db", "backup", "backups/coach.db"]) == 2  # never overwrites
    assert "already exists" in capsys.readouterr().out


def test_backup_on_postgresql_points_to_pg_dump(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://coach:s3cret@127.0.0.1/coach")
    assert main(["db", "backup", "x.db"]) == 2
    out = capsys.readouterr().out
    assert "pg_dump" in out and "s3cret" not in out and not (tmp_path / "x.db").exists()
