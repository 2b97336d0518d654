"""The facts read from notes, each with the span it came from (validated against the notes)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from followup.lint.checks.emoji_check import emoji_spans
from followup.understanding.vocabulary import vocabulary

Source = Literal["flag", "settings", "front-matter", "header", "label", "cue", "signature"]
PointKind = Literal[
    "learned", "contribution", "process", "logistics", "own-past", "instruction", "title", "other"
]

MAX_FACT_CHARS = 80
# an Obsidian link around a value ("[[Karadeniz Liman İşletmeleri]]", "[[acme-co|Acme Co]]"):
# the value is what the link shows
WIKILINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?(?P<v>[^\[\]|\n]+)\]\]")
_URL = re.compile(r"https?://|www\.|\b[\w.-]+\.(?:com|net|org|io|co|uk|de|ly)\b/", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d ()-]{6,}\d")
_FOLD = re.compile(r"[\s.]+")
_ABBREVIATION = re.compile(r"(?<![\w.])([^\W\d_]{1,4})\.")
# short words whose full stop ends no sentence, besides the honorifics ("Prof. dr. ir. Jan")
_ABBREVIATIONS = frozenset("ir pvt ltd co inc corp st jr no".split())


def _unless_abbreviation(m: re.Match[str]) -> str:
    """An honorific's or a legal form's full stop taken out: "Prof. dr. ir." is no sentence."""
    from followup.understanding.vocabulary import vocabulary

    word = m.group(1).lower()
    known = word in _ABBREVIATIONS or word in vocabulary().honorifics
    return m.group(1) if known else m.group(0)


# symbols (emoji), controls, format characters, surrogates (a byte that was not UTF-8), private use
_ODD_CATEGORIES = frozenset({"So", "Cc", "Cf", "Cs", "Co", "Cn"})
# the words that open a family name ("van der Merwe", "dela Cruz", "Ní Bhriain", "binti Rahman")
# particles that are given names as well: first in a name, the given name ("Ben Smith"); after
# one, the family name's ("Karim Ben Salah" is Mr. Ben Salah)
GIVEN_NAME_PARTICLES = frozenset({"ben"})
# given names written short, with a dot that ends no sentence: "Ma. Cristina" (Maria), "Wm. Hale",
# "Md. Rafiqul Islam" (Muhammad)
SHORT_GIVEN_NAMES = ("Ma", "Wm", "Chas", "Thos", "Jas", "Md", "Mohd", "Muhd")
SHORT_GIVEN_WORDS = frozenset(f"{n.lower()}." for n in SHORT_GIVEN_NAMES)
# honorifics, ranks and abbreviations whose dot ends no sentence ("with M. Olivier Dubreuil",
# "Capt. Henrik Aasland", "Vardhan Textiles Pvt. Ltd.")
NO_END_ABBREVIATIONS = frozenset(
    "dr mr ms mrs mx prof st jr sr sra srta m mme mlle capt supt sgt insp cllr rev fr ing lt "
    "col cdr gen co inc ltd pvt corp mevr mw dhr mdm smt inż inz det maj cmdr cmdt ltc conf adv "
    "dra arq atty engr eng lic licda licdo lcdo lcda ir drs revd sigra er dott avv sig mag agr dña "
    "soc coop znj sdn pdt arch mtro mtra sto sta incl approx esp".split()
) | {n.lower() for n in SHORT_GIVEN_NAMES}  # "Ma. Cristina", "Wm. Hale"
# the marks around a nickname written inside a name
_QUOTES = "\"'“”‘’«»"
# "St." or "Ste." opening a family name of two words ("Marcia St. Rose", "Joan St John")
SAINT = re.compile(r"Ste?\.?")
PARTICLES = frozenset(
    "van von de da del der den di la le du dos das ter ten bin binti bint ibn al el dela delos ní "
    "nic ó ben mac mhic giolla uí ua ap ab ould".split()
)

# a name that ends in a dotted abbreviation ("Karadeniz Fındık Tarım A.Ş", "S.R.L"): the dot
# after it is the name's own, kept when trailing punctuation is trimmed
DOTTED_END = re.compile(r"(?:^|\s)(?:\w{1,3}\.)+\w{1,3}$")


def shape_problem(value: str, *, max_words: int) -> str | None:
    """Why a company, role or name cannot be what it claims to be, or None.

    Notes are pasted from anywhere: a label line can carry a link, an address or a sentence.
    """
    if len(value) > MAX_FACT_CHARS:
        return f"longer than {MAX_FACT_CHARS} characters"
    if _URL.search(value):
        return "holds a link"
    if _EMAIL.search(value):
        return "holds an e-mail address"
    if _PHONE.search(value):
        return "holds a phone number"
    if any(c in value for c in "\r\n\t"):
        return "holds a line break or a tab"
    if any(c in value for c in "<>{}[]|\\"):
        return "holds markup"
    odd = next((c for c in value if unicodedata.category(c) in _ODD_CATEGORIES), None)
    if odd is not None:
        return f"holds the character U+{ord(odd):04X}"  # an emoji, a control or a broken byte
    if emoji_spans(value):
        return "holds an emoji"  # "Ananya Rao ↔ Ananya Rao": a sign the rules refuse
    if len(value.split()) > max_words:
        return f"more than {max_words} words"
    unabbreviated = _ABBREVIATION.sub(_unless_abbreviation, value.rstrip("."))
    if re.search(r"[.!?]\s+\S", unabbreviated) and len(value.split()) > 6:
        return "is a sentence"  # "Pvt. Ltd.", "Prof. dr. ir. Jan van der Linde" are not
    if value[:1].islower() and _SENTENCE_VERB.search(value):
        return "is a sentence"  # "| **Practice** | about 60% of work is procurement fraud |"
    return None


# a verb that makes a value opening in small letters a sentence, not a name
_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were)\b")


def _folded(text: str) -> str:
    # (NFKC: a full-width bracket of Japanese or Chinese text is ours, as a title reads it)
    return _FOLD.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


class Span(BaseModel):
    """Where in the notes (offsets into the text as read, 1-based line) a fact came from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)


class Located(BaseModel):
    """A value and where it came from: a span of the notes, or a flag/setting (no span)."""

    model_config = ConfigDict(extra="forbid")

    value: str = Field(min_length=1, max_length=MAX_FACT_CHARS)
    source: Source
    span: Span | None = None

    @model_validator(mode="after")
    def _span_matches_source(self) -> Self:
        if self.source in ("flag", "settings") and self.span is not None:
            raise ValueError("a flag or setting has no span")
        if self.source not in ("flag", "settings") and self.span is None:
            raise ValueError("a fact read from the notes needs its span")
        return self


def family_name_first(words: list[str]) -> bool:
    """Whether a name is written family name first: its first word in capitals ("ZHANG Wei"),
    or a family name of a family-name-first culture while its last word is not one."""
    from followup.understanding.vocabulary import vocabulary

    if len(words[0]) > 1 and words[0].isupper() and not words[-1].isupper():
        return not words[0].endswith(".")  # "R. K. Deshpande": initials, not "ZHANG Wei"
    families = vocabulary().family_first
    # (a double family name, each part one, counts too: "Horváth-Szabó Katalin"; not a
    # given name of two syllables, "Li-Na", "Yu-Jin")
    if words[0].lower() not in families and not all(
        part in families for part in words[0].lower().split("-")
    ):
        return False
    # "Lim Wei Hong", "Tan Mei Ling": a family name and a given name of two syllables, each of
    # which may be a family name too
    return words[-1].lower() not in families or (
        len(words) == 3 and all(_SYLLABLE.fullmatch(w) for w in words[1:])
    )


# the names of the Virgin and of devotions that Spanish and Portuguese given names carry after
# "de", "del", "de la", "de los" ("Flor de María", "María de los Ángeles", "José de Jesús")
_DEVOTIONAL_NAMES = frozenset(
    "maría maria jesús jesus lourdes carmen ángeles angeles luz fátima fatima guadalupe rosario "
    "dolores pilar mercedes montserrat socorro remedios consuelo".split()
)


def _compound_given_name_end(words: list[str]) -> int:
    """Where a Spanish or Portuguese compound given name ends ("Flor de María Tuesta": 3),
    when a family name follows it; else 0."""
    for i in range(1, min(len(words) - 1, 3)):
        if words[i].lower() not in ("de", "del"):
            continue
        k = i + 1
        if words[k].lower() in ("la", "los", "las") and k + 1 < len(words) - 1:
            k += 1
        if words[k].lower() in _DEVOTIONAL_NAMES and k < len(words) - 1:
            return k + 1
    return 0


# one syllable of a romanised Chinese or Korean given name ("Wei", "Hong", "Siew", "Kar")
_SYLLABLE = re.compile(r"(?i:[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|h|k|p|t|r|w)?)")


# a title that a one-word name keeps in the greeting: the church's and the court's forms
_FORMS_OF_ADDRESS = frozenset("pastor father sister judge bishop deacon".split())
# Malay and Arabic "son of" / "daughter of": the name before it is the one a greeting uses
# ("Prof. Rosnah binti Ismail" is "Prof. Rosnah", "Encik Faizal bin Hamzah" is "Encik Faizal")
# Indonesian and Thai forms of address go with the given name: "Pak Hendra Wicaksono" is
# "Dear Pak Hendra,", "Khun Siriporn Chaiyaporn" is "Dear Khun Siriporn,"; so do Ethiopian
# forms ("Ato Dawit Tesfaye" is "Dear Ato Dawit,"), and so does "Sheikh"
GIVEN_NAME_HONORIFICS = frozenset(
    {
        "Pak",
        "Bapak",
        "Ibu",
        "Khun",
        "Puan",
        "Encik",
        "Tuan",
        "Ato",
        "Sheikh",  # "Sheikh Abdalla Mussa Juma" is "Dear Sheikh Abdalla,"
        "Weizero",
        "Woizero",
        "Weizerit",
        "W/ro",
        "W/rt",
        "Bi.",  # Swahili: "Bi. Mwanaisha Juma Khamis" is "Dear Bi. Mwanaisha,"
        "Bw.",
        "Ustaz",  # "Ustaz Abdelrahman Osman" is "Dear Ustaz Abdelrahman,"
        "Ustadh",
        "Macallin",  # Somali "teacher": "Macallin Abdirahman Farah" is "Macallin Abdirahman"
        "Macallimad",
        "Lopen",  # Bhutanese: "Lopen Kinley Wangdi" is "Dear Lopen Kinley,"
    }
)
_MALAY_HONORIFICS = frozenset({"Puan", "Encik", "Tuan"})
# Burmese forms of address: a Burmese name has no family name, so the greeting keeps it whole
# ("Daw Khin Sandar", "U Aung Kyaw Moe")
WHOLE_NAME_HONORIFICS = frozenset({"Daw", "U"})
_PATRONYMIC = frozenset("bin binti bint bte".split())
# honorifics written in Spanish: the name after one ends in two family names, paternal then
# maternal ("Dra. Mariana Restrepo Gaviria" is "Dra. Restrepo Gaviria", never "Dr. Gaviria")
SPANISH_HONORIFIC = re.compile(
    r"(?:dra|sra|srta|lic|licda|licdo|lcdo|lcda|ing|arq|mtra|mtro|maestr[oa]|licenciad[oa]|ingenier[oa]|"
    r"doctora|señora|señorita|señor|don|doña|dña|dª|cónsul|rvdo|rvda)\.?",
    re.IGNORECASE,
)


class Person(BaseModel):
    """Somebody the notes name: how to write their name, their title, where they stand."""

    model_config = ConfigDict(extra="forbid")

    name: Located  # the name as the notes give it, capitalised ("Ruth Mensah")
    honorific: str | None = None  # "Dr.", "Ms.", ... when the notes give one
    title: str | None = None  # job title or description ("Head of Data", "runs the unit")
    strength: int = 0  # 3 labelled interviewer, 2 cued as interviewing, 1 mentioned
    group: int | None = None  # named together ("w/ Dev + Hana"): the first is the main contact
    # the name ends in two family names (after a Spanish honorific: "Ing. Rodrigo Zamorano Tapia")
    two_family_names: bool = False
    # the notes call them by both ("Er. Thapa Magar" beside "Er. Ram Bahadur Thapa Magar", "Ondo
    # Mba is her family name"): the greeting keeps both
    both_family_names: bool = False
    # the notes write the family name first: a man and a woman share the first word of their
    # names ("Mr. Kamachi Shigeru" and "Ms. Kamachi Yui, his daughter")
    family_first: bool = False
    # the title the notes call them by, written before the name ("Chef", "Coach", "Rabbi"),
    # or the "Mr."/"Ms." a word of address or only "he"/"she" said of them gives: without an
    # honorific, the greeting uses it with the family name ("Dear Chef Ibarra,")
    form: str | None = None

    @property
    def full(self) -> str:
        return f"{self.honorific} {self.name.value}" if self.honorific else self.name.value

    @property
    def first(self) -> str:
        return self.name.value.split()[0]

    @property
    def last(self) -> str:
        """The family name: from the first particle on (`van der Merwe`); the first word of a
        name written family name first (`Tan Wei Ming`, `ZHANG Wei`); the given name before
        bin/binti (`Faizal bin Hamzah`) unless an Arabic family name follows (`Ali bin Saleh
        Al-Qahtani`); the first of the two last words after a Spanish honorific (the father's,
        `Zamorano` of `Rodrigo Zamorano Tapia`), both where the notes call them so; else the
        last word."""
        words = self.name.value.split()
        if len(words) > 1 and (self.family_first or family_name_first(words)):
            return words[0].title() if words[0].isupper() else words[0]
        if (
            len(words) > 1
            and words[0].lower() in PARTICLES
            and words[0].lower() not in _PATRONYMIC | GIVEN_NAME_PARTICLES
        ):
            return self.name.value  # "von der Heyde" alone: no given name, all family name
        skip = _compound_given_name_end(words)
        for i, word in enumerate(words[1:-1], start=1):
            if i < skip:
                continue  # "Flor de María Tuesta": "de María" is of her given name
            if word.lower() in _PATRONYMIC:
                arabic = [w for w in words[i + 1 :] if re.match(r"(?:al|el)-", w, re.I)]
                if arabic:  # "Abdulrahman bin Saleh Al-Qahtani": the family name is Al-Qahtani
                    return " ".join(words[words.index(arabic[-1]) :])
                return " ".join(words[:i])  # "Rosnah binti Ismail": Rosnah
            if word.lower() in PARTICLES or SAINT.fullmatch(word):
                if self.two_family_names and i >= 2 and i == len(words) - 2:
                    return " ".join(words[i - 1 :])  # "Gomes da Silva", called by both
                return " ".join(words[i:])  # "van der Merwe", "St. Rose"
        if skip and len(words) - skip == 1:
            return words[-1]  # "Flor de María Tuesta": one family name after the given name
        if self.two_family_names and len(words) >= 3:
            if len(words) == 3 and words[1].lower() in vocabulary().second_given_names:
                return words[-1]  # "María José Ordóñez": two given names, one family name
            # (a Spanish name is greeted by the first, the father's: "Dear Ing. Zamorano,"; by
            # both only where the notes write both together: "Er. Thapa Magar")
            both = " ".join(words[-2:])
            if self.both_family_names or both.lower() in vocabulary().compound_family_names:
                return both
            return words[-2]
        return words[-1]

    @property
    def addressed_as(self) -> str:
        """The name a salutation uses: `Dr. Mensah`, `Sofia`, or the full name."""
        if self.honorific in WHOLE_NAME_HONORIFICS:
            return f"{self.honorific} {self.name.value}"
        if self.honorific in GIVEN_NAME_HONORIFICS:  # "Pak Hendra", "Khun Siriporn"
            words = self.name.value.split()
            vocab = vocabulary()
            before_given = vocab.given_name_skips | vocab.given_name_titles
            kept: list[str] = []
            while len(words) > 1 and words[0].lower() in before_given:
                if words[0].lower() in vocab.given_name_titles:
                    kept.append(words[0])  # "Tuan Haji Mohd Rosli" is "Tuan Haji Rosli"
                words = words[1:]  # "Ibu Ni Ketut Sari Dewi" is "Ibu Sari"
            lows = [w.lower() for w in words]
            if self.honorific in _MALAY_HONORIFICS and len(words) > 1:
                # a Malay name is the given name in full before bin/binti ("Puan Nurul Aisyah
                # binti Kamarudin" is "Puan Nurul Aisyah")
                cut = next((i for i, w in enumerate(lows) if w in _PATRONYMIC), len(words))
                return " ".join([self.honorific, *kept, *words[: max(cut, 1)]])
            return " ".join([self.honorific, *kept, words[0]])
        if self.honorific and len(self.name.value.split()) >= 1:
            return f"{_greeted_chain(self.honorific)} {self.last}"
        if self.form:
            return f"{self.form} {self.last}"
        title = (self.title or "").strip().rstrip(".")
        if len(self.name.value.split()) == 1 and title.lower() in _FORMS_OF_ADDRESS:
            return f"{title} {self.name.value}"  # "Dear Pastor Whitlock," not "Dear Whitlock,"
        return self.name.value

    def same_as(self, other: Person) -> bool:
        # (a quoted nickname inside a name is one of its words: 'Josephine "Joy" Cabrera')
        a, b = ([w.strip(_QUOTES) for w in p.name.value.lower().split()] for p in (self, other))
        if a == b or (len(a) == 1 and a[0] in b) or (len(b) == 1 and b[0] in a):
            return True
        # "D. Ignacio" (the Spanish Don and a given name) and "Ignacio Arnaiz Peña"
        for short, full in ((a, b), (b, a)):
            if len(short) == 2 and short[0] in _DON_WORDS and len(full) > 1 and short[1] == full[0]:
                return True
        # "Van der Linde" and "Jeroen van der Linde": a family name with its particles, alone
        short, full = sorted((a, b), key=len)
        if len(short) < 2 or full[-len(short) :] != short:
            return False
        # or "H. Ahmad Fauzi" and "Ahmad Fauzi": an initial or a title before the same name
        skips = vocabulary().given_name_skips
        extra = full[: -len(short)]
        return short[0] in PARTICLES or all(
            re.fullmatch(r"\w\.", w) or w in skips or w in SHORT_GIVEN_WORDS for w in extra
        )


# the Spanish Don and Doña as a name's first word ("write to D. Ignacio")
_DON_WORDS = frozenset({"d.", "dña.", "dña", "dª", "don", "doña"})


class Point(BaseModel):
    """One unit of the notes (a bullet, a line or a sentence) and what it is about."""

    model_config = ConfigDict(extra="forbid")

    text: str
    kind: PointKind
    score: int = 0
    span: Span


class NotesFacts(BaseModel):
    """Everything understood from one set of notes."""

    model_config = ConfigDict(extra="forbid")

    addressee: Person | None = None
    others: list[Person] = Field(default_factory=list)  # other interviewers (a panel)
    candidates: list[Person] = Field(default_factory=list)  # when the addressee is unclear
    mentioned: list[Person] = Field(default_factory=list)  # never the addressee
    salutation: Located | None = None  # overrides the addressee's `addressed_as`
    company: Located | None = None
    # read only from a weak cue in prose ("at Derby depot", "at Maersk"): the employer in 3 of
    # 8 such development notes, so shown by `followup notes` and not drafted
    company_guess: Located | None = None
    role: Located | None = None
    sender: Located | None = None
    interview_date: date | None = None
    decision_date: date | None = None
    kind: str | None = None
    contact: str | None = None
    points: list[Point] = Field(default_factory=list)
    refused: list[str] = Field(default_factory=list)  # labelled values that failed their shape
    # organisations of the candidate's own past ("my 3 years at Harland & Co"), lower case:
    # never the employer, and never named in a sentence written to the interviewer
    elsewhere: list[str] = Field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return self.addressee is None and len(self.candidates) > 1

    def check_spans(self, text: str) -> None:
        """Every value read from the notes is the text at its span (case and dots aside)."""
        located: list[Located] = [
            v
            for v in (self.company, self.company_guess, self.role, self.sender, self.salutation)
            if v is not None
        ]
        people = [self.addressee, *self.others, *self.candidates, *self.mentioned]
        located += [p.name for p in people if p is not None]
        for item in located:
            if item.span is None:
                continue
            found = text[item.span.start : item.span.end]
            # "ı" (dotless i) capitalises to "I" but folds to itself: compare the capitals too
            if _folded(found) != _folded(item.value) and _folded(found.upper()) != _folded(
                item.value.upper()
            ):
                raise ValueError(f"{item.value!r} is not the notes' text {found!r}")


# the titles a doctorate or a chair outranks in a greeting
_OUTRANKED = frozenset(
    {
        "Mr.",
        "Ms.",
        "Mrs.",
        "Miss",
        "Eng.",
        "Engr.",
        "Ing.",
        "Arq.",
        "Lic.",
        "Licda.",
        "Atty.",
        "Adv.",
        "Dr.",
        # Indonesian respect words before an academic title: "Ibu Dr. Rini Kusumawati" is
        # "Dr. Kusumawati"
        "Ibu",
        "Bu",
        "Bapak",
        "Pak",
    }
)


def _greeted_chain(honorific: str) -> str:
    """A chain of titles as a greeting says it: "Prof. Dr." is "Prof.", "Engr. Dr." is "Dr."
    (the corpus's writers greet so); any other chain ("Rev. Fr.") as written."""
    parts = honorific.split()
    for top in ("Prof.", "Dr."):
        if top in parts and all(p == top or p in _OUTRANKED for p in parts):
            return top
    return honorific


def salutation_name(value: str) -> str:
    """`Dear Dr. Mensah,` or `Dr. Mensah`: the name part a salutation template wraps."""
    value = re.sub(r"^\s*(?:dear|hello|hi)\s+", "", value.strip(), flags=re.IGNORECASE)
    return value.rstrip(" ,:")


def spoken_salutation(value: str) -> str:
    """A greeting the notes give (`Salutation: "Dear Mr. Al-Masri".`, a quoted
    `"Estimada Dra. Restrepo"`, a name they ask to be called): without quotes or a greeting
    word of any language, its honorific in the form the English email writes ("Dr. Restrepo",
    "Mr. Zürcher")."""
    vocab = vocabulary()
    value = value.strip().strip('"“”*.').strip()
    value = vocab.greeting_re.sub("", value, count=1) if vocab.greeting_re.match(value) else value
    name = salutation_name(value.strip())
    first, _, rest = name.partition(" ")
    spoken = vocab.honorifics.get(first.lower().rstrip("."))
    if spoken and rest and spoken not in GIVEN_NAME_HONORIFICS:
        return f"{spoken} {rest}"
    return name
