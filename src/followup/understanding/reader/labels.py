"""Labelled values (`Interviewer: Ana Ruiz`, `Role            Practice Manager`), lists of
people under a heading (`Panel:` then a bullet a person) and tables (a row a field, or a
header of labels and a row a person)."""

from __future__ import annotations

import re

from followup.understanding.facts import NO_END_ABBREVIATIONS, Person, shape_problem
from followup.understanding.glosses import JOB_TERMS_TAIL, latin_side
from followup.understanding.people import name_at
from followup.understanding.reader.employer import _JOINERS, _clean_value, _name_run
from followup.understanding.reader.headings import _word_before, names_the_notes
from followup.understanding.reader.prose import (
    _LEAD_TITLE,
    _ME,
    _NOT_ADDRESSEE_TITLE,
    _People,
    decides,
)
from followup.understanding.reader.state import (
    KIN_OF_ANOTHER,
    KIN_TIE,
    _located,
    _person,
    _Seg,
    _tied_elsewhere,
)
from followup.understanding.vocabulary import Vocabulary, fold_label

# a value that opens on a street's word (a number before it at most): an address
_STREET_FIRST = re.compile(
    r"[ \t]*(?:\d{1,5}[a-z]?,?[ \t]+)?(?:rue|calle|avenida|avda\.|av\.|avenue|boulevard|blvd\.?|"
    r"carrera|rua|ulica|ul\.|jalan|jln\.?)[ \t]+(?=[\w\d])",
    re.IGNORECASE,
)

# "Applied: Feb 10 via ...", "applied: 3/2 through the agency": the day and the way applied
_WHEN_APPLIED = re.compile(
    r"\s*(?:on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|via\b|through\b|online\b|yesterday\b|last\b)",
    re.IGNORECASE,
)

# a value that says how much or how often, not what the job is called ("3 days per week on
# the road", "40 hours, shifts")
# a count and a word in small letters ("7 secteurs, 320 agents"): what an organisation is like
_COUNTED = re.compile(r"\d[\d.,]*[ \t]+[a-zà-ÿ]")
_JOB_IS_LIKE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:(?:days?|weeks?|months?|years?|hours?|hrs?|nights?|"
    r"shifts?|x)\b|%)",
    re.IGNORECASE,
)
# the fields whose cells name people
_PERSON_FIELDS = frozenset({"panel", "interviewer", "addressee"})
# a quote that opens on someone else, by first name ('"Liam's the hiring manager ..."')
_OF_ANOTHER_QUOTED = re.compile(r"[\"“](?-i:[A-Z][\w-]+)(?:['’]s|[ \t]+is)[ \t]")
_OWN_MARK = re.compile(r"\((?:current|ex|former|previous|past|old|now|mine)\b[^()]*\)", re.I)


# a job title ending in "Lead" ("Receiving Lead", "Tech Lead"): a job, not the interview's lead
_JOB_LEAD = re.compile(r"(?-i:[A-Z][\w&-]{0,30})[ \t]+Lead\b")
# a relative of the line's person named after their tie ("his wife Monika", "her son Tomás")
_KIN_NAMED = re.compile(rf"\b{KIN_TIE}[ \t]*,?[ \t]+(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.IGNORECASE)


# a label spoken to a phone: "position colon ...", "who was there colon the Dottoressa ..."
_DICTATED_LABEL = re.compile(r"\s*+([^\W\d_][\w' ]{0,30}?)\s++colon\s++(?=\S)", re.IGNORECASE)
# dictated punctuation that ends a value ("... litigation full stop new paragraph")
_DICTATED_STOP = re.compile(
    r"(?<!\s)\s++(?:full\s+stop|period|comma|new\s+line|new\s+paragraph)\b", re.IGNORECASE
)


# forms of address with a dot that are an abbreviation only as written ("Bi. Mwanaisha", the
# Swahili Bibi; "Power BI." ends a sentence)
_CASED_FORMS = frozenset({"Bi", "Bw"})


def _value_end(value: str) -> int:
    """Where a labelled value ends: a semicolon, a full stop that ends a sentence, or a wide
    gap before another label ("Jobseeker: Aisling Keane    Mediator: Brendan Daly"), or a
    dictated stop or comma."""
    semi = value.find(";")
    end = semi if semi >= 0 else len(value)
    spoken = _DICTATED_STOP.search(value, 0, end)
    if spoken:
        end = spoken.start()
    gap = _NEXT_LABEL.search(value, 0, end)
    if gap:
        end = gap.start()
    for m in re.finditer(r"\.\s+(?=[A-Z\d])", value[:end]):  # "... Meteorologist. 9:30"
        word = _word_before(value, m.start())
        initial = len(word) == 1 and (m.start() < 2 or value[m.start() - 2] in " \t(\"'“")
        if word.lower() in NO_END_ABBREVIATIONS or initial or word in _CASED_FORMS:
            # "Dr.", "J. Smith", "Bi. Mwanaisha"; not "O&G." nor "Power BI."
            continue
        return m.start()
    return end


# a value that opens in bold ("**Flying Groom** (accompany horses ...)"), or whose bold's
# opening mark went with the label ("Flying Groom** (accompany horses ...)")
_BOLD_FIRST = re.compile(
    r"[ \t]*(?:(\*\*|__)(?P<b>[^*_\n]{2,80}?)\1|(?P<c>[^*_\n]{2,80}?)(?:\*\*|__))"
)
_BOLD_CELL = re.compile(r"(\*\*|__)(\S.*?)\1")
# a run of spaces is tried from its first space only, so a long run costs its length once
_NEXT_LABEL = re.compile(r"(?:(?<![ ])[ ]{3,}+|\t)(?=[^\W\d_][\w ]{0,24}:)")
_DASH_LABEL = re.compile(r"\s*+([^:=\n\-–—]{1,30}?)[ \t]+[-–—][ \t]+(?=\S)")
# (and the same in the languages notes mix in: "| Nombre | Cargo | Comentario |")
_PEOPLE_COLUMNS = frozenset(
    "name names person people who nombre nombres nome nomes nom noms namen naam imię ime jméno "
    "meno név isim имя quién quien quem qui wer persona personas pessoa personne".split()
)
# a calendar invite's place, in the languages invites come in ("Ubicación:", "Ort:"; a French
# "Lieu :" is read with the invite's title lines)
_CALENDAR_PLACES = frozenset(
    "location ubicación ubicacion lugar ort luogo localização localizacao local".split()
)
# labels that name where the interview was: a place as often as the employer
VENUE_LABELS = frozenset(["where", "place", "venue", "site", "workplace"]) | _CALENDAR_PLACES
_LEGAL_FORM = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|gmbh|corp|pty|bhd|jsc|s\.a|s\.c|b\.v|sp\. z o\.o|k\.k|a\.ş"
    r"|w\.l\.l|s\.r\.l|s\.a\.r\.l|s\.p\.a|n\.v|s\.a\.s)(?!\w)",
    re.I,
)
# the name after a labelled job's comma, up to the next comma or the line's end
# the last words of a public body's or an organisation's name, after a labelled job's comma
# (not a department's: "Scientist, Protein Engineering", "Analyst, Assay Laboratory")
_PUBLIC_BODY_ENDS = frozenset(
    "authority authorities council agency ministry commission corporation company trust "
    "foundation association board bureau".split()
)
_EMPLOYER_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<n>[^\W\d_][^,;\n]{1,80}?)[ \t]*(?:,|$)")
_ROW_LEADS = re.compile(
    r"\b(?:chair(?:ed|s)?|hiring manager|main (?:contact|guy|one|person)|(?:lead|main) interviewer"
    r"|my boss)\b"
    # "... → email Johan": the notes cell says the email goes to the row's person ("write to
    # him" is `decides`'s)
    r"|(?:→|->)[ \t]*(?:e-?mail|write|send|mail)\b",
    re.IGNORECASE,
)


_BUILDING_WORDS = frozenset(
    "room building block hall floor centre center annex wing suite level tower campus".split()
)


# labels that name the employer in one language and the signature in another ("Firma:" is a
# firm in German and Polish, a signature in Spanish and Italian)
ALSO_SIGNATURE = frozenset({"firma", "firm"})


def only_a_persons_name(text: str, vocab: Vocabulary, lower: bool = False) -> bool:
    """Whether a label's value is one person's name and nothing of an organisation: what
    tells a signature's "Firma: Valentina Iturbe" from a firm's "Firma: Kowalski Transport"."""
    value = text.split("(")[0]
    # a word said after the name ends it ("firma: Giulia Santoro. fine")
    value = re.split(r"\.[ \t]+(?=[a-z])", value, maxsplit=1)[0].strip(" .,")
    hit = name_at(value, 0, vocab, lower or value.islower())
    words = value.lower().split()
    return (
        hit is not None
        and hit.end >= len(value) - 1
        and len(words) >= 2
        and not any(w.strip(".,") in vocab.company_words for w in words)
    )


def _asked(text: str, person: Person) -> bool:
    """A name the notes follow with a question mark: a question, not a choice."""
    span = person.name.span
    return span is not None and re.match(r"[ \t]*\?", text[span.end : span.end + 4]) is not None


class _Labels(_People):
    """The pass over labels, lists and tables."""

    def _list_heading(self, content: str) -> tuple[str, int] | None:
        """`Panel:`, `### Interviewers`, `who i met:`: a list of people follows."""
        # possessive (`*+`): three runs of spaces around an optional colon could otherwise split
        # a long run of spaces every way before failing (minutes on one line of 3,000)
        m = re.fullmatch(r"\s*+(?:#+\s*)?\**([^:=\n]{1,60}?)\**+\s*+(:?)\s*+\**+\s*+", content)
        if not m:
            return None
        name = fold_label(m.group(1))
        # "Interviewer(s) (full name & designation):" is a heading of "interviewer"
        field_name = self.vocab.field_of(name) or self.vocab.labels.get(
            re.sub(r"\s*\([^()]*\)", "", name).strip()
        )
        if field_name in ("interviewer", "addressee"):
            return "interviewer", 3
        if field_name == "panel" or (
            m.group(2)
            and re.search(
                r"\b(?:panel|interviewers|who i met|people|who interviewed|who was (?:in|at))\b",
                name,
            )
        ):
            return "panel", 2
        return None

    def _list_item(self, seg: _Seg) -> None:
        """One person of a list: `Mr. Obi — Team Leader, Food & Safety (chaired it)`."""
        assert self.list_field is not None
        field_name, strength = self.list_field
        hit = name_at(seg.text, 0, self.vocab, self.lower)
        if hit is None or hit.start > 20:
            self._prose_line(seg)
            return
        rest = seg.text[hit.end :]
        # (up to a quote of theirs about someone else: 'Said: "Liam's the hiring manager"')
        about = _OF_ANOTHER_QUOTED.search(rest)
        own = rest[: about.start()] if about else rest
        if about is not None and (
            _LEAD_TITLE.search(rest, about.start()) or decides(rest[about.start() :])
        ):
            # 'Said: "Liam's the hiring manager, any follow-up goes straight to him."': the
            # one the panel's own words name to write to
            named = name_at(seg.text, hit.end + about.start() + 1, self.vocab, self.lower)
            if named is not None:
                self.found.addressee_named.append(_person(named, seg, 2, "cue"))
        # (a job that ends in "Lead", "Receiving Lead", is a job, not who led the interview)
        leads = _LEAD_TITLE.search(_JOB_LEAD.sub(" ", own)) is not None
        if (leads or decides(own)) and field_name == "panel":
            strength += 1  # "(chaired it)", "lead interviewer"
        self._addressees_named(seg)  # "Mx. Robin Achterberg ... → thank-you to Robin"
        person = _person(hit, seg, strength, "label")
        kin = KIN_OF_ANOTHER.match(rest)
        # "Nia Parry — his daughter, Workshop Manager": whose daughter she is, said of her; the
        # line's other ties still count
        # (and "his wife Monika does the accounting" further on ties Monika, not the line's
        # person)
        tied = _tied_elsewhere(
            _KIN_NAMED.sub(" ", rest[kin.end() :] if kin else seg.text), self.vocab
        )
        if tied or (person.title and _NOT_ADDRESSEE_TITLE.search(person.title)):
            self.found.mention(person)
        else:
            self._add_people([person])
        # what the line goes on to say is read for its cues ('He said: "you will hear from me
        # by the 30th."'), not for details: a line about a person is no detail of the job
        self.found.prose.append(_Seg(rest, seg.start + hit.end, seg.line))

    def _label(self, content: str) -> tuple[str, int] | None:
        # possessive (`*+`) runs of spaces: a line of thousands of spaces is one pass, not one
        # per way of splitting them between the runs
        m = re.match(r"\s*+([^:=\n]{1,40}?)\s*+(?::|=(?!=))\s*", content)
        if not m:  # aligned columns: "Role            Practice Manager"
            m = re.match(r"\s*+([^:=\n\t]{1,25}?)(?:[ ]{3,}+|\t++)(?=\S)", content)
        if not m:  # dictated: "position colon paralegal shipping litigation full stop"
            m = _DICTATED_LABEL.match(content)
        dashed = None if m else _DASH_LABEL.match(content)
        if dashed and self.vocab.labels.get(fold_label(dashed.group(1))) == "addressee":
            m = dashed  # "thank you email - Calum MacRae, site manager, ...": whom it is for
        if not m or content[m.end() : m.end() + 2] == "//":
            return None
        name = fold_label(m.group(1))
        field_name = self.vocab.field_of(name)
        if field_name is None or not content[m.end() :].strip():
            return None
        emphasis = re.match(r"[*_]++\s*", content[m.end() :])  # "**Where:** Ashby Vale ..."
        return field_name, m.end() + (emphasis.end() if emphasis else 0)

    def _table_row(self, seg: _Seg, at: int) -> None:
        cells = [(m.group(1), m.start(1)) for m in re.finditer(r"\|([^|]*)", seg.text[at:])]
        cells = [(c, s) for c, s in cells if c.strip()]
        if not cells or all(re.fullmatch(r"\s*:?-{2,}:?\s*", c) for c, _ in cells):
            return
        fields = [self.vocab.field_of(fold_label(c)) for c, _ in cells]
        named = fold_label(cells[0][0]) in _PEOPLE_COLUMNS  # "| Name | Designation | ... |"
        head = seg.line in self.table_heads
        if head:
            self.columns = None  # a new table, below its own header
            first = re.sub(r"\s*\([^()]*\)", "", cells[0][0]).strip(" *_")
            self.learned_table = self.vocab.learned_heading_re.fullmatch(first) is not None
            if self.learned_table:
                # the heading of what was learned is none of it; its rows are (to the table's
                # blank line)
                self.told, self.told_items = True, 0
                return
            if len(cells) <= 2 and self.vocab.own_heading_re.fullmatch(fold_label(cells[0][0])):
                # "| 我 Me | |" over the rows of the candidate's own past: their school, their
                # employers, none the employer (the rows end with the table's blank line); "|
                # They ask me | My answer |" over the questions put to them, and their answers
                self.own, self.own_items = True, 0
                return
        if head and len(cells) == 2:
            # "| Panel | Fonction |" over a rule row: a person, then their job, a row each
            # ("| panel | who |" or "| Field | Value |" only name the columns)
            if (named or fields[0] in _PERSON_FIELDS) and fields[1] not in _PERSON_FIELDS:
                self.columns = ["panel", fields[1]]
            return
        if (
            len(cells) > 2
            and (named or sum(f is not None for f in fields) >= 2)
            and not self.columns
        ):
            # "| Org | Who | Notes |": a header, then one row a person; a "Name" column of
            # such a table names the people met, not the candidate ("| Name | Role | Notes |")
            self.columns = [
                "panel" if fold_label(c) in _PEOPLE_COLUMNS else f
                for (c, _), f in zip(cells, fields, strict=True)
            ]
            return
        if self.columns is not None and len(self.columns) == len(cells):
            self._column_row(seg, at, cells, self.columns)
            return
        if len(cells) >= 2:
            field_name = self.vocab.field_of(fold_label(cells[0][0]))
            value, start = cells[1]
            lead = len(value) - len(value.lstrip())
            value_seg = _Seg(value.strip(), seg.start + at + start + lead, seg.line)
            if field_name in ("company", "role") and self.learned_table:
                self._prose_line(value_seg)  # "| lab | every batch tested for pH ... |"
                return
            if field_name:
                self._field(field_name, value_seg, fold_label(cells[0][0]))
                return
            if len(cells) == 2 and self.vocab.own_heading_re.fullmatch(fold_label(cells[0][0])):
                # "| about me | 5 y. at Glavbolgarstroy (site engineer) |": the candidate's
                # own past, its firms none the employer
                own, self.own = self.own, True
                self.found.own_lines.add(seg.line)
                self._prose_line(value_seg)
                self.own = own
                return
            if (
                len(cells) == 2
                and not cells[0][0].islower()  # "| recommandé par | ... |" is a label
                and only_a_persons_name(cells[0][0], self.vocab, self.lower)
            ):
                # "| arch. Nikolay Stoyanov | managing partner. Main person. |" under a header
                # of no labels ("| what | notes |"): a person met, then what they are
                self._column_row(seg, at, cells, ["panel", None])
                return
            if len(cells) > 2:  # a table of rounds or people: every cell is notes
                for cell, start in cells:
                    lead = len(cell) - len(cell.lstrip())
                    self._prose_line(_Seg(cell.strip(), seg.start + at + start + lead, seg.line))
                return
            if len(value.split()) >= 3:
                self._prose_line(value_seg)
            return
        value, start = cells[0]
        self._prose_line(_Seg(value, seg.start + at + start, seg.line))

    def _column_row(
        self, seg: _Seg, at: int, cells: list[tuple[str, int]], columns: list[str | None]
    ) -> None:
        """A row under a header of labels: a person's cell makes the row count; its company
        cell is the employer unless marked as the candidate's own ("Xero (current)")."""
        segs: list[tuple[str | None, _Seg]] = []
        for (raw, start), name in zip(cells, columns, strict=True):
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            bold = _BOLD_CELL.match(text)
            if bold:  # "**Dobrosusidstvo Charitable Foundation** (Kyiv)": the bold name
                lead += bold.start(2)
                text = bold.group(2)
            segs.append((name, _Seg(text, seg.start + at + start + lead, seg.line)))
        people = [c for name, c in segs if name in ("interviewer", "panel", "addressee")]
        someone = any(name_at(c.text, 0, self.vocab, self.lower) for c in people)
        # "| Eng. Al-Qahtani | Engineering Manager | Chaired; hiring manager |": a notes cell
        # that says the row's person leads (not a job title's "Head of")
        leads = len(people) == 1 and any(
            name is None and (decides(c.text) or _ROW_LEADS.search(c.text)) for name, c in segs
        )
        for name, cell in segs:
            if name in ("interviewer", "panel", "addressee"):
                self._field("panel" if name == "panel" else name, cell)
                if leads:
                    self._add_people(self._people_in(cell, 3))
            elif name == "company" and _OWN_MARK.search(cell.text):
                run, _ = _name_run(cell.text, 0, self.lower, self.vocab)
                self.found.not_companies.add((run or cell.text).lower())
            elif name == "role" and people:
                continue  # "| Person | Role |": the person's own job, not the one applied for
            elif name is not None and (someone or name != "company"):
                self._field(name, cell)
            elif name is None or name == "company":
                self._prose_line(cell)

    def _field(self, name: str, seg: _Seg, label: str = "") -> None:
        """A labelled value: checked for its shape, kept with its span."""
        label = self.vocab.side_of(label)  # "地点 place" is read as "place"
        value = seg.text.strip()
        lead = len(seg.text) - len(seg.text.lstrip())
        seg = _Seg(value, seg.start + lead, seg.line)
        if not value:
            return
        if name in ("interviewer", "addressee", "panel"):
            self._people_field(name, seg, label)
        elif name == "past_employer":
            run, _ = _name_run(value, 0, self.lower or value.islower(), self.vocab)
            self.found.not_companies |= {value.lower(), run.lower()} - {""}
        elif name == "company" and label in ALSO_SIGNATURE and self._signs_off(seg):
            self._candidate_field(seg, label)  # "Firma: Valentina Arango Mejía" at the end
        elif name in ("company", "role"):
            self._job_field(name, seg, label)
        elif name == "candidate" and label == "me" and self._me_said(seg):
            self._prose_line(seg)  # "Me: Hēmi Te Awa, he owns it": a chat's line, no label
        elif name == "candidate":
            self._candidate_field(seg, label)
        elif name in ("interview_date", "decision_date"):
            found = self._date_in(value)
            if found:
                self.found.dates.setdefault(name, found)
            elif name == "decision_date":
                self._relative_in(value, labelled=True)  # "Decision: by Friday the 27th"
        elif name == "kind":
            self.found.labelled.setdefault("kind", _located(value, seg, 0, "label"))
        elif name == "contact":
            self.found.labelled.setdefault("contact", _located(value[:80], seg, 0, "label"))
        elif name == "salutation":
            # 'Anrede: "Sehr geehrter Herr Zürcher" — nicht "Lieber Beat"!!': the quoted one
            quoted = re.match(r"[\"“]([^\"”\n]{2,60})[\"”]", value)
            at = quoted.start(1) if quoted else 0
            value = quoted.group(1) if quoted else value
            # 'Dear Pandit Doorgakant (not "Panditji" in a formal letter, my father says)': the
            # greeting, then a remark on it
            value = re.sub(r"[ \t]*[(—–][^\n]*$", "", value) or value
            if not shape_problem(value, max_words=5):
                self.found.labelled.setdefault("salutation", _located(value, seg, at, "label"))

    def _me_said(self, seg: _Seg) -> bool:
        """A chat's "Me: ..." line, where the notes have several: the author's message, not
        the sender's label ("Me = Marcus Bell" stays one)."""
        return self.me_speaks and self.text[max(0, seg.start - 8) : seg.start].rstrip()[-1:] == ":"

    def _signs_off(self, seg: _Seg) -> bool:
        """A label that means "company" in one language and "signature" in another ("Firma")
        gives the writer's name when its value is a person's name (no word of an organisation)
        in the last third of the notes, where a signature goes; a firm is named at the top."""
        if seg.start < 2 * len(self.text) / 3:
            return False
        # (with the writer's own title after a comma: "firma: Javiera Andrade Barrientos,
        # Enfermera Universitaria (U. de Los Lagos)")
        return only_a_persons_name(seg.text.split(",")[0], self.vocab, self.lower)

    def _people_field(self, name: str, seg: _Seg, label: str = "") -> None:
        """`Interviewer:`, `Send to:`, `Panel:`: the people in the value, and an employer named
        beside them (`Lena Ortiz, Head of Data at Fernway Freight`)."""
        value = seg.text
        if name == "panel" and "<" not in value:
            # "Guests: Mrs. Nomvula Dlamini, Mr. Pieter Joubert, thandi...@gmail.com": a
            # calendar's guests with the candidate's own address, blanked (spans stay true)
            value = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", lambda m: " " * len(m.group()), value)
            seg = _Seg(value, seg.start, seg.line)
        if "@" in value or "<" in value:
            return  # "To: Tomás <t@...>" inside a forwarded message: a header, not a person
        latin = latin_side(value)
        if latin is not None:  # "Ерлан Сейткали / Yerlan Seitkali": the name as an email writes it
            seg = _Seg(value[latin[0] : latin[1]], seg.start + latin[0], seg.line)
            value = seg.text
        to = re.match(r"to\s+", value, re.IGNORECASE) if name == "addressee" else None
        if to:  # "Thank-you email: to Dr. Prescott, thank the panel"
            seg = _Seg(value[to.end() :], seg.start + to.end(), seg.line)
            value = seg.text
        # (`Recruiter: Camila Ríos`, `HR: ...`: a label saying the person arranged the
        # interview, which a panel member's own words outrank, as a panel's label is)
        contact = name == "interviewer" and fold_label(label) in self.vocab.contact_keys
        people = self._people_in(seg, 2 if name == "panel" or contact else 3)
        if name == "addressee":
            # "thank-you email: Mariela? Tomás? Both?": asked, not decided
            self.found.addressee_named += [p for p in people if not _asked(self.text, p)]
        else:
            self._add_people(people)
        # `Lena Ortiz, Head of Data at Fernway Freight`: the company after the title
        self._companies_in(seg, rank=2)
        # `Greg Tamura (VP Engineering) — Lumaroot, Lisbon office`: after a dash
        dash = re.search(r"\s[—–-]\s+(?=[A-Z])", value)
        if dash and name != "panel":
            run, at = _name_run(value, dash.end(), self.lower, self.vocab)
            if run and not shape_problem(run, max_words=8):
                self.found.companies.append((2, self._next(), _located(run, seg, at, "cue")))

    def _job_field(self, name: str, seg: _Seg, label: str) -> None:
        """`Company:` or `Role:`: the value without links or addresses, refused (and said so)
        when its shape is wrong or it holds an instruction."""
        kept, dropped = _clean_value(seg.text, name)
        if dropped:
            self.found.refused.append(f"{name}: dropped {dropped}")
        bold = _BOLD_FIRST.match(kept)
        if bold is not None and kept[bold.end() :].strip(" *_"):
            # "Role: **Flying Groom** (accompany horses on cargo flights), full time": the bold
            # names it, the rest tells of it (its opening mark may go with the label)
            kept = bold.group("b") or bold.group("c")
        kept = kept.strip("*_ ")  # "post: **ATC Assistant (Flight Data)**": the bold marks off
        if name == "company" and label in VENUE_LABELS:
            # "Location: Vuelos Amaru S.A.C. – Centro de Control de Operaciones (OCC), Av. ...":
            # the place of the interview before a dash, then the part of it or the address
            kept = re.split(r"\s+[-–—]\s+", kept)[0]
            if not self.lower and kept[:1].islower():
                return  # "Place: central kitchen, Anning District": a room, no name
            if _STREET_FIRST.match(kept):
                return  # "Where: Rue Belliard 40, 6th floor": an address, no employer
            legal = _LEGAL_FORM.search(kept)
            tail = re.match(r"\.?(?=[ \t]+[a-z])", kept[legal.end() :]) if legal else None
            if legal and tail:
                # "Where: Sepik Coastal Shipping Ltd office at Wewak wharf": the firm ends at
                # its legal form (and its dot), then the room or the place in small letters
                kept = kept[: legal.end() + tail.end()]
        if not re.search(r"[^\W\d_]", kept):
            return  # "practice :)": a smile, no value
        problem = shape_problem(kept, max_words=8 if name == "company" else 10)
        aside = re.search(r"\s[—–-]\s+(?=.*\b[a-z]{3,}\b)", kept)
        remark = name == "company" and re.search(r"\s[—–]\s+(?=[a-z])", kept)
        if name == "company" and problem and not aside:
            # "Employer: County Government of Nandi - Department of Disaster Management & Fire
            # Services": too long as a whole, the organisation before its department
            aside = re.search(r"\s[—–-]\s+(?=[A-Z])", kept)
        if (problem or remark) and aside and not shape_problem(kept[: aside.start()], max_words=8):
            # "Employer: Auckland Chaplaincy Trust — the Trust employs the chaplains, NOT the
            # hospital": the name, then a remark about it
            # ("Company: **Horn Corridor Logistics (HCL)** – operates ...": the bold's close too)
            kept = kept[: aside.start()].strip("*_ ")
            problem = None
        if name == "role":
            # "Hill technician – full time": the terms of the job after a dash, not its name
            kept = JOB_TERMS_TAIL.sub("", kept) or kept
            # "Contabilista (accountant) for the mission — school, health post and the farm":
            # after a job glossed in brackets, whom it is for and what it covers (not after
            # any job: "Cartographer II — topographic products" and "řezbář loutek —
            # marionette carver" say more of the job after the dash)
            glossed = re.match(
                r"(.+?[ \t]\([^()\n]{3,}\))[ \t]+(?:for[ \t]+the|[—–])[ \t]+[a-z]", kept
            )
            kept = glossed.group(1) if glossed else kept
        if name == "role" and label == "title" and names_the_notes(kept, any_language=True):
            return  # front matter `title: Interview debrief` names the notes, not the job
        if name == "role" and label.startswith("appl") and _WHEN_APPLIED.match(kept):
            return  # "Applied: Feb 10 via Badger Health Talent": when and how, not the job
        if name == "company" and _COUNTED.match(kept):
            # "| organisation | 7 secteurs, 320 agents, 3 équipes |": how big it is, no name
            self._prose_line(seg)
            return
        if name == "role" and _JOB_IS_LIKE.match(kept):
            # "| poste | 2 weeks per month on the field |": what the job is like, not its name
            self._prose_line(seg)
            return
        if problem or self.vocab.instruction_re.search(kept):
            self.found.refused.append(f"{name}: {problem or 'holds an instruction'}")
            return
        if name == "role":
            # "Job: Track & Facilities Manager, Velódromo del Valle, operated by Fundación
            # Pedal Andino": an employer the value names beside the job (never in a value
            # refused above)
            self._companies_in(seg, rank=2)
        rank = 9
        if name == "company" and label in VENUE_LABELS:
            # `Where: Larkin County Justice Center, Room 2B`: the place of the interview, before
            # a dash ("School - Admin block"), is a building as often as the employer: never
            # with a word of a building, first with an organisation word or a legal suffix,
            # else only when nothing better names the employer
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", kept)}
            first = kept.split(",")[0]
            first_words = {w.lower() for w in re.findall(r"[^\W\d_]+", first) if w[:1].isupper()}
            if (
                words & _BUILDING_WORDS
                and "," in kept
                and not first_words & _BUILDING_WORDS
                and (_LEGAL_FORM.search(first) or first_words & self.vocab.company_words)
            ):
                # "Location: Abay Express Bus S.C., Dire Dawa depot, meeting room 1": a firm
                # with its legal form, then its place and the room
                kept = first
                words = {w.lower() for w in re.findall(r"[^\W\d_]+", kept)}
            if words & _BUILDING_WORDS:
                return
            capitalised = {w.lower() for w in re.findall(r"[^\W\d_]+", kept) if w[:1].isupper()}
            named = (capitalised if not self.lower else words) & self.vocab.company_words or (
                _LEGAL_FORM.search(kept)
            )  # "Rehab gym" describes a room; "Harbour Gym" names one
            if (
                not named
                and not self.lower
                and any(
                    w[:1].islower() and w not in _JOINERS for w in re.findall(r"[^\W\d_]+", kept)
                )
            ):
                return  # "Where: Rehab gym, Level 3": a room described, not a name
            if not named and label == "location":
                return  # "LOCATION: Leongatha, Gippsland VIC": a calendar's place, a town
            if not named and label in _CALENDAR_PLACES:
                # "Ubicación: Escuela Náutica del Norte, Av. Arturo Prat 2140": a place by no
                # name of a firm, read as the line's words
                whole = self.whole_line
                self._prose_line(whole if whole is not None and whole.line == seg.line else seg)
                return
            rank = 6 if named else 2
        start = max(0, seg.text.find(kept))
        loc = _located(kept, seg, start, "label")
        if name == "company":
            self.found.companies.append((rank, self._next(), loc))
        else:
            self.found.roles.append((9, self._next(), loc))
            self._employer_after_job(seg, start + len(kept))

    def _employer_after_job(self, seg: _Seg, end: int) -> None:
        """`Post applied: Rearing Technician (Chawki Rearing Centre), Kaveri Sericulture
        Enterprises Pvt. Ltd., Srirangapatna Road, Mysuru.`: the job, then after its comma a
        name with a legal form, or one that ends like an organisation's ("Job: Assistant
        Harbour Master, Roseau Port Services Authority."), the employer (then where it is)."""
        after = _EMPLOYER_AFTER.match(seg.text, end)
        # (as the notes capitalise it: a memo written small gives no name's form)
        if (
            after is not None
            and after.group("n")[:1].isupper()
            and (
                _LEGAL_FORM.search(after.group("n"))
                or (
                    len(after.group("n").split()) > 1
                    and after.group("n").rstrip(".").split()[-1].lower() in _PUBLIC_BODY_ENDS
                )
            )
        ):
            name = after.group("n").rstrip(".")
            self.found.companies.append(
                (4, self._next(), _located(name, seg, after.start("n"), "cue"))
            )

    def _candidate_field(self, seg: _Seg, label: str) -> None:
        """`Me:`, `Candidate:`, a pasted `From:`: the sender, when the value is a name and not
        an answer to a question."""
        value = seg.text
        before_mail = value.split("<")[0]
        org = before_mail.strip(" *_\"'")
        if (
            label == "from"
            and re.fullmatch(r"(?:[A-Z][\w'’&.-]*\s+)+[A-Z][\w.]*", org)
            and self._organisation(org)
        ):
            # "From: Capricorn Reef Restoration Institute <careers@...>": a mail the employer
            # sent, forwarded into the notes; no one signs as it
            at = before_mail.find(org)
            self.found.companies.append((4, self._next(), _located(org, seg, at, "label")))
            return
        hit = name_at(before_mail, 0, self.vocab, self.lower or before_mail.islower())
        rest = before_mail[hit.end :].strip(" .,") if hit else ""
        # "Me = Marcus Bell, Class A, 7 yrs": a full name, then after a comma what they are
        described = (
            hit is not None and len(hit.name.split()) >= 2 and before_mail[hit.end :][:1] == ","
        )
        if re.fullmatch(r"\([^()]*\)|", rest) is None and len(rest.split()) > 1 and not described:
            hit = None  # "Me: Part 1 year at Feilden Clegg": an answer, not a name
        if hit and hit.honorific is None and before_mail[: hit.start].strip(" *_"):
            hit = None  # "Me: only the alarm side.": words before it, so no name is the value
        if hit and rest.startswith("?"):
            hit = None  # "**Me:** Thesis?": the candidate's question in a Q&A, no name
        if hit and hit.honorific is None and self._organisation(hit.name):
            hit = None  # "Me: Guangzhou Sport University, wushu taolu, ...": their school
        if hit and value.lower() not in _ME:
            # a `From:` line in pasted text is weaker than a signature or `me:` line
            strength = 1 if label == "from" else 3
            name, start = hit.name, hit.start
            if hit.honorific:  # "Candidate: Dr. Priya Patel" signs as written
                start = len(before_mail) - len(before_mail.lstrip())
                name = before_mail[start : hit.start] + hit.name
            self.found.senders.append((strength, _located(name, seg, start, "label")))
