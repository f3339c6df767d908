"""Checks on the coach's answer to one question, shared by the class tests (test_knowledge, test_injury_sign)."""

from __future__ import annotations

from bot.knowledge.coach import Answer, Coach
from bot.knowledge.normalize import clean


def assert_card(coach: Coach, question: str, entry: str) -> Answer:
    """Answered (not declined) with the card ``entry``."""
    ans = coach.answer(question)
    assert not ans.declined and ans.entry_id == entry, (ans.entry_id, ans.rule)
    return ans


def assert_declined(coach: Coach, question: str) -> None:
    ans = coach.answer(question)
    assert ans.declined, (ans.entry_id, ans.rule)


def assert_ordinary_card(coach: Coach, question: str, entry: str) -> None:
    """Answered with the card ``entry`` and no safety rule: an ordinary sensation told as one."""
    ans = coach.answer(question)
    assert not ans.declined and ans.rule is None and ans.entry_id == entry, (ans.entry_id, ans.rule)


def sign_fires(coach: Coach, question: str) -> bool:
    """The backstop's injury sign reads the question (any card, before the card's own exemptions)."""
    assert coach.safety is not None
    return coach.safety.injury_sign(coach.safety.flatten(clean(question))) is not None


def assert_look_alike(coach: Coach, question: str, entry: str) -> None:
    """A sensation told like an injury sign but ordinary: the card ``entry``, and no injury sign read at all."""
    assert_ordinary_card(coach, question, entry)
    assert not sign_fires(coach, question)


def assert_cautious(coach: Coach, question: str) -> None:
    """A safety rule answered (red flag, diagnosis, condition, injury sign) or the knee-pain card."""
    ans = coach.answer(question)
    assert ans.rule is not None or ans.entry_id == "knee_pain_safety", (ans.entry_id, ans.rule)


def assert_get_it_checked(coach: Coach, question: str) -> None:
    """The injury-sign backstop answered: stop, and see a physio (not a card calling soreness normal)."""
    ans = coach.answer(question)
    assert ans.rule == "injury_sign", (ans.entry_id, ans.rule)
    assert "stop" in ans.text.lower() and "physio" in ans.text.lower()


DECLINE_RULES = ("scope:", "unnamed:", "passing:")


def assert_answer(coach: Coach, question: str, expected: str | None) -> Answer:
    """``expected`` is a rule ("scope:gear", "condition:pregnancy": that rule, declined exactly when it is an
    off-topic rule), a card id (that card, no rule), or None (no off-topic rule: a card, a safety answer or the
    low-confidence "not sure")."""
    ans = coach.answer(question)
    if expected is None:
        assert not (ans.rule or "").startswith(DECLINE_RULES), (ans.entry_id, ans.rule)
    elif ":" in expected:
        assert ans.rule == expected and ans.declined == expected.startswith(DECLINE_RULES), (ans.entry_id, ans.rule)
    else:
        assert ans.rule is None and ans.entry_id == expected, (ans.rule, ans.entry_id)
    return ans


def assert_class_answer(coach: Coach, question: str, expected: str | None) -> Answer:
    """:func:`assert_answer` for a tuned class's table: a diagnosis rule must also decline (telling them it is that
    would be diagnosing), and a card must not come as a decline."""
    if expected is not None and expected.startswith("diagnosis:"):
        ans = coach.answer(question)
        assert ans.rule == expected and ans.declined, (ans.entry_id, ans.rule)
        return ans
    ans = assert_answer(coach, question, expected)
    assert expected is None or ":" in expected or not ans.declined, "a look-alike keeps a card"
    return ans


def assert_red_flag(coach: Coach, question: str) -> None:
    """Answered by a red-flag rule (strictly: not a card that happens to say stop)."""
    rule = coach.answer(question).rule or ""
    assert rule.startswith("red_flag:"), (question, rule)


def assert_no_red_flag(coach: Coach, question: str) -> None:
    """Not a red flag: a look-alike of one."""
    rule = coach.answer(question).rule or ""
    assert not rule.startswith("red_flag:"), (question, rule)
