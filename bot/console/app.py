"""The local console: the coach in a terminal, through the same core as the Discord cogs.

``printf '/help\n/ask what muscles?\n' | python -m bot console`` works: it reads stdin line by line and exits
at end of input. Each feature registers its commands from its own module (``PLUGINS``); the set of commands
is checked against bot.meta.commands, the list Discord's tree is checked against too. Several members can
type (``/as NAME``), buttons are pressed by number or label, and reminders and recaps fire while it runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import os
import signal
import sys
import threading
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from bot.actions import Outcome, Presser
from bot.app import App, CommandInfo, help_card
from bot.cards import Button, Card, Format, Line, Problem, render_line
from bot.config import Config
from bot.console.outcomes import shown
from bot.console.render import card_text, sorry, text_format
from bot.meta.commands import BY_NAME, leaf_commands
from bot.roster.service import roster_of
from db.engine import DatabaseUnavailable

Result = Card | Line | list[Card | Line] | None
Handler = Callable[["Console", str], Awaitable[Result]]
# A button area's core handler, the one Discord's cog calls too: (app, who pressed, the custom id after "area:").
ActionHandler = Callable[[App, Presser, str], Awaitable[Outcome]]

# Modules with a ``register(console)`` function; each adds the commands of one feature.
PLUGINS = ["bot.console.meta", "bot.console.knowledge", "bot.console.warmup", "bot.console.streaks",
           "bot.console.reminders", "bot.console.settings", "bot.console.privacy", "bot.console.recap"]

# The console is its own little server with one channel (a team warm-up needs a server: guild 0 means DMs).
CONSOLE_GUILD_ID = 1
CONSOLE_CHANNEL_ID = 1
# Ids for the names typed in the console, the same in every run (the database keeps them between runs).
USER_ID_BASE = 10_000
ROLE_ID_BASE = 5_000_000_000
RECENT_CARDS = 20  # cards whose buttons can still be pressed

# Commands only the console has (its own /help lists them apart from the bot's).
CONSOLE_ONLY = (
    CommandInfo("/as", "type as another member, created on first use · /as NAME [coach] [role:ROLE]"),
    CommandInfo("(a number or label)", "press that button on the newest card that has it, e.g. 1 or done"),
    CommandInfo("/reminder due", "send what is due now (the live scheduler does this by itself)"),
    CommandInfo("/recap", "this week's team recap now, with its chart (posts nothing)"),
    CommandInfo("/quit", "leave the console (Ctrl-D or Ctrl-C too)"),
)


def _stable_id(name: str, base: int) -> int:
    return base + zlib.crc32(name.encode())


def is_console_user(user_id: int) -> bool:
    """Console members have small ids (1, or USER_ID_BASE plus a CRC-32); Discord's snowflakes are far larger."""
    return user_id == 1 or USER_ID_BASE <= user_id < USER_ID_BASE + 2**32


@dataclass
class ConsoleCommand:
    name: str
    description: str
    handler: Handler | None = None
    subcommands: dict[str, Handler] = field(default_factory=dict)
    extras: frozenset[str] = frozenset()  # console-only subcommands (not in the Discord tree)


@dataclass
class Member:
    user_id: int
    name: str
    coach: bool = False  # like Discord's Manage Server permission
    roles: set[str] = field(default_factory=set)  # role names as typed


@dataclass
class Console:
    app: App
    out: TextIO = sys.stdout
    user_id: int = 1
    user_name: str = field(default_factory=lambda: os.environ.get("USER", "you"))
    guild_id: int = CONSOLE_GUILD_ID
    channel_id: int = CONSOLE_CHANNEL_ID
    commands: dict[str, ConsoleCommand] = field(default_factory=dict)
    actions: dict[str, ActionHandler] = field(default_factory=dict)  # button areas, as in Discord's routing
    fallback: Handler | None = None  # what a line that is not a /command does (the coach answers it)
    members: dict[str, Member] = field(default_factory=dict)
    role_ids: dict[str, int] = field(default_factory=dict)  # role name (lower case) -> id
    role_names: dict[int, str] = field(default_factory=dict)  # id -> the name as first typed
    recent: list[Card] = field(default_factory=list)  # newest last: the cards with buttons
    background: list[Callable[[], Awaitable[None]]] = field(default_factory=list)  # started by run_console
    stoppers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    on_output: Callable[[], None] | None = None  # redraws the prompt after live output
    recap_every: float = 60.0  # seconds between weekly-recap checks (as the bot's recap cog)
    recap_tick: Callable[[], Awaitable[int]] | None = None  # posts the recaps due now (bot.console.settings)

    def __post_init__(self) -> None:
        # Whoever runs the console owns this little server: a coach.
        self.members.setdefault(self.user_name.lower(), Member(self.user_id, self.user_name, coach=True))

    # -- members and roles ----------------------------------------------------------------------------

    @property
    def member(self) -> Member:
        for m in self.members.values():
            if m.user_id == self.user_id:
                return m
        raise LookupError(self.user_id)

    def switch(self, name: str, *, coach: bool | None = None, roles: set[str] | None = None) -> Member:
        key = name.strip().lower()
        member = self.members.get(key)
        if member is None:
            member = self.members[key] = Member(_stable_id(key, USER_ID_BASE), name.strip())
        if coach is not None:
            member.coach = coach
        if roles:
            member.roles |= roles
        self.user_id, self.user_name = member.user_id, member.name
        return member

    def role_id(self, name: str) -> int:
        shown = name.strip().lstrip("@")
        key = shown.lower()
        if key not in self.role_ids:
            self.role_ids[key] = _stable_id(key, ROLE_ID_BASE)
            self.role_names[self.role_ids[key]] = shown
        return self.role_ids[key]

    def member_role_ids(self, member: Member) -> set[int]:
        return {self.role_id(r) for r in member.roles}

    def find_member(self, name: str) -> Member:
        member = self.members.get(name.strip().lstrip("@").lower())
        if member is None:
            known = ", ".join(m.name for m in self.members.values())
            raise Problem(f"There is no member called “{name[:30]}” here (members: {known}). /as NAME adds one.")
        return member

    def name_of(self, user_id: int) -> str:
        return next((m.name for m in self.members.values() if m.user_id == user_id), f"user {user_id}")

    def role_name(self, role_id: int) -> str:
        return f"@{self.role_names[role_id]}" if role_id in self.role_names else f"@role {role_id}"

    async def is_coach(self) -> bool:
        from bot.settings.service import get_settings

        member = self.member
        if member.coach:
            return True
        coach_role = (await get_settings(self.app, self.guild_id)).coach_role_id
        return coach_role is not None and coach_role in self.member_role_ids(member)

    async def require_coach(self) -> None:
        if not await self.is_coach():
            raise Problem("Only coaches can do that: you need the Manage Server permission or the coach role. "
                          "(/as NAME coach makes a coach.)")

    # -- commands -------------------------------------------------------------------------------------

    def register(self, name: str, handler: Handler | None = None, *, subcommands: dict[str, Handler] | None = None,
                 extras: dict[str, Handler] | None = None, description: str = "") -> None:
        """``name`` is a command of bot.meta.commands (its description comes from there) or a console-only one."""
        spec = BY_NAME.get(name)
        self.commands[name] = ConsoleCommand(name, spec.description if spec else description, handler,
                                             {**(subcommands or {}), **(extras or {})}, frozenset(extras or ()))

    def help_infos(self) -> list[CommandInfo]:
        """The bot's commands (bot.meta.commands) that this console can run, then the console's own."""
        return [*(c for c in leaf_commands(console=True) if c.name.split()[0][1:] in self.commands), *CONSOLE_ONLY]

    def help(self) -> Card:
        return help_card(self.help_infos())

    async def handle(self, line: str) -> Result:
        line = line.strip()
        if not line:
            return None
        try:
            await self._seen()
            if not line.startswith("/"):
                button = self.find_button(line)
                if button is not None:
                    return await self.press(button)
                if line.strip("[] ").isdigit() and self.recent:
                    return (f"There is no button {line.strip('[] ')} on the newest card with buttons "
                            f"(it has 1 to {len(self.recent[-1].buttons)}).")
                if self.fallback is None:
                    return "Type /help to see what I can do."
                return await self.fallback(self, line)
            name, _, args = line[1:].partition(" ")
            command = self.commands.get(name.lower())
            if command is None:
                return f"Unknown command /{name}. Type /help to see what I can do."
            if command.subcommands:
                verb, _, rest = args.strip().partition(" ")
                sub = command.subcommands.get(verb.lower())
                if sub is None:
                    return f"Usage: /{command.name} " + " · ".join(
                        c.name.removeprefix(f"/{command.name} ") + c.description.partition(c.name)[2]
                        for c in self.help_infos() if c.name.startswith(f"/{command.name} "))
                return await sub(self, rest.strip())
            assert command.handler is not None
            return await command.handler(self, args.strip())
        except (Problem, DatabaseUnavailable) as exc:
            return sorry(exc)

    async def _seen(self) -> None:
        """As Discord shows the bot who typed: the roster learns the member's name and roles."""
        member = self.member
        with contextlib.suppress(DatabaseUnavailable):  # bookkeeping must not fail the command
            await roster_of(self.app).seen(self.guild_id, member.user_id, member.name, self.member_role_ids(member))

    # -- buttons --------------------------------------------------------------------------------------

    def find_button(self, text: str) -> Button | None:
        """``1`` is the first button of the newest card with buttons; ``done`` the newest button so labelled."""
        typed = text.strip().lower().lstrip("[").rstrip("]")
        if typed.isdigit():
            for card in reversed(self.recent):
                buttons = card.buttons
                if buttons:
                    n = int(typed)
                    return buttons[n - 1] if 1 <= n <= len(buttons) else None
            return None
        for card in reversed(self.recent):
            for b in card.buttons:
                if typed == b.label.lower():
                    return b
        return None

    def presser(self) -> Presser:
        """Whoever types now, in the console's channel; everyone reads one screen, so replies name them."""
        return Presser(self.user_id, self.guild_id, self.channel_id, source="console", shared=True)

    async def press(self, button: Button) -> Result:
        if button.disabled:
            return f"The {button.label} button is off on that card (it is done or closed)."
        area, _, rest = button.action.partition(":")
        handler = self.actions.get(area)
        if handler is None:
            return "This button no longer does anything. Try the command again."
        outcome = await handler(self.app, self.presser(), rest)
        if outcome.spent:  # Discord's edit took the buttons away: the printed card's are forgotten
            self.recent = [c for c in self.recent if button not in c.buttons]
        return shown(self, outcome)

    def with_picture(self, card: Card, what: str) -> Result:
        """A card whose picture a terminal cannot show: written under the data directory, its path printed."""
        if not card.image_png:
            return card
        path = self.app.config.data_dir / card.image_name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(card.image_png)
        return [card, f"({what} written to {path})"]

    # -- output ---------------------------------------------------------------------------------------

    def channel_name(self, channel_id: int) -> str:
        return "#console" if channel_id == self.channel_id else f"#channel {channel_id}"

    def text_format(self) -> Format:
        return text_format(now=self.app.clock.now(), user=self.name_of, role=self.role_name, channel=self.channel_name)

    def render(self, result: Result) -> str:
        """What ``print`` shows for a result: cards and lines with their members, roles, channels and moments
        as names and readable times (each item followed by a blank line)."""
        items = result if isinstance(result, list) else [result]
        fmt = self.text_format()
        return "".join((card_text(item, fmt) if isinstance(item, Card) else render_line(item, fmt)) + "\n\n"
                       for item in items if item is not None)

    def print(self, result: Result) -> None:
        items = result if isinstance(result, list) else [result]
        for item in items:
            if isinstance(item, Card) and item.buttons:
                self.recent = [*self.recent, item][-RECENT_CARDS:]
        self.out.write(self.render(result))
        self.out.flush()

    def print_live(self, result: Result) -> None:
        """Output nobody typed a command for (a reminder firing): the prompt is drawn again after it."""
        if self.on_output is not None:
            self.out.write("\r\x1b[K")  # over the prompt line; on_output draws it again below
        self.print(result)
        if self.on_output is not None:
            self.on_output()

    def spawn(self, work: Awaitable[Any], name: str) -> None:
        task: asyncio.Task[Any] = asyncio.ensure_future(work)
        task.set_name(name)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def stop(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        for stop in self.stoppers:
            await stop()


def load_plugins(console: Console) -> None:
    for module in PLUGINS:
        importlib.import_module(module).register(console)


# -- the loop -------------------------------------------------------------------------------------------------

_EOF = object()
_INTERRUPT = object()


def _start_reader(stdin: TextIO, queue: asyncio.Queue[object], loop: asyncio.AbstractEventLoop,
                  prompt: str | None, reading: threading.Event) -> threading.Event:
    """Read lines in a daemon thread: a Ctrl-C (handled on the loop) ends the console at once, without
    waiting for this read to return, and the thread dies with the process. With a prompt, the next line is
    read (and the prompt shown) only once the returned event is set: after the previous answer is printed.
    ``reading`` is set while the prompt is on screen (live output then draws it again)."""
    turn = threading.Event()
    turn.set()

    def read() -> None:
        while True:
            try:
                if prompt is not None:
                    turn.wait()
                    turn.clear()
                    reading.set()
                    try:
                        line: object = input(prompt) + "\n"  # readline's line editing and history
                    finally:
                        reading.clear()
                else:
                    line = stdin.readline() or _EOF
            except (EOFError, KeyboardInterrupt, OSError, ValueError):
                line = _EOF
            loop.call_soon_threadsafe(queue.put_nowait, line)
            if line is _EOF:
                return

    threading.Thread(target=read, name="console-input", daemon=True).start()
    return turn


def _setup_readline(history: Path) -> Callable[[], None]:
    """Arrow keys and history (``history`` keeps them across runs); returns what saves them."""
    try:
        import readline
    except ImportError:  # e.g. Windows without pyreadline
        return lambda: None
    readline.set_history_length(1000)
    with contextlib.suppress(OSError):
        readline.read_history_file(history)

    def save() -> None:
        with contextlib.suppress(OSError):
            history.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(history)

    return save


def _redraw(out: TextIO, prompt: str, reading: threading.Event) -> Callable[[], None]:
    def redraw() -> None:
        if not reading.is_set():
            return  # a command is running: its answer comes next, then the prompt
        try:
            import readline

            buffer = readline.get_line_buffer()
        except ImportError:
            buffer = ""
        out.write(prompt + buffer)
        out.flush()

    return redraw


async def run_console(config: Config, *, stdin: TextIO | None = None, out: TextIO | None = None,
                      recap_every: float = 60.0, app: App | None = None,
                      ready: Callable[[Console], None] | None = None) -> int:
    """The console until /quit, end of input or Ctrl-C (then exit status 0). Tests pass their own ``app``
    (a test clock) and ``ready``, which gets the console once its background work runs."""
    app = app or App(config)
    await app.start()
    console = Console(app, out=out or sys.stdout)
    load_plugins(console)
    stdin = stdin or sys.stdin
    interactive = stdin.isatty() and console.out.isatty()
    prompt = "> " if interactive else None
    save_history = _setup_readline(config.data_dir / "console_history") if interactive else (lambda: None)
    terminal = _terminal_state(stdin) if interactive else None
    if interactive:
        console.print("Butt Kick Coach console. Type /help for commands, a question to ask the coach, /quit to leave.")
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[object] = asyncio.Queue()
    interrupt_handled = False
    with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):  # not the main thread: no signals
        loop.add_signal_handler(signal.SIGINT, queue.put_nowait, _INTERRUPT)
        interrupt_handled = True
    app.start_scheduler()
    try:
        console.recap_every = recap_every
        for start in console.background:
            await start()
        reading = threading.Event()
        turn = _start_reader(stdin, queue, loop, prompt, reading)
        if ready is not None:
            ready(console)
        if interactive:
            console.on_output = _redraw(console.out, prompt or "", reading)
        await _serve(console, queue, turn, interactive)
    except (KeyboardInterrupt, asyncio.CancelledError):
        pass  # Ctrl-C where no handler could be installed: leave quietly too
    finally:
        if interrupt_handled:
            loop.remove_signal_handler(signal.SIGINT)
        console.on_output = None
        await console.stop()
        await app.close()
        save_history()
        if terminal is not None:
            terminal()
        console.out.flush()
    return 0


async def _serve(console: Console, queue: asyncio.Queue[object], turn: threading.Event, interactive: bool) -> None:
    """Answer each line read until /quit, /exit, end of input or Ctrl-C; ``turn`` lets the reader prompt again."""
    while True:
        line = await queue.get()
        if line is _EOF or line is _INTERRUPT:
            if interactive:
                console.out.write("\n")
            return
        assert isinstance(line, str)
        if line.strip() in {"/quit", "/exit"}:
            return
        console.print(await console.handle(line))
        turn.set()


def _terminal_state(stdin: TextIO) -> Callable[[], None] | None:
    """readline puts the terminal in raw mode while it reads; an exit mid-read must give it back as found."""
    try:
        import termios

        fd = stdin.fileno()
        saved = termios.tcgetattr(fd)
    except (ImportError, OSError, ValueError):
        return None

    def restore() -> None:
        with contextlib.suppress(OSError):
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)

    return restore
