"""Finding many whole-word phrases in a message at once: PhraseFinder for a plain list (off-topic phrases,
pronouns), ChoicePhraseFinder for the lexicon's ~5,000 lines, ~400 of them written with choices (choices.py).

It finds what ``re`` finds with ``\\b(?:phrase|phrase|...)\\b``: scanning left to right, at each word boundary the
longest phrase that also ends at a boundary, then on after it. Compiling that regex (as a character trie) took
~75 ms of the knowledge base's cold load, a third of its 200 ms budget; an Aho-Corasick automaton of the same
phrases builds in a few ms and finds them as fast (tests/test_phrases.py compares the two on every question set).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import ahocorasick

from bot.knowledge import choices


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``re``'s \w is for str patterns


def _boundary(text: str, i: int) -> bool:
    """``re``'s \\b at index ``i`` of ``text``."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


class PhraseFinder:
    def __init__(self, phrases: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for phrase in set(phrases):
            if phrase:  # an empty phrase would match at every boundary
                self._automaton.add_word(phrase, len(phrase))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each phrase found, left to right, not overlapping."""
        if self._empty:
            return []
        longest: dict[int, int] = {}
        for last, length in self._automaton.iter(text):
            start = last - length + 1
            if length > longest.get(start, 0) and _boundary(text, start) and _boundary(text, last + 1):
                longest[start] = length
        found: list[tuple[int, int]] = []
        pos = 0
        for start in sorted(longest):
            if start >= pos:
                pos = start + longest[start]
                found.append((start, pos))
        return found

    def findall(self, text: str) -> list[str]:
        return [text[a:b] for a, b in self.spans(text)]

    def search(self, text: str) -> bool:
        return bool(self.spans(text))

    def sub(self, replace: Callable[[str], str], text: str) -> str:
        """``text`` with each phrase found replaced by ``replace(phrase)``."""
        out: list[str] = []
        pos = 0
        for a, b in self.spans(text):
            out += (text[pos:a], replace(text[a:b]))
            pos = b
        out.append(text[pos:])
        return "".join(out)


Cut = tuple[tuple[int, frozenset[str]], ...]  # texts by length, shortest first


def _by_length(texts: set[str]) -> Cut:
    groups: dict[int, set[str]] = {}
    for text in texts:
        groups.setdefault(len(text), set()).add(text)
    return tuple((n, frozenset(group)) for n, group in sorted(groups.items()))


class _Line:
    """A written line with choices, cut at its anchor (choices.anchored): a phrase of it is a head, then one of the
    anchor's texts, then a tail. The heads and tails are spelled on the first message that holds the anchor, as
    sets by length (tries of them built ~5x slower at load, where the cards' phrasings are read, for ~2x faster
    messages)."""

    __slots__ = ("_after", "_before", "_cuts", "order")

    def __init__(self, order: int, before: list[tuple[str, ...]], after: list[tuple[str, ...]]) -> None:
        self.order = order
        self._before, self._after = before, after
        self._cuts: dict[tuple[bool, bool], tuple[Cut, Cut]] = {}  # (anchor text starts, ends with a space)

    def cuts(self, lead: bool, trail: bool) -> tuple[Cut, Cut]:
        """What may stand right before and right after the anchor's text, spaces collapsed as in the spelled
        phrase: "explain it " before "to" (a space where either side has one), "" where nothing is written."""
        cut = self._cuts.get((lead, trail))
        if cut is None:
            heads = {_joined(" ".join(raw.split()), raw[-1:].isspace() or lead, before=True)
                     for raw in choices.spell(self._before)}
            tails = {_joined(" ".join(raw.split()), raw[:1].isspace() or trail, before=False)
                     for raw in choices.spell(self._after)}
            cut = self._cuts[lead, trail] = (_by_length(heads), _by_length(tails))
        return cut


def _joined(words: str, spaced: bool, *, before: bool) -> str:
    if not words:
        return ""
    if not spaced:
        return words
    return words + " " if before else " " + words


class ChoicePhraseFinder:
    """The lexicon's phrase lines, written with choices (choices.py), found as PhraseFinder finds them spelled out,
    without spelling them at load: a line of choices is found by its anchor (a piece every phrase of it holds), then
    its heads and tails are compared around it. Each phrase found is reported with the line it came from; where two
    lines spell the same phrase the later line's stands, as the later key of a dict would."""

    def __init__(self, lines: Sequence[str], anchors: Sequence[int] | None = None) -> None:
        """``anchors``: each line's anchor as choices.anchored finds it (-1: none), where it was worked out before."""
        # a key -> [the order of the last plain line that is this phrase, or -1; the choice lines it anchors]
        keys: dict[str, tuple[list[int], list[tuple[_Line, bool, bool]]]] = {}
        for order, line in enumerate(lines):
            if anchors is None:
                found = choices.anchored(line) if "(" in line else None
            else:
                found = (choices.pieces(line), anchors[order]) if anchors[order] >= 0 else None
            if found is None:  # a plain phrase, or choices with no anchor (every piece may be blank): spelled out
                for phrase in choices.expand(line):
                    if phrase:
                        keys.setdefault(phrase, ([-1], []))[0][0] = order
                continue
            parts, at = found
            entry = _Line(order, parts[:at], parts[at + 1:])
            for text in parts[at]:
                core = " ".join(text.split())
                keys.setdefault(core, ([-1], []))[1].append((entry, text[:1].isspace(), text[-1:].isspace()))
        self._automaton = ahocorasick.Automaton()
        for key, (plain, anchored) in keys.items():
            self._automaton.add_word(key, (len(key), plain[0], tuple(anchored)))
        self._empty = not keys
        if not self._empty:
            self._automaton.make_automaton()

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, line) of each phrase found, left to right, not overlapping: at each start the longest."""
        if self._empty:
            return []
        best: dict[int, tuple[int, int]] = {}  # start -> (length, line)

        def found(start: int, end: int, order: int) -> None:
            if (end - start, order) > best.get(start, (0, -1)) and _boundary(text, start) and _boundary(text, end):
                best[start] = (end - start, order)

        for last, (length, plain, anchored) in self._automaton.iter(text):
            a, b = last - length + 1, last + 1
            if plain >= 0:
                found(a, b, plain)
            for line, lead, trail in anchored:
                heads, tails = line.cuts(lead, trail)
                starts = [a - n for n, group in heads if n <= a and text[a - n:a] in group]
                if starts:
                    for end in [b + n for n, group in tails if text[b:b + n] in group]:
                        for start in starts:
                            found(start, end, line.order)
        out: list[tuple[int, int, int]] = []
        pos = 0
        for start in sorted(best):
            if start >= pos:
                length, order = best[start]
                pos = start + length
                out.append((start, pos, order))
        return out
