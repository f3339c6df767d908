"""A GitHub-contribution-style calendar heatmap of the last weeks, as PNG bytes (Pillow; CPU-bound, so the
front ends call it through ``asyncio.to_thread``)."""

from __future__ import annotations

import io
from collections.abc import Collection, Mapping
from datetime import date, timedelta
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from bot.streaks.stats import last_weeks

WEEKS = 12
CELL, GAP, LEFT, TOP, PAD = 26, 6, 64, 74, 22
BG, TEXT, MUTED = (30, 31, 34), (235, 236, 240), (148, 155, 164)
EMPTY = (52, 55, 62)
GREENS = ((14, 68, 41), (0, 109, 50), (38, 166, 65), (57, 211, 83))  # 1, 2, 3, 4+ drills
FROZEN = (88, 166, 255)
TODAY_RING = (255, 255, 255)
FUTURE = (40, 42, 46)


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's bundled font: no system font needed on the server.
    return ImageFont.load_default(size=size)


def _colour(drills: int) -> tuple[int, int, int]:
    return EMPTY if drills <= 0 else GREENS[min(drills, len(GREENS)) - 1]


def render_heatmap(day_counts: Mapping[date, int], today: date, *, frozen: Collection[date] = (),
                   title: str = "", weeks: int = WEEKS) -> bytes:
    first, _last = last_weeks(today, weeks)
    width = LEFT + weeks * (CELL + GAP) - GAP + PAD
    height = TOP + 7 * (CELL + GAP) - GAP + 58
    img = Image.new("RGB", (width, height), BG)
    draw = ImageDraw.Draw(img)
    small, label = _font(15), _font(20)
    frozen_set = set(frozen)
    in_window = sum(n for d, n in day_counts.items() if first <= d <= today)

    draw.text((PAD, 14), title or "Last 12 weeks", fill=TEXT, font=label)
    summary = f"{in_window} drill{'s' if in_window != 1 else ''} in {weeks} weeks"
    draw.text((width - PAD, 18), summary, fill=MUTED, font=small, anchor="ra")

    for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")):
        y = TOP + row * (CELL + GAP) + CELL // 2
        draw.text((LEFT - 10, y), name, fill=MUTED, font=small, anchor="rm")

    last_month = None
    for col in range(weeks):
        monday = first + timedelta(days=7 * col)
        x = LEFT + col * (CELL + GAP)
        # Month label above a month's first column (the first column only if its month has room for it).
        if monday.month != last_month and (monday.day <= 7 or (col == 0 and monday.day <= 17)):
            draw.text((x, TOP - 24), monday.strftime("%b"), fill=MUTED, font=small)
            last_month = monday.month
        for row in range(7):
            day = monday + timedelta(days=row)
            y = TOP + row * (CELL + GAP)
            box = (x, y, x + CELL - 1, y + CELL - 1)
            if day > today:
                draw.rounded_rectangle(box, radius=5, fill=FUTURE)
                continue
            colour = FROZEN if day in frozen_set and not day_counts.get(day) else _colour(day_counts.get(day, 0))
            draw.rounded_rectangle(box, radius=5, fill=colour)
            if day == today:
                draw.rounded_rectangle(box, radius=5, outline=TODAY_RING, width=2)

    # Legend: Less ■■■■■ More · ■ frozen
    y = height - 40
    x = LEFT
    draw.text((x, y + CELL // 2 - 2), "Less", fill=MUTED, font=small, anchor="lm")
    x += 42
    for colour in (EMPTY, *GREENS):
        draw.rounded_rectangle((x, y, x + 17, y + 17), radius=4, fill=colour)
        x += 22
    draw.text((x + 4, y + 8), "More", fill=MUTED, font=small, anchor="lm")
    x += 64
    draw.rounded_rectangle((x, y, x + 17, y + 17), radius=4, fill=FROZEN)
    draw.text((x + 24, y + 8), "streak freeze", fill=MUTED, font=small, anchor="lm")

    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False, compress_level=3)
    return out.getvalue()
