"""A GitHub-contribution-style calendar heatmap of the last weeks, as PNG bytes (Pillow; CPU-bound, so the
front ends call it through ``asyncio.to_thread``)."""

from __future__ import annotations

import io
from collections.abc import Collection, Mapping
from datetime import date, timedelta
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from bot.streaks.queries import last_weeks

WEEKS = 12
CELL, GAP, LEFT, TOP, PAD = 26, 6, 64, 74, 22
BG, TEXT, MUTED = (30, 31, 34), (235, 236, 240), (148, 155, 164)
EMPTY = (48, 51, 58)
# 1, 2, 3, 4+ drills: the upper half of viridis. Luminance rises monotonically, so the ramp reads the same
# with any colour vision (and in greyscale); the first level is ≥ 3:1 against an empty day (tested), so a
# single drill is plainly visible.
LEVELS = ((33, 145, 140), (53, 183, 121), (144, 215, 67), (253, 231, 37))
FROZEN = (150, 200, 255)  # frozen days are hatched (a pattern, not just a hue)
TODAY_RING = (255, 255, 255)
FUTURE = (38, 40, 44)


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG relative luminance."""
    def lin(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's bundled font: no system font needed on the server.
    return ImageFont.load_default(size=size)


def _colour(drills: int) -> tuple[int, int, int]:
    return EMPTY if drills <= 0 else LEVELS[min(drills, len(LEVELS)) - 1]


def month_labels(today: date, weeks: int = WEEKS) -> list[tuple[int, str]]:
    """(column, "Mon") for each month starting inside the window, at the column holding its 1st — the
    current month always among them; the first column is labelled too when the next label is far enough."""
    first, _last = last_weeks(today, weeks)
    labels: list[tuple[int, str]] = []
    for col in range(weeks):
        monday = first + timedelta(days=7 * col)
        for i in range(7):
            day = monday + timedelta(days=i)
            if day.day == 1 and day <= today:
                labels.append((col, day.strftime("%b")))
    if not labels or labels[0][0] >= 3:
        labels.insert(0, (0, first.strftime("%b")))
    return labels


def _hatch(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=5, fill=EMPTY, outline=FROZEN, width=2)
    k = (x1 - x0) // 3  # three parallel diagonal strokes
    draw.line((x0 + 3, y1 - 3, x1 - 3, y0 + 3), fill=FROZEN, width=2)
    draw.line((x0 + 3 + k, y1 - 3, x1 - 3, y0 + 3 + k), fill=FROZEN, width=2)
    draw.line((x0 + 3, y1 - 3 - k, x1 - 3 - k, y0 + 3), fill=FROZEN, width=2)


def _ring(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int]) -> None:
    # Outside the cell, on the dark background: visible whatever the cell's own colour.
    x0, y0, x1, y1 = box
    draw.rounded_rectangle((x0 - 3, y0 - 3, x1 + 3, y1 + 3), radius=7, outline=TODAY_RING, width=2)


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

    for col, name in month_labels(today, weeks):
        draw.text((LEFT + col * (CELL + GAP), TOP - 24), name, fill=MUTED, font=small)

    for col in range(weeks):
        monday = first + timedelta(days=7 * col)
        x = LEFT + col * (CELL + GAP)
        for row in range(7):
            day = monday + timedelta(days=row)
            y = TOP + row * (CELL + GAP)
            box = (x, y, x + CELL - 1, y + CELL - 1)
            if day > today:
                draw.rounded_rectangle(box, radius=5, fill=FUTURE)
                continue
            if day in frozen_set and not day_counts.get(day):
                _hatch(draw, box)
            else:
                draw.rounded_rectangle(box, radius=5, fill=_colour(day_counts.get(day, 0)))
            if day == today:
                _ring(draw, box)

    # Legend: Less ■■■■■ More · ▨ streak freeze · ▢ today
    y = height - 40
    x = LEFT
    draw.text((x, y + 8), "Less", fill=MUTED, font=small, anchor="lm")
    x += 42
    for colour in (EMPTY, *LEVELS):
        draw.rounded_rectangle((x, y, x + 17, y + 17), radius=4, fill=colour)
        x += 22
    draw.text((x + 4, y + 8), "More", fill=MUTED, font=small, anchor="lm")
    x += 60
    _hatch(draw, (x, y, x + 17, y + 17))
    draw.text((x + 24, y + 8), "freeze", fill=MUTED, font=small, anchor="lm")
    x += 84
    draw.rounded_rectangle((x, y, x + 17, y + 17), radius=4, fill=EMPTY)
    _ring(draw, (x, y, x + 17, y + 17))
    draw.text((x + 26, y + 8), "today", fill=MUTED, font=small, anchor="lm")

    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False, compress_level=3)
    return out.getvalue()
