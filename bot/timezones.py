"""IANA time zones: validation with a helpful error, and search for autocomplete."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import fuzz, process

from bot.cards import Problem

# Names people type that are not IANA keys.
_ALIASES = {"utc": "UTC", "gmt": "UTC", "z": "UTC", "est": "America/New_York", "edt": "America/New_York",
            "cst": "America/Chicago", "cdt": "America/Chicago", "mst": "America/Denver",
            "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "bst": "Europe/London",
            "cet": "Europe/Paris", "cest": "Europe/Paris", "aest": "Australia/Sydney"}


# "UTC+2", "GMT-5", "utc +05:30": a fixed offset, not a place.
_OFFSET_RE = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?:\s*:?\s*(\d{2}))?$")
# Places offered when someone types an offset, in this order of preference (well-known cities first).
_WELL_KNOWN = ("Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Athens", "Europe/Helsinki",
               "Europe/Moscow", "Africa/Lagos", "Africa/Johannesburg", "Africa/Nairobi", "Asia/Dubai",
               "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka", "Asia/Bangkok", "Asia/Singapore", "Asia/Shanghai",
               "Asia/Tokyo", "Australia/Brisbane", "Australia/Sydney", "Pacific/Auckland", "Atlantic/Azores",
               "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/Halifax", "America/New_York",
               "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
               "America/Anchorage", "Pacific/Honolulu")


@lru_cache(maxsize=1)
def all_zones() -> tuple[str, ...]:
    # Legacy aliases like "US/Eastern" stay valid but are not offered.
    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
    return (*zones, "UTC")


@lru_cache(maxsize=1)
def _lower_index() -> dict[str, str]:
    return {z.lower(): z for z in available_timezones()}


def parse_zone(name: str) -> ZoneInfo:
    """Return the zone, or raise Problem with suggestions ("Europe/Londn" → did you mean Europe/London?)."""
    text = (name or "").strip()[:64]
    offset = _OFFSET_RE.match(text.lower())
    if offset:
        return _fixed_offset(text, offset)
    key = _ALIASES.get(text.lower()) or _lower_index().get(text.lower().replace(" ", "_"))
    if key:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    suggestions = search_zones(text, limit=3)
    hint = f" Did you mean {', '.join(suggestions)}?" if suggestions and text else ""
    raise Problem(f"“{text[:40] or '(empty)'}” is not a time zone I know. Use an IANA name such as "
                  f"Europe/London or America/New_York.{hint}")


def _fixed_offset(text: str, m: re.Match[str]) -> ZoneInfo:
    """``UTC+2`` → ``Etc/GMT-2`` (the tz database writes these with the sign inverted, whole hours only)."""
    sign, hours, minutes = m[1], int(m[2]), int(m[3] or 0)
    if minutes or not (hours <= 14 if sign == "+" else hours <= 12):
        places = places_at(timedelta(hours=hours, minutes=minutes) * (1 if sign == "+" else -1))
        hint = f", e.g. {' or '.join(places)}" if places else ""
        raise Problem(f"“{text[:20]}”: fixed offsets work in whole hours from UTC-12 to UTC+14. Use your place's "
                      f"IANA time zone instead{hint}.")
    if hours == 0:
        return ZoneInfo("UTC")
    return ZoneInfo(f"Etc/GMT{'-' if sign == '+' else '+'}{hours}")


def places_at(offset: timedelta, limit: int = 2) -> list[str]:
    """IANA zones at this UTC offset right now, well-known ones first (a suggestion for offset typers)."""
    now = datetime.now(UTC)
    for zones in (_WELL_KNOWN, all_zones()):  # any zone only when no well-known one matches
        found = [z for z in zones if now.astimezone(ZoneInfo(z)).utcoffset() == offset]
        if found:
            return found[:limit]
    return []


def offset_label(key: str) -> str | None:
    """``Etc/GMT-2`` → ``UTC+2``; None for a zone that is a place (or UTC)."""
    m = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", key)
    return f"UTC{'-' if m[1] == '+' else '+'}{int(m[2])}" if m else None


def fixed_offset_note(key: str, what: str = "the reminder") -> str | None:
    """What to tell someone who picked a fixed offset: it will not follow daylight saving time."""
    label = offset_label(key)
    if label is None:
        return None
    hours = int(label[4:]) * (1 if label[3] == "+" else -1)
    places = places_at(timedelta(hours=hours))
    hint = f" (e.g. {' or '.join(places)})" if places else ""
    return (f"{label} is a fixed offset ({key}): it will not follow daylight saving time, so {what} moves "
            f"by an hour against local clocks when they change. For a place's local time, use its IANA time "
            f"zone instead{hint}.")


def search_zones(query: str, limit: int = 25) -> list[str]:
    """Zones for autocomplete: substring matches first, then fuzzy ones (typos)."""
    q = query.strip().lower().replace(" ", "_")
    zones = all_zones()
    if not q:
        return list(zones[:limit])
    hits = [z for z in zones if q in z.lower()]
    if len(hits) < limit:
        fuzzy = process.extract(q, zones, scorer=fuzz.WRatio, processor=str.lower, limit=limit, score_cutoff=70)
        hits += [z for z, _score, _i in fuzzy if z not in hits]
    return hits[:limit]
