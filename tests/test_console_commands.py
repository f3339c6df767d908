"""One list of commands (bot.meta.commands): the commands the real bot registers with Discord (cogs loaded,
synced to the stand-in), Discord's /help, the console's handlers and the console's /help all agree with it."""

from __future__ import annotations

import io

from bot.app import App
from bot.console import Console, load_plugins
from bot.console.app import CONSOLE_ONLY
from bot.meta.commands import COMMANDS, leaf_commands
from bot.reminders import queries
from tests.harness import coach_bot
from tests.standin import FakeDiscord

SUBCOMMAND = 1  # Discord's option type for a subcommand


def _help_names(text: str) -> set[str]:
    """The command names a /help card lists ("/reminder add — …" → "/reminder add")."""
    return {line.split(" — ")[0].replace("**", "").strip() for line in text.splitlines() if " — " in line}


async def test_discord_tree_registry_and_console_list_the_same_commands(fake_discord: FakeDiscord,
                                                                       app: App) -> None:
    fake = fake_discord
    async with coach_bot(fake, app) as bot:
        # What the bot registered with Discord: names, subcommands and descriptions.
        registered = {c["name"]: c for c in fake.registered_commands()}
        discord_leaves = {cmd.qualified_name: cmd.description for cmd in bot.tree.walk_commands()
                          if not hasattr(cmd, "commands")}
        guild = fake.add_guild(name="Runners")
        user = fake.add_member(guild, name="maya")
        discord_help = (await (await fake.slash("help", user=user, guild=guild)).wait_response()).embeds[0]

    assert set(registered) == {spec.name for spec in COMMANDS}
    for spec in COMMANDS:
        subs = {o["name"]: o["description"] for o in registered[spec.name].get("options", [])
                if o["type"] == SUBCOMMAND}
        assert subs == {s.name: s.description for s in spec.subcommands}, spec.name
        assert registered[spec.name]["description"] == spec.description, spec.name
    assert discord_leaves == {c.name[1:]: c.description for c in leaf_commands()}

    # The console has a handler for every command and subcommand of the list, and nothing else but its own.
    console = Console(app, out=io.StringIO())
    load_plugins(console)
    assert set(console.commands) == {spec.name for spec in COMMANDS} | {"as", "recap"}
    for spec in COMMANDS:
        command = console.commands[spec.name]
        assert set(command.subcommands) - command.extras == {s.name for s in spec.subcommands}, spec.name
        assert (command.handler is None) == bool(spec.subcommands), spec.name

    # Both /help cards list exactly the same bot commands; the console adds only its own, marked as such.
    console.print(await console.handle("/help"))
    console_names = _help_names(console.out.getvalue())
    own = {c.name for c in CONSOLE_ONLY}
    assert console_names - own == _help_names(discord_help["description"]) == {c.name for c in leaf_commands()}
    assert own <= console_names


async def test_each_listed_command_answers_in_the_console(app: App) -> None:
    """No listed command is "Unknown command" (the failure the issue reports for /settings, /export, …)."""
    console = Console(app, out=io.StringIO())
    load_plugins(console)
    for info in leaf_commands():
        line = info.name + (" 1" if info.name.split()[-1] in {"remove", "pause", "resume", "test"} else "")
        reply = console.render(await console.handle(line))
        assert "Unknown command" not in reply and "Usage:" not in reply, (line, reply)


async def test_reminder_days_are_read_by_the_same_parser_in_both_front_ends(fake_discord: FakeDiscord,
                                                                          app: App) -> None:
    """"6pm tuesdays": Discord's time and days options and the console's one line give the same reminder."""
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    maya = fake.add_member(guild, name="maya")
    async with coach_bot(fake, app):
        ix = await fake.slash("remindme", subcommand="add", user=maya, guild=guild,
                              options={"time": "6pm", "days": "tuesdays", "timezone": "Europe/London"})
        assert "Reminder saved" in str((await ix.wait_response()).embeds[0])
    console = Console(app, out=io.StringIO())
    load_plugins(console)
    console.print(await console.handle("/remindme add 6pm tuesdays Europe/London"))
    assert "Reminder #2 added: next Tue" in console.out.getvalue()
    discord_r, console_r = await queries.get(app, 1), await queries.get(app, 2)
    assert discord_r is not None and console_r is not None
    assert (discord_r.hour, discord_r.minute, discord_r.days, discord_r.timezone) == \
        (console_r.hour, console_r.minute, console_r.days, console_r.timezone) == (18, 0, "tue", "Europe/London")
