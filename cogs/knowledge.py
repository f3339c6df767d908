"""Questions: /ask (with autocomplete), mentions and DMs, /muscles, /technique, and their buttons."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cards import Card, Problem
from bot.discord.errors import message_for
from bot.discord.interactions import guild_of, within_deadline
from bot.discord.outcomes import presser, show
from bot.discord.render import message_kwargs, respond
from bot.knowledge import actions
from bot.knowledge.ask import AskContext, ask
from bot.warmup.service import DM_GUILD_ID
from cogs.meta import registered_commands
from db.engine import DatabaseUnavailable

if TYPE_CHECKING:
    from bot.discord.client import CoachBot
    from bot.knowledge.coach import Coach

log = logging.getLogger(__name__)

# Mention-questions per member: enough for a conversation, not enough to make the bot spam a channel.
MENTION_RATE, MENTION_PER_SECONDS = 5, 30.0
MAX_QUESTION_CHARS = 4000


class Knowledge(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.cooldown = commands.CooldownMapping.from_cooldown(
            MENTION_RATE, MENTION_PER_SECONDS, commands.BucketType.user
        )

    async def cog_load(self) -> None:
        self.bot.actions.register("coach", self.on_button)
        # Load the knowledge base at start, not on the first question, and compile its patterns in a thread
        # meanwhile (the first answer would otherwise pay for them).
        self._warming = asyncio.get_running_loop().run_in_executor(None, _warm, self.bot.app.coach)

    async def cog_unload(self) -> None:
        self.bot.actions.unregister("coach")

    @app_commands.command(name="ask", description="Ask the coach about butt kicks: muscles, technique, dosage…")
    @app_commands.describe(question="Your question, e.g. “what muscles do butt kicks work?”")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 1000]) -> None:
        # "what's my streak" reads the database: give it the same deadline handling as /streak
        context = AskContext(interaction.user.id, guild_of(interaction), registered_commands(self.bot.tree))
        card = await within_deadline(interaction, self._answer(question, context), ephemeral=False)
        await respond(interaction, card)

    async def _answer(self, question: str, context: AskContext) -> Card:
        # A question that arrives while the start-up compile is still running waits for it here, off the event
        # loop: answering would otherwise compile the patterns on the loop itself, and on a busy machine that
        # blocks past Discord's 3-second limit with no chance to defer.
        await asyncio.shield(self._warming)
        return await ask(self.bot.app, question, context)

    @ask.autocomplete("question")
    async def ask_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=q, value=q) for q in self.bot.app.coach.suggest(current, limit=25)]

    @app_commands.command(name="muscles", description="The muscles butt kicks work, with a diagram")
    async def muscles(self, interaction: discord.Interaction) -> None:
        await respond(interaction, self.bot.app.coach.muscles_card())

    @app_commands.command(name="technique", description="Technique cues and the common mistakes, with fixes")
    async def technique(self, interaction: discord.Interaction) -> None:
        await respond(interaction, self.bot.app.coach.technique_card())

    async def on_button(self, interaction: discord.Interaction, rest: str) -> None:
        await show(interaction, self.bot.app, await actions.press(self.bot.app, presser(interaction), rest))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer messages that mention the bot, and DMs. Needs no privileged intent: Discord sends the text
        of messages that mention the bot and of DMs without message-content access."""
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return
        is_dm = message.guild is None
        if not is_dm and me not in message.mentions:
            return
        if self.cooldown.update_rate_limit(message):
            return  # quietly ignore a flood rather than answering it
        question = strip_bot_mention(message.content[:MAX_QUESTION_CHARS], me.id)
        guild_id = message.guild.id if message.guild else DM_GUILD_ID
        context = AskContext(message.author.id, guild_id, registered_commands(self.bot.tree))
        try:
            card = await self._answer(question, context)
        except (Problem, DatabaseUnavailable) as exc:  # no interaction to report to: say it in the reply
            card = Card(title="Sorry, that didn't work", lines=(message_for(exc),), declined=True)
        try:
            await message.reply(mention_author=False, **message_kwargs(card))
        except discord.Forbidden:
            log.info("no permission to answer in channel %s", message.channel.id)
        except discord.HTTPException as exc:
            log.warning("could not answer a question in channel %s: %s", message.channel.id, exc)


def strip_bot_mention(content: str, bot_id: int) -> str:
    return re.sub(rf"<@!?{bot_id}>", " ", content).strip()


def _warm(coach: Coach) -> None:
    try:
        coach.warm()
    except Exception:  # a bad pattern: the question that reaches it gets the error handler's answer
        log.exception("could not compile the knowledge base's patterns")


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(Knowledge(bot))
