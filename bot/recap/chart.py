"""The weekly recap's picture: team members (rows) × the week's 7 days (columns), a cell filled for each day
a member drilled, the count on the right; under it a bar chart of the team's member-days in each of the last
weeks (this week's bar brightest). Same palette as the streak heatmap (colour-blind safe); an opaque dark
card with a light border, so it reads the same on Discord's dark and light themes."""

from __future__ import annotations

import io
from datetime import timedelta

from PIL import Image, ImageDraw

from bot.recap.queries import Week
from bot.streaks.heatmap import BG, EMPTY, LEVELS, MUTED, TEXT, _font

CELL, GAP, NAME_W, PAD, TOP, ROW = 28, 6, 190, 22, 78, 34
DRILLED = LEVELS[1]
BARS_H, BAR_TOP = 150, 40  # the weekly totals: section height, space for its title above the bars
BORDER = (88, 92, 102)


def render_week(week: Week, title: str = "Weekly recap") -> bytes:
    rows = week.rows or (("nobody drilled", frozenset()),)
    width = PAD + NAME_W + 7 * (CELL + GAP) + 60
    chart_top = TOP + len(rows) * ROW + 8
    height = chart_top + (BARS_H if week.history else 0) + PAD
    img = Image.new("RGB", (width, height), BG)
    draw = ImageDraw.Draw(img)
    small, big = _font(15), _font(20)
    last = week.first + timedelta(days=6)
    draw.text((PAD, 14), title, fill=TEXT, font=big)
    span = f"{week.first:%d %b} - {last:%d %b}"  # the bundled font has no en dash
    draw.text((width - PAD, 18), span, fill=MUTED, font=small, anchor="ra")
    for i in range(7):
        day = week.first + timedelta(days=i)
        x = PAD + NAME_W + i * (CELL + GAP) + CELL // 2
        draw.text((x, TOP - 26), day.strftime("%a"), fill=MUTED, font=small, anchor="mm")
        draw.text((x, TOP - 10), day.strftime("%d"), fill=MUTED, font=small, anchor="mm")
    for r, (name, days) in enumerate(rows):
        y = TOP + r * ROW
        shown = name if len(name) <= 22 else name[:21] + "…"
        draw.text((PAD, y + CELL // 2), shown, fill=TEXT if week.rows else MUTED, font=small, anchor="lm")
        for i in range(7):
            x = PAD + NAME_W + i * (CELL + GAP)
            draw.rounded_rectangle((x, y, x + CELL - 1, y + CELL - 1), radius=5,
                                   fill=DRILLED if i in days else EMPTY)
        if week.rows:
            draw.text((width - PAD, y + CELL // 2), f"{len(days)}/7", fill=MUTED, font=small, anchor="rm")
    if week.history:
        _totals(draw, week, chart_top, width)
    draw.rectangle((0, 0, width - 1, height - 1), outline=BORDER)
    out = io.BytesIO()
    img.save(out, format="PNG", compress_level=3)
    return out.getvalue()


def _totals(draw: ImageDraw.ImageDraw, week: Week, top: int, width: int) -> None:
    """Member-days per week, oldest left; the value above each bar, the week's Monday under it."""
    small = _font(15)
    draw.line((PAD, top, width - PAD, top), fill=EMPTY, width=1)
    draw.text((PAD, top + 12), f"Team member-days, last {len(week.history)} weeks", fill=TEXT, font=small)
    n = len(week.history)
    slot = (width - 2 * PAD) // n
    base, tallest = top + BARS_H - 24, max((t for _d, t in week.history), default=0) or 1
    usable = BARS_H - BAR_TOP - 24 - 18  # room for the bar and its value label
    for i, (monday, total) in enumerate(week.history):
        x0 = PAD + i * slot + slot // 4
        x1 = PAD + (i + 1) * slot - slot // 4
        h = round(usable * total / tallest)
        current = i == n - 1
        if total:
            draw.rounded_rectangle((x0, base - max(h, 3), x1, base), radius=4,
                                   fill=LEVELS[2] if current else LEVELS[0])
        else:
            draw.line((x0, base, x1, base), fill=EMPTY, width=3)
        cx = (x0 + x1) // 2
        draw.text((cx, base - max(h, 3) - 10), str(total), fill=TEXT if current else MUTED, font=small, anchor="mm")
        draw.text((cx, base + 12), f"{monday:%d %b}", fill=TEXT if current else MUTED, font=small, anchor="mm")
