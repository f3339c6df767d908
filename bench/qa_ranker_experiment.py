"""Experiment (issue 12): does a small learned classifier, trained on our own labelled questions, help the
hand-written rules on questions nobody tuned on? Measured, not adopted (figures in the issue-12 report).

Model: scikit-learn TF-IDF (word 1-2 grams of the coach's normalised terms + char 2-5 grams of the raw text, for
typos) and a linear classifier predicting the KB entry whose answer passes the scoring rule (the question's
topic when that entry passes, else the entry the rules gave if it passes, else the first passing one), or
"decline". Only questions that reach the matcher are touched: the safety layer, off-scope classes, intents and
the analyser's own declines run first and keep their answers.

Protocol (never train on a set reported as held out; qa_blind7 is the validation set and never trained on):
- validation: train on every tests/data set except qa_blind7 (plus the KB's stored phrasings), test on it;
- leave-one-set-out: the same without qa_blind5 (resp. qa_blind6, qa_safety_blind, qa_calibration);
- --at COMMIT: the rules as they were at a commit, trained only on the sets that existed then: the rules'
  figure is then untouched too (the current rules were tuned on blind5 and blind6 after they were measured).
Policies combining rules and model (matcher stage only):
- fallback@t: the rules declined "unsure", the model's top entry has probability >= t: answer it;
- override@t: the rules answered entry X, the model says Y != X (entry or decline) with probability >= t: Y;
- both@t: fallback and override;  rerank@t: the model re-orders the matcher's top 3 (declines stay);
- model-only: the model's top label; cv-picked: the policy that scores best on 5-fold out-of-fold
  predictions over the training sets only (the honest pick: every other row is a grid seen on the test set).

Usage (pip install -e '.[experiment]' first: scikit-learn is not a dependency of the bot or the tests):
  python bench/qa_ranker_experiment.py --balanced                         # blind5/6/7, safety, calibration
  python bench/qa_ranker_experiment.py --balanced --at 'bf2f708^' --held qa_blind5   # rules before blind5
  python bench/qa_ranker_experiment.py --balanced --at '9135b5f^' --held qa_blind6   # rules before blind6
  python bench/qa_ranker_experiment.py --balanced --speed                 # import / fit / predict cost
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))
if "--at" in sys.argv:  # time travel: load the rules as they were at a commit (question sets stay current)
    _AT = sys.argv[sys.argv.index("--at") + 1]
    _OLD = Path(tempfile.mkdtemp(prefix="qa_ranker_"))
    subprocess.run(f"git -C {ROOT} archive {_AT} bot bench | tar -x -C {_OLD}", shell=True, check=True)
    sys.path.insert(0, str(_OLD))

import numpy as np  # noqa: E402
from scipy.sparse import hstack  # type: ignore[import-untyped]  # noqa: E402
from sklearn.calibration import CalibratedClassifierCV  # type: ignore[import-untyped]  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]  # noqa: E402
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]  # noqa: E402
from sklearn.svm import LinearSVC  # type: ignore[import-untyped]  # noqa: E402

from bench.qa_eval import load_items, passes  # noqa: E402
from bot.knowledge.coach import Answer, Coach  # noqa: E402
from bot.knowledge.normalize import clean  # noqa: E402

DATA = ROOT / "tests" / "data"
DECLINE = "__decline__"
HELD_OUT = ("qa_blind5", "qa_blind6", "qa_blind7", "qa_safety_blind", "qa_calibration")
RERANK_TOP = 3
Pred = tuple[str, float, dict[str, float]]  # top label, its probability, every label's probability
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


class Traced(Coach):
    """The real pipeline, recording which stage answered: the model may only act where the matcher did."""

    stage: str = ""
    kind: str = ""
    top: tuple[str, ...] = ()

    def answer(self, question: str) -> Answer:
        self.stage, self.kind, self.top = "pre", "", ()
        rank = self.matcher.rank

        def traced_rank(*a: Any, **k: Any) -> Any:
            self.stage = "matcher"
            self.top = tuple(m.entry.id for m in rank(a[0], limit=RERANK_TOP))  # the re-ranker's candidates
            return rank(*a, **k)

        self.matcher.rank = traced_rank  # type: ignore[method-assign]
        try:
            return super().answer(question)
        finally:
            del self.matcher.rank

    def _decline(self, asked: str, kind: str, *args: Any, **kwargs: Any) -> Answer:
        self.kind = kind
        return super()._decline(asked, kind, *args, **kwargs)


@dataclass
class Item:
    set: str
    raw: dict
    question: str
    features: str  # normalised terms (lexicon, typo fixes, stemming) for the word n-grams
    label: str | None  # entry id whose answer passes, DECLINE, or None (no entry passes)
    answer: Answer | None  # None for the KB's own phrasings (training only)
    stage: str
    kind: str
    ok: bool  # the current pipeline passes it
    passing: frozenset[str]  # labels whose answer passes
    top: tuple[str, ...] = ()  # the matcher's best RERANK_TOP entries


def features(coach: Coach, question: str) -> tuple[str, str]:
    asked = clean(question)  # its default cap is the matcher's
    try:
        analysis = coach.normalizer.analyze(asked, cleaned=True)
    except TypeError:  # rules older than the ``cleaned`` flag (--at)
        analysis = coach.normalizer.analyze(asked)
    drill = "DRILL" if analysis.mentions_drill else ""
    return asked.lower(), " ".join((*analysis.terms, drill))


def build_items(coach: Traced) -> list[Item]:
    entries = coach.kb.entries
    decline_text = coach.kb.lexicon.declines["out_of_scope"]
    items = []
    for path in sorted(DATA.glob("qa_*.jsonl")):
        for raw in load_items(path):
            ans = coach.answer(raw["question"])
            stage, kind = coach.stage, coach.kind
            if getattr(ans, "rule", None) is not None or getattr(ans, "intent", None) is not None:
                stage = "pre"
            passing = {e.id for e in entries if passes(raw, e.answer, False)}
            if passes(raw, decline_text, True):
                passing.add(DECLINE)
            if raw["expect"] == "decline":
                label: str | None = DECLINE if DECLINE in passing else None
            elif raw["topic"] in passing:
                label = raw["topic"]
            elif ans.entry_id in passing:
                label = ans.entry_id
            else:
                label = next((e.id for e in entries if e.id in passing), None)
            text, feats = features(coach, raw["question"])
            items.append(Item(path.stem, raw, text, feats, label, ans, stage, kind,
                              passes(raw, ans.text, ans.declined), frozenset(passing), coach.top))
    for e in entries:  # the KB's own phrasings: labelled by construction
        for q in e.questions:
            text, feats = features(coach, q)
            items.append(Item("kb", {}, text, feats, e.id, None, "", "", True, frozenset({e.id})))
    return items


class Model:
    balanced = False  # class_weight="balanced" (--balanced): chosen on 5-fold CV of the training sets only

    def __init__(self, clf: str) -> None:
        self.word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
        self.char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        self.clf_name = clf

    def _x(self, items: list[Item], fit: bool) -> Any:
        if fit:
            return hstack([self.word.fit_transform([i.features for i in items]),
                           self.char.fit_transform([i.question for i in items])]).tocsr()
        return hstack([self.word.transform([i.features for i in items]),
                       self.char.transform([i.question for i in items])]).tocsr()

    def fit(self, items: list[Item]) -> Model:
        items = [i for i in items if i.label is not None]
        y = [i.label for i in items]
        if self.clf_name == "svm":
            self.clf: Any = CalibratedClassifierCV(LinearSVC(C=0.5), cv=3)
        else:
            self.clf = LogisticRegression(C=20, max_iter=3000, class_weight="balanced" if self.balanced else None)
        self.clf.fit(self._x(items, True), y)
        return self

    def predict(self, items: list[Item]) -> list[Pred]:
        proba = self.clf.predict_proba(self._x(items, False))
        best = proba.argmax(axis=1)
        classes = [str(c) for c in self.clf.classes_]
        return [(classes[b], float(p[b]), dict(zip(classes, p.tolist(), strict=True)))
                for b, p in zip(best, proba, strict=True)]


def policy_ok(item: Item, pred: Pred, policy: str, t: float) -> bool:
    """Does the combined answer pass? The model acts only at the matcher stage."""
    if item.stage != "matcher":
        return item.ok
    assert item.answer is not None  # only the KB's phrasings have none, and they never reach the matcher here
    label, p, probs = pred
    declined, confident = item.answer.declined, p >= t
    if policy == "rerank":  # the model re-orders the matcher's own candidates; a decline stays a decline
        if declined or not item.top:
            return item.ok
        pick = max(item.top, key=lambda e: probs.get(e, 0.0))
        return pick in item.passing if pick != item.answer.entry_id and probs.get(pick, 0.0) >= t else item.ok
    fallback = policy in ("fallback", "both") and declined and item.kind == "unsure" and confident and label != DECLINE
    override = policy in ("override", "both") and not declined and confident and label != item.answer.entry_id
    if policy == "model-only" or fallback or override:
        return label in item.passing
    return item.ok


def score(items: list[Item], preds: list[Pred], policy: str, t: float) -> int:
    return sum(policy_ok(i, p, policy, t) for i, p in zip(items, preds, strict=True))


POLICIES = [("fallback", t) for t in THRESHOLDS] + [("override", t) for t in THRESHOLDS] + [
    ("both", t) for t in THRESHOLDS] + [("rerank", t) for t in (0.0, *THRESHOLDS)] + [("model-only", 0.0)]


def cv_pick(train: list[Item], clf: str) -> tuple[str, float]:
    """Choose a policy on out-of-fold predictions over the training sets only (ties: the most conservative)."""
    labelled = [i for i in train if i.label is not None]
    y = np.array([i.label for i in labelled])
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    preds: list[Pred] = [("", 0.0, {})] * len(labelled)
    counts = {lab: (y == lab).sum() for lab in set(y)}
    strat = np.array([lab if counts[lab] >= 5 else "rare" for lab in y])
    for tr, te in folds.split(np.zeros(len(y)), strat):
        m = Model(clf).fit([labelled[k] for k in tr])
        for k, p in zip(te, m.predict([labelled[k] for k in te]), strict=True):
            preds[k] = p
    evaluable = [(i, p) for i, p in zip(labelled, preds, strict=True) if i.set != "kb"]
    base = sum(i.ok for i, _ in evaluable)
    best = ("none", 1.0)
    best_score = base
    for policy, t in POLICIES:
        s = sum(policy_ok(i, p, policy, t) for i, p in evaluable)
        if s > best_score:
            best, best_score = (policy, t), s
    print(f"  cv on training sets ({len(evaluable)} questions): rules {base}, picked {best} -> {best_score}")
    return best


def run_holdout(items: list[Item], held: str, clf: str, train_sets: set[str] | None = None,
                ) -> dict[str, tuple[int, int, int]]:
    """Train on every set but ``held`` and qa_blind7 (the validation set), or on ``train_sets`` (+ the KB).
    Returns {policy: (passed, total, declines the rules got right and the combination loses)}."""
    if train_sets is not None:
        train = [i for i in items if i.set in train_sets or i.set == "kb"]
    else:
        train = [i for i in items if i.set not in (held, "qa_blind7")]
    assert all(i.set != held for i in train)
    test = [i for i in items if i.set == held]
    used = sorted({i.set for i in train})
    model = Model(clf).fit(train)
    preds = model.predict(test)
    base = sum(i.ok for i in test)
    at_matcher = sum(i.stage == "matcher" for i in test)
    print(f"== {held}: held out; trained on {', '.join(used)} ({sum(i.label is not None for i in train)} labelled)")
    print(f"  current pipeline {base}/{len(test)} ({base / len(test):.1%}); {at_matcher} reach the matcher")
    out = {"rules": (base, len(test), 0)}
    picked = cv_pick(train, clf)
    for policy, t in [*POLICIES, ("cv-picked", 0.0)]:
        name = f"{policy}@{t:.1f}" if policy not in ("model-only", "cv-picked") else policy
        if policy == "cv-picked":
            print(f"  cv-picked policy: {picked[0]}@{picked[1]:.1f}")
            policy, t = picked
        oks = [policy_ok(i, p, policy, t) for i, p in zip(test, preds, strict=True)]
        lost = sum(i.ok and not ok and i.raw["expect"] == "decline" for i, ok in zip(test, oks, strict=True))
        out[name] = (sum(oks), len(test), lost)
    return out


def print_table(results: dict[str, dict[str, tuple[int, int, int]]]) -> None:
    sets = list(results)
    print("\npolicy".ljust(30) + "".join(s.removeprefix("qa_").rjust(16) for s in sets))
    for name in next(iter(results.values())):
        cells = []
        for s in sets:
            ok, n, lost = results[s][name]
            base = results[s]["rules"][0]
            cell = f"{ok}/{n}" + (f" {ok - base:+d}" if name != "rules" else "") + (f" !{lost}" if lost else "")
            cells.append(cell.rjust(16))
        print(name.ljust(29) + "".join(cells))
    print("(+n: questions gained over the rules; !n: declines the rules got right and the combination loses;"
          " cv-picked: the policy each run chose on its own training sets, printed above)")


def speed(items: list[Item], clf: str) -> None:
    """What the model would cost inside answer(): sklearn's import (cold start) and one question's predict."""
    cold = subprocess.run([sys.executable, "-c", "import time; t=time.perf_counter(); import sklearn.linear_model,"
                           " sklearn.feature_extraction.text; print((time.perf_counter()-t)*1000)"],
                          capture_output=True, text=True, check=True).stdout.strip()
    model = Model(clf).fit([i for i in items if i.set != "qa_blind7"])
    t0 = time.perf_counter()
    model = Model(clf).fit([i for i in items if i.set != "qa_blind7"])
    fit_ms = (time.perf_counter() - t0) * 1000
    test = [i for i in items if i.set == "qa_blind7"]
    times = []
    for _ in range(5):
        for i in test:
            t = time.perf_counter()
            model.predict([i])
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"speed: import sklearn {float(cold):.0f} ms cold; fit {fit_ms:.0f} ms; predict one question "
          f"p50 {times[len(times) // 2]:.3f} ms, p99 {times[int(len(times) * 0.99)]:.3f} ms")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clf", choices=("logreg", "svm"), default="logreg")
    parser.add_argument("--at", help="rules (bot/) as at this commit; train only on the sets that existed then")
    parser.add_argument("--held", nargs="*", default=list(HELD_OUT), help="sets to hold out, one run each")
    parser.add_argument("--speed", action="store_true", help="only time the model (import, fit, predict)")
    parser.add_argument("--balanced", action="store_true", help="balanced class weights (logreg)")
    args = parser.parse_args(argv)
    Model.balanced = args.balanced
    coach = cast(Traced, Traced.load())
    items = build_items(coach)
    unlabelled = sum(i.label is None for i in items)
    print(f"{len(items)} questions ({unlabelled} with no passing KB entry: not trained on); classifier {args.clf}")
    train_sets = None
    if args.at:
        listing = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", args.at, "tests/data/"],
                                 capture_output=True, text=True, check=True).stdout.split()
        train_sets = {Path(n).stem for n in listing if n.endswith(".jsonl")} - set(args.held)
        print(f"rules as at {args.at}; sets that existed then: {', '.join(sorted(train_sets))}")
    if args.speed:
        speed(items, args.clf)
        return 0
    results = {held: run_holdout(items, held, args.clf, train_sets) for held in args.held}
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
