"""Turn core :class:`~bot.cards.Card` objects into embeds, buttons and files, and send them."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import discord

from bot.cards import Button, ButtonStyle, Card, Line, MessageRef, Strong, Structured, Timestamp, Verbatim, render_line
from bot.discord.actions import ActionButton
from bot.discord.retry import is_transient, retry_delay

_STYLES = {
    ButtonStyle.PRIMARY: discord.ButtonStyle.primary,
    ButtonStyle.SECONDARY: discord.ButtonStyle.secondary,
    ButtonStyle.SUCCESS: discord.ButtonStyle.success,
    ButtonStyle.DANGER: discord.ButtonStyle.danger,
}

ALREADY_ACKNOWLEDGED = 40060  # Discord's code for a second callback to one interaction
ANSWER_TRIES = 4
ANSWER_WINDOW = 2.8  # seconds after the interaction was created within which a callback is still accepted

# Discord's limits (embeds: title 256, description 4096, 25 fields with values of 1024).
_TITLE, _DESC, _FIELDS, _FIELD_NAME, _FIELD_VALUE, _FOOTER = 256, 4096, 25, 256, 1024, 2048


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\*_~`|>[]"})


def escape(text: str) -> str:
    """Text with Discord markdown escaped (a display name like ``*_x_*`` must not restyle the card)."""
    return text.translate(_MARKDOWN)


def markup(part: Structured) -> str:
    """Discord's own markup for a structured part: the client shows names and the reader's local time."""
    if isinstance(part, Strong):
        return f"**{markup(part.text) if isinstance(part.text, Verbatim) else part.text}**"
    if isinstance(part, Verbatim):
        return escape(part.text)
    if isinstance(part, Timestamp):
        return f"<t:{int(part.at.timestamp())}:{part.style}>"
    if isinstance(part, MessageRef):  # a jump link; "@me" is Discord's path for direct messages
        return f"https://discord.com/channels/{part.guild_id or '@me'}/{part.channel_id}/{part.message_id}"
    prefix = {"user": "@", "role": "@&", "channel": "#"}[part.kind]
    return f"<{prefix}{part.id}>"


def discord_text(line: Line) -> str:
    return render_line(line, markup)


def embed_for(card: Card) -> discord.Embed:
    card = card.rendered(markup)
    embed = discord.Embed(
        title=_cut(card.title, _TITLE),
        description=_cut(card.description, _DESC) or None,
        colour=card.colour,
    )
    for f in card.fields[:_FIELDS]:
        value = _cut(discord_text(f.value) or "—", _FIELD_VALUE)
        embed.add_field(name=_cut(f.name, _FIELD_NAME), value=value, inline=f.inline)
    if card.footer:
        embed.set_footer(text=_cut(card.footer, _FOOTER))
    if card.image_png:
        embed.set_image(url=f"attachment://{card.image_name}")
    return embed


def view_for(buttons: tuple[Button, ...] | list[Button]) -> discord.ui.View | None:
    """All buttons are ActionButtons: routed by custom_id prefix, so they keep working after a restart
    without storing a View per message."""
    if not buttons:
        return None
    view = discord.ui.View(timeout=None)
    for i, b in enumerate(buttons[:25]):
        item: discord.ui.Button[discord.ui.View] = discord.ui.Button(
            label=_cut(b.label, 80), custom_id=b.action[:100], style=_STYLES[b.style], emoji=b.emoji,
            disabled=b.disabled, row=i // 5,
        )
        view.add_item(ActionButton(item))
    return view


def message_kwargs(card: Card, *, with_view: bool = True) -> dict[str, Any]:
    """Keyword arguments for send/edit/followup; mentions are always disabled (never ping from a card)."""
    kwargs: dict[str, Any] = {"embed": embed_for(card), "allowed_mentions": discord.AllowedMentions.none()}
    view = view_for(card.buttons) if with_view else None
    if view is not None:
        kwargs["view"] = view
    if card.image_png:
        kwargs["files"] = [discord.File(io.BytesIO(card.image_png), filename=card.image_name)]
    return kwargs


async def respond(interaction: discord.Interaction, card: Card, *, ephemeral: bool | None = None) -> None:
    """Answer an interaction with a card, whether or not it was deferred or already answered."""
    eph = card.ephemeral if ephemeral is None else ephemeral
    if interaction.response.is_done():
        await follow_up(interaction, ephemeral=eph, **message_kwargs(card))
    else:
        # Fresh kwargs per try: a discord.File is consumed by the upload.
        await answer(interaction, lambda: interaction.response.send_message(ephemeral=eph, **message_kwargs(card)))


async def respond_text(interaction: discord.Interaction, text: str, *, ephemeral: bool = True) -> None:
    kwargs: dict[str, Any] = {"ephemeral": ephemeral, "allowed_mentions": discord.AllowedMentions.none()}
    if interaction.response.is_done():
        await follow_up(interaction, content=text[:2000], **kwargs)
    else:
        await answer(interaction, lambda: interaction.response.send_message(text[:2000], **kwargs))


FILLED = "deferred answer filled"  # Interaction.extras key: the "thinking" message holds an answer now


async def follow_up(interaction: discord.Interaction, *, ephemeral: bool, **kwargs: Any) -> discord.Message | None:
    """An answer after the interaction's callback. After a deferral the first one fills the "thinking" message
    by an edit of @original: a repeated edit (discord.py resends a request whose answer was a 5xx, though it
    may have taken effect) lands once, where a repeated follow-up POST would post the answer twice. Later
    answers are follow-ups. Either way the deferral decided who sees it (Discord keeps its ephemerality)."""
    if (interaction.response.type is discord.InteractionResponseType.deferred_channel_message
            and not interaction.extras.get(FILLED)):
        interaction.extras[FILLED] = True
        files = kwargs.pop("files", None)
        return await interaction.edit_original_response(**kwargs, **({"attachments": files} if files else {}))
    return await interaction.followup.send(ephemeral=ephemeral, wait=True, **kwargs)


def filled_deferral(interaction: discord.Interaction) -> None:
    """Record that the deferred message was edited into an answer by other means (a pressed card's edit)."""
    interaction.extras[FILLED] = True


async def answer(interaction: discord.Interaction, call: Callable[[], Awaitable[Any]]) -> None:
    """Make the interaction's one callback (``call``), retrying a dropped connection (discord.py's webhook
    adapter retries a 5xx itself, not that) or a 5xx it gave up on, while Discord's 3-second window lasts.
    Safe to repeat: if an earlier try took effect and only its answer was lost, Discord refuses the next one
    as "already acknowledged", which therefore means delivered.

    Follow-up messages are not retried here: a lost answer to one may mean it was posted."""
    started = interaction.created_at.timestamp()
    for attempt in range(1, ANSWER_TRIES + 1):
        try:
            await call()
            return
        except discord.HTTPException as exc:
            if attempt > 1 and exc.code == ALREADY_ACKNOWLEDGED:
                return
            delay = retry_delay(exc, attempt) / 2
            if not is_transient(exc) or attempt == ANSWER_TRIES or time.time() + delay > started + ANSWER_WINDOW:
                raise
        except (TimeoutError, aiohttp.ClientError) as exc:
            delay = retry_delay(exc, attempt) / 2
            if attempt == ANSWER_TRIES or time.time() + delay > started + ANSWER_WINDOW:
                raise
        await asyncio.sleep(delay)
