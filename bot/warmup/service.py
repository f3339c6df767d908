"""Warm-ups, the service the front ends call: start one, check in or finish, log a drill done elsewhere.

A click is only accepted from the server and channel its session belongs to. Drills are written by the
App's batching writer (bot.warmup.writer); sessions are read and written by bot.warmup.queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.app import App
from bot.cards import Problem
from bot.settings.service import get_settings, member_zone
from bot.streaks.days import local_day
from bot.warmup import queries
from bot.warmup.queries import (
    Drill,
    Session,
    Undone,
    checked_in,
    get_session,
    latest_personal_session,
    open_team_sessions,
    record_message,
)
from bot.warmup.rules import LOG_DAYS_BACK, check_log_duration, clicked_where_posted
from bot.warmup.variations import DURATION_DEFAULT, Variation, check_duration, parse_variation

# What front ends call besides the functions below: reads of sessions (bot.warmup.queries).
__all__ = ["DM_GUILD_ID", "AlreadyLogged", "Completion", "Session", "Undone", "checked_in", "complete",
           "get_session", "latest_personal_session", "log_drill", "open_team_session", "open_team_sessions",
           "record_message", "start_warmup", "undo_last_log"]

# A personal card's Done keeps working this long (long enough to finish, short enough not to be reused).
PERSONAL_WINDOW = timedelta(hours=12)
DM_GUILD_ID = 0  # drills logged in direct messages or the console


@dataclass(frozen=True, slots=True)
class Completion:
    session: Session
    logged: bool  # False: this member's drill for the session was already logged
    checked_in: int  # members logged for this session so far
    day: date


async def start_warmup(app: App, *, guild_id: int, user_id: int, duration: int = DURATION_DEFAULT,
                       variation: str | Variation = Variation.IN_PLACE, team: bool = False,
                       channel_id: int | None = None) -> Session:
    """Validate, then store the session (permission to start a team warm-up is the front end's check)."""
    check_duration(duration)
    var = parse_variation(variation)
    if team and guild_id == DM_GUILD_ID:
        raise Problem("Team warm-ups happen in a server channel. Use /warmup team:true there.")
    now = app.clock.now()
    if team:
        window = timedelta(minutes=(await get_settings(app, guild_id)).team_window_minutes)
        closes_at = now + max(window, timedelta(seconds=duration))
    else:
        closes_at = now + PERSONAL_WINDOW

    return await queries.insert_session(app, guild_id=guild_id, channel_id=channel_id, user_id=user_id, team=team,
                                        duration_s=duration, variation=var, started_at=now, closes_at=closes_at)


async def complete(app: App, session_id: int, user_id: int, *, source: str = "discord",
                   guild_id: int | None = None, channel_id: int | None = None,
                   interaction_id: int | None = None) -> Completion:
    """Log ``user_id``'s drill for a session: the owner's for a personal one, anyone's for a team one.

    ``guild_id``/``channel_id`` are where the click happened (from Discord, not from the button): a button
    id naming a session of another server or channel is refused, whatever it claims.
    The returned session may come from the in-process cache: read channel/message ids with get_session.
    """
    now = app.clock.now()
    writer = app.drill_writer
    session = await writer.session(session_id)
    if session is None:
        raise Problem("I can't find that warm-up any more. Start a new one with /warmup.")
    if not clicked_where_posted(session, guild_id, channel_id):
        raise Problem("That button doesn't belong to a warm-up here. Start one in this channel with /warmup.")
    if not session.team and session.started_by != user_id:
        raise Problem("This is someone else's warm-up. Start your own with /warmup — it takes 45 seconds!")
    if now >= session.closes_at:
        what = "check-in for this team warm-up" if session.team else "this warm-up"
        raise Problem(f"Sorry, {what} has closed. Log a drill you did with /log, or start a new /warmup.")
    done = await writer.group.submit(Drill(
        session.guild_id, user_id, now, session.duration_s, session.variation.value,
        "team" if session.team else source, session.id, session.team, interaction_id=interaction_id))
    return Completion(session, done.logged, done.checked_in if session.team else 1, done.day)


class AlreadyLogged(Problem):
    """A second manual /log for a day that already has one (one per member per day)."""


async def log_drill(app: App, *, guild_id: int, user_id: int, duration: int = DURATION_DEFAULT,
                    when: str | date = "today", variation: str | Variation = Variation.IN_PLACE,
                    source: str = "log", interaction_id: int | None = None) -> date:
    """Log a drill done away from Discord (``/log``). Returns the local day it was logged for.

    One manual log per member per day (guided warm-ups each count): a second raises AlreadyLogged.
    """
    check_log_duration(duration)
    var = parse_variation(variation)
    now = app.clock.now()

    done = await app.drill_writer.group.submit(Drill(guild_id, user_id, now, duration, var.value, source, when=when,
                                                  interaction_id=interaction_id))
    if not done.logged:
        which = "today" if done.day == local_day(now, await member_zone(app, guild_id, user_id)) else \
            done.day.strftime("%A %d %B")
        raise AlreadyLogged(f"You already logged a drill for {which} — one /log a day counts. Guided /warmup "
                            f"sessions each count; /log undo:True removes your last log.")
    return done.day


async def undo_last_log(app: App, *, guild_id: int, user_id: int) -> Undone:
    """Delete the member's own most recent manual /log within the log window (the aggregates follow)."""
    today = local_day(app.clock.now(), await member_zone(app, guild_id, user_id))

    undone = await queries.delete_last_manual_log(app, guild_id, user_id, today - timedelta(days=LOG_DAYS_BACK))
    if undone is None:
        raise Problem(f"You have no /log from the last {LOG_DAYS_BACK + 1} days to undo here. (Guided warm-ups "
                      "are not undone this way.)")
    return undone


async def open_team_session(app: App, channel_id: int | None) -> Session | None:
    """The team warm-up still taking check-ins in this channel, if any (one is enough: a reminder's "Start
    team warm-up" clicked again points to it instead of opening a second one)."""
    now = app.clock.now()
    running = [x for x in await open_team_sessions(app, closed_since=timedelta(0))
               if x.channel_id == channel_id and x.closes_at > now]
    return running[-1] if running else None
