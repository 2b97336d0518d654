"""Calendar reminders for the follow-ups still to send (`followup apps export --ics`): one
all-day event per application on the working day to send it, with an alarm, in iCalendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from followup.storage.applications import Application
    from followup.timing import Plan

REMINDER_HOUR = 9  # the alarm rings at 09:00 (floating local time) on the day to send


def pending(applications: list[Application], today: date) -> list[tuple[Application, Plan]]:
    """The applications with a follow-up still to send, in the order to act on them (finished
    ones, and those whose dates make no plan, have no reminder)."""
    from followup.applist import order, planned

    rows = [(a, p) for a, p in planned(applications, today) if p.kind is not None]
    return sorted(rows, key=order)


def build_calendar(rows: list[tuple[Application, Plan]], *, stamp: datetime | None = None) -> bytes:
    """One all-day VEVENT per pending follow-up, on the working day to send it, with a VALARM."""
    from icalendar import Alarm, Calendar, Event

    from followup.timing import LABELS, fmt_date

    cal = Calendar()
    cal.add("prodid", "-//followup//interview follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Interview follow-ups")
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for a, plan in rows:
        day, due = plan.next_working_day, plan.act_on
        if plan.kind is None or day is None or due is None:
            continue  # nothing to send (the rows given are the pending ones)
        summary = f"Send {LABELS[plan.kind]}: {a.company} ({a.role})"
        details = [plan.reason, f"Draft it: followup apps draft {a.id}"]
        if day != due:
            details.insert(1, f"Due {fmt_date(due)}, a weekend; moved to {fmt_date(day)}.")
        event = Event()
        # stable per application and message, so importing again updates instead of duplicating
        event.add("uid", f"followup-{a.id}-{plan.kind}@followup")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", "\n".join(details))
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(hours=REMINDER_HOUR))
        event.add_component(alarm)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
