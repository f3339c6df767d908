"""The console adds, lists and fires reminders on the same core (the post is printed)."""

from __future__ import annotations

import io

from bot.app import App
from bot.clock import FixedClock
from bot.console import Console
from bot.console import reminders as console_commands


async def run(console: Console, line: str) -> str:
    console.out = io.StringIO()
    console.print(await console.handle(line))
    return console.out.getvalue()


async def test_console_add_list_fire_and_due(app: App, clock: FixedClock) -> None:
    console = Console(app)
    console_commands.register(console)
    out = await run(console, "/reminder add 6:30 pm weekdays Europe/London | Warm up @everyone!")
    assert "Reminder #1 added: next Mon 2026-06-15 18:30 BST, in #console" in out
    assert "Reminder #2 added" in await run(console, "/reminder add 12:05 daily UTC")
    listing = await run(console, "/reminder list")
    # Discord timestamps are shown as readable text in the console, never as raw <t:…> markup.
    assert "#1" in listing and "18:30 weekdays (Europe/London)" in listing and "<t:" not in listing
    assert "next Mon 2026-06-15 17:30 UTC (in 5h 30" in listing and "12:05 UTC (in 5m 0s)" in listing
    fired = await run(console, "/reminder fire 1")
    assert "== Warm-up time ==" in fired and "Drill of the day" in fired and "[1] 🏃 Start team warm-up" in fired
    assert "@everyone" not in fired  # neutralised
    assert "Sorry" in await run(console, "/reminder add 25:00")
    # an error naming a channel renders it through the same structured path as a card: by name
    again = await run(console, "/reminder add 12:05 daily UTC")
    assert again.startswith("Sorry: Reminder #2 already goes at") and " in #console" in again, again
    assert "#channel" not in again and "<#" not in again
    assert "Sorry" in await run(console, "/reminder add 6pm Mars/Base")
    clock.advance(minutes=5, seconds=10)  # 12:05:10 UTC: #2 is due now (it was added at 12:00)
    due = await run(console, "/reminder due")
    assert due.count("== Warm-up time ==") == 1 and "Reminder #2" in due
    assert "Nothing is due" in await run(console, "/reminder due")  # claimed: not twice, and said so
    assert "paused" in await run(console, "/reminder pause 2")
    assert "removed" in await run(console, "/reminder remove 2")
    assert "Usage" in await run(console, "/reminder frobnicate")
