"""The calendar reminders (`reminders.py`): the follow-ups still to send, one all-day event
each on the working day to send it, with an alarm; the same event each export."""

from __future__ import annotations

from datetime import UTC, date, datetime

from helpers import application
from icalendar import Calendar

from followup.reminders import build_calendar, pending
from followup.timing import Sent

TODAY = date(2026, 11, 25)  # a Wednesday


def test_only_what_is_still_to_send_in_the_order_to_act() -> None:
    answered = application(1, date(2026, 11, 20), heard=True)
    waiting = application(2, date(2026, 11, 24), Sent("thank-you", date(2026, 11, 24)))
    overdue = application(3, date(2026, 11, 20), company="Company 3")
    rows = pending([answered, waiting, overdue], TODAY)
    assert [(a.id, p.kind) for a, p in rows] == [(3, "thank-you"), (2, "check-in")]


def test_one_event_per_follow_up_with_a_stable_uid_and_an_alarm() -> None:
    rows = pending([application(3, date(2026, 11, 20), company="Company 3")], TODAY)
    stamp = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    data = build_calendar(rows, stamp=stamp)
    assert build_calendar(rows, stamp=stamp) == data  # importing again updates, never adds
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["uid"]) == "followup-3-thank-you@followup"
    assert str(event["summary"]) == "Send the thank-you: Company 3 (analyst)"
    assert event.decoded("dtstart") == TODAY  # overdue: the day to act is today
    assert "followup apps draft 3" in str(event["description"])
    assert len(event.walk("VALARM")) == 1
