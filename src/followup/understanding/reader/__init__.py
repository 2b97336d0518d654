"""Read notes as people write them: front matter, e-mail headers, labels, cues, signatures.

Sources, strongest first: flags > front matter > labelled lines (and table rows) > e-mail
headers > cue patterns over prose > the signature. Every value is a span of the notes, so a
name the notes do not contain can never come out; a value whose shape is wrong (a link in a
company, a sentence in a name) is refused, not trimmed into something else.

The reading is a package, a module per kind of thing read (`state`, `dates`, `employer`,
`sender`, `headings`, `prose`, `labels`), each pass a class over the one below it, so a
pass calls only what lies beneath it; `walk._Reader` runs them over the notes and
`decide.decide` turns what they found into `NotesFacts`.
"""

from __future__ import annotations

import re
from datetime import date

from followup.understanding.dictation import undictated
from followup.understanding.facts import (
    GIVEN_NAME_HONORIFICS,
    PARTICLES,
    Located,
    NotesFacts,
    Person,
    Span,
)
from followup.understanding.people import (
    ADDRESS_SUFFIX,
    AFTER_NAME,
    FAMILY_NAME_SUFFIXES,
    FUNCTION_WORDS,
)
from followup.understanding.reader.decide import (
    _HE,
    _POSSESSIVE,
    _SHE,
    _is_occupation,
    _merge,
    decide,
)
from followup.understanding.reader.employer import before_place
from followup.understanding.reader.headings import employer_in_title, names_the_notes
from followup.understanding.reader.labels import VENUE_LABELS, only_a_persons_name
from followup.understanding.reader.state import MAX_LINE, MAX_POINT_CHARS
from followup.understanding.reader.walk import _Reader
from followup.understanding.vocabulary import vocabulary

FLAG_FIELDS = ("interviewer", "company", "role", "candidate", "salutation")


# a notes app's property line of links or tags ("links: [[Vitosha Action Unit]] [[Ironwood
# Pictures - Iron Saint]]", "tags: #jobs #interview"): an index of pages, no title, no sentence
_APP_PROPERTY = re.compile(
    r"^[ \t]*(?:links?|related|tags|aliases|see[ \t]+also)[ \t]*::?"
    # (the links apart by commas, middle dots, bars or dashes: "[[A]] · [[B]] | [[C]]")
    r"(?:[ \t,·•|/;–—-]*(?:\[\[[^\]\n]{1,120}\]\]|#[\w/-]+))+[ \t,]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# a voice transcript's time marks at the start of its lines ("[01:24] the feedstock is ...",
# "(00:12) signed Diego Ferreira"): when time, not what was said; two or more make a transcript
_TIME_MARK = re.compile(r"^[ \t]*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]", re.MULTILINE)
# a chat's author after the time ("[11:42] Me: Hi ...", "[11:43] Chị Lan: ...")
_AUTHOR_AFTER = re.compile(r"[ \t]*[^\W\d_][^\W\d_ ]*(?:[ \t][^\W\d_]+)?[ \t]*:")


def _untimed(text: str) -> str:
    """A transcript's lines without their time marks, blanked to spaces so every span stays
    where it was. One mark alone is left (a time in notes, not a transcript), and so are the
    marks of a chat, where most of the marked lines name their author ("[11:42] Me: ...")."""
    marks = list(_TIME_MARK.finditer(text))
    authored = sum(_AUTHOR_AFTER.match(text, m.end()) is not None for m in marks)
    if len(marks) < 2 or 2 * authored >= len(marks):
        return text
    return _TIME_MARK.sub(_blank, text)


_WIKI_BRACKETS = re.compile(r"\[\[|\]\]")


def read(
    text: str,
    body_start: int = 0,
    first_line: int = 1,
    *,
    today: date | None = None,
    to: str | None = None,
) -> NotesFacts:
    """Everything the notes say, each value with its span in `text` (validated); `to`, the
    user's choice of addressee, picks the person the notes name so."""
    # a notes app's links ("[[Dr. Hannah Pryce]]", "[[Vitosha Action Unit]]") are the names
    # they link: the brackets read as spaces, so every span stays where it was
    text = _APP_PROPERTY.sub(_blank, text)
    links = frozenset(m.start() for m in _WIKI_BRACKETS.finditer(text) if m.group() == "[[")
    text = _untimed(_WIKI_BRACKETS.sub(_blank, text))
    # a dictated note's "comma", "period", "new paragraph" read as the marks (same length)
    text = undictated(text, vocabulary())
    found = _Reader(text, body_start, first_line, today, links).run()
    facts = decide(found, to)
    if facts.addressee is not None and facts.addressee.name.source == "cue":
        full = _full_name(facts.addressee, text)
        if facts.sender is None or not full.same_as(Person(name=facts.sender)):
            facts.addressee = full
    if facts.addressee is not None and _stated_two_family_names(facts.addressee, text):
        facts.addressee = facts.addressee.model_copy(
            update={"two_family_names": True, "both_family_names": True}
        )
    if facts.addressee is not None and _called_by_first_family_name(facts.addressee, text):
        facts.addressee = facts.addressee.model_copy(update={"two_family_names": True})
    elif facts.addressee is not None and _called_by_last_word(facts.addressee, text):
        facts.addressee = facts.addressee.model_copy(update={"two_family_names": False})
    if facts.addressee is not None:
        facts.addressee = _sexed_by_san(facts.addressee, text)
        facts.addressee = _addressed_after_given_name(facts.addressee, text)
    if (
        facts.addressee is not None
        and not _greeted_by_last_word(facts.addressee, text)
        and (
            _shares_family_name_first(facts.addressee, [*facts.others, *facts.mentioned])
            or _stated_family_first(facts.addressee, text)
            or _called_by_first_word(facts.addressee, text)
        )
    ):
        facts.addressee = facts.addressee.model_copy(update={"family_first": True})
    if facts.addressee is not None:
        facts.addressee = _with_greeted_title(facts.addressee, text)
    facts.others = [_with_greeted_title(p, text) for p in facts.others]
    facts.check_spans(text)
    return facts


# "("Thapa Magar" is his full family name ...)", "her surname is Ní Bhriain": the notes say
# which words are the family name
_FAMILY_NAME_IS = re.compile(
    r"(?<![\w'’-])[\"“']?(?P<a>[^\W\d_][\w'’-]*+\s+[^\W\d_][\w'’-]*+)[\"”']?\s+(?:is|=)\s+"
    r"(?:his|her|their)\s+"
    r"(?:full\s+|whole\s+)?(?:family name|surname|last name)"
    r"|\b(?:family name|surname|last name)\s+(?:is|=)\s+[\"“']?(?P<b>[^\W\d_][\w'’-]*\s+"
    r"[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def _stated_two_family_names(person: Person, text: str) -> bool:
    """Whether the notes say the addressee's family name is their last two words."""
    last_two = " ".join(person.name.value.split()[-2:]).lower()
    if len(person.name.value.split()) < 3:
        return False
    return any(
        (m.group("a") or m.group("b") or "").lower() == last_two
        for m in _FAMILY_NAME_IS.finditer(text[: MAX_POINT_CHARS * 4])
    )


# "Kuroda is the family name", "Nguyen is her surname": one word said to be the family name
_ONE_FAMILY_NAME_IS = re.compile(
    # (the article left out too: "Nakagawa is family name")
    r"(?<![\w'’-])(?P<w>[^\W\d_][\w'’-]*+)[\"”']?\s+(?:is|=)\s+(?:(?:the|his|her|their)\s+)?"
    r"(?:family name|surname|last name)\b",
    re.IGNORECASE,
)


def _stated_family_first(person: Person, text: str) -> bool:
    """Whether the notes say the first word of the addressee's two-word name is the family
    name ("Japanese order = family name first. Kuroda is the family name."): "Prof. Kuroda"."""
    words = person.name.value.split()
    if len(words) != 2:
        return False
    return any(
        m.group("w").lower() == words[0].lower()
        for m in _ONE_FAMILY_NAME_IS.finditer(text[: MAX_POINT_CHARS * 4])
    )


def _sexed_by_san(person: Person, text: str) -> Person:
    """A name of two words a memo writes with the Japanese "san" apart, which says nothing of
    sex, and then only "he" or only "she" ("yamada kenji san he is chief of the section"):
    "Mr." or "Ms.", so that a letter greets "Dear Mr. Yamada," and not the whole name (a
    "Yamada-san" written as one is greeted so already)."""
    words = person.name.value.split()
    if person.honorific is not None or len(words) != 2:
        return person
    window = text[: MAX_POINT_CHARS * 4]
    called = re.compile(
        rf"(?<![\w-])(?:{re.escape(words[0])}[ \t]+{re.escape(words[1])}|{re.escape(words[0])})"
        r"[ \t]+san\b([^.!?;\n]{0,80})",
        re.IGNORECASE,
    )
    said = " ".join(m.group(1) for m in called.finditer(window))
    he, she = _HE.search(said) is not None, _SHE.search(said) is not None
    if he == she:
        return person
    return person.model_copy(update={"honorific": "Mr." if he else "Ms."})


def _addressed_after_given_name(person: Person, text: str) -> Person:
    """A name the notes also write as its given name and a Turkish word of address after it
    ("Ayşe Demirtaş", then "what Ayşe Hanım told", "teşekkür maili Ayşe Hanım'a"): the word is
    the form "Ms." or "Mr." a letter greets with ("Dear Ms. Demirtaş,", not the whole name); the
    notes write no honorific before the name itself."""
    words = person.name.value.split()
    if person.honorific is not None or person.form is not None or len(words) < 2:
        return person
    # (not a greeting the notes weigh: '"Dear Ayşe" or "Dear Ayşe Hanım"?')
    called = re.compile(
        r"(?<![\w\"“'-])(?<!dear )(?<!Dear )"
        rf"{re.escape(words[0])}[ \t]+(?P<w>{'|'.join(AFTER_NAME)})(?![^\W\d_])",
        re.IGNORECASE,
    )
    forms = {AFTER_NAME[m.group("w").lower()] for m in called.finditer(text[: MAX_POINT_CHARS * 4])}
    return person.model_copy(update={"form": forms.pop()}) if len(forms) == 1 else person


def _called_by_first_word(person: Person, text: str) -> bool:
    """Whether the notes call the addressee of a two-word name (or a Chinese name of three,
    "Lee Chee Keong" and "Mr. Lee"), with their honorific or a Japanese "-san" or "-kouchou",
    by the first word alone ("Gu Wenbo" and later "– Mr. Gu", "Kashiwagi Takeshi" and
    "Kashiwagi-san", "Onodera-kouchou"): the first word is the family name, as Chinese,
    Japanese, Korean or Hungarian write it, and the greeting takes it ("Dear Mr. Gu,"). With an
    honorific, only a family name of such a culture, or a name of two words of Japanese
    syllables in notes with kana or kanji ("Kashiwagi Takeshi"): "Eng. Khalid", "Dr. Mona",
    "Ms. Socorro" are given names as Arab, Egyptian or Brazilian notes use them, and a letter
    greets by the family name. (`read` asks this only where the notes never greet by the last
    word.)"""
    words = person.name.value.split()
    if len(words) not in (2, 3) or person.honorific is None or not words[0][:1].isupper():
        return False
    vocab = vocabulary()
    window = text[: MAX_POINT_CHARS * 4]
    suffixed = rf"{re.escape(words[0])}[- ](?:{FAMILY_NAME_SUFFIXES})\b"
    family = words[0].lower() in vocab.family_first | vocab.family_first_when_called
    if len(words) == 3 and not family:
        return False  # ("Lee Chee Keong" and "Mr. Lee": a Chinese name of three words)
    # (Japanese syllables in notes that write Japanese too: a Ugandan "Madam Rose Namubiru"
    # has them as well)
    japanese = _JAPANESE_SCRIPT.search(window) is not None and all(
        _JAPANESE_SYLLABLES.fullmatch(w) for w in words
    )
    if family or japanese:
        suffixed += "|" + _titled(person.honorific, words[0], words[1])
    called = re.compile(rf"(?<![\w-])(?:{suffixed})", re.IGNORECASE)
    return called.search(window) is not None


# a word made of Japanese syllables as romanised (Hepburn, long vowels with or without their
# macron): "Kashiwagi", "Takeshi", "Onodera"; "Karim", "Socorro", "Mansour" are not
_JAPANESE_SYLLABLES = re.compile(
    r"(?:(?:[kgsztdnhbpmrwfj]|sh|ch|ts|ky|gy|ny|hy|by|py|my|ry)?[aiueoāīūēō]|n(?![aiueoy]))+",
    re.IGNORECASE,
)
# kana or kanji in the notes
_JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _greeted_by_last_word(person: Person, text: str) -> bool:
    """Whether the notes call the addressee of a two-word name by their honorific and last
    word ("Sok is family name, but ... in email, Mr. Vannak is ok"): that is the greeting,
    whatever else they say of the family name."""
    words = person.name.value.split()
    if len(words) != 2 or person.honorific is None:
        return False
    called = rf"(?<![\w-])(?:{_titled(person.honorific, words[1], words[0])})"
    return re.search(called, text[: MAX_POINT_CHARS * 4], re.IGNORECASE) is not None


def _called_by_last_word(person: Person, text: str) -> bool:
    """Whether the notes call an addressee of three words or more, whose Spanish honorific
    says two family names, by the honorific and the last word ("Lic. Rosa Amelia Zeledón",
    later "Write to Lic. Zeledón"): one family name after two given names."""
    words = person.name.value.split()
    if len(words) < 3 or person.honorific is None or not person.two_family_names:
        return False
    called = rf"(?<![\w-])(?:{_titled(person.honorific, words[-1], '')})"
    return re.search(called, text[: MAX_POINT_CHARS * 4], re.IGNORECASE) is not None


def _called_by_first_family_name(person: Person, text: str) -> bool:
    """Whether the notes call the addressee, with their honorific, by the first of the last two
    words of their name ("Prof. Álvaro Mendoza Cantillo", later "Prof. Mendoza"): the two are
    family names, as a Spanish or Portuguese name has them, and the greeting names the first
    as the notes do ("Dear Prof. Mendoza,"), never the second alone."""
    words = person.name.value.split()
    if len(words) < 3 or person.honorific is None or person.family_first:
        return False
    first_family = words[-2]
    if not first_family[:1].isupper() or first_family.lower() in PARTICLES:
        return False
    # (not the full name again: "Engr. Rafiqul Islam" says nothing of which is the family)
    called = re.compile(
        rf"(?<![\w-])(?:{_titled(person.honorific, first_family, words[-1])})", re.IGNORECASE
    )
    return called.search(text[: MAX_POINT_CHARS * 4]) is not None


def _titled(honorific: str, word: str, not_before: str) -> str:
    """The pattern of `word` after any written form of an honorific ("Mr.", "Sr.", "Herr" for
    Mr.), unless `not_before` (if any) follows it (the full name again says nothing)."""
    spoken = {honorific.lower().rstrip(".")} | {
        k.rstrip(".") for k, v in vocabulary().honorifics.items() if v == honorific
    }
    forms = "|".join(re.escape(h) for h in sorted(spoken, key=len, reverse=True))
    unless = rf"(?![ \t]+{re.escape(not_before)})" if not_before else ""
    return rf"(?:{forms})\.?[ \t]+{re.escape(word)}(?![\w'’-]){unless}"


def _with_greeted_title(person: Person, text: str) -> Person:
    """The person with the title the notes call them by, when the notes write it right before
    their full or family name ("Coach Darnell Pierce", "Chef Ibarra"): the greeting keeps it.
    Before a given name alone ("Chef Anouk") it says nothing of the family name, so it is
    left; an honorific ("Dr.") wins over it; and after a word of a job title ("Head Chef
    Benedikt Haas") it is part of the job, not what he is called."""
    words = person.name.value.split()
    titles = vocabulary().greeted_titles
    # (over the "Mr." or "Ms." only a pronoun or a word of address after the name gave)
    if person.honorific is not None or person.form not in (None, "Mr.", "Ms.") or len(words) < 2:
        return person
    names = sorted({person.name.value, person.last}, key=len, reverse=True)
    called = re.compile(
        rf"(?<![\w-])({'|'.join(re.escape(t) for t in sorted(titles, key=len, reverse=True))})"
        rf"\.?[ \t]+(?:{'|'.join(re.escape(n) for n in names)})(?![\w'’-])",
        re.IGNORECASE,
    )
    job_words = vocabulary().title_words
    for found in called.finditer(text):
        before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, found.start() - 40) : found.start()])
        if before is None or before.group(1).lower() not in job_words:
            title = found.group(1).lower()
            # ("Padre Ignacio Zavala Tena": a Spanish name ends in two family names, and
            # "Father Tena" greets him by his mother's)
            two = person.two_family_names or (title in _SPANISH_TITLES and len(words) >= 3)
            return person.model_copy(update={"form": titles[title], "two_family_names": two})
    return person


# greeted titles written in Spanish, before a name that ends in two family names
_SPANISH_TITLES = frozenset({"padre", "hermana"})


_MEN, _WOMEN = frozenset({"Mr."}), frozenset({"Ms.", "Mrs.", "Miss"})


def _shares_family_name_first(person: Person, others: list[Person]) -> bool:
    """Whether a man and a woman of the notes share the first word of two-word names and not
    the last ("Mr. Kamachi Shigeru", "Ms. Kamachi Yui"): given names are a man's or a
    woman's, so the shared word is their family name, written first."""
    words = person.name.value.split()
    if len(words) != 2 or person.honorific not in _MEN | _WOMEN:
        return False
    other_sex = _WOMEN if person.honorific in _MEN else _MEN
    return any(
        other.honorific in other_sex
        and len(theirs := other.name.value.split()) == 2
        and theirs[0] == words[0]
        and theirs[1] != words[1]
        for other in others
    )


def _full_name(person: Person, text: str) -> Person:
    """A first name alone ("check in with Tova only") becomes the full name the notes give
    once elsewhere ("round 1 - Tova Lindgren (GM)"); two different surnames: left as it is.
    Only for a name read from prose: a labelled one is what the user wrote on purpose."""
    name = person.name
    if len(name.value.split()) != 1 or name.span is None or not name.value[:1].isupper():
        return person
    if person.honorific is not None and person.honorific not in GIVEN_NAME_HONORIFICS:
        # "Sra. Alcántara", "Mr. Hobbs": the word after an honorific is a family name; the
        # word after it elsewhere ("Alcántara Benjumea", "Hobbs Bros") is no surname to add
        return person
    vocab = vocabulary()
    found: dict[str, re.Match[str]] = {}
    pattern = re.compile(rf"\b{re.escape(name.value)}[ \t]+([A-Z][\w'’\-]+)\b")
    for m in pattern.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in FUNCTION_WORDS or low in vocab.title_words or low in vocab.company_words:
            continue
        found.setdefault(word, m)
    if len(found) != 1:
        return person
    m = next(iter(found.values()))
    line = text.count("\n", 0, m.start()) + 1
    suffix = ADDRESS_SUFFIX.search(m.group(0))
    # "Tanabe Yuka-san": the name without the suffix of address after it
    end = m.start() + suffix.start() if suffix and suffix.end() == len(m.group(0)) else m.end()
    full = Located(
        value=text[m.start() : end],
        source=name.source,
        span=Span(start=m.start(), end=end, line=line),
    )
    return person.model_copy(update={"name": full})


__all__ = [
    "FLAG_FIELDS",
    "MAX_LINE",
    "MAX_POINT_CHARS",
    "VENUE_LABELS",
    "_POSSESSIVE",
    "_Reader",
    "_is_occupation",
    "_merge",
    "before_place",
    "decide",
    "employer_in_title",
    "names_the_notes",
    "only_a_persons_name",
    "read",
]
