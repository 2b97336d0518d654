"""Where the greeting, the body and the sign-off of an email are, as people paste them.

The rules about an email's shape (a greeting, a sign-off and a name) and its elements (thanks,
something learned, enthusiasm) must not depend on what surrounds the message: `To:`/`Subject:`
header lines, a sender's and recipient's address and a date above the greeting, a signature
block under the name (title, phone, e-mail, links, pronouns), quotation marks around the whole
text or around each line, `>` quoting, a quoted earlier message under a reply, a "Sent from my
phone" footer, or a message written as one paragraph with the greeting and sign-off inline.

`parse` reads those layouts line by line (one pass, no backtracking regex over the whole text,
so its time grows linearly) and reports every part as a span of the original text, so findings
keep their positions. It never raises: a text it cannot read is all body, with no greeting and
no sign-off.
"""

from __future__ import annotations

import re
from typing import NamedTuple

Span = tuple[int, int]

# a line longer than this is prose (or garbage): it is never a header, greeting or name line,
# and is read only for an inline greeting at its start or sign-off at its end
_SHORT = 120
# a greeting is looked for in the first lines after the headers (an address and date block may
# come first), up to the first line of prose
_GREETING_LINES = 25
_PROSE_WORDS = 8
# the sign-off is looked for among the last lines (a signature block may follow the name)
_SIGNOFF_LINES = 12

_HEADER = re.compile(
    r"(?:to|from|cc|bcc|subject|date|sent|re|fwd?|reply-to|attachments?)[ \t]*:", re.IGNORECASE
)
_GREETING = re.compile(
    r"(?:dear|hello|hi|hiya|hey+|yo|howdy|greetings|good[ \t]+(?:morning|afternoon|evening|day)"
    r"|to[ \t]+whom[ \t]+it[ \t]+may[ \t]+concern)\b",
    re.IGNORECASE,
)
_INFORMAL = re.compile(r"(?:hey+|yo|hiya|howdy)\b", re.IGNORECASE)
# the end of a greeting on its line: the first comma, colon, exclamation mark or dash
_GREETING_END = re.compile(r"[,:!—–]|\s-\s")
_SIGNOFF_WORDS = (
    r"(?:(?:best|kind|kindest|warm|warmest|many|with[ \t]+(?:best|kind|warm))[ \t]+)?"
    r"(?:regards|wishes)"
    r"|best|all[ \t]+the[ \t]+best|(?:yours[ \t]+)?(?:sincerely|faithfully|truly|respectfully)"
    r"|sincerely[ \t]+yours|respectfully|cordially|cheers|warmly|gratefully|take[ \t]+care"
    r"|(?:many|with|again)?[ \t]*thanks(?:[ \t]+(?:again|so[ \t]+much|a[ \t]+lot))?"
    r"|thank[ \t]+you(?:[ \t]+(?:again|so[ \t]+much|for[ \t]+your[ \t]+time))?"
    r"|with[ \t]+(?:thanks|gratitude|appreciation)|speak[ \t]+soon|talk[ \t]+soon"
)
_SIGNOFF_LINE = re.compile(rf"(?:{_SIGNOFF_WORDS})[ \t]*[,!]?[ \t]*", re.IGNORECASE)
_LETTER = r"[^\W\d_]"
_NAME_WORD = rf"(?:{_LETTER}(?:{_LETTER}|['’.-])*)"
_PARTICLE = r"(?:de|van|von|da|del|di|du|le|la|bin|al|el|dos|der|den|ter)"
_NAME = re.compile(
    rf"(?=[^\W\d_])(?:{_NAME_WORD})(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{0,4}}"
    r"(?:[ \t]*\((?:[a-z]+/[a-z]+)\))?[ \t]*,?"
)
# "Best, Sam" / "Thanks — Sam" on one line
_SIGNOFF_AND_NAME = re.compile(rf"((?:{_SIGNOFF_WORDS})[ \t]*[,—–-])[ \t]*", re.IGNORECASE)
# a sign-off and a name at the end of a line of prose: "... from me. Best regards, Luis Moreno"
_INLINE_SIGNOFF = re.compile(rf"(?<=[.!?])[ \t]+((?:{_SIGNOFF_WORDS})[ \t]*,)[ \t]*", re.IGNORECASE)
_REPLY_MARK = re.compile(
    r"on\b.{0,200}\bwrote:\s*$|-{2,}[ \t]*(?:original|forwarded)[ \t]+message"
    r"|_{5,}\s*$|(?:sent|get)[ \t]+(?:from|outlook)[ \t]+(?:my[ \t]+)?\w+",
    re.IGNORECASE,
)
# a long line holding one of these is a signature line ("Paralegal · ewa@x.pl · +48 ..."),
# not prose that would end the search for a sign-off above it
_SIGNATURE_MARKS = "|·•@"
_OPEN_QUOTES = '"“«„'
_CLOSE_QUOTES = '"”»“'


class EmailParts(NamedTuple):
    """The parts of an email as spans (start, end) of the original text; None when absent.

    `message` is the email itself: without headers, a quoted earlier message or a phone's
    footer, and with the greeting, sign-off, name and signature block. `body` is what lies
    between the greeting and the sign-off (or the name), where the elements are judged."""

    headers: Span | None
    greeting: Span | None
    informal_greeting: bool
    body: Span
    sign_off: Span | None
    name: Span | None
    signature: Span | None
    message: Span


class _Line:
    __slots__ = ("end", "quoted", "start")

    def __init__(self, start: int, end: int, quoted: bool) -> None:
        # the line's content in the original text, without quoting and outer spaces
        self.start = start
        self.end = end
        # a '>' line in a text that is not all '>' lines: a quoted earlier message
        self.quoted = quoted

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _raw_lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw in text.split("\n"):
        left = raw.lstrip(" \t\r\ufeff")
        start = pos + len(raw) - len(left)
        lines.append(_Line(start, start + len(left.rstrip(" \t\r")), False))
        pos += len(raw) + 1
    return lines


def _strip_gt(text: str, lines: list[_Line]) -> None:
    """'>' quoting: stripped when every non-blank line has it (the whole email was quoted);
    otherwise those lines are an earlier message under a reply, marked `quoted`."""
    if ">" not in text:
        return
    marked = [ln for ln in lines if ln.end > ln.start and text[ln.start] == ">"]
    if not marked:
        return
    whole = len(marked) == sum(1 for ln in lines if ln.end > ln.start)
    for ln in marked:
        if not whole:
            ln.quoted = True
            continue
        while ln.start < ln.end and text[ln.start] in "> \t":
            ln.start += 1


def _strip_quotes(text: str, lines: list[_Line]) -> None:
    """Quotation marks around each line, or around the whole message (as pasted from a web page
    or a chat), are not part of the message. Header lines above the quoted message are not
    inside the quotes, and a signature block may follow the closing quotation mark."""
    filled = [ln for ln in lines if ln.end > ln.start and not ln.quoted]
    k = 0
    while k < len(filled) and _HEADER.match(text, filled[k].start, filled[k].end) is not None:
        k += 1
    filled = filled[k:]
    if not filled:
        return
    per_line = [
        ln for ln in filled if text[ln.start] in _OPEN_QUOTES and text[ln.end - 1] in _CLOSE_QUOTES
    ]
    if len(filled) >= 2 and len(per_line) * 2 > len(filled):
        for ln in per_line:
            if ln.end - ln.start >= 2:
                ln.start += 1
                ln.end -= 1
        return
    first = filled[0]
    if text[first.start] not in _OPEN_QUOTES:
        return
    # the closing mark: on the last line, else on a line of the tail (a signature block under it)
    for last in reversed(filled[-_SIGNOFF_LINES:]):
        if text[last.end - 1] in _CLOSE_QUOTES:
            if last is first and last.end - last.start < 2:
                return
            first.start += 1
            last.end -= 1
            return


def _words(s: str) -> int:
    return len(s.split())


_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))


def _is_name(s: str) -> bool:
    """A line that is a person's name: capitalised words (particles such as 'van' aside),
    perhaps with pronouns: 'Sam Patel', 'D. Morris', 'Ifeoma Chukwu (she/her)'."""
    if not 0 < len(s) <= 60 or _NAME.fullmatch(s) is None:
        return False
    return all(w[0].isupper() or w in _PARTICLES or w[0] == "(" for w in s.split())


def parse(text: str) -> EmailParts:
    """The parts of `text` (see `EmailParts`): the message's lines, then its headers, greeting,
    sign-off and name, each read by its own step below."""
    lines = _raw_lines(text)
    _strip_gt(text, lines)
    _strip_quotes(text, lines)
    msg = _message_lines(text, lines)
    if not msg:
        return EmailParts(None, None, False, (0, len(text)), None, None, None, (0, len(text)))
    k = _header_count(text, lines, msg)
    headers = (lines[msg[0]].start, lines[msg[k - 1]].end) if k else None
    rest = msg[k:]
    if not rest:
        span = (lines[msg[0]].start, lines[msg[-1]].end)
        return EmailParts(headers, None, False, span, None, None, None, span)
    greeting, informal, body_start = _greeting(text, lines, rest)
    sign_off, name = _sign_off_and_name(text, lines, rest, body_start)
    end_of_name = name[1] if name else (sign_off[1] if sign_off else None)
    message_end = lines[rest[-1]].end
    signature = (
        (_next_start(lines, rest, end_of_name), message_end)
        if end_of_name is not None and end_of_name < message_end
        else None
    )
    body_end = sign_off[0] if sign_off else (name[0] if name else message_end)
    body_end = max(body_start, body_end)
    return EmailParts(
        headers=headers,
        greeting=greeting,
        informal_greeting=informal,
        body=(body_start, body_end),
        sign_off=sign_off,
        name=name,
        signature=signature,
        message=(lines[rest[0]].start, message_end),
    )


def _message_lines(text: str, lines: list[_Line]) -> list[int]:
    """The indexes of the message's non-blank lines: it ends at a quoted earlier message, a
    reply marker or a phone's footer."""
    stop = len(lines)
    seen_text = False
    for i, ln in enumerate(lines):
        s = ln.text(text)
        if ln.quoted or (
            seen_text and ln.end - ln.start < 300 and _REPLY_MARK.match(s) is not None
        ):
            stop = i
            break
        seen_text = seen_text or bool(s)
    return [i for i in range(stop) if lines[i].end > lines[i].start]


def _header_count(text: str, lines: list[_Line], msg: list[int]) -> int:
    """How many of the first lines are "Name:" lines of an email header."""
    k = 0
    while k < len(msg) and _HEADER.match(lines[msg[k]].text(text)) is not None:
        k += 1
    return k


def _greeting(text: str, lines: list[_Line], rest: list[int]) -> tuple[Span | None, bool, int]:
    """The greeting, whether it is informal, and where the body starts: the greeting is looked
    for in the first lines (an address or date block may come first), up to prose."""
    for i in rest[:_GREETING_LINES]:
        ln = lines[i]
        s = ln.text(text)
        m = _GREETING.match(s)
        if m is not None:
            end_m = _GREETING_END.search(s, m.end(), min(len(s), m.end() + 60))
            g_end = ln.start + end_m.end() if end_m is not None else ln.end
            if end_m is None and _words(s) > 6:
                g_end = ln.start + m.end()
            return (ln.start, g_end), _INFORMAL.match(s) is not None, g_end
        if _words(s) >= _PROSE_WORDS or len(s) > _SHORT:
            break
    return None, False, lines[rest[0]].start


_Found = tuple[Span | None, Span | None]  # a sign-off and a name, either perhaps absent


def _sign_off_and_name(text: str, lines: list[_Line], rest: list[int], body_start: int) -> _Found:
    """The sign-off and the name: among the last lines, before any signature block; else a
    last line that is a name alone."""
    tail = [i for i in rest if lines[i].end > body_start][-_SIGNOFF_LINES:]
    sign_off: Span | None = None
    name: Span | None = None
    for pos in range(len(tail) - 1, -1, -1):
        found = _sign_off_at(text, lines, tail, pos)
        if found is not None:
            sign_off, name = found
            break
    if sign_off is None and name is None:
        last = lines[rest[-1]]
        s = last.text(text)
        if (last.start >= body_start) and _is_name(s) and _words(s) <= 5 and len(rest) > 1:
            name = (last.start, last.end)
    return sign_off, name


def _sign_off_at(text: str, lines: list[_Line], tail: list[int], pos: int) -> _Found | None:
    """What the line `tail[pos]` says of the sign-off, reading upwards: the sign-off and name
    it holds (or begins), `(None, None)` when the search ends there (a line of prose: the
    sign-off is not above it), or None to read the line above."""
    ln = lines[tail[pos]]
    s = ln.text(text)
    if len(s) > _SHORT:
        return _inline_sign_off(s, ln.start, max(0, len(s) - _SHORT))
    if _SIGNOFF_LINE.fullmatch(s) is not None or (
        _words(s) <= 4 and s.endswith(",") and pos + 1 < len(tail) and pos > 0
    ):
        nxt = lines[tail[pos + 1]] if pos + 1 < len(tail) else None
        if nxt is not None and _is_name(nxt.text(text)):
            return (ln.start, ln.end), (nxt.start, nxt.end)
        if nxt is None and _SIGNOFF_LINE.fullmatch(s) is not None:
            return (ln.start, ln.end), None  # a sign-off with no name after it
    m = _SIGNOFF_AND_NAME.match(s)
    if m is not None and _is_name(s[m.end() :]):
        return (ln.start, ln.start + m.end(1)), (ln.start + m.end(), ln.end)
    if _words(s) >= _PROSE_WORDS and not any(c in s for c in _SIGNATURE_MARKS):
        return _inline_sign_off(s, ln.start, 0)
    return None


def _inline_sign_off(s: str, start: int, search_from: int) -> _Found:
    """A sign-off and a name at the end of a line of prose ("... Best regards, Luis Moreno"),
    or none: the search ends at such a line either way."""
    m = _INLINE_SIGNOFF.search(s, search_from)
    if m is not None and _is_name(s[m.end() :]):
        return (start + m.start(1), start + m.end(1)), (start + m.end(), start + len(s))
    return None, None


def _next_start(lines: list[_Line], rest: list[int], after: int) -> int:
    """Where the first line after offset `after` starts (the signature block under a name)."""
    for i in rest:
        if lines[i].start >= after:
            return lines[i].start
    return after
