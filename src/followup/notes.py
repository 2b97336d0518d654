"""Interview notes as people jot them down, parsed into facts plus free text."""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from followup.errors import InputError
from followup.understanding.article import in_prose
from followup.understanding.facts import (
    DOTTED_END,
    SPANISH_HONORIFIC,
    WIKILINK,
    NotesFacts,
    Point,
    salutation_name,
    shape_problem,
    spoken_salutation,
)
from followup.understanding.front_panel import Member
from followup.understanding.glosses import job_title, latin_side
from followup.understanding.people import capitalise, latin_spelling, without_nickname

Kind = str


# a name that ends on an initial ("Matías Fuentealba R")
_LAST_INITIAL = re.compile(r"\s[A-ZÁÉÍÓÚÑ]$")


class InterviewNotes(BaseModel):
    """What a draft may say: the facts, and the notes' own text to draw specifics from."""

    model_config = ConfigDict(extra="forbid")

    candidate: str | None = None
    interviewer: str | None = None  # the addressee's full name, with honorific if known
    addressed_as: str | None = None  # what the salutation says: "Dr. Mensah", "Sofia"
    interviewer_title: str | None = None
    others: list[str] = Field(default_factory=list)  # other interviewers (a panel)
    company: str | None = None
    role: str | None = None
    interview_date: date | None = None
    decision_date: date | None = None
    kind: str | None = None
    contact: str | None = None  # the candidate's own email, phone or link, if they want it cited
    text: str = ""
    points: list[str] = Field(default_factory=list)
    learned: list[str] = Field(default_factory=list)  # employer details, best first
    contributions: list[str] = Field(default_factory=list)
    facts: NotesFacts | None = None  # what the reader understood, with spans

    @field_validator("candidate", "interviewer", "company", "role", "addressed_as", mode="before")
    @classmethod
    def _strip(cls, value: object) -> object:
        if isinstance(value, str):
            stripped = value.strip().strip(",.;")
            if value.rstrip().endswith(".") and (
                DOTTED_END.search(stripped) or _LAST_INITIAL.search(stripped)
            ):
                # "Karadeniz Fındık Tarım A.Ş.": a dotted form keeps its dot, and so does an
                # initial ("Matías Fuentealba R.")
                stripped += "."
            return stripped or None
        return value

    @property
    def learned_points(self) -> list[str]:
        """Points that say something about the employer, the team or the role, best first."""
        return self.learned

    @property
    def contribution_points(self) -> list[str]:
        return self.contributions

    @property
    def interviewer_full(self) -> str | None:
        return self.interviewer

    @property
    def company_in_prose(self) -> str | None:
        """The employer as a sentence says it ("at the Supreme Court", "at Atelier Van Damme")."""
        return in_prose(self.company) if self.company else None

    def facts_text(self) -> str:
        """Everything a draft may cite: the free text and every fact."""
        parts = [self.text]
        for value in (self.candidate, self.interviewer, self.addressed_as, self.company, self.role):
            if value:
                parts.append(value)
        for d in (self.interview_date, self.decision_date):
            if d:
                parts.append(d.isoformat())
                parts.append(f"{d:%B} {d.day}")
        return "\n".join(parts)

    def quoted_facts(self) -> tuple[str, ...]:
        """The names, employer and job as a draft quotes them: their words are the notes', not
        the writer's style ("Istituto per i Beni Culturali", "Family NP")."""
        values = (self.candidate, self.interviewer, self.addressed_as, self.company, self.role)
        return tuple(v for v in values if v)

    def contact_facts(self) -> str:
        """The only text links, emails and phone numbers in a draft may come from.

        Contact details found only in the free text are not trusted: notes pasted from elsewhere
        can carry someone else's link, or an instruction to include one.
        """
        return "\n".join(v for v in (self.contact, self.company) if v)


_FLAGS = {
    "interviewer": "--to",
    "candidate": "--sender (or FOLLOWUP_SENDER, or the config's sender)",
    "company": "--company",
    "role": "--role",
    "salutation": "--salutation",
}
FRONT_MATTER_KEYS = (
    "candidate",
    "interviewer",
    "company",
    "role",
    "interview_date",
    "decision_date",
    "kind",
    "contact",
    "salutation",
)


_FRONT_BLOCK = re.compile(r"\ufeff?\s*---[ \t]*\r?\n(?:.*?\r?\n)?---[ \t]*(?:\r?\n|$)", re.S)


def _front_matter(text: str) -> tuple[dict[str, object], int, int, str | None]:
    """The front matter, where the body starts (offset, line number), and a note when it was
    not valid YAML. People write `decision: "until 24 October" (Elif)` in front matter: such a
    block is read as the notes' own `key: value` lines (by the reader, with every check its
    labels get) rather than refusing the notes."""
    import frontmatter

    m = _FRONT_BLOCK.match(text)
    try:
        post = frontmatter.loads(text)
    except Exception as exc:  # the YAML library raises many types; all mean the same here
        if m is None:
            raise InputError(
                f"notes: the front matter is not valid YAML ({exc.__class__.__name__})"
            ) from None
        return {}, 0, 1, f"front matter: not valid YAML ({exc.__class__.__name__}); read as text"
    meta: dict[str, object] = dict(post.metadata) if isinstance(post.metadata, dict) else {}
    if not meta or not m:
        return meta, 0, 1, None
    return meta, m.end(), text.count("\n", 0, m.end()) + 1, None


_ISO_DATE_START = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}\b")


# the interview's own word as a front matter key, in the languages notes come in
_INTERVIEW_KEYS = frozenset(
    "interview entretien entrevista entrevue colloquio gesprek gespräch intervju intervista "
    "rozmowa wawancara mülakat haastattelu".split()
)


def _front_matter_aliases(meta: dict[str, object]) -> tuple[dict[str, object], list[str]]:
    """Front matter keys as people write them (`date`, `position`, `me`) -> the known keys;
    and the keys that name a contact (`hr_contact:`, `recruiter:`), which give no interviewer."""
    from followup.understanding.reader import VENUE_LABELS, names_the_notes, only_a_persons_name
    from followup.understanding.vocabulary import fold_label, vocabulary

    labels = vocabulary().labels
    out: dict[str, object] = {}
    contacts: list[str] = []
    for key, value in meta.items():
        name = str(key)
        if isinstance(value, str):
            value = WIKILINK.sub(lambda m: m.group("v").strip(), value)  # `company: "[[Acme]]"`
        if fold_label(name) in _INTERVIEW_KEYS and _ISO_DATE_START.match(str(value)):
            # `interview: 2025-10-08, Wednesday, 10:30, in person`, `entretien: 2025-04-16`
            name = "interview_date"
        if name not in FRONT_MATTER_KEYS:
            field = labels.get(fold_label(name))
            field = {"addressee": "interviewer"}.get(field or "", field)
            if field == "interviewer" and fold_label(name) in vocabulary().contact_keys:
                contacts.append(name)  # who booked the interview, not who held it
                continue
            if (
                field == "company"
                and fold_label(name) == "firma"  # (an English "firm:" says what it says)
                and only_a_persons_name(str(value), vocabulary())
            ):
                field = "candidate"  # `firma: Valentina Iturbe`: a signature, in Spanish
            if field == "company" and fold_label(name) in VENUE_LABELS:
                # `location: Leongatha, Gippsland VIC`: a place as often as not, and the
                # reader's venue checks (a building, a town) do not reach front matter
                continue
            if field == "role" and names_the_notes(str(value), any_language=True):
                # `title: Interview debrief` names the notes; `title: Interview notes -
                # Dietitian (Paediatrics)` names them and then the job
                parts = [p.strip() for p in re.split(r"\s[-–—|:]\s", str(value))]
                jobs = [p for p in parts if p and not names_the_notes(p, any_language=True)]
                if len(jobs) == 1 and not _all_job_words(jobs[0]):
                    # "Interview – Mill Process Engineer, Sg. Segaliud POM": the job, then where
                    jobs = [jobs[0].split(",")[0].strip()]
                if len(jobs) != 1 or not _all_job_words(jobs[0]):
                    continue  # "Interview - PhD position, Wiśniewski Lab": the text says more
                value = jobs[0]
            elif field == "role" and fold_label(name) == "title":
                # `title: Sámediggi – seniorrådgiver, reindrift og arealbruk`: parts, of which
                # the job is the one made of a job's words; none, and the title is no job
                parts = [p.strip() for p in re.split(r"\s[-–—|]\s", str(value))]
                if len(parts) > 1:
                    jobs = [p for p in parts if p and _all_job_words(p)]
                    if len(jobs) != 1:
                        continue
                    value = jobs[0]
            if field in FRONT_MATTER_KEYS:
                name = field
        out.setdefault(name, value)
    said = out.get("contact")
    # `contact: Kari Bergum, Head of Race Service`: a person, not an address to cite (in all 21
    # such notes of the corpus, the one who held the interview)
    if (
        isinstance(said, str)
        and "interviewer" not in out
        and only_a_persons_name(said.split(",")[0], vocabulary())
    ):
        out["interviewer"] = out.pop("contact")
    return out, contacts


def _employer_titled(meta: dict[str, object]) -> str | None:
    """The employer a front matter's `title:` names after the notes' own words, when it is a
    name and no job ("面试记录 Yunling Edible Fungi"; not "Interview notes - Dietitian")."""
    from followup.understanding.reader import employer_in_title
    from followup.understanding.vocabulary import fold_label

    for key, value in meta.items():
        if fold_label(str(key)) == "title" and isinstance(value, str):
            name = employer_in_title(value)
            if name is not None and not _all_job_words(name):
                return name
    return None


def _all_job_words(value: str) -> bool:
    """ "Dietitian (Paediatrics)", "Senior Data Engineer": every word outside brackets a word
    of a job title, so a title line's part is the job and nothing else."""
    from followup.understanding.vocabulary import vocabulary

    vocab = vocabulary()
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^()]*\)", " ", value).lower())
    joiners = {"of", "and", "in", "for"}
    if words and all(w in vocab.role_words or w in joiners for w in words):
        return True
    # "Coral Nursery Technician": a few words that end on a job's word, none an organisation's
    # (no comma, "PhD position, Wiśniewski Lab", and no acronym, "Setouchi CERC postdoc":
    # a place beside the job)
    return (
        1 < len(words) <= 4
        and "," not in value
        and not re.search(r"\b[A-Z]{2,}\b", value)
        and words[-1] in vocab.role_words
        and not any(w in vocab.company_words for w in words)
    )


def _name_flag(value: str) -> tuple[str | None, str]:
    """`Dr. Ruth Mensah` -> (`Dr.`, `Ruth Mensah`): a flag's honorific, for the salutation."""
    from followup.understanding.vocabulary import vocabulary

    first, _, rest = value.strip().partition(" ")
    honorific = vocabulary().honorifics.get(first.lower().rstrip("."))
    if honorific and rest.strip():
        return honorific, rest.strip()
    return None, value.strip()


_TITLE_MAX = 60
_TITLE_AFTER = re.compile(
    r"(?P<name>[^()—–]+?)\s*(?:\((?P<b>[^()]{1,60})\)|\s[—–-]\s+(?P<d>.{1,60}))\s*"
)


def _is_job_title(text: str) -> bool:
    from followup.understanding.vocabulary import vocabulary

    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    return bool(words & (vocabulary().title_words - {"the", "of", "and"}))


def _name_and_title(value: str) -> tuple[str, str | None]:
    """`Mrs. Morven Lockhart (Partner, Residential Property)` or `Ana Ruiz — Head Chef` in a
    front-matter value: the name, and the title the salutation must not take for a name."""
    m = _TITLE_AFTER.fullmatch(value)
    if m is None:
        name, comma, title = value.partition(",")
        if comma and _is_job_title(title):
            return name.strip(), title.strip()  # "Adv. Nomsa Khumalo, Head of Legal"
        return value, None
    return m.group("name").strip(), (m.group("b") or m.group("d") or "").strip() or None


def parse_notes(
    text: str,
    overrides: dict[str, str | None] | None = None,
    settings: dict[str, str | None] | None = None,
) -> InterviewNotes:
    """Flags (`overrides`) > the user's settings > front matter > what the notes say.

    The notes are read by `followup.understanding`; every value is a span of the notes or a
    flag. `settings` holds the user's own configured values (the sender): text inside pasted
    notes never beats them.
    """
    from followup.understanding import read

    meta, body_start, first_line, not_yaml = _front_matter(text)
    titled = _employer_titled(_flattened(meta))
    meta, contacts = _front_matter_aliases(_flattened(meta))
    panel = _panel_list(meta)  # taken out of `meta`
    meta, ignored, shaped = _single_values(meta)
    flagged_to = (overrides or {}).get("interviewer")
    understood = read(text, body_start, first_line, to=flagged_to)
    understood.refused += [not_yaml] if not_yaml else []
    understood.refused += [
        f"front matter: {k!r} names a contact, not the interviewer; read from the text"
        for k in contacts
    ]
    understood.refused += [f"front matter: ignored the unknown key {k!r}" for k in ignored]
    understood.refused += [
        f"front matter: {k!r} is not one value; read from the text" for k in shaped
    ]
    facts = _facts_read(understood, text)
    understood.refused += _put_front_matter(facts, meta)
    people = [p.full.casefold() for p in (understood.addressee, *understood.others) if p]
    if understood.sender is not None:
        people.append(understood.sender.value.casefold())
    if titled and "company" not in meta and not any(titled.casefold() in p for p in people):
        facts["company"] = titled  # "title: 面试记录 Yunling Edible Fungi": the employer
    said = understood.salutation
    if (
        said is not None
        and "salutation" not in meta
        and understood.addressee is not None
        and _same_name(str(facts.get("interviewer") or ""), understood.addressee.full)
    ):
        # front matter's `panel: [Tui Ngata (Clinical Lead)]` names the person the notes read;
        # the greeting they asked for ("call me Tui") still stands
        facts["addressed_as"] = spoken_salutation(said.value)
    layers = [settings or {}, overrides or {}]
    for layer in layers:
        _put_user_values(facts, layer)
    chosen_person = understood.addressee
    if (
        flagged_to
        and chosen_person is not None
        and not (overrides or {}).get("salutation")
        and _same_name(flagged_to, chosen_person.full)
    ):
        if said is not None:
            # "--to 'Declan Murphy'" for the person the notes name, who asked "it's Declan
            # please": the greeting he asked for stands, as under a front matter's interviewer
            facts["addressed_as"] = spoken_salutation(said.value)
        elif chosen_person.name.source != "flag" and not _name_flag(flagged_to)[0]:
            # "--to 'Mary Joseph'" for the notes' "Sister Mary Joseph": greeted as the notes
            # write her ("Sister Joseph"), unless the flag gives its own honorific
            facts["addressed_as"] = chosen_person.addressed_as
    chosen = {layer["interviewer"] for layer in layers if layer.get("interviewer")}
    others = [without_nickname(p.full) for p in understood.others if p.full not in chosen]
    if panel:  # the front matter's list first; the addressee (by family name) is no other
        to = str(facts.get("interviewer") or "").split()[-1:]
        listed = [m.name for m in panel if m.name not in chosen and m.name.split()[-1:] != to]
        others = listed + [o for o in others if o not in listed]
    facts["others"] = others
    if facts.get("interviewer") and not facts.get("addressed_as"):
        facts["addressed_as"] = facts["interviewer"]
    sender = str(facts.get("candidate") or "").casefold()
    if sender and str(facts.get("company") or "").casefold() == sender:
        del facts["company"]  # a by-line read as the employer; the sender is nobody's employer
    given = any(layer.get("candidate") for layer in layers)
    addressee = _name_flag(str(facts.get("interviewer") or ""))[1].casefold()
    if sender and not given and _name_flag(sender)[1].casefold() == addressee:
        # the addressee read (or given) as the one who signs: nobody writes to themself, and a
        # draft signed with its reader's name is worse than one that asks for the sender
        del facts["candidate"]
    return _interview_notes(text, body_start, understood, facts)


def _same_name(one: str, other: str) -> bool:
    """Two forms of one person's name: the same family name (last word), "Dr." or not; or the
    given names the notes call them by, the first words of the other ("Ánne Márjá" and a front
    matter's "Ánne Márjá Somby")."""
    words = [name.replace(".", "").split() for name in (one.casefold(), other.casefold())]
    if not words[0] or not words[1]:
        return False
    short, full = sorted(words, key=len)
    return words[0][-1] == words[1][-1] or (len(short) < len(full) and full[: len(short)] == short)


def _flattened(meta: dict[str, object]) -> dict[str, object]:
    """`interview: {date: ..., panel: [...]}`: the keys of a nested mapping as if given at the
    top (the top's own keys first); a mapping with a `name` is a person, kept whole, and one
    under a known key (`decision_date: {day: 3}`) is that key's odd value, reported later."""
    from followup.understanding.vocabulary import fold_label, vocabulary

    labels = vocabulary().labels
    out = dict(meta)
    for outer, value in meta.items():
        known = str(outer) in FRONT_MATTER_KEYS or fold_label(str(outer)) in labels
        if isinstance(value, dict) and "name" not in value and not known:
            del out[outer]
            for key, inner in value.items():
                out.setdefault(str(key), inner)
    return out


def _panel_list(meta: dict[str, object]) -> list[Member] | None:
    """`interviewers:` or `panel:` given as a list of people (`front_panel`): taken out of
    `meta`, with the main contact (of a `panel:`, only one it says leads) put back as the front
    matter's interviewer unless it names one already. The list's people, or None."""
    from followup.understanding.front_panel import lead, main_contact, members
    from followup.understanding.vocabulary import fold_label, vocabulary

    labels = vocabulary().labels
    for key in list(meta):
        field = "interviewer" if key == "interviewer" else labels.get(fold_label(str(key)))
        people = members(meta[key]) if field in ("interviewer", "panel") else None
        if people is None:
            continue
        del meta[key]
        main = main_contact(people) if field == "interviewer" else lead(people)
        if main is not None and not isinstance(meta.get("interviewer"), str):
            short = main.title is not None and len(main.title) <= _TITLE_MAX
            meta["interviewer"] = f"{main.name} ({main.title})" if short else main.name
        return people
    return None


def _single_values(meta: dict[str, object]) -> tuple[dict[str, object], list[str], list[str]]:
    """The front matter's known keys with one value each, the unknown keys and the keys given
    a list or a table: those two are reported (`followup notes`) and read from the text."""
    ignored = sorted(set(meta) - set(FRONT_MATTER_KEYS))
    meta = {k: v for k, v in meta.items() if k in FRONT_MATTER_KEYS}
    shaped: list[str] = []
    for key, value in list(meta.items()):
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            meta[key] = value["name"]  # `interviewed_by: {name: ..., title: ...}` (JSON notes)
        elif (
            value is not None
            and key not in ("interview_date", "decision_date")
            and (not isinstance(value, str | int | float) or isinstance(value, bool))
        ):
            del meta[key]  # a list or a table where one value belongs: read from the text
            shaped.append(key)
    return meta, ignored, shaped


def _facts_read(understood: NotesFacts, text: str) -> dict[str, object]:
    """What the reader found, as the fields of `InterviewNotes`: the weakest layer, which
    front matter, settings and flags then write over. A name in another script that the
    notes also spell in Latin letters is written so."""
    facts: dict[str, object] = {
        "interview_date": understood.interview_date,
        "decision_date": understood.decision_date,
        "kind": understood.kind,
        "contact": understood.contact,
    }
    person = understood.addressee
    span = person.name.span if person is not None else None
    latin = latin_spelling(person.name.value, text, span.end) if person and span else None
    if person is not None and latin is not None:
        person = person.model_copy(
            update={"name": person.name.model_copy(update={"value": latin, "span": None})}
        )
    if person is not None:
        facts["interviewer"] = without_nickname(person.full)
        facts["addressed_as"] = without_nickname(person.addressed_as)
        facts["interviewer_title"] = person.title
    for key, located in (("company", understood.company), ("role", understood.role)):
        if located is not None:
            # a job named in two languages, said once in English ("Rørlegger / Pipefitter")
            value = job_title(located.value) if key == "role" else located.value
            if key == "role":
                # "crew foreman for planting + pre-commercial thinning": a note's plus, in words
                value = re.sub(r"[ \t]+\+[ \t]+", " and ", value)
            side = latin_side(value) if key == "company" else None
            if side is not None:
                # "Svetlina Foundation / Фондация „Светлина“": the side an email in English
                # writes
                value = value[side[0] : side[1]]
            # (a labelled value is the user's own choice of words and case: kept)
            facts[key] = value if located.source == "label" else _cased(value)
    sender = understood.sender
    if sender is not None:
        spelled = latin_spelling(sender.value, text, sender.span.end) if sender.span else None
        facts["candidate"] = spelled or sender.value
    if understood.salutation is not None:
        facts["addressed_as"] = spoken_salutation(understood.salutation.value)
    return facts


# words a name in title case leaves in lower case ("Head of Data", "Laguna Taxi soc. coop.")
_SMALL_WORDS = frozenset(
    "of and the for in at on to a an de del della di da du des la le les el y e et und van von "
    "soc coop".split()
)


def _cased(value: str) -> str:
    """An employer or a role read from lower-case prose or a title line ("motor city
    screenworks", "road train driver") as an email names it ("Motor City Screenworks"); a
    value with any capital is kept as written."""
    if value != value.lower():
        return value
    out = []
    for i, word in enumerate(value.split(" ")):
        lead = len(word) - len(word.lstrip("(\"“'‘[")) if word else 0
        small = i and word.strip(".,()\"“”'‘’[]") in _SMALL_WORDS
        out.append(word if small else word[:lead] + capitalise(word[lead:]))
    return " ".join(out)  # "(kit manager)" -> "(Kit Manager)"


def _with_honorific_read(value: str, read: str) -> str:
    """A front-matter name without an honorific ("Lim Boon Huat") takes the one the notes
    give the same person ("introduced himself as Mr. Lim Boon"): their first words agree."""
    honorific, _ = _name_flag(value)
    read_honorific, read_name = _name_flag(read)
    if honorific or not read_honorific or not read_name or not value.split():
        return value
    if value.split()[0].lower() != read_name.split()[0].lower():
        return value
    return f"{read_honorific} {value}"


# an e-mail address or a phone number after a front matter's person, with its brackets
# (an address is tried from the start of its run of letters only: a long run with no "@" is
# one pass, not one per letter)
_CONTACT_DETAIL = re.compile(
    r"[<(]?(?:(?<![\w.+-])[\w.+-]++@[\w-]+\.[\w.-]*\w|\+?\d[\d ()-]{6,}\d)[>)]?"
)


def _put_front_matter(facts: dict[str, object], meta: dict[str, object]) -> list[str]:
    """Front matter over what was read: dates become facts, an interviewer's title in
    brackets stays out of the greeting, and a salutation is the name part it wraps. A date
    that cannot be read ("after Eid", 2026, a list) leaves what the notes say and is reported:
    the returned lines, for `followup notes`."""
    refused = []
    for key, value in meta.items():
        if value is None:
            continue
        if key in ("interview_date", "decision_date"):
            known = facts.get("interview_date")
            year = known.year if isinstance(known, date) else None
            if isinstance(value, date):
                found: date | None = value
            elif isinstance(value, str | int | float) and not isinstance(value, bool):
                found = _parse_date(value, year)
            else:
                found = None
            if found is None:
                refused.append(
                    f"front matter: {key} {str(value)[:40]!r} is no date; read from the text"
                )
            else:
                facts[key] = found
            continue
        value = str(value)
        if key == "interviewer":
            # `contact: Helen Tan (operations manager) helen.tan@...`: the address is no name
            value = " ".join(_CONTACT_DETAIL.sub(" ", value).split()) or value
            value, title = _name_and_title(value)
            value = _with_honorific_read(value, str(facts.get("interviewer") or ""))
            facts.update(_addressee(value), interviewer_title=title)
        elif key == "salutation":
            facts["addressed_as"] = salutation_name(value)
        elif key == "role":
            facts[key] = job_title(value)  # `vaga: AFIS Officer (trainee) / Operador AFIS ...`
        elif key == "company":
            from followup.understanding.reader import before_place

            # `institution: Instytut Chemii Materiałowej PAN, Kraków`: the name, not the town
            facts[key] = before_place(value) or value
        else:
            facts[key] = value
    return refused


def _put_user_values(facts: dict[str, object], layer: dict[str, str | None]) -> None:
    """The user's settings or flags over everything else, refused when a draft could not
    carry them (a flag is the user's own words, but it still goes into an email)."""
    for key, value in layer.items():
        if not value or not value.strip():
            continue  # a blank flag says nothing: what the notes say stands
        problem = shape_problem(value, max_words=12)
        if problem:
            flag = _FLAGS.get(key, key)
            raise InputError(f"{flag}: {problem}; give it as plain text")
        if key == "interviewer":
            facts.update(_addressee(value), interviewer_title=None)
        elif key == "salutation":
            facts["addressed_as"] = salutation_name(value)
        else:
            facts[key] = value


def _addressee(value: str) -> dict[str, object]:
    """An interviewer given by name (front matter, a flag): addressed by honorific and family
    name when it has an honorific (`Dr. Mensah`), else by the name as given."""
    honorific, name = _name_flag(value)
    first = value.split()[:1]
    spanish = bool(first) and SPANISH_HONORIFIC.fullmatch(first[0]) is not None
    from followup.understanding.facts import Located, Person

    person = Person(
        name=Located(value=name, source="flag"), honorific=honorific, two_family_names=spanish
    )
    return {"interviewer": value, "addressed_as": person.addressed_as if honorific else name}


def _interview_notes(
    text: str, body_start: int, understood: NotesFacts, facts: dict[str, object]
) -> InterviewNotes:
    """The notes drafting uses: the body without front matter or the orders written into it
    (the text goes into the whole-email prompt and is what the grounding rule lets a draft
    cite), the points by kind, and the facts validated, a bad one as one line for the user."""
    kept = [p for p in understood.points if p.kind != "instruction"]
    body = text
    for point in sorted(understood.points, key=lambda p: -p.span.start):
        if point.kind == "instruction":
            body = body[: point.span.start] + body[point.span.end :]
    body = body[body_start:]
    try:
        return InterviewNotes.model_validate(
            {
                "text": body.strip(),
                "points": [p.text for p in kept],
                "learned": _learned(kept),
                "contributions": [p.text for p in kept if p.kind == "contribution"],
                "facts": understood,
                **facts,
            }
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(f"notes: {where}: {err['msg']}") from None


def _learned(points: list[Point]) -> list[str]:
    """Employer details, best first; failing those, points about nothing in particular, which
    may still be about the role ("on-call is 1 wk in 6"); never process, logistics or own past."""
    kind = "learned" if any(p.kind == "learned" for p in points) else "other"
    # (the reader lowers a point that names who was met: "oggi colloquio col Maestro ...")
    return [p.text for p in sorted((p for p in points if p.kind == kind), key=lambda p: -p.score)]


def _parse_date(value: object, facts_year: int | None) -> date | None:
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:  # `rückmeldung: bis Ende KW 13 (27.03.)`: a date as the reader finds one
        from followup.understanding.reader.dates import first_date

        year = facts_year if facts_year is not None else date.today().year
        return first_date(str(value), year)
