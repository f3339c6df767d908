"""Console commands of the settings feature: /settings timezone, team_role, coach_role, team_goal, team_window,
recap and show (coaches), on the same core as the Discord cog. Roles are named (``/settings team_role Team``):
the console gives each role name an id, and ``/as NAME role:Team`` gives it to a member."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.cards import Problem
from bot.console.reminders import ConsoleSender
from bot.recap.delivery import RecapDelivery
from bot.recap.service import get_recap, parse_weekday, set_recap
from bot.reminders.parsing import parse_time
from bot.settings.cards import recap_note, settings_card, with_recap
from bot.settings.service import get_settings, update_settings

if TYPE_CHECKING:
    from bot.console.app import Console, Handler, Result

log = logging.getLogger(__name__)


def _whole(text: str, what: str, example: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise Problem(f"{what} must be a whole number, e.g. {example}.") from None


def _role(console: Console, text: str) -> int | None:
    name = text.strip().removeprefix("role:").lstrip("@")
    return console.role_id(name) if name and name.lower() not in {"none", "everyone"} else None


Change = Callable[["Console", str], dict[str, Any]]  # the typed arguments -> update_settings' keywords


def _setting(note: str, change: Change) -> Handler:
    async def run(c: Console, args: str) -> Result:
        await c.require_coach()
        return settings_card(await update_settings(c.app, c.guild_id, **change(c, args)), note)

    return run


def _zone(_c: Console, args: str) -> dict[str, Any]:
    if not args.strip():
        raise Problem("Which time zone? e.g. /settings timezone Europe/London")
    return {"timezone": args.strip()}


async def _show(c: Console, _args: str) -> Result:
    await c.require_coach()
    return with_recap(settings_card(await get_settings(c.app, c.guild_id)), await get_recap(c.app, c.guild_id))


async def _recap(c: Console, args: str) -> Result:
    """``/settings recap [WEEKDAY] [TIME]`` turns it on in #console (Monday 18:00 by default); ``off`` stops it."""
    await c.require_coach()
    words = args.replace("weekday:", "").replace("time:", "").split()
    if words[:1] in (["off"], ["none"]):
        await set_recap(c.app, c.guild_id, None)
        return settings_card(await get_settings(c.app, c.guild_id), recap_note(None))
    weekday = parse_weekday(words[0]) if words else 0
    hour, minute = parse_time(" ".join(words[1:]) or "18:00")
    r = await set_recap(c.app, c.guild_id, c.channel_id, weekday, hour, minute)
    return settings_card(await get_settings(c.app, c.guild_id), recap_note(r))


class _WeeklyRecap:
    """The weekly recap while the console runs: checked every ``console.recap_every`` seconds and posted
    through the bot's exactly-once delivery (as cogs/recap.py does each minute)."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.delivery = RecapDelivery(console.app, ConsoleSender(console, "weekly recap"), lambda: {console.guild_id})

    async def tick(self) -> int:
        """Post the recaps due now."""
        return await self.delivery.tick()

    async def _loop(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("weekly recap check failed; retrying in a minute")
            await asyncio.sleep(self.console.recap_every)

    async def start(self) -> None:
        self.console.spawn(self._loop(), "weekly-recap")


def register(console: Console) -> None:
    console.register("settings", subcommands={
        "timezone": _setting("Time zone saved: days and streaks now follow it.", _zone),
        "team_role": _setting("Team role saved.", lambda c, a: {"team_role_id": _role(c, a)}),
        "coach_role": _setting("Coach role saved.", lambda c, a: {"coach_role_id": _role(c, a)}),
        "team_goal": _setting("Team goal saved.", lambda c, a: {"team_goal": _whole(a, "The team goal", "3")}),
        "team_window": _setting("Team check-in window saved.",
                                lambda c, a: {"team_window_minutes": _whole(a, "The window", "15 (minutes)")}),
        "show": _show,
        "recap": _recap,
    })
    recap = _WeeklyRecap(console)
    console.recap_tick = recap.tick
    console.background.append(recap.start)
