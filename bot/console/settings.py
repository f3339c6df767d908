"""Console commands of the settings feature: /settings timezone, team_role, coach_role, team_goal, team_window,
recap and show (coaches), on the same core as the Discord cog. Roles are named (``/settings team_role Team``):
the console gives each role name an id, and ``/as NAME role:Team`` gives it to a member."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cards import Card, Field, Problem
from bot.recap.delivery import RecapDelivery
from bot.recap.service import get_recap, parse_weekday, set_recap
from bot.reminders.parsing import parse_time
from bot.settings.service import Settings, get_settings, update_settings

if TYPE_CHECKING:
    from bot.console.app import Console, Handler, Result


class _RecapPrinter:
    """The recap delivery's Sender in the console: the post is printed live in #console."""

    def __init__(self, console: Console) -> None:
        self.console = console

    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None,
                   nonce: str | None = None, ping: bool = True) -> int:
        mention = f", mentioning {self.console.role_name(role_id)}" if role_id else ""
        self.console.print_live([f"[weekly recap posted in #console{mention}]", card])
        return 0  # the console has no message ids

    async def dm(self, user_id: int, card: Card, *, nonce: str | None = None) -> int:
        raise NotImplementedError("recaps are posted in a channel")

    async def find(self, kind: str, target: int, *, nonce: str, marker: str) -> int | None:
        return None  # no history in the console: an unconfirmed recap is printed again


def settings_card(console: Console, s: Settings, note: str | None = None, recap: str | None = None) -> Card:
    def role(role_id: int | None) -> str:
        return console.role_name(role_id) if role_id else "not set"

    fields = [
        Field("Time zone", s.timezone, inline=True),
        Field("Team role", role(s.team_role_id) + ("" if s.team_role_id else " (everyone)"), inline=True),
        Field("Coach role", role(s.coach_role_id) + " (plus /as NAME coach)", inline=True),
        Field("Team goal", f"{s.team_goal} member{'s' if s.team_goal != 1 else ''} a day", inline=True),
        Field("Team check-in window", f"{s.team_window_minutes} min", inline=True),
    ]
    if recap is not None:
        fields.append(Field("Weekly recap", recap, inline=True))
    return Card(title="Server settings", lines=(note,) if note else (), fields=tuple(fields), ephemeral=True)


def _whole(text: str, what: str, example: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise Problem(f"{what} must be a whole number, e.g. {example}.") from None


def _role(console: Console, text: str) -> int | None:
    name = text.strip().removeprefix("role:").lstrip("@")
    return console.role_id(name) if name and name.lower() not in {"none", "everyone"} else None


def register(console: Console) -> None:
    def setting(note: str, change: object) -> Handler:
        async def run(c: Console, args: str) -> Result:
            await c.require_coach()
            s = await update_settings(c.app, c.guild_id, **change(c, args))  # type: ignore[operator]
            return settings_card(c, s, note)

        return run

    def zone(c: Console, args: str) -> dict[str, object]:
        if not args.strip():
            raise Problem("Which time zone? e.g. /settings timezone Europe/London")
        return {"timezone": args.strip()}

    async def show(c: Console, _args: str) -> Result:
        await c.require_coach()
        recap = await get_recap(c.app, c.guild_id)
        return settings_card(c, await get_settings(c.app, c.guild_id),
                             recap=f"#console, {recap.label()}" if recap else "off")

    async def recap(c: Console, args: str) -> Result:
        """``/settings recap [WEEKDAY] [TIME]`` turns it on in #console (Monday 18:00 by default); ``off`` stops it."""
        await c.require_coach()
        words = args.replace("weekday:", "").replace("time:", "").split()
        if words[:1] in (["off"], ["none"]):
            await set_recap(c.app, c.guild_id, None)
            return settings_card(c, await get_settings(c.app, c.guild_id), "Weekly recap turned off.")
        weekday = parse_weekday(words[0]) if words else 0
        hour, minute = parse_time(" ".join(words[1:]) or "18:00")
        r = await set_recap(c.app, c.guild_id, c.channel_id, weekday, hour, minute)
        assert r is not None
        note = f"Weekly recap: {r.label()} (server time) in #console, covering the 7 days before."
        return settings_card(c, await get_settings(c.app, c.guild_id), note)

    delivery = RecapDelivery(console.app, _RecapPrinter(console), lambda: {console.guild_id})

    async def tick() -> int:
        """Post the recaps due now through the bot's exactly-once delivery (as cogs/recap.py each minute)."""
        return await delivery.tick()

    async def recap_loop() -> None:
        import asyncio
        import logging

        while True:
            try:
                await tick()
            except Exception:
                logging.getLogger(__name__).exception("weekly recap check failed; retrying in a minute")
            await asyncio.sleep(console.recap_every)

    async def start() -> None:
        console.spawn(recap_loop(), "weekly-recap")

    console.register("settings", subcommands={
        "timezone": setting("Time zone saved: days and streaks now follow it.", zone),
        "team_role": setting("Team role saved.", lambda c, a: {"team_role_id": _role(c, a)}),
        "coach_role": setting("Coach role saved.", lambda c, a: {"coach_role_id": _role(c, a)}),
        "team_goal": setting("Team goal saved.", lambda c, a: {"team_goal": _whole(a, "The team goal", "3")}),
        "team_window": setting("Team check-in window saved.",
                               lambda c, a: {"team_window_minutes": _whole(a, "The window", "15 (minutes)")}),
        "show": show,
        "recap": recap,
    })
    console.recap_tick = tick
    console.background.append(start)
