"""Joining a class's patterns into one alternation, with their shared leading lookahead tested once.

Many rules read "a hurt word somewhere, then ..." as ``^(?=.*\\b(pain\\w*|ache|...)\\b).*<rest>``. Joined
naively, ``re`` scans the whole message for the hurt words once per such pattern (a dozen scans of a long
message: ~0.2 ms). ``^(?=L)A|^(?=L)B`` and ``^(?=L)(?:A|B)`` match the same texts, so alternatives with the
same leading lookahead are grouped under one copy of it. Order is kept otherwise: a search only asks
whether any alternative matches, so which one matches first does not matter to the callers.
"""

from __future__ import annotations

import itertools
import re

LEAD = "^(?="


# the only characters that shape the top level, found at C speed: an escape, a character class (a leading ]
# or ^] is part of it), a paren or a bar; everything between them is skipped
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)


def _scan(pattern: str, start: int = 0, *, stop_at_close: bool = False) -> tuple[list[int], int]:
    """The top-level ``|`` positions of ``pattern`` (from ``start``), and where the scan ended: the index just
    past the ``)`` that closes the group opened at ``start`` when ``stop_at_close``, else ``len(pattern)``."""
    bars: list[int] = []
    depth = 0
    for token in _TOKEN.finditer(pattern, start):
        ch = token.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if stop_at_close and depth == 0:
                return bars, token.end()
        elif ch == "|" and depth == 0:
            bars.append(token.start())
    return bars, len(pattern)


def alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    bars, _ = _scan(pattern)
    edges = [-1, *bars, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(edges)]


def lead(alternative: str) -> tuple[str, str] | None:
    """(``(?=L)``, the rest) when ``alternative`` starts with ``^(?=L)``; else None."""
    if not alternative.startswith(LEAD):
        return None
    _, end = _scan(alternative, 1, stop_at_close=True)
    return alternative[1:end], alternative[end:]


def join(patterns: tuple[str, ...]) -> str:
    """One alternation matching what any of ``patterns`` matches, each shared leading lookahead tested once."""
    groups: dict[str, list[str]] = {}  # key: the lookahead, or a unique key for an alternative without one
    for pattern in patterns:
        for alternative in alternatives(pattern):
            split = lead(alternative)
            if split is None:
                groups[f"#{len(groups)}"] = [alternative]
            else:
                groups.setdefault(split[0], []).append(split[1])
    parts = []
    for key, rests in groups.items():
        if key.startswith("#"):
            parts.append(f"(?:{rests[0]})")
        else:
            parts.append("^" + key + "(?:" + "|".join(f"(?:{r})" for r in rests) + ")")
    return "|".join(parts)
