"""The guide's follow-up cadence as one pure function: what to do next, and from when.

The guide (`interview-follow-up-guide.txt`) gives the timing in words; the numbers below are those
words made exact. A rule "more than N days since X" becomes due on X + N + 1: on X + N itself the
answer is still "wait". Every boundary is in `tests/test_timing.py` and `docs/planning.md`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from followup.errors import InputError

# "following up an interview with a thank-you note is considered as common courtesy" and
# "If you are not prompt ...": the thank-you is due on the interview day and still prompt the
# day after; from the second day after the interview it is late (but still the next step).
THANK_YOU_PROMPT_DAYS = 1

# "More than two days since they told you they would contact you": wait on promised + 2,
# send on promised + 3.
PROMISE_GRACE_DAYS = 2

# "They haven't responded in over a week": silence counts from the interview or your last
# message, whichever is later; wait on day 7, send on day 8.
SILENCE_DAYS = 7

# "you haven't received any response within a couple of days, but still, you might need to send
# one more message": a couple = two days, so the final nudge is due on check-in + 3.
NUDGE_GRACE_DAYS = 2

# Not in the guide, but implied by its "not so constant that you start to annoy them": never two
# messages on one day. Matters only for a late thank-you sent after a promised date had passed.
MIN_GAP_DAYS = 1

# "Only one follow-up is enough ... one more message": a check-in and a nudge, then stop.
MAX_FOLLOW_UPS = 2

KINDS = ("thank-you", "check-in", "nudge")

LABELS = {"thank-you": "the thank-you", "check-in": "a check-in", "nudge": "a final nudge"}

WEEKEND = (5, 6)  # Saturday, Sunday (date.weekday())


class Action(StrEnum):
    thank_you = "send-thank-you"
    wait = "wait"
    check_in = "send-check-in"
    nudge = "send-nudge"
    stop = "stop"


class ImpossibleDates(ValueError):
    """Dates that cannot all be true (a promise before the interview, a message from the future)."""


@dataclass(frozen=True)
class Sent:
    kind: str
    on: date


@dataclass(frozen=True)
class Plan:
    """The one next step, when it is due, and why."""

    action: Action
    kind: str | None  # the message to send now, or to send once the wait is over
    due: date | None  # the day the message is (or becomes) due
    today: date
    reason: str
    command: str | None
    days_overdue: int = 0
    weekend: bool = False  # the day to act on (due date, or today once it has passed) is Sat/Sun
    next_working_day: date | None = None  # that day, or the Monday after it when it is a weekend

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def act_on(self) -> date | None:
        """The day to act: the due date, or today once it has passed."""
        return max(self.due, self.today) if self.due else None

    @property
    def sends_now(self) -> bool:
        return self.action in (Action.thank_you, Action.check_in, Action.nudge)

    @property
    def headline(self) -> str:
        if self.action is Action.stop:
            return "Stop following up."
        label = LABELS[self.kind or ""]
        if self.action is Action.wait:
            return f"Wait until {fmt_date(self.due or self.today)}, then send {label}."
        return f"Send {label} now."

    def as_dict(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "kind": self.kind,
            "due": self.due.isoformat() if self.due else None,
            "today": self.today.isoformat(),
            "overdue": self.overdue,
            "days_overdue": self.days_overdue,
            "act_on": self.act_on.isoformat() if self.act_on else None,
            "reason": self.reason,
            "command": self.command,
            "weekend": self.weekend,
            "next_working_day": (
                self.next_working_day.isoformat() if self.next_working_day else None
            ),
            "headline": self.headline,
        }


def fmt_date(d: date) -> str:
    """`Mon 30 Nov 2026`: unambiguous in every locale."""
    return f"{d:%a} {d.day} {d:%b %Y}"


def working_day(d: date) -> date:
    """`d`, or the Monday after it when `d` falls on a weekend."""
    while d.weekday() in WEEKEND:
        d += timedelta(days=1)
    return d


def draft_command(kind: str) -> str:
    return f"followup draft --kind {kind}"


def check_dates(
    interviewed: date, promised: date | None, sent: Iterable[Sent], today: date
) -> None:
    """Raise `ImpossibleDates` for a combination that cannot be true."""
    if interviewed > today:
        raise ImpossibleDates(
            f"the interview ({interviewed.isoformat()}) is after today ({today.isoformat()})"
        )
    if promised is not None and promised < interviewed:
        raise ImpossibleDates(
            f"the promised date ({promised.isoformat()}) is before the interview "
            f"({interviewed.isoformat()})"
        )
    for s in sent:
        if s.kind not in KINDS:
            raise ImpossibleDates(f"unknown message kind {s.kind!r} (use {', '.join(KINDS)})")
        if s.on < interviewed:
            raise ImpossibleDates(
                f"the {s.kind} ({s.on.isoformat()}) is dated before the interview "
                f"({interviewed.isoformat()})"
            )
        if s.on > today:
            raise ImpossibleDates(
                f"the {s.kind} ({s.on.isoformat()}) is dated after today ({today.isoformat()})"
            )


def next_step(
    interviewed: date,
    *,
    today: date,
    promised: date | None = None,
    sent: Iterable[Sent] = (),
    heard_back: bool = False,
) -> Plan:
    """The guide's cadence: thank-you, then one check-in, then at most one nudge, then stop."""
    messages = sorted(sent, key=lambda s: s.on)
    check_dates(interviewed, promised, messages, today)
    if heard_back:
        return _plan(
            Action.stop,
            None,
            None,
            today,
            "They have answered, so there is nothing left to chase: reply to their message "
            "instead (the guide's follow-ups are for when they have not responded).",
        )
    follow_ups = [s for s in messages if s.kind != "thank-you"]
    if not messages:
        return _thank_you(interviewed, today)
    if any(s.kind == "nudge" for s in follow_ups) or len(follow_ups) >= MAX_FOLLOW_UPS:
        return _followed_up(follow_ups, today)
    if not follow_ups:
        return _check_in(messages[-1], promised, today)
    return _nudge(follow_ups[-1].on, today)


def _thank_you(interviewed: date, today: date) -> Plan:
    """Nothing sent yet: the thank-you, due on the interview day and late after the next."""
    late = (today - interviewed).days - THANK_YOU_PROMPT_DAYS
    when = "today or tomorrow" if today == interviewed else "today"
    reason = (
        f'The guide calls a thank-you note "common courtesy" and asks you to be prompt: '
        f"send it {when}"
    )
    if late > 0:
        reason += f" (it is {late} day{'s' if late != 1 else ''} past the prompt window)."
    else:
        reason += "."
    return _plan(Action.thank_you, "thank-you", interviewed, today, reason, max(late, 0))


def _followed_up(follow_ups: list[Sent], today: date) -> Plan:
    """A nudge sent, or the most follow-ups the guide allows: stop, saying what was sent."""
    done = ", ".join(f"a {s.kind} on {fmt_date(s.on)}" for s in follow_ups)
    return _plan(
        Action.stop,
        None,
        None,
        today,
        f"You have followed up already ({done}); the guide says one follow-up is usually "
        "enough and one more short message the most, so stop and move on.",
    )


def _check_in(last: Sent, promised: date | None, today: date) -> Plan:
    """Only the thank-you sent: the check-in, counted from the promised date when they gave
    one (never on the day of the last message), else from a week of silence after it."""
    if promised is not None:
        due = promised + timedelta(days=PROMISE_GRACE_DAYS + 1)
        why = (
            f"They promised to contact you by {fmt_date(promised)}; the guide says to follow "
            f'up once "more than two days" have passed since then'
        )
        if due < last.on + timedelta(days=MIN_GAP_DAYS):
            due = last.on + timedelta(days=MIN_GAP_DAYS)
            why += f", and not on the day of your {last.kind}"
    else:
        # the silence starts with your last message (never before the interview)
        due = last.on + timedelta(days=SILENCE_DAYS + 1)
        why = (
            f"They gave no date, and the guide says to follow up when they have not "
            f'responded "in over a week" (more than {SILENCE_DAYS} days since your '
            f"{last.kind} of {fmt_date(last.on)})"
        )
    return _send_or_wait(Action.check_in, "check-in", due, today, why)


def _nudge(check_in: date, today: date) -> Plan:
    """A check-in with no answer: one last short nudge a couple of days after it."""
    due = check_in + timedelta(days=NUDGE_GRACE_DAYS + 1)
    why = (
        f"Your check-in of {fmt_date(check_in)} has had no answer; the guide allows one more very "
        f'short message when there is no response "within a couple of days"'
    )
    return _send_or_wait(Action.nudge, "nudge", due, today, why)


def make_plan(
    interviewed: date,
    *,
    today: date,
    promised: date | None = None,
    sent: list[Sent] | None = None,
    heard_back: bool = False,
) -> Plan:
    """`next_step`, with impossible dates turned into one line for the user."""
    try:
        return next_step(
            interviewed, today=today, promised=promised, sent=sent or [], heard_back=heard_back
        )
    except ImpossibleDates as exc:
        raise InputError(str(exc)) from None


def parse_sent(value: str, *, today: date) -> Sent:
    """`thank-you@yesterday` -> Sent("thank-you", date): a message sent, as `--sent` (and the
    plan page's fields) give it."""
    from followup.dates import parse_date

    kind, at, when = value.partition("@")
    kind = kind.strip().lower()
    if not at or not when.strip():
        raise InputError(
            f"--sent: {value!r} is not KIND@DATE (e.g. thank-you@2026-11-24, check-in@yesterday)"
        )
    if kind not in KINDS:
        raise InputError(f"--sent: unknown kind {kind!r} in {value!r} (use {', '.join(KINDS)})")
    return Sent(kind, parse_date(when, today=today, tense="past", what=f"--sent {kind}"))


def _send_or_wait(action: Action, kind: str, due: date, today: date, why: str) -> Plan:
    if today < due:
        return _plan(Action.wait, kind, due, today, f"{why}: that is {fmt_date(due)}.")
    return _plan(action, kind, due, today, f"{why}, so it is due now.", (today - due).days)


def _plan(
    action: Action,
    kind: str | None,
    due: date | None,
    today: date,
    reason: str,
    days_overdue: int = 0,
) -> Plan:
    if due is None:
        return Plan(action, kind, None, today, reason, None)
    act_on = max(due, today)
    return Plan(
        action,
        kind,
        due,
        today,
        reason,
        draft_command(kind) if kind else None,
        days_overdue=days_overdue,
        weekend=act_on.weekday() in WEEKEND,
        next_working_day=working_day(act_on),
    )
