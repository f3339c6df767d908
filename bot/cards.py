"""Plain data that the core returns and every front end renders.

The cogs turn a :class:`Card` into an embed and a view; the console turns it into text. Keeping it plain
(no discord.py types) is what lets the core run and be tested without Discord.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ButtonStyle(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    SUCCESS = "success"
    DANGER = "danger"


@dataclass(frozen=True, slots=True)
class Button:
    """A button on a card. ``action`` ("area:verb:args", <= 100 chars) becomes the ``custom_id``."""

    label: str
    action: str
    style: ButtonStyle = ButtonStyle.SECONDARY
    emoji: str | None = None
    disabled: bool = False


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)  # no slots: `Card.colour` must stay readable as the default colour
class Card:
    """What the bot shows: a titled card with lines of text, fields, buttons and optional picture.

    ``ephemeral`` marks replies meant only for the person who asked; ``declined`` marks a reply that
    says the bot cannot help (used by the Q&A evaluation and by front ends for styling).
    """

    title: str
    lines: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    buttons: tuple[Button, ...] = ()
    footer: str | None = None
    image_png: bytes | None = None
    image_name: str = "image.png"
    colour: int = 0xE67E22
    ephemeral: bool = False
    declined: bool = False

    @property
    def description(self) -> str:
        return "\n".join(self.lines)

    def as_text(self) -> str:
        """Render for a terminal: the console and logs use this."""
        out = [f"== {self.title} =="]
        out.extend(self.lines)
        for f in self.fields:
            out.append(f"-- {f.name}: {f.value}")
        if self.buttons:
            out.append("[" + "] [".join(b.label for b in self.buttons) + "]")
        if self.footer:
            out.append(f"({self.footer})")
        return "\n".join(out)


class Problem(Exception):
    """A user-facing error: a polite message that says what to do. Front ends show it ephemerally."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def error_card(message: str) -> Card:
    return Card(title="Sorry", lines=(message,), colour=0xE74C3C, ephemeral=True)
