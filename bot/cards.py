"""Plain data that the core returns and every front end renders.

The cogs turn a :class:`Card` into an embed and a view; the console turns it into text. Keeping it plain
(no discord.py types) is what lets the core run and be tested without Discord.

Members, roles, channels and moments are structured values (:class:`Mention`, :class:`Timestamp`), and so is
emphasis (:class:`Strong`) and text someone chose (:class:`Verbatim`, a display name), inside a :class:`Text`
line, never Discord markup: each front end renders them its own way (bot/discord/render.py as ``<@id>``,
``<t:…>``, ``**bold**`` and escaped markdown; the console as names, readable times and the text as it is, via
:class:`PlainFormat` or its own formatter).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Literal

MentionKind = Literal["user", "role", "channel"]
TimestampStyle = Literal["t", "T", "d", "D", "f", "F", "R"]  # Discord's styles; "R" is relative


@dataclass(frozen=True, slots=True)
class Mention:
    """A member, role or channel by id: Discord shows it as a mention, the console as a name."""

    kind: MentionKind
    id: int


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A moment: Discord shows it in the reader's own zone (``R`` ticks by itself), the console as text."""

    at: datetime
    style: TimestampStyle = "f"


@dataclass(frozen=True, slots=True)
class Verbatim:
    """Text someone chose (a display name) shown exactly as written, never read as markup (Discord escapes
    its markdown, so a name like ``*_x_*`` cannot restyle a card)."""

    text: str


@dataclass(frozen=True, slots=True)
class Strong:
    """Text that should stand out (a count, a command, a name): Discord shows it bold, the console as it is.
    A name someone chose goes in as ``Strong(Verbatim(name))``."""

    text: str | Verbatim

    @property
    def plain(self) -> str:
        return self.text.text if isinstance(self.text, Verbatim) else self.text


@dataclass(frozen=True, slots=True)
class MessageRef:
    """A message the bot posted, by ids: Discord shows a link that jumps to it, the console names its channel."""

    guild_id: int | None
    channel_id: int
    message_id: int


Structured = Mention | Timestamp | Strong | Verbatim | MessageRef
Part = str | Structured
Format = Callable[[Structured], str]  # how a front end shows a structured part


@dataclass(frozen=True, slots=True)
class Text:
    """A line made of plain strings and structured parts. ``str(text)`` is the plain rendering."""

    parts: tuple[Part, ...]

    def render(self, fmt: Format) -> str:
        return "".join(p if isinstance(p, str) else fmt(p) for p in self.parts)

    def __str__(self) -> str:
        return self.render(PlainFormat())

    def __contains__(self, needle: str) -> bool:
        return needle in str(self)


Line = str | Text


def text(*parts: Part) -> Line:
    """A line from parts: a plain ``str`` when every part is one, else a :class:`Text`."""
    if all(isinstance(p, str) for p in parts):
        return "".join(p for p in parts if isinstance(p, str))
    return Text(tuple(p for p in parts if p != ""))


def join(sep: str, items: Iterable[Part | Text]) -> Line:
    """``sep.join`` for lines that may hold structured parts."""
    parts: list[Part] = []
    for i, item in enumerate(items):
        if i:
            parts.append(sep)
        parts.extend(item.parts if isinstance(item, Text) else (item,))
    return text(*parts)


def render_line(line: Line, fmt: Format) -> str:
    return line if isinstance(line, str) else line.render(fmt)


def format_duration(seconds: int) -> str:
    days, rem = divmod(max(0, seconds), 86400)
    hours, rem = divmod(rem, 3600)
    minutes, secs = divmod(rem, 60)
    parts = [f"{days}d"] if days else []
    if days or hours:
        parts.append(f"{hours}h")
    if days or hours or minutes:
        parts.append(f"{minutes}m")
    parts.append(f"{secs}s")
    return " ".join(parts)


@dataclass(frozen=True)
class PlainFormat:
    """Readable text for terminals and logs: ``now`` makes relative times ("in 5m 0s"), ``names`` maps
    user ids to names, ``zone`` is where absolute times are shown (None: the machine's local zone)."""

    now: datetime | None = None
    names: Mapping[int, str] = field(default_factory=dict)
    zone: tzinfo | None = None

    def __call__(self, part: Structured) -> str:
        if isinstance(part, Strong):
            return part.plain
        if isinstance(part, Verbatim):
            return part.text
        if isinstance(part, MessageRef):
            return f"the card in #channel {part.channel_id}"
        if isinstance(part, Mention):
            if part.kind == "user":
                return self.names.get(part.id) or f"user {part.id}"
            return f"@role {part.id}" if part.kind == "role" else f"#channel {part.id}"
        if part.style == "R" and self.now is not None:
            seconds = int((part.at - self.now).total_seconds())
            span = format_duration(abs(seconds))
            return f"in {span}" if seconds >= 0 else f"{span} ago"
        return part.at.astimezone(self.zone).strftime("%a %Y-%m-%d %H:%M %Z")


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
    value: Line
    inline: bool = False


@dataclass(frozen=True)  # no slots: `Card.colour` must stay readable as the default colour
class Card:
    """What the bot shows: a titled card with lines of text, fields, buttons and optional picture.

    ``ephemeral`` marks replies meant only for the person who asked; ``declined`` marks a reply that
    says the bot cannot help (used by the Q&A evaluation and by front ends for styling).
    """

    title: str
    lines: tuple[Line, ...] = ()
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
        """The lines as plain text (PlainFormat); front ends render with their own format instead."""
        return "\n".join(str(line) for line in self.lines)

    def rendered(self, fmt: Format) -> Card:
        """This card with every structured line and field value turned into a string by ``fmt``."""
        return replace(self, lines=tuple(render_line(line, fmt) for line in self.lines),
                       fields=tuple(replace(f, value=render_line(f.value, fmt)) for f in self.fields))

    def as_text(self, fmt: Format | None = None) -> str:
        """Render for a terminal: the console and logs use this."""
        fmt = fmt or PlainFormat()
        out = [f"== {self.title} =="]
        out.extend(render_line(line, fmt) for line in self.lines)
        for f in self.fields:
            out.append(f"-- {f.name}: {render_line(f.value, fmt)}")
        if self.buttons:
            out.append("[" + "] [".join(b.label for b in self.buttons) + "]")
        if self.footer:
            out.append(f"({self.footer})")
        return "\n".join(out)


class Problem(Exception):
    """A user-facing error: a polite message that says what to do. Front ends show it ephemerally."""

    def __init__(self, message: Line) -> None:
        super().__init__(str(message))
        self.message = message


def error_card(message: Line) -> Card:
    return Card(title="Sorry", lines=(message,), colour=0xE74C3C, ephemeral=True)
