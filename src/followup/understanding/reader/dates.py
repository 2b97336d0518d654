"""Dates in the notes: the interview's, the decision's, the day they were written (`14 March`,
`2026-03-14`, `the twenty-first of May`, `3月14日`), and which one each is by the words
around it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from followup.understanding.facts import NO_END_ABBREVIATIONS
from followup.understanding.reader.relative_dates import (
    ORDINAL_WORDS,
    WEEKDAY,
    latest_after,
    relative_in,
    weekday_index,
)
from followup.understanding.reader.state import _ABBREV_DOT, _Seg, _State

# month names in English and in the languages notes mix in: Spanish, Portuguese, French,
# German; Dutch, Indonesian and Malay, Italian, Polish (the genitive: "do 27 maja"), Romanian;
# French short forms as a mail's Date: header writes them ("ven. 7 févr. 2025")
_MONTH_NAMES = [
    (
        "jan",
        "janv",
        "january",
        "enero",
        "janeiro",
        "janvier",
        "januar",
        "januari",
        "gennaio",
        "stycznia",
        "ianuarie",
    ),
    (
        "feb",
        "févr",
        "fevr",
        "february",
        "febrero",
        "fevereiro",
        "février",
        "fevrier",
        "februar",
        "februari",
        "febbraio",
        "lutego",
        "februarie",
    ),
    (
        "mar",
        "march",
        "marzo",
        "março",
        "marco",
        "mars",
        "märz",
        "marz",
        "maart",
        "maret",
        "mac",
        "marca",
        "martie",
    ),
    ("apr", "avr", "april", "abril", "avril", "aprile", "kwietnia", "aprilie"),
    ("may", "mayo", "maio", "mai", "mei", "maggio", "maja"),
    ("jun", "june", "junio", "junho", "juin", "juni", "giugno", "czerwca", "iunie"),
    ("jul", "juil", "july", "julio", "julho", "juillet", "juli", "luglio", "lipca", "iulie"),
    ("aug", "august", "agosto", "août", "aout", "augustus", "agustus", "ogos", "sierpnia"),
    (
        "sep",
        "sept",
        "september",
        "septiembre",
        "setiembre",
        "setembro",
        "septembre",
        "settembre",
        "września",
        "wrzesnia",
        "septembrie",
    ),
    (
        "oct",
        "october",
        "octubre",
        "outubro",
        "octobre",
        "oktober",
        "ottobre",
        "października",
        "pazdziernika",
        "octombrie",
    ),
    ("nov", "november", "noviembre", "novembro", "novembre", "listopada", "noiembrie"),
    (
        "dec",
        "déc",
        "december",
        "diciembre",
        "dezembro",
        "décembre",
        "decembre",
        "dezember",
        "desember",
        "disember",
        "dicembre",
        "grudnia",
        "decembrie",
    ),
]
# Russian (in the genitive a date uses: "до 13 марта"), Turkish, Hungarian, Norwegian
_MORE_MONTH_NAMES = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "január február március április május június július augusztus szeptember október "
    "november december",
    "januar februar mars april mai juni juli august september oktober november desember",
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
)
_MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names} | {
    name: i for names in _MORE_MONTH_NAMES for i, name in enumerate(names.split(), start=1)
}


def is_month(word: str) -> bool:
    """A month's name or its short form, in the languages the notes mix in ("Feb", "février")."""
    low = word.lower().rstrip(".")
    return low in _MONTHS or any(len(low) >= 3 and name.startswith(low) for name in _MONTHS)


# the ordinal words as patterns ("twenty first" or "twenty-first")
_ORDINALS = {w.replace(" ", "[- ]"): n for w, n in ORDINAL_WORDS.items()}
# a voice memo's day as a number said ("tuesday eleven of november"), only before a month
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_ORDINALS |= {w: n for n, w in enumerate(_UNITS, start=1)}
_ORDINALS |= {w: n for n, w in enumerate(_TEENS.split(), start=10)}
_ORDINALS |= {"twenty": 20, "thirty": 30, "thirty[- ]one": 31}
_ORDINALS |= {f"twenty[- ]{w}": 20 + n for n, w in enumerate(_UNITS, start=1)}
# (a name of five letters or more as a whole word: "3 generations" is no 3 January of the
# Catalan "gener"; a short one may open an inflected name, "22 janar", "inden den 10. marts")
_MONTH = (
    r"(?P<mon>(?:"
    + "|".join(sorted((n for n in _MONTHS if len(n) >= 5), key=len, reverse=True))
    + r")(?![^\W\d_])|"
    + "|".join(sorted((n for n in _MONTHS if len(n) < 5), key=len, reverse=True))
    + r")\.?"
)
_DATE_RE = re.compile(
    rf"\b(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<y6>\d{{4}})[./](?P<m6>\d{{1,2}})[./](?P<d6>\d{{1,2}})(?!\d)"
    rf"|(?:(?P<y5>\d{{4}})年)?(?P<m5>\d{{1,2}})月(?P<d5>\d{{1,2}})日"
    rf"|^[ \t]*(?P<d8>\d{{1,2}})\.(?P<m8>\d{{1,2}})(?=[ \t]*[-–—:|])"  # "02.09 - interview"
    rf"|\b(?P<dw>{'|'.join(sorted(_ORDINALS, key=len, reverse=True))})\s+(?:of\s+)?"
    rf"{_MONTH.replace('mon', 'mon3')}(?!\w)(?:,?\s+(?P<y7>\d{{4}}))?"  # not "one main"
    # (and the Catalan "d'" before a month that opens on a vowel: "31 d'octubre 2025")
    rf"|(?P<d1>\d{{1,2}})(?:st|nd|rd|th|º|\.)?(?:\s+of\s+|\s+de\s+|\s+d['’]|\s+){_MONTH}"
    rf"(?:,?\s+(?:de\s+)?(?P<y1>\d{{4}}))?"
    rf"|{_MONTH.replace('mon', 'mon2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.(?P<y3>\d{{4}})?(?!\d)"
    # with a space after each dot, as Czech, Slovak or German write it ("streda 10. 9. 2025"):
    # only with its year, since "3. 4." alone may be a list's numbers
    rf"|(?P<d9>\d{{1,2}})\.[ \t](?P<m9>\d{{1,2}})\.[ \t](?P<y9>\d{{4}})(?!\d)"
    # ("24/7" is a time of service, no date)
    # ("[09/04/26, 21:12]", a chat's stamp: a year of two digits is this century's)
    rf"|(?<![\d/])(?!24/7(?![\d/]))(?P<a4>\d{{1,2}})/(?P<b4>\d{{1,2}})"
    rf"(?:/(?P<y4>\d{{4}}|\d{{2}}))?(?![\d/]))",
    re.IGNORECASE | re.MULTILINE,
)
# every date but a spelled one ("twenty first of May") has a digit, and a spelled one has a
# month: a line with neither is passed over without trying the long pattern at every word
_DIGIT = re.compile(r"\d")
_WORD_RE = re.compile(r"\w+")
_MONTH_FORMS = frozenset(n.lower() for n in _MONTHS) | frozenset(n.upper() for n in _MONTHS)


# an iCalendar event's start, pasted as text: "DTSTART;TZID=Europe/Bucharest:20260120T140000"
_CALENDAR_START = re.compile(
    r"[ \t]*DTSTART(?:;[^:\n]{1,80})?:(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?)?[ \t]*"
)


def dates_written(text: str) -> Iterator[re.Match[str]]:
    """The dates written in `text`, as `_DATE_RE` finds them; its cost stays linear and small
    on the long prose lines that hold none."""
    if _DIGIT.search(text) is None:
        words = _WORD_RE.findall(text)
        if _MONTH_FORMS.isdisjoint(map(str.lower, words)) and _MONTH_FORMS.isdisjoint(
            map(str.upper, words)
        ):
            return iter(())
    return _DATE_RE.finditer(text)


_LATER_ROUND = re.compile(
    r"\b(?:2nd|second|final|last|round\s*(?:2|3|two|three)|r2|r3)\b", re.IGNORECASE
)
_DECISION_CUE = re.compile(
    r"\b(?:decid\w*|decision|hear back|get back|let (?:me|us) know|answer|outcome|reply|"
    r"respond|feedback|by|until|before|offer"
    # "Réponse:", "le confirmamos el lunes 26", "Le facciamo sapere entro ..."
    r"|réponse|respuesta|resposta|risposta|antwort|antwoord|confirm\w*|facciamo sapere|"
    r"te aviso|le aviso|on te revient|paling lambat|hasil|kabar|sonuç|wynik|"
    # "svar innen fredag 6. mars", "ответ до 13 марта", "uitslag tegen vrijdag"
    r"svar|ответ|решение|odpowied[źz]|decyzj\w*|uitslag|beslissing|decisão|décision|"
    r"entscheidung|karar|rezultat|răspuns)\b",
    re.IGNORECASE,
)
# news promised right after a day, in its sentence ("..., and Dr. Brandstetter calls me after
# that", ", letters go out after")
_NEWS_AFTER = re.compile(
    r"[^.;!?\n]{0,60}?\b(?:calls?|rings?|phones?|letters?|results?|informs?|hear|news|answers?|"
    r"decisions?|offers?)\b[^.;!?\n]{0,30}?\bafter(?:wards?)?\b",
    re.IGNORECASE,
)
# a promise of news without a decision word: "he will call me next monday, so the 16th", "you'll
# hear by Fri 7th"
_CONTACT_CUE = re.compile(
    r"\b(?:(?:call|ring|phone|message|text|e-?mail|contact|hear|revert|update|confirm|inform)"
    r"(?:s|es|ed|ing)?|result|results|know|news)\b",
    re.IGNORECASE,
)
# a word just before a date that makes it a deadline in the languages notes mix in: "bis
# 27.03.", "antes del 30 de abril", "do 27 maja", "sebelum 5 Mei"
_CUE_JUST_BEFORE = re.compile(
    r"\b(?:bis|antes(?:\s+del?)?|até|avant(?:\s+le)?|entro(?:\s+il)?|voor|sebelum|"
    r"hasta(?:\s+el)?|do|ten laatste|uiterlijk|spätestens|tegen|innen|før|senast|till|"
    r"до|en geç|najpóźniej(?:\s+do)?|a más tardar(?:\s+el)?|au plus tard(?:\s+le)?|"
    r"până\s+(?:la|pe)?)"
    rf"(?:\s+{WEEKDAY})?\s*$",  # "avant le vendredi 30 janvier"
    re.IGNORECASE,
)
# where a clause starts before a weekday: the promise must be in the weekday's own clause
# ("decision by the end of the week, start Monday 27th"), unless "so" or "i.e." joins them
# a promise of news just after the day, as Spanish and Italian say it ("el lunes 11 le aviso")
# or a sentence that starts with the deadline ("by Friday the 30th you'll hear from us")
_CUE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:le|te|les|os|vi|ti|lo|la|ci)\s+(?:aviso|avisamos|confirmo|confirmamos|"
    r"llamo|llamamos|escribo|escribimos|decimos|diremos|facciamo sapere|faccio sapere|"
    r"chiamo|chiamiamo)|you['’]?ll\s+hear|we['’]?ll\s+(?:call|let you know|be in touch))\b",
    re.IGNORECASE,
)
# a period the date ends ("abren los sábados de febrero hasta el 15 de abril", "open from May
# until 30 September"): the end of a season or opening hours, not a date anyone promised
_PERIOD_BEFORE = re.compile(
    r"\b(?:from|desde|de|von|vom|du|dal|van)\b[^.;:]{1,40}?\b(?:until|till|through|to|hasta|"
    r"bis|jusqu['’]au|fino\s+al|tot|até)(?:\s+(?:el|le|the|o|a))?\s*$",
    re.IGNORECASE,
)
# the words that make a date a promise whatever else the sentence says
_DECISION_WORD = re.compile(
    r"\b(?:decid\w*|decision|answer|outcome|reply|respond|feedback|offer|respuesta|resposta|"
    r"réponse|risposta|antwort|decisión|decisão|décision|call|hear|llam\w*|avis\w*)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,;:(](?!\s*(?:so|i\.?e\.?|that's|that is|which is|=)\s*$)")
_SUBJECT = re.compile(
    r"\b(?:i|i'm|i’m|im|i've|i'd|i'll|we|they|they'll|they'd|she|he|she'll|he'll|she'd|he'd|"
    r"you|you'll|it|it'll)\b",
    re.IGNORECASE,
)
_MY_ANSWER = re.compile(
    r"\bmy\s+(?:answer|decision|reply|response|acceptance|start)\b", re.IGNORECASE
)
# when the candidate could begin, right before the date
_CAN_START = re.compile(
    r"\b(?:can|could|would|will|able\s+to|ready\s+to)\s+start\s+(?:on\s+|from\s+|in\s+)?$",
    re.IGNORECASE,
)
# a line about another employer's offer: its deadline is no promise of this one
_OTHER_OFFER = re.compile(
    r"\b(?:other|another|second|competing|rival)\s+(?:job\s+)?(?:offer|proposal|proposta|"
    r"propuesta|oferta|offre)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = frozenset("i i'm i’m im i've i'd i'll".split())


def _own_deadline(before: str) -> bool:
    """The subject nearest before a date is the candidate ("I'm committed to a contract
    until", "and I could move 1 June"): their own date, never the employer's promise."""
    if _MY_ANSWER.search(before):
        return True  # "another offer: they want my answer by Wed 13 May"
    if _CAN_START.search(before):
        return True  # "A: OK with the offer, can start 1 December.": when they could begin
    subjects = _SUBJECT.findall(before)
    return bool(subjects) and subjects[-1].lower() in _FIRST_PERSON


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z])")
# a stop after a word of three letters or more, then a lower-case word: a sentence of a chat or
# memo written without capitals ("still no answer. interview was 30 June")
_LOWER_STOP = re.compile(r"(?<=[^\W\d_]{3})[.!?][\"'”’)]*\s+(?=[a-z])")


def _last_sentence(text: str) -> str:
    """The part of `text` after its last sentence end (an abbreviation's dot is none)."""
    text = _SENTENCE_END.split(text)[-1]
    for m in reversed(list(_LOWER_STOP.finditer(text))):
        word = re.search(r"[^\W\d_]+$", text[: m.start()])
        if word is not None and word.group(0).lower() not in NO_END_ABBREVIATIONS:
            return text[m.end() :]
    return text


# a place's word just before a date: a place named for a day ("bairro 7 de Abril",
# "Avenida 25 de Mayo"); or a name's capitalised word ("Escola Primária Completa 7 de Abril")
_YEAR = re.compile(r"\d{4}|['’]\d{2}\b")
_PLACE_FOR_A_DATE = re.compile(
    r"\b(?:bairro|barrio|rua|avenida|av\.|calle|quartier|praça|plaza|colonia|street)[ \t]+$",
    re.IGNORECASE,
)
_WORDS_BEFORE_DATE = re.compile(
    r"(?<![\w.'’-])([A-ZÀ-Ý][a-zà-ÿ]{2,})[ \t]+([A-ZÀ-Ý][a-zà-ÿ]{3,})[ \t]+$"
)
# capitalised words a date may follow that name nothing ("On 3 March", "Since 2019")
_NOT_A_NAME_BEFORE = frozenset(
    "on by from since until till before after desde hasta até depuis seit ab vom am le el date "
    "today tomorrow yesterday hoy hoje".split()
)


def _named_for_a_date(text: str, m: re.Match[str]) -> bool:
    """Whether the date `m` is part of a name: a day and a month's word with no year (a place
    named for a day has none) after a place's word, or after two capitalised words that are
    no weekday, month, preposition or word for the interview ("Escola Primária Completa 7 de
    Abril"; not "Second Interview 3 March", nor a chat's "Dmytro Kovalenko  09.03.2026")."""
    at = m.start()
    if _YEAR.search(m.group()) or not any(is_month(w) for w in re.findall(r"[^\W\d_]+", m[0])):
        return False
    if _PLACE_FOR_A_DATE.search(text, max(0, at - 20), at):
        return True
    named = _WORDS_BEFORE_DATE.search(text, max(0, at - 40), at)
    if named is None:
        return False
    return not any(
        re.fullmatch(WEEKDAY, word, re.IGNORECASE)
        or is_month(word)
        or word.lower() in _NOT_A_NAME_BEFORE
        or _INTERVIEW_NEAR.fullmatch(word)
        or _DECISION_CUE.fullmatch(word)
        for word in named.groups()
    )


# the day the notes are written ("Today is Tuesday 24 March", "hoy viernes 19 de diciembre",
# "aujourd'hui 5 mai")
_WRITING_DAY = re.compile(
    r"\b(?:today|now|hoy|hoje|aujourd['’]hui|oggi|heute|vandaag|dziś|dzisiaj|bugün)(?:'s date)?"
    r"\s*(?:is|it's|es|é|est|:|,|=)?\s*(?:the\s+)?(?:[^\W\d_]{3,12},?\s*)?$",
    re.IGNORECASE,
)
# the words for the interview, in the languages notes mix in too ("Entretien: samedi 12 avril")
_INTERVIEW_WORDS = (
    r"interview\w*|entretien\w*|entrevista\w*|entrevue\w*|colloquio|gesprek|gespräch|"
    r"vorstellungsgespräch|rozmow\w*|intervju\w*|haastattelu|mülakat|wawancara"
)
_INTERVIEW_NEAR = re.compile(
    rf"\b(?:{_INTERVIEW_WORDS}|met|meet|call|zoom|spoke|talked|trial|shift|round|panel|visit)\b",
    re.IGNORECASE,
)
# the same on the day the notes are written, without the words a check-in uses of what has
# not happened ("hoy viernes 19 de diciembre — nothing, no call")
_INTERVIEW_NEAR_TODAY = re.compile(
    rf"\b(?:{_INTERVIEW_WORDS}|met|spoke|talked|trial|panel)\b", re.IGNORECASE
)


def date_from(
    m: re.Match[str], this_year: int, now: date | None = None, anchor: date | None = None
) -> date | None:
    """The date a match of `_DATE_RE` names; None when it names no date for sure.

    A date written without its year ("Mon 20 Oct", "14.10.") is in `this_year`, unless a
    weekday beside it fits only the year before, or (given `now`, the day the notes were
    written or read) it would fall more than two months after `now`: notes look back on an
    interview, and a promised answer is at most weeks ahead. Given an `anchor`, a date the
    notes wrote with its year, the year is the one nearest to it, at most half a year ahead."""
    try:
        readings, year = _readings(m)
    except ValueError:
        return None
    if year is not None:
        dates = [_day(year, month, day) for month, day in readings]
        if len(readings) > 1:
            return _by_weekday(m, [d for d in dates if d is not None])
        return dates[0]
    if anchor is not None:
        return _near(m, readings, anchor)
    years = [this_year, this_year - 1]
    options = [d for y in years for month, day in readings if (d := _day(y, month, day))]
    for year in years:  # "12/1 (Mon)": 12 January this year before 1 December the last
        named = _by_weekday(m, [d for d in options if d.year == year])
        if named is not None:
            return named
    if len(readings) > 1 and len({(d.month, d.day) for d in options}) > 1:
        return None  # 5/6 could be 5 June or May 6, and no weekday says which
    this = [d for d in options if d.year == this_year]
    if this and now is not None and this[0] > now + timedelta(days=_AHEAD_DAYS):
        before = [d for d in options if d.year == this_year - 1]
        return before[0] if before else this[0]
    return this[0] if this else None


_AHEAD_DAYS = 61  # how far past the day of writing a date without a year may lie


def _near(m: re.Match[str], readings: list[tuple[int, int]], anchor: date) -> date | None:
    """The reading nearest to `anchor` in its year or the years beside it ("12/1" after an
    interview on 20 December is in January of the next year), never more than half a year
    after it unless nothing else fits; a weekday beside the date decides first."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    options = [d for y in years for month, day in readings if (d := _day(y, month, day))]
    named = _by_weekday(m, options)
    if named is not None:
        return named
    if len({(d.month, d.day) for d in options}) > 1:
        return None  # 5/6 could be 5 June or May 6, and no weekday says which
    near = [d for d in options if d <= anchor + timedelta(days=_AHEAD_OF_ANCHOR_DAYS)]
    return min(near or options, key=lambda d: abs((d - anchor).days), default=None)


# how far past a date the notes wrote with its year a date without one may lie: the written
# date is often the interview's, and an answer may be promised months after it
_AHEAD_OF_ANCHOR_DAYS = 183


def written_with_year(m: re.Match[str]) -> bool:
    try:
        return _readings(m)[1] is not None
    except ValueError:
        return False


def _full_year(text: str) -> int:
    """ "2026" -> 2026; "26" -> 2026."""
    return int(text) + (2000 if len(text) == 2 else 0)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _readings(m: re.Match[str]) -> tuple[list[tuple[int, int]], int | None]:
    """The (month, day) readings of a date match, and its year when it gives one (a year of
    the Thai Buddhist era, "30/10/2568", as the common era counts it: 2025)."""
    readings, year = _readings_as_written(m)
    if year is not None and _BUDDHIST_ERA[0] <= year <= _BUDDHIST_ERA[1]:
        year -= _BUDDHIST_OFFSET
    return readings, year


# the years a Thai date writes now, and how far ahead of the common era they run
_BUDDHIST_ERA = (2450, 2650)
_BUDDHIST_OFFSET = 543


def _readings_as_written(m: re.Match[str]) -> tuple[list[tuple[int, int]], int | None]:
    """The (month, day) readings of a date match, and the year it writes, if any."""
    if m.group("iso"):
        d = date.fromisoformat(m.group("iso"))
        return [(d.month, d.day)], d.year
    if m.group("a4"):
        a, b = int(m.group("a4")), int(m.group("b4"))
        year = _full_year(m.group("y4")) if m.group("y4") else None
        if (a > 12) == (b > 12):
            # 5/6 could be 5 June or May 6: a fact only when a weekday beside it says which
            return [(b, a), (a, b)], year
        return [(b, a) if a > 12 else (a, b)], year
    if m.group("d3"):
        year = int(m.group("y3")) if m.group("y3") else None
        return [(int(m.group("m3")), int(m.group("d3")))], year
    if m.group("d9"):
        return [(int(m.group("m9")), int(m.group("d9")))], int(m.group("y9"))
    if m.group("y6"):
        return [(int(m.group("m6")), int(m.group("d6")))], int(m.group("y6"))
    if m.group("m5"):
        year = int(m.group("y5")) if m.group("y5") else None
        return [(int(m.group("m5")), int(m.group("d5")))], year
    if m.group("d8"):
        return [(int(m.group("m8")), int(m.group("d8")))], None
    if m.group("dw"):
        word = re.sub(r"[- ]", "[- ]", m.group("dw").lower())
        year = int(m.group("y7")) if m.group("y7") else None
        return [(_MONTHS[m.group("mon3").lower()], _ORDINALS[word])], year
    mon = (m.group("mon") or m.group("mon2")).lower()
    day = int(m.group("d1") or m.group("d2"))
    year_text = m.group("y1") or m.group("y2")
    return [(_MONTHS[mon], day)], int(year_text) if year_text else None


_WEEKDAY_NEAR = re.compile(rf"\b({WEEKDAY}|mon|wed|sat|sun)\b", re.IGNORECASE)


def _by_weekday(m: re.Match[str], readings: list[date]) -> date | None:
    """The one reading of a date whose weekday the words beside it name (`12/01/2026
    (Monday)`, "Mon 20 Oct" in one year of two); None when there is no such word or it fits
    more than one reading or none."""
    near = m.string[max(0, m.start() - 12) : m.end() + 14]
    said = {weekday_index(w) for w in _WEEKDAY_NEAR.findall(near)}
    fits = {d for d in readings if d.weekday() in said}
    return fits.pop() if len(fits) == 1 else None


def first_date(text: str, this_year: int) -> date | None:
    """The first date written in `text` (a front-matter value: `bis Ende KW 13 (27.03.)`)."""
    m = _DATE_RE.search(text)
    return date_from(m, this_year) if m else None


class _Dates(_State):
    """The pass that reads dates: a date anywhere, and a line of prose's dates with their cue."""

    def _dates_in(self, seg: _Seg) -> None:
        start = _CALENDAR_START.fullmatch(seg.text)
        if start is not None:
            # a calendar event pasted as text: its start is the interview's day
            day = _day(int(start.group(1)), int(start.group(2)), int(start.group(3)))
            if day is not None:
                self.found.dates.setdefault("interview_date", day)
            return
        for m in dates_written(seg.text):
            found = self._date_from(m)
            if found is None:
                continue
            if _named_for_a_date(seg.text, m):
                continue  # "bairro 7 de Abril", "Escola Primária Completa 7 de Abril": a name
            # the cue counts in the date's own sentence ("decide after Eid. Today is 24 March"
            # promises nothing for 24 March)
            before = _last_sentence(seg.text[max(0, m.start() - 60) : m.start()])
            near = seg.text[max(0, m.start() - 80) : m.end() + 40]
            # "Today is Tuesday 24 March": the day the notes were written, promised by nobody
            cues = list(_DECISION_CUE.finditer(before)) or list(_CUE_JUST_BEFORE.finditer(before))
            if cues and (_own_deadline(before) or _OTHER_OFFER.search(seg.text, 0, m.start())):
                # "I'm on a contract in York until 30 April", "Other proposal: Hospital X
                # (they want answer until 13/02)": the candidate's date, or another employer's
                continue
            if cues and _PERIOD_BEFORE.search(before) and not _DECISION_WORD.search(before):
                continue  # "open Saturdays from February until 15 April": a period, no promise
            deciding = (
                seg.line in self.found.decision_lines
                and not _WRITING_DAY.search(before)
                # ("## Decision" then "interview was 3 March, answer by 14 March": the
                # interview's day told beside the promise)
                and not _INTERVIEW_NEAR_TODAY.search(re.split(r"[,;:\"“]", before)[-1])
            )
            # "Council meets 6 March 2026, letters go out after": news promised after the day
            # (not after the interview's: "interview Tuesday 3 March, they call after that")
            # (an honorific's dot ends no sentence: "..., and Dr. Brandstetter calls me after")
            following = _ABBREV_DOT.sub(lambda a: a[0][:-1], seg.text[m.end() : m.end() + 100])
            news_after = _NEWS_AFTER.match(following) is not None and not (
                _INTERVIEW_NEAR_TODAY.search(before)
            )
            if (cues and not _WRITING_DAY.search(before)) or deciding or news_after:
                # ("## Decision" then 'Carmen said: "Friday 14 November we call everyone"':
                # a date under the decision's heading is the one promised)
                self.found.cue_dates.append(("decision_date", found))
            elif (_INTERVIEW_NEAR_TODAY if _WRITING_DAY.search(before) else _INTERVIEW_NEAR).search(
                near
            ) or _INTERVIEW_NEAR.search(
                # "the interview for <a long role> at <a long employer> was Tuesday 11 August":
                # a cue anywhere in the date's own sentence
                _last_sentence(seg.text[max(0, m.start() - 200) : m.start()])
            ):
                later = bool(_LATER_ROUND.search(near))
                self.found.cue_dates.append(("interview_date" + ("!" if later else ""), found))
            else:
                self.found.cue_dates.append(("interview_date?", found))
        self._relative_in(seg.text)

    def _relative_in(self, text: str, *, labelled: bool = False) -> None:
        """`by Wednesday the 28th`: a weekday and its day, just after words that promise news
        (or in a decision date's labelled value, or followed by "latest"), in a sentence that
        gives no full date of its own."""
        for at, end, said in relative_in(text):
            before = _last_sentence(text[max(0, at - 80) : at])
            just_before = _CLAUSE.split(before[-30:])[-1]
            promised = labelled or latest_after(text, end) or bool(_CUE_AFTER.match(text, end))
            promised = promised or (
                not _own_deadline(before)
                and bool(
                    _DECISION_CUE.search(just_before)
                    or _CONTACT_CUE.search(just_before)
                    or _CUE_JUST_BEFORE.search(just_before)
                )
            )
            if promised:
                self.found.relative_dates.append(said)

    def _anchor_first(self, segs: list[_Seg]) -> None:
        """The first date the notes write with its year anchors those written without one,
        wherever each is read: a label ("decision: until 24 October") is read before the prose
        line above it ("interview: 2025-10-08, Wednesday")."""
        for seg in segs:
            for m in dates_written(seg.text):
                if written_with_year(m):
                    self._date_from(m)
                    if self.found.anchor_date is None:
                        self._anchor_either_way(m)
                    if self.found.anchor_date is not None:
                        return

    def _anchor_either_way(self, m: re.Match[str]) -> None:
        """A chat's "12/06/25" is 12 June or 6 December, but 2025 either way: the earlier of
        the two anchors the dates written without a year (notes look back on an interview, and
        a date half a year ahead of the later one would fall in the next year)."""
        try:
            readings, year = _readings(m)
        except ValueError:
            return
        if year is None:
            return
        dates = sorted(d for month, day in readings if (d := _day(year, month, day)))
        if dates and self._anchorable(dates[0]):
            self.found.anchor_date = dates[0]

    def _year(self) -> int:
        return (self.found.header_date or self.today).year

    def _date_in(self, value: str) -> date | None:
        """The date a label's or a header's value gives: the first one written with its year,
        else the first ("mar. 11 févr. 2025" is a French Tuesday, not 11 March)."""
        found: list[re.Match[str]] = []
        pos = 0
        # (overlapping: "mar. 11" must not hide "11 févr. 2025"; a value is one short line)
        while len(found) < 4 and (m := _DATE_RE.search(value, pos)) is not None:
            found.append(m)
            pos = m.start() + 1
        m = next((m for m in found if written_with_year(m)), found[0] if found else None)
        return self._date_from(m) if m else None

    def _date_from(self, m: re.Match[str]) -> date | None:
        header, anchor = self.found.header_date, self.found.anchor_date
        found = date_from(m, self._year(), header or self.today, None if header else anchor)
        if (
            found is not None
            and header is None
            and anchor is None
            and written_with_year(m)
            and self._anchorable(found)
        ):
            self.found.anchor_date = found
        return found

    def _anchorable(self, day: date) -> bool:
        """A date written with its year may anchor the others when it is near the day of
        reading: within two years before it, two months after."""
        return self.today - timedelta(days=730) <= day <= self.today + timedelta(days=61)
