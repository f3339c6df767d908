"""Train the learned second opinion (bot/knowledge/learned.py) and write bot/knowledge/data/learned.json.gz.

Usage: pip install -e '.[experiment]' (scikit-learn), then python scripts/train_learned.py [--check]

The corpus is every stored question (tests/data/*.jsonl: the dev set, each blind round once it is tuned and gated,
the calibration and sensation sets; never tests/data/untuned/, which waits to be measured untouched) plus the cards'
own phrasings. Each is labelled with what the rules alone answer (Coach.load(learned=False)) when that answer
passes the question's scoring: an entry id, "decline:<kind>", or "safety:red_flag" / "safety:diagnosis" for a red
flag or diagnosis rule. Where the matcher's answer fails it, the answer that passes: the decline, or the card named
like the question's topic (else the only card that passes): the model is asked exactly where the rules are
unsure, so it must not learn their mistakes. Questions another rule answers (conditions, off-scope, intents, the
analyser's named declines) are left out: the model never sees them at run time.

Retrain after every change to the knowledge base or the stored sets: tests/test_learned.py fails while the shipped
model's corpus fingerprint differs from the corpus the current rules would give. --check only prints whether it does.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import math
import sys
import time
from array import array
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.qa_eval import load_items, passes  # noqa: E402
from bot.knowledge.coach import Coach  # noqa: E402
from bot.knowledge.kb import DATA_DIR  # noqa: E402
from bot.knowledge.learned import DECLINE, FORMAT, LEARNED_FILE, Learned, features, tfidf  # noqa: E402

SETS = ROOT / "tests" / "data"
C = 2.0  # the SVM fits every stored question (a stored answer must not move), yet held-out rounds gain as at C=0.5
PRUNE = 0.05  # weights smaller than this are dropped: ~1.1M -> ~0.25M kept, no held-out question moved
CHAR_MIN_DF = 2  # a character n-gram seen once is noise; every word n-gram is kept (subjects are rare words)


def corpus(
    coach: Coach | None = None, test_questions: list[tuple[str, str | None]] | None = None
) -> list[tuple[str, str]]:
    """(text the model reads, label) for every stored question and card phrasing the rules answer right, and for
    ``test_questions`` (the tests' own phrasings, see tested_questions) that no rule answers: the card the test
    expects, else the rules' answer."""
    coach = coach or Coach.load(learned=False)
    coach.warm()  # reads the model too, if this coach has one: it must not
    assert coach.learned is None, "label with the rules alone: Coach.load(learned=False)"
    cards = coach.kb.by_id()
    labelled: dict[str, Counter[str]] = {}
    missed: list[tuple[str, dict[str, Any]]] = []  # stored questions the matcher answers wrong

    def add(question: str, ok: Any = None, expected: str | None = None) -> None:
        answer = coach.answer(question)
        label = coach.learned_label(answer)
        weight = 1
        if label is not None and expected in cards:  # the test's card, where the model would be asked
            label, weight = expected, 2  # over the same words asked elsewhere without an expectation
        if label is None or label == DECLINE + "empty":  # an empty message is declined before the model
            return
        if ok is not None and not passes(ok, answer.text, answer.declined):
            if answer.rule is None and answer.intent is None:
                missed.append((question, ok))
            return
        labelled.setdefault(coach.learned_text(question), Counter())[label] += weight

    for path in sorted(SETS.glob("qa_*.jsonl")):
        for item in load_items(path):
            add(item["question"], item)
    for question, item in missed:
        label = _passing_label(coach, item)
        if label is not None:
            labelled.setdefault(coach.learned_text(question), Counter())[label] += 1
    for entry in coach.kb.entries:
        for question in entry.questions:
            add(question)
    for question, expected in test_questions if test_questions is not None else ():
        add(question, expected=expected)
    # one label per text: the most common (the same words in two sets answered two ways by the rules' context)
    return sorted((text, labels.most_common(1)[0][0]) for text, labels in labelled.items())


def _passing_label(coach: Coach, item: dict[str, Any]) -> str | None:
    """The label whose answer passes ``item`` where the matcher's does not: a decline ("diagnosis" for a diagnosis
    request), else the card named like the item's topic or the only card that passes; None when none or several
    (a guess among several taught the model worse answers than leaving the question out)."""
    declines = coach.kb.lexicon.declines
    if item["expect"] == "decline":
        kind = "diagnosis" if item["topic"] == "diagnosis" else "out_of_scope"
        return DECLINE + kind if passes(item, declines[kind], True) else None
    cards = [e.id for e in coach.kb.entries if passes(item, coach.answer_entry(e.id).text, False)]
    if item["topic"] in cards:
        return str(item["topic"])
    return cards[0] if len(cards) == 1 else None


def tested_questions() -> list[tuple[str, str | None]]:
    """Every ``question`` parameter of the test suite (collected, not run), with the card the test expects when it
    names one (an ``entry`` or ``expected`` parameter): the classes each tuning round wrote in its own words, and
    the look-alikes that must keep their answers."""
    import pytest

    class Collector:
        def __init__(self) -> None:
            self.questions: set[tuple[str, str | None]] = set()

        def pytest_collection_modifyitems(self, items: list[Any]) -> None:
            for item in items:
                params = getattr(getattr(item, "callspec", None), "params", {})
                if isinstance(params.get("question"), str):
                    expected = params.get("entry", params.get("expected"))
                    self.questions.add((params["question"], expected if isinstance(expected, str) else None))

    collector = Collector()
    code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", str(ROOT / "tests")], plugins=[collector])
    if code != 0:
        raise SystemExit(f"collecting the tests failed (pytest exit {code})")
    return sorted(collector.questions, key=lambda qe: (qe[0], qe[1] or ""))


def fingerprint(rows: list[tuple[str, str]]) -> str:
    return hashlib.sha256("\n".join(f"{t}\t{label}" for t, label in rows).encode()).hexdigest()


def _df(blocks: list[Counter[str]], min_df: int) -> dict[str, int]:
    df: Counter[str] = Counter()
    for b in blocks:
        df.update(b.keys())
    return {f: d for f, d in sorted(df.items()) if d >= min_df}


def _b64(values: array[Any]) -> str:
    if sys.byteorder == "big":  # stored little-endian
        values = array(values.typecode, values)
        values.byteswap()
    return base64.b64encode(values.tobytes()).decode()


def train(rows: list[tuple[str, str]]) -> dict[str, Any]:
    import numpy as np
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
    from sklearn.svm import LinearSVC  # type: ignore[import-untyped]

    grams = [features(t) for t, _ in rows]
    char_df, word_df = _df([c for c, _ in grams], CHAR_MIN_DF), _df([w for _, w in grams], 1)
    char_index = {g: i for i, g in enumerate(char_df)}
    word_index = {g: i for i, g in enumerate(word_df, start=len(char_df))}
    n = len(rows)  # scikit-learn's smoothed idf, rounded as stored (float32)
    idf = array("f", (math.log((1 + n) / (1 + d)) + 1 for d in (*char_df.values(), *word_df.values())))
    # the TF-IDF values the model will score with (learned.tfidf, over the idf as stored: float32, held as float64)
    idf_held = np.array(idf, dtype=np.float64)
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for chars, words in grams:
        for block, index in ((chars, char_index), (words, word_index)):
            block_rows, values = tfidf(block, index, idf_held)
            indices += block_rows
            data += values.tolist()
        indptr.append(len(data))
    x = csr_matrix((data, indices, indptr), shape=(n, len(idf)))
    labels = sorted({label for _, label in rows})
    assert len(labels) < 256, "label_of is one byte"
    y = [labels.index(label) for _, label in rows]
    svm = LinearSVC(C=C, max_iter=20000).fit(x, y)
    coef = svm.coef_.T  # rows: n-grams, columns: labels
    row_starts, label_of, weight = array("I", [0]), array("B"), array("f")
    for gram_row in coef:
        for label_index in (abs(gram_row) >= PRUNE).nonzero()[0]:
            label_of.append(int(label_index))
            weight.append(float(gram_row[label_index]))
        row_starts.append(len(weight))
    return {
        "format": FORMAT,
        "labels": labels,
        "intercepts": [float(b) for b in svm.intercept_],
        "corpus": "",  # main() fills in the stored sets' fingerprint
        "char_grams": "\n".join(char_df),
        "word_grams": "\n".join(word_df),
        "idf": _b64(idf),
        "rows": _b64(row_starts),
        "label_of": _b64(label_of),
        "weight": _b64(weight),
    }


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    coach = Coach.load(learned=False)
    stored = corpus(coach)  # what tests/test_learned.py checks the shipped model against
    if "--check" in argv:
        current = Learned.load(DATA_DIR / LEARNED_FILE).corpus
        print("up to date" if current == fingerprint(stored) else "stale: retrain")
        return 0 if current == fingerprint(stored) else 1
    tested = tested_questions()
    rows = corpus(coach, tested)
    print(f"{len(tested)} questions collected from the tests")
    print(f"corpus: {len(rows)} texts, {len({label for _, label in rows})} labels "
          f"({time.perf_counter() - started:.0f} s to label with the rules)")
    path = DATA_DIR / LEARNED_FILE
    raw = train(rows)
    raw["corpus"] = fingerprint(stored)
    model = Learned(raw)
    missed = [(t, label, model.opinion(t).label) for t, label in rows if model.opinion(t).label != label]
    for text, label, got in missed[:20]:
        print(f"  not fitted: {label} -> {got}: {text[:100]}")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(raw, f, separators=(",", ":"), sort_keys=True)
    print(f"wrote {path.relative_to(ROOT)}: {len(model.weight)} weights over {len(model.idf)} n-grams, "
          f"{path.stat().st_size / 1e6:.1f} MB; {len(rows) - len(missed)}/{len(rows)} corpus texts fitted; "
          f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
