"""Finding many whole-word phrases in a message at once (the lexicon's ~3,000 slang and spelling phrases).

It finds what ``re`` finds with ``\\b(?:phrase|phrase|...)\\b``: scanning left to right, at each word boundary the
longest phrase that also ends at a boundary, then on after it. Compiling that regex (as a character trie) took
~75 ms of the knowledge base's cold load, a third of its 200 ms budget; an Aho-Corasick automaton of the same
phrases builds in a few ms and finds them as fast (tests/test_phrases.py compares the two on every question set).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import ahocorasick


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
