"""Console commands: add, list and fire reminders on the same core as the cog; posts are printed.

``/reminder add 6:30 pm weekdays Europe/London | Warm up, team!`` (days and zone optional; text after ``|``).
The console never runs reminder jobs itself: a bot process on the same database owns them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cards import Card, Problem
from bot.reminders import repo
from bot.reminders.card import list_card
from bot.reminders.parsing import parse_days
from bot.reminders.service import ReminderService
from bot.timezones import parse_zone

if TYPE_CHECKING:
    from bot.console import Console, Result

USAGE = ("Usage: /reminder add TIME [DAYS] [ZONE] [| TEXT] · /reminder list · /reminder fire ID · "
         "/reminder due · /reminder pause ID · /reminder resume ID · /reminder remove ID")


class ConsoleSender:
    def __init__(self, console: Console) -> None:
        self.console = console

    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None,
                   nonce: str | None = None) -> int:
        mention = f", mentioning role {role_id}" if role_id else ""
        self.console.print([f"[post to channel {channel_id or 'console'}{mention}]", card])
        return 0  # the console has no message ids

    async def dm(self, user_id: int, card: Card, *, nonce: str | None = None) -> int:
        self.console.print([f"[direct message to user {user_id}]", card])
        return 0

    async def find(self, kind: str, target: int, *, nonce: str, marker: str) -> int | None:
        return None  # the console keeps no history: an unconfirmed occurrence is printed again


def _split_add(args: str) -> tuple[str, str | None, str | None, str]:
    """``6:30 pm weekdays Europe/London | text`` → time, days, zone, text."""
    spec, _, text = args.partition("|")
    words = spec.split()
    if not words:
        raise Problem(USAGE)
    n = 2 if len(words) > 1 and words[1].lower().replace(".", "") in {"am", "pm"} else 1
    time, rest = " ".join(words[:n]), words[n:]
    days = zone = None
    for word in rest:
        try:
            parse_days(word)
            days = word if days is None else f"{days},{word}"
        except Problem:
            zone = parse_zone(word).key  # neither days nor a zone: the zone's error explains
    return time, days, zone, text.strip()


def _reminder_id(args: str) -> int:
    text = args.strip().lstrip("#")
    if not text.isdigit():
        raise Problem("Which reminder? Give its number from /reminder list, e.g. /reminder fire 3.")
    return int(text)


def register(console: Console) -> None:
    service = ReminderService(console.app, ConsoleSender(console))

    async def reminder(c: Console, args: str) -> Result:
        verb, _, rest = args.partition(" ")
        app = c.app
        if verb == "add":
            time, days, zone, text = _split_add(rest)
            r = await repo.add(app, guild_id=c.guild_id, user_id=c.user_id, time=time, days=days,
                               timezone=zone or app.config.default_timezone, channel_id=0, message=text)
            nxt = r.schedule.next_after(app.clock.now())
            return f"Reminder #{r.id} added: next {nxt.astimezone(r.schedule.zone):%a %Y-%m-%d %H:%M %Z}."
        if verb == "list":
            return list_card(await repo.listing(app, guild_id=c.guild_id), app.clock.now(), personal=False)
        if verb == "due":  # what the scheduler would send now (claims included)
            await service.catch_up([r for r in await repo.active(app) if r.guild_id == c.guild_id])
            return None
        if verb in {"fire", "test"}:
            r = await repo.get(app, _reminder_id(rest))
            if r is None or r.personal or r.guild_id != c.guild_id:
                raise Problem("There is no such reminder here. /reminder list shows their numbers.")
            await service.test_post(r)
            return None
        if verb in {"pause", "resume"}:
            r = await repo.set_paused(app, _reminder_id(rest), verb == "pause", guild_id=c.guild_id)
            return f"Reminder #{r.id} {verb}d."
        if verb == "remove":
            r = await repo.remove(app, _reminder_id(rest), guild_id=c.guild_id)
            return f"Reminder #{r.id} removed."
        return USAGE

    console.register("reminder", "warm-up reminders: add, list, fire, due, pause, resume, remove", reminder)
