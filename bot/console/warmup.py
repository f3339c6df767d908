"""Console commands of the warm-up feature: /warmup (personal or team), /log (and /log undo), and the warm-up
card's buttons (Done, I did it, Technique, Muscles), on the same core as the Discord cogs."""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING

from bot.cards import Problem
from bot.warmup import actions
from bot.warmup import service as core
from bot.warmup.cards import warmup_card
from bot.warmup.variations import DURATION_DEFAULT

if TYPE_CHECKING:
    from bot.console.app import Console, Result

_TRUE = {"true", "yes", "1", "on"}
CLOSE_CHECK = 1.0  # seconds between looks at the clock while a team card is open


def _options(args: str) -> dict[str, str]:
    """``duration:60 variation:hiit team:true`` or positional ``60 hiit`` (the slash command's shapes)."""
    out: dict[str, str] = {}
    positional = ["duration", "variation"]
    for token in args.split():
        key, sep, value = token.partition(":")
        if sep:
            out[key.lower()] = value
        elif token.lower() == "team":
            out["team"] = "true"
        elif positional:
            out[positional.pop(0)] = token
    return out


def _int(value: str | None, default: int, name: str) -> int:
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise Problem(f"{name} must be a whole number of seconds, like 45.") from None


async def _warmup(console: Console, args: str) -> Result:
    opts = _options(args)
    unknown = set(opts) - {"duration", "variation", "team"}
    if unknown:
        raise Problem(f"/warmup has no option “{sorted(unknown)[0]}”. Options: duration, variation, team.")
    team = opts.get("team", "false").lower() in _TRUE
    if team and not await console.is_coach():
        raise Problem("Only coaches can start a team warm-up (Manage Server permission or the coach role). "
                      "Start your own with /warmup.")
    duration = _int(opts.get("duration"), DURATION_DEFAULT, "duration")
    if team:
        return await start_team(console, duration=duration, variation=opts.get("variation", "in_place"))
    session = await core.start_warmup(console.app, guild_id=console.guild_id, user_id=console.user_id,
                                      duration=duration, variation=opts.get("variation", "in_place"),
                                      channel_id=console.channel_id)
    return [warmup_card(session), "Press Done (or type 1) when you have finished."]


async def start_team(console: Console, *, duration: int = DURATION_DEFAULT, variation: str = "in_place") -> Result:
    """A team card in the console's channel (permission is the caller's check); it closes, with its final
    count, when its check-in window ends."""
    session = await core.start_warmup(console.app, guild_id=console.guild_id, user_id=console.user_id,
                                      duration=duration, variation=variation, team=True,
                                      channel_id=console.channel_id)
    return [warmup_card(session), track_team(console, session)]


def track_team(console: Console, session: core.Session) -> str:
    """A team card just printed: its closing is printed when its window ends."""
    console.spawn(_close_later(console, session), f"team-close-{session.id}")
    return "Everyone checks in with “I did it” (its number or label); /as NAME to type as a teammate."


async def _close_later(console: Console, session: core.Session) -> None:
    """As the bot edits a team card to "closed" when its window ends: say so, with the final count."""
    while True:  # the clock is read again each time: a test clock may jump
        left = (session.closes_at - console.app.clock.now()).total_seconds()
        if left <= 0:
            break
        await asyncio.sleep(min(left, CLOSE_CHECK))
    count = await core.checked_in(console.app, session.id)
    console.print_live(warmup_card(session, checked_in=count, closed=True))


_NUMBER = re.compile(r"^[+-]?\d+$")


def log_options(args: str) -> tuple[int, str, bool]:
    """``/log [seconds] [when]``: the first number not followed by "days" is the duration, the rest is *when*
    (``/log 60 2 days ago`` is 60 s two days ago, ``/log 2 days ago`` the default duration then);
    ``duration:60 when:yesterday`` and ``undo`` work too."""
    opts: dict[str, str] = {}
    rest: list[str] = []
    tokens = args.split()
    for i, token in enumerate(tokens):
        key, sep, value = token.partition(":")
        if sep and key.lower() in ("duration", "when", "undo"):
            opts[key.lower()] = value
        elif token.lower() == "undo":
            opts["undo"] = "true"
        elif _NUMBER.match(token) and "duration" not in opts and not (
                i + 1 < len(tokens) and tokens[i + 1].lower().rstrip("s") in ("day", "d")):
            opts["duration"] = token
        else:
            rest.append(token)
    when = opts.get("when") or " ".join(rest) or "today"
    raw = opts.get("duration")
    if raw is not None and not _NUMBER.match(raw):
        raise Problem(f"“{raw[:20]}” isn't a number of seconds. Try /log 45 or /log 45 yesterday.")
    duration = int(raw) if raw is not None else DURATION_DEFAULT
    return duration, when, opts.get("undo", "").lower() in ("true", "1", "yes")


async def _log(console: Console, args: str) -> Result:
    duration, when, undo = log_options(args)
    app, guild_id, user_id = console.app, console.guild_id, console.user_id
    if undo:
        return await actions.undo_log(app, guild_id=guild_id, user_id=user_id)
    return await actions.log(app, guild_id=guild_id, user_id=user_id, duration=duration, when=when,
                             source="console")


def register(console: Console) -> None:
    console.register("warmup", _warmup)
    console.register("log", _log)
    console.actions["warmup"] = actions.press
