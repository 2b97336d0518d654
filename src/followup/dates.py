"""The dates people type (`2026-11-24`, `yesterday`, `friday`, `next tuesday`, `in 3 days`).

ISO dates are read by the standard library (fast: dateparser's language data takes about half a
second to load); everything else by `dateparser`, relative to `today` (the `--today` option), with
no hand-written patterns. What a bare weekday means depends on the question:

- something that has happened (`--interviewed`, `--sent`, `--on`): the most recent such day,
  today included (`friday` on a Wednesday is the Friday just gone) - dateparser's
  `PREFER_DATES_FROM: current_period`;
- something promised (`--promised`): the coming one, after today (`friday` on a Wednesday is in
  two days) - `PREFER_DATES_FROM: future`.

`next tuesday` is dateparser's own reading in both cases: the first Tuesday after today (on a
Monday, tomorrow). `last friday` is the most recent Friday before today.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Literal

from followup.errors import InputError

# "a date far in the future": nothing followup plans is more than a year away
MAX_AHEAD_DAYS = 365
# the dates any date may be: a plan adds weeks to them, and `date` ends with the year 9999
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)

Tense = Literal["past", "future"]

_PREFER: dict[Tense, str] = {"past": "current_period", "future": "future"}
_EXAMPLES = "2026-11-24, today, yesterday, friday, next tuesday, in 3 days"


def parse_date(text: str, *, today: date, tense: Tense = "past", what: str = "date") -> date:
    """One day from what a person typed, or an `InputError` naming `what` and the text."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InputError(f"{what}: empty date (try {_EXAMPLES})")
    period = "day"
    try:
        found = date.fromisoformat(cleaned)
    except ValueError:
        found, period = _parse_words(cleaned, today=today, tense=tense, what=what)
    if not EARLIEST <= found <= LATEST:  # past the calendar's end, a plan's dates would overflow
        raise InputError(
            f"{what}: {cleaned!r} is {found.isoformat()}, outside the years "
            f"{EARLIEST.year} to {LATEST.year}"
        )
    if found > today + timedelta(days=MAX_AHEAD_DAYS):
        raise InputError(
            f"{what}: {cleaned!r} is {found.isoformat()}, more than a year after today "
            f"({today.isoformat()})"
        )
    if period in ("month", "year"):
        # "december" or "2026" would silently become some day in it; ask for the day instead
        raise InputError(f"{what}: {cleaned!r} names a {period}, not a day (try {_EXAMPLES})")
    return found


def _parse_words(text: str, *, today: date, tense: Tense, what: str) -> tuple[date, str]:
    """dateparser's reading of `text` and its precision (`day`, `week`, `month`, `year`...)."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime.combine(today, time()),
            "PREFER_DATES_FROM": _PREFER[tense],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    try:
        data = parser.get_date_data(text)
    except (OverflowError, ValueError):  # "friday" before the year 1 (a `--today` of 0001-01-01)
        data = None
    if data is None or data.date_obj is None:
        raise InputError(f"{what}: {text!r} is not a date I can read (try {_EXAMPLES})")
    found: date = data.date_obj.date()
    return found, str(data.period)


def today_from(text: str | None) -> date:
    """`--today`: the real date unless a test or a what-if gives one (relative to the real date)."""
    real = date.today()
    if text is None:
        return real
    return parse_date(text, today=real, tense="past", what="--today")
