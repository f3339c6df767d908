"""Console commands: add, list and fire reminders on the same core as the cog; posts are printed.

``/reminder add 6:30 pm weekdays Europe/London | Warm up, team!`` (days and zone optional; text after ``|``).
The console never runs reminder jobs itself: a bot process on the same database owns them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cards import Card, Problem
from bot.reminders import guards, queries
from bot.reminders.cards import list_card
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
        self.sent = 0  # posts and DMs printed (so /reminder due can say when nothing was due)

    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None,
                   nonce: str | None = None) -> int:
        mention = f", mentioning role {role_id}" if role_id else ""
        self.sent += 1
        self.console.print([f"[post to channel {channel_id or 'console'}{mention}]", card])
        return 0  # the console has no message ids

    async def dm(self, user_id: int, card: Card, *, nonce: str | None = None) -> int:
        self.sent += 1
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
    days = zone = zone_word = None
    for word in rest:
        try:
            parse_days(word)
            days = word if days is None else f"{days},{word}"
        except Problem:
            key = parse_zone(word).key  # neither days nor a zone: the zone's error explains
            if zone is not None and key != zone:
                raise Problem(f"Two time zones: “{zone_word}” and “{word}”. Give one, e.g. "
                              f"/reminder add {time} {days or 'daily'} {word}.") from None
            zone, zone_word = key, word
    return time, days, zone, text.strip()


def _reminder_id(args: str, verb: str) -> int:
    text = args.strip().lstrip("#")
    if not text.isdigit():
        raise Problem(f"Which reminder? Give its number from /reminder list, e.g. /reminder {verb} 3.")
    return int(text)


def register(console: Console) -> None:
    sender = ConsoleSender(console)
    service = ReminderService(console.app, sender)

    async def reminder(c: Console, args: str) -> Result:
        verb, _, rest = args.partition(" ")
        app = c.app
        if verb == "add":
            time, days, zone, text = _split_add(rest)
            zone = zone or app.config.default_timezone
            await guards.refuse_identical(app, guild_id=c.guild_id, user_id=c.user_id, time=time, days=days,
                                          timezone=zone, channel_id=0)
            r = await queries.add(app, guild_id=c.guild_id, user_id=c.user_id, time=time, days=days,
                               timezone=zone, channel_id=0, message=text)
            nxt = r.schedule.next_after(app.clock.now())
            added = f"Reminder #{r.id} added: next {nxt.astimezone(r.schedule.zone):%a %Y-%m-%d %H:%M %Z}."
            return "\n".join([added, *guards.added_notes(time, r.timezone)])
        if verb == "list":
            return list_card(await queries.listing(app, guild_id=c.guild_id), app.clock.now(), personal=False)
        if verb == "due":  # what the scheduler would send now (claims included)
            before = sender.sent
            await service.catch_up([r for r in await queries.active(app) if r.guild_id == c.guild_id])
            if sender.sent > before:
                return None
            return "Nothing is due right now: no reminder has a time that passed unsent."
        if verb in {"fire", "test"}:
            found = await queries.get(app, _reminder_id(rest, verb))
            if found is None or found.personal or found.guild_id != c.guild_id:
                raise Problem("There is no such reminder here. /reminder list shows their numbers.")
            await service.test_post(found)
            return None
        if verb in {"pause", "resume"}:
            outcome = await guards.pause(app, _reminder_id(rest, verb), verb == "pause", guild_id=c.guild_id)
            return outcome.text(verb == "pause")
        if verb == "remove":
            r = await queries.remove(app, _reminder_id(rest, verb), guild_id=c.guild_id)
            return f"Reminder #{r.id} removed."
        return USAGE

    console.register("reminder", "warm-up reminders: add, list, fire, due, pause, resume, remove", reminder)
