"""A drawn muscle diagram for the /muscles card: back of the leg with the hamstrings highlighted,
glutes and calves as assistants, and a small front view with the stretched quadriceps.

Drawn with Pillow from fixed coordinates, so it is deterministic; rendered once and cached.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 520, 400
BACKGROUND = (250, 248, 244)
SKIN = (236, 214, 190)
OUTLINE = (120, 96, 80)
TEXT = (40, 40, 40)
PRIME = (214, 48, 49)  # hamstrings
ASSIST = (240, 147, 43)  # glutes, calves
STRETCH = (52, 120, 214)  # quadriceps

Point = tuple[int, int]


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow built without FreeType: fall back to the bitmap font
        return ImageFont.load_default()


def _leg(draw: ImageDraw.ImageDraw, x: int, y: int, s: float) -> None:
    """Leg silhouette (hip to foot) with its top-left corner at (x, y), scaled by s."""

    def p(px: float, py: float) -> Point:
        return (round(x + px * s), round(y + py * s))

    thigh = [p(0, 0), p(110, 0), p(100, 150), p(88, 175), p(22, 175), p(8, 150)]
    shin = [p(22, 170), p(88, 170), p(92, 220), p(78, 320), p(32, 320), p(18, 220)]
    foot = [p(30, 315), p(80, 315), p(86, 345), p(24, 345)]
    for shape in (thigh, shin, foot):
        draw.polygon(shape, fill=SKIN, outline=OUTLINE, width=2)
    draw.ellipse([p(36, 160), p(74, 188)], outline=OUTLINE, width=2)  # knee crease / kneecap


def _back_view(draw: ImageDraw.ImageDraw, small: ImageFont.ImageFont | ImageFont.FreeTypeFont) -> None:
    x, y, s = 70, 70, 0.85

    def p(px: float, py: float) -> Point:
        return (round(x + px * s), round(y + py * s))

    _leg(draw, x, y, s)
    draw.ellipse([p(-4, -34), p(114, 34)], fill=ASSIST, outline=OUTLINE, width=2)  # gluteus maximus
    # Three hamstrings side by side: semimembranosus, semitendinosus (inner), biceps femoris (outer).
    for left, right in ((14, 44), (42, 72), (70, 100)):
        draw.rounded_rectangle([p(left, 38), p(right, 160)], radius=round(14 * s), fill=PRIME, outline=OUTLINE)
    draw.ellipse([p(24, 185), p(86, 265)], fill=ASSIST, outline=OUTLINE, width=2)  # calf (gastrocnemius)
    labels = (
        ((118, -4), "Glutes (assist)"),
        ((118, 92), "Hamstrings (prime movers):"),
        ((118, 225), "Calves (assist)"),
    )
    for (lx, ly), text in labels:
        draw.line([p(lx - 14, ly + 8), p(lx + 2, ly + 8)], fill=OUTLINE, width=1)
        draw.text(p(lx + 6, ly), text, fill=TEXT, font=small)
    draw.text(p(124, 112), "biceps femoris,", fill=TEXT, font=small)
    draw.text(p(124, 128), "semitendinosus,", fill=TEXT, font=small)
    draw.text(p(124, 144), "semimembranosus", fill=TEXT, font=small)


def _front_inset(draw: ImageDraw.ImageDraw, small: ImageFont.ImageFont | ImageFont.FreeTypeFont) -> None:
    box = (350, 60, 500, 320)
    draw.rounded_rectangle(box, radius=10, outline=(190, 180, 170), width=2, fill=(255, 255, 255))
    draw.text((box[0] + 12, box[1] + 8), "Front view", fill=TEXT, font=small)
    x, y, s = 385, 100, 0.55
    _leg(draw, x, y, s)

    def p(px: float, py: float) -> Point:
        return (round(x + px * s), round(y + py * s))

    draw.rounded_rectangle([p(12, 6), p(98, 150)], radius=round(24 * s), fill=STRETCH, outline=OUTLINE)
    draw.text((box[0] + 12, box[3] - 28), "Quadriceps (stretched)", fill=TEXT, font=small)


def _legend(draw: ImageDraw.ImageDraw, small: ImageFont.ImageFont | ImageFont.FreeTypeFont) -> None:
    items = ((PRIME, "Prime movers"), (ASSIST, "Assistants"), (STRETCH, "Stretched"))
    x = 30
    for colour, text in items:
        draw.rectangle([x, HEIGHT - 38, x + 18, HEIGHT - 20], fill=colour, outline=OUTLINE)
        draw.text((x + 26, HEIGHT - 38), text, fill=TEXT, font=small)
        x += 160


@lru_cache(maxsize=1)
def render_png() -> bytes:
    """The diagram as PNG bytes (cached: the drawing never changes while the bot runs)."""
    img = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(img)
    title, small = _font(20), _font(13)
    draw.text((20, 14), "Butt kicks: back of the leg", fill=TEXT, font=title)
    _back_view(draw, small)
    _front_inset(draw, small)
    _legend(draw, small)
    out = io.BytesIO()
    # A small palette keeps the file tiny; no timestamps/metadata, so the bytes are reproducible.
    img.quantize(colors=32, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, "PNG", optimize=True)
    return out.getvalue()
