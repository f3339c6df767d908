"""Button routing. Every button's custom_id is ``area:rest``; one DynamicItem matches them all and hands
the click to the handler the area's cog registered. Buttons therefore survive restarts (nothing is kept
per message) and a cog owns only its own handlers. Each handler asks the area's core ``press``
(bot/<feature>/actions.py, which the console calls too) and shows its Outcome (bot/discord/outcomes.py)."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import discord

log = logging.getLogger(__name__)

ActionHandler = Callable[[discord.Interaction, str], Awaitable[None]]


class ActionRegistry:
    def __init__(self) -> None:
        self._handlers: dict[str, ActionHandler] = {}

    def register(self, area: str, handler: ActionHandler) -> None:
        self._handlers[area] = handler

    def unregister(self, area: str) -> None:
        self._handlers.pop(area, None)

    def get(self, area: str) -> ActionHandler | None:
        return self._handlers.get(area)


ACTION_TEMPLATE = r"(?P<area>[a-z_]+):(?P<rest>.*)"


class ActionButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=ACTION_TEMPLATE):
    def __init__(self, item: discord.ui.Button[Any], area: str = "", rest: str = "") -> None:
        super().__init__(item)
        self.area, self.rest = area, rest

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ActionButton:
        assert isinstance(item, discord.ui.Button)
        return cls(item, match["area"], match["rest"])

    async def callback(self, interaction: discord.Interaction) -> None:
        registry: ActionRegistry | None = getattr(interaction.client, "actions", None)
        handler = registry.get(self.area) if registry else None
        if handler is None:
            log.warning("no handler for button area %r", self.area)
            await interaction.response.send_message(
                "This button no longer does anything. Try the slash command again.", ephemeral=True
            )
            return
        try:
            await handler(interaction, self.rest)
        except Exception as exc:  # the error handler shared with slash commands explains it to the user
            from bot.discord.errors import report_error

            await report_error(interaction, exc)
