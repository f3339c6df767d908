"""A button press's :class:`~bot.actions.Outcome` shown in Discord: the reply, the edit of the pressed card,
and the new team card's bookkeeping. The warm-up cog applies the team-card effects it owns (counts, closing)."""

from __future__ import annotations

import discord

from bot.actions import Outcome, Presser
from bot.app import App
from bot.cards import Card
from bot.discord.interactions import edit_kwargs, guild_of
from bot.discord.render import answer, discord_text, filled_deferral, respond, respond_text
from bot.warmup import service as warmup


def presser(interaction: discord.Interaction) -> Presser:
    return Presser(interaction.user.id, guild_of(interaction), interaction.channel_id, interaction.id)


async def show(interaction: discord.Interaction, app: App, outcome: Outcome) -> None:
    if outcome.refused is not None:
        raise outcome.refused  # the error handler shared with slash commands explains it
    if outcome.edit is not None:
        await _edit(interaction, outcome.edit)
    if isinstance(outcome.reply, Card):
        await respond(interaction, outcome.reply, ephemeral=not outcome.public)
    elif outcome.reply is not None:
        await respond_text(interaction, discord_text(outcome.reply), ephemeral=not outcome.public)
    if outcome.opened is not None:
        message = await interaction.original_response()
        await warmup.record_message(app, outcome.opened.id, message.channel.id, message.id)
        # The warm-up cog edits and closes team cards (it listens for this event).
        interaction.client.dispatch("team_warmup_posted", outcome.opened.id)


async def _edit(interaction: discord.Interaction, card: Card) -> None:
    if interaction.response.is_done():  # deferred while the core worked: the deferred answer becomes the card
        filled_deferral(interaction)
        await interaction.edit_original_response(**edit_kwargs(card))
    else:
        await answer(interaction, lambda: interaction.response.edit_message(**edit_kwargs(card)))
