"""What people type into reminders, answered instead of silently guessed: fixed UTC offsets, a bare hour,
two zones, the same reminder twice, pausing twice, a missing number, nothing due."""

from __future__ import annotations

import io

import pytest

from bot.app import App
from bot.cards import Problem
from bot.clock import FixedClock
from bot.console import Console
from bot.console import reminders as console_commands
from bot.reminders import guards, queries
from bot.reminders.parsing import parse_time, time_note
from bot.timezones import fixed_offset_note, parse_zone


async def run(console: Console, line: str) -> str:
    console.out = io.StringIO()
    console.print(await console.handle(line))
    return console.out.getvalue()


@pytest.mark.parametrize(("text", "key", "label"), [("UTC+2", "Etc/GMT-2", "UTC+2"), ("GMT-5", "Etc/GMT+5", "UTC-5"),
                                                    ("utc +10", "Etc/GMT-10", "UTC+10"), ("UTC+0", "UTC", None)])
def test_fixed_offsets_map_to_fixed_zones_with_a_daylight_saving_note(text: str, key: str, label: str | None) -> None:
    zone = parse_zone(text)
    assert zone.key == key
    note = fixed_offset_note(zone.key)
    if label is None:
        assert note is None
    else:
        assert note is not None and note.startswith(label) and "daylight saving" in note and "IANA" in note


def test_offsets_without_an_etc_zone_are_refused_with_a_place() -> None:
    with pytest.raises(Problem, match=r"whole hours.*Asia/Kolkata"):
        parse_zone("UTC+5:30")
    with pytest.raises(Problem, match=r"UTC-12 to UTC\+14"):
        parse_zone("GMT-13")
    assert fixed_offset_note("Europe/Berlin") is None


def test_a_bare_hour_is_confirmed_as_the_morning() -> None:
    assert parse_time("6") == (6, 0)
    assert time_note("6") == "06:00 (6 in the morning) — say 6pm for the evening."
    assert time_note("6:30") == "06:30 (6:30 in the morning) — say 6:30pm for the evening."
    for clear in ("6pm", "6 am", "18:00", "06:00", "12", "noon"):
        assert time_note(clear) is None, clear


async def test_console_answers_what_it_used_to_guess(app: App, clock: FixedClock) -> None:
    console = Console(app)
    console_commands.register(console)
    out = await run(console, "/reminder add 6 weekdays UTC+2")
    assert "Reminder #1 added" in out and "06:00 (6 in the morning) — say 6pm for the evening." in out
    assert "UTC+2 is a fixed offset" in out and "daylight saving" in out
    r = await queries.get(app, 1)
    assert r is not None and (r.hour, r.timezone) == (6, "Etc/GMT-2")

    two = await run(console, "/reminder add 7pm daily Europe/London America/New_York")
    assert "Two time zones" in two and "Europe/London" in two and "America/New_York" in two
    same = await run(console, "/reminder add 6am weekdays Etc/GMT-2 | again")
    assert "Reminder #1 already goes at 06:00 weekdays (Etc/GMT-2)" in same and "/reminder remove 1" in same
    assert len(await queries.listing(app, guild_id=console.guild_id)) == 1  # neither was saved

    assert "Reminder #1 paused." in await run(console, "/reminder pause 1")
    again = await run(console, "/reminder pause 1")
    assert "already paused" in again and "/reminder resume 1" in again
    assert "Reminder #1 resumed." in await run(console, "/reminder resume 1")
    assert "already running" in await run(console, "/reminder resume 1")
    missing = await run(console, "/reminder pause")
    assert "/reminder pause 3" in missing and "fire" not in missing
    assert "Nothing is due" in await run(console, "/reminder due")


async def test_identical_check_compares_channel_and_owner(app: App) -> None:
    await queries.add(app, guild_id=5, user_id=1, time="18:00", days="weekdays", timezone="UTC", channel_id=10)
    with pytest.raises(Problem, match="#1 already goes"):
        await guards.refuse_identical(app, guild_id=5, user_id=2, time="6pm", days="mon-fri", timezone="utc",
                                      channel_id=10)
    # Another channel, another day set or another zone is a different reminder.
    await guards.refuse_identical(app, guild_id=5, user_id=1, time="18:00", days="weekdays", timezone="UTC",
                                  channel_id=11)
    await guards.refuse_identical(app, guild_id=5, user_id=1, time="18:00", days="daily", timezone="UTC",
                                  channel_id=10)
    await guards.refuse_identical(app, guild_id=5, user_id=1, time="18:00", days="weekdays",
                                  timezone="Europe/London", channel_id=10)
    await queries.add(app, guild_id=0, user_id=7, time="7am", days=None, timezone="UTC", personal=True)
    with pytest.raises(Problem, match="/remindme remove 2"):
        await guards.refuse_identical(app, guild_id=0, user_id=7, time="07:00", days="daily", timezone="UTC",
                                      personal=True)
    await guards.refuse_identical(app, guild_id=0, user_id=8, time="07:00", days="daily", timezone="UTC",
                                  personal=True)
