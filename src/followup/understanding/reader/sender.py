"""The sender, the candidate: a signature at the end of the notes (`— kevin tran`, `Thanks,\nAna`,
a name above a block of title, phone and e-mail) and cues in prose (`my name is`, `(me)`)."""

from __future__ import annotations

import re
from dataclasses import replace

from followup.understanding.people import name_at
from followup.understanding.points import BULLET
from followup.understanding.reader.employer import _Employer
from followup.understanding.reader.state import _between_is_filler, _located, _Seg

_SIGNOFF_WORD = re.compile(
    r"(?:thanks|thank you|cheers|regards|best|sincerely|from(?!\s*:)|signed?|atte\.?|abraços|"
    r"cordialement|obrigad[oa]|saludos|gracias|danke|merci|love|warmly|yours|"
    r"sent from my (?:phone|iphone|mobile|android))\b[,.:]?\s*",
    re.IGNORECASE,
)
_CONTACT_LINE = re.compile(
    r"@|https?://|www\.|linkedin|\+?\d[\d ()./-]{6,}\d|^\s*(?:tel|phone|mob|mobile|m|t|e|w)\s*[:.]",
    re.IGNORECASE,
)
_CREDENTIAL = re.compile(  # " ACCA", ", RPhT", " MSc (Hons)"
    r"(?:(?:,\s*[A-Z][A-Za-z.]{1,8}|\s+(?:[A-Z][A-Z.]{1,7}|Ph\.?D|BSc|MSc|MBA|MSW|MEng))"
    r"(?:\s*\(Hons\))?)+"
)
_SELF_MARK = re.compile(r"\s*\((?:me|myself|candidate|that's me)\)\s*$", re.IGNORECASE)
_SENDER_CUE = re.compile(
    r"^\s*(?:(?:ok|okay|so|hi|hey|right)[,.]?\s+)?this is\s+(?=\S+\s+\S+\s+(?:recording|here|"
    r"speaking|with|after|about))|\bmy name(?:\s+is|\s*[:=])\s*"
    r"|^\s*(?:i'm|i am|im)\s+(?=\S+(?:\s+\S+){0,2}\s*[.!]?\s*$)"
    r"|^\s*(?:signed|sign(?:ed)? off as|-- ?)\s*[,:]?\s*"
    r"|\bsign(?:ed)?\b[^.\n]{0,12}?\b(?:with|as) my (?:own |full |real )?name\s*[,:]?\s*"
    r"(?:as\s+)?"
    # "Sign it properly: Róisín Ní Bhriain", "She should sign as Catalina Rojas Fuentes"
    r"|\bsign(?:\s+(?:it|this|the\s+(?:letter|email|e-mail|mail|note|thank-you|thank\s+you)))?"
    r"(?:\s+properly)?(?:\s+as\b|\s*:)\s*",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNOFF = re.compile(
    r"^\s*(?:thanks|thank you|cheers|best|regards|best regards|kind regards|sincerely|"
    r"warm regards|all the best|br|signed|yours|thanks again|many thanks)\s*,?\s*$",
    re.IGNORECASE,
)
_TAIL_DASH_NAME = re.compile(r"\S\s*(?:—|–|\s--?)\s*(?P<n>[^\W\d_][^\n\d—–]{1,40}?)\s*$")
_DASH_NAME = re.compile(r"^\s*(?:—|–|--|-|~|/)\s*(?P<n>[^\s\d][^\n\d]{1,60}?)\s*$")
# the last line's last words after a full stop ("... tonight. Thandi Mokoena"), or a voice
# memo's sign-off ("ok that's it marcus out")
_TAIL_NAME = (
    re.compile(r"[.!?]\s+(?P<n>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_'’-]+){1,3})\s*$"),
    re.compile(
        r"(?:^|[,.!]\s*|\b(?:ok|okay|that's it|thats it|right|so)\s+)"
        r"(?P<n>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+out[.!]?\s*$",
        re.IGNORECASE,
    ),
)


def _contact_block_title(line: str, above: str) -> bool:
    """`Director, Harper Joinery Ltd` or `Jas Studio — brand & packaging design` under a name
    alone: a signature's second line (short, no sentence, no verb of the notes)."""
    words = line.split()
    return (
        1 <= len(words) <= 8
        and re.fullmatch(r"\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}\s*", above) is not None
        and not re.match(r"\s*[-–—*•~>]", line)
        and not re.search(r"[.!?:]\s*$", line)
        and bool(re.search(r",|—|–|\||\b(?:ltd|llc|inc|limited|plc|gmbh)\b", line, re.I))
        and not re.search(r"\b(?:i|me|my|he|she|they|said|asked)\b", line, re.I)
    )


class _Sender(_Employer):
    """The pass that reads who wrote the notes."""

    def _signature(self, segs: list[_Seg]) -> list[_Seg]:
        """The signature's lines (the name first), which are not notes: `— kevin tran`,
        `Signed, Emeka Obi`, a name alone on the last line, `Thanks,\nAna` near the end, a
        name above a block of title, phone and e-mail, or `... went ok — kevin tran` (then
        none: the rest of that line is still notes)."""
        filled = [s for s in segs if s.text.strip()]
        block: list[_Seg] = []
        while len(filled) > 1 and _CONTACT_LINE.search(filled[-1].text):
            block.insert(0, filled.pop())  # a signature block under the name: phone, e-mail
        if len(filled) > 2 and _contact_block_title(filled[-1].text, filled[-2].text):
            block.insert(0, filled.pop())  # "Director, Harper Joinery Ltd" under "Tom Harper"
        name = self._signature_line(filled)
        return [name, *block] if name is not None else []

    def _signature_line(self, filled: list[_Seg]) -> _Seg | None:
        """The line of the notes that holds the sender's name alone, if one does."""
        if not filled:
            return None
        last = filled[-1]
        m = _DASH_NAME.match(last.text)
        # "Tan Mei Ling (Mei Ling)": the name they go by, in brackets, is no word of the name
        plain = re.sub(r"\s*\([^()]{1,20}\)\s*$", "", last.text.split(",")[0])
        if m and len(m.group("n").split(",")[0].split()) <= 4:
            at: int | None = m.start("n")
        elif not BULLET.match(last.text) and 1 <= len(plain.split()) <= 4:
            at = len(last.text) - len(last.text.lstrip())
        else:
            at = None
        if at is not None and self._signed(last, at):
            return last
        for k in range(len(filled) - 2, max(-1, len(filled) - 10), -1):
            below = filled[k + 1]
            if _SIGNOFF.match(filled[k].text) and len(below.text.split()) <= 4:
                if self._signed(below, len(below.text) - len(below.text.lstrip())):
                    return below
                break
        if m:
            return None
        for pattern in (_TAIL_DASH_NAME, *_TAIL_NAME):
            tail = pattern.search(last.text)
            if tail and self._signed(last, tail.start("n"), out=pattern is _TAIL_NAME[1]):
                break  # the rest of that line is still notes
        return None

    def _signed(self, seg: _Seg, at: int, out: bool = False) -> bool:
        """A name from `at` to the end of the line (a credential after a comma allowed; with
        `out`, a voice memo's closing "out")."""
        signoff = _SIGNOFF_WORD.match(seg.text, at)
        if signoff:  # "Regards Brian Ochieng", "Cheers, Rob"
            at = signoff.end()
        lower = self.lower or seg.text[at:].islower()
        hit = name_at(seg.text, at, self.vocab, lower)
        rest = seg.text[hit.end :].strip(" .!") if hit else "x"
        rest = re.sub(r"^(?:x+|\([^()]{1,20}\))$", "", rest, flags=re.I)  # "Jess x", "(Becky)"
        if out:
            rest = re.sub(r"^out$", "", rest, flags=re.I)
        # `Nadia Haddad, FIA`, `Olu Adebanjo ACCA`: letters after the name are a credential
        credential = rest if rest.startswith(",") else " " + rest
        if hit and out and hit.name.lower().endswith(" out"):  # "marcus out": a voice memo's end
            hit = replace(hit, name=hit.name[:-4], end=hit.end - 4)
            rest = ""
        if hit and (not rest or _CREDENTIAL.fullmatch(credential)):
            name, start = hit.name, hit.start
            honorific = re.match(r"\S+\s+", seg.text[at : hit.start])
            if hit.honorific and honorific:  # "Dr. Karim Abdelmalek" signs as written
                name, start = seg.text[at : hit.start] + hit.name, at
            self.found.senders.append((1, _located(name, seg, start, "signature")))
            return True
        return False

    def _senders_in(self, seg: _Seg) -> None:
        mark = _SELF_MARK.search(seg.text)
        if mark and len(seg.text[: mark.start()].split()) <= 4:  # "Yuki Matsumoto (me)"
            hit = name_at(seg.text, 0, self.vocab, self.lower)
            if hit and hit.end >= mark.start() - 1:
                self.found.senders.append((2, _located(hit.name, seg, hit.start, "cue")))
        for m in _SENDER_CUE.finditer(seg.text):
            hit = name_at(seg.text, m.end(), self.vocab, self.lower or True)
            if hit and _between_is_filler(seg.text, m.end(), hit.start):
                self.found.senders.append((2, _located(hit.name, seg, hit.start, "cue")))
