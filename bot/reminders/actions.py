"""A posted reminder's buttons (``reminder:snooze|start|team:<id>``), for every front end."""

from __future__ import annotations

from bot.actions import Outcome, Presser
from bot.app import App
from bot.cards import Card, MessageRef, Part, Problem, Timestamp, text
from bot.reminders.cards import drill_of_the_day, reply_card
from bot.reminders.service import ReminderInfo, get_reminder, snooze_reminder
from bot.warmup import service as warmup
from bot.warmup.cards import warmup_card

GONE = "This reminder no longer exists. /reminder list or /remindme list shows the current ones."


async def press(app: App, who: Presser, rest: str) -> Outcome:
    """``team`` opens a team warm-up here (any member: the post is the coach's invitation); ``snooze`` and
    ``start`` act on a personal reminder."""
    verb, _, arg = rest.partition(":")
    r = await get_reminder(app, int(arg)) if arg.isdigit() else None
    if r is None or verb not in {"snooze", "start", "team"} or not _pressable(r, who):
        raise Problem(GONE)
    if verb == "snooze":
        until = await snooze_reminder(app, r.id, who.user_id)
        return Outcome(reply=reply_card(text("Snoozed: I'll remind you again ", Timestamp(until, "R"), ".")))
    return await _start_warmup(app, who, r, team=verb == "team")


def _pressable(r: ReminderInfo, who: Presser) -> bool:
    """A button id naming another server's reminder (forged) is as if it did not exist. A personal reminder's
    buttons are its owner's wherever its DM is shown (the console prints DMs in its one channel)."""
    return r.guild_id == who.guild_id or (r.personal and r.user_id == who.user_id)


async def _start_warmup(app: App, who: Presser, r: ReminderInfo, *, team: bool) -> Outcome:
    """The warm-up area owns sessions (bot.warmup.service); the reminder opens one with the drill of the day.
    One team session per channel is enough: a later press points to the one already open."""
    running = await warmup.open_team_session(app, who.channel_id) if team else None
    if running is not None:
        return Outcome(reply=_already_on(running))
    drill = drill_of_the_day(app.clock.now().astimezone(r.schedule.zone).date())
    session = await warmup.start_warmup(app, guild_id=who.guild_id, user_id=who.user_id, team=team, variation=drill,
                                        channel_id=who.channel_id)
    return Outcome(reply=warmup_card(session), public=True, opened=session if team else None)


def _already_on(running: warmup.Session) -> Card:
    # Where a front end recorded the card's message, a reference it renders (Discord: a jump link); else
    # "this channel", where the press happened.
    where: Part = (MessageRef(running.guild_id, running.channel_id, running.message_id)
                   if running.message_id and running.channel_id else "this channel")
    return reply_card(text("A team warm-up is already on: ", where))
