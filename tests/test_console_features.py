"""The console as a second front end, driven in-process line by line (SQLite and PostgreSQL): members with
roles, a team warm-up three members check in to, buttons by number or label, /settings, /export, /forget-me,
/remindme, /log undo, /muscles, /streak member, and one parser for reminder times in both front ends."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.console import Console, load_plugins
from bot.reminders import queries
from bot.reminders.parsing import parse_days, split_schedule
from bot.settings.service import get_settings
from bot.warmup import service as core
from tests.harness import eventually

_MADE: list[Console] = []


@pytest.fixture(autouse=True)
async def _stop_consoles() -> AsyncIterator[None]:
    """Each console's background work (a team card waiting to close) ends with its test."""
    yield
    while _MADE:
        await _MADE.pop().stop()


def make(app: App) -> Console:
    console = Console(app, user_id=1, user_name="coach", out=io.StringIO())
    load_plugins(console)
    _MADE.append(console)
    return console


def read(path: str) -> bytes:
    return Path(path).read_bytes()


async def run(console: Console, line: str) -> str:
    console.out = io.StringIO()
    console.print(await console.handle(line))
    return console.out.getvalue()


async def test_a_coach_and_three_members_play_a_team_warmup(app: App) -> None:
    c = make(app)
    assert "Team role saved" in await run(c, "/settings team_role Team")
    assert "New member maya (@Team)" in await run(c, "/as maya role:Team")
    refused = await run(c, "/warmup team:true")
    assert "Only coaches can start a team warm-up" in refused
    assert await core.open_team_sessions(app, closed_since=core.PERSONAL_WINDOW) == []  # nothing started

    await run(c, "/as coach")
    card = await run(c, "/warmup team:true duration:60")
    assert "== Team warm-up: butt kicks · in place · 60 s ==" in card
    assert "[1] ✅ I did it  [2] 📋 Technique  [3] 💪 Muscles" in card and "<t:" not in card
    for n, (name, press) in enumerate([("maya", "1"), ("sam", "i did it"), ("lee", "[1]")], start=1):
        await run(c, f"/as {name} role:Team")
        out = await run(c, press)
        word = "teammate" if n == 1 else "teammates"
        assert f"✅ {name} checked in! {n} {word} so far." in out, out
    assert "Already logged ✅" in await run(c, "1")  # lee again: one check-in per warm-up

    team = await run(c, "/team")
    checked = re.search(r"3 checked in: (\w+), (\w+), (\w+) ·", team)
    assert checked and set(checked.groups()) == {"maya", "sam", "lee"}
    assert "Team: 3 members with the team role" in team
    board = await run(c, "/leaderboard")
    assert all(name in board for name in ("maya", "sam", "lee")) and "coach" not in board
    assert "maya's streak" in await run(c, "/streak member:maya")
    assert "There is no member called “nobody”" in await run(c, "/streak nobody")


async def test_coach_role_from_settings_lets_a_member_start_a_team_warmup(app: App) -> None:
    c = make(app)
    assert "Coach role saved" in await run(c, "/settings coach_role Coaches")
    await run(c, "/as ana")
    assert "Only coaches" in await run(c, "/settings show")
    await run(c, "/as ana role:Coaches")
    shown = await run(c, "/settings show")
    assert "Coach role: @Coaches" in shown and "Weekly recap: off" in shown
    assert "Team warm-up" in await run(c, "/warmup team")


async def test_settings_change_what_the_core_reads(app: App) -> None:
    c = make(app)
    assert "Time zone: Europe/London" in await run(c, "/settings timezone Europe/London")
    assert "Team goal: 3 members a day" in await run(c, "/settings team_goal 3")
    assert "Team check-in window: 15 min" in await run(c, "/settings team_window 15")
    assert "must be a whole number" in await run(c, "/settings team_goal lots")
    recap = await run(c, "/settings recap friday 17:30")
    assert "Weekly recap: Fridays at 17:30 (server time) in #console" in recap
    s = await get_settings(app, c.guild_id)
    assert (s.timezone, s.team_goal, s.team_window_minutes) == ("Europe/London", 3, 15)
    assert "Weekly recap turned off" in await run(c, "/settings recap off")
    assert "Team role: not set (everyone)" in await run(c, "/settings team_role")
    assert "Usage: /settings timezone ZONE" in await run(c, "/settings frobnicate")
    offset = await run(c, "/settings timezone UTC+2")  # the same warning as in Discord, from the core's card
    assert "Time zone: Etc/GMT-2" in offset and "UTC+2 is a fixed offset" in offset and "daylight saving" in offset


async def test_personal_warmup_done_by_label_and_buttons_route_like_discord(app: App) -> None:
    c = make(app)
    card = await run(c, "/warmup 30 hiit")
    assert "[1] ✅ Done  [2] 📋 Technique  [3] 💪 Muscles" in card
    assert "== Butt kick technique ==" in await run(c, "technique")  # by label, case-insensitive
    assert "✅ Done and logged. 🔥 Streak: 1 day." in await run(c, "done")  # the newest card with "Done"
    await run(c, "/as maya")
    # maya pressing the coach's Done: refused by the core, as a click on someone else's card in Discord.
    assert "This is someone else's warm-up" in await run(c, "done")
    assert "There is no button 3 on the newest card with buttons (it has 1 to 2)" in await run(c, "3")
    muscles = await run(c, "Muscles")
    assert "== Muscles worked by butt kicks ==" in muscles
    written = re.search(r"diagram written to (\S+)\)", muscles)
    assert written and read(written[1]).startswith(b"\x89PNG")


async def test_log_undo_export_and_forget_me(app: App, clock: FixedClock) -> None:
    c = make(app)
    await run(c, "/as maya")
    # the same card as in Discord (bot/warmup/cards.py logged_card): tests/test_team_e2e.py reads it there
    logged = await run(c, "/log 60")
    assert "== Drill logged ==" in logged and "✅ 60 s of butt kicks logged for today." in logged
    assert "🔥 Streak: 1 day." in logged
    assert "Removed your 60 s drill logged for today" in await run(c, "/log undo")
    assert "no /log from the last 7 days" in await run(c, "/log undo")
    assert "45 s of butt kicks logged for Sunday 14 June" in await run(c, "/log 45 yesterday")
    assert "Only coaches" in await run(c, "/export")
    await run(c, "/as coach")
    await run(c, "/log 50")
    exported = await run(c, "/export")
    assert "Drill log: 2 drills, written to " in exported
    rows = list(csv.DictReader(read(exported.split("written to ")[1].strip()).decode().splitlines()))
    assert [(r["display_name"], r["duration_s"]) for r in rows] == [("maya", "45"), ("coach", "50")]

    await run(c, "/as maya")
    await run(c, "/remindme add 7am")
    ask = await run(c, "/forget-me")
    assert "== Forget maya? ==" in ask and "[1] 🗑️ Delete my data  [2] Keep it" in ask
    assert "Nothing was deleted." in await run(c, "keep it")
    await run(c, "/as coach")
    assert "That button is for someone else" in await run(c, "delete my data")  # maya's card, not the coach's
    await run(c, "/as maya")
    assert "Deleted 1 drill and 1 personal reminder." in await run(c, "1")
    assert await queries.listing(app, user_id=c.user_id) == []
    again = await run(c, "/export")
    assert "Only coaches" in again


async def test_remindme_add_list_remove_with_the_shared_parser(app: App, clock: FixedClock) -> None:
    c = make(app)
    await run(c, "/as maya")
    added = await run(c, "/remindme add 6pm tuesdays")  # "not a time zone" before: now the days
    assert "Reminder #1 added: next Tue 2026-06-16 18:00 UTC, to maya by direct message." in added
    assert "18:00 Tue (UTC) by DM" in await run(c, "/remindme list")
    assert "Reminder #1 removed." in await run(c, "/remindme remove 1")
    assert "Which reminder?" in await run(c, "/remindme remove")
    bad = await run(c, "/remindme add 6pm mars")
    assert "“mars” is neither days nor a time zone" in bad
    # The console splits one line into the three values Discord's options hold; the same parser reads them.
    assert split_schedule("6:30 pm tuesdays Europe/London") == ("6:30 pm", "tuesdays", "Europe/London")
    assert parse_days("tuesdays") == parse_days("tue") == frozenset({1})  # Discord's days option too
    assert "Only coaches" in await run(c, "/reminder add 7am")


async def test_a_team_card_closes_when_its_window_ends(app: App, clock: FixedClock) -> None:
    c = make(app)
    await run(c, "/settings team_window 5")
    await run(c, "/warmup team:true")
    await run(c, "/as maya")
    await run(c, "i did it")
    c.out = io.StringIO()
    clock.advance(minutes=5)  # the window ends: the console says so by itself, with the final count
    await eventually(lambda: "Check-in closed" in c.out.getvalue(), what="the closed team card")
    closed = c.out.getvalue()
    assert "Checked in: 1 teammate" in closed and "[1] ✅ I did it (off)  [2] 📋 Technique" in closed
    await run(c, "/as sam")
    assert "The I did it button is off on that card" in await run(c, "1")
    assert "== Butt kick technique ==" in await run(c, "2")  # the numbers keep meaning the same buttons
