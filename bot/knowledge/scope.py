"""Questions about something else that merely mention the drill ("best foam roller for tight hamstrings after
butt kicks", "proper deadlift form after warming up with butt kicks"): declined before retrieval.

The off-topic words in lexicon.yaml only count when the drill is not named, so a question that mixes drill
vocabulary with another subject used to reach the matcher, which found a drill card for the drill words.
These classes (``off_scope`` in lexicon.yaml) describe what the question is ABOUT (buying gear, another
sport's technique, medication, code, race pacing, stretching routines, rehab protocols, nutrition, the
weather) and win over the drill words. They read the same flattened text as safety.yaml and intents.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.knowledge.kb import KnowledgeBaseError
from bot.knowledge.safety import PatternClass, pattern_class

SOURCE = "lexicon.yaml"
MEDICAL = "medical"  # the decline kind that also outranks safety *conditions* (never red flags or diagnosis)


@dataclass(frozen=True, slots=True)
class ScopeClass:
    name: str
    decline: str  # a key of lexicon.yaml `declines`
    match: PatternClass


def parse_scope(raw: Any, decline_kinds: tuple[str, ...]) -> tuple[ScopeClass, ...]:
    """``raw`` is the `off_scope` mapping of lexicon.yaml (absent: no classes)."""
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not isinstance(raw.get("classes"), dict):
        raise KnowledgeBaseError(f"{SOURCE}: 'off_scope' needs a 'classes' mapping (and optional 'macros')")
    macros_raw = raw.get("macros") or {}
    if not isinstance(macros_raw, dict) or not all(isinstance(v, str) for v in macros_raw.values()):
        raise KnowledgeBaseError(f"{SOURCE}: off_scope.macros must map names to patterns")
    macros = {str(k): v for k, v in macros_raw.items()}
    out = []
    for name, body in raw["classes"].items():
        where = f"off_scope.{name}"
        if not isinstance(body, dict) or body.get("decline") not in decline_kinds:
            raise KnowledgeBaseError(f"{SOURCE}: {where} needs 'decline', one of {', '.join(decline_kinds)}")
        rules = {k: body[k] for k in ("patterns", "unless") if k in body}
        if set(body) - {"decline", "patterns", "unless"}:
            raise KnowledgeBaseError(f"{SOURCE}: {where}: unknown field(s) {sorted(set(body) - {'decline', *rules})}")
        out.append(ScopeClass(str(name), body["decline"], pattern_class(str(name), rules, macros, where, SOURCE)))
    return tuple(out)


def match_scope(classes: tuple[ScopeClass, ...], flat: str) -> ScopeClass | None:
    return next((c for c in classes if c.match.fires(flat)), None)
