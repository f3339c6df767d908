"""A copy of the packaged knowledge base with one edit, for the tests that check bad data is named at load."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.knowledge.kb import DATA_DIR


def edited_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    """The data directory copied under ``tmp_path`` with the first ``old`` in ``file`` replaced by ``new``."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{file} no longer holds {old!r}: update the test's edit"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data
