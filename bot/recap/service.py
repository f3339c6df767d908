"""The weekly recap: settings, when it is due, the once-per-week claim, and what it says.

Posting exactly once: a due recap is first *claimed* (a conditional UPDATE moving ``last_week`` to this
week; only one process or restart can win it) and, in the same transaction, recorded *sending* in the
``recap_posts`` outbox (bot/recap/queries.py: claim_week); bot/recap/delivery.py sends it (nonce per
(guild, week)), records *sent* with the message id, and re-sends a claim left unconfirmed (the reminders'
outbox machinery).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date, timedelta

from bot.app import App
from bot.cards import Card
from bot.recap import queries
from bot.recap.cards import recap_card
from bot.recap.chart import render_week
from bot.recap.queries import Week
from bot.recap.rules import WEEKDAYS, Recap, due_week, parse_weekday
from bot.settings.service import get_settings
from bot.streaks.days import local_day, zone

__all__ = ["WEEKDAYS", "Recap", "Week", "build_recap", "claim_due", "get_recap", "parse_weekday", "preview_recap",
           "set_recap", "week_attendance"]

HISTORY_WEEKS = 6  # the team totals under the chart: member-days in each of the last weeks


async def set_recap(app: App, guild_id: int, channel_id: int | None, weekday: int = 0, hour: int = 18,
                    minute: int = 0, role_id: int | None = None) -> Recap | None:
    """Turn the recap on (or move it); ``channel_id`` None turns it off. Changing the time does not repost
    a week already posted. ``role_id``: the one role the post pings (None: it pings nobody)."""
    return await queries.write(app, guild_id, channel_id, weekday, hour, minute, role_id)


async def get_recap(app: App, guild_id: int) -> Recap | None:
    return await queries.read(app, guild_id)


async def claim_due(app: App, guild_ids: set[int] | None = None, *,
                    claimer: str = "") -> list[tuple[Recap, date, date]]:
    """Recaps due now (of ``guild_ids``, the guilds this process serves), each claimed for its week and
    recorded *sending* (held by ``claimer``) in the outbox.

    Returns (recap, week Monday, posting day) for the claims this caller won; a lost race returns nothing.
    """
    now = app.clock.now()
    won: list[tuple[Recap, date, date]] = []
    for recap in await queries.every_recap(app):
        if guild_ids is not None and recap.guild_id not in guild_ids:
            continue
        settings = await get_settings(app, recap.guild_id)
        due = due_week(recap, now, settings.timezone)
        if due is None:
            continue
        monday, moment = due
        if await queries.claim_week(app, recap.guild_id, monday, claimer=claimer, now=now):
            won.append((recap, monday, moment.date()))
    return won


async def week_attendance(app: App, guild_id: int, first: date, *, history: int = HISTORY_WEEKS) -> Week:
    """Who of the team drilled on which of the 7 days from ``first`` (role holders per the roster, or
    everyone when no team role is set), and the team's member-days in the ``history`` 7-day spans ending
    with this one."""
    settings = await get_settings(app, guild_id)
    return await queries.week_attendance(app, guild_id, first, settings.team_role_id, history)


async def build_recap(app: App, guild_id: int, due_day: date, posting_week: date | None = None) -> Card:
    """The recap posted on ``due_day``: the 7 days before it, with the members × days chart and the last
    weeks' team totals. ``posting_week`` (the claimed week) goes into the footer marker."""
    week = await week_attendance(app, guild_id, due_day - timedelta(days=7))
    png = await asyncio.to_thread(render_week, week)
    return replace(recap_card(week, posting_week), image_png=png, image_name="weekly-recap.png")


async def preview_recap(app: App, guild_id: int) -> Card:
    """This week's recap now (the console's /recap): the 7 days up to and including today in the server's
    zone, with its PNG (``card.image_png``). Posts nothing and claims nothing."""
    settings = await get_settings(app, guild_id)
    today = local_day(app.clock.now(), zone(settings.timezone))
    return await build_recap(app, guild_id, today + timedelta(days=1))
