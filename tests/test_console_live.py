"""Reminders and the weekly recap fire while the console sits at its prompt: the console's event loop runs
the same reminder service and recap check as the bot, and prints what they post (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import io
import os
from datetime import UTC, datetime

from bot.app import App
from bot.clock import FixedClock
from bot.console import Console, run_console
from bot.reminders import queries
from bot.reminders.service import job_id
from tests.harness import eventually


async def test_a_reminder_and_the_recap_appear_while_the_console_waits_for_input(app: App,
                                                                                 clock: FixedClock) -> None:
    read_end, write_end = os.pipe()
    stdin = os.fdopen(read_end, "r")
    out = io.StringIO()
    consoles: list[Console] = []

    def type_(line: str) -> None:
        os.write(write_end, (line + "\n").encode())

    # A bot's reminders on the same database, due at the same minute: Discord's, not the console's.
    theirs = [await queries.add(app, guild_id=5, user_id=10**17, time="12:01", days=None, timezone="UTC",
                             channel_id=10),
              await queries.add(app, guild_id=0, user_id=10**17, time="12:01", days=None, timezone="UTC",
                             personal=True)]
    running = asyncio.ensure_future(run_console(app.config, stdin=stdin, out=out, app=app, recap_every=0.05,
                                                ready=consoles.append))
    try:
        await eventually(lambda: consoles, what="the console to start")
        type_("/settings team_role Team")
        type_("/as maya role:Team")
        type_("/remindme add 12:01")
        type_("/as coach coach")
        type_("/reminder add 12:01 role:Team | Legs ready?")
        await eventually(lambda: out.getvalue().count("added: next Mon 2026-06-15 12:01 UTC") == 2,
                         what="both reminders to be added")
        assert [app.scheduler.get_job(job_id(r.id)) for r in theirs] == [None, None]
        assert "[reminder posted" not in out.getvalue()

        # 12:01 comes while nobody types: the scheduler's jobs run on the console's loop and print.
        clock.advance(minutes=1, seconds=5)
        for rid in (3, 4):
            app.scheduler.modify_job(job_id(rid), next_run_time=datetime.now(UTC))
        await eventually(lambda: "[reminder posted in #console, mentioning @Team]" in out.getvalue()
                         and "[direct message to maya]" in out.getvalue(), what="the reminders to fire")
        assert "Legs ready?" in out.getvalue() and "<@&" not in out.getvalue()
        for r in theirs:  # never claimed by the console: the bot still sends them
            fresh = await queries.get(app, r.id)
            assert fresh is not None and fresh.last_occurrence is None

        # The posted reminder's button works from the console: anyone may open the team warm-up.
        type_("/as maya")
        type_("start team warm-up")
        await eventually(lambda: "== Team warm-up: butt kicks" in out.getvalue(), what="the team warm-up")

        # The weekly recap: due now (Monday 12:00 in the server's zone), posted by the console's own check.
        type_("/as coach")
        type_("/settings recap mon 12:00")
        await eventually(lambda: "[weekly recap posted in #console]" in out.getvalue(), what="the recap")
        type_("/quit")
        assert await asyncio.wait_for(running, 10) == 0
    finally:
        os.close(write_end)
        if not running.done():
            running.cancel()
        stdin.close()
    assert out.getvalue().count("[weekly recap posted in #console]") == 1  # claimed once for the week
