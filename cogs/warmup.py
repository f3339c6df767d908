"""/warmup and /log, and the warm-up card's buttons: thin wrappers over bot.warmup."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cards import Card, Problem
from bot.discord.checks import coach_role_of, member_is_coach
from bot.discord.interactions import guild_of, within_deadline
from bot.discord.outcomes import presser, show
from bot.discord.render import follow_up, message_kwargs, respond
from bot.discord.team_cards import TeamCards
from bot.warmup import actions
from bot.warmup import service as core
from bot.warmup.cards import warmup_card
from bot.warmup.rules import LOG_DAYS_BACK
from bot.warmup.variations import DURATION_DEFAULT, DURATION_MAX, DURATION_MIN, VARIATIONS, Variation

if TYPE_CHECKING:
    from bot.discord.client import CoachBot

log = logging.getLogger(__name__)

VARIATION_CHOICES = [app_commands.Choice(name=info.label.lower(), value=v.value) for v, info in VARIATIONS.items()]
Duration = app_commands.Range[int, DURATION_MIN, DURATION_MAX]


class Warmup(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.app = bot.app
        self.cards = TeamCards(bot, bot.app)

    async def cog_load(self) -> None:
        self.bot.actions.register("warmup", self.on_button)
        # Team cards posted before a restart still need their "closed" edit.
        try:
            for session in await core.open_team_sessions(self.app):
                self.cards.schedule_close(session)
        except Exception:  # the database may be briefly unavailable; clicks still work, cards close on click
            log.exception("could not reschedule team warm-up cards")

    async def cog_unload(self) -> None:
        self.bot.actions.unregister("warmup")
        await self.cards.stop()

    @commands.Cog.listener()
    async def on_team_warmup_posted(self, session_id: int) -> None:
        """A team card posted by another feature (a reminder's button): its check-in edits and closing."""
        self.cards.schedule_close(await core.get_session(self.app, session_id))

    @app_commands.command(name="warmup", description="Start a guided butt-kick warm-up with a countdown")
    @app_commands.describe(duration=f"Seconds ({DURATION_MIN}–{DURATION_MAX}, default {DURATION_DEFAULT})",
                           variation="How to do them", team="Post one card for the whole channel (coaches)")
    @app_commands.choices(variation=VARIATION_CHOICES)
    async def warmup(self, interaction: discord.Interaction, duration: Duration = DURATION_DEFAULT,
                     variation: app_commands.Choice[str] | None = None, team: bool = False) -> None:
        var = Variation(variation.value) if variation else Variation.IN_PLACE
        if team:
            await self._check_team_permission(interaction)
        session = await within_deadline(interaction, core.start_warmup(
            self.app, guild_id=guild_of(interaction), user_id=interaction.user.id, duration=duration,
            variation=var, team=team, channel_id=interaction.channel_id), ephemeral=False)
        card = warmup_card(session)
        message: object
        if interaction.response.is_done():
            message = await follow_up(interaction, ephemeral=False, **message_kwargs(card))
        else:
            callback = await interaction.response.send_message(**message_kwargs(card))
            message = callback.resource
        if team and isinstance(message, discord.Message):
            await core.record_message(self.app, session.id, message.channel.id, message.id)
            self.cards.schedule_close(await core.get_session(self.app, session.id))

    async def _check_team_permission(self, interaction: discord.Interaction) -> None:
        if interaction.guild_id is None:
            raise Problem("Team warm-ups happen in a server channel. Use /warmup team:true there.")
        coach_role = await coach_role_of(self.app, interaction.guild_id)
        if not member_is_coach(interaction.user, coach_role):
            raise Problem("Only coaches can start a team warm-up (Manage Server permission or the coach role). "
                          "Start your own with /warmup.")

    @app_commands.command(name="log", description="Log a butt-kick drill you did away from Discord (one a day)")
    @app_commands.describe(duration=f"Seconds ({DURATION_MIN}–{DURATION_MAX})",
                           when="today, yesterday, “2 days ago”, a weekday or a date (up to 6 days back)",
                           undo="True: remove your last /log instead")
    async def log_(self, interaction: discord.Interaction, duration: Duration = DURATION_DEFAULT,
                   when: app_commands.Range[str, 1, 40] = "today", undo: bool = False) -> None:
        guild_id, user_id = guild_of(interaction), interaction.user.id

        async def work() -> Card:
            if undo:
                return await actions.undo_log(self.app, guild_id=guild_id, user_id=user_id)
            return await actions.log(self.app, guild_id=guild_id, user_id=user_id, duration=duration, when=when,
                                     interaction_id=interaction.id)

        await respond(interaction, await within_deadline(interaction, work(), ephemeral=True))

    @log_.autocomplete("when")
    async def _when(self, _interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        options = ["today", "yesterday", *(f"{n} days ago" for n in range(2, LOG_DAYS_BACK + 1))]
        typed = current.strip().lower()
        return [app_commands.Choice(name=o, value=o) for o in options if o.startswith(typed)][:25]

    # -- buttons --------------------------------------------------------------------------------------------

    async def on_button(self, interaction: discord.Interaction, rest: str) -> None:
        outcome = await within_deadline(interaction, actions.press(self.app, presser(interaction), rest),
                                        ephemeral=True)
        if outcome.closed is not None:
            await self.cards.close_now(outcome.closed)
        if outcome.refresh is not None:
            self.cards.poke(outcome.refresh)
        await show(interaction, self.app, outcome)


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(Warmup(bot))
