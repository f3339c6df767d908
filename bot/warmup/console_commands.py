"""Console commands of the warm-up area: /warmup, /done, /log (same core as the Discord cogs)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.cards import Problem
from bot.streaks.service import streak_card
from bot.warmup import service as core
from bot.warmup.cards import warmup_card
from bot.warmup.variations import DURATION_DEFAULT

if TYPE_CHECKING:
    from bot.console import Console, Result


def _options(args: str) -> dict[str, str]:
    """``duration:60 variation:hiit`` or positional ``60 hiit`` (the same shapes as the slash command)."""
    out: dict[str, str] = {}
    positional = ["duration", "variation"]
    for token in args.split():
        key, sep, value = token.partition(":")
        if sep:
            out[key.lower()] = value
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
    session = await core.start_warmup(console.app, guild_id=console.guild_id, user_id=console.user_id,
                                      duration=_int(opts.get("duration"), DURATION_DEFAULT, "duration"),
                                      variation=opts.get("variation", "in_place"))
    return [warmup_card(session), "Type /done when you have finished."]


async def _done(console: Console, _args: str) -> Result:
    session = await core.latest_personal_session(console.app, console.guild_id, console.user_id)
    result = await core.complete(console.app, session.id, console.user_id, source="console")
    if not result.logged:
        return "That warm-up is already logged. Start another with /warmup."
    card = await streak_card(console.app, console.guild_id, console.user_id, with_heatmap=False)
    return ["✅ Logged. Nice work!", card]


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
    if undo:
        gone = await core.undo_last_log(console.app, guild_id=console.guild_id, user_id=console.user_id)
        return f"↩️ Removed your {gone.duration_s} s drill logged for {gone.day.isoformat()}."
    day = await core.log_drill(console.app, guild_id=console.guild_id, user_id=console.user_id,
                               duration=duration, when=when, source="console")
    return f"✅ Logged a drill for {day.isoformat()}."


def register(console: Console) -> None:
    console.register("warmup", "start a guided warm-up: /warmup [seconds] [in_place|moving_forward|hiit]", _warmup)
    console.register("done", "finish your warm-up and log it", _done)
    console.register("log", "log a drill done elsewhere (one a day): /log [seconds] [today|yesterday|2 days ago] "
                            "· /log undo", _log)
