"""Console commands of the reminders feature: /reminder (coaches) and /remindme (everyone), on the same core
as the cog. The console runs the reminder service itself: a reminder due while it runs is printed live.

``/reminder add 6:30 pm weekdays Europe/London role:Team | Warm up, team!`` (days, zone and role optional;
text after ``|``); ``/remindme add 6pm tuesdays``. Times, days and zones are read by bot.reminders.parsing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from bot.cards import Card, Problem
from bot.console.app import is_console_user
from bot.reminders import actions, guards
from bot.reminders.cards import list_card, post_card
from bot.reminders.parsing import split_schedule
from bot.reminders.service import (
    ReminderInfo,
    ReminderService,
    active_reminders,
    add_reminder,
    get_reminder,
    list_reminders,
    pause_reminder,
    remove_reminder,
)
from bot.settings.service import get_settings

if TYPE_CHECKING:
    from bot.console.app import Console, Handler, Result


class ConsoleSender:
    """The reminder service's Sender: a post to the console's channel or a DM is printed (live)."""

    def __init__(self, console: Console, what: str = "reminder") -> None:
        self.console = console
        self.what = what  # what a post is shown as ("reminder", "weekly recap")
        self.sent = 0  # posts and DMs printed (so /reminder due can say when nothing was due)

    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None,
                   nonce: str | None = None, ping: bool = True) -> int:
        mention = f", mentioning {self.console.role_name(role_id)}" if role_id else ""
        where = "#console" if channel_id in (0, self.console.channel_id) else f"#channel {channel_id}"
        self.sent += 1
        self.console.print_live([f"[{self.what} posted in {where}{mention}]", card])
        return 0  # the console has no message ids

    async def dm(self, user_id: int, card: Card, *, nonce: str | None = None) -> int:
        self.sent += 1
        self.console.print_live([f"[direct message to {self.console.name_of(user_id)}]", card])
        return 0

    async def find(self, kind: str, target: int, *, nonce: str, marker: str) -> int | None:
        return None  # the console keeps no history: an unconfirmed occurrence is printed again


class ConsoleReminderService(ReminderService):
    """The bot's reminder service, limited to the console's own reminders: its server's, and the personal
    ones of its members. A console opened on a bot's database must not claim (and print) a reminder that
    belongs in Discord."""

    def __init__(self, console: Console, sender: ConsoleSender) -> None:
        super().__init__(console.app, sender)
        self.console = console

    def mine(self, r: ReminderInfo) -> bool:
        if r.personal:
            return is_console_user(r.user_id)
        return r.guild_id == self.console.guild_id

    def schedule(self, r: ReminderInfo) -> None:
        if self.mine(r):
            super().schedule(r)
        else:
            self.unschedule(r.id)

    async def catch_up(self, reminders: Iterable[ReminderInfo]) -> None:
        await super().catch_up([r for r in reminders if self.mine(r)])

    async def sweep(self) -> None:
        """Unconfirmed claims are the bot's to re-send: the console prints its own as it claims them."""


def _split_add(console: Console, args: str) -> tuple[str, str | None, str | None, int | None, str]:
    """``6:30 pm weekdays Europe/London role:Team | text`` → time, days, zone, role id, text."""
    spec, _, text = args.partition("|")
    role_id = None
    words = []
    for word in spec.split():
        key, sep, value = word.partition(":")
        if sep and key.lower() == "role" and value:
            role_id = console.role_id(value)
        else:
            words.append(word)
    time, days, zone = split_schedule(" ".join(words))
    return time, days, zone, role_id, text.strip()


def _reminder_id(args: str, verb: str, command: str = "reminder") -> int:
    text = args.strip().lstrip("#")
    if not text.isdigit():
        raise Problem(f"Which reminder? Give its number from /{command} list, e.g. /{command} {verb} 3.")
    return int(text)


def _added(r: ReminderInfo, console: Console, time: str) -> str:
    nxt = r.schedule.next_after(console.app.clock.now())
    where = f"to {console.name_of(r.user_id)} by direct message" if r.personal else "in #console"
    who = f", mentioning {console.role_name(r.role_id)}" if r.role_id else ""
    added = f"Reminder #{r.id} added: next {nxt.astimezone(r.schedule.zone):%a %Y-%m-%d %H:%M %Z}, {where}{who}."
    return "\n".join([added, *guards.added_notes(time, r.timezone)])


async def _add(c: Console, args: str) -> Result:
    await c.require_coach()
    time, days, zone, role_id, text = _split_add(c, args)
    zone = zone or (await get_settings(c.app, c.guild_id)).timezone
    r = await add_reminder(c.app, guild_id=c.guild_id, user_id=c.user_id, time=time, days=days, timezone=zone,
                           channel_id=c.channel_id, role_id=role_id, message=text)
    return _added(r, c, time)


async def _list(c: Console, _args: str) -> Result:
    await c.require_coach()
    return list_card(await list_reminders(c.app, guild_id=c.guild_id), c.app.clock.now(), personal=False)


def _pauser(pause: bool) -> Handler:
    verb = "pause" if pause else "resume"

    async def run(c: Console, args: str) -> Result:
        await c.require_coach()
        outcome = await pause_reminder(c.app, _reminder_id(args, verb), pause, guild_id=c.guild_id)
        return outcome.text(pause)

    return run


async def _remove(c: Console, args: str) -> Result:
    await c.require_coach()
    r = await remove_reminder(c.app, _reminder_id(args, "remove"), guild_id=c.guild_id)
    return f"Reminder #{r.id} removed."


async def _me_add(c: Console, args: str) -> Result:
    time, days, zone, _role, _text = _split_add(c, args.partition("|")[0])
    zone = zone or (await get_settings(c.app, c.guild_id)).timezone
    r = await add_reminder(c.app, guild_id=0, user_id=c.user_id, time=time, days=days, timezone=zone,
                           personal=True)
    return _added(r, c, time)


async def _me_list(c: Console, _args: str) -> Result:
    return list_card(await list_reminders(c.app, user_id=c.user_id), c.app.clock.now(), personal=True)


async def _me_remove(c: Console, args: str) -> Result:
    r = await remove_reminder(c.app, _reminder_id(args, "remove", "remindme"), user_id=c.user_id)
    return f"Reminder #{r.id} removed."


class _Live:
    """The reminder service the console runs, and the commands that post through its sender."""

    def __init__(self, console: Console) -> None:
        self.sender = ConsoleSender(console)
        self.service = ConsoleReminderService(console, self.sender)

    async def due(self, c: Console, _args: str) -> Result:
        """What the scheduler would send now (claims included)."""
        before = self.sender.sent
        await self.service.catch_up([r for r in await active_reminders(c.app) if r.guild_id == c.guild_id])
        if self.sender.sent > before:
            return None
        return "Nothing is due right now: no reminder has a time that passed unsent."

    async def test(self, c: Console, args: str) -> Result:
        await c.require_coach()
        r = await get_reminder(c.app, _reminder_id(args, "test"))
        if r is None or r.personal or r.guild_id != c.guild_id:
            raise Problem("There is no such reminder here. /reminder list shows their numbers.")
        await self.sender.post(c.channel_id, post_card(r, c.app.clock.now(), test=True), guild_id=r.guild_id,
                               role_id=r.role_id)
        return "Posted a preview in #console (it pings nobody)."


def register(console: Console) -> None:
    live = _Live(console)
    console.register("reminder", subcommands={"add": _add, "list": _list, "test": live.test, "pause": _pauser(True),
                                              "resume": _pauser(False), "remove": _remove},
                     extras={"fire": live.test, "due": live.due})
    console.register("remindme", subcommands={"add": _me_add, "list": _me_list, "remove": _me_remove})
    console.actions["reminder"] = actions.press
    console.background.append(live.service.start)
    console.stoppers.append(live.service.stop)
