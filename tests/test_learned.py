"""The learned second opinion (bot/knowledge/learned.py): its features and scores, where the coach asks it (only
where the matcher declined or was unsure, never over a rule), and that the shipped model is trained on what the
current rules answer (scripts/train_learned.py)."""

from __future__ import annotations

import base64
import gzip
import importlib.util
import json
import math
import subprocess
import sys
from array import array
from collections import Counter
from pathlib import Path

import pytest

from bot.knowledge.coach import LEARNED_BELOW, LEARNED_OVER_DECLINE, LEARNED_SAFETY_MARGIN, Coach
from bot.knowledge.kb import DATA_DIR
from bot.knowledge.learned import FORMAT, LEARNED_FILE, SAFETY, Learned, Opinion, features

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def coach() -> Coach:
    c = Coach.load()
    c.warm()
    return c


def _b64(code: str, values: list[float] | list[int]) -> str:
    packed = array(code, values)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode()


def _tiny(weights: dict[str, list[tuple[int, float]]], intercepts: tuple[float, float] = (0.0, -0.1)) -> Learned:
    """Two labels, the n-grams of "heel" and "cake" (idf 1), weights by hand."""
    chars = sorted({g for w in ("heel", "cake") for g in features(w)[0]})
    words = ["cake", "heel"]
    rows, label_of, weight = [0], [], []
    for gram in (*(f"c:{g}" for g in chars), *(f"w:{w}" for w in words)):
        for label, w in weights.get(gram, ()):
            label_of.append(label)
            weight.append(w)
        rows.append(len(weight))
    return Learned({
        "format": FORMAT, "labels": ["technique_heel_path", "decline:out_of_scope"], "intercepts": list(intercepts),
        "corpus": "", "char_grams": "\n".join(chars), "word_grams": "\n".join(words),
        "idf": _b64("f", [1.0] * (len(chars) + len(words))), "rows": _b64("I", rows), "label_of": _b64("B", label_of),
        "weight": _b64("f", weight),
    })


def test_features_are_character_and_word_ngrams() -> None:
    chars, words = features("heel flick heel")
    assert chars[" he"] == 2 and chars["heel "] == 2 and chars[" flic"] == 1
    assert all(3 <= len(g) <= 5 for g in chars)
    assert words == Counter({"heel": 2, "flick": 1, "heel flick": 1, "flick heel": 1})


def test_the_opinion_is_the_best_linear_score_and_its_margin() -> None:
    model = _tiny({"w:heel": [(0, 2.0)], "w:cake": [(1, 3.0)]})
    # one word n-gram "heel" (tf 1, idf 1, unit length: 1.0) and no known character n-gram beyond its own
    only_heel = model.opinion("heel")
    chars, _ = features("heel")
    assert only_heel.label == "technique_heel_path"
    assert only_heel.margin == pytest.approx(2.0 - -0.1)
    # twice "cake", once "heel": sublinear tf (1 + ln 2) and unit length over the word block
    mixed = model.opinion("cake heel cake")
    cake, heel = 1 + math.log(2), 1.0
    norm = math.hypot(cake, heel)
    assert mixed == Opinion("decline:out_of_scope", pytest.approx((3.0 * cake / norm - 0.1) - 2.0 * heel / norm))
    assert chars  # the character block is scored too, with no weights here


def test_a_model_of_another_format_is_refused() -> None:
    with pytest.raises(ValueError, match="retrain"):
        Learned({"format": FORMAT + 1})


class _PlainScorer:
    """The model scored in plain Python, one weight at a time: what Learned.opinion computed before numpy, kept
    here as the reference its vectorised sum must agree with."""

    def __init__(self, raw: dict[str, object]) -> None:
        def decoded(key: str, code: str) -> array[float] | array[int]:
            values = array(code, base64.b64decode(str(raw[key])))
            if sys.byteorder == "big" and values.itemsize > 1:
                values.byteswap()
            return values

        self.labels = [str(label) for label in raw["labels"]]  # type: ignore[attr-defined]
        self.intercepts = [float(b) for b in raw["intercepts"]]  # type: ignore[attr-defined]
        chars, words = str(raw["char_grams"]).split("\n"), str(raw["word_grams"]).split("\n")
        self.char_index = {g: i for i, g in enumerate(chars)}
        self.word_index = {g: i for i, g in enumerate(words, start=len(chars))}
        self.idf, self.rows = decoded("idf", "f"), decoded("rows", "I")
        self.label_of, self.weight = decoded("label_of", "B"), decoded("weight", "f")

    def _weighted(self, counts: Counter[str], index: dict[str, int]) -> list[tuple[int, float]]:
        values = [(row, (1.0 + math.log(n)) * self.idf[row]) for gram, n in counts.items()
                  if (row := index.get(gram)) is not None]
        norm = math.sqrt(sum(v * v for _, v in values))
        return [(row, v / norm) for row, v in values] if norm else []

    def opinion(self, text: str, *, without: str | None = None) -> Opinion:
        chars, words = features(text)
        scores = list(self.intercepts)
        for row, value in (*self._weighted(chars, self.char_index), *self._weighted(words, self.word_index)):
            for at in range(self.rows[row], self.rows[row + 1]):
                scores[self.label_of[at]] += self.weight[at] * value
        ranked = [i for i in range(len(scores)) if without is None or not self.labels[i].startswith(without)]
        best, second = sorted(ranked, key=scores.__getitem__, reverse=True)[:2]
        return Opinion(self.labels[best], scores[best] - scores[second])


def test_the_vectorised_opinion_is_the_plain_python_sum(coach: Coach) -> None:
    """Every 10th stored question (about 3,000; every 4th of those without the safety labels too): the same label
    as the plain-Python reference and the same margin up to float rounding."""
    with gzip.open(DATA_DIR / LEARNED_FILE, "rt", encoding="utf-8") as f:
        plain = _PlainScorer(json.load(f))
    model = coach.learned
    assert model is not None
    questions = [json.loads(line)["question"] for path in sorted((ROOT / "tests" / "data").glob("qa_*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [coach.learned_text(q) for q in questions[::10]]
    assert len(texts) > 2_000
    asked = [(t, None) for t in texts] + [(t, SAFETY) for t in texts[::4]]
    for text, without in [*asked, ("", None), ("zzzz qqqq", SAFETY)]:  # and no known n-gram: the intercepts alone
        got, expected = model.opinion(text, without=without), plain.opinion(text, without=without)
        assert got.label == expected.label, (text, without)
        assert got.margin == pytest.approx(expected.margin, abs=1e-6), (text, without)


def test_numpy_is_imported_when_the_model_is_loaded_not_at_cold_load() -> None:
    """The knowledge base's cold load (200 ms budget, bench/qa_speed.py) does not pay for numpy: warm-up does."""
    script = ("import sys; from bot.knowledge.coach import Coach; c = Coach.load(); cold = 'numpy' in sys.modules;"
              " c.warm(); print(cold, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_the_shipped_model_is_loaded_with_the_rules(coach: Coach) -> None:
    assert coach.learned is not None and (DATA_DIR / LEARNED_FILE).exists()
    rules = Coach.load(learned=False)
    rules.warm()
    assert rules.learned is None


class _Says:
    """A stand-in model that always gives one label, and counts how often it was asked."""

    def __init__(self, label: str, margin: float = 1.0) -> None:
        self.label, self.margin, self.asked = label, margin, 0

    def opinion(self, text: str, *, without: str | None = None) -> Opinion:
        self.asked += 1
        if without is not None and self.label.startswith(without):  # its next best label: none the coach knows
            return Opinion("no_such_card", self.margin)
        return Opinion(self.label, self.margin)


@pytest.mark.parametrize("question", [
    "I get chest pain and feel dizzy when doing butt kicks",  # a red flag
    "is my acl torn",  # a diagnosis request
    "I'm 30 weeks pregnant, can I still do butt kicks?",  # a condition
    "what's my streak",  # an intent
    "what muscles do butt kicks work",  # a confident card
])
def test_a_rule_or_a_confident_card_never_asks_the_model(question: str) -> None:
    c = Coach.load()
    c.warm()
    before = c.answer(question)
    says = _Says("decline:out_of_scope")
    c.learned = says  # type: ignore[assignment]
    after = c.answer(question)
    assert says.asked == 0 and after == before


def test_an_unsure_match_takes_the_models_card_and_says_so() -> None:
    c = Coach.load()
    c.warm()
    question = "how do i aim the bit that goes up behind me"
    before = Coach.load(learned=False).answer(question)  # the rules alone: the arms card, unsure
    assert before.rule is None and (before.declined or before.confidence < LEARNED_BELOW), before
    c.learned = _Says("technique_heel_path")  # type: ignore[assignment]
    after = c.answer(question)
    assert (after.entry_id, after.learned, after.declined) == ("technique_heel_path", True, False)
    c.learned = _Says("decline:out_of_scope")  # type: ignore[assignment]
    declined = c.answer(question)
    assert declined.declined and (declined.learned or before.declined)


def test_a_matcher_decline_takes_the_models_card_only_when_it_is_clearly_ahead() -> None:
    """Where the matcher found no card, a card from the model stands only LEARNED_OVER_DECLINE ahead of its next
    label: on untouched rounds the model's near-ties turned another activity's technique into a drill card."""
    c = Coach.load()
    c.warm()
    question = "tips for my harness shop job"
    before = Coach.load(learned=False).answer(question)
    assert before.declined and before.rule is None, before
    c.learned = _Says("breathing_cadence", LEARNED_OVER_DECLINE - 0.01)  # type: ignore[assignment]
    assert c.answer(question) == before
    c.learned = _Says("breathing_cadence", LEARNED_OVER_DECLINE)  # type: ignore[assignment]
    after = c.answer(question)
    assert (after.entry_id, after.learned, after.declined) == ("breathing_cadence", True, False)


def test_the_models_card_passes_the_injury_sign_backstop() -> None:
    """The rules gave the pain card (unsure): a model choosing a technique card instead must not reach a member
    describing pain that lasts; the backstop answers "stop and get it checked"."""
    c = Coach.load()
    c.warm()
    question = ("been doing butt kiks for a week and my knee stil hurts 3 days after the last session. keep doing "
                "them or what")
    before = Coach.load(learned=False).answer(question)
    assert before.entry_id == "knee_pain_safety" and before.confidence < LEARNED_BELOW
    c.learned = _Says("technique_arms")  # type: ignore[assignment]
    after = c.answer(question)
    assert after.rule == "injury_sign" and after.entry_id is None


def test_the_models_red_flag_or_diagnosis_request_answers_as_the_rules_would() -> None:
    """Where the rules were unsure, the model's red flag gets the shared "stop now" answer (never the injury-sign
    backstop's, which would let them walk it off) and its diagnosis request the diagnosis decline; only when
    clearly ahead of its next label."""
    c = Coach.load()
    c.warm()
    assert c.safety is not None
    unsure = "how do i aim the bit that goes up behind me"
    before = Coach.load(learned=False).answer(unsure)
    c.learned = _Says("safety:red_flag")  # type: ignore[assignment]
    red = c.answer(unsure)
    assert (red.rule, red.learned, red.declined, red.text) == (
        "red_flag:learned", True, False, c.safety.rules.red_flag_answer)
    pain = ("been doing butt kiks for a week and my knee stil hurts 3 days after the last session. keep doing "
            "them or what")  # the backstop's question above: the model's red flag stands over it
    assert c.answer(pain).rule == "red_flag:learned"
    c.learned = _Says("safety:diagnosis")  # type: ignore[assignment]
    diagnosis = c.answer(unsure)
    assert (diagnosis.rule, diagnosis.declined, diagnosis.text) == (
        "diagnosis:learned", True, c.kb.lexicon.declines["diagnosis"])
    c.learned = _Says("safety:red_flag", LEARNED_SAFETY_MARGIN - 0.01)  # type: ignore[assignment]
    assert c.answer(unsure) == before


@pytest.mark.parametrize(("question", "label"), [
    ("I get chest pain and feel dizzy when doing butt kicks", "safety:red_flag"),
    ("is my acl torn", "safety:diagnosis"),
    ("I'm 30 weeks pregnant, can I still do butt kicks?", None),  # a condition: its cautious card, not learned
    ("what's my streak", None),
    ("what muscles do butt kicks work", "muscles_primary"),
    # an off-scope rule's decline is taught only where the drill is named and nothing the drill does is talked of:
    # the family of "the drill told in passing" that new rounds bring with new subjects
    ("we do butt kicks before the parade at the festival, when do the tickets go on sale and where",
     "decline:out_of_scope"),
    ("I do my butt kicks on the beach before running. What time is low tide in Paje next week?", None),
    ("what's the best pizza in naples", None),  # the drill never named: the rules always answer it first
])
def test_the_model_learns_red_flags_and_diagnosis_requests_not_other_rules(
    coach: Coach, question: str, label: str | None
) -> None:
    assert coach.learned_label(coach.answer(question)) == label


def _train_script() -> object:
    spec = importlib.util.spec_from_file_location("train_learned", ROOT / "scripts" / "train_learned.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_is_trained_on_what_the_rules_answer_now() -> None:
    """Every stored question and card phrasing, labelled with the rules' answer, must be what the model was trained
    on: a knowledge change without retraining leaves the model's labels behind the rules'."""
    train = _train_script()
    rows = train.corpus(Coach.load(learned=False))  # type: ignore[attr-defined]
    assert len(rows) > 10_000
    shipped = Learned.load(DATA_DIR / LEARNED_FILE).corpus
    assert train.fingerprint(rows) == shipped, "the rules changed: run python scripts/train_learned.py"  # type: ignore[attr-defined]
