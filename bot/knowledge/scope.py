"""Questions about something else that merely mention the drill ("best foam roller for tight hamstrings after
butt kicks", "proper deadlift form after warming up with butt kicks"): declined before retrieval.

The off-topic words in lexicon.yaml only count when the drill is not named, so a question that mixes drill
vocabulary with another subject used to reach the matcher, which found a drill card for the drill words.
These classes (``off_scope`` in lexicon.yaml) describe what the question is ABOUT (buying gear, another
sport's technique, medication, code, race pacing, stretching routines and yoga poses, rehab protocols and
home exercises for an injury, nutrition, the weather, a venue's opening hours) and win over the drill words.
They read the same flattened text as safety.yaml and intents.yaml.

Questions that never name the drill are the other half (``unnamed_scope``, :class:`Unnamed`): without the
name, "whats a kick drum" or "a cooldown routine after interval sessions" still shares words with a drill card.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.knowledge.kb import KnowledgeBaseError
from bot.knowledge.normalize import Analysis
from bot.knowledge.safety import PatternClass, by_match, first_firing, pattern_class, string_list

# "than it", "or it", "vs it": the pronoun is the second thing compared, so it stays the drill
_COMPARED_BEFORE = re.compile(r"\b(than|or|vs|versus|to|with|and) $")

SOURCE = "lexicon.yaml"
MEDICAL = "medical"  # the decline kind that also outranks safety *conditions* (never red flags or diagnosis)


class ScopeClass:
    """One off_scope class: its decline kind and its patterns (a PatternClass, compiled on first use like the
    safety classes; see there for why)."""

    __slots__ = ("decline", "match", "name")

    def __init__(self, name: str, decline: str, rules: dict[str, Any], macros: dict[str, str], where: str) -> None:
        self.name, self.decline = name, decline
        self.match: PatternClass = pattern_class(name, rules, macros, where, SOURCE)

    def __repr__(self) -> str:
        return f"ScopeClass({self.name!r}, decline={self.decline!r}, ready={self.match.ready})"


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
    """Compile every class now, so a bad pattern raises KnowledgeBaseError naming the class (the tests; the
    bot compiles through safety.index_classes, from Coach.warm or the first answer)."""
    for c in classes:
        c.match.compile()


def match_scope(classes: tuple[ScopeClass, ...], flat: str) -> ScopeClass | None:
    return first_firing(classes, flat, by_match)


# --- questions that never name the drill ---------------------------------------------------------------------

UNNAMED_WORDS = ("generic", "drill_words", "kick_words", "interjections")
UNNAMED_PATTERNS = ("refers_to_drill", "pronouns", "not_the_drill", "compares", "other_drills", "compounds",
                    "frames", "keep", "likened", "activities", "impersonal", "activity_refs", "drill_names", "turns",
                    "asks", "tail_keeps", "strange_asks", "strange_keeps", "drill_talk")
# Unnamed.strange_question: fewer words ("whats the reason", "how i go arrange am") reply to the drill's own clause
STRANGE_WORDS = 6
_SENTENCE_MARK = re.compile(r"(?:^|\s)[.?!](?=\s|$)")
_QUESTION_MARK = re.compile(r"(?:^|\s)\?(?=\s|$)")  # a "?" token of Safety.flatten_marked


class Unnamed:
    """``unnamed_scope`` in lexicon.yaml: what a question that never names the drill is about.

    Without "butt kicks" (or "these", "this drill") the matcher still finds a card for the drill's generic
    words ("whats a kick DRUM", "what are A-skips", "a cooldown routine after interval sessions"). The
    question is about something else when it names another drill on its own, uses a drill word inside
    another thing's name ("kick drum", "achilles heel"), or its subject ("what is a X", "how do i do X",
    "X routine") holds a word the knowledge base never uses or only the drill's generic words. Patterns read
    the corrected words, lower case, apostrophes dropped ("what's" -> "whats"), and are compiled on first use
    like the off_scope classes (the cold-load budget).
    """

    def __init__(self, raw: dict[str, Any]) -> None:
        words = {f: frozenset(string_list(raw.get(f), f"unnamed_scope.{f}", source=SOURCE)) for f in UNNAMED_WORDS}
        self.generic, self.drill_words = words["generic"], words["drill_words"]
        self.kick_words, self.interjections = words["kick_words"], words["interjections"]
        self._sources = {f: string_list(raw.get(f), f"unnamed_scope.{f}", source=SOURCE) for f in UNNAMED_PATTERNS}
        self._compiled: dict[str, re.Pattern[str]] | None = None

    @property
    def compiled(self) -> bool:
        return self._compiled is not None

    def patterns(self) -> dict[str, re.Pattern[str]]:
        """Each field's patterns as one alternation; a frame's `subject` group is numbered (one name per group)."""
        compiled = self._compiled
        if compiled is None:
            compiled = {}
            for field, sources in self._sources.items():
                parts = [f"(?:{s.replace('?P<subject>', f'?P<subject{i}>')})" for i, s in enumerate(sources)]
                try:  # a field left out matches nothing (an empty alternation would match every question)
                    compiled[field] = re.compile("|".join(parts) or "(?!)")
                except re.error as exc:
                    raise KnowledgeBaseError(f"{SOURCE}: unnamed_scope.{field}: bad pattern: {exc}") from exc
                if field == "frames" and len(compiled[field].groupindex) != len(parts):
                    raise KnowledgeBaseError(f"{SOURCE}: unnamed_scope.frames: each needs a (?P<subject>...) group")
            self._compiled = compiled
        return compiled

    def refers_to_drill(self, analysis: Analysis, *, pronouns: bool = True) -> bool:
        """"these", "this drill" (and with ``pronouns`` it/them/they, not "it band"): the drill without its name."""
        p = self.patterns()
        text = " ".join(w.replace("'", "") for w in analysis.words)
        if p["refers_to_drill"].search(text):
            return True
        return pronouns and p["pronouns"].search(p["not_the_drill"].sub(" ", text)) is not None

    def describes_drill(self, analysis: Analysis) -> bool:
        """The drill described, not named, with another sport only as a comparison (`likened`: "the heel goes
        back, like a football kick"): the sport is not the subject."""
        return self.patterns()["likened"].search(" ".join(w.replace("'", "") for w in analysis.words)) is not None

    def reason(
        self, analysis: Analysis, is_stop: Callable[[str], bool], is_topic: Callable[[str], bool]
    ) -> str | None:
        """Why an unnamed question is about something else ("other_drill", "compound", "activity", "subject"), or None.

        ``is_topic``: the word is one the entries are about (their phrasings and keywords), not just used in an
        answer."""
        if analysis.mentions_drill:
            return None
        p = self.patterns()
        words = [w.replace("'", "") for w in analysis.words if w not in self.interjections]
        text = " ".join(words)
        if p["keep"].search(text) or p["refers_to_drill"].search(text):
            return None
        # it/them/they: the drill, unless they come after another named subject or are "it" in "it band"
        cleared = p["not_the_drill"].sub(lambda m: " " * len(m.group()), text)  # same offsets as ``text``
        pronoun = p["pronouns"].search(cleared)
        other = p["other_drills"].search(text)
        if (other and pronoun and pronoun.group() == "it" and pronoun.start() > other.start()
                and not _COMPARED_BEFORE.search(text, 0, pronoun.start())):
            pronoun = None  # "is bounding worth adding or is it only for sprinters": "it" is the drill just named
        if other and not (pronoun and p["compares"].search(text)):
            return "other_drill"  # "what are A-skips and how do i do them"; "are high knees better than them" stays
        if p["compounds"].search(text) or self._foreign_compound(words, analysis.foreign):
            return "compound"
        if p["activities"].search(text) and not self._activity_refers(text, p):
            return "activity"  # "how many calories does running burn", "is it ok to run every day"
        for m in p["frames"].finditer(text):
            start, subject = next((m.start(g), m.group(g)) for g, v in m.groupdict().items() if v is not None)
            if pronoun is not None and pronoun.start() <= start:
                continue  # "can i add them to my interval session", "how do i do dem": the drill
            content = [w for w in subject.split() if w.isalpha() and not is_stop(w)]
            # nothing in it an entry is about beyond generic words, and a word the KB never uses or two generic
            # ones: "a kick drum", "a heel in pro wrestling", "interval sessions"; "a realistic goal for a
            # beginner" and "a good tempo" are drill questions
            if not any(w not in self.generic and is_topic(w) for w in content) and (
                any(w in analysis.foreign for w in content) or len(content) > 1
            ):
                return "subject"
        return None

    def names_drill(self, flat: str) -> bool:
        """The drill named anywhere in the flattened text: the cheap test before passing_tail's work (most
        questions that reach it never name the drill in a clause of their own)."""
        return self.patterns()["drill_names"].search(flat) is not None

    def passing_tail(self, marked: str) -> str | None:
        """The question after the drill named in passing ("we always do butt kicks before the 5k loop. is
        thursday's session cancelled?", "i do butt kicks before football but how do i improve my first touch"), or
        None. ``marked`` is the flattened text with its sentence marks (Safety.flatten_marked). The drill's own
        clause must tell, not ask ("can i do butt kicks before my race? ..." asks about the drill), and the words
        after the first turn that follows it (a sentence mark, "but", "anyway", a comma before a question word)
        must not point back at the drill ("should they come before leg swings?", "how many sets of them").
        The caller reads the tail on its own: what it is about decides."""
        p = self.patterns()
        names = list(p["drill_names"].finditer(marked))
        if not names:
            return None
        turn = p["turns"].search(marked, names[-1].end())
        if turn is None or turn.group().strip() == "?":
            return None
        start = max((m.end() for m in _SENTENCE_MARK.finditer(marked, 0, names[-1].start())), default=0)
        if p["asks"].match(marked[start:turn.start()].strip(" ,")):
            return None
        tail = " ".join(w for w in marked[turn.end():].split() if w not in (".", "?", "!", ","))
        if len(tail.split()) < 3 or p["drill_names"].search(tail) or p["refers_to_drill"].search(tail):
            return None
        if p["tail_keeps"].search(tail):  # "... but it's gone 20 seconds after, is that the lactic acid thing"
            return None
        return None if self._drill_pronoun(self._own_question(marked[turn.end():]), p) else tail

    def strange_question(self, part: str) -> bool:
        """The words after (or before) the drill told in passing ask for something by its name, with nothing a
        question about the drill asks about ("how many pleats should a proper momo have", "do you know when the
        games start", "best route up to the acropolis"): the caller also wants a word the knowledge base never
        uses there and no card for the words alone (Coach._strange_subject)."""
        p = self.patterns()
        return (len(part.split()) >= STRANGE_WORDS and p["strange_asks"].match(part) is not None
                and p["strange_keeps"].search(part) is None)

    def names_only_the_drill(self, flat: str) -> bool:
        """The drill named, and without its names no body or running word (drill_talk): a question the off-scope
        rules decline is then another subject's, whatever its setting ("we do butt kicks before the parade, when
        do tickets go on sale"), and the learned model is taught that decline (Coach.learned_label)."""
        p = self.patterns()
        names = p["drill_names"]
        return names.search(flat) is not None and p["drill_talk"].search(names.sub(" ", flat)) is None

    def tells_feeling(self, flat: str) -> bool:
        """The message tells how the drill went or felt (tail_keeps anywhere in it: "sore legs after butt kicks")."""
        return self.patterns()["tail_keeps"].search(flat) is not None

    @staticmethod
    def _own_question(marked: str) -> str:
        """The words a pronoun for the drill is looked for in: all of them, but when the first sentence is a whole
        question of its own ("how can i improve my bandeja shot ?"), an "it" in the sentences after it is the thing
        that question named ("always it goes too long"), not the drill ("they", "them" still are)."""
        first = _QUESTION_MARK.search(marked)
        head = marked[:first.start()] if first else marked
        if first is not None and len(_words(head)) >= 3:
            marked = head + " " + re.sub(r"\bit\b", " ", marked[first.end():])
        return " ".join(_words(marked))

    @staticmethod
    def _drill_pronoun(text: str, p: dict[str, re.Pattern[str]]) -> bool:
        cleared = p["impersonal"].sub(" ", p["not_the_drill"].sub(" ", text))
        return p["pronouns"].search(cleared) is not None

    def passing_head(self, marked: str) -> str | None:
        """The question asked BEFORE the drill is named in passing ("which half marathon in bavaria would you
        recommend ? i will of course do my butt kicks before the start .", "how do we go about electing one ? we
        always start with heel flicks , by the way"), or None. The drill's sentences come last and only tell (no
        question mark in them, no question word opening them); the question before them ends with a question mark,
        never says the drill's name nor "these"/"this drill", and no it/them/they in it stands for the drill. The
        caller reads it on its own, like passing_tail's words."""
        p = self.patterns()
        names = list(p["drill_names"].finditer(marked))
        if not names:
            return None
        marks = list(_SENTENCE_MARK.finditer(marked, 0, names[0].start()))
        if not marks or marks[-1].group().strip() != "?":
            return None
        told = marked[marks[-1].end():]
        if _QUESTION_MARK.search(told) or p["asks"].match(told.strip(" ,")):
            return None
        head = " ".join(_words(marked[:marks[-1].start()]))
        if len(head.split()) < 3 or p["refers_to_drill"].search(head) or p["tail_keeps"].search(told):
            return None
        return None if self._drill_pronoun(head, p) else head

    @staticmethod
    def _activity_refers(text: str, p: dict[str, re.Pattern[str]]) -> bool:
        """A question about running or exercise in general still means the drill when it says it/them/they or
        "this" ("do they help my running form", "will this improve my running form"); the impersonal "it" of
        "is it ok to run every day" or "how long does it take to get faster" is no pronoun for anything."""
        cleared = p["impersonal"].sub(" ", p["not_the_drill"].sub(" ", text))
        return p["pronouns"].search(cleared) is not None or p["activity_refs"].search(cleared) is not None

    def _foreign_compound(self, words: list[str], foreign: frozenset[str]) -> bool:
        """A drill word in a name with a word the KB never uses: "kick drum", "kick the bucket" (the word after
        a kick), "cigarette butt", "achilles heel" (the word before a heel or butt). The other sides are how a
        runner describes the drill ("my heel smacks my butt", "like a donkey kick") and stay."""
        for i, w in enumerate(words):
            if w in self.kick_words:
                rest = words[i + 1:i + 3]
                nxt = rest[1] if len(rest) == 2 and rest[0] in ("the", "a", "an") else rest[0] if rest else ""
                if nxt in foreign:
                    return True
            elif w in self.drill_words and i and words[i - 1] in foreign:
                return True
        return False


def _words(marked: str) -> list[str]:
    """The words of a flattened text with its sentence marks (Safety.flatten_marked), without the marks."""
    return [w for w in marked.split() if w not in (".", "?", "!", ",")]


def parse_unnamed(raw: Any) -> Unnamed | None:
    if raw is None:
        return None
    fields = (*UNNAMED_WORDS, *UNNAMED_PATTERNS)
    if not isinstance(raw, dict) or set(raw) - set(fields):
        raise KnowledgeBaseError(f"{SOURCE}: 'unnamed_scope' is a mapping of {', '.join(fields)}")
    return Unnamed(raw)
