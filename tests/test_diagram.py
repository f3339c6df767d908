"""The /muscles diagram: sized for Discord, opaque, every muscle group in its own colour-blind-safe colour."""

from __future__ import annotations

import io
import time

from PIL import Image

from bot.knowledge import diagram


def _image() -> Image.Image:
    return Image.open(io.BytesIO(diagram.render_png()))


def _share(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 14) -> float:
    """Fraction of pixels within ``tolerance`` (per channel) of ``colour``."""
    rgb = image.convert("RGB")
    counts = rgb.getcolors(maxcolors=1 << 16) or []
    near = sum(n for n, c in counts if all(abs(a - b) <= tolerance for a, b in zip(c, colour, strict=True)))
    return near / (rgb.width * rgb.height)


def test_sized_for_discord_and_opaque() -> None:
    image = _image()
    assert 400 <= image.width <= 560 and image.height <= 560
    assert "transparency" not in image.info and image.mode in {"P", "RGB"}  # no see-through edges on dark themes
    corners = [image.convert("RGB").getpixel(p) for p in ((5, 5), (image.width - 6, image.height - 6))]
    assert corners == [diagram.CARD, diagram.CARD]


def test_every_group_is_drawn_in_its_own_colour() -> None:
    image = _image()
    groups = {"biceps femoris": diagram.HAM_BICEPS, "semitendinosus": diagram.HAM_SEMITEND,
              "semimembranosus": diagram.HAM_SEMIMEMB, "gluteus maximus": diagram.GLUTE, "calves": diagram.CALF,
              "quadriceps": diagram.QUAD, "quadriceps (vasti)": diagram.QUAD_DARK}
    for name, colour in groups.items():
        assert _share(image, colour) > 0.004, name  # a visible area, not just the legend swatch
    colours = list(groups.values())
    for i, a in enumerate(colours):  # clearly distinct from each other
        for b in colours[i + 1:]:
            assert sum(abs(x - y) for x, y in zip(a, b, strict=True)) > 60, (a, b)


def test_renders_quickly_and_deterministically() -> None:
    png = diagram.render_png()
    diagram.render_png.cache_clear()
    start = time.perf_counter()
    again = diagram.render_png()
    assert time.perf_counter() - start < 2.0 and again == png and len(png) < 100_000
