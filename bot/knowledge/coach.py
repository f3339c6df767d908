"""The coaching Q&A core: question in, short answer (or polite decline) out. No Discord, no network."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.cards import Button, ButtonStyle, Card, Field
from bot.knowledge import parse_cache
from bot.knowledge.intents import Intent, match_intent, remindme_command
from bot.knowledge.kb import DATA_DIR, Entry, KnowledgeBase, load_kb
from bot.knowledge.learned import DECLINE, LEARNED_FILE, SAFETY, Learned
from bot.knowledge.matcher import Matcher, indexed_texts
from bot.knowledge.normalize import CLEAN_CAP, RAW_CAP, Analysis, Normalizer, analysis_code, clean
from bot.knowledge.prefilter import Commonness
from bot.knowledge.safety import InjurySign, Kind, Safety, Verdict, index_classes, safety_classes
from bot.knowledge.scope import MEDICAL, match_scope

# Confidence = weighted evidence in [0, 1]; weights chosen on the dev + extra question sets.
W_COVERAGE = 0.5  # how much of the message the entry explains
W_SCORE = 0.3  # absolute BM25 strength
W_CONTEXT = 0.2  # the message names the drill (or says "these"/"them")
SCORE_SATURATION = 4.0
THRESHOLD = 0.48
OFF_TOPIC_THRESHOLD = 0.6  # off-topic words next to the drill's name need stronger evidence
DRILL_ONLY_CONFIDENCE = 0.6
# below this confidence the learned model's label wins over the matcher's card (Coach._second_opinion): picked on
# blind rounds 50 and 51 (0.8 kept all the model's gain there, answers above it were as often right as the model's)
LEARNED_BELOW = 0.8
# the model's red flag or diagnosis request stands only this far ahead of its next label: picked on blind rounds
# 45-53 with models trained without them (bench/learned_heldout.py): lower let more ordinary look-alikes ("a calf
# cramp, gone in 30 seconds") get "stop now", 0.75 let two red flags through again
LEARNED_SAFETY_MARGIN = 0.5
# where the matcher found no card (it declined), the model's card stands only this far ahead of its next label:
# picked on blind rounds 53-65, each measured untouched with the model of its time: below 0.2 its card over the
# matcher's decline was wrong 5 times in 6 (another activity's technique, a train, a salary, homework); from 0.2
# to 0.3 wrong twice, right 3 times; above, right 13 times in 14. No stored question's answer moved
LEARNED_OVER_DECLINE = 0.2
_SAFETY_KINDS = (Kind.RED_FLAG, Kind.DIAGNOSIS)
# off-scope rules that answer before the model: their declines teach it only where the question names the drill
# and talks of nothing the drill does (Unnamed.names_only_the_drill), the "drill told in passing" family the rules
# miss in each new round; taught all of them, the model declined in-scope questions told with another setting
_OFF_SCOPE_KINDS = ("scope", "passing", "unnamed")
# Two names of the drill and only these words ("are bum kicks and heel flicks different"): one drill, two names
SAME_OR_DIFFERENT = "different differ difference same identical alike vs versus mean means"

_LONE_I = re.compile(r"\bi\b(?=$|[\s'])")
_QUESTION_WORDS = frozenset(
    [
        "what",
        "what's",
        "whats",
        "which",
        "how",
        "why",
        "when",
        "where",
        "who",
        "do",
        "does",
        "did",
        "is",
        "are",
        "can",
        "could",
        "should",
        "would",
        "will",
        "am",
        "was",
    ]
)
MAX_RELATED = 3
LABEL_CHARS = 80
SUGGEST_CHARS = 100
DECLINE_SUGGESTIONS = ("muscles_primary", "how_to", "dosage_duration")
TECHNIQUE_FIELDS = (
    ("Posture", "technique_posture"),
    ("Heel path", "technique_heel_path"),
    ("Arms", "technique_arms"),
    ("Feet", "technique_foot_landing"),
    ("Cadence", "breathing_cadence"),
    ("Breathing", "breathing"),
)
COLOUR_DECLINED = 0x95A5A6
COLOUR_SAFETY = 0xE74C3C

# cards about pain: a resolved history beside one of them is not an ordinary question (the condition answers)
_PAIN_CARDS = ("knee_pain_safety",)
# a symptom denied about the history's joint ("no swelling, no pain in the knee itself"): not the question
_DENIED = re.compile(
    r"\b(?:no|without|not any|zero) (?:\w+ )?(?:swelling|clicking|clunking|pain|pains|ache|aching|soreness|"
    r"issues?|problems?|trouble|bother)\b(?: (?:in|at|around|with|from) (?:the|my|that) (?:\w+ )?"
    r"(?:knee|ankle|hip|joint|foot|leg|hamstring|calf|achilles)(?: itself)?)?"
    # and when it was: "ages ago", "years back", "back in 2012", "long since" ("ages" reads as older adults)
    r"|\b(?:(?:\w+ )?(?:years?|yrs?|ages|months?|decades?|long) (?:ago|back|since)|(?:back )?in (?:19|20)\d\d"
    r"|long since)\b"
)

STORY_SENTENCES = 3  # a message this many sentences long can hide its question at the end
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# a sentence mark of Safety.flatten_marked, captured: re.split gives each sentence, then its mark
_MARKED_SENTENCE = re.compile(r"(?:^|\s)([.?!])(?=\s|$)")


@dataclass(frozen=True)
class Answer:
    question: str  # the cleaned question (mentions/markdown stripped); never part of ``text``
    text: str
    declined: bool
    entry_id: str | None
    confidence: float
    more: str | None
    related: tuple[tuple[str, str], ...]  # (entry_id, a question to show on a button)
    rule: str | None = None  # the safety rule that answered ("red_flag:chest", "condition:hernia"…), if any
    title: str | None = None  # card title of an answer that has no entry (safety answers, intents)
    intent: str | None = None  # a question about the bot itself: "streak", "reminder", "help", "thanks"
    learned: bool = False  # the learned model's second opinion chose this card or decline (see learned.py)


def _diagram_png() -> bytes:
    # imported here: the diagram needs PIL (~15 ms to import), which only the muscles card uses, and the
    # knowledge base's cold load has a 200 ms budget
    from bot.knowledge import diagram

    return diagram.render_png()


def _label(question: str, limit: int) -> str:
    """KB phrasings are stored lower-case; make them presentable for buttons, titles and autocomplete."""
    text = _LONE_I.sub("I", question[:1].upper() + question[1:])
    asks = text.split(" ", 1)[0].lower() in _QUESTION_WORDS or ", " in text  # "knee pain, what do I do"
    if asks and not text.endswith("?"):
        text += "?"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _without_heading(text: str, heading: str) -> str:
    """An answer that opens with its field's own name ("Common mistakes and fixes: …") would show the
    heading twice on a card; drop the repeat and keep the sentence."""
    if not text.lower().startswith(heading.lower()):
        return text
    rest = text[len(heading):].lstrip(" :-–—")
    return rest[:1].upper() + rest[1:] if rest else text


class Coach:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._entries = kb.by_id()
        vocabulary = {
            w
            for e in kb.entries
            for text in (*e.questions, *e.keywords, e.answer, e.more or "")
            for w in text.lower().replace("-", " ").split()
        }
        vocabulary = {w.strip(".,:;!?()'\"") for w in vocabulary}
        self.normalizer = Normalizer(kb.lexicon, vocabulary, kb.english_words, cache_key=kb.fingerprint)
        self.matcher = Matcher(kb.entries, self.normalizer, self._analysed_cards(kb))
        self.safety = Safety(kb.safety, known=self.normalizer.vocab) if kb.safety else None
        self._suggestions = [_label(q, SUGGEST_CHARS) for e in kb.entries for q in e.questions]
        self._same_or_different = frozenset(self.normalizer.terms(SAME_OR_DIFFERENT))
        self._indexed = False
        self._learned_path: Path | None = None  # set by load(); read with the rules on the first question (warm)
        self.learned: Learned | None = None
        self._decline_kinds = {text: kind for kind, text in kb.lexicon.declines.items()}
        # the words of a condition's own card ("knee op", "cleared", "physio"), by card, for the conditions that can
        # be told as resolved: Coach._resolved_question reads the question without them
        self._history_words = {
            c.entry: re.compile(r"\b(?:" + "|".join(re.escape(k.lower()) for k in self._entries[c.entry].keywords)
                                + r")\b")
            for c in (kb.safety.conditions if kb.safety else ())
            if c.resolved is not None and c.entry is not None and self._entries[c.entry].keywords
        }

    def _analysed_cards(self, kb: KnowledgeBase) -> dict[str, dict[str, list[str]]] | None:
        """The terms of the texts the matcher indexes (matcher.indexed_texts), from the parse cache where this
        knowledge base's files and this normalizer's code were seen before: they depend on nothing else."""
        if not kb.fingerprint:
            return None
        phrasings, required = indexed_texts(kb.entries)

        def analyse() -> dict[str, dict[str, list[str]]]:
            return {"phrasing": {t: self.normalizer.phrasing_terms(t) for t in phrasings},
                    "terms": {t: self.normalizer.terms(t) for t in required}}

        def valid(data: Any) -> bool:
            return (isinstance(data, dict) and isinstance(data.get("phrasing"), dict)
                    and isinstance(data.get("terms"), dict) and all(t in data["phrasing"] for t in phrasings)
                    and all(t in data["terms"] for t in required))

        key = "\0".join([kb.fingerprint, analysis_code()])
        known: dict[str, dict[str, list[str]]] = parse_cache.derived("analysed-cards", key, analyse, valid)
        return known

    @classmethod
    def load(cls, path: Path | None = None, *, learned: bool = True) -> Coach:
        """Load the packaged knowledge base (or the data directory at ``path``). ``learned=False``: the rules
        alone, without the learned model's second opinion (what scripts/train_learned.py labels with)."""
        coach = cls(load_kb(path))
        model = (path or DATA_DIR) / LEARNED_FILE
        coach._learned_path = model if learned and model.exists() else None
        return coach

    def warm(self) -> None:
        """Compile now the patterns that loading leaves for the first question (safety, scope, intents and
        unnamed-question rules: ~300 ms) and index their literals: a front end calls it in a thread at
        start-up, so nobody's first question waits for it. A bad pattern raises KnowledgeBaseError naming its
        class. The learned model is read then too (~0.2 s)."""
        self._index_rules()
        if self.kb.unnamed is not None:
            self.kb.unnamed.patterns()
        self._load_learned()

    def _index_rules(self) -> None:
        rules = safety_classes(self.safety.rules) if self.safety is not None else ()
        index_classes([*rules, *(c.match for c in self.kb.scope), *(i.match for i in self.kb.intents)],
                      self._commonness())
        self._indexed = True

    def _commonness(self) -> Commonness | None:
        """How often the rules' literals occur in ordinary questions, read from the cards' own questions and
        answers as the rules read a question (flattened); keyed by those texts as written and the safety layer's
        spellings, which are what the flattening depends on."""
        safety = self.safety
        if safety is None:
            return None
        texts = [t for e in self.kb.entries for t in (*e.questions, e.answer, e.more or "")]
        spellings = (f"{k}={v}" for k, v in sorted(safety.rules.variants.items()))
        key = hashlib.blake2b("\0".join([*texts, *spellings]).encode(), digest_size=16).hexdigest()
        return Commonness(key, lambda: (safety.flatten(self.normalizer.shorthand.expand(t.lower())) for t in texts))

    def _load_learned(self) -> Learned | None:
        """The learned model (~0.2 s to read): at warm-up, else on the first question the matcher is unsure of."""
        if self.learned is None and self._learned_path is not None:
            self.learned = Learned.load(self._learned_path)
        return self.learned

    # --- answering -------------------------------------------------------------------------------

    def answer(self, question: str) -> Answer:
        if not self._indexed:  # the first question compiles the rules (a front end does it at start-up: warm)
            self._index_rules()
        asked, expanded, analysis = self.read(question)
        if analysis.empty:
            return self._decline(asked, "empty")
        # Safety reads the whole message, not just the first sentences the matcher keeps: a symptom
        # mentioned at the end of a long ramble still counts. Intents read the same flattened text.
        flat = self.safety.flatten(expanded) if self.safety is not None else None
        if flat is not None:
            first = self._before_retrieval(asked, expanded, flat, analysis) or self._passing(asked, expanded, flat)
            if first is not None:
                return first
        found = self._retrieve(asked, analysis)
        if found.declined and analysis.mentions_drill:  # a question buried at the end of a long story
            found = self._story_question(asked, expanded[:CLEAN_CAP]) or found
        if found.declined and analysis.mentions_drill and analysis.off_topic and flat is not None:
            found = self._setting_first(asked, expanded[:CLEAN_CAP], analysis) or found  # "traffic warden, a wedding"
        if flat is not None and not found.declined:  # the history's words chose its card ("acl rebuilt years ago,
            resolved = self.safety.resolved(flat, found.entry_id) if self.safety is not None else None
            if resolved is not None:  # signed off since: which muscles?"): the question's card, as after a rule
                found = self._resolved_question(asked, flat, analysis, resolved) or found
        found = self._backstop(asked, flat, found) if flat is not None else found
        opinion = self._second_opinion(asked, expanded, found)
        if opinion is found or flat is None or opinion.rule is not None:
            return opinion
        # the model's card passes the same backstop: an injury sign never gets a technique card from it either
        return self._backstop(asked, flat, opinion)

    def read(self, question: str) -> tuple[str, str, Analysis]:
        """The question as shown (cleaned, capped), its whole text with chat shorthand written out (what the
        safety layer reads), and the matcher's analysis of its first CLEAN_CAP characters."""
        whole = clean(question, RAW_CAP)
        # chat shorthand written out once ("w/o" -> "without"): the matcher and the safety layer read the same words
        expanded = self.normalizer.shorthand.expand(whole.lower())
        return whole[:CLEAN_CAP], expanded, self.normalizer.analyze(expanded[:CLEAN_CAP], cleaned=True, expanded=True)

    def learned_text(self, question: str) -> str:
        """What the learned model reads of a question (scripts/train_learned.py trains on the same)."""
        return self.read(question)[1][:CLEAN_CAP]

    def learned_label(self, answer: Answer) -> str | None:
        """What the learned model is trained to say for this answer of the rules: its card, DECLINE and the
        decline's kind (also an off-scope rule's, where the question names only the drill), or SAFETY and the kind
        of a red flag or diagnosis rule; None where another rule or an intent answered."""
        kind = (answer.rule or "").partition(":")[0]
        if kind in _SAFETY_KINDS:
            return SAFETY + kind
        if kind in _OFF_SCOPE_KINDS and answer.declined and self._names_only_the_drill(answer.question):
            return DECLINE + self._decline_kinds[answer.text]
        if answer.rule is not None or answer.intent is not None:
            return None
        return DECLINE + self._decline_kinds[answer.text] if answer.declined else answer.entry_id

    def _names_only_the_drill(self, question: str) -> bool:
        unnamed, safety = self.kb.unnamed, self.safety
        return unnamed is not None and safety is not None and unnamed.names_only_the_drill(
            safety.flatten(self.read(question)[1]))

    def _story_question(self, asked: str, text: str) -> Answer | None:
        """A question told at the end of a long story ("alarm didn't go off, spilled coffee on my laptop, ... so
        I'm asking you: which muscles do butt kicks work?"): the story's words (coffee, laptop) are padding, so the
        last question is read on its own when it names the drill and the whole message found no card."""
        sentences = [s for s in _SENTENCE.split(text) if s.strip()]
        if len(sentences) < STORY_SENTENCES:
            return None
        questions = [s for s in sentences if s.rstrip().endswith("?")]
        if not questions:
            return None
        last = questions[-1].rsplit(":", 1)[-1]  # "so I'm asking you instead: which muscles ..."
        analysis = self.normalizer.analyze(last, cleaned=True, expanded=True)
        if analysis.empty or not analysis.mentions_drill:
            return None
        found = self._retrieve(asked, analysis)
        return None if found.declined else found

    def _setting_first(self, asked: str, text: str, analysis: Analysis) -> Answer | None:
        """The asker's setting told in sentences of its own before the question (a job, a place, an event: "traffic
        warden trying to shift a stone before my sister's wedding. do butt kicks count as cardio?", "cookin at deer
        camp, my butt kicks sound like thunder. how should my feet hit the ground"): its off-topic words ("wedding",
        "cooking") are not what is asked, so the message's card needs only the ordinary bar, not the off-topic one,
        when the question's own sentence (the last asked with "?", else the last) has no off-topic word nor another
        subject and, read alone, finds that same card above the off-topic bar (so the evidence is the question's, not
        the setting's: "... leg press machine. is it dangerous to put the feet high on the plate?" stays). A question
        whose own sentence is off topic ("... what should I cook?") or finds another card or none ("... which route
        round the island for puffins?") stays declined."""
        assert self.safety is not None
        marked = self.safety.flatten_marked(text)
        pieces = [*_MARKED_SENTENCE.split(marked), ""]  # each sentence, then its mark ("" after the last)
        parts = [(" ".join(w for w in part.split() if w != ","), mark)
                 for part, mark in zip(pieces[::2], pieces[1::2], strict=True)]
        parts = [(part, mark) for part, mark in parts if part]
        if len(parts) < 2:
            return None
        asked_parts = [part for part, mark in parts if mark == "?"]
        question = asked_parts[-1] if asked_parts else parts[-1][0]
        if question == parts[0][0] or len(question.split()) < 3:
            return None  # the setting must come first, in a sentence of its own
        own = self.normalizer.analyze(question, cleaned=True, expanded=True)
        if own.empty or own.off_topic or own.other_subject:
            return None
        alone = self._retrieve(asked, own)
        if alone.declined or alone.confidence < OFF_TOPIC_THRESHOLD:  # read alone, it clears the off-topic bar
            return None
        found = self._retrieve(asked, analysis, setting_first=True)
        return None if found.declined or found.entry_id != alone.entry_id else found

    def _before_retrieval(self, asked: str, expanded: str, flat: str, analysis: Analysis) -> Answer | None:
        """Safety rules, off-scope subjects and questions about the bot, in that order of precedence."""
        assert self.safety is not None
        # the classes that read sentence marks read the same words as the rest (shorthand written out: a name
        # voice-to-text split, "bur sitis?", is the guess "bursitis?"), from ``expanded``, not ``asked``
        verdict = self.safety.check(expanded, flat=flat)
        off_scope = match_scope(self.kb.scope, flat)
        # treated for a condition and asking about the drill ("on bp meds, fine to do butt kicks?"): the condition's
        # answer; asking about anything else ("new bp tablets, ok to still come to the walking group?") is not
        treated = verdict is not None and verdict.on_treatment and self._about_drill(analysis)
        if off_scope is not None and (
            verdict is None
            or (verdict.kind is Kind.CONDITION and off_scope.decline == MEDICAL and not treated)
        ):  # "physio protocol for a grade 2 strain, week by week": a physio's job, not the drill card
            return self._decline(asked, off_scope.decline, rule=f"scope:{off_scope.name}")
        if verdict is not None and verdict.resolved:  # "op years ago, long since cleared: what do my arms do?"
            found = self._resolved_question(asked, flat, analysis, verdict)
            if found is not None:
                return found
        if verdict is not None:  # before retrieval: a red flag must never get "try an easier version"
            return self._from_verdict(asked, verdict)
        intent = match_intent(self.kb.intents, flat)
        return self._from_intent(asked, intent) if intent is not None else None

    def _passing(self, asked: str, expanded: str, flat: str) -> Answer | None:
        """The drill named in passing, then the real question about something else ("we always do butt kicks
        before the 5k loop. is thursday's session cancelled?"): the question after the drill's clause, read on its
        own (Unnamed.passing_tail), is declined when an off_scope class fires on it; so is the question asked
        before a last sentence that only tells the drill ("which half marathon would you recommend? I'll do my butt
        kicks before the start": Unnamed.passing_head). With no class for it, so is such a question for information
        about a thing the knowledge base never names that finds no card on its own (_strange_subject: "we do butt
        kicks before the naghol. how i choose length of the vine"). An injury sign anywhere in the message leaves
        it to retrieval and the backstop."""
        assert self.safety is not None
        unnamed = self.kb.unnamed
        if unnamed is None:
            return None
        if not unnamed.names_drill(flat):
            return None
        marked = self.safety.flatten_marked(expanded)
        # the question after the drill's clause, or asked before the drill is told in a sentence of its own
        parts = [part for part in (unnamed.passing_tail(marked), unnamed.passing_head(marked)) if part is not None]
        off_scope = next((c for part in parts if (c := match_scope(self.kb.scope, part)) is not None), None)
        if off_scope is None:  # no class: the question about a thing the cards never name, and no card for it
            # nor when the message tells how the drill felt ("sore legs after butt kicks, what have I got in store")
            strange = None if unnamed.tells_feeling(flat) else next(
                (part for part in parts if self._strange_subject(asked, part)), None)
            if strange is None or self.safety.injury_sign(flat) is not None:
                return None
            return self._decline(asked, "out_of_scope", rule="passing:strange_subject")
        if self.safety.injury_sign(flat) is not None:  # the sign only when it would decline
            return None
        return self._decline(asked, off_scope.decline, rule=f"passing:{off_scope.name}")

    def _strange_subject(self, asked: str, part: str) -> bool:
        """The words after (or before) the drill told in passing, read on their own, name a thing the knowledge
        base never uses ("how many pleats should a proper MOMO have", "where to get TICKETS", "the length of the
        VINE") and find no card by themselves: another subject, whatever the drill's clause said."""
        unnamed = self.kb.unnamed
        if unnamed is None or not unnamed.strange_question(part):
            return False
        analysis = self.normalizer.analyze(part, cleaned=True, expanded=True)
        if analysis.empty or not analysis.foreign or analysis.mentions_drill:
            return False
        return self._retrieve(asked, analysis).declined

    def _second_opinion(self, asked: str, expanded: str, found: Answer) -> Answer:
        """Where the rules' answer is the matcher's and it declined or was unsure (no rule answered: safety,
        off-scope, intents and the injury-sign backstop ran first), the learned model's label wins: it has seen
        ~12,000 phrasings the rules answer right, the matcher only the cards' own. Measured on blind rounds it
        was trained without (README, issue 12). Its red flag or diagnosis request, when clearly ahead, answers as
        the safety rules would have; its card over the matcher's decline only when clearly ahead."""
        if found.rule is not None or (not found.declined and found.confidence >= LEARNED_BELOW):
            return found
        learned = self._load_learned()
        if learned is None:
            return found
        opinion = learned.opinion(expanded[:CLEAN_CAP])  # what the matcher reads too (and a bound on cost)
        confidence = round(min(1.0, opinion.margin), 3)
        if opinion.label.startswith(SAFETY):  # a red flag or diagnosis request the rules did not catch
            if opinion.margin >= LEARNED_SAFETY_MARGIN and self.safety is not None:
                return replace(self._from_verdict(asked, self._learned_verdict(opinion.label)), learned=True)
            opinion = learned.opinion(expanded[:CLEAN_CAP], without=SAFETY)  # not clearly one: its next best
            confidence = round(min(1.0, opinion.margin), 3)
        if found.declined and (opinion.label.startswith(DECLINE) or opinion.margin < LEARNED_OVER_DECLINE):
            return found
        if opinion.label.startswith(DECLINE):
            decline = self._decline(asked, opinion.label.removeprefix(DECLINE), confidence)
            return replace(decline, learned=True)
        entry = self._entries.get(opinion.label)
        if entry is None or entry.id == found.entry_id:  # a label the cards no longer have: test_learned says retrain
            return found
        return replace(self._from_entry(asked, entry, confidence), learned=True)

    def _learned_verdict(self, label: str) -> Verdict:
        """The safety verdict for the model's SAFETY label: the shared red-flag answer, or the diagnosis decline."""
        assert self.safety is not None
        kind = Kind(label.removeprefix(SAFETY))
        rules = self.safety.rules
        if kind is Kind.RED_FLAG:
            return Verdict(kind, "learned", rules.red_flag_title, rules.red_flag_answer)
        return Verdict(kind, "learned")

    def _resolved_question(self, asked: str, flat: str, analysis: Analysis, verdict: Verdict) -> Answer | None:
        """A condition told as long resolved (safety.yaml ``resolved``: cleared years ago, nothing still open)
        beside an ordinary question ("what do I do with my arms", "both hamstrings tired, expected?"): the
        question's own card. None, so the condition's cautious answer stands, when retrieval finds no card, finds
        the condition's own card or a pain card, or the message still describes an injury sign."""
        words = self._history_words.get(verdict.entry or "")
        if words is not None:  # read without the history's words ("knee op", "cleared", "physio") nor its denials
            text = _DENIED.sub(" ", words.sub(" ", self.normalizer.shorthand.expand(asked.lower())))
            analysis = self.normalizer.analyze(text[:CLEAN_CAP], cleaned=True, expanded=True)
            if analysis.empty:
                return None
        found = self._retrieve(asked, analysis)
        if found.declined or found.entry_id in (verdict.entry, *_PAIN_CARDS):
            return None
        return None if self._injury_sign(flat, found) is not None else found

    def _backstop(self, asked: str, flat: str, found: Answer) -> Answer:
        """Pain or an injury sign that no safety rule took ("my shin has hurt for a week", "now I'm limping")
        must not get a technique card nor "I'm not sure": unless retrieval chose a card written for pain, the
        member gets "stop, and get it checked". Soreness that lasts or worsens ("one calf tight ten days now")
        gets it even over the next-day soreness card, which calls mild soreness normal."""
        sign = self._injury_sign(flat, found)
        if sign is None:
            return found
        return Answer(asked, sign.answer, False, None, 1.0, None, self._related(sign.related), "injury_sign",
                      sign.title)

    def _injury_sign(self, flat: str, found: Answer) -> InjurySign | None:
        """The backstop's rule for ``flat`` beside the answer found: a card written for pain stands, unless it calls
        soreness normal and the soreness lasts or worsens."""
        assert self.safety is not None
        entry = self._entries.get(found.entry_id or "")
        return self.safety.injury_sign(flat, entry.id if entry is not None and entry.safety else None)

    def _retrieve(self, asked: str, analysis: Analysis, *, setting_first: bool = False) -> Answer:
        """The knowledge base's card for the question, or a decline. ``setting_first``: the off-topic words are only
        the setting told before the question (Coach._setting_first), so the ordinary bar applies."""
        if analysis.greeting_only:
            return self._from_entry(asked, self._entries["help"], 1.0)
        if (analysis.off_topic or analysis.other_subject) and not (
            self._about_drill(analysis) or self._likened(analysis)
        ):  # "can i do these on a treadmill" is the drill; "is it worth doing yoga" is not
            return self._decline(asked, "out_of_scope")
        unnamed = self.kb.unnamed and self.kb.unnamed.reason(analysis, self.normalizer.is_stop, self._is_topic)
        if unnamed:  # "whats a kick drum", "how do i do the carioca drill": the drill's words, another subject
            return self._decline(asked, "out_of_scope", rule=f"unnamed:{unnamed}")
        if self._stem_only(analysis):  # "how do i reset my router": "router" reached the drill card as "rout"
            return self._decline(asked, "out_of_scope", rule="unnamed:stem_only")
        if not analysis.terms:  # only filler words: "butt kicks?" or "what can you do?"
            # two of its names and nothing else ("heel flicks = butt kicks?"): one drill under two names
            entry = self._entries[
                "other_names" if analysis.drill_twice else "overview" if analysis.mentions_drill else "help"
            ]
            return self._from_entry(asked, entry, DRILL_ONLY_CONFIDENCE)
        if analysis.drill_twice and set(analysis.terms) <= self._same_or_different:
            return self._from_entry(asked, self._entries["other_names"], DRILL_ONLY_CONFIDENCE)
        if not analysis.mentions_drill and all(t in self.normalizer.weak for t in analysis.terms) and not (
            self.kb.unnamed and self.kb.unnamed.refers_to_drill(analysis)
        ):  # "is running good for you": context words only ("are these good for runners" is the drill)
            return self._decline(asked, "out_of_scope")
        matches = self.matcher.rank(analysis, limit=1)
        if not matches:
            if analysis.mentions_drill and not analysis.off_topic:  # "what even is a butt kick"
                return self._from_entry(asked, self._entries["overview"], DRILL_ONLY_CONFIDENCE)
            return self._decline(asked, "unsure" if analysis.mentions_drill else "out_of_scope")
        best = matches[0]
        confidence = self._confidence(analysis, best.coverage, best.score)
        # other exercises in the drill's circuit, or a sport only likened to it: context, not another subject
        lex = self.kb.lexicon
        # a team sport the asker plays or coaches is context too, but a pain card must still clear the stricter bar
        # (else the backstop's "stop and get it checked" answers a sore knee told beside football)
        sport_context = not best.entry.safety and set(analysis.off_topic) <= lex.sport_context_terms
        # the sport beside the drill named or beside "the same drill" ("hockey squad are fed up with the same drill")
        in_circuit = (analysis.mentions_drill and not lex.circuit_terms.isdisjoint(analysis.terms)) or (
            sport_context and self._about_drill(analysis)
        )
        needed = (
            OFF_TOPIC_THRESHOLD
            if analysis.off_topic and not (in_circuit or setting_first or self._likened(analysis))
            else THRESHOLD
        )
        if confidence < needed:
            return self._decline(asked, "unsure", confidence)
        if self._generic_only(analysis, best.entry):  # "what comes after tuesday": no drill, only everyday words
            return self._decline(asked, "unsure", confidence)
        return self._from_entry(asked, best.entry, confidence)

    def _about_drill(self, analysis: Analysis) -> bool:
        """The message names the drill or says "these", "this drill" ("is it ok" alone is not the drill)."""
        unnamed = self.kb.unnamed
        return analysis.mentions_drill or bool(unnamed and unnamed.refers_to_drill(analysis, pronouns=False))

    def _likened(self, analysis: Analysis) -> bool:
        """The drill described with another sport only as a comparison ("the heel goes back, like a football kick")."""
        return self.kb.unnamed is not None and self.kb.unnamed.describes_drill(analysis)

    def _stem_only(self, analysis: Analysis) -> bool:
        """A question that never names the drill (nor "these", "it") and shares no word with the entries as
        written: it only reaches a card because its words stem like the entries' words."""
        if analysis.mentions_drill or not analysis.terms or (
            self.kb.unnamed and self.kb.unnamed.refers_to_drill(analysis)
        ):
            return False
        norm = self.normalizer
        return not any(
            norm.is_kb_word(w) and self._is_topic(w)
            for w in analysis.words
            if not norm.is_stop(w) and w not in _QUESTION_WORDS  # "how" is a keyword, not a subject
        )

    def _generic_only(self, analysis: Analysis, entry: Entry) -> bool:
        """A question that never names the drill (nor "these", "it") and shares with its best card only
        everyday words ("my room is so MESSY", "what COMES AFTER tuesday"): nothing in it is about the drill."""
        if analysis.mentions_drill or (self.kb.unnamed and self.kb.unnamed.refers_to_drill(analysis)):
            return False
        return self.matcher.shared(entry, analysis) <= self.normalizer.generic

    def _is_topic(self, word: str) -> bool:
        """An entry is about this word: it is in the entries' phrasings or keywords (the matcher's terms)."""
        return any(t in self.matcher.idf for t in self.normalizer.terms(word))

    @staticmethod
    def _confidence(analysis: Analysis, coverage: float, score: float) -> float:
        context = 1.0 if analysis.mentions_drill else 0.5 if analysis.drill_pronoun else 0.0
        value = W_COVERAGE * coverage + W_SCORE * min(1.0, score / SCORE_SATURATION) + W_CONTEXT * context
        return round(min(1.0, max(0.0, value)), 3)

    def answer_entry(self, entry_id: str) -> Answer:
        entry = self._entries.get(entry_id)
        if entry is None:
            return self._decline("", "unsure")
        return self._from_entry(_label(entry.questions[0], SUGGEST_CHARS), entry, 1.0)

    def _related(self, ids: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        return tuple((i, _label(self._entries[i].questions[0], LABEL_CHARS)) for i in ids[:MAX_RELATED])

    def _from_entry(self, asked: str, entry: Entry, confidence: float, rule: str | None = None) -> Answer:
        return Answer(
            asked, entry.answer, False, entry.id, confidence, entry.more, self._related(entry.related), rule
        )

    def _decline(self, asked: str, kind: str, confidence: float = 0.0, rule: str | None = None) -> Answer:
        return Answer(
            asked, self.kb.lexicon.declines[kind], True, None, confidence, None, self._related(DECLINE_SUGGESTIONS),
            rule,
        )

    def _from_intent(self, asked: str, intent: Intent) -> Answer:
        text = intent.answer
        if intent.id == "reminder":
            text = text.replace("{command}", remindme_command(asked.lower()))
        if intent.id == "help":  # the entry's wording, so the CLI and question sets read as before
            help_entry = self._entries["help"]
            return Answer(asked, help_entry.answer, False, help_entry.id, 1.0, None,
                          self._related(help_entry.related), intent="help")
        return Answer(asked, text, False, None, 1.0, None, (), title=intent.title, intent=intent.id)

    def _from_verdict(self, asked: str, verdict: Verdict) -> Answer:
        rule = f"{verdict.kind.value}:{verdict.rule}"
        if verdict.kind is Kind.DIAGNOSIS:
            return self._decline(asked, "diagnosis", rule=rule)
        if verdict.entry is not None:
            return self._from_entry(asked, self._entries[verdict.entry], 1.0, rule)
        assert verdict.answer is not None  # validated at load: a rule has an entry or an answer
        # Conditions offer related entries; a red flag has none: the only next step is to stop and get help.
        return Answer(asked, verdict.answer, False, None, 1.0, None, self._related(verdict.related), rule,
                      verdict.title)

    def suggest(self, prefix: str, limit: int = 25) -> list[str]:
        """Known questions for autocomplete: prefix/substring hits first, then fuzzy matches."""
        limit = max(0, min(limit, 25))
        typed = clean(prefix).lower().strip(" ?")
        if not typed:
            return list(dict.fromkeys(_label(e.questions[0], SUGGEST_CHARS) for e in self.kb.entries))[:limit]
        lowered = [s.lower() for s in self._suggestions]
        exact = [s for s, low in zip(self._suggestions, lowered, strict=True) if typed in low]
        fuzzy = [
            s
            for s, _, _ in process.extract(
                typed,
                self._suggestions,
                scorer=fuzz.partial_ratio,
                processor=str.lower,
                limit=limit * 2,
                score_cutoff=60,
            )
        ]
        return list(dict.fromkeys([*exact, *fuzzy]))[:limit]

    # --- cards -----------------------------------------------------------------------------------

    def _buttons(
        self, answer_more: bool, entry_id: str | None, related: tuple[tuple[str, str], ...]
    ) -> tuple[Button, ...]:
        buttons = []
        if answer_more and entry_id:
            buttons.append(Button("Tell me more", f"coach:more:{entry_id}", ButtonStyle.PRIMARY))
        buttons.extend(Button(label, f"coach:entry:{rid}") for rid, label in related)
        return tuple(buttons)

    def answer_card(self, answer: Answer) -> Card:
        entry = self._entries.get(answer.entry_id or "")
        if not answer.declined and entry is None and answer.title:  # a safety answer or an intent
            return Card(
                title=answer.title,
                lines=(answer.text,),
                buttons=self._buttons(False, None, answer.related),
                colour=COLOUR_SAFETY if answer.rule else Card.colour,
            )
        if answer.declined or entry is None:
            return Card(
                title="Sorry, I can't help with that one",
                lines=(answer.text,),
                buttons=self._buttons(False, None, answer.related),
                colour=COLOUR_DECLINED,
                declined=True,
            )
        return Card(
            title=_label(entry.questions[0], 100),
            lines=(answer.text,),
            buttons=self._buttons(answer.more is not None, entry.id, answer.related),
            footer="Stop if you feel sharp pain." if entry.safety else None,
            colour=COLOUR_SAFETY if entry.safety else Card.colour,
        )

    def more_card(self, entry_id: str) -> Card:
        entry = self._entries.get(entry_id)
        if entry is None:
            return self.answer_card(self.answer_entry(entry_id))
        return Card(
            title=_label(entry.questions[0], 100),
            lines=(entry.answer, "", entry.more) if entry.more else (entry.answer,),
            buttons=self._buttons(False, None, self._related(entry.related)),
        )

    def muscles_card(self) -> Card:
        e = self._entries
        return Card(
            title="Muscles worked by butt kicks",
            lines=("Red: prime movers. Orange: assistants. Blue: stretched.",),
            fields=(
                Field("Prime movers", e["muscles_primary"].answer),
                Field("Assistants and stabilisers", e["muscles_secondary"].answer),
                Field("Stretched", e["muscles_stretched"].answer),
            ),
            buttons=self._buttons(False, None, self._related(("knee_flexion_mechanics", "range_of_motion"))),
            image_png=_diagram_png(),
            image_name="butt-kick-muscles.png",
        )

    def technique_card(self) -> Card:
        e = self._entries
        return Card(
            title="Butt kick technique",
            lines=(e["how_to"].answer,),
            fields=tuple(
                Field(name, _without_heading(e[entry_id].answer, name))
                for name, entry_id in (*TECHNIQUE_FIELDS, ("Common mistakes and fixes", "common_mistakes"))
            ),
            buttons=self._buttons(False, None, self._related(("beginners", "regressions_low_impact"))),
        )

