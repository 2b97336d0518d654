"""What every pass of the reader shares: the notes as segments (`_Seg`), what the passes
found (`_Found`), the text helpers several passes use, and `_State`, the class every pass
extends (the notes, the vocabulary, the order values were found in)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from followup.understanding.facts import (
    NO_END_ABBREVIATIONS,
    SPANISH_HONORIFIC,
    Located,
    Person,
    Point,
    Span,
    shape_problem,
)
from followup.understanding.people import NameHit
from followup.understanding.reader.relative_dates import Relative
from followup.understanding.vocabulary import Vocabulary, vocabulary


def organisation_of_field(lows: list[str], vocab: Vocabulary) -> bool:
    """ "Kusbau School of Nursing", "College of Agriculture": an organisation's word, "of" and
    its field, after no job's word ("Head of School" is a job), names an organisation: its
    last word ("Nursing") makes it no job."""
    return (
        bool(lows)
        and lows[0] not in vocab.role_words
        and any(w in vocab.organisation_heads and nxt == "of" for w, nxt in pairwise(lows))
    )


MAX_LINE = 2_000  # a longer line is read in pieces: no pattern sees more than this at once
MAX_POINT_CHARS = 30_000  # details are read from the first this many characters of prose
# capital letters of the Latin scripts, for patterns that want a capital ("Óscar", "Łucja")
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_ABBREV_DOT = re.compile(
    r"\b(?:" + "|".join(sorted(NO_END_ABBREVIATIONS, key=len, reverse=True)) + r")\.", re.I
)


# a line of an exported chat: "[14/04/2026, 5:00:31 pm] Kieran Walsh: ...", "14/04/2026, 17:00 -
# Kieran Walsh: ...", "[14/01/2026 19:02] Rafa: ...", "[9:41 AM] Hoda: ..."
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
_AUTHOR = r"[^\W\d_][^:\n\[\]]{0,40}?"
# a chat message's line: "[02-02-26 19:43] Camila: ...", "19:43 - Camila: ...", or the author
# before the time, "Thiri 4:05 PM: ..."
_DAY = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[.,]?"
# (LINE's export sets time, author and text apart by tabs: "18:12<TAB>Bishnu Adhikari<TAB>dai
# interview finish!!", retyped with two spaces as often)
_GAP = r"(?:\t|[ ]{2,})"
CHAT_LINE = re.compile(
    rf"^\s*(?:\[?(?:{_DAY}\s+)?{_CLOCK}\]?"
    rf"(?P<gap>[ \t]+(?![ap]\.?m\b)(?={_AUTHOR}{_GAP}\S))?\s*(?:[-–]\s*)?"
    # or the author before the time, in brackets too: "Kwesi (08/04/25 07:12): Efua any news"
    rf"|(?={_AUTHOR}\s+\(?(?:{_DAY}\s+)?{_CLOCK}\)?:\s))"
    rf"(?P<who>{_AUTHOR})(?(gap){_GAP}|(?:\s+\(?(?:{_DAY}\s+)?{_CLOCK}\)?)?:\s)",
    re.IGNORECASE,
)


# the head of a message in a chat exported with the author above the text: "Jonna  16:02",
# "mathilde.b — 2026-03-18 18:02" (Signal, Discord, Teams); the line is no title
# and names no employer
CHAT_HEAD = re.compile(
    # (a Slack export's author in bold: "**Felipe Araújo**  6:41 PM")
    r"\s*(?:\*\*)?(?!(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|yesterday|date|time|when|"
    r"interview|meeting|call|start|lunch|arriv|shift)\w*\b)"
    # (possessive space runs: a line of thousands of spaces is one pass, not one per split)
    r"(?P<who>[^\W\d_][\w.'’-]{0,30}(?:[ ][\w.'’-]{1,30}){0,3})(?:\*\*)?"
    # an emoji after the name ("Sekar 🌼 19:53"); one space before a time that ends the line
    # ("Anin 19:52")
    r"(?:[ ]++[^\w\s]{1,4})?"
    # or a comma and the time in brackets, as Telegram exports: "Dmytro Savchuk, [05.06.2025 19:22]"
    r"(?:\s{2,}+|\s[—–-]\s++|[ ](?=\d{1,2}[:.]\d{2}(?:\s*+[ap]\.?m\.?)?\s*+$)|,[ ]?\[)"
    r"(?:\d{4}-\d{2}-\d{2}\s++|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s++|(?:today|yesterday)\s++(?:at\s++)?)?"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*+[ap]\.?m\.?)?\]?\s*+",
    re.IGNORECASE,
)


@dataclass
class _Seg:
    """A piece of the notes with its offset in the whole text and its line number."""

    text: str
    start: int
    line: int


# the people a note's reading keeps, at most (see _Found.room)
MOST_PEOPLE = 100


@dataclass
class _Found:
    """What the passes found, before the addressee is decided."""

    people: list[tuple[Person, int]] = field(default_factory=list)  # (person, order)
    # the words of every name found, in lower case, once the decision first needs them
    name_words: set[str] | None = None
    mentioned: list[Person] = field(default_factory=list)
    # someone's relative ("His wife, Mrs. Darlene Greene."): mentioned, unless the notes say
    # later that they decide
    relatives: list[Person] = field(default_factory=list)
    addressee_named: list[Person] = field(default_factory=list)
    # a form of address alone where the notes say whom to write to ("ke Bapak Pendeta", "to the
    # Reverend"): the honorific of the one person it fits
    titles_named: list[str] = field(default_factory=list)
    # a job alone where the notes say whom to write to ("to Joint Director madam"): the one
    # person of the notes with that job
    jobs_named: list[str] = field(default_factory=list)
    labelled: dict[str, Located] = field(default_factory=dict)
    companies: list[tuple[int, int, Located]] = field(default_factory=list)  # (rank, order, value)
    not_companies: set[str] = field(default_factory=set)
    own_lines: set[int] = field(default_factory=set)  # lines under a heading like "## Me"
    mail_lines: set[int] = field(default_factory=set)  # lines under a heading like "**Email**"
    # lines under a heading of the decision ("## Decision") or a question of when it comes
    decision_lines: set[int] = field(default_factory=set)
    # lines under a heading of what not to do ("Things NOT to do:"): an email named there is
    # one not to write
    avoid_lines: set[int] = field(default_factory=set)
    roles: list[tuple[int, int, Located]] = field(default_factory=list)
    senders: list[tuple[int, Located]] = field(default_factory=list)
    dates: dict[str, date] = field(default_factory=dict)
    cue_dates: list[tuple[str, date]] = field(default_factory=list)
    # decision dates said relative to the interview ("by Friday the 27th"), in order
    relative_dates: list[Relative] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    prose: list[_Seg] = field(default_factory=list)
    lines: list[_Seg] = field(default_factory=list)  # every line, for the last look-ups
    points: list[Point] = field(default_factory=list)

    def room(self) -> bool:
        """Whether another person may be kept: notes name a few dozen people at most, and
        the passes compare each line with the people found, so a note of thousands of names
        would cost its length times their number; past the bound, names are passed over."""
        return len(self.people) + len(self.mentioned) < MOST_PEOPLE

    def mention(self, person: Person) -> None:
        """Someone named who is not to be written to (a recruiter, a former manager)."""
        if self.room():
            self.mentioned.append(person)

    header_date: date | None = None
    # the first date the notes write with its year ("jeudi 3 juillet 2025"): the year of the
    # dates written without one ("avant le 15 juillet") is the one that puts them near it
    anchor_date: date | None = None
    unsure: bool = False  # the notes say they do not know who to write to
    unsure_at: int = -1  # where they say it ("to whom?? Mikko or Laura")
    doubt_named: bool = False  # that line names the ones to choose between ("to A or B?")
    title_lines: set[int] = field(default_factory=set)  # lines that gave a company or role
    # where a title line's title ends when a sentence follows it on the line ("Wren's Nest
    # Books — Saturday bookseller. She showed me ..."), by line
    title_ends: dict[int, int] = field(default_factory=dict)
    greetings: list[Located] = field(default_factory=list)  # quoted: '"Dear Ms. Karaca"'
    # a name the notes say to call someone by ("he said just call me Reg"), with its line
    called: list[Located] = field(default_factory=list)
    # what everyone calls someone ("everybody just calls him Wade"), with its line
    nicknames: list[Located] = field(default_factory=list)
    first_names: bool = False  # the notes say people there go by first names


def _lines(text: str, offset: int, first_line: int) -> list[_Seg]:
    out = []
    pos = offset
    number = first_line
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        for k in range(0, max(len(body), 1), MAX_LINE):
            out.append(_Seg(body[k : k + MAX_LINE], pos + k, number))
        pos += len(raw)
        number += 1
    return out


def _is_lower_case(text: str) -> bool:
    """Notes typed (or transcribed) without capitals: names must be found without them."""
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Za-z][a-z]+\b", text[:20_000], re.MULTILINE)
    if len(words) < 12:
        return False
    capitals = sum(1 for w in words if w[0].isupper() and w != "I")
    return capitals / len(words) < 0.04


def _located(value: str, seg: _Seg, start: int, source: Any) -> Located:
    end = start + len(value)
    if re.search(r"\s", value) and not seg.text.startswith(value, start):
        # a name read across a run of spaces ("sign it Tom   Lutz") is said with one: its span
        # ends where the notes' own words end
        said = re.compile(r"\s+".join(re.escape(w) for w in value.split()), re.IGNORECASE)
        m = said.match(seg.text, start)
        if m is not None:
            end = m.end()
    return Located(
        value=value,
        source=source,
        span=Span(start=seg.start + start, end=seg.start + end, line=seg.line),
    )


def _person(hit: NameHit, seg: _Seg, strength: int, source: Any) -> Person:
    raw = seg.text[hit.start : hit.end]
    name = Located(
        value=hit.name,
        source=source,
        span=Span(start=seg.start + hit.start, end=seg.start + hit.end, line=seg.line),
    )
    del raw
    title = hit.title or hit.title_before
    if title and shape_problem(title, max_words=10):
        title = None
    before = seg.text[max(0, hit.start - 30) : hit.start]
    spanish = hit.honorific is not None and _SPANISH_BEFORE.search(before) is not None
    return Person(
        name=name,
        honorific=hit.honorific,
        title=title,
        strength=strength,
        two_family_names=spanish,
    )


# a Spanish honorific just before a name ("la Dra. ", "Ing. "), possibly after another one
_SPANISH_BEFORE = re.compile(
    rf"(?<![\w.])(?:{SPANISH_HONORIFIC.pattern})(?:\s+\S+\.?)?\s+$", re.IGNORECASE
)


# "she'd be my manager", "who will be my manager": the future manager, not a former one
# "my boss if hired", "my manager-to-be"
_FUTURE_AFTER = re.compile(
    r"\s*(?:-to-be\b|\s+to be\b|"
    r"\s*,?\s*if (?:i(?:'m| am) )?(?:hired|selected|i get (?:it|the job)))",
    re.IGNORECASE,
)
# what is sent, not who: "send my reference letters to him"
_SENT_AFTER = re.compile(r"[ \t]+(?:letters?|documents?|forms?|checks?)\b", re.IGNORECASE)
_FUTURE_BE = re.compile(r"(?:would|will|['’]d|to|gonna|going to)\s+be\s*$", re.IGNORECASE)


# someone described as another person's kin: "— his daughter, ...", "her husband Tomás"
# someone's tie to the person just named ("his wife", "her son")
KIN_TIE = (
    r"(?:his|her|their)[ \t]+(?:daughter|son|wife|husband|partner|brother|sister|dad|father|"
    r"mother|mum|mom|niece|nephew|cousin)"
)
KIN_OF_ANOTHER = re.compile(rf"[\s*_]*[—–-]?[ \t]*{KIN_TIE}\b", re.IGNORECASE)


def _tied_elsewhere(text: str, vocab: Vocabulary) -> bool:
    """A cue of someone not to write to ("my manager there", "my old boss") in the text, not
    one that names the reader's future role ("she'd be my manager")."""
    return any(
        not _FUTURE_BE.search(text[max(0, m.start() - 40) : m.start()])
        and not _FUTURE_AFTER.match(text, m.end())
        and not _SENT_AFTER.match(text, m.end())
        for m in vocab.not_addressee_re.finditer(text)
    )


def _between_is_filler(text: str, start: int, end: int) -> bool:
    """Only articles, titles and commas stand between a cue and the name it cues."""
    between = re.sub(_ABBREV_DOT, "", text[start:end])
    return len(between) <= 60 and not re.search(r"[.;!?]\s", between)


# a line of a chat written as "Me: ..." ("Me: good I reckon. Tongariro Drift Lodge ...")
_ME_LINE = re.compile(r"^[ \t]*me[ \t]*:", re.IGNORECASE | re.MULTILINE)


# a line that opens on a capitalised name and a colon: maybe a chat's author without its time
_BARE_AUTHOR = re.compile(
    rf"^[ \t]*(?P<who>[{UPPER}][\w'’-]{{1,20}}(?:[ \t][{UPPER}][\w'’-]{{1,20}})?):[ \t]+(?=\S)",
    re.MULTILINE,
)
_BARE_AUTHOR_LINES = 3  # lines each author opens at least
_BARE_CHAT_LINES = 8  # lines the chat's authors open in all


class _State:
    """The notes being read and what was found so far."""

    def __init__(
        self,
        text: str,
        body_start: int,
        first_line: int,
        today: date | None,
        links: frozenset[int] = frozenset(),
    ) -> None:
        self.text = text
        # where a note-app link's "[[" was blanked: a line opening there is not indented
        self.links = links
        self.body_start = body_start
        self.first_line = first_line
        self.today = today or date.today()
        self.vocab: Vocabulary = vocabulary()
        self.lower = _is_lower_case(text[body_start:])
        self.found = _Found()
        self.order = 0
        self.prose_chars = 0
        self.list_field: tuple[str, int] | None = None
        self.panel_goes_on = False  # a panel's value may go on in aligned lines below it
        self.list_bullet: tuple[int, str] | None = None  # the list heading's own bullet
        self.columns: list[str | None] | None = None  # a table's header: the field per column
        self.table_heads: set[int] = set()  # lines of a table's header row (a rule row below)
        # a table headed by what the author learned ("| What they told me | |"): its rows'
        # keys ("| lab | every batch tested ... |") label details, not the employer or the job
        self.learned_table = False
        self.acronym_counts: Counter[str] | None = None  # words in capitals, counted once
        # the lines that named an employer, kept up with `found.companies` as it grows
        self.employer_lines: set[int] = set()
        self.employers_seen = 0
        self.employers_last: tuple[int, int, Located] | None = None
        self.forwarded = False  # the notes open with another's forwarded e-mail
        self.told = False  # under a heading of what the author learned ("What they told me:")
        self.told_items = 0  # units read under it so far: a blank line after them ends it
        self.heading = False  # the line read is a heading ("## What he told me"): no point
        self.answering = False  # under a Q&A's question of what or who ("Q. Position?")
        self.asked_of_me = False  # under a question put to the candidate ("Q: Why you leave?")
        self.whole_line: _Seg | None = None  # the line being read, whole (a label's value is cut)
        self.own = False  # under a heading of the candidate's own past ("## Me")
        self.own_items = 0  # lines read under it so far: a blank line after them ends it
        self.own_list: int | None = None  # the indent of a list item "- me:" over own items
        self.mail = False  # under a heading of the email to write ("**Email**")
        self.mail_items = 0
        # under a heading of what not to do ("Things NOT to do:"): an email named there is one
        # not to write
        self.avoiding = False
        self.avoiding_items = 0
        self.whom = False  # under a Q&A's question of whom to write to
        # under a heading of the decision ("## Decision") or a question of when it comes ("Q
        # (me): when is the answer?"): a date there is the one promised
        self.deciding = False
        self.deciding_items = 0
        # a heading that is a label ("## Position"): the field its next line gives
        self.pending_field: str | None = None
        # the level of a markdown heading of people ("## Who"): deeper headings may name them
        self.people_level = 0
        # a chat whose author's lines start "Me:": the word names the speaker, no label
        self.me_speaks = len(_ME_LINE.findall(text, body_start)) >= 2
        self.bare_authors = self._bare_chat_authors()

    def _bare_chat_authors(self) -> frozenset[str]:
        """The authors of a chat pasted without its times ("Rommel: ok naman", "Jun-Jun:
        ayos!"): a name before a colon that opens several lines, by two or three people, and
        no label of the notes' vocabulary ("Company:", "Q:")."""
        counts: dict[str, int] = {}
        for m in _BARE_AUTHOR.finditer(self.text, self.body_start):
            who = m.group("who")
            if self.vocab.field_of(who.lower()) is None and who.lower() not in self.vocab.headers:
                counts[who] = counts.get(who, 0) + 1
        authors = {w for w, n in counts.items() if n >= _BARE_AUTHOR_LINES}
        if not 2 <= len(authors) <= 3 or sum(counts[w] for w in authors) < _BARE_CHAT_LINES:
            return frozenset()
        return frozenset(authors)

    def _bare_author(self, text: str) -> re.Match[str] | None:
        """A line's author of a chat pasted without its times, and the colon after them."""
        m = _BARE_AUTHOR.match(text)
        return m if m is not None and m.group("who") in self.bare_authors else None

    def _next(self) -> int:
        self.order += 1
        return self.order

    def _add_people(self, people: list[Person]) -> None:
        for person in people:
            if self.found.room():
                self.found.people.append((person, self._next()))


def _lines_before(found: _Found, seg: _Seg, most: int = 2) -> str:
    """The lines of prose wrapped just before `seg`'s, back to a blank line (at most `most`),
    each ended by a newline: "Harriet Staniforth, the boss. ... First thing she said: / "Call
    me Hattie, everybody does"" is one sentence across the wrap."""
    out: list[str] = []
    for line in range(seg.line - 1, max(0, seg.line - 1 - most), -1):
        before = _seg_on(found, line)
        if before is None or not before.text.strip():
            break
        out.insert(0, before.text + "\n")
    return "".join(out)


def _seg_on(found: _Found, line: int) -> _Seg | None:
    """The notes' line with this number, as the passes cut it."""
    return next((seg for seg in found.lines if seg.line == line), None)
