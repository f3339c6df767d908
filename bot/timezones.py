"""IANA time zones: validation with a helpful error, and search for autocomplete."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import fuzz, process

from bot.cards import Problem

# Names people type that are not IANA keys.
_ALIASES = {"utc": "UTC", "gmt": "UTC", "z": "UTC", "est": "America/New_York", "edt": "America/New_York",
            "cst": "America/Chicago", "cdt": "America/Chicago", "mst": "America/Denver",
            "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "bst": "Europe/London",
            "cet": "Europe/Paris", "cest": "Europe/Paris", "aest": "Australia/Sydney"}


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
