"""The sender, the candidate: a signature at the end of the notes (`— kevin tran`, `Thanks,\nAna`,
a name above a block of title, phone and e-mail) and cues in prose (`my name is`, `(me)`)."""

from __future__ import annotations

import re
from dataclasses import replace

from followup.understanding.people import FUNCTION_WORDS, name_at
from followup.understanding.points import BULLET
from followup.understanding.reader.employer import _Employer
from followup.understanding.reader.state import (
    CHAT_HEAD,
    CHAT_LINE,
    _between_is_filler,
    _located,
    _Seg,
)

_SIGNOFF_WORD = re.compile(
    r"(?:thanks|thank you|cheers|regards|best|sincerely|from(?!\s*:)|signed?|atte\.?|abraços|"
    r"cordialement|obrigad[oa]|saludos|gracias|danke|merci|love|warmly|yours|"
    r"sent from my (?:phone|iphone|mobile|android))\b[,.:]?\s*",
    re.IGNORECASE,
)
# an initial after a signature's name, the line's last word ("Matías Fuentealba R.")
_LAST_INITIAL = re.compile(r"[ \t]+[A-ZÁÉÍÓÚÑ]\.(?=[ \t]*$)")
# a memo's spoken label before the writer's name, no colon ("name piotr zalewski")
_SAID_NAME_LABEL = re.compile(r"(?:my[ \t]+)?(?:full[ \t]+)?name[ \t]+(?:is[ \t]+)?", re.IGNORECASE)
_CONTACT_LINE = re.compile(
    r"@|https?://|www\.|linkedin|\+?\d[\d ()./-]{6,}\d|^\s*(?:tel|phone|mob|mobile|m|t|e|w)\s*[:.]"
    # "Mobile 01711-XXXXXX", "08034XXXXXX", "+255 754 ...": a number written out in part
    r"|^\s*(?:tel|phone|mob|mobile|cell|whatsapp)\b[ \t]*\+?\d"
    r"|^\s*\+?\d[\d ()/-]{2,}(?:[xX*•]{3,}(?:[ -]?[xX*•\d]{2,}){0,3}|\.{3}|…)\s*$",
    re.IGNORECASE,
)
# a chat's or log's message line opening on its time stamp ("[19.11.2025 17:22] todo: ..."):
# notes, though its date looks like a phone number
_STAMPED = re.compile(r"\s*\[[^\]\n]{0,25}\d:\d\d[^\]\n]{0,12}\]")
_CREDENTIAL = re.compile(  # " ACCA", ", RPhT", " MSc (Hons)", ", B.Sc Nursing"
    r"(?:,\s*(?:B|M)\.?(?:Sc|A|Ed|Eng)\.?(?:\s+(?:in\s+)?[A-Z][a-z]{2,}){1,2}"
    r"|(?:,\s*[A-Z][A-Za-z.]{1,8}|\s+(?:[A-Z][A-Z.]{1,7}|Ph\.?D|BSc|MSc|MBA|MSW|MEng))"
    r"(?:\s*\(Hons\))?)+"
)
# "Lerato Mokoena · 072 xxx xxxx": a separator, then the number or address on the name's line
_CONTACT_AFTER = re.compile(r"[·|•]\s*\S")
# the word a dictated memo ends on, after the name ("luca bertoni end", "ana ruiz over")
_MEMO_CLOSE = frozenset({"end", "over", "out", "stop", "fin", "ende", "fine", "koniec"})
# a line that is only such a word, or says so ("end of memo", "[END]", "-- end of recording --")
_CLOSING_LINE = re.compile(
    r"^\W*(?:" + "|".join(sorted(_MEMO_CLOSE)) + r")"
    r"(?:\s+of\s+(?:the\s+)?(?:memo|note|notes|recording|transcript|message|voice\s+memo))?\W*$",
    re.IGNORECASE,
)
# "Yuki Matsumoto (me)", a Teams export's "Chat: Dmytro Kovalenko (You)"
# ... or the last of a list's names: "Required: Yousif Janahi; Hussain Al-Aradi (candidate)"
_SELF_MARK = re.compile(r"\s*\((?:me|myself|you|candidate|that's me)\)\s*(?=[;,]|$)", re.IGNORECASE)
# a line wholly in brackets: an aside after the signature, no part of it
_ASIDE_LINE = re.compile(r"[ \t]*\([^()\n]{8,}\)[ \t]*")
# a line that opens on a name and says it is the writer's: "matías poblete that is me"
THAT_IS_ME = re.compile(
    r"^[ \t]*(?P<n>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,3})[ \t]*,?[ \t]+"
    r"(?:that|this|it)[ \t]*(?:is|'s|’s)[ \t]+me\b",
    re.IGNORECASE,
)
_SENDER_CUE = re.compile(
    r"^\s*(?:(?:ok|okay|so|hi|hey|right)[,.]?\s+)?this is\s+(?=\S+\s+\S+\s+(?:recording|here|"
    r"speaking|with|after|about))|\bmy name(?:\s+is|\s*[:=])\s*"
    # the same with its colon in the languages notes mix in: "Pangalan ko buo: Rodel P.
    # Mangubat" (Tagalog, "my full name"), "Nama lengkap: ...", "Mi nombre completo: ...",
    # Papiamento "Mi nòmber: ..."
    r"|\b(?:pangalan\s+ko(?:\s+buo)?|buong\s+pangalan(?:\s+ko)?|mi\s+nombre(?:\s+completo)?|"
    r"meu\s+nome(?:\s+completo)?|nama\s+(?:saya|lengkap)|mi\s+n[oò]mber)\s*:\s*"
    # a memo opening on who speaks, then what they do: "ok, alright, this is Marcus, I'm in the
    # car in the church parking lot"
    r"|^\s*(?:(?:ok|okay|so|hi|hey|right|alright)[,.]?\s+){0,3}this is\s+"
    r"(?=[A-Z][\w'’-]+,\s+(?:i'm|i am|im|i just|just)\b)"
    # a voice memo's "this is dimas, dimas prasetyo, notes ...", "c'est sophie, sophie lambert"
    r"|\b(?:this is|it's|its|c'est|ich bin|soy)\s+(?P<first>[^\W\d_]+),\s+"
    r"(?=(?P=first)\s+[^\W\d_])"
    r"|^\s*(?:i'm|i am|im)\s+(?=\S+(?:\s+\S+){0,2}\s*[.!]?\s*$)"
    r"|^\s*(?:signed|sign(?:ed)? off as|-- ?)\s*[,:]?\s*"
    # ("sign with full name: Davide Lo Presti"; "Full name at end: Hamza Khan Afridi")
    # ("Sign with my name as on my documents: Olena Kovalchuk")
    r"|\bsign(?:ed)?\b[^.\n]{0,12}?\b(?:with|as) (?:my |the )?(?:own |full |real )?name"
    r"(?:\s+as\s+(?:on|in)\s+[^:\n]{1,30}(?=:))?\s*[,:]?\s*"
    r"|\bfull name (?:at|in) (?:the )?(?:end|bottom)\s*:\s*"
    r"(?:as\s+)?"
    # "Sign as in the CV: Tamara Kovač", "Sign it as you signed your application: Esther ...",
    # 'Sign "Tendai Moyo, RN"'
    r"|\bsign(?:\s++it)?\s++as\s++(?:in|on|you)\s++[^:\n]{1,40}:\s*+"
    r"|\bsign(?:\s++it)?(?:\s++as)?\s*+:?\s*+[\"“](?=[^\"”\n]{3,60}[\"”])"
    # "Sign it properly: Róisín Ní Bhriain", "She should sign as Catalina Rojas Fuentes",
    # "She signs as Ana Tupou"
    r"|\bsigns?(?:\s+(?:it|this|the\s+(?:letter|email|e-mail|mail|note|thank-you|thank\s+you)))?"
    r"(?:\s+(?:properly|himself|herself|themselves|myself))?(?:\s+as\b|\s+with\b(?!\s+(?:my\s+)?(?:full\s+)?name)|\s*:)\s*"
    # "Mail de remerciement ce soir. Signature: Salma Benjelloun", "Signer: Amadou Diallo"
    r"|\b(?:signature|signatura|signer|unterschrift|assinatura|potpis|подпись)\s*:\s*"
    # "sign Jericho Ramos.", "assina Rafael Teixeira, não Rafa", "firma como Ana Ruiz",
    # "sign Ionuț Dumitrescu (with the ț!!)", dictated "sign it Jordan Whitehorse period"
    r"|\b(?:sign|signature|assina|assine|assino|firma|firme|firmo|signe|signez)"
    # (a comma after the word too: a dictated "Firma, Marcelo Condori Flores.")
    # (or its bold: "sign **Elin Strandberg**")
    r"(?:\s+(?:com|como|avec|con|it|off))?,?\s+(?:\*\*|__)?"
    # (after the name in Chinese, Japanese or Korean script: "sign 張偉銘 Chang Wei-Ming")
    r"(?:[\u3400-\u9fff\uac00-\ud7af]{2,5}\s+)?"
    # (a particle inside: "sign Francisco das Chagas Lima")
    r"(?=(?-i:[A-ZÀ-ÖØ-Þ])\S+(?:\s+(?:(?-i:da|das|de|do|dos|di|del|van|von|der|lo|la)\s+)?"
    r"(?-i:[A-ZÀ-ÖØ-Þ])\S+){1,3}\s*"
    # (or the job the candidate would put under it: "sign Travis Okimaw 3rd yr apprentice")
    r"(?:[.,;(*_]|$|(?:period|full\s+stop|comma)\b|(?-i:[a-z0-9])))",
    re.IGNORECASE | re.MULTILINE,
)
# "sign it emmanuel john kimaro, full name": in notes without capitals, two words or three
# ("sign off callum brookes", "full name facundo gastón arévalo if it is formal")
_SIGN_LOWER = re.compile(
    # (and "name on it kieran tucker": the name the email carries)
    r"(?:\bsign(?:\s+(?:it|off))?(?:\s+as)?|\bfull\s+name(?:\s+is)?|\bname\s+on\s+it"
    # ("... can start right away signed tyler guidry": "signed" and a name ending the line)
    r"|\bsigned(?=\s+[a-z][\w'’-]+\s+[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?\s*[.!]?\s*$))\s+"
    # (then a correction: "sign it jacob tuilagi not jake", "jamie rennie no james")
    # (a family name's particles between: "sign joost van der heijden")
    r"(?=[a-z][\w'’-]+(?:\s+(?:van|von|der|den|de|da|di|del|dos|das|do|du|la|le|bin|al)){0,2}"
    r"\s+[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?\s*(?:[.,;!]|$|\s+(?:if|not|no)\b))"
)
_SIGN_ORDER = re.compile(r"\bsign(?:\s+it)?\s+as\b|\bsign(?:\s+it)?\s*:|\bsign\s+(?=[A-Z])", re.I)
_SIGNOFF = re.compile(
    r"^\s*(?:thanks|thank you|cheers|best|regards|best regards|kind regards|sincerely|"
    r"warm regards|all the best|br|signed|yours|thanks again|many thanks)\s*,?\s*$",
    re.IGNORECASE,
)
# (the last dash: "... -- thx email Gary tonight -- Kyle Berg" is signed after the last "--")
_TAIL_DASH_NAME = re.compile(
    r"\S\s*(?:—|–|\s--?)\s*(?P<n>[^\W\d_](?:(?!\s--?\s)[^\n\d—–]){1,40}?)\s*$"
)
# ("- — Kaden Morrow": a list's last item that is the dash and the name)
_DASH_NAME = re.compile(
    r"^\s*(?:[-*•][ \t]+(?=[—–~]))?(?:—|–|--|-|~|/)\s*(?P<n>[^\s\d][^\n\d]{1,60}?)\s*$"
)
# the last line's last words after a full stop ("... tonight. Thandi Mokoena"), or a voice
# memo's sign-off ("ok that's it marcus out")
_TAIL_NAME = (
    # (its own full stop too: "... Short, elegant. Giorgi Beridze.")
    re.compile(r"[.!?]\s+(?P<n>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_'’-]+){1,3})\.?\s*$"),
    re.compile(
        r"(?:^|[,.!]\s*|\b(?:ok|okay|that's it|thats it|right|so)\s+)"
        r"(?P<n>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+out[.!]?\s*$",
        re.IGNORECASE,
    ),
)


_CHAT_MIN_LINES = 3
# where a name may start in a message: a capital after no letter
_NAME_START = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ]")
# a name closing its clause: a comma, a stop or the message's end
_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;!]|$)")
# a line the candidate wrote in a chat with no time stamps: "Me: ...", "Yo: ..."
_SELF_LINE = re.compile(r"^\s*(?:\[[^\]\n]{1,30}\]\s*)?(?:me|yo|eu|moi|ich)\s*:", re.I)
# chat authors that are the one who exported the chat: "Me: ... — Sabina Shrestha"
_SELF_AUTHORS = frozenset({"me", "myself", "i", "yo", "eu", "moi", "ich", "ja", "ben", "saya"})
# a greeting to someone in a message: "Dear Brian, you are invited ...", "Bună ziua, Bianca!"
_GREETED = re.compile(
    r"\b(?:dear|hi|hello|hey|namaste|salut|hola|olá|ciao|bună ziua|good (?:morning|afternoon))"
    r",?\s+(?P<n>[^\W\d_]+)",
    re.IGNORECASE,
)
_NOTES_WORD = (
    r"(?:notes?|notities|notizen|notas|notițe|tracker|agenda|diary|journal|log|notebook|cuaderno|"
    r"caderno|carnet|debrief|saved messages)"
)
# the notes' own title with the writer's name: "# Job tracker — Kateryna Shevchuk (updated
# 05.02.2026)", "AGENDA 2026 — Milagros Condori", "Parsian Darou Co. — my notes (Amir Tavakoli)"
_TITLE_BYLINE = re.compile(
    rf"^[#\s]*(?:.*\b{_NOTES_WORD}\b[^—–]*?\s[—–-]\s*|.*\bmy notes\s*\()",
    re.IGNORECASE,
)
# "Mehmet Demir — notities", "Ana Ruiz - my notes"
_NAME_THEN_NOTES = re.compile(
    rf"^[#\s]*(?P<n>[^\W\d_][^—–\n]{{1,40}}?)\s[—–-]\s*(?:my\s+)?{_NOTES_WORD}\b", re.I
)
# a heading of the writer's own notes: "notes — Emily Thornton, 24/2, 9.15am UK time"
_NOTES_HEADING = re.compile(rf"^[#*\s]*(?:my\s+)?{_NOTES_WORD}\s*[—–]\s*", re.IGNORECASE)
# what may follow a by-line's name: a date, a time, a place in brackets ("— NAME — 26/02/2026")
_AFTER_BYLINE = re.compile(
    rf"^(?:[,—–-]\s*)?(?:\(?[\d/.:]+[^—–]*|)$|^[—–-]\s*(?:my\s+)?{_NOTES_WORD}\b.*$", re.I
)
# a line before a name alone that makes the name someone met: "Interviewer:", "met with"
_BEFORE_MET = re.compile(r"[:=]\s*$|\b(?:with|by|met|panel|interviewers?)\b", re.IGNORECASE)
# the first lines of the notes that may carry a by-line: "— Arjun Nair" under the title
_BYLINE_LINES = 4
_HEADINGS_TRIED = 3
_TITLE_DASH = re.compile(r"\s[—–-]\s*")  # between the parts of a title line
# a calendar invite's title, which names the candidate it invites after a dash ("Interview:
# Paint Shop Technician – Lwazi Gqirana"), and the invite's guest list under it
# (in the invite's language too: "Entrevista: Operador/a Barredora — Marcelo Riquelme")
_INVITE_TITLE = re.compile(
    r"^[#\s]*(?:interview|entrevista|entretien|colloquio|vorstellungsgespräch)\s*:"
    r"[^—–\n]*?\s[—–-]\s*",
    re.IGNORECASE,
)
_INVITE_GUESTS = re.compile(
    r"^[ \t]*(?:attendees|guests|invitees|organi[sz]er|participants"
    # (Spanish, Portuguese, French: "Invitados:", "Organizador:", "Convidados:", "Invités :")
    r"|invitados|organizador|participantes|convidados|invités|organisateur)[ \t]*:",
    re.I | re.M,
)
# a name in a script with no Latin letter, a slash, then the name in Latin letters
_NAME_IN_TWO_SCRIPTS = re.compile(
    r"[ \t]*(?:[—–-][ \t]*)?[^\x00-\u024f\d/]+(?:[ \t]+[^\x00-\u024f\d/]+){0,3}[ \t]*/[ \t]*"
    r"(?P<n>[A-Za-z\u00c0-\u024f][^/\n]{1,60}?)[ \t]*"
)
_BYLINE = re.compile(r"^\s*(?:—|–|--|/)\s*(?P<n>[^\s\d][^\n\d]{1,60}?)\s*$")


# a name a chat app marks as its user's: "Narek Petrosyan (you)" (up to four words before it)
_YOU_MARK = re.compile(
    r"(?P<n>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){1,3})[ \t]*\(you\)", re.I
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


# a street's word shortened with a stop: what follows is the street's name ("Jl. Gajah Mada",
# "Av. Paulista", "Ul. Długa")
STREET_SHORT = ("Jl", "Jln", "Av", "Avda", "Rd", "Ul", "Blvd", "Cra")


class _Sender(_Employer):
    """The pass that reads who wrote the notes."""

    def _signature(self, segs: list[_Seg]) -> list[_Seg]:
        """The signature's lines (the name first), which are not notes: `— kevin tran`,
        `Signed, Emeka Obi`, a name alone on the last line, `Thanks,\nAna` near the end, a
        name above a block of title, phone and e-mail, or `... went ok — kevin tran` (then
        none: the rest of that line is still notes)."""
        filled = [s for s in segs if s.text.strip()]
        while (
            len(filled) > 1
            and _CLOSING_LINE.match(filled[-1].text)
            and not _SIGNOFF.match(filled[-2].text)  # "Thanks,\nFin" signs Fin
        ):
            filled.pop()  # "nejc kralj" then "end": a memo's closing word said, not signed
        while len(filled) > 1 and _ASIDE_LINE.fullmatch(filled[-1].text):
            filled.pop()  # "(Now I am going to sleep, my feet are destroyed.)" under the name
        block: list[_Seg] = []
        while (
            len(filled) > 1
            and _CONTACT_LINE.search(filled[-1].text)
            and not _STAMPED.match(filled[-1].text)
        ):
            block.insert(0, filled.pop())  # a signature block under the name: phone, e-mail
        if len(filled) > 2 and (
            _contact_block_title(filled[-1].text, filled[-2].text)
            or self._job_line(filled[-1].text, filled[-2].text)
        ):
            block.insert(0, filled.pop())  # "Director, Harper Joinery Ltd" under "Tom Harper"
        name = self._signature_line(filled)
        return [name, *block] if name is not None else []

    def _job_line(self, line: str, above: str) -> bool:
        """`Dietitian (Reg. No. 00812)` under a name alone: the writer's job in the signature
        block (a job title of up to four words, a registration in brackets), not their name."""
        words = re.sub(r"\([^()]{0,40}\)", " ", line).split()
        return (
            1 <= len(words) <= 4
            # a name alone above it, maybe with the name they go by ("HO Ka-lok, Kelvin")
            and re.fullmatch(r"\s*[^\W\d_][\w.'’-]*(?:,?\s+[^\W\d_][\w.'’-]*){1,4}\s*", above)
            is not None
            and words[-1].lower().strip(".,") in self.vocab.role_words
        )

    def _signature_line(self, filled: list[_Seg]) -> _Seg | None:
        """The line of the notes that holds the sender's name alone, if one does."""
        if not filled:
            return None
        last = filled[-1]
        m = _DASH_NAME.match(last.text)
        # "Tan Mei Ling (Mei Ling)": the name they go by, in brackets, is no word of the name
        # ("Lerato Mokoena · 072 xxx xxxx": the contact after a separator is none of it either)
        plain = re.sub(r"\s*\([^()]{1,20}\)\s*$", "", re.split(r",|\s[·|•]\s", last.text)[0])
        scripts = _NAME_IN_TWO_SCRIPTS.fullmatch(last.text)
        if scripts:
            # "Нурлан Касымов / Nurlan Kassymov": the name in its own script, then in ours
            at: int | None = scripts.start("n")
        elif m and len(m.group("n").split(",")[0].split()) <= 4:
            at = m.start("n")
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
            if tail and tail.group("n").split()[0].lower() in self.vocab.honorifics:
                continue  # "ok, English, short. Gospodin Petrović.": whom to write to
            titled = re.search(r"([^\W\d_]+)\.\s+$", last.text[: tail.start("n")]) if tail else None
            if titled and titled.group(1).lower() in self.vocab.honorifics:
                continue  # "Interview with Dr. Ana Reyes.": the stop after "Dr" ends nothing
            if titled and titled.group(1).capitalize() in STREET_SHORT:
                continue  # "... di kantor CV Segara Bangun, Jl. Gajah Mada Denpasar": a street
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
        said_label = _SAID_NAME_LABEL.match(seg.text, at) if lower else None
        if said_label:  # a memo's last words "name piotr zalewski": the label said aloud
            at = said_label.end()
        hit = name_at(seg.text, at, self.vocab, lower)
        initial = _LAST_INITIAL.match(seg.text, hit.end) if hit else None
        if hit and initial:  # "Matías Fuentealba R.": a second family name's initial
            hit = replace(hit, name=seg.text[hit.start : initial.end()], end=initial.end())
        rest = seg.text[hit.end :].strip(" .!") if hit else "x"
        rest = re.sub(r"^(?:x+|\([^()]{1,20}\))$", "", rest, flags=re.I)  # "Jess x", "(Becky)"
        if out or (lower and rest.lower() in _MEMO_CLOSE):
            rest = "" if rest.lower() in _MEMO_CLOSE else rest  # "paolo ferri over"
        if _CONTACT_AFTER.match(rest) and _CONTACT_LINE.search(rest[1:].strip()):
            rest = ""  # "Lerato Mokoena · 072 xxx xxxx": the contact on the name's line
        # `Nadia Haddad, FIA`, `Olu Adebanjo ACCA`: letters after the name are a credential
        credential = rest if rest.startswith(",") else " " + rest
        if hit and out and hit.name.lower().endswith(" out"):  # "marcus out": a voice memo's end
            hit = replace(hit, name=hit.name[:-4], end=hit.end - 4)
            rest = ""
        closing = hit.name.split()[-1] if hit else ""
        if hit and lower and closing.lower() in _MEMO_CLOSE and len(hit.name.split()) > 2:
            # "luca bertoni end": a dictated memo's last word after the name, said, not signed
            cut = len(closing) + 1
            hit = replace(hit, name=hit.name[:-cut], end=hit.end - cut)
        if hit and (not rest or _CREDENTIAL.fullmatch(credential)):
            name, start = hit.name, hit.start
            honorific = re.match(r"\S+\s+", seg.text[at : hit.start])
            if hit.honorific and honorific:  # "Dr. Karim Abdelmalek" signs as written
                name, start = seg.text[at : hit.start] + hit.name, at
            self.found.senders.append((1, _located(name, seg, start, "signature")))
            return True
        return False

    def _chat_sender(self, segs: list[_Seg]) -> None:
        """In an exported chat about the interview, the candidate is the one who writes the
        most of it (telling a friend how it went); a tie names nobody."""
        authors: dict[str, list[tuple[_Seg, re.Match[str]]]] = {}
        filled = [s for s in segs if s.text.strip()]
        own = _SELF_LINE.match(filled[-1].text) if filled else None
        if own is not None:
            # a text thread's last message, the candidate's full name: "Me: Harjit Kaur Gill"
            last = filled[-1]
            at = len(last.text) - len(last.text[own.end() :].lstrip())
            if self._signed_tail(last, at):
                return
        for seg in segs:
            tail = _TAIL_DASH_NAME.search(seg.text) if _SELF_LINE.match(seg.text) else None
            if tail and self._signed_tail(seg, tail.start("n")):
                return  # "Me: Namaste sir, thank you, I will come. — Sabina Shrestha"
            # a message's line, or its head above its text ("Dmytro Savchuk, [05.06.2025 19:22]")
            m = CHAT_LINE.match(seg.text) or CHAT_HEAD.fullmatch(seg.text)
            if m:
                authors.setdefault(m.group("who").strip().lower(), []).append((seg, m))
        if sum(map(len, authors.values())) < _CHAT_MIN_LINES:
            return
        if self._chat_signature(authors):
            return
        counts = sorted((len(v) for v in authors.values()), reverse=True)
        if len(counts) > 1 and counts[0] == counts[1]:
            return
        lines = max(authors.values(), key=len)
        first_name = lines[0][1].group("who").strip().lower().split()[0]
        for line, said in reversed(lines):
            # "Dražen: ok sutra ujutro. English because ... Kap. Dražen Kovačević": the one who
            # keeps the chat signs a message with their full name
            tail = _TAIL_NAME[0].search(line.text, said.end())
            if tail and self._signed_tail(line, tail.start("n"), first_name):
                return
        author = lines[0][1].group("who").strip().split()
        for line, said in reversed(lines):
            if self._fuller_name(line, said.end(), author):
                return
        seg, who = lines[0]
        at = who.start("who")
        hit = name_at(seg.text, at, self.vocab, self.lower)
        if hit and hit.start == at and hit.end == who.end("who") and hit.honorific is None:
            self.found.senders.append((1, _located(hit.name, seg, hit.start, "cue")))

    def _fuller_name(self, seg: _Seg, at: int, author: list[str]) -> bool:
        """The chat author's full name in their own message, before a comma or at its end:
        "Dennis Nyakundi: ... Thanks bro. Dennis Nyakundi Mogaka, put full name at the bottom",
        "Chuy Ocampo: 👍 Jesús Ocampo Bahena, platero" (the nickname's family name in a longer
        name): the name the email is signed with."""
        family = author[-1].lower()
        for start in _NAME_START.finditer(seg.text, at):
            hit = name_at(seg.text, start.start(), self.vocab, self.lower)
            if hit is None or hit.start != start.start() or hit.honorific is not None:
                continue
            words = hit.name.split()
            lows = [w.lower() for w in words]
            fuller = lows[: len(author)] == [w.lower() for w in author] or (
                len(author) > 1 and family in lows[1:] and len(words) >= 3
            )
            if (
                fuller
                and len(words) > len(author)
                and _ENDS_CLAUSE.match(seg.text, hit.end) is not None
            ):
                self.found.senders.append((1, _located(hit.name, seg, hit.start, "cue")))
                return True
        return False

    def _chat_signature(self, authors: dict[str, list[tuple[_Seg, re.Match[str]]]]) -> bool:
        """A chat message signed with a full name by the one who kept the chat: "Me: thank you,
        I will come. — Sabina Shrestha", or "Bianca: Mulțumesc, confirm! Bianca Rusu" when the
        other side greets Bianca (whoever is greeted by the others is the candidate)."""
        greeters: dict[str, set[str]] = {}  # a first name -> who greets it (two at most)
        for author, lines in authors.items():
            for seg, _ in lines:
                for m in _GREETED.finditer(seg.text):
                    by = greeters.setdefault(m.group("n").lower(), set())
                    if len(by) < 2:
                        by.add(author)
        for author, lines in authors.items():
            greeted = bool(greeters.get(author.split()[0], set()) - {author})
            if author not in _SELF_AUTHORS and not greeted:
                continue
            for seg, who in lines:
                for pattern in (_TAIL_DASH_NAME, _TAIL_NAME[0]):
                    tail = pattern.search(seg.text, who.end())
                    if tail and self._signed_tail(
                        seg, tail.start("n"), None if author in _SELF_AUTHORS else author
                    ):
                        return True
        return False

    def _signed_tail(self, seg: _Seg, at: int, author: str | None = None) -> bool:
        """A full name from `at` to the end of a message the candidate wrote (starting with the
        chat author's name when the author is named)."""
        hit = name_at(seg.text, at, self.vocab, self.lower)
        if (
            hit
            and hit.start == at
            and hit.honorific is None
            and len(hit.name.split()) >= 2
            and not seg.text[hit.end :].strip(" .!")
            and (author is None or hit.name.lower().startswith(author))
        ):
            self.found.senders.append((1, _located(hit.name, seg, hit.start, "cue")))
            return True
        return False

    def _byline(self, segs: list[_Seg]) -> None:
        """`— Arjun Nair` on a line of its own under the notes' title: who wrote them (a dash,
        not a bullet: "- Lena Ortiz" under "Panel:" is someone met)."""
        filled = [s for s in segs if s.text.strip()][:_BYLINE_LINES]
        for k, seg in enumerate(filled):
            m = _BYLINE.match(seg.text)
            if k > 0 and _BEFORE_MET.search(filled[k - 1].text):
                continue
            if m and len(m.group("n").split()) <= 4:
                hit = name_at(seg.text, m.start("n"), self.vocab, self.lower)
                if hit and hit.start == m.start("n") and not seg.text[hit.end :].strip(" ."):
                    self.found.senders.append((1, _located(hit.name, seg, hit.start, "cue")))
                    return

    def _marked_you(self, filled: list[_Seg]) -> bool:
        """ "Direct message — Narek Petrosyan (you)": a chat app marks its user's own name so,
        and the user is the one who pasted the chat."""
        for seg in filled:
            for m in _YOU_MARK.finditer(seg.text):
                for word in re.finditer(r"\S+", m.group("n")):
                    at = m.start("n") + word.start()
                    hit = name_at(seg.text, at, self.vocab, self.lower)
                    if hit and hit.start == at and hit.end == m.end("n") and not hit.honorific:
                        self.found.senders.append((1, _located(hit.name, seg, hit.start, "cue")))
                        return True
        return False

    def _employer_like(self, text: str) -> bool:
        """ "Hartigan's Pharmacy", "Gleisdreieck Mobility GmbH": an employer, not a writer."""
        return re.search(r"['’]s\b", text) is not None or any(
            w.lower().strip(".,") in self.vocab.company_words for w in text.split()
        )

    def _title_byline(self, segs: list[_Seg]) -> None:
        """The writer named in the notes' title or alone on a line just under it ("cuaderno,
        11/03/2026" then "Valeria Ospina"), when the name is not used again in the notes."""
        filled = [s for s in segs if s.text.strip()][:_BYLINE_LINES]
        if not filled:
            return
        if self._marked_you(filled):
            return
        starts: list[tuple[_Seg, int]] = []
        m = _TITLE_BYLINE.match(filled[0].text)
        if m:  # "log — Nile Pearl Microfinance, Loan Officer — Brian Okello": any part after
            starts.append((filled[0], m.end()))
            starts += [(filled[0], d.end()) for d in _TITLE_DASH.finditer(filled[0].text, m.end())]
        invite = _INVITE_TITLE.match(filled[0].text)
        if invite and _INVITE_GUESTS.search(self.text):
            # (the one invited: anyone else the invite names is among its guests, so named
            # again, which the check below asks)
            starts.append((filled[0], invite.end()))
        for seg in filled:  # "Mehmet Demir — notities" under the title
            if reverse := _NAME_THEN_NOTES.match(seg.text):
                starts.append((seg, reverse.start("n")))
        # a heading of the writer's notes further down: "notes — Emily Thornton, 24/2, 9.15am"
        # (the first few: each is checked against the whole text)
        headings = [(seg, h.end()) for seg in segs if (h := _NOTES_HEADING.match(seg.text))]
        starts += headings[:_HEADINGS_TRIED]
        for seg, at in starts:
            hit = name_at(seg.text, at, self.vocab, self.lower)
            rest = seg.text[hit.end :].strip(" .)") if hit else "x"
            if rest and hit and len(hit.name.split()) < 2:
                continue  # "Interview notes — Mon 30 Mar 2026": a day, not a writer
            rest = _AFTER_BYLINE.sub("", rest)
            if (
                hit
                and hit.start == at
                and hit.honorific is None
                and not self._employer_like(hit.name)
                and not re.sub(r"^\([^()]{1,40}$", "", rest)
                and not self._used_elsewhere(seg, hit.name)
            ):
                self.found.senders.append((1, _located(hit.name, seg, hit.start, "cue")))
                return
        for k in range(1, len(filled)):
            seg = filled[k]
            text = seg.text.strip()
            lead = len(seg.text) - len(seg.text.lstrip())
            if BULLET.match(seg.text) or _BEFORE_MET.search(filled[k - 1].text):
                continue
            hit = name_at(seg.text, lead, self.vocab, self.lower)
            if not hit or hit.honorific or hit.start != lead or seg.text[hit.end :].strip():
                continue
            if self._employer_like(text):
                continue
            if 2 <= len(text.split()) <= 4 and not self._used_elsewhere(seg, text):
                self.found.senders.append((1, _located(hit.name, seg, hit.start, "cue")))
                return

    def _used_elsewhere(self, seg: _Seg, name: str) -> bool:
        """Whether a word of the name (of three letters or more) stands anywhere in the notes
        outside this line: the person met is named again ("Lena said ..."), the writer rarely."""
        elsewhere = self.text[: seg.start] + self.text[seg.start + len(seg.text) :]
        # the writer's own address and a message greeting them ("Dear Brian, you are invited")
        # do not make the name someone else's
        elsewhere = _GREETED.sub(" ", re.sub(r"\S+@\S+", " ", elsewhere))
        return any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", elsewhere, re.IGNORECASE)
            for w in name.split()
            if len(w) > 2
        )

    def _senders_in(self, seg: _Seg) -> None:
        said = THAT_IS_ME.match(seg.text)
        if said is not None:
            # "matías poblete that is me ok chao", "Ana Ruiz, that's me.": the memo's author
            hit = name_at(seg.text, said.start("n"), self.vocab, self.lower)
            if hit is not None and hit.start == said.start("n") and hit.end == said.end("n"):
                self.found.senders.append((2, _located(hit.name, seg, hit.start, "cue")))
        for mark in _SELF_MARK.finditer(seg.text):
            # the name starts after a label's colon ("Chat: ...") or the list's last separator
            before = seg.text[: mark.start()]
            at = max(before.rfind(c) for c in ";,:") + 1
            at += len(before[at:]) - len(before[at:].lstrip())
            if len(before[at:].split()) <= 4:  # "Yuki Matsumoto (me)"
                hit = name_at(seg.text, at, self.vocab, self.lower)
                if hit and hit.end >= mark.start() - 1:
                    self.found.senders.append((2, _located(hit.name, seg, hit.start, "cue")))
        cues = list(_SENDER_CUE.finditer(seg.text))
        if self.lower:  # a memo's "sign it craig mcintyre. ok stop.": a name in lower case
            cues += [
                m
                for m in _SIGN_LOWER.finditer(seg.text)
                if seg.text[m.end() :].split(None, 1)[0].lower() not in FUNCTION_WORDS
                and all(c.start() != m.start() for c in cues)
            ]
        for m in cues:
            if re.match(r"\S*(?:://|@|www\.)", seg.text[m.end() :]):
                continue  # "put this link in the signature: http://...": no name
            # "my name is kevin tran" reads as lower case; "sign it: Oisín Mac Giolla Phádraig"
            # keeps its capitals, so a long name is not cut at three words
            lower = self.lower or not seg.text[m.end() : m.end() + 1].isupper()
            hit = name_at(seg.text, m.end(), self.vocab, lower)
            if hit and _between_is_filler(seg.text, m.end(), hit.start):
                # an order how to sign ("Sign it as you signed your application: Esther ...")
                # outranks a pasted e-mail's From:, which may be the mentor who wrote it
                strength = 3 if _SIGN_ORDER.search(m.group(0)) else 2
                if m.group(0).lower().startswith("full"):
                    strength = 4  # "sign facundo arévalo, full name facundo gastón arévalo"
                self.found.senders.append((strength, _located(hit.name, seg, hit.start, "cue")))
