"""The weekly recap, the service the front ends call.

Posting exactly once: a due recap is first *claimed* (a conditional UPDATE moving ``last_week`` to this
week; only one process or restart can win it), then sent. If the send fails the claim is released so the
next check retries; the front end sends with a nonce derived from (guild, week), so a retry after a send
that did reach Discord is answered with the same message instead of a second one.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date, timedelta

from bot.app import App
from bot.cards import Card
from bot.recap.cards import recap_card
from bot.recap.chart import render_week
from bot.recap.queries import claim_due, get_recap, release, set_recap, week_attendance
from bot.recap.rules import WEEKDAYS, Recap, nonce_for

__all__ = ["WEEKDAYS", "Recap", "build_recap", "claim_due", "get_recap", "nonce_for", "release", "set_recap",
           "week_attendance"]


async def build_recap(app: App, guild_id: int, due_day: date) -> Card:
    """The recap posted on ``due_day``: the 7 days before it, with the members × days chart."""
    week = await week_attendance(app, guild_id, due_day - timedelta(days=7))
    png = await asyncio.to_thread(render_week, week)
    return replace(recap_card(week), image_png=png, image_name="weekly-recap.png")
