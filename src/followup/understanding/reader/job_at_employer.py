"""The job said right before the employer's name: "ripening technician at Scheldt Fresh
Ripening NV", "Interview note - English teacher post at Zay Yar Thiri Monastic Education
Centre". Notes open so more often than they label the job; it is the weakest reading of a role,
used only where nothing else names one, and only before the employer the reading chose (a
past job is said before a past employer)."""

from __future__ import annotations

import re

from followup.understanding.facts import Located, Span
from followup.understanding.reader.employer import ends_like_a_job
from followup.understanding.reader.state import CHAT_LINE, _Found
from followup.understanding.vocabulary import vocabulary

# words that end the phrase going back from "at": an article, the interview, a verb
_STOPS = frozenset(
    "the a an my his her their our your this that interview interviewed interviewing for "
    "was is were be been am i me we done had have went go got today yesterday and on in to "
    "from about re with by".split()
)
# a job before a former employer: "worked as", "ex", "former"
_PAST = frozenset("as worked former ex previously formerly retired old".split())
# the word for the opening, after its name: "English teacher post at ..."
_KIND = frozenset("job post position role vacancy opening".split())
# a word of the phrase: a word, an ampersand, or a short bracket ("(Field)")
_TOKEN = re.compile(r"\([^()\n]{1,30}\)|[^\s()]+|[()]")


def job_before_employer(
    found: _Found, company: str, titles: set[str], names: set[str]
) -> Located | None:
    """The first job phrase that opens a clause right before "at COMPANY" in the notes, or
    None. Not a phrase after a comma or a bracket (that is the title of the person named
    before it: "Mr. Sang, General Manager at Highland Leaf Tea"), nor one a person of the notes
    bears, nor one after "as" or "former" (a job the candidate had)."""
    at_company = re.compile(r"[ \t]+(?:at|@)[ \t]+" + re.escape(company) + r"(?!\w)", re.IGNORECASE)
    vocab = vocabulary()
    for seg in sorted(found.lines, key=lambda s: s.line):
        chat = CHAT_LINE.match(seg.text)
        floor = chat.end() if chat else 0
        for m in at_company.finditer(seg.text, floor):
            job = _phrase_before(seg.text, floor, m.start())
            if job is None:
                continue
            value, start = job
            # (its last word outside a bracket: "Assistant Estate Manager (Field)")
            words = re.findall(r"[^\W\d_]+", re.sub(r"\([^()]*\)", " ", value).lower())
            if not words or words[-1] in vocab.not_role_ends:
                continue
            if not ends_like_a_job(words[-1], vocab):
                continue
            if value.lower() in titles or any(w in names for w in words):
                continue
            at = seg.start + start
            return Located(
                value=value, source="cue", span=Span(start=at, end=at + len(value), line=seg.line)
            )
    return None


def _phrase_before(text: str, floor: int, end: int) -> tuple[str, int] | None:
    """Up to six words going back from `end` to a clause's opening: the line's (or the chat
    message's) start, a stop, a dash, or a stop word. None when a comma, a bracket or a past
    job's word opens it."""
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(text, floor, end)]
    while tokens and tokens[-1][0].lower() in _KIND:
        tokens.pop()  # "English teacher post": the job's name, then the word for it
    taken: list[tuple[str, int]] = []
    for token, at in reversed(tokens):
        word = token.lower()
        if word in {"-", "–", "—", "|"}:
            break  # "Interview note - English teacher post at ..."
        if word in _PAST:
            return None
        if word in _STOPS:
            break
        if token[-1] in ",;(":
            return None  # "Mr. Gideon Sang, General Manager at ...": a person's title
        if token[-1] in ".!?:":
            break  # "the interview done!! ripening technician at ...": the sentence before
        taken.append((token, at))
        if len(taken) > 6:
            return None
    while taken and taken[-1][0].lower() in {"of", "&", "and"}:
        taken.pop()  # "interview of School Feeding Programme Officer": from the job's first word
    if not taken:
        return None
    start = taken[-1][1]
    value = text[start : taken[0][1] + len(taken[0][0])]
    if value.count("(") != value.count(")"):
        return None  # "a parent (Filipino engineer at ...": inside a bracket, no clause
    return value, start
