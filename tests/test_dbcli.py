"""``python -m bot db revision`` (autogenerate against a scratch database at head) and ``db backup``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, String, Table

from bot.__main__ import main
from bot.dbcli import make_revision
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
