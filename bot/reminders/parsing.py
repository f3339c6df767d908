"""What people type: times ("6pm", "18:00"), days ("weekdays", "mon,wed,fri") and the reminder's text."""

from __future__ import annotations

import re

from bot.cards import Problem

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = date.weekday()
ALL_DAYS = frozenset(range(7))
WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})
MESSAGE_MAX = 300

_TIME_RE = re.compile(r"^(\d{1,2})(?:\s*[:.h]\s*(\d{2})|(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$")
_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}
_DAY_ALIASES = {
    "mon": 0, "monday": 0, "mo": 0, "tue": 1, "tues": 1, "tuesday": 1, "tu": 1, "wed": 2, "weds": 2,
    "wednesday": 2, "we": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "th": 3, "fri": 4, "friday": 4,
    "fr": 4, "sat": 5, "saturday": 5, "sa": 5, "sun": 6, "sunday": 6, "su": 6,
}
_DAY_SETS = {"daily": ALL_DAYS, "everyday": ALL_DAYS, "every day": ALL_DAYS, "all": ALL_DAYS,
             "weekdays": WEEKDAYS, "weekday": WEEKDAYS, "weekends": WEEKENDS, "weekend": WEEKENDS}

_TIME_HELP = "Use a time like 18:00, 6pm, 6:30 pm or 07:05."
_DAYS_HELP = "Use daily, weekdays, weekends, or days like mon,wed,fri (ranges such as mon-fri work too)."


def parse_time(text: str) -> tuple[int, int]:
    """``"6:30 pm"`` → ``(18, 30)``. Raises Problem with examples on anything else."""
    raw = (text or "").strip().lower()
    if raw in _WORDS:
        return _WORDS[raw]
    m = _TIME_RE.match(raw)
    if not m:
        raise Problem(f"I can't read “{raw[:20]}” as a time. {_TIME_HELP}")
    hour, minute = int(m[1]), int(m[2] or m[3] or 0)
    meridiem = (m[4] or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise Problem(f"“{raw[:20]}”: with am/pm the hour must be 1 to 12. {_TIME_HELP}")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise Problem(f"“{raw[:20]}” is not a time of day. {_TIME_HELP}")
    return hour, minute


def time_note(text: str) -> str | None:
    """A bare ``6`` (or ``6:30``) reads as the morning: say so, since a coach may have meant the evening."""
    raw = (text or "").strip().lower()
    m = _TIME_RE.match(raw)
    if not m or m[4] or raw.startswith("0") or not 1 <= int(m[1]) <= 11:
        return None
    hour, minute = parse_time(raw)
    said = f"{hour}:{minute:02d}" if minute else f"{hour}"
    return f"{hour:02d}:{minute:02d} ({said} in the morning) — say {said}pm for the evening."


def parse_days(text: str) -> frozenset[int]:
    """``"weekdays"`` → {0..4}; ``"mon, wed fri"`` → {0, 2, 4}; ``"mon-fri"`` too."""
    raw = " ".join((text or "daily").strip().lower().split())
    if raw in _DAY_SETS:
        return _DAY_SETS[raw]
    days: set[int] = set()
    for part in (p for p in re.split(r"[,\s/]+", raw) if p):
        start, dash, end = (_singular(x) for x in part.partition("-"))
        if start not in _DAY_ALIASES or (dash and end not in _DAY_ALIASES):
            raise Problem(f"I don't know the day “{part[:15]}”. {_DAYS_HELP}")
        a, b = _DAY_ALIASES[start], _DAY_ALIASES[end] if dash else _DAY_ALIASES[start]
        days.update((a + i) % 7 for i in range((b - a) % 7 + 1))  # "fri-mon" wraps over the weekend
    if not days:
        raise Problem(f"Which days? {_DAYS_HELP}")
    return frozenset(days)


def _singular(word: str) -> str:
    """``tuesdays`` → ``tuesday`` (people say "6pm tuesdays")."""
    return word[:-1] if word.endswith("s") and word[:-1] in _DAY_ALIASES else word


def split_schedule(text: str) -> tuple[str, str | None, str | None]:
    """One line, as the console (or any front end without separate option fields) takes it:
    ``6:30 pm tuesdays Europe/London`` → ``("6:30 pm", "tuesdays", "Europe/London")``. The time, days and zone
    are then read by parse_time, parse_days and parse_zone, exactly as Discord's three options are."""
    from bot.timezones import parse_zone

    words = text.split()
    if not words:
        raise Problem(f"When? {_TIME_HELP}")
    n = 2 if len(words) > 1 and words[1].lower().replace(".", "") in {"am", "pm"} else 1
    time, days, zone = " ".join(words[:n]), None, None
    parse_time(time)
    for word in words[n:]:
        try:
            parse_days(word)
            days = word if days is None else f"{days},{word}"
            continue
        except Problem:
            pass
        try:
            key = parse_zone(word).key
        except Problem:
            if "/" in word or "+" in word or "-" in word:
                raise  # meant as a zone: its own error suggests the nearest names
            raise Problem(f"“{word[:30]}” is neither days nor a time zone. {_DAYS_HELP} Time zones are IANA "
                          "names like Europe/London or America/New_York.") from None
        if zone is not None and key != zone:
            raise Problem(f"Two time zones: “{zone}” and “{word[:30]}”. Give one.")
        zone = key
    return time, days, zone


def days_to_str(days: frozenset[int]) -> str:
    """Canonical stored form (also APScheduler's day_of_week syntax): ``"mon,wed,fri"``."""
    return ",".join(DAY_NAMES[d] for d in sorted(days))


def days_from_str(stored: str) -> frozenset[int]:
    return frozenset(DAY_NAMES.index(d) for d in stored.split(",") if d)


def days_label(days: frozenset[int]) -> str:
    if days == ALL_DAYS:
        return "every day"
    if days == WEEKDAYS:
        return "weekdays"
    if days == WEEKENDS:
        return "weekends"
    return ", ".join(DAY_NAMES[d].title() for d in sorted(days))


# <@123>, <@!123>, <@&123>, and @everyone/@here: the post may ping only its configured role, so user text
# never carries a working mention even where Discord would render it (AllowedMentions is the second lock).
_MENTION_RE = re.compile(r"<@[!&]?(\d+)>")
_MASS_RE = re.compile(r"@(everyone|here)", re.IGNORECASE)
_ZWSP = "\u200b"


def clean_message(text: str | None) -> str:
    """Trim, cap at MESSAGE_MAX characters and neutralise mentions. Raises Problem if it is too long."""
    cleaned = " ".join((text or "").replace("\r", "").split(" ")).strip()
    if len(cleaned) > MESSAGE_MAX:
        raise Problem(f"The reminder text can be at most {MESSAGE_MAX} characters (yours has {len(cleaned)}).")
    cleaned = _MENTION_RE.sub(lambda m: f"@{_ZWSP}{m[1]}", cleaned)
    return _MASS_RE.sub(lambda m: f"@{_ZWSP}{m[1]}", cleaned)
