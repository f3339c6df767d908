"""The parsed-YAML cache (bot/knowledge/parse_cache.py) is only ever a speed-up: the same data as parsing,
an edited file parsed again, a damaged or unwritable cache parsed around, a broken file never cached."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import rapidfuzz

from bench.qa_eval import load_items
from bot.knowledge import choices, parse_cache, safety
from bot.knowledge.coach import Coach
from bot.knowledge.kb import DATA_DIR, KnowledgeBaseError, _parse_yaml, _read_yaml, load_kb
from bot.knowledge.normalize import Normalizer, analysis_code
from bot.knowledge.safety import PatternClass, safety_classes
from tests.kb_copies import edited_copy


class CountingParser:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> Any:
        self.calls += 1
        return _parse_yaml(text)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(parse_cache.CACHE_ENV, str(folder))
    return folder


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_second_load_reads_the_cache_and_gives_the_same_data(tmp_path: Path, cache: Path) -> None:
    source = write(tmp_path / "rules.yaml", "red:\n  - chest pain\n  - 'it''s: quoted'\nlimit: 600\nflag: true\n")
    parse = CountingParser()
    first = parse_cache.load(source, parse)
    second = parse_cache.load(source, parse)
    assert first == second == {"red": ["chest pain", "it's: quoted"], "limit": 600, "flag": True}
    assert parse.calls == 1
    assert len(list(cache.glob("rules-*.json"))) == 1


def test_a_miss_reads_the_file_once_and_parses_the_bytes_it_hashed(tmp_path: Path, cache: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """On a miss the bytes read for the key are the ones parsed: the file is read once, and an entry stored under
    a key is the parse of the content that key names (Windows line ends read as Path.read_text reads them)."""
    source = tmp_path / "rules.yaml"
    source.write_bytes(b"red:\r\n  - chest pain\r\n")
    reads: list[str] = []
    for name in ("read_bytes", "read_text"):
        real = getattr(Path, name)

        def counted(self: Path, *args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            if self == source:
                reads.append(_name)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Path, name, counted)
    texts: list[str] = []

    def parse(text: str) -> Any:
        texts.append(text)
        return _parse_yaml(text)

    assert parse_cache.load(source, parse) == {"red": ["chest pain"]}
    assert reads == ["read_bytes"]
    assert texts == [source.read_text(encoding="utf-8")] == ["red:\n  - chest pain\n"]


def test_an_edited_file_is_parsed_again_and_its_old_entry_removed(tmp_path: Path, cache: Path) -> None:
    source = write(tmp_path / "rules.yaml", "red: [chest pain]\n")
    parse = CountingParser()
    parse_cache.load(source, parse)
    old = next(cache.glob("rules-*.json"))
    write(source, "red: [chest pain, fainting]\n")
    assert parse_cache.load(source, parse) == {"red": ["chest pain", "fainting"]}
    assert parse.calls == 2
    assert not old.exists() and len(list(cache.glob("rules-*.json"))) == 1


def test_the_stat_memo_never_hides_an_edit_made_within_the_same_clock_tick(tmp_path: Path, cache: Path) -> None:
    """The per-process memo knows a file by its path, mtime and size (parse_cache._keys). A file written just
    now could be rewritten with the same size inside one mtime tick, so it is read again every time; an old
    file is remembered, and an edit gives it a new mtime."""
    import os
    import time
    source = write(tmp_path / "rules.yaml", "red: [chest pain]\n")
    now = time.time_ns()
    os.utime(source, ns=(now, now))
    parse_cache.load(source, _parse_yaml)
    write(source, "red: [chest pian]\n")  # same size, and the same mtime as before
    os.utime(source, ns=(now, now))
    assert parse_cache.load(source, _parse_yaml) == {"red": ["chest pian"]}

    old = now - 60 * 10**9
    os.utime(source, ns=(old, old))
    parse = CountingParser()
    assert parse_cache.load(source, parse) == {"red": ["chest pian"]}
    seen = (str(source.resolve()), old, source.stat().st_size)
    assert seen in parse_cache._keys  # remembered: the next load neither reads nor hashes the file
    write(source, "red: [chest pain, fainting]\n")
    assert parse_cache.load(source, parse) == {"red": ["chest pain", "fainting"]}


def test_a_damaged_entry_is_parsed_around_and_rewritten(tmp_path: Path, cache: Path) -> None:
    source = write(tmp_path / "rules.yaml", "red: [chest pain]\n")
    parse_cache.load(source, _parse_yaml)
    entry = next(cache.glob("rules-*.json"))
    entry.write_text('{"red": ["che', encoding="utf-8")  # cut short, as by a crash mid-write elsewhere
    parse = CountingParser()
    assert parse_cache.load(source, parse) == {"red": ["chest pain"]}
    assert parse.calls == 1
    assert json.loads(entry.read_text(encoding="utf-8")) == {"red": ["chest pain"]}


def test_an_unwritable_cache_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = write(tmp_path / "not-a-folder", "")
    monkeypatch.setenv(parse_cache.CACHE_ENV, str(blocker / "cache"))  # mkdir fails: a file is in the way
    source = write(tmp_path / "rules.yaml", "red: [chest pain]\n")
    parse = CountingParser()
    assert parse_cache.load(source, parse) == parse_cache.load(source, parse) == {"red": ["chest pain"]}
    assert parse.calls == 2


def test_data_json_would_change_is_not_cached(tmp_path: Path, cache: Path) -> None:
    source = write(tmp_path / "rules.yaml", "1: one\nwhen: 2026-12-03\n")  # a number as a key, a date
    parse = CountingParser()
    first = parse_cache.load(source, parse)
    assert parse_cache.load(source, parse) == first and first[1] == "one"
    assert parse.calls == 2 and not list(cache.glob("rules-*.json"))


def test_a_broken_file_keeps_failing_and_is_never_cached(tmp_path: Path, cache: Path) -> None:
    source = write(tmp_path / "safety.yaml", "dizzy: [a]\ndizzy: [b]\n")
    for _ in range(2):
        with pytest.raises(KnowledgeBaseError, match=r"safety\.yaml: cannot read: .*the key 'dizzy' is repeated"):
            _read_yaml(source)
    assert not cache.exists() or not list(cache.iterdir())


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parse_cache.CACHE_ENV, "")
    assert parse_cache.cache_dir() is None
    source = write(tmp_path / "rules.yaml", "red: [chest pain]\n")
    parse = CountingParser()
    parse_cache.load(source, parse)
    parse_cache.load(source, parse)
    assert parse.calls == 2


def test_the_knowledge_base_loads_the_same_from_the_cache(cache: Path) -> None:
    parsed = load_kb(DATA_DIR)  # first load: parses and writes
    assert {p.name.split("-")[0] for p in cache.glob("*.json")} == {"entries", "lexicon", "safety", "intents"}
    cached = load_kb(DATA_DIR)
    assert cached.entries == parsed.entries and cached.lexicon == parsed.lexicon
    assert [c.name for c in cached.scope] == [c.name for c in parsed.scope]
    assert cached.safety is not None and parsed.safety is not None
    assert [c.patterns for c in cached.safety.red_flags] == [c.patterns for c in parsed.safety.red_flags]


# --- the rules' literals (safety.index_classes): kept once every pattern compiled, so a start-up skips parsing


def indexed(coach: Coach) -> list[PatternClass]:
    coach.warm()
    assert coach.safety is not None
    return [*safety_classes(coach.safety.rules), *(c.match for c in coach.kb.scope),
            *(i.match for i in coach.kb.intents)]


QUESTIONS = [item["question"] for item in load_items(Path(__file__).parent / "data" / "qa_dev.jsonl")]


def answers(coach: Coach) -> list[tuple[str | None, str | None, str]]:
    return [(a.rule, a.entry_id, a.text) for a in map(coach.answer, QUESTIONS)]


def test_a_start_up_with_the_rules_cached_parses_nothing_and_answers_the_same(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = Coach.load()
    classes = indexed(cold)
    assert all(c.compiled_alternatives == len(c.alternatives()) for c in classes)  # compiled at start-up
    assert len(list(cache.glob("rule-literals-*.json"))) == 1
    expected = answers(cold)

    def no_parsing(pattern: str, **_: Any) -> Any:
        raise AssertionError("a start-up from the cache parsed a pattern for its literals")

    monkeypatch.setattr(safety, "compile_with_clauses", no_parsing)
    warm = Coach.load()
    classes = indexed(warm)
    total = sum(len(c.alternatives()) for c in classes)
    assert sum(c.compiled_alternatives for c in classes) == 0
    warm.answer(QUESTIONS[0])
    first = sum(c.compiled_alternatives for c in classes)
    assert 0 < first < total // 10  # only its candidates compiled
    assert answers(warm) == expected


@pytest.mark.parametrize("damage", ["{not json", "[]", '[[["a"], [null, null]]]'])
def test_a_damaged_rules_entry_is_compiled_again(cache: Path, damage: str) -> None:
    expected = answers(Coach.load())
    (entry,) = cache.glob("rule-literals-*.json")
    entry.write_text(damage, encoding="utf-8")
    coach = Coach.load()
    classes = indexed(coach)
    assert all(c.compiled_alternatives == len(c.alternatives()) for c in classes)
    assert entry.read_text(encoding="utf-8") != damage  # written again
    assert answers(coach) == expected


def test_a_broken_pattern_is_reported_at_start_up_though_the_good_ones_are_cached(
    tmp_path: Path, cache: Path
) -> None:
    indexed(Coach.load())
    assert list(cache.glob("rule-literals-*.json"))
    bad_chest = ("        - '\\bchestpain\\b'", "        - '\\bchest(pain'")
    broken = Coach.load(edited_copy(tmp_path, "safety.yaml", *bad_chest))
    with pytest.raises(KnowledgeBaseError, match=re.escape("red_flag.chest.patterns: bad pattern")):
        broken.warm()


def test_with_the_cache_off_every_rule_compiles_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parse_cache.CACHE_ENV, "")
    classes = indexed(Coach.load())
    assert all(c.compiled_alternatives == len(c.alternatives()) > 0 for c in classes)


# --- the cards' analysed words and the lexicon lines' index (Coach, Normalizer): ~half of a cold load


def test_a_start_up_with_the_cards_analysed_before_analyses_none_and_answers_the_same(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = Coach.load()
    assert len(list(cache.glob("analysed-cards-*.json"))) == len(list(cache.glob("phrase-index-*.json"))) == 1
    expected = answers(cold)

    def no_analysis(*args: Any) -> Any:
        raise AssertionError("a start-up from the cache analysed a card or cut a lexicon line")

    with monkeypatch.context() as patched:
        patched.setattr(Normalizer, "phrasing_terms", no_analysis)
        patched.setattr(choices, "anchored", no_analysis)
        patched.setattr(choices, "words", no_analysis)
        warm = Coach.load()
    assert (warm.matcher._tf, warm.matcher._phrases, warm.matcher._requires) == (
        cold.matcher._tf, cold.matcher._phrases, cold.matcher._requires)
    assert warm.normalizer.vocab == cold.normalizer.vocab
    assert answers(warm) == expected


@pytest.mark.parametrize("damage", ["{not json", "[]", '{"phrasing": {}, "terms": {}}', '{"anchors": [1]}'])
def test_a_damaged_analysis_is_made_again(cache: Path, damage: str) -> None:
    expected = answers(Coach.load())
    entries = [*cache.glob("analysed-cards-*.json"), *cache.glob("phrase-index-*.json")]
    for entry in entries:
        entry.write_text(damage, encoding="utf-8")
    assert answers(Coach.load()) == expected
    assert all(entry.read_text(encoding="utf-8") != damage for entry in entries)  # written again


def test_an_edited_lexicon_or_new_code_is_analysed_again(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cached analysis is keyed by the data files and by the code that made it: an edit to either misses."""
    base = Coach.load()
    (before,) = cache.glob("analysed-cards-*.json")
    anchor = "  start: [at the beginning of,"
    edited = edited_copy(tmp_path, "lexicon.yaml", anchor, "  start: [zebra crossing stripes, at the beginning of,")
    coach = Coach(load_kb(edited))
    (after,) = cache.glob("analysed-cards-*.json")  # one entry a name: the base's was replaced
    assert after != before
    assert coach.normalizer.terms("zebra crossing stripes") == base.normalizer.terms("at the beginning of")
    code = analysis_code.__wrapped__()
    monkeypatch.setattr(rapidfuzz, "__version__", "0.0.0")
    assert analysis_code.__wrapped__() != code
