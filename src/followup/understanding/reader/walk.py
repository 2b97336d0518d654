"""The walk over the notes: header block, signature, title lines, then line by line (a table
row, a list, a label or prose), then the cues in prose."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from followup.understanding.facts import shape_problem
from followup.understanding.people import PATRONYMIC_END, capitalise, name_at
from followup.understanding.points import ANSWER_MARK, BULLET, INTERVIEW_WORDS, join_wrapped
from followup.understanding.reader.employer import _COMPANY_CUE
from followup.understanding.reader.labels import _Labels, _value_end
from followup.understanding.reader.state import (
    CHAT_HEAD,
    CHAT_LINE,
    UPPER,
    _Found,
    _lines,
    _located,
    _person,
    _Seg,
)
from followup.understanding.vocabulary import fold_label

# a line that fences a pasted block: "=== paste this first ===", "=== end ===", "```"
_FENCE = re.compile(r"[ \t]*(?:={3,}|`{3,}|~{3,}|#{3,}[ \t]*$)")
# how far a fenced block at the top may run before its end fence
_FENCED_LINES = 40


def _after_fenced_block(lines: list[_Seg]) -> list[_Seg]:
    """The notes' lines from the one after a block fenced at the top ("=== paste this to the
    email assistant first === ... === end ===" above "Saltbush Air — Ground Operations
    Supervisor"): the block is something pasted, and the title is below it."""
    if not lines or not _FENCE.match(lines[0].text):
        return lines
    for k in range(1, min(len(lines), _FENCED_LINES)):
        if _FENCE.match(lines[k].text):
            return lines[k + 1 :]
    return lines


# the line that opens a quoted earlier message ("> On Mon, Apr 6, 2026 at 6:40 PM Danielle
# Ortiz wrote:"), and the quote's marks before each of its lines
_QUOTED_REPLY = re.compile(r"[ \t>]*On[ \t][^\n]{5,100}[ \t]wrote:[ \t]*")
_QUOTE_MARKS = re.compile(r"[ \t]*(?:>[ \t]*)+")
# how many of the quoted notes' first lines are read for their title
_QUOTED_TITLE_LINES = 8


def _quoted_notes(lines: list[_Seg]) -> list[_Seg]:
    """The lines of the earlier message a mail to oneself quotes ("two weeks and nothing. Old
    notes below" above "> On ..., Danielle Ortiz wrote:" / "> Pecos Valley Car & Truck Rental,
    Branch Manager, Roswell"), their quote marks cut: notes of their own, with their title."""
    for k, seg in enumerate(lines):
        if _QUOTED_REPLY.fullmatch(seg.text):
            out: list[_Seg] = []
            for below in lines[k + 1 :]:
                marks = _QUOTE_MARKS.match(below.text)
                if marks is None or not below.text[marks.end() :].strip():
                    continue  # (a quoted blank line)
                out.append(_Seg(below.text[marks.end() :], below.start + marks.end(), below.line))
                if len(out) == _QUOTED_TITLE_LINES:
                    break  # (only the first lines can hold a title)
            return out
    return []


# a dash with spaces round it, which cuts a title line into its parts
_DASHED = re.compile(r"[ \t][–—-][ \t]")
# a line that an indented line below goes on from: a list's item, or a line ending on a colon
_OPENS_A_LIST = re.compile(r"^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]|:[ \t]*$")
# who someone is, after a doubt's "who": not whom to write to ("Radu Ene was in the invite but
# never came — no idea who he is")
_WHO_SOMEONE_IS = re.compile(
    r"[ \t]+(?:he|she|they|that|this)[ \t]+(?:is|are|was|were)\b|[ \t]+(?:he|she)['’]s\b",
    re.IGNORECASE,
)
# a "but" right after a doubt, which takes it back
_TAKEN_BACK = re.compile(r"[ \t,]+but\b", re.IGNORECASE)


# a line of inline fields, two or more "Label: value" joined by a dot or a bar ("Daily:
# [[2026-02-11]] · Bewerbungen: [[...]] · Org: [[Katholisches Jugendwerk St. Ludger e.V.]]")
# (possessive: a value's spaces before the joint are its own, so a long line that fails is
# one pass, not one per way of sharing the spaces)
_FIELD_PART = r"[^\W\d_][\w ]{0,20}:[^·|•\n]*+"
_FIELDS_LINE = re.compile(rf"[ \t]*{_FIELD_PART}(?:(?<=[ \t])[·|•][ \t]+{_FIELD_PART})+$")
_FIELD_JOINT = re.compile(r"[ \t]+[·|•][ \t]+")


# a chat export's divider between days: "──────── Thursday, November 21st ────────"
_DAY_DIVIDER = re.compile(r"[ \t]*[─━═—–=_-]{3,}[^\n]{0,60}?[─━═—–=_-]{3,}[ \t]*")
_TITLE_LINES = 3


def _title_lines(written: list[_Seg], labelled: Callable[[str], bool]) -> list[_Seg]:
    """The notes' first lines that can hold their title. In an exported chat, a message's
    head ("Narek Petrosyan  5:42 PM") and a day's divider hold none, and a message that tells
    of the interview holds its title after the author and time: "interview done — Debed
    Software, QA Automation Engineer", whatever app the chat came from (a message about
    anything else, "Owner Oleg Kuznetsov - he decides", is read as the notes' prose)."""
    top = written[: _TITLE_LINES + 2]
    if not any(CHAT_HEAD.fullmatch(s.text) or CHAT_LINE.match(s.text) for s in top):
        return written[:_TITLE_LINES]
    out: list[_Seg] = []
    authors = {
        m.group("who").strip().lower()
        for seg in written[:_CHAT_AUTHOR_LINES]
        if (m := CHAT_LINE.match(seg.text) or CHAT_HEAD.fullmatch(seg.text))
    }
    in_chat = False  # (the lines above the first message are the export's own title)
    messages = 0
    told_by: str | None = None  # (the author of a message just before that told of it)
    for seg in written:
        if len(out) == _TITLE_LINES or messages == _TITLE_LINES:
            break
        if CHAT_HEAD.fullmatch(seg.text) or _DAY_DIVIDER.fullmatch(seg.text):
            in_chat = in_chat or CHAT_HEAD.fullmatch(seg.text) is not None
            continue
        said = CHAT_LINE.match(seg.text)
        if said is not None and labelled(seg.text[said.start("who") :]):
            said = None  # ("[19.11.2025 17:06] panel: Oksana Melnyk ...": a label, no author)
        if said is None and not in_chat:
            out.append(seg)
            continue
        in_chat = True
        messages += 1
        at = said.end() if said is not None else 0
        # "Ei Ei, interview finished!!": the one the message is to, no employer
        called = _VOCATIVE.match(seg.text, at)
        if called is not None and called.group(1).lower() in authors:
            at = called.end()
        told = set(re.findall(r"[^\W\d_]+", seg.text[at : at + _TOLD_WITHIN].lower()))
        who = said.group("who").strip().lower() if said is not None else None
        # (or the same author's next message: "entretien fini 🚲" then "Team Vélo
        # Flandres-Hainaut, poste mécanicien, at the service course")
        if INTERVIEW_WORDS & told or (who is not None and who == told_by):
            out.append(_Seg(seg.text[at:], seg.start + at, seg.line))
        told_by = who if INTERVIEW_WORDS & told else None
    return out


# (a chat's authors, from its first lines; a name before a comma that opens a message)
_CHAT_AUTHOR_LINES = 12
_TOLD_WITHIN = 60  # (a message that is a title tells of the interview near its start)
_VOCATIVE = re.compile(r"([^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2})[ \t]*[,!][ \t]*")


def _fields_of(seg: _Seg) -> list[_Seg]:
    """A line of inline fields as one line per field (each read as its own label); any other
    line as it is."""
    if not _FIELDS_LINE.match(seg.text):
        return [seg]
    out: list[_Seg] = []
    at = 0
    for joint in [*_FIELD_JOINT.finditer(seg.text), None]:
        end = joint.start() if joint else len(seg.text)
        out.append(_Seg(seg.text[at:end], seg.start + at, seg.line))
        at = joint.end() if joint else end
    return out


class _Reader(_Labels):
    """Every pass, in the order `run` calls them; `run()` returns what was found."""

    def _is_label(self, text: str) -> bool:
        return self._label(text) is not None

    def _titles(self, top: list[_Seg], signature: list[_Seg], setext: set[int]) -> None:
        """The notes' title in their first lines: the role and the employer it names."""
        body_begun = False  # "Interview this morning at ... . Job is ...": prose, no title
        for i, seg in enumerate(top):
            if body_begun or (i and (seg.text.lstrip().startswith("#") or seg.line in setext)):
                # a line after the first of the notes' prose, or a heading below the title and
                # what it heads ("## Position" above the role), is no title
                break
            body_begun = _BODY_PROSE.search(seg.text) is not None and len(seg.text.split()) > 16
            if (
                seg not in signature
                and not self._label(seg.text)
                and not BULLET.match(seg.text)
                # an indented line belongs to a list above (a line whose note-app link was
                # blanked, "[[Meridian & Stavrou Public Affairs]] — ...", is none: its two
                # spaces are the link's brackets, and no list item is above it)
                and not (
                    seg.text[:1].isspace()
                    and (
                        seg.start not in self.links or (i and _OPENS_A_LIST.search(top[i - 1].text))
                    )
                )
                and not seg.text.lstrip().startswith("|")  # a table's header row is no title
                and not CHAT_HEAD.fullmatch(seg.text)
                and not (i and self._names_someone_and_job(seg.text))
            ):
                found = len(self.found.companies), len(self.found.roles)
                self._heading(seg)
                # "Interview done!! Elgon Credit Reference Bureau, Mbale regional office,
                # Republic St. Post: Credit Data Analyst.": where the whole line is no title,
                # the title is what comes before a label that starts after a sentence (the
                # line reads that label on its own); not a sentence that names the employer
                # by a cue ("Attended interview today at Nayanam Opticals Pvt. Ltd., ...
                # Post: ..."): prose reads that one
                unread = found == (len(self.found.companies), len(self.found.roles))
                split = self._label_after_sentence(seg.text) if unread else None
                if split is not None and _COMPANY_CUE.search(seg.text, 0, split) is None:
                    self._heading(_Seg(seg.text[:split], seg.start, seg.line))
            elif (
                i == 0 and (mark := BULLET.match(seg.text)) and len(_DASHED.findall(seg.text)) >= 2
            ):
                # "* BTC – Bissau Terminal de Contentores – conferente / tally clerk": a list's
                # first item cut by dashes into the employer and the job, the notes' title
                self._heading(_Seg(seg.text[mark.end() :], seg.start + mark.end(), seg.line))

    def run(self) -> _Found:
        # (not one a "but" takes back: '"Jeffrey and I decide together but I am the hiring
        # manager"')
        unsure = next(
            (
                m
                for m in self.vocab.unsure_re.finditer(self.text, self.body_start)
                if not _TAKEN_BACK.match(self.text, m.end())
                and not _WHO_SOMEONE_IS.match(self.text, m.end())
            ),
            None,
        )
        self.found.unsure = unsure is not None
        self.found.unsure_at = unsure.start() if unsure is not None else -1
        segs = _lines(self.text[self.body_start :], self.body_start, self.first_line)
        segs = self._headers(segs)
        if self.found.header_date is None:
            self._anchor_first(segs)
        signature = self._signature(segs)
        self._chat_sender(segs)
        self._byline(segs)
        self._title_byline(segs)
        # (the first lines of a forwarded e-mail are its body, "Dear Mr. Thibault, ...", and
        # its sender's signature, not the notes' title)
        setext = _setext_headings(segs)
        # (a line of a notes app's inline fields, "Daily: [[...]] · Org: [[...]]", is no title)
        written = [seg for seg in segs if seg.text.strip() and not _FIELDS_LINE.match(seg.text)]
        if not self.forwarded:
            self._titles(_title_lines(written, self._is_label), signature, setext)
            below = _after_fenced_block(written)
            if below is not written and not self.found.title_lines:
                # "=== paste this to the email assistant first === ... === end ===": nothing
                # above named the job; the title is below the pasted block
                self._titles(below[:3], signature, setext)
            quoted = _quoted_notes(written)
            if quoted and not self.found.roles:
                # nothing above named the job (a subject's "Re: Pecos Valley - follow up??" at
                # most named the employer): the quoted notes' first lines may
                self._titles(_title_lines(quoted, self._is_label), signature, setext)
        self.found.lines = segs
        self.table_heads = {
            seg.line for seg, below in pairwise(segs) if _TABLE_RULE.fullmatch(below.text)
        }
        # a list's item with no item after it ("**Poste**" then "- Ingénieur essais ..." then a
        # blank line): under a heading that labels it, the item is the value
        lone_items = {
            seg.line
            for seg, below in pairwise([*segs, _Seg("", 0, 0)])
            if BULLET.match(seg.text) and not BULLET.match(below.text)
        }
        for seg in segs:
            if seg in signature:
                continue
            if not seg.text.strip():
                self.told = self.told and not self.told_items  # a blank line ends the section
                self.own = self.own and not self.own_items
                self.mail = self.mail and not self.mail_items
                self.deciding = self.deciding and not self.deciding_items
                self.avoiding = self.avoiding and not self.avoiding_items
                self.whom = False
                continue
            if seg.line - 1 in setext and _RULE_LINE.fullmatch(seg.text):
                continue  # the rule under a heading ("Poste" / "-----"): the heading said it
            indent = len(seg.text) - len(seg.text.lstrip())
            if self.own_list is not None and indent <= self.own_list:
                self.own_list, self.own = None, False  # a sibling of "• saya:" ends its list
            own_item = BULLET.match(seg.text)
            if own_item is not None and self.vocab.own_heading_re.fullmatch(
                seg.text[own_item.end() :].strip().rstrip(":").strip()
            ):
                # "• saya:" then "  – 3 thn di Lab Dental Sinar Jaya": a list item heading the
                # candidate's own past, its indented items under it ("- they asked:" ends the
                # "- what they told me:" list before it)
                self.own_list, self.own, self.told = indent, True, False
                continue
            opens = self._heading_kind(seg.text, setext=seg.line in setext)
            if opens is not None:
                self.told = False  # any heading ends a learned section
                words = _heading_words(seg.text)
                self.own = not opens and bool(self.vocab.own_heading_re.fullmatch(words))
                question = _QUESTION.fullmatch(seg.text)
                if question is not None and not opens:
                    # "Q: What I told them?" heads the candidate's own answer
                    said = question.group("q").strip(" ?*_").lower()
                    self.own = bool(
                        self.vocab.own_heading_re.fullmatch(said) or _OWN_QUESTION.search(said)
                    )
                # "Q (Mr. Chen): How you teach ...?": a question put to the candidate, whose
                # bare "A:" is their own answer (not "Q (me): ...", answered by the employer)
                self.asked_of_me = (
                    question is not None
                    and not opens
                    and _BY_ME.match(seg.text) is None
                    and _TO_YOU.search(question.group("q")) is not None
                )
                self.own_items = 0
                self.mail = not opens and bool(self.vocab.mail_heading_re.fullmatch(words))
                self.mail_items = 0
                self.deciding = not opens and (
                    _DECISION_HEADING.fullmatch(words) is not None
                    or (
                        question is not None
                        and _WHEN_DECIDED.search(question.group("q")) is not None
                    )
                )
                self.deciding_items = 0
                self.avoiding = not opens and _AVOID_HEADING.fullmatch(words) is not None
                self.whom = bool(question and _WHOM_QUESTION.search(question.group("q")))
                self.avoiding_items = 0
                field_name = self.vocab.field_of(fold_label(words)) if not opens else None
                self.pending_field = field_name if field_name in ("role", "company") else None
                asked = _QUESTION.fullmatch(seg.text)
                self.answering = (
                    opens is False
                    and asked is not None
                    and _FACT_QUESTION.search(asked.group("q")) is not None
                )
                if opens is False and asked is not None:
                    # "Q: Which job?" then "A: Junior Economist (80-100%), ...": the answer
                    # is the field the question asks for
                    job = _JOB_QUESTION.match(asked.group("q"))
                    if job is not None:
                        self.pending_field = "company" if job.group("company") else "role"
            elif self.answering and not (
                seg.text[:1].isspace() or _ANSWER.match(seg.text) or BULLET.match(seg.text)
            ):
                self.answering = False  # a line of its own after the answer
            elif self.pending_field is not None:
                field_name, self.pending_field = self.pending_field, None
                answer = _ANSWER.match(seg.text)
                if answer is not None:
                    seg = _Seg(seg.text[answer.end() :], seg.start + answer.end(), seg.line)
                item = BULLET.match(seg.text) if seg.line in lone_items else None
                if item is not None:
                    seg = _Seg(seg.text[item.end() :], seg.start + item.end(), seg.line)
                if not BULLET.match(seg.text) and self._label(seg.text) is None:
                    # "## Position" then "Front & guest service staff (English-speaking)": the
                    # heading labels the line below it
                    cut = _value_end(seg.text)
                    self._field(field_name, _Seg(seg.text[:cut], seg.start, seg.line), field_name)
                    rest = seg.text[cut:].lstrip(" ;.")
                    if rest.strip():  # "... Tamale. Position: Production Manager.": read on
                        at = len(seg.text) - len(rest)
                        self._line(_Seg(rest, seg.start + at, seg.line))
                    continue
            if self.asked_of_me and opens is None and _OWN_ANSWER.match(seg.text):
                # "A: 11 years nurse in postnatal ward, Jiading District Maternity Hospital":
                # the candidate's answer, its organisations their own past
                self.found.own_lines.add(seg.line)
            if self.own and opens is None:
                self.found.own_lines.add(seg.line)
                self.own_items += 1
            if self.mail and opens is None:
                self.found.mail_lines.add(seg.line)
                self.mail_items += 1
            if self.deciding and opens is None:
                self.found.decision_lines.add(seg.line)
                self.deciding_items += 1
            if self.whom and opens is None:
                self._answered_whom(seg)
                self.whom = False  # (its first line answers; a later one may cc someone)
            if self.avoiding and opens is None:
                self.found.avoid_lines.add(seg.line)
                self.avoiding_items += 1
            quoted_title = _INTERVIEW_HEAD.match(seg.text)
            if quoted_title is not None and seg.line not in self.found.title_lines:
                # "> INTERVIEW – Holy Spirit Major Seminary, Bamenda" in a forwarded mail: the
                # interview's own heading, below the mail's first lines
                at = quoted_title.end(1)
                self._heading(_Seg(seg.text[at:], seg.start + at, seg.line))
            self.heading = opens is not None
            self.whole_line = seg
            for part in _fields_of(seg):
                self._line(part)
            self.heading = False
            if opens:
                self.told, self.told_items = True, 0
        for seg in self.found.prose:
            self._prose(seg)
        self.found.points = join_wrapped(self.found.points, self.text, self.vocab)
        # "## Me" then "- 2 years at Hotel Seaside Maizuru": an organisation under the heading of
        # the candidate's own past is theirs, wherever else the notes name it
        self.found.not_companies |= {
            c.value.lower()
            for _, _, c in self.found.companies
            if c.span is not None and c.span.line in self.found.own_lines
        }
        for seg in segs:
            self._quoted_greetings(seg)
            self._called_by(seg)
        if not self.found.roles:
            self._sent_subject(segs)
        return self.found

    def _sent_subject(self, segs: list[_Seg]) -> None:
        """`Subject: Thank you – Jumpmaster interview` in a mail pasted into the notes (its
        From:/To:/Sent: lines around it): the job, when nothing else named one."""
        for k, seg in enumerate(segs):
            header = self._header(seg.text)
            if header is None or header[0] != "subject":
                continue
            around = segs[max(0, k - 4) : k + 4]
            if sum(self._header(s.text) is not None for s in around) < 3:
                continue  # a "Subject:" label of the notes' own, no mail's header
            answered = _ANSWERED.match(seg.text, header[1])  # (matches, if only "")
            at = answered.end() if answered else header[1]
            subject = _Seg(seg.text[at:], seg.start + at, seg.line)
            if self._job_interview(subject):
                return

    def _called_by(self, seg: _Seg) -> None:
        """'He said just call me Reg', 'asked me to call her Fen', '"Trevor's fine"': the name
        the interviewer asked to be called; not when the notes go on to be formal anyway ("call
        me Terry" guy, but "Mr. Kowalczyk" in writing) or it is an honorific ("don't you dare
        call me mr whitfield"). Also what everyone calls someone ("everybody just calls him
        Wade") and whether people there go by first names ("First names only")."""
        first = _FIRST_NAMES.search(seg.text)
        if first is not None and not _NOT_FIRST.search(
            seg.text, max(0, first.start() - 12), first.start()
        ):
            self.found.first_names = True  # "First names only", "everybody uses first names"
        for m in _NICKNAME.finditer(seg.text):
            if not _FORMAL_ANYWAY.search(seg.text[max(0, m.start() - 60) : m.end() + 60]):
                self.found.nicknames.append(_located(m.group("n"), seg, m.start("n"), "cue"))
        for m in _CALLED.finditer(seg.text):
            group = next(g for g in _CALLED_GROUPS if m.group(g))
            name = m.group(group)
            if _FORMAL_ANYWAY.search(seg.text[m.end() : m.end() + 60]) or _FORMAL_BEFORE.search(
                seg.text[max(0, m.start() - 60) : m.start()]
            ):
                continue  # ("I'm Bernadette but everyone calls me Bernie": a "but" before it
                # says what she goes by, no formality after it)
            if _NOT_ASKED.search(seg.text, max(0, m.start() - 30), m.start()):
                continue  # "Didn't get a 'call me Brent'": the request was not made
            low = name.lower().rstrip(".")
            start = m.start(group)
            given = (_GIVEN_AFTER_LOWER if self.lower else _GIVEN_AFTER).match(
                seg.text, m.end(group)
            )
            if (
                low in self.vocab.honorifics or low in self.vocab.address_titles
            ) and given is not None:
                # "everybody call me Ostad Hamid, you also": a form of address and a given name
                said = seg.text[start : given.end()]
                # (a memo's "call me don hernán" in capitals, as the greeting writes it)
                value = " ".join(capitalise(w) for w in said.split()) if self.lower else said
                self.found.called.append(_located(value, seg, start, "cue"))
                continue
            if (
                low in self.vocab.honorifics
                or low in self.vocab.title_words
                or low in self.vocab.address_titles
                or low in _NOT_CALLED
            ):
                continue  # "asked me to call her Sister", "call me next monday"
            if not (self.lower or name[:1].isupper() or group == "n"):
                continue  # "call him a dinosaur"
            # (a lower-case name in notes with capitals, "appelle-moi réjean", stays as written:
            # `decide` takes it only when it is a word of the addressee's name)
            value = capitalise(name) if self.lower else name
            other = _OR_NAME.match(seg.text, m.end(group))
            if other is not None:
                # "decime Martu o Martina": either; the one that is their name comes first
                alt = other.group("n")
                alt_value = capitalise(alt) if self.lower else alt
                self.found.called.append(_located(alt_value, seg, other.start("n"), "cue"))
            self.found.called.append(_located(value, seg, start, "cue"))
            self._asker(seg, m.start(), name)
        # a memo written small, with no quotes to mark what was said: "she said just write to
        # her mojca is fine no need for gospa"; with capitals, "and Fiona's fine" (`decide`
        # takes it only when it is a word of the addressee's name; not after a form of
        # address, "Mr Lee is fine", which says nothing of a first name)
        # (and "she said no formalities please just javiera": "just" and the name alone)
        fine = (
            [*_FINE_LOWER.finditer(seg.text), *_JUST_LOWER.finditer(seg.text)]
            if self.lower
            else list(_FINE_CAPITAL.finditer(seg.text))
        ) + list(_SIGNS_AS.finditer(seg.text))
        for m in fine:
            before = re.search(r"([^\W\d_]+)\.?[ \t]+$", seg.text[: m.start(1)])
            if before is not None and before.group(1).lower() in self.vocab.honorifics:
                continue
            if m.group(1).lower() not in _NOT_CALLED:
                value = capitalise(m.group(1)) if self.lower else m.group(1)
                self.found.called.append(_located(value, seg, m.start(1), "cue"))

    def _asker(self, seg: _Seg, at: int, called: str) -> None:
        """ "Duncan Reeve, Farm Manager ("call me Dunc")": the full name just before a request
        to be called by its first word, or a short form of it, is a person the notes name,
        whatever cue they gave (none here); only mentioned, as nothing says they led ("Also
        there: Riaan Botha, who said to call him Riaan" is no main contact)."""
        window = seg.text[max(0, at - _ASKER_WINDOW) : at]
        # the last full name in the clause before the request whose first word is the name
        # asked for, or starts as it does ("Duncan Reeve, Plant Manager ("call me Dunc")",
        # "Darren Whitlock ... "call me Daz"": a short form shares its first two letters)
        short = called.lower()
        m = None
        for found in _FULL_NAME.finditer(window):
            first = found.group(1).lower()
            if re.search(r"[.;!?]\s", window[found.end() :]):
                continue  # a sentence ends between the name and the request
            if first == short or first.startswith(short) or first[:2] == short[:2]:
                m = found
        if m is None:
            return
        start = at - len(window) + m.start()
        hit = name_at(seg.text, start, self.vocab, self.lower)
        if hit is None or hit.start != start or len(hit.name.split()) < 2:
            return
        if any(p.name.value == hit.name for p, _ in self.found.people):
            return
        self._add_people([_person(hit, seg, 1, "cue")])

    def _quoted_greetings(self, seg: _Seg) -> None:
        """'→ **"Dear Ms. Karaca"**', 'so "Dear Khun Pimchanok"': how the author means to greet
        someone, in quotes; not one they ask about ('"Dear Ma'am Joy" po ba?') or rule out
        ('not "Dear Ayşe Hanım"')."""
        said = (
            _SAID_GREETING.search(seg.text)
            or _BARE_GREETING.search(seg.text)
            or _GREETING_IS_FINE.search(seg.text)
            # a memo without capitals: "dear orla i suppose she was orla the whole time" (only
            # a word of the addressee's name makes it their greeting)
            or (_LOWER_GREETING.search(seg.text) if self.lower else None)
        )
        form = _SO_FORM.search(seg.text)
        if said is None and form is not None:
            # '"yep, me." So Mrs. Harlan.': the form of address the author settles on
            self.found.greetings.append(_located(form.group("q"), seg, form.start("q"), "cue"))
        if said is not None and said.re is _GREETING_IS_FINE and said.group("n"):
            name = said.group("n")  # '"Gord," fine': the name alone, as the greeting's
            self.found.greetings.append(_located(name, seg, said.start("n"), "cue"))
            said = None
        if said is not None and (self.lower or said.group("q").split()[1][:1].isupper()):
            # "so the email is Dear Jo period": a greeting said, not quoted (a dictated memo)
            words: list[str] = []
            for w in said.group("q").split():
                words.append(capitalise(w.rstrip(".")) if w.endswith(".") else capitalise(w))
                if w.endswith(".") and w[:-1].lower() in self.vocab.honorifics:
                    words[-1] += "."  # "Dear Ms. Ruiz"
                elif w.endswith("."):
                    break  # "Dear Ana. Then ...": the sentence ended
            value = " ".join(words)
            self.found.greetings.append(_located(value, seg, said.start("q"), "cue"))
        if '"' not in seg.text and "“" not in seg.text:
            return
        for m in _quoted_greeting(self.vocab.greeting_re.pattern).finditer(seg.text):
            if _RULED_OUT.search(seg.text[max(0, m.start() - 24) : m.start()]):
                continue
            if "?" in re.split(r"[.!\"“]", seg.text[m.end() :], maxsplit=1)[0]:
                continue  # '"Dear Fenella" to be safe?': a question, not a choice
            value = m.group("q").strip()
            if not shape_problem(value, max_words=7):
                self.found.greetings.append(_located(value, seg, m.start("q"), "cue"))

    def _heading_kind(self, text: str, *, setext: bool = False) -> bool | None:
        """True for a heading over what the author learned ("What they told me:", "WHAT YOU
        LEARNED (your words)", "## Öğrendiklerim"), False for any other heading (it ends such a
        section), None for a line of notes. A `setext` line is underlined by the next one."""
        emoji = _EMOJI_OPEN.match(text)
        if emoji is not None or text.lstrip().startswith("#"):
            # "🧪 Lo que aprendí (for the email, Dra. Inzunza says ...)": a heading marked by
            # an emoji or "#", however long the aside in its brackets
            text = _BRACKETED.sub("", text[emoji.end() :] if emoji is not None else text)
        question = _QUESTION.fullmatch(text)
        if question is not None:
            # a Q&A's question heads its answer: "Q. What did I learn about the team?" heads
            # learned details, "Q. Position?" and "Q. When?" head none ("Q: Training?" may be
            # answered with one); the question itself is no detail
            asked = question.group("q")
            return _LEARNED_QUESTION.search(asked) is not None and not _OWN_QUESTION.search(asked)
        if _HEADING.fullmatch(text) is None:
            return None
        words = _heading_words(text)
        if self.vocab.learned_heading_re.fullmatch(words):
            return True
        if not BULLET.match(text) and self.vocab.own_heading_re.fullmatch(text.strip()):
            return False  # "me" alone on its line, over the candidate's own past
        if _PLAIN_MAIL_HEADING.fullmatch(text):
            return False  # "email" alone on its line, over what to write and to whom
        if BULLET.match(text) and not text.lstrip().startswith("#"):
            return None  # "- panel:" is a list item, not a section of the notes
        marked = text.lstrip().startswith("#") or text.rstrip().endswith(":")
        marked = marked or _BOLD_LINE.fullmatch(text) is not None  # "**Email**"
        shouted = sum(c.isalpha() for c in words) >= 3 and words.upper() == words
        rule = re.fullmatch(r"\s*[-=_*~]{3,}\s*", text) is not None
        marked = marked or setext
        return False if ((marked or shouted) and len(words.split()) <= 8) or rule else None

    def _told_inline(self, seg: _Seg, at: int, content: str) -> bool:
        """`learned: 14 vans, ...; adding heat pumps from spring`: a learned label with its items
        on the same line, read as a learned section of one line."""
        m = _INLINE_LEARNED.match(content)
        if m is None or not self.vocab.learned_heading_re.fullmatch(m.group("h").strip()):
            return False
        told, self.told = self.told, True
        self._prose_line(_Seg(content[m.end() :], seg.start + at + m.end(), seg.line))
        self.told = told
        return True

    def _label_after_sentence(self, content: str) -> int | None:
        """Where a label of who or what the job is starts after a sentence's end, if one
        does ("Today 2pm interview at Hidamari no Sato. Position: Care Worker")."""
        for m in _LABEL_BREAK.finditer(content):
            # (a window: a label is short, and a copy of the rest per sentence would make a
            # line of many sentences cost its length squared)
            label = self._label(content[m.end() : m.end() + _LABEL_WINDOW])
            fields = _JOB_LABELS if m.group("dash") else _LABELS_AFTER_SENTENCE
            if label is not None and label[0] in fields:
                return m.end()
        return None

    def _heading_person(self, seg: _Seg) -> bool:
        """A markdown heading under a heading of people that is one person's name, whole: the
        person, as a panel's item (what is said of them is the section below the heading)."""
        start = len(seg.text) - len(seg.text.lstrip("# \t*"))
        name = seg.text[start:].rstrip(" \t*")
        hit = name_at(name, 0, self.vocab, self.lower)
        if hit is None or hit.end < len(name) or len(hit.name.split()) < 2:
            return False
        self._field("panel", _Seg(name, seg.start + start, seg.line), "panel")
        return True

    def _line(self, seg: _Seg) -> None:
        m = BULLET.match(seg.text)
        at = m.end() if m else 0
        content = seg.text[at:]
        if self._told_inline(seg, at, content):
            return
        if content.lstrip().startswith("|"):
            self._table_row(seg, at)
            return
        self.columns = None
        self.learned_table = False
        goes_on = re.match(r"[ \t]{4,}(?=\S)", seg.text) if self.panel_goes_on else None
        self.panel_goes_on = False
        if goes_on is not None and m is None and self._label(seg.text[goes_on.end() :]) is None:
            # "Guests    Iryna Bondarenko – co-founder" and below it, aligned, "Taras Hnatyuk –
            # co-founder": a calendar's list of guests goes on
            item = _Seg(seg.text[goes_on.end() :], seg.start + goes_on.end(), seg.line)
            self._field("panel", item, "panel")
            self.panel_goes_on = True
            return
        level = len(content) - len(content.lstrip("#")) if self.heading else 0
        if self.people_level and level > self.people_level and self._heading_person(seg):
            return  # "## Who" then "### Gennady Petrovich Volkov": one of the people
        if self.heading and level and level <= self.people_level:
            self.people_level = 0  # "## What they told": the people's section has ended
        heading = self._list_heading(content)
        tail = None if heading is not None else _HEADING_AFTER_SENTENCE.search(content)
        if tail is not None and (heading := self._list_heading(tail.group(1))) is not None:
            # "Interview was at their office on Portland Street, Aber. Panel:" then bullets:
            # the sentence is notes, the list's heading ends the line
            self._prose_line(_Seg(content[: tail.start(1)], seg.start + at, seg.line))
        if heading is not None:
            self.list_field = heading  # "Panel:" then one person per bullet
            self.list_bullet = _bullet_kind(m)
            if level and not self.people_level:
                self.people_level = level
            return
        indented = re.match(r"[ \t]{2,}(?=\S)", seg.text)  # "Panel (3):" then indented lines
        if m is not None and self.list_bullet is not None and _bullet_kind(m) == self.list_bullet:
            self.list_field = None  # "6. Interviewed by:" ... "7. Who to contact?": a sibling
        if self.list_field is not None and (m is not None or indented):
            if m is None and indented:
                at = indented.end()
                content = seg.text[at:]
            self._list_item(_Seg(content, seg.start + at, seg.line))
            return
        self.list_field = None
        label = self._label(content)
        chat = CHAT_LINE.match(content) if label is None else None
        if chat is not None:
            said = self._label(content[chat.end() : chat.end() + _LABEL_WINDOW])
            if said is not None and said[0] in _LABELS_AFTER_SENTENCE:
                # "[3/3/26 18:43] Yessenia: puesto = Torcedora": a chat message that is a label
                self._line(_Seg(content[chat.end() :], seg.start + at + chat.end(), seg.line))
                return
        if label is None:
            split = self._label_after_sentence(content)
            if split is not None:
                # "... tokubetsu yougo roujin home in Sakai city. Position: Care Worker": a
                # label after a sentence on the same line starts a line of its own
                self._prose_line(_Seg(content[:split], seg.start + at, seg.line))
                self._line(_Seg(content[split:], seg.start + at + split, seg.line))
                return
            self._prose_line(_Seg(content, seg.start + at, seg.line))
            return
        field_name, value_at = label
        label_text = fold_label(content[:value_at]).rstrip(" :=")  # "**Where:**" -> "where"
        value = content[value_at:]
        # `key = value ; also met ...` and `Panel: A, B. Send the note to: A.`: the value ends
        # at a semicolon or a sentence end; the rest is read again as a line of its own.
        cut = _value_end(value)
        rest = value[cut:].lstrip(" ;.")
        rest_at = at + value_at + (len(value) - len(rest))
        self._field(field_name, _Seg(value[:cut], seg.start + at + value_at, seg.line), label_text)
        self.panel_goes_on = field_name == "panel"
        if not re.search(r"[:=|\t]|   ", content[:value_at]):
            # "thank you email - Calum MacRae, site manager, ..., interviewed Thu 7 May": a
            # dash label's line goes on as notes, with its dates and details
            self._prose_line(_Seg(value, seg.start + at + value_at, seg.line))
            return
        if rest.strip():
            self._line(_Seg(rest, seg.start + rest_at, seg.line))


# a word for the email alone on its line, unmarked ("email" over "→ Orla. Thank Ms Geraghty");
# not "Thanks," signing off
_PLAIN_MAIL_HEADING = re.compile(r"[ \t]*(?i:e-?mail|mail|the e-?mail|the mail|letter)[ \t]*")
# a line that heads a section: "## Öğrendiklerim", "What they told me:", "PANEL", "====="
# (possessive after the heading's words: a long run of spaces is one pass, not one per split)
_HEADING = re.compile(r"\s*+(?:[-•*]\s++)?#*+\s*+(?P<h>[^:\n]{1,80}?)\s*+[:.]?\s*+[*_]*+\s*+")
# emoji opening a line, as phone and Notion notes mark their headings ("👥 Quiénes", "🧪 Lo que
# aprendí"), with a variation selector or a joiner among them
_EMOJI_OPEN = re.compile(
    # (not an arrow: "→ Dear Marloes" opens a line of notes, no heading)
    r"[ \t]*(?:[\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"[\ufe0f\u200d]*)+[ \t]*"
)
_BRACKETED = re.compile(r"[ \t]*\([^()\n]*\)")
# a line all in bold, a heading in markdown notes ("**What they told me**", "__Email__")
_BOLD_LINE = re.compile(r"\s*+(\*\*|__)[^*_\n]{1,80}\1\s*+:?\s*+")
# a heading of the decision's section ("## Decision"; a "Timeline" lists every date, and
# "Próximos pasos" is what to do next, no promise)
# a heading of what not to do ("Things NOT to do", "Don'ts", "Avoid")
_AVOID_HEADING = re.compile(
    r"(?:things\s+)?(?:not\s+to\s+do|to\s+avoid|(?:do\s+)?not\s+do|avoid|don['’]?ts|never)",
    re.IGNORECASE,
)
_DECISION_HEADING = re.compile(
    r"(?:the\s+)?(?:decision(?:\s+date)?|result|outcome|answer|verdict|decisión|"
    r"respuesta|décision|réponse|entscheidung|decisão|resposta)",
    re.IGNORECASE,
)
# a question of when the decision comes ("when is the answer?", "when do they decide?")
_WHEN_DECIDED = re.compile(
    r"\bwhen\b[^?\n]{0,40}\b(?:answer|decision|decide|result|hear|know)\b", re.IGNORECASE
)
# a Q&A's question of whom to write to ("Q: Who do I write to?", "Q: Thank-you to whom?")
_WHOM_QUESTION = re.compile(
    r"\bwho\b[^?\n]{0,40}\b(?:write|send|e-?mail|mail|address|thank)|\bto\s+whom\b|\bwhom\b",
    re.IGNORECASE,
)
# a Q&A's question on a line of its own ("Q. Who was there?", "Q: What did they tell me?")
_QUESTION = re.compile(
    r"\s*+[*_]*+Q(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[.:)\-][ \t]*(?P<q>[^\n]{1,100}\?)[*_]*+\s*+"
)
# a question the notes answer with who, what or when, not with a detail of the employer
_FACT_QUESTION = re.compile(
    r"^\W*(?:position|role|job|title|when|date|time|where|place|location|who|which company|"
    r"company|salary|pay|next|decision|answer|anybody else|anyone else|about me)\b"
    r"|\bwhat did i (?:say|tell)|\bwho (?:was|were|interviewed|do i)\b",
    re.IGNORECASE,
)
# a question that asks for the job or the employer by name
_JOB_QUESTION = re.compile(
    r"\W*(?:(?:which|what)\s+(?:is\s+|was\s+)?(?:the\s+)?(?:job|position|role|post|vacancy)\b"
    # ("Position?", "The job?": the question is the word alone)
    r"|(?:the\s+)?(?:job|position|role|post)\s*\?|what\s+did\s+i\s+apply\s+for\b"
    r"|(?P<company>(?:which|what)\s+(?:is\s+|was\s+)?(?:the\s+)?(?:company|firm|employer|"
    r"organi[sz]ation)\b))",
    re.IGNORECASE,
)
_LEARNED_QUESTION = re.compile(
    r"\b(?:learn\w*|told|tell|found out|know about|about the (?:team|company|job|role|work))\b",
    re.IGNORECASE,
)
# "Q: What did I tell them?": the candidate's own words, whatever "tell" says
_OWN_QUESTION = re.compile(
    r"\bwhat did i (?:say|tell)\b|\babout me\b|\bwhat i (?:told|said)\b|\bi told them\b",
    re.IGNORECASE,
)
# a sentence ending inside a line, or the line's end: prose, once the title is over
_BODY_PROSE = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
# a question the candidate put ("Q (me): ...") and one put to them ("... you ...?")
_BY_ME = re.compile(r"\s*+[*_]*+Q[ \t]*\((?:me|i|myself|moi|yo|eu)\)", re.IGNORECASE)
_TO_YOU = re.compile(r"\byour?\b", re.IGNORECASE)
# an answer of no one named, or the candidate's own: "A: ...", "A (me): ..."
_OWN_ANSWER = re.compile(r"\s*(?:A|Ans|Answer)(?:[ \t]*\((?:me|i|myself)\))?[ \t]*[.:)]")
# an answer's mark: "A. ...", "A: ...", "A (her): ..."
_ANSWER = re.compile(r"\s*" + ANSWER_MARK)
# "learned: 14 vans; ...", "- stuff she told me: 24hr emergency + referral surgery, ..."
_INLINE_LEARNED = re.compile(r"\s*+[*_]*+(?P<h>[^:=\n]{1,60}?)[*_]*+\s*+[:=]\s*+(?=\S)")


# "so the email is Dear Jo period": a greeting said in a memo, without quotes
_SAID_GREETING = re.compile(
    r"\b(?:the (?:email|e-mail|mail|letter|note) (?:is|starts|opens|must be|should be|will be)|"
    # "in English I think I write Dear Ms. Thandar Aye": the author's own choice
    r"\bi(?:\s+think\s+i|\s+will|\s+would|['’]ll)?\s+write|"
    r"start (?:it )?with|"
    r"open (?:it )?with)\s+(?:with\s+)?(?P<q>(?:dear|hi|hello)\s+[^\W\d_][\w'’.-]*"
    r"(?:\s+(?!(?:period|comma|full)\b)[^\W\d_][\w'’.-]*){0,2})"
    r"(?=\s*(?:[,;:)]|\.(?:\s|$)|$|\s+(?:period|comma|full\s+stop|not|instead)\b))",
    re.IGNORECASE,
)


# "email her tonight. Dear Michelle. sign Sione": a greeting as a sentence of its own ("So it's
# Dear Mr. Munro.")
_BARE_GREETING = re.compile(
    # ("→ Dear Marloes"; "For the letter:" then "- Dear Sheena", a to-do's item)
    # ("7. Email – Dear Matej (...)", "| Mail | Dear Mr. Pichler (...) |": after a dash, in a
    # table's cell)
    r"(?:(?:^(?:[ \t]*[-*•][ \t]+)?|(?<=[.!?:])[ \t]+|(?<=[→⇒])[ \t]*|(?<=[-=]>)[ \t]*|(?<=\()"
    r"|(?<=[ \t][–—])[ \t]+|(?<=\|)[ \t]*)"
    r"(?:[Ss]o[ \t]+)?"
    # ('she said "call me Valeria" so Dear Valeria': after a quote, with its "so")
    r"|(?<=[\"”,])[ \t]+[Ss]o[ \t]+"
    # ("So my letter is to her, Dear Daw Khin Sandar.": after a comma, the greeting chosen)
    r"|(?<=,)[ \t]+(?=Dear[ \t]+[^\n]{2,60}\.[ \t]*$))"
    r"(?:it['’]s[ \t]+|it[ \t]+is[ \t]+)?"
    r"(?P<q>Dear[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
    # (in brackets too: "thank you mail to Kim 팀장님 (Dear Ms. Kim)", "Dear Mr. Volkov (in
    # English he said is ok)")
    r"[ \t]*(?=[,)]|\.(?:\s|$)|$|[ \t]\()"
)


# '"yep, me." So Mrs. Harlan.': a sentence that settles on an honorific and a name
_SO_FORM = re.compile(
    r"(?:^|(?<=[.!?:])[ \t]+|(?<=[.!?][\"”])[ \t]+)[Ss]o[ \t]+"
    r"(?P<q>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
    r"[ \t]*(?:\.(?:\s|$)|$)"
)
_LOWER_GREETING = re.compile(
    r"(?:^|(?<=[.!?:])[ \t]+|(?<=\bso)[ \t]+)(?P<q>dear[ \t]+[^\W\d_][\w'’-]*)"
)


# "so I think Dear Deirdre is grand": the author's choice, said of the greeting; so is a name
# in quotes called fine ('"Gord," fine - he signs emails Gord')
_GREETING_IS_FINE = re.compile(
    r"\b(?P<q>(?i:dear)[ \t]+[^\W\d_][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]+"
    r"(?i:is|will be|would be|should be)[ \t]+(?i:fine|grand|ok|okay|good|right|best|perfect)\b"
    r"|[\"“](?P<n>[A-Z][\w'’-]+),?[\"”][ \t]+(?i:(?:is[ \t]+)?(?:fine|ok|okay|good))\b"
)


# a greeting written out in quotes, not followed by a question ("...?", "po ba", "or")
@cache
def _quoted_greeting(greeting: str) -> re.Pattern[str]:
    return re.compile(
        rf"[\"“]\s*+(?P<q>(?:{greeting})\s++[^\"”\n,:?!]{{2,40}}?)\s*+[,:]?\s*+[\"”]"
        r"(?!\s*(?:\?|po\b|or\b|oder\b|ou\b|o\b))",
        re.IGNORECASE,
    )


# "call me Reg", "asked me to call her Fen", "said to call him JP"; "Trevor's fine" in quotes
# (what staff or the candidate call someone, "everyone calls him Bigga", "I call her Elif
# Hanım", is no request to be called so)
_LABEL_WINDOW = 120
# a sentence's end, then a capital or a lower-case word with its colon ("... (Ops Manager).
# job: Crew Lead")
_LABEL_BREAK = re.compile(
    r"(?<=[A-Za-z0-9)])[.!?][ \t]++(?=[A-Z]|[a-z]{2,12}[ \t]?[:=])"
    # or a long dash before a label ("entretien vendredi dernier, 8h — poste: clerc")
    r"|(?<=\S)[ \t]+(?P<dash>[—–])[ \t]+(?=[^\W\d_]{2,12}[ \t]?[:=])"
)
# a list's heading ending a line after a sentence: "... on Portland Street, Aber. Panel:"
_HEADING_AFTER_SENTENCE = re.compile(r"(?<=[^\W_])[.!?][ \t]++([^.!?:\n]{1,40}:[ \t]*+)$")
_LABELS_AFTER_SENTENCE = frozenset({"role", "company", "interviewer", "addressee", "candidate"})
# after a long dash only the job's labels: "Interview – SAR Coordinator – Candidate: L. Ndlovu"
# is a calendar's summary, its signer is in the notes below
_JOB_LABELS = frozenset({"role", "company"})
# a negation just before the request to be called: "Didn't get a "call me Brent"", "he
# never said call me"
_NOT_ASKED = re.compile(
    r"\b(?:didn['’]?t|did\s+not|never|not)\s+(?:(?:get|got|say|said|hear|heard|ask|asked)"
    r"\s+)?(?:a\s+|any\s+)?[\"“'‘]?$",
    re.IGNORECASE,
)
# what a mail's subject answers or thanks for, before its own words ("Re:", "Thank you –")
_ANSWERED = re.compile(
    r"(?:(?:re|fwd?|aw|wg)\s*:\s*|(?:thank\s+you|thanks)\s*(?:for\s+the\s+)?[–—:-]?\s*)*",
    re.IGNORECASE,
)
_ASKER_WINDOW = 60  # (how far before "call me X" its asker's full name may stand)
_FULL_NAME = re.compile(rf"(?<![\w'’-])([{UPPER}][\w'’-]+)(?:[ \t]+[{UPPER}][\w'’-]+){{1,2}}")
# the other name a request to be called offers: "call me Martu or Martina"
_OR_NAME = re.compile(r"[ \t]+(?:o|or|ou|oder)[ \t]+(?P<n>(?-i:[" + UPPER + r"])[\w'’-]{1,20})\b")
_CALLED = re.compile(
    r"(?:\bcall\s+me|\b(?:said|asked\s+me|told\s+me|asked)\s+to\s+call\s+(?:him|her)"
    r"|\b(?:said|says)\s+call\s+(?:him|her)"  # a terse "Said call her Hine"
    # the notes' own "Call her Bu Sari." opening a sentence (a wrapped line's "... nobody
    # dare / call her Claudette" opens none)
    r"|(?:^[ \t]*(?-i:C)|(?<=[.;:!(])[ \t]*[Cc])all\s+(?:him|her)(?=\s+[\"“]?(?-i:[A-Z]))"
    # "pode me chamar de Patrícia", "appelle-moi J-F", "zeg maar Marloes", "llámame Lupe"
    r"|\bpode\s+me\s+chamar\s+de|\bme\s+chama\s+de|\bll[aá]mame|\bpuedes\s+llamarme"
    r"|\bappelle[sz]?-moi|\bappelez-moi|\bnenn\s+mich|\bzeg\s+maar|\bmów\s+mi"
    # Bosnian, Croatian and Serbian "zovi me Amra", "zovite me Nedim"
    r"|\bzovi(?:te)?\s+me"
    # Scandinavian: "kalla mig Johan", "kall meg Kari", "kald mig Mette", "och säg Johan, vi är
    # inte så formella här" (say Johan)
    r"|\bkalla\s+mig|\bkall\s+meg|\bkald\s+mig|\bsäg(?:\s+bara)?(?=\s+(?-i:[A-ZÅÄÖ]))"
    r"|\bchiamami|\bchiamatemi|\bmi\s+chiami"  # '"chiamami Pina, nobody calls me ..."'
    # Spanish '"dime Rocío, y todo ..."', Rioplatense '"decime Osvaldo nomás"'
    r"|\b(?:dime|decime|decíme)(?=\s+(?-i:[A-ZÁÉÍÓÚÑ])))\s+"
    # (with the patronymic after it: "said to call her Gulnara Asanovna")
    r"[\"“]?(?P<n>[^\W\d_][\w'’-]{1,20}(?:[ \t]+(?-i:[A-Z])[a-z'’-]{1,20}"
    + PATRONYMIC_END
    + r")?)\b(?![\"”]?\s*\?)"
    r"|[\"“](?P<f>[A-Z][\w-]{1,20})['’]s\s+fine\b(?=[^\"”\n]{0,60}[\"”])"
    # '"we don't do Herr and Fru here, Pernilla is fine"', '"Lilit is fine"': in a quote
    # ('"... from the ski people. And Sanna is fine."': a sentence of its own, not after
    # the dot of a title: '"... and Mx. Whitecloud is fine"')
    r"|(?:[\"“]|,[ \t]+|(?-i:(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3}))[.!?][ \t]+"
    r"(?:and[ \t]+)?)(?P<g>(?-i:["
    + UPPER
    # (the Finnish "Riikka riittää", Riikka is enough)
    + r"])[\w-]{1,20})[ \t]+(?:is[ \t]+fine|riitt[äa][äa])(?!\w)(?=[^\"”\n]{0,200}[\"”])"
    # '"... and please, Larissa, nobody here calls me Ms. Mendonça"': the name after "please"
    r"|[\"“][^\"”\n]{0,80}?\bplease,?[ \t]+(?P<v>(?-i:[" + UPPER + r"])[\w-]{1,20}),?[ \t]+"
    # ('"please Tatiana, no 'professora', and send me the email"')
    r"(?:nobody|no[ \t]+one|not|no)\b(?=[^\"”\n]{0,60}[\"”])"
    # '"Marija, please, nobody calls me Ms. Camilleri"'
    # (not '"Nadia, please address any follow-up to me"': a request to the one addressed)
    r"|[\"“](?P<p>[A-Z][\w-]{1,20}),?\s+please\b"
    r"(?!,?\s+(?:address|send|write|e-?mail|mail|forward|contact|bring|keep|let)\b)"
    r"(?=[^\"”\n]{0,80}[\"”])"
    # 'introduced herself as "Shannon"': one name, the given one
    # ('introduced himself as "Ciarán, no Mr. anything"': the name, then more of the quote)
    r"|\bintroduced\s+(?:herself|himself|themselves)\s+as\s+[\"“](?P<s>[A-Z][\w-]{1,20})[\"”,]"
    # '"please, it's Harpreet" when I said Ms. Gill', '"it's callum, nobody here's mister ..."'
    # ('"drop me a line, and it's Declan please"': later in the quote, "please" after it)
    # ('"... I'm the one who has to fly with you. And it's Chloé."': a sentence of the quote)
    r"|[\"“](?:(?:please|oh|no|honestly)\W{1,3}|[^\"”\n]{0,60}?,[ \t]+(?:and[ \t]+)?"
    r"|[^\"”\n]{0,120}?[.!?][ \t]+(?:and[ \t]+)?)?"
    r"it['’]s\s+(?:just\s+)?"
    r"(?P<i>[^\W\d_][\w-]{1,20})(?=(?:[ \t]+please)?[ \t]*[,.!]?[ \t]*[\"”,])"
    # '"just Marta, we are a small team"', '"I'm Bernadette but everyone calls me Bernie"':
    # in a quote, the speaker's own words
    # ('"just Hemi mate, no mister here"')
    # ('"... and just Lhakpa Norbu, no Mr."': a given name of two words)
    r"|[\"“](?:[^\"”\n]{0,80}?\W)?just\s+(?P<j>(?-i:[" + UPPER + r"])[\w-]{1,20}"
    r"(?:[ \t]+(?-i:[" + UPPER + r"])[\w-]{1,20})?)"
    # ('"just Mei lah, we all use first names"': a Malaysian English "lah" after it)
    r"(?=(?:[ \t]+(?:mate|please|thanks|lah|la))?[ \t]*[,.!]?[ \t]*[\"”,])"
    # (not '"call me Zé, nobody calls me José"': the name they do not go by)
    # (nor '"call me Gráinne, nobody here calls me Mrs Walsh"': an honorific is no name, and
    # the request before it stands)
    r"|[\"“][^\"”\n]{0,60}(?<!nobody )(?<!no one )(?<!never )(?<!nobody here )"
    r"(?<!no one here )\bcalls\s+me\s+"
    r"(?!(?:mr|mrs|ms|miss|mx|dr|prof)\b)(?P<q>(?-i:[" + UPPER + r"])[\w-]{1,20})\b"
    # Tagalog's "just ...": '"Paolo na lang, no need for sir"'
    r"|[\"“](?P<t>(?-i:[" + UPPER + r"])[\w-]{1,20})\s+na\s+lang\b"
    # '"... and it's Nia, not Ms Parry"': the name asked for against the formal one
    r"|\bit['’]s\s+(?P<k>(?-i:["
    + UPPER
    + r"])[\w-]{1,20}),?[ \t]+not[ \t]+(?:mr|ms|mrs|miss|mx|dr|prof)\b"
    # '"... And it's Margie, nobody's called me Mrs. Zwicker since ..."': the name asked for
    # against everyone else's (the quote may open on a line above)
    r"|\bit['’]s\s+(?P<z>(?-i:[" + UPPER + r"])[\w-]{1,20}),?[ \t]+(?:nobody|no[ \t]+one)\b"
    # "... no drama. Saoirse, not Ms. Delaney, everyone is first names there"
    r"|(?:^|(?<=[.!?:])[ \t]+)(?P<m>(?-i:[" + UPPER + r"])[\w-]{1,20}),[ \t]+not[ \t]+"
    r"(?:mr|ms|mrs|miss|mx|dr|prof)\b"
    # '(GM - "email me, I'm Deb, Paulo doesn't do computers")': in a quote, the speaker
    # naming herself
    # ('"I'm Rasmus for you, write me ..."': the name the speaker is to the candidate)
    r"|[\"“][^\"”\n]{0,60}?\b(?:i['’]m|i\s+am)\s+(?P<u>(?-i:[" + UPPER + r"])[\w-]{1,20})"
    r"(?=[ \t]*[,.!]|[ \t]*[\"”]|[ \t]+for[ \t]+you\b)"
    # '"... we say Anders and Mette here, no hr. and fru."': in a quote, what people say there
    # (the quote may open on a line above: prose wrapped at a width)
    r"|\b(?:we|here\s+we|everyone|everybody)\s+(?:just\s+)?say\s+"
    r"(?P<w>(?-i:[" + UPPER + r"])[\w-]{1,20})\b(?=[^\"”\n]{0,80}[\"”])",
    re.IGNORECASE,
)
# the notes saying people go by first names there: "First names only", "In Nunavut everybody
# uses first names", "first name is normal in Sweden", "we're on a first-name basis"
_FIRST_NAMES = re.compile(
    # (not "Kelly ... First name only on the panel": someone known by one name)
    r"\bfirst[- ]names\s+(?:only|everywhere)\b"
    r"|\bfirst[- ]name\s+is\s+(?:fine|ok|okay|normal|the\s+norm)\b"
    r"|\bfirst[- ]names\s+are\s+(?:fine|ok|okay|normal|the\s+norm)\b"
    r"|\b(?:uses?|go(?:es)?\s+by)\s+first[- ]names\b"
    r"|\bfirst[- ]name\s+basis\b"
    r"|\b(?:we['’]?re|we\s+are|it['’]?s)\s+all\s+first[- ]names\b"
    r"|\b(?:everyone|everybody)\s+(?:is\s+(?:on\s+)?)?first[- ]names?\b"
    # the familiar "you" asked for, in the languages notes mix in: "dammi del tu", "tutéame",
    # "on se tutoie", "wir duzen uns", "per du"
    r"|\bdammi\s+(?:pure\s+)?del\s+tu\b|\bdatemi\s+del\s+tu\b|\btut[ée]ame\b"
    r"|\b(?:on\s+se\s+tutoie|tutoie[sz]?-moi)\b|\bwir\s+duzen\b|\bduz\s+mich\b|\bper\s+du\b"
    # no honorific wanted: "just call me anh tuấn no need mister", "no mr please"
    # (not "no need Madam Subramaniam": the formal name is not wanted, the form may be)
    r"|\bno\s+need\s+(?:for\s+|of\s+|to\s+say\s+)?(?:mister|mr|sir|madam|ma['’]?am|mrs|ms|miss)"
    r"(?![\w'’-])(?!\.?[ \t]+(?-i:[A-Z]))|\bno\s+(?:mister|mr|sir|madam)\.?\s+(?:needed|please)\b",
    re.IGNORECASE,
)
# the same in lower case, no quotes: "write to her mojca is fine" (a name, then "is fine")
_FINE_LOWER = re.compile(
    r"\b([^\W\d_][\w-]{1,20})[ \t]+is[ \t]+(?:fine|ok|okay)\b(?![ \t]+(?:with|for|to|by)\b)"
)
_JUST_LOWER = re.compile(
    r"\b(?:please|said|say|says)[ \t]+just[ \t]+([^\W\d_][\w-]{1,20})\b"
    r"(?![ \t]+(?:write|call|send|email|mail|do|ask|the|a|an|to|in|for|is)\b)"
)
_FINE_CAPITAL = re.compile(
    # (the whole name said so: "Irina Petrovna is fine"; not "Joe's fine in the gym but email
    # proper", fine somewhere else)
    r"\b((?:[A-Z][\w-]{1,20}[ \t]+){0,2}[A-Z][\w-]{1,20})(?:[ \t]+is|['’]s)[ \t]+"
    r"(?:fine|ok|okay)\b(?![ \t]+(?:with|for|to|by|in|at|on|but|when)\b)"
)
# how they sign their own mail: 'signs every mail just "Karin"', "signs her emails as Bea"
_SIGNS_AS = re.compile(
    r"\bsigns?[ \t]+(?:every|all|each|her|his|their)[ \t]+(?:e-?mails?|mails?|letters?|messages?)"
    r"[ \t]+(?:just|only|simply|as)[ \t]+[\"“']?([^\W\d_][\w-]{1,20})[\"”']?(?![\w'’-])",
    re.IGNORECASE,
)
_NOT_FIRST = re.compile(r"\b(?:no|not|never|don'?t|doesn'?t)\W+(?:\w+\W+)?$", re.IGNORECASE)
_CALLED_GROUPS = ("n", "f", "g", "i", "p", "s", "j", "q", "t", "k", "m", "u", "v", "w", "z")
# "everybody just calls him Wade", "Everyone calls her **Chef Nhung**": what everyone calls
# someone, a greeting only when it is their own name (or a form of address and their name),
# never a nickname ("everyone calls him Bigga")
_NICKNAME = re.compile(
    r"\b(?:every(?:one|body)|all\s+of\s+us|the\s+whole\s+team)\s+(?:here\s+)?(?:just\s+)?"
    r"calls?\s+(?:him|her|them)\s+[\"“*_]*"
    r"(?P<n>(?-i:[" + UPPER + r"])[\w'’-]{1,20}(?:[ \t]+(?-i:[" + UPPER + r"])[\w'’-]{1,20})?)",
    re.IGNORECASE,
)
# the notes going on to be formal anyway: after a request, "but" too ("call me Terry" guy, but
# "Mr. Kowalczyk"); before it, a "but" says what the person goes by ("I'm Bernadette but ...")
# ("we are not so formal here", "no need to be formal": no formality, the request stands)
_FORMAL = (
    r"even\s+tho(?:ugh)?|in\s+writing|"
    r"(?<!not )(?<!not so )(?<!not very )(?<!no need to be )(?<!don't be )(?<!never )formal|though"
)
_FORMAL_BEFORE = re.compile(rf"\b(?:{_FORMAL})\b", re.I)
_FORMAL_ANYWAY = re.compile(rf"\b(?:but|{_FORMAL})\b", re.I)
# a capitalised given name right after a form of address ("call me Ostad Hamid")
_GIVEN_AFTER = re.compile(rf"\.?[ \t]+(?-i:[{UPPER}])[\w'’-]{{1,20}}\b")
# the same in a memo written small ("call me don hernán"): any word but a small one
_GIVEN_AFTER_LOWER = re.compile(
    r"\.?[ \t]+(?!(?:and|or|but|so|he|she|they|too|also|please|everybody|everyone)\b)"
    r"[^\W\d_][\w'’-]{1,20}\b"
)
_NOT_CALLED = frozenset(
    "a an the back again later soon tomorrow today anytime anything at on in when if for to "
    "about after before first direct directly next this that by with tonight asap once "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "sir madam maam fine ok okay all just me him her them us done over true it everything "
    "anyone email english".split()
)
# 'not "Dear Ayşe Hanım"', 'he'd be horrified at "Dear Raymond"', 'rather than "Hi Sam"'
_RULED_OUT = re.compile(
    r"\b(?:not|no|never|don'?t|nicht|nie|ni|non|não|nunca|horrified\s+(?:at|by)|hates?|"
    r"rather\s+than|instead\s+of|avoid)\W*$",
    re.I,
)


def _heading_words(text: str) -> str:
    """A heading's own words: "## Who was there (panel):" -> "Who was there"."""
    m = _HEADING.fullmatch(text)
    return re.sub(r"\s*\([^()]*\)", "", m.group("h")).strip(" *_") if m else ""


_RULE_LINE = re.compile(r"\s*(?:-{3,}|={3,})\s*")
# a quoted line that opens with the interview's own word and a dash: a forwarded mail's title
_INTERVIEW_HEAD = re.compile(
    r"[ \t]*>[ \t>]*()(?:"
    + "|".join(sorted(INTERVIEW_WORDS, key=len, reverse=True))
    + r")[ \t]+[-–—][ \t]+\S",
    re.IGNORECASE,
)
# the rule row under a markdown table's header ("|---|:---:|")
_TABLE_RULE = re.compile(r"[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*\n?")


def _setext_headings(segs: list[_Seg]) -> set[int]:
    """Lines underlined by the next ("Poste" over "-----"): headings, as Markdown reads them
    (a short line, not a list item, right above the rule)."""
    out: set[int] = set()
    for seg, below in pairwise(segs):
        text = seg.text.strip()
        if (
            text
            and _RULE_LINE.fullmatch(below.text)
            and len(text.split()) <= 8
            and not BULLET.match(seg.text)
            and not text.startswith("|")
        ):
            out.add(seg.line)
    return out


def _bullet_kind(m: re.Match[str] | None) -> tuple[int, str] | None:
    """A list heading's own bullet, its indent and kind ("6." a number, "-" a dash): a line
    with the same bullet is the heading's sibling, not an item under it."""
    if m is None:
        return None
    text = m.group(0)
    mark = text.strip()[:1]
    return len(text) - len(text.lstrip()), "number" if mark.isdigit() else mark
