"""What to do in each warm-up variation, and the cues shown on every warm-up card."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.cards import Problem


class Variation(StrEnum):
    IN_PLACE = "in_place"
    MOVING_FORWARD = "moving_forward"
    HIIT = "hiit"


@dataclass(frozen=True, slots=True)
class VariationInfo:
    label: str
    how: str


VARIATIONS: dict[Variation, VariationInfo] = {
    Variation.IN_PLACE: VariationInfo(
        "In place",
        "Jog on the spot and flick each heel up towards your glutes, alternating legs at a quick, steady rhythm. "
        "Arms swing naturally at your sides.",
    ),
    Variation.MOVING_FORWARD: VariationInfo(
        "Moving forward",
        "Travel forward 15–20 m with quick butt kicks, walk back to the start and go again. Keep the steps short: "
        "the heels come up, the knees stay under the hips.",
    ),
    Variation.HIIT: VariationInfo(
        "HIIT intervals",
        "Repeat 20 s of fast, hard butt kicks and 10 s of easy marching on the spot until the timer ends. "
        "Stay light on your feet in the fast bursts.",
    ),
}

CUES = (
    "Tall posture: chest up, eyes forward, a slight forward lean from the ankles.",
    "Heel to glute with the knee pointing down — don't let the knee swing forward.",
    "Quick, light contacts on the balls of your feet; arms drive in rhythm.",
)

DURATION_MIN, DURATION_MAX, DURATION_DEFAULT = 15, 180, 45


def parse_variation(value: str | Variation) -> Variation:
    text = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    for v, info in VARIATIONS.items():
        if text in {v.value, info.label.lower().replace(" ", "_")} or (text and v.value.startswith(text)):
            return v
    choices = ", ".join(info.label.lower() for info in VARIATIONS.values())
    raise Problem(f"I don't know the variation “{str(value)[:40]}”. Pick one of: {choices}.")


def check_duration(seconds: int) -> int:
    if not DURATION_MIN <= seconds <= DURATION_MAX:
        raise Problem(f"A warm-up lasts between {DURATION_MIN} and {DURATION_MAX} seconds "
                      f"(you asked for {seconds}). Try /warmup duration:45.")
    return seconds
