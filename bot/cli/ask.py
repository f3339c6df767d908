"""`python -m bot ask ...`: ask the coach from a terminal, or answer JSON Lines in batch.

``ask "question"`` prints the reply; ``ask --json`` reads one question per line on stdin and writes one
JSON object per line: {"question", "answer", "declined", "entry", "confidence"}.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from bot.knowledge.coach import Coach

USAGE = 'usage: ask "your question"  |  ask --json < questions.txt'


def _json_lines(coach: Coach, stdin: TextIO, stdout: TextIO) -> int:
    for line in stdin:
        question = line.rstrip("\n")
        if not question.strip():
            continue
        ans = coach.answer(question)
        record = {
            "question": question,
            "answer": ans.text,
            "declined": ans.declined,
            "entry": ans.entry_id,
            "confidence": ans.confidence,
        }
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    stdout.flush()
    return 0


def main(argv: list[str], stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point; ``argv`` is the arguments after ``ask``. Streams default to the process's own."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if not argv or argv[0] in ("-h", "--help"):
        stdout.write(USAGE + "\n")
        return 0 if argv else 2
    coach = Coach.load()
    if argv[0] == "--json":
        return _json_lines(coach, stdin, stdout)
    stdout.write(coach.answer(" ".join(argv)).text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
