"""The warm-up feature's handlers for every front end: the card's buttons (``warmup:…``: Done, I did it,
Technique, Muscles) and /log's reply."""

from __future__ import annotations

import contextlib

from bot.actions import Outcome, Presser
from bot.app import App
from bot.cards import Card, Mention, Problem, text
from bot.streaks.service import member_stats
from bot.warmup import service
from bot.warmup.cards import log_undone_card, logged_card, streak_line, warmup_card
from bot.warmup.rules import clicked_where_posted

GONE = "This button no longer does anything. Start a new /warmup."


async def log(app: App, *, guild_id: int, user_id: int, duration: int, when: str, source: str = "log",
              interaction_id: int | None = None) -> Card:
    """/log: log a drill done away from Discord; the reply names the day and the streak after it."""
    day = await service.log_drill(app, guild_id=guild_id, user_id=user_id, duration=duration, when=when,
                                  source=source, interaction_id=interaction_id)
    stats = await member_stats(app, guild_id, user_id)
    return logged_card(duration, day, stats.today, stats.streak.current)


async def undo_log(app: App, *, guild_id: int, user_id: int) -> Card:
    """/log undo: remove the member's last /log."""
    gone = await service.undo_last_log(app, guild_id=guild_id, user_id=user_id)
    stats = await member_stats(app, guild_id, user_id)
    return log_undone_card(gone.duration_s, gone.day, stats.today, stats.streak.current)


async def press(app: App, who: Presser, rest: str) -> Outcome:
    verb, _, arg = rest.partition(":")
    if verb == "technique":
        return Outcome(reply=app.coach.technique_card())
    if verb == "muscles":
        return Outcome(reply=app.coach.muscles_card())
    if verb in ("done", "team") and arg.isdigit():
        return await _complete(app, who, int(arg))
    return Outcome(reply=GONE)


async def _complete(app: App, who: Presser, session_id: int) -> Outcome:
    try:
        result = await service.complete(app, session_id, who.user_id, source=who.source, guild_id=who.guild_id,
                                        channel_id=who.channel_id, interaction_id=who.interaction_id)
    except Problem as exc:
        # A press after the window: the card may still look open (a restart missed its closing): close it.
        return Outcome(refused=exc, closed=await _ended_here(app, who, session_id))
    session = result.session
    if not result.logged:
        return Outcome(reply=text("Already logged ✅ — one check-in per warm-up", *_naming(who),
                                  ". See you tomorrow!"))
    stats = await member_stats(app, session.guild_id, who.user_id)
    streak = stats.streak.current
    if session.team:
        count = f"{result.checked_in} {'teammate' if result.checked_in == 1 else 'teammates'} so far."
        return Outcome(reply=text("✅ ", *_checked_in(who), f" {count} {streak_line(streak)}"), refresh=session)
    return Outcome(edit=warmup_card(session, done=True, streak=streak))


def _naming(who: Presser) -> tuple[str | Mention, ...]:
    """", NAME" where several members share a screen; nothing where the reply is the presser's alone."""
    return (", ", Mention("user", who.user_id)) if who.shared else ()


def _checked_in(who: Presser) -> tuple[str | Mention, ...]:
    return (Mention("user", who.user_id), " checked in!") if who.shared else ("Checked in!",)


async def _ended_here(app: App, who: Presser, session_id: int) -> service.Session | None:
    """The team session pressed here whose check-in window has ended, if that is what the press met."""
    with contextlib.suppress(Problem):
        session = await service.get_session(app, session_id)
        here = clicked_where_posted(session, who.guild_id, who.channel_id)
        if here and session.team and app.clock.now() >= session.closes_at:
            return session
    return None

