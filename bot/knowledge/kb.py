"""Loading and validating the knowledge-base data files (entries.yaml, lexicon.yaml).

Bad data fails at load time with a message naming the file and entry, so a broken edit to the YAML is
caught by the tests and at bot start-up rather than as a wrong answer in a channel.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.knowledge import choices, parse_cache

if TYPE_CHECKING:
    from bot.knowledge.intents import Intent
    from bot.knowledge.safety import SafetyRules
    from bot.knowledge.scope import ScopeClass, Unnamed

DATA_DIR = Path(__file__).parent / "data"
ENGLISH_WORDS = "english_words.txt"
MAX_ANSWER_CHARS = 600
MAX_QUESTION_CHARS = 100  # questions double as autocomplete choices and button labels
DECLINE_KINDS = ("out_of_scope", "unsure", "diagnosis", "medical", "empty")


class KnowledgeBaseError(ValueError):
    """The knowledge-base data is malformed; the message says where."""


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    topic: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]
    answer: str
    more: str | None
    related: tuple[str, ...]
    safety: bool
    requires: tuple[str, ...] = ()  # if set, the message must contain one of these (e.g. "high knees")
    # a narrow card behind `requires` left out of the matcher's corpus statistics (idf, average length), so adding
    # it moves no other card's score: only messages that meet its `requires` can see it
    narrow: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    drill_token: str
    drill_pronouns: tuple[str, ...]
    # canonical token -> phrase lines as written, with choices (choices.py, found by phrases.ChoicePhraseFinder);
    # "_drop" means delete, "_keep" leave as written
    phrase_lines: dict[str, tuple[str, ...]]
    words: dict[str, tuple[str, ...]]  # canonical word -> variants
    stopwords: frozenset[str]
    off_topic: tuple[str, ...]
    other_subject_patterns: tuple[re.Pattern[str], ...]
    declines: dict[str, str]
    greetings: frozenset[str]
    focus_after: frozenset[str]
    weak_terms: frozenset[str]
    common_words: frozenset[str]
    topic_terms: frozenset[str] = frozenset()  # tokens that say what is asked wherever they stand: weigh as focus
    # everyday words that alone never make a drill question ("what comes AFTER tuesday", "my room is MESSY"):
    # a question that never names the drill and whose best card shares only these with it is declined
    generic_terms: frozenset[str] = frozenset()
    # a circuit the drill is in ("40s on / 20s off: jumping jacks, butt kicks"): other exercises beside it are no
    # other subject
    circuit_terms: frozenset[str] = frozenset()
    # a team sport the asker plays or coaches, named beside the drill: context, not another subject
    sport_context_terms: frozenset[str] = frozenset()
    # chat shorthand -> what it stands for ("w/o" -> "without", "ppl" -> "people"); "_drop" deletes ("lol")
    shorthand: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def spelled_phrases(self) -> dict[str, tuple[str, ...]]:
        """Each phrase group with its lines' choices spelled out (tools and tests: the bot never spells them)."""
        return {canon: tuple(p for line in lines for p in choices.expand(line))
                for canon, lines in self.phrase_lines.items()}


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    entries: tuple[Entry, ...]
    lexicon: Lexicon
    english_words: frozenset[str] = frozenset()  # real words the typo corrector leaves alone
    safety: SafetyRules | None = None  # safety.yaml: applied before retrieval (see safety.py)
    intents: tuple[Intent, ...] = ()  # intents.yaml: questions about the bot itself (see intents.py)
    scope: tuple[ScopeClass, ...] = ()  # lexicon.yaml off_scope: other subjects that name the drill (scope.py)
    unnamed: Unnamed | None = None  # lexicon.yaml unnamed_scope: what a question without the drill's name is about
    # a digest of the files the cards' analysed words depend on (entries, lexicon, English words): the key of the
    # matcher's index in the parse cache (Coach); "" where there is no cache or the base was not read from files
    fingerprint: str = ""

    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}


def _str_list(value: Any, where: str, field: str, *, required: bool = True) -> tuple[str, ...]:
    if value is None and not required:
        return ()
    if not isinstance(value, list) or (required and not value):
        raise KnowledgeBaseError(f"{where}: '{field}' must be a non-empty list")
    out = []
    for item in value:
        if isinstance(item, bool):  # YAML reads a bare on/off/yes/no as a boolean: the word would be lost
            raise KnowledgeBaseError(f"{where}: '{field}' has {item!r}: quote words like \"on\", \"no\", \"yes\"")
        if not isinstance(item, str | int) or not str(item).strip():
            raise KnowledgeBaseError(f"{where}: '{field}' has a non-text item {item!r}")
        out.append(" ".join(str(item).split()))
    return tuple(out)


def _spelled_out(variants: tuple[str, ...], where: str) -> tuple[str, ...]:
    """Each variant written with choices ("explain (it |)to (dad|mum)") as the phrases it stands for (choices.py)."""
    return tuple(phrase for variant in _choices_checked(variants, where) for phrase in choices.expand(variant))


def _choices_checked(variants: tuple[str, ...], where: str) -> tuple[str, ...]:
    """The variants as written, each checked as choices.expand would check it (parentheses, how many it spells)."""
    try:
        for variant in variants:
            choices.pieces(variant)
    except choices.ChoiceError as exc:
        raise KnowledgeBaseError(f"{where}: {exc}") from exc
    return variants


def _text(value: Any, where: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeBaseError(f"{where}: '{field}' must be non-empty text")
    return " ".join(value.split())


def _entry(raw: Any, index: int, source: str) -> Entry:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{source}: entry #{index} is not a mapping")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not re.fullmatch(r"[a-z0-9_]{1,40}", entry_id):
        raise KnowledgeBaseError(f"{source}: entry #{index} has a missing or invalid id {entry_id!r}")
    where = f"{source}: entry '{entry_id}'"
    unknown = set(raw) - {"id", "topic", "questions", "keywords", "answer", "more", "related", "safety", "requires",
                          "narrow"}
    if unknown:
        raise KnowledgeBaseError(f"{where}: unknown field(s) {sorted(unknown)}")
    answer = _text(raw.get("answer"), where, "answer")
    if len(answer) > MAX_ANSWER_CHARS:
        raise KnowledgeBaseError(f"{where}: answer is {len(answer)} chars (max {MAX_ANSWER_CHARS})")
    questions = _str_list(raw.get("questions"), where, "questions")
    for q in questions:
        if len(q) > MAX_QUESTION_CHARS:
            raise KnowledgeBaseError(f"{where}: question longer than {MAX_QUESTION_CHARS} chars: {q!r}")
    more = raw.get("more")
    safety = raw.get("safety", False)
    if not isinstance(safety, bool):
        raise KnowledgeBaseError(f"{where}: 'safety' must be true or false")
    narrow = raw.get("narrow", False)
    if not isinstance(narrow, bool):
        raise KnowledgeBaseError(f"{where}: 'narrow' must be true or false")
    requires = _str_list(raw.get("requires"), where, "requires", required=False)
    if narrow and not requires:
        raise KnowledgeBaseError(f"{where}: a 'narrow' entry needs 'requires'")
    return Entry(
        id=entry_id,
        topic=_text(raw.get("topic"), where, "topic"),
        questions=questions,
        keywords=_str_list(raw.get("keywords"), where, "keywords", required=False),
        answer=answer,
        more=None if more is None else _text(more, where, "more"),
        related=_str_list(raw.get("related"), where, "related", required=False),
        safety=safety,
        requires=requires,
        narrow=narrow,
    )


def validate_entries(entries: list[Entry], source: str) -> None:
    """Cross-entry checks: unique ids, related ids exist and are not self-references."""
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise KnowledgeBaseError(f"{source}: duplicate entry id '{e.id}'")
        seen.add(e.id)
    for e in entries:
        for rel in e.related:
            if rel not in seen or rel == e.id:
                raise KnowledgeBaseError(f"{source}: entry '{e.id}' has unknown related id '{rel}'")


def _lexicon(raw: Any, source: str) -> Lexicon:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{source}: top level must be a mapping")

    def groups(name: str, *, required: bool = True, spelled: bool = True) -> dict[str, tuple[str, ...]]:
        value = raw.get(name)
        if value is None and not required:
            return {}
        if not isinstance(value, dict):
            raise KnowledgeBaseError(f"{source}: '{name}' must be a mapping")
        out = {}
        for k, v in value.items():
            where = f"{source}: {name}.{k}"
            written = _str_list(v, where, "variants")
            out[str(k)] = _spelled_out(written, where) if spelled else _choices_checked(written, where)
        return out

    off_topic_groups = raw.get("off_topic")
    if not isinstance(off_topic_groups, list):
        raise KnowledgeBaseError(f"{source}: 'off_topic' must be a list of lists")
    off_topic = tuple(
        term for i, group in enumerate(off_topic_groups) for term in _str_list(group, source, f"off_topic[{i}]")
    )

    def patterns(name: str) -> tuple[re.Pattern[str], ...]:
        out = []
        for p in _str_list(raw.get(name), source, name):
            try:
                out.append(re.compile(p))
            except re.error as exc:
                raise KnowledgeBaseError(f"{source}: bad pattern in '{name}' {p!r}: {exc}") from exc
        return tuple(out)

    declines_raw = raw.get("declines")
    if not isinstance(declines_raw, dict):
        raise KnowledgeBaseError(f"{source}: 'declines' must be a mapping")
    declines = {k: _text(declines_raw.get(k), f"{source}: declines", k) for k in DECLINE_KINDS}
    return Lexicon(
        drill_token=_text(raw.get("drill_token"), source, "drill_token"),
        drill_pronouns=_str_list(raw.get("drill_pronouns"), source, "drill_pronouns"),
        phrase_lines=groups("phrases", spelled=False),  # ~230,000 phrases spelled out: found unspelled
        words=groups("words"),
        stopwords=frozenset(w.lower() for w in _str_list(raw.get("stopwords"), source, "stopwords")),
        off_topic=off_topic,
        other_subject_patterns=patterns("other_subject_patterns"),
        declines=declines,
        greetings=frozenset(_str_list(raw.get("greetings"), source, "greetings")),
        focus_after=frozenset(_str_list(raw.get("focus_after"), source, "focus_after")),
        weak_terms=frozenset(_str_list(raw.get("weak_terms"), source, "weak_terms")),
        common_words=frozenset(_str_list(raw.get("common_words"), source, "common_words")),
        topic_terms=frozenset(_str_list(raw.get("topic_terms"), source, "topic_terms", required=False)),
        generic_terms=frozenset(_str_list(raw.get("generic_terms"), source, "generic_terms", required=False)),
        circuit_terms=frozenset(_str_list(raw.get("circuit_terms"), source, "circuit_terms", required=False)),
        sport_context_terms=frozenset(
            _str_list(raw.get("sport_context_terms"), source, "sport_context_terms", required=False)
        ),
        shorthand=groups("shorthand", required=False),
    )


class _YamlError(ValueError):
    """PyYAML's error, raised without importing PyYAML where it is caught."""


@functools.cache
def _unique_key_loader() -> type:
    import yaml  # only on a cache miss (parse_cache): importing PyYAML is ~20 ms of a cold start

    class UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        """A key repeated in one mapping is an error naming the line. YAML keeps the last one silently: a second
        `heart:` list of typos once replaced the first, and only the red-flag tests noticed."""

        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key {key!r} is repeated in one mapping", key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return UniqueKeyLoader


def _parse_yaml(text: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=_unique_key_loader())  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise _YamlError(str(exc)) from exc


def _read_yaml(path: Path) -> Any:
    try:
        return parse_cache.load(path, _parse_yaml)
    except (OSError, UnicodeDecodeError, _YamlError) as exc:
        raise KnowledgeBaseError(f"{path.name}: cannot read: {exc}") from exc


def load_kb(data_dir: Path | None = None) -> KnowledgeBase:
    """Read and validate the data files (entries, lexicon, safety, intents) from ``data_dir`` (default: packaged)."""
    data_dir = data_dir or DATA_DIR
    entries_raw = _read_yaml(data_dir / "entries.yaml")
    if not isinstance(entries_raw, dict) or not isinstance(entries_raw.get("entries"), list):
        raise KnowledgeBaseError("entries.yaml: expected a top-level 'entries' list")
    entries = [_entry(raw, i, "entries.yaml") for i, raw in enumerate(entries_raw["entries"])]
    validate_entries(entries, "entries.yaml")
    lexicon_raw = _read_yaml(data_dir / "lexicon.yaml")
    lexicon = _lexicon(lexicon_raw, "lexicon.yaml")
    # safety.py, intents.py and scope.py build on this module's helpers, so they are imported here, not at the top
    from bot.knowledge.intents import INTENTS_FILE, load_intents
    from bot.knowledge.safety import SAFETY_FILE, load_rules
    from bot.knowledge.scope import parse_scope, parse_unnamed

    return KnowledgeBase(
        entries=tuple(entries),
        lexicon=lexicon,
        english_words=_word_list(data_dir / ENGLISH_WORDS),
        fingerprint=_fingerprint(data_dir / "entries.yaml", data_dir / "lexicon.yaml", data_dir / ENGLISH_WORDS),
        safety=load_rules(data_dir / SAFETY_FILE, {e.id for e in entries}),
        intents=load_intents(data_dir / INTENTS_FILE),
        scope=parse_scope(lexicon_raw.get("off_scope"), DECLINE_KINDS),
        unnamed=parse_unnamed(lexicon_raw.get("unnamed_scope")),
    )


def _fingerprint(*paths: Path) -> str:
    if parse_cache.cache_dir() is None:
        return ""
    return "+".join(parse_cache.file_key(p) if p.exists() else "-" for p in paths)


def _word_list(path: Path) -> frozenset[str]:
    """One word per line, ``#`` comments (see scripts/build_english_words.py); optional."""
    if not path.exists():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in lines if w and not w.startswith("#"))
