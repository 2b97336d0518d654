"""Notes from an email the candidate wrote (what `variants --from-email` rephrases): who it
greets, who signs it, and the details it says were learned or offers to help with, as the
labelled lines and bullets the notes reader reads. Without the bullets a rephrasing keeps only
the names: the email's own sentences say "I enjoyed hearing how ...", which is the candidate
speaking, never a detail learned about the employer."""

from __future__ import annotations

import re

from followup.lint.emailparts import EmailParts, parse
from followup.understanding.points import sentences

# "I really enjoyed hearing how ...", "It was great to learn that ...": the detail follows
_LEARNED_FRAME = re.compile(
    r"^(?:(?:it|i)\s+(?:was|am)\s+(?:really\s+|so\s+|very\s+|especially\s+)?"
    r"(?:great|good|interesting|fascinating|glad|happy|delighted|excited|pleased|interested|"
    r"impressed|inspiring)\s+to\s+(?:hear|learn|see|discover|find\s+out)"
    r"|i\s+(?:really\s+|especially\s+|particularly\s+|truly\s+)?"
    r"(?:enjoyed|loved|appreciated|valued)\s+(?:hearing|learning|discussing|seeing|finding\s+out))"
    r"\s+(?:more\s+)?(?:about\s+)?(?:how\s+|that\s+|what\s+|why\s+)?",
    re.IGNORECASE,
)
# "I would love to help your team clean up ...", "I could help with ..."
_HELP = re.compile(
    r"\bI\s+(?:would|could|can|'d|’d)\s+(?:\w+\s+){0,3}?help\s+(?P<what>.+)", re.IGNORECASE
)
# where a detail's clause ends: ", and I am excited ...", "; I ..."
_CLAUSE_END = re.compile(r"(?:,\s*and\s+|;\s*|,\s*)(?=I\b)|\s+and\s+(?=I\b)")


# the email speaks to the reader; notes speak of them ("your team" -> "their team"), which is
# how the notes reader and the sentence builder expect a detail
_TO_NOTES = [
    (re.compile(r"\byou are\b", re.IGNORECASE), "they are"),
    (re.compile(r"\byou['’]re\b", re.IGNORECASE), "they are"),
    (re.compile(r"\byour\b", re.IGNORECASE), "their"),
    (re.compile(r"\byou\b", re.IGNORECASE), "they"),
]


def _as_notes(detail: str) -> str:
    for pattern, words in _TO_NOTES:
        detail = pattern.sub(words, detail)
    return detail


def _clause(text: str) -> str:
    cut = _CLAUSE_END.search(text)
    return (text[: cut.start()] if cut else text).strip().rstrip(".!")


def email_details(email: str, parts: EmailParts | None = None) -> tuple[list[str], list[str]]:
    """The email body's learned details and its offers to help, as note bullets (`parts`: the
    email already parsed)."""
    start, end = (parts or parse(email)).body
    learned: list[str] = []
    offers: list[str] = []
    for paragraph in re.split(r"\n\s*\n", email[start:end]):
        for sentence, _ in sentences(" ".join(paragraph.split()), 0):
            frame = _LEARNED_FRAME.match(sentence)
            if frame:
                detail = _as_notes(_clause(sentence[frame.end() :]))
                if len(detail.split()) >= 3:
                    learned.append(detail)
            help_ = _HELP.search(sentence)
            if help_:
                offers.append("I could help " + _as_notes(_clause(help_.group("what"))))
    return learned, offers


def notes_from_email(email: str, extra_notes: str | None = None) -> str:
    """The email as notes: `Interviewer:` from its greeting, `Candidate:` from its signature,
    the company and role the notes reader finds in it, its details as bullets, after any notes
    given with it. The email's own sentences are not passed on as notes: "Dear Ann Lee" or
    "Thank you for your time" would otherwise stand in for a detail when it has none."""
    from followup.errors import InputError
    from followup.notes import parse_notes

    parts = parse(email)
    head = ""
    if parts.greeting is not None:
        greeting = email[parts.greeting[0] : parts.greeting[1]]
        m = re.match(r"^\s*(?:Dear|Hello|Hi)\s+(.+?)\s*[,:]?\s*$", greeting)
        if m:
            head += f"Interviewer: {m.group(1)}\n"
    if parts.name is not None:
        name = email[parts.name[0] : parts.name[1]].strip().rstrip(",")
        if 0 < len(name.split()) <= 4:
            head += f"Candidate: {name}\n"
    try:
        read = parse_notes(email)
    except InputError:
        read = None
    if read is not None and read.company:
        head += f"Company: {read.company}\n"
    if read is not None and read.role:
        head += f"Role: {read.role}\n"
    learned, offers = email_details(email, parts)
    bullets = "".join(f"- {point}\n" for point in learned + offers)
    given = (extra_notes or "").strip("\n")
    # the user's own notes first: their front matter must open the text, and a label they
    # wrote wins over one read from the email
    return (given + "\n" if given else "") + head + bullets
