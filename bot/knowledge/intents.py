"""Questions about the bot itself ("what's my streak", "remind me every day at 7", "what can you do",
"thanks"): recognised from data/intents.yaml, after the safety rules and before retrieval, so /ask,
mentions, DMs and the console all answer them alike."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.cards import Problem
from bot.knowledge.kb import KnowledgeBaseError, _read_yaml
from bot.knowledge.safety import PatternClass, answer_field, by_match, first_firing, pattern_class, text_field
from bot.reminders.parsing import ALL_DAYS, WEEKDAYS, WEEKENDS, days_to_str, parse_days, parse_time

INTENTS_FILE = "intents.yaml"
KINDS = ("thanks", "streak", "reminder", "help")

# "at 7", "at 7:30am", "6pm", "18:00", "noon": the time part of "remind me every day at 7".
_TIME = re.compile(
    r"\b(?:at|@|for|around)\s+(\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|noon|midday|midnight)(?![\w:])"
    r"|\b(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2})(?![\w:])"
)
_DAY_WORDS = r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_DAYS = re.compile(rf"\b(?:{_DAY_WORDS})s?\b")
EXAMPLE_TIME = "7am"


@dataclass(frozen=True, slots=True)
class Intent:
    id: str
    title: str
    answer: str
    match: PatternClass


def parse_intents(raw: Any) -> tuple[Intent, ...]:
    if not isinstance(raw, dict) or not isinstance(raw.get("intents"), list):
        raise KnowledgeBaseError(f"{INTENTS_FILE}: expected a top-level 'intents' list")
    out = []
    for i, item in enumerate(raw["intents"]):
        if not isinstance(item, dict) or item.get("id") not in KINDS:
            raise KnowledgeBaseError(f"{INTENTS_FILE}: intent #{i} needs an id, one of {', '.join(KINDS)}")
        where = f"intent '{item['id']}'"
        unknown = set(item) - {"id", "title", "answer", "patterns", "unless"}
        if unknown:
            raise KnowledgeBaseError(f"{INTENTS_FILE}: {where}: unknown field(s) {sorted(unknown)}")
        match = pattern_class(item["id"], {k: item[k] for k in ("patterns", "unless") if k in item}, {}, where,
                              INTENTS_FILE)
        out.append(Intent(item["id"], text_field(item.get("title"), f"{where}: title", INTENTS_FILE),
                          answer_field(item.get("answer"), f"{where}: answer", INTENTS_FILE), match))
    if len({i.id for i in out}) != len(out):
        raise KnowledgeBaseError(f"{INTENTS_FILE}: duplicate intent id")
    return tuple(out)


def load_intents(path: Path) -> tuple[Intent, ...]:
    return parse_intents(_read_yaml(path))


def match_intent(intents: tuple[Intent, ...], flat: str) -> Intent | None:
    return first_firing(intents, flat, by_match)


def remindme_command(cleaned_lower: str) -> str:
    """The exact /remindme command for what was asked ("every weekday at 6:30pm"); an example time when
    none was given or it can't be read."""
    time_text = EXAMPLE_TIME
    m = _TIME.search(cleaned_lower)
    if m:
        try:
            hour, minute = parse_time((m.group(1) or m.group(2)).replace(" ", ""))
            time_text = f"{hour:02d}:{minute:02d}"
        except Problem:
            pass
    days = "daily"
    if re.search(r"\bweekdays?\b|\bwork ?days?\b|\bmon(day)?\s*(-|to|through|thru)\s*fri(day)?\b", cleaned_lower):
        days = "weekdays"
    elif re.search(r"\bweekends?\b", cleaned_lower):
        days = "weekends"
    elif not re.search(r"\b(every ?day|daily|each day)\b", cleaned_lower):
        named = [d.rstrip("s") if len(d) > 3 else d for d in _DAYS.findall(cleaned_lower)]
        if named:
            try:
                parsed = parse_days(",".join(dict.fromkeys(named)))
                named_sets = {ALL_DAYS: "daily", WEEKDAYS: "weekdays", WEEKENDS: "weekends"}
                days = named_sets.get(parsed, days_to_str(parsed))
            except Problem:
                pass
    return f"/remindme add time:{time_text} days:{days}"
