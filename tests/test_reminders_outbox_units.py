"""Small promises of the outbox: the nonce Discord accepts, the lease setting."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from bot.reminders import outbox


def test_nonce_is_the_same_per_occurrence_distinct_between_them_and_at_most_25_chars() -> None:
    occ = datetime(2026, 6, 15, 12, 1, tzinfo=UTC)
    assert outbox.nonce(7, occ) == outbox.nonce(7, occ.astimezone())  # any process, any local zone
    assert outbox.nonce(7, occ) != outbox.nonce(7, occ.replace(day=16)) != outbox.nonce(8, occ)
    assert len(outbox.nonce(2**53, datetime(2999, 12, 31, 23, 59, tzinfo=UTC))) <= 25


def test_lease_seconds_is_read_and_validated(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[reminders]\nlease_seconds = 5\n")
    assert load_config(path, env={}).reminder_lease_seconds == 5
    path.write_text("[reminders]\ngrace_minutes = 30\n")
    assert load_config(path, env={}).reminder_lease_seconds == 60  # the default
    path.write_text("[reminders]\nlease_seconds = 0\n")
    with pytest.raises(ConfigError, match=r"reminders\.lease_seconds"):
        load_config(path, env={})
