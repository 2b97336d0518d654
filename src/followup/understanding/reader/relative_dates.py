"""Decision dates given as a weekday and a day of the month, without the month: `by
Wednesday the 28th`, `you'll hear by Fri 7th`, `next monday, so the sixteenth`.

The month is the interview's or the next one: the first date after the interview that has
both the weekday and the day (`resolve`), so the weekday checks the reading; none within two
months means no date. A weekday alone ("he'll text by Wednesday"), "end of next week" or
"within two weeks" names no date: it is said as the interviewer said it, and the notes use
those words as often for a task, a start date or another candidate's day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# weekdays in the languages notes mix in (Spanish, French, Italian, German, Dutch, Portuguese),
# Monday first
FOREIGN_WEEKDAYS = {
    name: i
    for names in (
        "lunes martes miércoles jueves viernes sábado domingo",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira",
        "segunda terça quarta quinta sexta",  # "até sexta, dia 20"
        "mandag tirsdag onsdag torsdag fredag lørdag søndag",
        "måndag tisdag onsdag torsdag fredag lördag söndag",
        "poniedziałek wtorek środa czwartek piątek sobota niedziela",
        "poniedziałku wtorku środy czwartku piątku soboty niedzieli",  # "do piątku 13"
        "luni marți miercuri joi vineri sâmbătă duminică",
        "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
        "понедельник вторник среда четверг пятница суббота воскресенье",
        "понедельника вторника среды четверга пятницы субботы воскресенья",
        "dilluns dimarts dimecres dijous divendres dissabte diumenge",  # Catalan
        "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
        "pondělí úterý středa čtvrtek pátek sobota neděle",
        "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    )
    for i, name in enumerate(names.split())
}
# Vietnamese weekdays are two words ("Thứ Ba 9/12/2025", a Tuesday)
FOREIGN_WEEKDAYS |= {
    name: i
    for i, name in enumerate(
        ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
    )
}
ORDINAL_WORDS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        start=1,
    )
} | {"thirtieth": 30}
# "friday the twenty first", "before the thirty-first": the compound ordinals
ORDINAL_WORDS |= {
    f"{tens} {unit}": base + ORDINAL_WORDS[unit]
    for tens, base in (("twenty", 20), ("thirty", 30))
    for unit in "first second third fourth fifth sixth seventh eighth ninth".split()
    if base + ORDINAL_WORDS[unit] <= 31
}
# written out, or shortened where the short form is no English word ("sat", "sun", "wed" and
# "mon" are words, or too rare as days to risk)
WEEKDAY = (
    r"(?:monday|tue(?:s(?:day)?)?|wednesday|weds|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|saturday|sunday|" + "|".join(sorted(FOREIGN_WEEKDAYS, key=len, reverse=True)) + ")"
)
# a day of the month after a weekday: a number, or an ordinal word after "the" ("Friday first
# thing" is no date)
_ORDINAL = "|".join(w.replace(" ", r"[\s-]+") for w in sorted(ORDINAL_WORDS, key=len, reverse=True))
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?|the\s+(?:" + _ORDINAL + r"))"
_WEEKDAY_DAY = re.compile(
    # ("Wed 18th": the short forms too, where a day's number follows)
    rf"\b(?:next\s+)?(?P<wd>{WEEKDAY}|wed|mon|sat|sun)\b\.?"
    rf",?\s+(?:(?:so|i\.?e\.?|=|that's|which is)\s+)?(?:the\s+(?=\d))?"
    # "até sexta-feira, dia 13", "el martes 9", "fredag den 6."
    rf"(?:(?:dia|el|le|den|der|am)\s+(?=\d))?(?P<day>{_DAY})\b",
    re.IGNORECASE,
)
# after the day: a month ("Friday 27 February") or a time ("Friday 10:30") makes it a date the
# main pattern reads, or no day at all
_NOT_A_DAY_AFTER = re.compile(r"\s*(?:[:.]\d|%|am\b|pm\b|h\b)", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*(?:of\s+|de\s+)?([^\W\d_]{3,})")
_LATEST_AFTER = re.compile(
    r"\s*(?:at\s+the\s+)?(?:latest|at\s+(?:the\s+)?(?:very\s+)?latest)\b", re.I
)


def weekday_index(word: str) -> int:
    """0 for Monday ("Mon", "monday", "lundi", "Montag") ... 6 for Sunday; a word `WEEKDAY`
    matched."""
    low = word.lower()
    return FOREIGN_WEEKDAYS.get(low, WEEKDAYS.get(low[:3], 0))


class Relative(NamedTuple):
    """What the notes said: a weekday (0 Monday) and a day of the month."""

    weekday: int
    day: int


# a day of the month alone after "by" ("she'll let me know by the 13th", "we will inform by
# 20th"): an ordinal, so "by 5 the list is done" is no date
_BY_DAY = re.compile(
    rf"\b(?:by|before)\s+(?:the\s+)?(?P<day>\d{{1,2}}(?:st|nd|rd|th)|(?<=the\s)(?:{_ORDINAL}))\b",
    re.IGNORECASE,
)
NO_WEEKDAY = -1


def relative_in(text: str) -> list[tuple[int, int, Relative]]:
    """Each weekday with its day in `text`, or a day alone after "by": where it starts, where
    it ends, what it says."""
    out: list[tuple[int, int, Relative]] = []
    from followup.understanding.reader.dates import is_month

    for m in _BY_DAY.finditer(text):
        word = _WORD_AFTER.match(text, m.end())
        if _NOT_A_DAY_AFTER.match(text, m.end()) or (word and is_month(word.group(1))):
            continue  # "by the 13th of March" is a whole date the main pattern reads
        if re.search(rf"{WEEKDAY}\W*(?:the\s+)?$", text[: m.start("day")], re.IGNORECASE):
            continue  # "by Friday the 13th": the weekday's own reading below
        day = _day(m.group("day"))
        if day is not None:
            out.append((m.start(), m.end(), Relative(NO_WEEKDAY, day)))

    for m in _WEEKDAY_DAY.finditer(text):
        word = _WORD_AFTER.match(text, m.end())
        if (
            _NOT_A_DAY_AFTER.match(text, m.end()) or (word and is_month(word.group(1)))
        ) and not _LATEST_AFTER.match(text, m.end()):
            continue  # "Friday 27 February", "Friday 10:30"; not "by Friday the 30th you'll"
        day = _day(m.group("day"))
        if day is not None:
            out.append((m.start(), m.end(), Relative(weekday_index(m.group("wd")), day)))
    return out


def latest_after(text: str, end: int) -> bool:
    """`Tuesday 19th latest`: the words after the day make it a deadline."""
    return _LATEST_AFTER.match(text, end) is not None


def _day(text: str) -> int | None:
    word = " ".join(text.lower().removeprefix("the").replace("-", " ").split())
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    number = int(re.sub(r"\D", "", word))
    return number if 1 <= number <= 31 else None


def resolve(said: Relative, anchor: date) -> date | None:
    """The first date after the interview (`anchor`) with the weekday and the day said; None
    when no date within two months has both."""
    if said.weekday == NO_WEEKDAY:
        # a day alone: the next such day after the interview, within the month after it
        for ahead in range(1, 32):
            d = anchor + timedelta(days=ahead)
            if d.day == said.day:
                return d
        return None
    for ahead in range(1, 63):
        d = anchor + timedelta(days=ahead)
        if d.day == said.day and d.weekday() == said.weekday:
            return d
    return None
