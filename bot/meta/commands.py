"""The one list of the coach's commands: the Discord tree and the console are both checked against it.

Every command the bot registers in Discord is here, with its subcommands and the description Discord shows
(tests/test_console_commands.py builds the real discord.py command tree and compares it with this list, and
the console registers a handler for every entry). /help in both front ends lists these lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.app import CommandInfo


@dataclass(frozen=True, slots=True)
class Sub:
    name: str
    description: str
    console_usage: str = ""


@dataclass(frozen=True, slots=True)
class CommandSpec:
    name: str  # as typed, without the slash: "warmup", "forget-me"
    description: str  # for a group: the group's; each subcommand has its own
    subcommands: tuple[Sub, ...] = ()
    console_usage: str = ""  # how the console spells the options (Discord shows its own option fields)


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("about", "Version, uptime, latency, database and counts"),
    CommandSpec("help", "Every command, one line each"),
    CommandSpec("ask", "Ask the coach about butt kicks: muscles, technique, dosage…",
                console_usage="QUESTION (or just type it)"),
    CommandSpec("muscles", "The muscles butt kicks work, with a diagram"),
    CommandSpec("technique", "Technique cues and the common mistakes, with fixes"),
    CommandSpec("warmup", "Start a guided butt-kick warm-up with a countdown",
                console_usage="[duration:SECONDS] [variation:in_place|moving_forward|hiit] [team:true]"),
    CommandSpec("log", "Log a butt-kick drill you did away from Discord (one a day)",
                console_usage="[SECONDS] [today|yesterday|2 days ago] · /log undo"),
    CommandSpec("streak", "Your streak (or a teammate's), freezes and a 12-week heatmap",
                console_usage="[member:NAME]"),
    CommandSpec("team", "The team streak, today's check-ins and the top 5"),
    CommandSpec("leaderboard", "Who drilled the most: this week, this month or all time",
                console_usage="[week|month|all]"),
    CommandSpec("reminder", "Warm-up reminders for the team (coaches)", (
        Sub("add", "Post a warm-up reminder on a schedule", "TIME [DAYS] [ZONE] [role:ROLE] [| TEXT]"),
        Sub("list", "This server's reminders and when each goes next"),
        Sub("remove", "Delete a reminder", "ID"),
        Sub("pause", "Stop a reminder for now", "ID"),
        Sub("resume", "Restart a paused or disabled reminder", "ID"),
        Sub("test", "Post a preview of a reminder now (pings nobody unless ping:true)", "ID"),
    )),
    CommandSpec("remindme", "Your own warm-up reminder, by direct message", (
        Sub("add", "A personal warm-up reminder by direct message", "TIME [DAYS] [ZONE]"),
        Sub("list", "Your personal reminders"),
        Sub("remove", "Delete one of your personal reminders", "ID"),
    )),
    CommandSpec("settings", "Server settings for the coach (coaches)", (
        Sub("timezone", "The team's time zone (IANA name, e.g. Europe/London)", "ZONE"),
        Sub("team_role", "Who counts as the team (leave empty: everyone)", "[ROLE]"),
        Sub("coach_role", "Who may start team warm-ups and change settings", "[ROLE]"),
        Sub("team_goal", "Members who must drill on a day for the team streak", "N"),
        Sub("team_window", "How long a team warm-up card takes check-ins", "MINUTES"),
        Sub("show", "Show this server's settings"),
        Sub("recap", "Post a weekly recap of the team's drills (leave channel empty: off)",
            "[WEEKDAY] [TIME] | off"),
    )),
    CommandSpec("export", "Download this server's drill log as CSV (coaches)"),
    CommandSpec("forget-me", "Delete your drills and data on this server"),
)

BY_NAME = {c.name: c for c in COMMANDS}


def leaf_commands(*, console: bool = False) -> list[CommandInfo]:
    """Every command as users type it ("/reminder add"), the shape /help lists and Discord's tree walks.
    ``console``: each description ends with how the console spells the options."""

    def info(name: str, description: str, usage: str) -> CommandInfo:
        return CommandInfo(name, f"{description} · {name} {usage}" if console and usage else description)

    infos: list[CommandInfo] = []
    for spec in COMMANDS:
        if spec.subcommands:
            infos.extend(info(f"/{spec.name} {sub.name}", sub.description, sub.console_usage)
                         for sub in spec.subcommands)
        else:
            infos.append(info(f"/{spec.name}", spec.description, spec.console_usage))
    return infos
