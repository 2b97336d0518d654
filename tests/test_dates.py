"""`dates.py`: the dates people type, ISO or words relative to `--today`; a bare weekday is the
one just gone for what has happened and the coming one for what is promised; months, years,
far-off and unreadable dates are one input error naming the option."""

from __future__ import annotations

from datetime import date

import pytest

from followup.dates import parse_date, today_from
from followup.errors import InputError

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("2026-11-24", "past", date(2026, 11, 24)),
        ("  today ", "past", WEDNESDAY),
        ("yesterday", "past", date(2026, 11, 24)),
        ("friday", "past", date(2026, 11, 20)),
        ("friday", "future", date(2026, 11, 27)),
        ("wednesday", "past", WEDNESDAY),
        ("in 3 days", "future", date(2026, 11, 28)),
        ("next tuesday", "past", date(2026, 12, 1)),
    ],
)
def test_dates_people_type(text: str, tense: str, expected: date) -> None:
    assert parse_date(text, today=WEDNESDAY, tense=tense) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "--sent: empty date (try 2026-11-24, today, "),
        ("soonish", "--sent: 'soonish' is not a date I can read (try "),
        ("december", "--sent: 'december' names a month, not a day"),
        ("2028-01-01", "--sent: '2028-01-01' is 2028-01-01, more than a year after today"),
        ("1850-01-01", "--sent: '1850-01-01' is 1850-01-01, outside the years 1900 to 2999"),
    ],
)
def test_what_is_not_one_day_is_an_input_error(text: str, error: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_date(text, today=WEDNESDAY, what="--sent")
    assert str(raised.value).startswith(error)


def test_today_is_the_real_date_unless_given(fixed_clock: date) -> None:
    assert today_from(None) == fixed_clock
    assert today_from("2026-11-25") == WEDNESDAY
    assert today_from("yesterday") == date(2027, 3, 2)
    with pytest.raises(InputError, match=r"^--today: "):
        today_from("someday")
