"""The weekly recap's picture: team members (rows) × the week's 7 days (columns), a cell filled for each day
a member drilled, the count on the right. Same palette as the streak heatmap (colour-blind safe)."""

from __future__ import annotations

import io
from datetime import timedelta

from PIL import Image, ImageDraw

from bot.recap.queries import Week
from bot.streaks.heatmap import BG, EMPTY, LEVELS, MUTED, TEXT, _font

CELL, GAP, NAME_W, PAD, TOP, ROW = 28, 6, 190, 22, 78, 34
DRILLED = LEVELS[1]


def render_week(week: Week, title: str = "Weekly recap") -> bytes:
    rows = week.rows or (("nobody drilled this week", frozenset()),)
    width = PAD + NAME_W + 7 * (CELL + GAP) + 60
    height = TOP + len(rows) * ROW + PAD
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
    out = io.BytesIO()
    img.save(out, format="PNG", compress_level=3)
    return out.getvalue()
