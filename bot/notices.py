"""When to look for a member's pending notice (e.g. "your reminder DMs are closed").

Looking on every command would put a database transaction behind each answer. A process looks at most once
per RECHECK_SECONDS per member, and at once after it recorded a notice itself; a notice recorded by another
process is therefore seen within that window.
"""

from __future__ import annotations

import time

RECHECK_SECONDS = 300.0
_MAX_TRACKED = 50_000


class NoticeChecks:
    def __init__(self, recheck_seconds: float = RECHECK_SECONDS) -> None:
        self.recheck = recheck_seconds
        self._checked: dict[int, float] = {}

    def due(self, user_id: int) -> bool:
        """True if this member's notices should be looked up now (and records that they were)."""
        now = time.monotonic()
        last = self._checked.get(user_id)
        if last is not None and now - last < self.recheck:
            return False
        if len(self._checked) >= _MAX_TRACKED:
            self._checked = {u: t for u, t in self._checked.items() if now - t < self.recheck}
        self._checked[user_id] = now
        return True

    def pending(self, user_id: int) -> None:
        """A notice was just recorded for this member: look on their next command."""
        self._checked.pop(user_id, None)
