"""Questions about something else that merely mention the drill ("best foam roller for tight hamstrings after
butt kicks", "proper deadlift form after warming up with butt kicks"): declined before retrieval.

The off-topic words in lexicon.yaml only count when the drill is not named, so a question that mixes drill
vocabulary with another subject used to reach the matcher, which found a drill card for the drill words.
These classes (``off_scope`` in lexicon.yaml) describe what the question is ABOUT (buying gear, another
sport's technique, medication, code, race pacing, stretching routines and yoga poses, rehab protocols and
home exercises for an injury, nutrition, the weather, a venue's opening hours) and win over the drill words.
They read the same flattened text as safety.yaml and intents.yaml.
"""

from __future__ import annotations

from typing import Any

from bot.knowledge.kb import KnowledgeBaseError
from bot.knowledge.safety import PatternClass, expand, pattern_class, string_list

SOURCE = "lexicon.yaml"
MEDICAL = "medical"  # the decline kind that also outranks safety *conditions* (never red flags or diagnosis)


class ScopeClass:
    """One off_scope class; its patterns are compiled on first use, not at load.

    Every question is checked against every class, so the first answer pays for the compile (~30 ms for all
    of them) instead of every start-up and every test that loads the knowledge base: the cold load has a
    200 ms budget. Types and macros are still checked at load; a bad regex is reported with the class name
    by :func:`compile_scope` (the tests run it) or by the first answer.
    """

    __slots__ = ("_macros", "_match", "_rules", "_where", "decline", "name")

    def __init__(self, name: str, decline: str, rules: dict[str, Any], macros: dict[str, str], where: str) -> None:
        self.name, self.decline = name, decline
        self._rules, self._macros, self._where = rules, macros, where
        self._match: PatternClass | None = None
        for field in ("patterns", "unless"):  # the cheap checks now: a list of text, known macros
            raws = string_list(rules.get(field), f"{where}.{field}", required=field == "patterns", source=SOURCE)
            for raw in raws:
                expand(raw, macros, f"{where}.{field}", SOURCE)

    @property
    def match(self) -> PatternClass:
        compiled = self._match
        if compiled is None:  # a race only compiles twice: the result is the same
            compiled = self._match = pattern_class(self.name, self._rules, self._macros, self._where, SOURCE)
        return compiled

    def __repr__(self) -> str:
        return f"ScopeClass({self.name!r}, decline={self.decline!r}, compiled={self._match is not None})"


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
        out.append(ScopeClass(str(name), body["decline"], rules, macros, where))
    return tuple(out)


def compile_scope(classes: tuple[ScopeClass, ...]) -> None:
    """Compile every class now (tests, and anyone who wants the first answer fast); a bad pattern raises
    KnowledgeBaseError naming the class."""
    for c in classes:
        c.match  # noqa: B018  (the property compiles)


def match_scope(classes: tuple[ScopeClass, ...], flat: str) -> ScopeClass | None:
    return next((c for c in classes if c.match.fires(flat)), None)
