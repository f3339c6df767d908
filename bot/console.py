"""The local console: chat with the coach in a terminal, through the same core as the Discord cogs.

``printf '/help\n/ask what muscles?\n' | python -m bot console`` works: it reads stdin line by line and
exits at end of input. Each area of the coach registers its commands from its own module (``PLUGINS``).
"""

from __future__ import annotations

import asyncio
import importlib
import os
import re
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TextIO

from bot.app import App, CommandInfo, format_duration, help_card
from bot.cards import Card, PlainFormat, Problem
from bot.config import Config
from bot.meta.service import about_card
from db.engine import DatabaseUnavailable

Result = Card | str | list[Card | str] | None
Handler = Callable[["Console", str], Awaitable[Result]]

# Modules with a ``register(console)`` function; each adds the commands of one area.
PLUGINS = ["bot.knowledge.console_commands", "bot.warmup.console_commands", "bot.streaks.console_commands",
           "bot.reminders.console_commands"]

CONSOLE_GUILD_ID = 0  # the console is its own little "server"

_TIMESTAMP = re.compile(r"<t:(-?\d{1,12})(?::([tTdDfFR]))?>")
_USER = re.compile(r"<@!?(\d{1,20})>")
_ROLE = re.compile(r"<@&(\d{1,20})>")
_CHANNEL = re.compile(r"<#(\d{1,20})>")


def _format_timestamp(unix: int, style: str, now: datetime) -> str:
    when = datetime.fromtimestamp(unix, tz=UTC).astimezone()  # the terminal's local zone
    if style == "R":
        seconds = int((when - now).total_seconds())
        span = format_duration(abs(seconds))
        return f"in {span}" if seconds >= 0 else f"{span} ago"
    return when.strftime("%a %Y-%m-%d %H:%M %Z")


@dataclass
class ConsoleCommand:
    name: str
    description: str
    handler: Handler


@dataclass
class Console:
    app: App
    out: TextIO = sys.stdout
    user_id: int = 1
    user_name: str = field(default_factory=lambda: os.environ.get("USER", "you"))
    guild_id: int = CONSOLE_GUILD_ID
    commands: dict[str, ConsoleCommand] = field(default_factory=dict)
    fallback: Handler | None = None  # what a line that is not a /command does (the coach answers it)

    def register(self, name: str, description: str, handler: Handler) -> None:
        self.commands[name] = ConsoleCommand(name, description, handler)

    def print(self, result: Result) -> None:
        items = result if isinstance(result, list) else [result]
        for item in items:
            if item is None:
                continue
            fmt = PlainFormat(now=self.app.clock.now(), names={self.user_id: self.user_name})
            text = item.as_text(fmt) if isinstance(item, Card) else item
            self.out.write(self.plain(text) + "\n\n")
        self.out.flush()

    def plain(self, text: str) -> str:
        """Discord markup a terminal cannot show: timestamps become times, mentions become names."""
        text = _TIMESTAMP.sub(lambda m: _format_timestamp(int(m[1]), m[2] or "f", self.app.clock.now()), text)
        text = _USER.sub(lambda m: self.user_name if int(m[1]) == self.user_id else f"user {m[1]}", text)
        text = _ROLE.sub(lambda m: f"@role {m[1]}", text)
        text = _CHANNEL.sub(lambda m: f"#channel {m[1]}", text)
        return text.replace("**", "")

    async def handle(self, line: str) -> Result:
        line = line.strip()
        if not line:
            return None
        if not line.startswith("/"):
            if self.fallback is None:
                return "Type /help to see what I can do."
            return await self.fallback(self, line)
        name, _, args = line[1:].partition(" ")
        command = self.commands.get(name.lower())
        if command is None:
            return f"Unknown command /{name}. Type /help to see what I can do."
        try:
            return await command.handler(self, args.strip())
        except (Problem, DatabaseUnavailable) as exc:
            return f"Sorry: {exc}"


def load_plugins(console: Console) -> None:
    async def help_(c: Console, _args: str) -> Result:
        infos = [CommandInfo(f"/{cmd.name}", cmd.description) for cmd in c.commands.values()]
        infos.append(CommandInfo("/quit", "leave the console"))
        return help_card(infos)

    async def about(c: Console, _args: str) -> Result:
        return await about_card(c.app)

    console.register("help", "list the commands", help_)
    console.register("about", "version, uptime, database and counts", about)
    for module in PLUGINS:
        importlib.import_module(module).register(console)


async def run_console(config: Config, *, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    app = App(config)
    await app.start()
    console = Console(app, out=out or sys.stdout)
    load_plugins(console)
    stdin = stdin or sys.stdin
    interactive = stdin.isatty()
    if interactive:
        console.print("Butt Kick Coach console. Type /help for commands, a question to ask the coach, /quit to leave.")
    app.start_scheduler()
    try:
        while True:
            if interactive:
                console.out.write("> ")
                console.out.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line or line.strip() in {"/quit", "/exit"}:
                break
            console.print(await console.handle(line))
    finally:
        await app.close()
    return 0
