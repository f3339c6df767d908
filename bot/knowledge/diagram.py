"""The /muscles diagram: what a coach would sketch for a team. Back and front views of the legs (smooth
silhouettes), the three hamstring heads doing the work, gluteus maximus and calves assisting, and the
quadriceps stretched on the front, with labels and a legend.

Drawn with Pillow from fixed coordinates (deterministic, no extra dependency): shapes are smoothed control
polygons drawn three times larger and scaled down, which gives anti-aliased edges. Colours are from the
Okabe-Ito palette (distinguishable with the common colour-vision deficiencies), and the three hamstring heads
differ in lightness as well as by label. Everything sits on an opaque light card, so it reads the same on
Discord's dark and light themes. Sized for the ~400-550 px Discord shows: text is 15 px or more at 540 px.
Rendered once and cached.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 540, 500
SS = 3  # supersampling factor: drawn at 3x, scaled down with a Lanczos filter

CARD = (248, 246, 241)
CARD_EDGE = (196, 188, 176)
SKIN = (228, 217, 203)
SKIN_LINE = (112, 98, 86)
TEXT = (30, 30, 30)
MUTED = (92, 86, 80)
SEAM = (250, 247, 242)  # the thin light line between neighbouring muscles

# Okabe-Ito: vermillion (hamstrings, in three lightness steps), reddish purple, bluish green, sky blue.
HAM_BICEPS = (213, 94, 0)
HAM_SEMITEND = (170, 66, 0)
HAM_SEMIMEMB = (236, 150, 96)
GLUTE = (204, 121, 167)
CALF = (0, 158, 115)
CALF_DEEP = (112, 196, 170)  # soleus, under the gastrocnemius
QUAD = (86, 180, 233)
QUAD_DARK = (0, 114, 178)
QUAD_LIGHT = (160, 212, 242)

Point = tuple[float, float]
Font = ImageFont.ImageFont | ImageFont.FreeTypeFont

# Shapes in design units of one figure: x 0..200 (the body's midline at 100), y 0 (waist) .. 400 (soles).
# Points listed twice stay sharp corners after smoothing. Left half only; the right half is mirrored.
_SILHOUETTE_LEFT: list[Point] = [
    (100, 0), (100, 0), (32, 0), (32, 0), (20, 24), (8, 62), (6, 100), (12, 140), (20, 180), (30, 220),
    (36, 246), (34, 262), (30, 292), (36, 320), (46, 348), (54, 368), (52, 386), (54, 398), (54, 398),
    (80, 398), (80, 398), (80, 380), (78, 366), (86, 330), (92, 298), (90, 270), (84, 248), (88, 210),
    (94, 168), (98, 140), (100, 130), (100, 130),
]
_GLUTE: list[Point] = [(100, 34), (76, 26), (44, 36), (22, 62), (14, 100), (24, 132), (56, 150), (100, 146)]
_BICEPS_FEMORIS: list[Point] = [(56, 124), (30, 132), (6, 168), (12, 216), (30, 250), (44, 264), (52, 240),
                                (52, 196), (58, 156)]
_SEMITENDINOSUS: list[Point] = [(58, 130), (54, 170), (56, 212), (68, 246), (78, 262), (76, 220), (74, 176),
                                (74, 134)]
_SEMIMEMBRANOSUS: list[Point] = [(76, 136), (78, 180), (80, 222), (84, 256), (94, 252), (98, 210), (98, 164),
                                 (92, 140)]
_SOLEUS: list[Point] = [(34, 266), (28, 300), (40, 340), (58, 360), (74, 360), (86, 338), (94, 300), (90, 268)]
_GASTROC_LATERAL: list[Point] = [(40, 250), (28, 282), (36, 322), (56, 338), (66, 320), (64, 270), (60, 252)]
_GASTROC_MEDIAL: list[Point] = [(66, 252), (66, 290), (70, 330), (80, 342), (94, 316), (96, 280), (86, 252)]
# Front view: rectus femoris down the middle, vastus lateralis outside, vastus medialis the teardrop inside.
_FRONT_SILHOUETTE_LEFT: list[Point] = [
    (100, 0), (100, 0), (32, 0), (32, 0), (18, 30), (8, 70), (8, 110), (14, 150), (24, 196), (34, 236),
    (36, 262), (34, 292), (40, 330), (50, 360), (52, 372), (40, 388), (40, 398), (40, 398), (88, 398),
    (88, 398), (86, 380), (82, 366), (86, 330), (92, 296), (90, 262), (86, 244), (90, 204), (96, 166),
    (100, 140), (100, 140),
]
_VASTUS_LATERALIS: list[Point] = [(24, 46), (2, 100), (4, 170), (22, 226), (46, 248), (50, 200), (42, 130),
                                  (36, 68)]
_RECTUS_FEMORIS: list[Point] = [(44, 36), (32, 100), (38, 170), (50, 222), (64, 242), (80, 210), (82, 150),
                                (74, 90), (60, 40)]
_VASTUS_MEDIALIS: list[Point] = [(84, 136), (68, 190), (62, 232), (78, 252), (98, 242), (100, 196), (96, 156)]
_PATELLA: list[Point] = [(52, 236), (56, 226), (66, 224), (76, 228), (80, 242), (72, 256), (60, 258), (52, 250)]


def _smooth(points: Sequence[Point], rounds: int = 4) -> list[Point]:
    """Chaikin corner cutting on a closed polygon: a smooth outline through the control points' hull."""
    pts = list(points)
    for _ in range(rounds):
        nxt: list[Point] = []
        for i, (x0, y0) in enumerate(pts):
            x1, y1 = pts[(i + 1) % len(pts)]
            nxt += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
        pts = nxt
    return pts


def _mirror(points: Sequence[Point]) -> list[Point]:
    return [(200 - x, y) for x, y in points]


def _whole(left_half: Sequence[Point]) -> list[Point]:
    """A symmetric outline from its left half (which runs from the top of the midline round to the crotch)."""
    return [*left_half, *reversed(_mirror(left_half))]


class _Canvas:
    """Design units → supersampled pixels for one figure placed at (x, y) with scale s (final pixels per unit)."""

    def __init__(self, draw: ImageDraw.ImageDraw, x: float, y: float, s: float) -> None:
        self.draw, self.x, self.y, self.s = draw, x, y, s

    def px(self, p: Point) -> tuple[float, float]:
        return ((self.x + p[0] * self.s) * SS, (self.y + p[1] * self.s) * SS)

    def final(self, p: Point) -> tuple[float, float]:
        """Where a design point lands in the final image (labels are placed in final pixels)."""
        return (self.x + p[0] * self.s, self.y + p[1] * self.s)

    def shape(self, points: Sequence[Point], fill: tuple[int, int, int], outline: tuple[int, int, int],
              width: float = 1.0, rounds: int = 4) -> None:
        self.draw.polygon([self.px(p) for p in _smooth(points, rounds)], fill=fill, outline=outline,
                          width=max(1, round(width * SS)))

    def both(self, points: Sequence[Point], fill: tuple[int, int, int], outline: tuple[int, int, int] = SEAM,
             width: float = 1.2) -> None:
        self.shape(points, fill, outline, width)
        self.shape(_mirror(points), fill, outline, width)

    def line(self, points: Sequence[Point], fill: tuple[int, int, int], width: float = 1.0) -> None:
        self.draw.line([self.px(p) for p in points], fill=fill, width=max(1, round(width * SS)), joint="curve")


def _font(size: int) -> Font:
    try:
        return ImageFont.load_default(size=size * SS)
    except (TypeError, OSError):  # Pillow built without FreeType: fall back to the bitmap font
        return ImageFont.load_default()


def _text(draw: ImageDraw.ImageDraw, xy: Point, text: str, font: Font, fill: tuple[int, int, int] = TEXT,
          bold: bool = False, anchor: str = "la") -> None:
    # The bundled font has no bold face: a thin stroke in the text colour stands in for it.
    draw.text((xy[0] * SS, xy[1] * SS), text, font=font, fill=fill, anchor=anchor,
              stroke_width=1 if bold else 0, stroke_fill=fill)


def _callout(draw: ImageDraw.ImageDraw, at: Point, label_xy: Point, lines: Sequence[str], font: Font,
             small: Font, colour: tuple[int, int, int]) -> None:
    """A leader line from a dot on the muscle to its label (the first line in bold, the rest muted)."""
    ax, ay = at
    lx, ly = label_xy
    elbow = (lx - 8, ly)
    draw.line([(ax * SS, ay * SS), (elbow[0] * SS, elbow[1] * SS), ((lx - 3) * SS, ly * SS)], fill=MUTED,
              width=SS, joint="curve")
    r = 3.2 * SS
    draw.ellipse([ax * SS - r, ay * SS - r, ax * SS + r, ay * SS + r], fill=colour, outline=TEXT, width=SS)
    _text(draw, (lx, ly), lines[0], font, bold=True, anchor="lm")
    for i, extra in enumerate(lines[1:], start=1):
        _text(draw, (lx, ly + 16 * i), extra, small, fill=MUTED, anchor="lm")


def _back_view(draw: ImageDraw.ImageDraw, fonts: dict[str, Font]) -> None:
    c = _Canvas(draw, 22, 62, 0.84)
    c.shape(_whole(_SILHOUETTE_LEFT), SKIN, SKIN_LINE, width=1.6)
    c.both(_SOLEUS, CALF_DEEP)  # first: the gastrocnemius covers its upper part
    c.both(_GASTROC_LATERAL, CALF)
    c.both(_GASTROC_MEDIAL, CALF)
    c.both(_BICEPS_FEMORIS, HAM_BICEPS)
    c.both(_SEMIMEMBRANOSUS, HAM_SEMIMEMB)
    c.both(_SEMITENDINOSUS, HAM_SEMITEND)
    c.both(_GLUTE, GLUTE)  # last: it overlaps where the hamstrings start, as on the body
    for side in (lambda p: p, lambda p: (200 - p[0], p[1])):
        c.line([side((66, 350)), side((66, 372)), side((67, 390))], SKIN_LINE, 1.2)  # Achilles tendon
    _text(draw, c.final((100, 408)), "BACK", fonts["caption"], fill=MUTED, bold=True, anchor="mt")

    # Labels to the right of the figure, pointing at the figure's right leg (the mirrored shapes).
    lx = 222

    def right(p: Point) -> Point:
        return c.final((200 - p[0], p[1]))

    _callout(draw, right((44, 80)), (lx, 96), ["Gluteus maximus", "assists: extends the hip"], fonts["label"],
             fonts["small"], GLUTE)
    _callout(draw, right((34, 196)), (lx, 170), ["Biceps femoris", "hamstring, outer side"], fonts["label"],
             fonts["small"], HAM_BICEPS)
    _callout(draw, right((64, 196)), (lx, 216), ["Semitendinosus", "hamstring, inner side"], fonts["label"],
             fonts["small"], HAM_SEMITEND)
    _callout(draw, right((88, 214)), (lx, 262), ["Semimembranosus", "hamstring, deepest, inner"], fonts["label"],
             fonts["small"], HAM_SEMIMEMB)
    _callout(draw, right((50, 296)), (lx, 316), ["Calves", "gastrocnemius, soleus"], fonts["label"],
             fonts["small"], CALF)


def _front_view(draw: ImageDraw.ImageDraw, fonts: dict[str, Font]) -> None:
    c = _Canvas(draw, 386, 104, 0.66)
    c.shape(_whole(_FRONT_SILHOUETTE_LEFT), SKIN, SKIN_LINE, width=1.6)
    c.both(_VASTUS_LATERALIS, QUAD_DARK)
    c.both(_RECTUS_FEMORIS, QUAD)
    c.both(_VASTUS_MEDIALIS, QUAD_DARK)
    c.both(_PATELLA, QUAD_LIGHT, SKIN_LINE, width=0.8)
    for side in (lambda p: p, lambda p: (200 - p[0], p[1])):
        c.line([side((64, 272)), side((66, 320)), side((70, 360))], SKIN_LINE, 1.0)  # the shin bone's edge
    _text(draw, c.final((100, 408)), "FRONT", fonts["caption"], fill=MUTED, bold=True, anchor="mt")
    # Label above the figure, its leader dropping straight onto the left thigh (no line across the body).
    dot = c.final((58, 110))
    lx = 392
    _text(draw, (lx, 46), "Quadriceps", fonts["label"], bold=True, anchor="lm")
    _text(draw, (lx, 63), "stretched as the", fonts["small"], fill=MUTED, anchor="lm")
    _text(draw, (lx, 79), "heel comes up", fonts["small"], fill=MUTED, anchor="lm")
    draw.line([dot[0] * SS, 90 * SS, dot[0] * SS, dot[1] * SS], fill=MUTED, width=SS)
    r = 3.2 * SS
    draw.ellipse([dot[0] * SS - r, dot[1] * SS - r, dot[0] * SS + r, dot[1] * SS + r], fill=QUAD, outline=TEXT,
                 width=SS)


def _legend(draw: ImageDraw.ImageDraw, fonts: dict[str, Font]) -> None:
    top = HEIGHT - 58
    draw.line([(16 * SS, (top - 8) * SS), ((WIDTH - 16) * SS, (top - 8) * SS)], fill=CARD_EDGE, width=SS)
    items = (((HAM_BICEPS, HAM_SEMITEND, HAM_SEMIMEMB), "Hamstrings (3 heads): do the work"),
             ((GLUTE,), "Gluteus maximus: assists"),
             ((CALF, CALF_DEEP), "Calves: assist"),
             ((QUAD_DARK, QUAD), "Quadriceps: stretched"))
    for i, (colours, text) in enumerate(items):
        x = 20 + (i % 2) * 262
        y = top + (i // 2) * 24
        w = 18 / len(colours)
        for j, colour in enumerate(colours):
            draw.rectangle([(x + j * w) * SS, y * SS, (x + (j + 1) * w) * SS, (y + 16) * SS], fill=colour)
        draw.rectangle([x * SS, y * SS, (x + 18) * SS, (y + 16) * SS], outline=TEXT, width=SS)
        _text(draw, (x + 25, y + 8), text, fonts["legend"], anchor="lm")


@lru_cache(maxsize=1)
def render_png() -> bytes:
    """The diagram as PNG bytes (cached: the drawing never changes while the bot runs)."""
    img = Image.new("RGB", (WIDTH * SS, HEIGHT * SS), CARD)
    draw = ImageDraw.Draw(img)
    # An opaque card with a visible edge: the same contrast on Discord's dark and light themes.
    draw.rectangle([0, 0, WIDTH * SS - 1, HEIGHT * SS - 1], outline=CARD_EDGE, width=2 * SS)
    fonts = {"title": _font(21), "label": _font(16), "small": _font(14), "legend": _font(15),
             "caption": _font(13)}
    _text(draw, (18, 16), "Butt kicks: the muscles at work", fonts["title"], bold=True)
    _back_view(draw, fonts)
    _front_view(draw, fonts)
    _legend(draw, fonts)
    small = img.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    # A palette keeps the file small; no timestamps/metadata, so the bytes are reproducible.
    small.quantize(colors=96, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, "PNG",
                                                                                            optimize=True)
    return out.getvalue()
