"""Checks around reminder commands that answer instead of silently doing the obvious wrong thing:
an identical reminder added twice, pausing what is already paused, and the notes an answer should carry
(a bare ``6`` read as the morning, a fixed UTC offset that ignores daylight saving).

Kept apart from queries.py (the table) on purpose: these only read through repo's public functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.app import App
from bot.cards import Line, Mention, Problem, Strong, text
from bot.reminders import queries
from bot.reminders.cards import when_label
from bot.reminders.parsing import days_to_str, parse_days, parse_time, time_note
from bot.reminders.queries import ReminderInfo
from bot.timezones import fixed_offset_note, parse_zone


async def refuse_identical(app: App, *, guild_id: int, user_id: int, time: str, days: str | None, timezone: str,
                           channel_id: int | None = None, personal: bool = False) -> None:
    """Raise Problem naming an existing reminder with the same time, days and zone in the same channel
    (or, for a personal one, of the same member): a second one would only post the same thing twice."""
    hour, minute = parse_time(time)
    day_str = days_to_str(parse_days(days or "daily"))
    zone = parse_zone(timezone).key
    rows = await queries.listing(app, user_id=user_id) if personal else await queries.listing(app, guild_id=guild_id)
    for r in rows:
        if (r.hour, r.minute, r.days, r.timezone) == (hour, minute, day_str, zone) and (
                personal or r.channel_id == channel_id):
            where: tuple[str | Mention, ...] = (() if personal else (" in ", Mention("channel", channel_id))
                                                if channel_id else (" here",))
            group = "remindme" if personal else "reminder"
            state = (" (paused: ", Strong(f"/reminder resume {r.id}"), " restarts it)") if r.paused else ()
            raise Problem(text(f"Reminder #{r.id} already goes at {when_label(r)}", *where, *state,
                               ", so I didn't add another. To change it, remove it with ",
                               Strong(f"/{group} remove {r.id}"), " and add the new one."))


def added_notes(time: str, zone_key: str) -> list[str]:
    """Lines an "added" answer should carry about how the input was read."""
    return [note for note in (time_note(time), fixed_offset_note(zone_key)) if note]


@dataclass(frozen=True, slots=True)
class PauseOutcome:
    reminder: ReminderInfo
    changed: bool

    def text(self, pause: bool) -> Line:
        rid = self.reminder.id
        if self.changed:
            return f"Reminder #{rid} {'paused' if pause else 'resumed'}."
        if pause:
            return text(f"Reminder #{rid} was already paused. ", Strong(f"/reminder resume {rid}"), " restarts it.")
        return f"Reminder #{rid} is already running (it was not paused)."


async def pause(app: App, reminder_id: int, paused: bool, *, guild_id: int | None = None,
                user_id: int | None = None) -> PauseOutcome:
    """Pause or resume, telling apart "done now" from "it already was". Resuming a reminder disabled after
    delivery failures counts as a change (it re-enables it)."""
    before = await queries.get(app, reminder_id)
    in_scope = before is not None and (before.guild_id == guild_id and not before.personal if guild_id is not None
                                       else before.user_id == user_id and before.personal)
    if before is not None and in_scope and before.paused == paused and (paused or before.disabled_reason is None):
        return PauseOutcome(before, changed=False)
    return PauseOutcome(await queries.set_paused(app, reminder_id, paused, guild_id=guild_id, user_id=user_id),
                        changed=True)
