"""Console commands of the meta feature: /help, /about, and the console's own /as (who is typing)."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from bot.cards import Problem
from bot.meta.service import about_card

if TYPE_CHECKING:
    from bot.console.app import Console, Result

AS_USAGE = "Usage: /as NAME [coach] [role:ROLE] — e.g. /as maya, /as sam coach, /as maya role:Team"


async def _help(console: Console, _args: str) -> Result:
    return console.help()


async def _about(console: Console, _args: str) -> Result:
    return await about_card(console.app)


async def _as(console: Console, args: str) -> Result:
    """``/as maya`` types as maya from now on (a new member the first time); ``coach`` makes them a coach
    (Discord's Manage Server), ``role:Team`` gives them a role (for /settings team_role and coach_role)."""
    try:
        words = shlex.split(args)
    except ValueError:
        raise Problem(AS_USAGE) from None
    if not words:
        who = ", ".join(f"{m.name}{' (coach)' if m.coach else ''}" for m in console.members.values())
        return f"You are {console.user_name}. Members: {who}. {AS_USAGE}"
    name, roles, coach = words[0], set(), None
    if not name.strip() or len(name) > 32 or ":" in name:
        raise Problem(f"“{name[:40]}” can't be a member name: up to 32 characters, no colon. {AS_USAGE}")
    for word in words[1:]:
        key, sep, value = word.partition(":")
        if word.lower() == "coach":
            coach = True
        elif sep and key.lower() == "role" and value.strip():
            roles.add(value.strip().lstrip("@"))
        else:
            raise Problem(f"I don't understand “{word[:30]}”. {AS_USAGE}")
    new = name.strip().lower() not in console.members
    member = console.switch(name, coach=coach, roles=roles)
    for role in roles:
        console.role_id(role)
    await console._seen()
    shown = sorted({console.role_name(console.role_id(r)) for r in member.roles})
    details = [*(["coach"] if member.coach else []), *shown]
    return (f"{'New member' if new else 'Now typing as'} {member.name}"
            + (f" ({', '.join(details)})" if details else "") + ".")


def register(console: Console) -> None:
    console.register("help", _help)
    console.register("about", _about)
    console.register("as", _as, description="type as another member")
