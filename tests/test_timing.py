"""The guide's cadence as a table: every rule, at every boundary (the day before, on, after)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.timing import (
    NUDGE_GRACE_DAYS,
    PROMISE_GRACE_DAYS,
    SILENCE_DAYS,
    Action,
    ImpossibleDates,
    Sent,
    next_step,
    working_day,
)

I = date(2026, 11, 10)  # the interview: a Tuesday  # noqa: E741


def d(n: int) -> date:
    """The interview day plus `n` days."""
    return I + timedelta(days=n)


TY = Sent("thank-you", I)


def ty(n: int) -> Sent:
    return Sent("thank-you", d(n))


def ci(n: int) -> Sent:
    return Sent("check-in", d(n))


def nu(n: int) -> Sent:
    return Sent("nudge", d(n))


P = pytest.param
NONE: list[Sent] = []

# today (days after the interview), expected "action[:kind]", due (days after), days overdue,
# and the other inputs (promised: days after the interview; sent; heard_back)
CASES = [
    # -- the thank-you: "prompt" is the interview day or the next; later it is overdue
    P(0, "send-thank-you", 0, 0, {"sent": NONE}, id="thank-you on the day"),
    P(1, "send-thank-you", 0, 0, {"sent": NONE}, id="thank-you the day after"),
    P(2, "send-thank-you", 0, 1, {"sent": NONE}, id="thank-you two days after is late"),
    P(1, "send-thank-you", 0, 0, {"sent": NONE, "promised": 3}, id="thank-you first"),
    # -- no promise: more than a week (7 days) of silence since your last message
    P(6, "wait:check-in", 8, 0, {}, id="silence 6 days"),
    P(7, "wait:check-in", 8, 0, {}, id="silence exactly 7 days waits"),
    P(8, "send-check-in", 8, 0, {}, id="silence day 8 sends"),
    P(9, "send-check-in", 8, 1, {}, id="silence day 9 is overdue"),
    P(9, "wait:check-in", 10, 0, {"sent": [ty(2)]}, id="late thank-you, 7 days after it"),
    P(10, "send-check-in", 10, 0, {"sent": [ty(2)]}, id="late thank-you, 8 days after it"),
    # -- a promise P: more than two days since P
    P(3, "wait:check-in", 6, 0, {"promised": 3}, id="promise day itself"),
    P(4, "wait:check-in", 6, 0, {"promised": 3}, id="promise +1"),
    P(5, "wait:check-in", 6, 0, {"promised": 3}, id="promise +2 (exactly two days) waits"),
    P(6, "send-check-in", 6, 0, {"promised": 3}, id="promise +3 sends"),
    P(7, "send-check-in", 6, 1, {"promised": 3}, id="promise +4 is overdue"),
    P(9, "wait:check-in", 23, 0, {"promised": 20}, id="far promise beats a week of silence"),
    P(3, "send-check-in", 3, 0, {"promised": 0}, id="promise on the interview day"),
    P(6, "wait:check-in", 7, 0, {"promised": 1, "sent": [ty(6)]}, id="never two on one day"),
    P(7, "send-check-in", 7, 0, {"promised": 1, "sent": [ty(6)]}, id="day after late thank-you"),
    # -- after a check-in C: one final nudge after more than a couple (2) of days
    P(8, "wait:nudge", 11, 0, {"sent": [TY, ci(8)]}, id="nudge check-in day"),
    P(10, "wait:nudge", 11, 0, {"sent": [TY, ci(8)]}, id="nudge +2 (exactly two days) waits"),
    P(11, "send-nudge", 11, 0, {"sent": [TY, ci(8)]}, id="nudge +3 sends"),
    P(12, "send-nudge", 11, 1, {"sent": [TY, ci(8)]}, id="nudge +4 is overdue"),
    P(9, "send-nudge", 9, 0, {"promised": 3, "sent": [TY, ci(6)]}, id="nudge after promise"),
    P(10, "wait:nudge", 11, 0, {"sent": [ci(8)]}, id="check-in without thank-you"),
    P(11, "send-nudge", 11, 0, {"sent": [ci(8), TY]}, id="messages in any order"),
    # -- stop: after the nudge, after two follow-ups, or once they answered
    P(30, "stop", None, 0, {"sent": [TY, ci(8), nu(11)]}, id="stop after the nudge"),
    P(12, "stop", None, 0, {"sent": [TY, ci(8), ci(11)]}, id="stop after two check-ins"),
    P(12, "stop", None, 0, {"sent": [TY, nu(9)]}, id="stop after a nudge alone"),
    P(9, "stop", None, 0, {"heard_back": True}, id="stop when they answered"),
    P(0, "stop", None, 0, {"sent": NONE, "heard_back": True}, id="answered before thank-you"),
]


@pytest.mark.parametrize(("today", "expected", "due", "overdue", "inputs"), CASES)
def test_cadence(
    today: int, expected: str, due: int | None, overdue: int, inputs: dict[str, Any]
) -> None:
    promised = inputs.get("promised")
    plan = next_step(
        I,
        today=d(today),
        promised=d(promised) if promised is not None else None,
        sent=inputs.get("sent", [TY]),
        heard_back=inputs.get("heard_back", False),
    )
    action, _, kind = expected.partition(":")
    assert plan.action.value == action
    assert plan.kind == (kind or (action.removeprefix("send-") if action != "stop" else None))
    assert plan.due == (d(due) if due is not None else None)
    assert plan.days_overdue == overdue
    assert plan.overdue == (overdue > 0)
    if plan.kind is None:
        assert plan.command is None and plan.next_working_day is None
    else:
        assert plan.command == f"followup draft --kind {plan.kind}"
    assert plan.reason.endswith(".") and "\n" not in plan.reason


def test_the_constants_are_the_guides_words() -> None:
    assert (PROMISE_GRACE_DAYS, SILENCE_DAYS, NUDGE_GRACE_DAYS) == (2, 7, 2)


@pytest.mark.parametrize(
    ("sent", "promised", "today", "quote"),
    [
        ([], None, d(0), '"common courtesy"'),
        ([TY], None, d(3), '"in over a week"'),
        ([TY], d(3), d(4), '"more than two days"'),
        ([TY, Sent("check-in", d(8))], None, d(11), '"within a couple of days"'),
        ([TY, Sent("check-in", d(8)), Sent("nudge", d(11))], None, d(12), "one follow-up"),
    ],
)
def test_each_reason_cites_the_guide(
    sent: list[Sent], promised: date | None, today: date, quote: str
) -> None:
    assert quote in next_step(I, today=today, promised=promised, sent=sent).reason


def test_the_reason_names_the_dates() -> None:
    plan = next_step(I, today=d(4), promised=d(3), sent=[TY])
    assert "Fri 13 Nov 2026" in plan.reason  # the promise
    assert "Mon 16 Nov 2026" in plan.reason  # the due date
    assert plan.headline == "Wait until Mon 16 Nov 2026, then send a check-in."


# -- weekends -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "due", "weekend", "working"),
    [
        # interview Tue 10 Nov, thank-you that day: check-in due Wed 18 Nov
        (d(1), d(8), False, d(8)),
        # promise Wed 11 Nov -> due Sat 14 Nov (weekend) -> Mon 16 Nov
        (d(2), d(4), True, d(6)),
    ],
    ids=["weekday", "due-on-saturday"],
)
def test_weekend_flag_for_a_wait(today: date, due: date, weekend: bool, working: date) -> None:
    promised = d(1) if weekend else None
    plan = next_step(I, today=today, promised=promised, sent=[TY])
    assert (plan.due, plan.weekend, plan.next_working_day) == (due, weekend, working)


def test_due_on_a_sunday_moves_to_monday() -> None:
    plan = next_step(I, today=d(3), promised=d(2), sent=[TY])  # promise Thu -> due Sun 15 Nov
    assert plan.due == date(2026, 11, 15) and plan.due.weekday() == 6
    assert plan.weekend and plan.next_working_day == date(2026, 11, 16)


def test_overdue_on_a_saturday_offers_monday() -> None:
    plan = next_step(I, today=date(2026, 11, 21), sent=[TY])  # due Wed 18, today Sat 21
    assert plan.action is Action.check_in and plan.days_overdue == 3
    assert plan.act_on == date(2026, 11, 21)
    assert plan.weekend and plan.next_working_day == date(2026, 11, 23)


def test_working_day() -> None:
    fri, sat, sun, mon = (date(2026, 11, n) for n in (13, 14, 15, 16))
    assert [working_day(x) for x in (fri, sat, sun, mon)] == [fri, mon, mon, mon]


# -- impossible dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"today": d(-1)}, "is after today"),
        ({"today": d(5), "promised": d(-1)}, "before the interview"),
        ({"today": d(5), "sent": [Sent("thank-you", d(-1))]}, "before the interview"),
        ({"today": d(5), "sent": [Sent("check-in", d(6))]}, "after today"),
        ({"today": d(5), "sent": [Sent("coffee", d(1))]}, "unknown message kind"),
    ],
    ids=["interview-ahead", "promise-early", "sent-early", "sent-ahead", "bad-kind"],
)
def test_impossible_dates(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ImpossibleDates, match=message):
        next_step(I, **kwargs)  # type: ignore[arg-type]


# -- invariants -----------------------------------------------------------------------------------


@given(
    promise=st.one_of(st.none(), st.integers(0, 30)),
    thank_you=st.one_of(st.none(), st.integers(0, 5)),
    check_in=st.one_of(st.none(), st.integers(0, 20)),
    days=st.integers(0, 60),
)
def test_wait_ends_exactly_on_the_due_day(
    promise: int | None, thank_you: int | None, check_in: int | None, days: int
) -> None:
    sent = [Sent("thank-you", d(thank_you))] if thank_you is not None else []
    if check_in is not None and thank_you is not None:
        sent.append(Sent("check-in", d(thank_you + check_in)))
    start = max([d(0), *(s.on for s in sent)])
    today = start + timedelta(days=days)
    promised = d(promise) if promise is not None else None
    plan = next_step(I, today=today, promised=promised, sent=sent)
    if plan.action is Action.wait:
        assert plan.due is not None and plan.due > today
        on_the_day = next_step(I, today=plan.due, promised=promised, sent=sent)
        assert on_the_day.action.value == f"send-{plan.kind}"
        assert on_the_day.days_overdue == 0
        # a follow-up is never due on the day of your last message
        assert plan.due > start
    elif plan.action is not Action.stop:
        assert plan.due is not None and plan.due <= today
        assert plan.days_overdue >= 0
