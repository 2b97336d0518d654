"""From what the passes found to `NotesFacts`: the addressee (never a guess between equals),
the others, the employer, the role, the dates, the points."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from followup.understanding.acronyms import ACRONYM_JOINERS, abbreviates
from followup.understanding.facts import (
    PARTICLES,
    SHORT_GIVEN_WORDS,
    Located,
    NotesFacts,
    Person,
    Point,
    Span,
    family_name_first,
)
from followup.understanding.people import (
    FUNCTION_WORDS,
    PATRONYMIC_END,
    WORDS_AFTER_NAME,
    capitalise,
    name_at,
)
from followup.understanding.points import BULLET
from followup.understanding.reader.headings import _WHEN_WORDS
from followup.understanding.reader.job_at_employer import job_before_employer
from followup.understanding.reader.prose import (
    _LEAD_TITLE,
    _NOT_ADDRESSEE_TITLE,
    asks_for_the_mail,
    decides,
    denies_deciding,
)
from followup.understanding.reader.relative_dates import resolve
from followup.understanding.reader.sender import _MEMO_CLOSE
from followup.understanding.reader.state import (
    _ABBREV_DOT,
    CHAT_LINE,
    UPPER,
    _Found,
    _lines_before,
    _located,
    _seg_on,
    organisation_of_field,
)
from followup.understanding.short_names import short_form_of
from followup.understanding.vocabulary import vocabulary

# the time of the interview, where a name read in lower-case notes runs on into it
# ("it's thursday", "Wed 4 Mar"; not "The Sunday Times" or "Sun Life")
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|(?:wednes|satur)day"
_WHEN = re.compile(
    rf"\b(?:it'?s|it is)\s+(?:{_DAY}|the\s+\d|\d)|\b(?:{_DAY})\b[\s,.]+(?:\d|the\s+\w+th\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)",
    re.IGNORECASE,
)
_BRAND_HONORIFICS = frozenset("m sir miss pan pani madam madame".split())
# "ops manager for the group": what comes before "for/at/with" says whose title it is
_ROLE_FOR = re.compile(r"\s+(?:for|at|with)\s+", re.IGNORECASE)
_LEGAL_FORM = re.compile(
    # ("Kiambugi Tea Factory Company Ltd": "Company" before the form is part of it)
    r"(?:company\s+|co\.,?\s+)?"
    r"(?:inc|ltd|llc|llp|plc|gmbh|corp|co|pty|pvt\.? ltd|s\.r\.l|s\.p\.a|s\.a(?:\. de c\.v)?|"
    r"sp\. z o\.o|b\.v|n\.v|k\.k|ltda|s\.l|a\.ş|sdn\.? bhd|pte\.? ltd|limited|"
    # the same without dots, and the forms of other countries ("Mutualia Benelux SA")
    r"sa|srl|spa|bv|nv|ag|as|asa|ab|oy|oyj|oü|jsc|sas|sarl|kft|s\.r\.o|sro|w\.l\.l|wll)\.?",
    re.IGNORECASE,
)
_TIME_ZONE = re.compile(
    r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[\w/+-]+"
)
_POSSESSIVE = re.compile(r"(?:their|our|my|his|her|your)\s", re.IGNORECASE)
_POSSESSIVE_INSIDE = re.compile(r"\s(?:their|our|my|his|her|your)\s", re.IGNORECASE)
# a date or a reference, not a name: "Ngày 7/4/2026", "Mo 23.02.26 13", "Dydd Mercher 13 Mai
# 2026" (a year and a day), "HR/2291", "Posting #WW-2026-04" (a store's "#114" stays; so
# does a radio station's frequency, "Asante FM 101.5", "Sky 98.7 FM")
_DATE_OR_REFERENCE = re.compile(
    r"(?<![\d.])(?<!\bFM )(?<!\bAM )\d{1,4}[./]\d{1,2}(?:[./]\d{2,4})?\b(?! ?(?:FM|AM)\b)"
    r"|#[A-Za-z]|/\d{3,}|\b\d{1,2}\b.*\b(?:19|20)\d\d\b"
)
# the notes' own words, not an employer: "Texts with Bukola", "Recording 47", "I write English"
_NOTES_WORDS = re.compile(
    r"(?:i|we|you|he|she|they|it|me|texts?|chat|messages?|conversation|recording|transcript|"
    # "Voice Memos — transcription", "(copied from Slack — DM with Radu, ...)"
    r"voice\s+(?:notes?|memos?)|memos?|notes?|dms?|direct\s+messages?)\b",
    re.IGNORECASE,
)
# a mall the job is in, not who employs: "Counter Manager at Chao Phraya Plaza"
_SHOPPING_PLACE = re.compile(r"\s(?:plaza|mall|arcade|shopping\s+cent(?:re|er))$", re.IGNORECASE)
# a part of a site with its letter or number ("Building B", "Block 4", "Gate 2A"): where the
# interview was, never the employer
_PART_OF_SITE = re.compile(
    r"(?:building|block|floor|room|hall|gate|wing|level|tower|unit|suite|bay|dock|hangar|"
    r"pier|berth|platform|entrance)\s+[A-Z0-9]{1,3}",
    re.IGNORECASE,
)
# a street or a public building, where an interview is held, never whom it is with: "Jalan
# Sultan Idris Shah", "Flinders Ln", "Civic Centre", "Hôtel de Ville", "Neuadd y Sir", "Molo
# Rinascita" (a pier), "Planta Hermosillo" (a plant)
_VENUE = re.compile(
    r"(?:jalan|jln|rue|calle|molo|planta|neuadd)\s.+"
    r"|.+\s(?:ln|rd|ave|blvd)\.?"
    r"|(?:the\s+)?(?:civic\s+cent(?:re|er)|town\s+hall|city\s+hall|county\s+hall|"
    r"h[ôo]tel\s+de\s+ville|rathaus|ayuntamiento|neuadd\s+y\s+sir)",
    re.IGNORECASE,
)
# a unit of an organisation, never its name: "Edmonton Control Centre", "the Admin Centre", a
# honey firm's "Collection Centre" ("Bajío Cloud Data Centers", a firm, is plural; a
# "Communications Centre" may be either, and is left)
_UNIT_CENTRE = re.compile(
    r"(?:.*\s)?(?:control|admin|administration|call|contact|collection|"
    r"operations|ops|data|distribution|dispatch|command|processing|fulfil?ment|sorting|service|"
    r"coordination|co-ordination|emergency|shopping|mail|customer)"
    r"\s+cent(?:re|er)",
    re.IGNORECASE,
)
# a place of the employer after its name in a `Location:` value: "Acme site office", "Acme HQ";
# a branch number ("Pinecrest Outfitters #114") or the name in another script in brackets
# ("Kanto Smart Logistics K.K. (関東スマートロジスティクス株式会社)")
_PLACE_OF = re.compile(
    r"\s+(?:site office|head office|main office|offices|hq|headquarters|depot|campus)$"
    r"|\s+(?-i:office)$"
    r"|\s+(?:#|no\.\s*)\d+$|\s*\([^()a-zA-Z]*[^\x00-\u024f][^()a-zA-Z]*\)$"
    r"|\s+(?-i:HR)$",  # a chat's "Ms. Wu from Hsinchu Precision Photomask Corp. HR"
    re.IGNORECASE,
)


def _merge(people: list[tuple[Person, int]]) -> list[tuple[Person, int]]:
    """One entry per person: the strongest mention, the fullest name, any honorific or title."""
    merged: list[tuple[Person, int]] = []
    for person, order in people:
        for i, (known, first) in enumerate(merged):
            tail = _family_tail(known, person)
            if known.same_as(person) or tail:
                best = known if len(known.name.value) >= len(person.name.value) else person
                merged[i] = (
                    best.model_copy(
                        update={
                            "honorific": known.honorific or person.honorific,
                            "title": known.title or person.title,
                            "strength": max(known.strength, person.strength),
                            "two_family_names": known.two_family_names
                            or person.two_family_names
                            or tail,
                            "both_family_names": known.both_family_names
                            or person.both_family_names
                            or tail,
                        }
                    ),
                    min(first, order),
                )
                break
        else:
            merged.append((person, order))
    return merged


# A company found only by a cue in prose ("at X" without a company word: rank 1) of one or
# two words and no organisation word ("at Derby depot", "at Maersk") was the employer in 3 of
# 8 development notes (docs/notes-understanding.md, session 8). A wrong employer makes a
# draft unsendable, a missing one costs a few words, so such a name is only shown.
_WEAK_COMPANY_RANK = 1


def _family_tail(a: Person, b: Person) -> bool:
    """ "Er. Thapa Magar" beside "Er. Ram Bahadur Thapa Magar": an honorific and two words
    that end a longer name are that person, called by both family names."""
    x, y = a.name.value.lower().split(), b.name.value.lower().split()
    short = a
    if len(x) > len(y):
        x, y, short = y, x, b
    # (the longer may come without one: "Ms. Many Horses" beside "Winona Many Horses")
    # (with the particles between them: "Sra. Gomes da Silva" beside "Domingas Gomes da Silva")
    return (
        short.honorific is not None
        and len([w for w in x if w not in PARTICLES]) == 2
        and x[0] not in PARTICLES
        and len(y) > len(x)
        and y[-len(x) :] == x
        # ("Engr. Rafiq Alam" beside "Engr. Md. Rafiq Alam": a short given name before, one
        # family name)
        and not all(w in SHORT_GIVEN_WORDS for w in y[: -len(x)])
    )


def _short_for(target: Person, pool: list[tuple[Person, int]]) -> list[Person]:
    """ "Thank-you email to Fen" where the notes name "Fenella Rankin": a one-word name that
    begins exactly one interviewer's first name (three letters at least) is that person, or
    stands inside it ("Bec", "Rebecca"; "Liz", "Elizabeth"), never at its end ("Dan" is no
    "Jordan")."""
    words = target.name.value.split()
    if len(words) != 1 or len(words[0]) < 3:
        return []
    short = words[0].lower()
    found = [
        p
        for p, _ in pool
        if len(p.name.value.split()) >= 2 and _shortens(short, p.name.value.split()[0].lower())
    ]
    return found if len(found) == 1 else []


def _first_words_of(target: Person, pool: list[tuple[Person, int]]) -> list[Person]:
    """ "Letter to Alena Viktorovna" where the notes name "Alena Viktorovna Karpovich": a name
    of two words or more that opens exactly one longer name (a given name and patronymic, the
    way Russian and Belarusian notes address someone) is that person, greeted as written."""
    words = [w.lower() for w in target.name.value.split()]
    if len(words) < 2:
        return []
    found = [
        p
        for p, _ in pool
        if len(names := p.name.value.lower().split()) > len(words) and names[: len(words)] == words
    ]
    return found if len(found) == 1 else []


def _known_as(target: Person, pool: list[tuple[Person, int]], found: _Found) -> list[Person]:
    """ "Send thanks to Gunna" where the notes say "Guðrún Hallsdóttir, the branch manager ...
    just call me Gunna", or "Encarnación Moreno (Encarni)": the one person the notes give that
    name to (the last one named before it on its line), so she is not also listed as someone
    else who was there."""
    words = target.name.value.split()
    if len(words) != 1 or target.honorific is not None:
        return []
    low = words[0].lower()
    full = [p for p, _ in pool if len(p.name.value.split()) >= 2]
    out = [p for p in full if (p.title or "").lower() == low]
    for said in [*found.called, *found.nicknames]:
        if said.span is None or said.value.lower() != low:
            continue
        seg = _seg_on(found, said.span.line)
        if seg is None:
            continue
        text = _lines_before(found, seg) + seg.text[: said.span.start - seg.start]
        # (named by the given name alone counts: "panel: Ms. Cristina Lacson-Gatuslao (COO),
        # Sir Rommel Jison ... / Ms. Cristina said ... "just Tina"" is what Cristina said)
        at = {p.name.value: _last_named(text, p) for p in full}
        last = max(at.values(), default=-1)
        named = [p for p in full if at[p.name.value] == last]
        # ("... Mr. Tsering Wangchuk ... And Stanzin Angmo ... "just Stanzin"": the given name
        # of someone named in full before it on the line, not read as a person)
        whole = any(
            m.group(1)[:1].isupper()
            for m in re.finditer(rf"(?<!\w){re.escape(said.value)}\s+(\w+)", text)
        )
        if last >= 0 and len(named) == 1 and not whole:
            out.append(named[0])
    kept = {p.name.value: p for p in out}
    if len(kept) != 1:
        return []
    person = next(iter(kept.values()))
    if (person.title or "").lower() == low:
        person = person.model_copy(update={"title": None})  # "(Encarni)" is no job title
    return [person]


# words in quotes, closed on the line or still open at its end (what someone said)
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»\n]*+(?:[\"”»]|$)")


_PATRONYMIC = re.compile(rf"[^\W\d_]+{PATRONYMIC_END}", re.IGNORECASE)


def _by_patronymic(target: Person, pool: list[tuple[Person, int]]) -> list[Person]:
    """ "Write thank-you to Nataliia Viktorivna" where the panel lists "Nataliia Hrytsenko":
    the one person of that given name, greeted by name and patronymic as the notes say."""
    words = target.name.value.split()
    if len(words) != 2 or target.honorific or not _PATRONYMIC.fullmatch(words[1]):
        return []
    named = {
        p.name.value: p
        for p, _ in pool
        if p.name.value.split()[0].lower() == words[0].lower() and len(p.name.value.split()) > 1
    }
    return list(named.values()) if len(named) == 1 else []


def _last_named(text: str, person: Person) -> int:
    """Where `text` last names `person`, in full or by the given name as a word outside
    quoted words ("Kari said "... Ola is travelling" and "just Kari"": Kari's words name Ola);
    -1 if not."""
    low = text.lower()
    full = low.rfind(person.name.value.lower())
    unquoted = _QUOTED.sub(lambda m: " " * len(m[0]), low)
    given = person.name.value.split()[0].lower()
    alone = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(given)}(?!\w)", unquoted)]
    return max(full, alone[-1] if alone else -1)


def _shortens(short: str, first: str) -> bool:
    if first.startswith(short):
        return True
    if len(first) >= len(short) + 2 and short in first and not first.endswith(short):
        return True
    # a known short form ("Peg" for Margaret, "Kasia" for Katarzyna): loaded only where the
    # notes write to a one-word name no one's given name begins with
    return short_form_of(short, first)


def _names_person(value: str, person: Person) -> bool:
    """A company value that is a person's name ("Mx. Ola Ade" read both ways), not one that
    merely contains a one-word name read elsewhere ("Hobbs Bros Boatbuilders" and "Hobbs")."""
    words = value.lower().split()
    name = person.name.value.lower().split()
    return words == name or (len(words) == 1 and words[0] in name)


def _address_words(found: _Found) -> set[str]:
    """The letters' runs of every e-mail address's local part in the notes, accents folded
    ("marisol.trevino915@gmail.com": marisol, trevino): whose address it is."""
    words: set[str] = set()
    for seg in found.lines:
        for local in _LOCAL_PART.findall(seg.text):
            words |= set(re.findall(r"[a-z]+", _ascii(local)))
    return words


def _an_address_names(value: str, words: set[str]) -> bool:
    """A name of two or three words that an address of the notes spells ("Interview: Warehouse
    Lead (2nd shift) – Marisol Treviño" beside a guest marisol.trevino915@...): a person."""
    parts = _ascii(value).split()
    return (
        2 <= len(parts) <= 3
        and not any(w in vocabulary().company_words for w in parts)
        and all(re.fullmatch(r"[a-z]+", w) and w in words for w in parts)
    )


def _ascii(text: str) -> str:
    """Lower case without accents: how an address writes a name."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


_LOCAL_PART = re.compile(r"([\w.+-]{2,64})@[\w-]+\.")


def _someone_named(value: str, found: _Found) -> bool:
    """A company value that names someone the notes know as a person in another way: a sender
    the reader weighed but did not choose ("Subject: Interview — HSE Engineer — Joseph
    Mwangi"), a person mentioned, or the first name the notes greet ("Siân Pritchard,
    Production Manager" beside "Dear Siân"). A name of two or three words with no company word
    only (two for a greeted first name), so "Pennock Hale Solicitors" stays though "Pennock" is
    greeted."""
    words = value.lower().split()
    if not 2 <= len(words) <= 3 or any(w in vocabulary().company_words for w in words):
        return False
    known = [located.value for _, located in found.senders if located.source != "cue"]
    known += [p.name.value for p in found.mentioned]
    if any(value.lower() == name.lower() for name in known):
        return True
    greeted = {
        p.name.value.lower() for p in found.addressee_named if len(p.name.value.split()) == 1
    }
    return len(words) == 2 and words[0] in greeted


def _with_legal_form(best: Located, others: list[Located]) -> Located:
    """The employer as the notes write it in full elsewhere: "Maglificio Val Seriana" on the
    title line, "Maglificio Val Seriana S.r.l." in the prose ("Fergana Silk Road" in a subject,
    "Fergana Silk Road Textiles LLC" in the text: a word or two of the name may come first)."""
    for other in others:
        rest = other.value[len(best.value) :]
        words = _NAME_WORDS_BEFORE_FORM.fullmatch(rest.strip())
        if (
            other.value.startswith(best.value)
            and rest[:1] == " "
            and words is not None
            and _LEGAL_FORM.fullmatch(words.group(2))
        ):
            return other
    return best


# at most two capitalised words of a name before its legal form ("Textiles LLC")
_NAME_WORDS_BEFORE_FORM = re.compile(r"((?:[A-Z][\w&'’-]*[ \t]+){0,2})(.+)")


def _without_place(company: Located) -> Located:
    """ "Whitlock Homes site office" (a `Location:` line) -> "Whitlock Homes", span and all."""
    cut = _PLACE_OF.search(company.value)
    if cut is None or cut.start() == 0:
        return company
    span = company.span
    if span is not None:
        span = span.model_copy(update={"end": span.start + cut.start()})
    return company.model_copy(update={"value": company.value[: cut.start()], "span": span})


def _undated(company: Located) -> Located | None:
    """A name read on into the time of the interview ("brasa norte it's thursday the ninth",
    "Wed 4 Mar 2026 10"): cut where the date begins; None when nothing is left before it."""
    m = _WHEN.search(company.value)
    if m is None:
        return company
    head = company.value[: m.start()].rstrip(" ,-–—")
    if not head:
        return None
    span = company.span
    if span is not None:
        span = span.model_copy(update={"end": span.start + len(head)})
    return company.model_copy(update={"value": head, "span": span})


# a grade or level after a job title: "Grade II", "II", "Level 3", "(Sr)"
_GRADE_AT_END = re.compile(
    r"(?:\s+(?:grade|level|band|step|gr\.?)\s*[\dIVX]+|\s+[IVX]{1,4}|\s*\((?:sr|jr|senior|junior)\))\s*$",
    re.IGNORECASE,
)
# the word after an occupation that names its field in the languages that put the job first
_OCCUPATION_OF = frozenset("de del di des du da do em en för for i w".split())


# the kinds of house that are a business ("Guest House", "Opera House"), not a building
_HOUSES = frozenset("guest coffee opera publishing fashion auction boarding surf tea".split())


def _is_meeting_place(value: str) -> bool:
    """An online meeting's place ("Zoom", "MS Teams", "SMS mit Lena"): never the employer; a
    name with the word inside it ("Kansai Signal Systems Co., Ltd.") is a company."""
    hit = vocabulary().meeting_re.search(value)
    if hit is None:
        return False
    before = re.findall(r"[^\W\d_]+", value[: hit.start()])
    after = re.findall(r"[^\W\d_]+", value[hit.end() :])
    return not before or not after or len(before) + len(after) <= 1


def _is_occupation(value: str) -> bool:
    """ "Site Manager", "Clinical Pharmacist Gr.2", "ops manager for the group": a role read
    where a company could stand (a title line's other side, a person's title), never the
    employer."""
    vocab = vocabulary()
    before_for = _ROLE_FOR.split(value)[0]
    head = before_for.split()
    if len(head) >= 2 and head[-1].lower() in vocab.organisation_heads:
        return False  # "Fyrisvall Institute for Freshwater Research": what the institute does
    first = value.lower().split()
    if organisation_of_field(first, vocab):
        return False
    if (
        len(first) > 2
        and first[1] in _OCCUPATION_OF
        and first[0] in vocab.role_words
        and first[0] not in vocab.company_words
    ):
        return True  # "Técnico de Laboratorio", "Diseñador de Exposiciones": the job first
    for part in (value, before_for):
        part = _GRADE_AT_END.sub("", part)  # "Health Inspector Grade II", "Planner II"
        words = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", part)]  # "Gr.2" is a grade
        if words and words[-1] in vocab.role_words and words[-1] not in vocab.company_words:
            if words[-1] == "house" and len(words) > 1 and words[-2] in _HOUSES:
                continue  # "Agios Nikolaos Guest House" is a business; "Front of House" a job
            return True
    return False


def _is_titled_person(value: str) -> bool:
    """ "Sister Bernadette Keaveney", "Chef Luca Moretti": a person's form of address first,
    so a person, whatever cue read the name as a company."""
    words = value.split()
    first = words[0].lower().rstrip(".") if len(words) > 1 else ""
    if first in _BRAND_HONORIFICS:
        return False  # "Sir Robert McAlpine", "Miss Selfridge", "Pan Pacific": companies too
    vocab = vocabulary()
    if first in vocab.address_titles and words[-1].lower() in vocab.company_words:
        return False  # "Don Valley Learning Trust": a place's "Don", then an organisation
    dotted = words[0].endswith(".") and first in vocab.title_words  # "Lic. Mariana Ortega"
    return first in vocab.honorifics or first in vocab.address_titles or dotted


# words that with a weekday or month say when: "vendredi dernier", "last Friday", "ayer"
_RELATIVE_WHEN = frozenset(
    "last next this past dernier dernière prochain prochaine passé passée pasado pasada "
    "próximo próxima proximo proxima ayer hier ontem gestern letzten letzte nächsten "
    "vorige volgende afgelopen scorso scorsa prossimo prossima".split()
)


# the words of a qualification's or a pay scale's level ("Level 3", "NVQ 2", "Band 5")
_LEVEL_WORDS = frozenset("level grade year stage nvq btec band tier step".split())


def _plausible_role(role: Located, titles: set[str], names: set[str]) -> bool:
    """A role read from a cue that ends on a joining word ("Design Manager for the North region
    and"), on a place ("Works Department", "St Oswald's site"), that is the title of a person
    the notes name ("Renata Gallo-Price — Claims Team Manager"), or that is a person's name and
    ends on no word of a job ("Sven Bakker — sollicitatie notities"; a "Court Interpreter" read
    as a name as well stays a role) is not the job applied for. A labelled role is the notes'
    own word."""
    if role.source == "label":
        return True
    words = re.findall(r"[^\W\d_]+", role.value.lower())
    if not words or words[-1] in vocabulary().not_role_ends:
        return False
    if role.value.lower() in names and words[-1] not in vocabulary().role_words:
        return False
    if all(_WHEN_WORDS.fullmatch(w) or w in _RELATIVE_WHEN for w in words):
        return False  # "entretien vendredi dernier": when the interview was, no job
    if all(w in _LEVEL_WORDS for w in words):
        return False  # "the Level 3 apprenticeship standard": a level of a qualification
    if (
        len(words) == 1
        and role.value.isalpha()
        and role.value.islower()
        and not _JOB_WORD.search(words[0])
        and words[0] not in vocabulary().role_words
    ):
        return False  # "asked about the piano job in Remuera": a job done, not one applied for
    return role.value.lower() not in titles


def _words_before_names(found: _Found, people: list[Person]) -> set[str]:
    """The title word written right before a person's name ("Coach" of "Coach Dragan
    Petrović", "Chef" of "Chef Luca Moretti"), in lower case."""
    titles = vocabulary().role_words | vocabulary().address_titles
    out: set[str] = set()
    for p in people:
        span = p.name.span
        seg = _seg_on(found, span.line) if span is not None else None
        if span is None or seg is None:
            continue
        before = re.search(r"([^\W\d_]+)\.?[ \t]+$", seg.text[: span.start - seg.start])
        if before and before.group(1).lower() in titles:
            out.add(before.group(1).lower())
    return out


# a lone lower-case word that can be a job: an occupation's ending or a word of the vocabulary
_JOB_WORD = re.compile(r"(?:er|or|ist|ian|ant|ent|man|person|hand|eur|ess|e)$")


def decide(found: _Found, to: str | None = None) -> NotesFacts:
    """Who the email is for, and who else was there: never a guess between equals (`to`, the
    user's `--to`, says who when it names one of the people the notes name)."""
    facts = NotesFacts(refused=found.refused)
    sender = max(found.senders, key=lambda s: s[0])[1] if found.senders else None
    if sender is not None and len(sender.value.split()) == 1:
        sender = _in_full(sender, found) or sender
    facts.sender = sender
    people = _merge(found.people)
    mentioned = [p for p, _ in _merge([(m, 0) for m in found.mentioned])]
    pool = [
        (p, o)
        for p, o in people
        if not _is_other(p, sender, mentioned)
        and not _is_organisation(p)
        and not _opens_an_organisation(p)
        and not _is_job_title(p)
    ]
    pool = [(_by_pronoun(found, p, [q for q, _ in pool]), o) for p, o in pool]
    east_asian = any(_EAST_ASIAN_SCRIPT.search(seg.text) for seg in found.lines)
    pool = [
        (_formed_by_pronoun(found, p, [q for q, _ in pool], east_asian=east_asian), o)
        for p, o in pool
    ]
    relative = _deciding_relative(found, pool)
    if relative is not None:
        pool.append((relative, len(found.people)))
        mentioned = [p for p in mentioned if not p.same_as(relative)]
    # "for the email to pericias andes" and later "the client, not from pericias andes": a
    # name no one of the notes bears that people are said to be from is the employer's, no
    # one to write to
    firms = [p for p in found.addressee_named if _an_organisation_named(found, p, pool)]
    found.companies += [(2, len(found.companies), p.name) for p in firms]
    found.addressee_named = [p for p in found.addressee_named if p not in firms]
    greeting = _choose_addressee(facts, found, pool)
    chosen = _the_one_flagged(to, pool, found) if to else None
    if chosen is not None:
        # the user chose who ("--to Gwenllian Pugh", or a number when asked): the notes'
        # person, so what they say of her ("it's gwen, so dear gwen") still applies; the
        # others are the reading's own, as with any flag
        facts.addressee = chosen
        facts.others = [p for p in facts.others if not p.same_as(chosen)]
        greeting = None
    _set_mentioned(facts, people, pool, mentioned, sender)
    _choose_company(facts, found, people)
    # (a one-word "name" opening the notes, "Check-in — Postdoctoral Research Associate", is
    # a heading word more often than a person whose title that is; "Met Sato-san, ops
    # manager" is a person)
    # ("# Shri Shatrunjay Yatrik Seva Trust — Dharamshala Manager": an organisation read as a
    # person with a title is the employer and the job)
    titles = {
        p.title.lower()
        for p, _ in people
        if p.title
        and (len(p.name.value.split()) > 1 or (p.name.span and p.name.span.line > 1))
        and not _is_organisation(p)
    }
    # "Coach Dragan Petrović — head coach" ... "breakdown by 10h for Coach": the word a person
    # is addressed by, before their name, is no job applied for
    titles |= _words_before_names(found, [p for p, _ in people])
    # "Sven Bakker — sollicitatie notities": a name of two words or more heading the notes is
    # the writer's or a person's, never the job
    names = {p.name.value.lower() for p, _ in people if len(p.name.value.split()) > 1}
    # "Esther (HR) – 5 min, contract stuff" among the title lines: someone mentioned
    names |= {p.name.value.lower() for p in mentioned}
    if sender is not None:
        names.add(sender.value.lower())
    roles = [r for r in found.roles if _plausible_role(r[2], titles, names)]
    roles = roles or _organisation_jobs(found, [p for p, _ in people])
    if not roles and facts.company is not None:
        job = job_before_employer(found, facts.company.value, titles, names)
        roles = [(0, 0, job)] if job is not None else []
    if roles:
        facts.role = _without_employer(sorted(roles, key=lambda r: (-r[0], r[1]))[0][2], facts)
    dates = _dates(found)
    facts.interview_date = dates.get("interview_date")
    facts.decision_date = dates.get("decision_date")
    if "kind" in found.labelled:
        facts.kind = found.labelled["kind"].value.strip().lower()
    if "contact" in found.labelled:
        facts.contact = found.labelled["contact"].value
    facts.salutation = (
        found.labelled.get("salutation")
        or _quoted_for(found, facts.addressee)
        or _called_for(found, facts.addressee, facts.sender)
        or greeting
        or _by_name_and_patronymic(found, facts.addressee)
        or _first_name_for(found, facts.addressee)
        or _suffixed_for(found, facts.addressee)
    )
    facts.elsewhere = sorted(found.not_companies)
    facts.points = _wished_first(
        _demoted(
            found.points, found, [p for p, _ in people] + mentioned, facts.addressee, facts.role
        ),
        found,
    )
    return facts


# what the notes ask the email to mention ("Mention the Dhahran mall contract and the
# tablets.", "mention Salto because I am from Paysandú"), and a "not" just before, which
# takes it back ("Do not mention the cabins")
_WISH = re.compile(
    r"(?<![\w'’])(?:mention|mentioning|bring up|talk about|say something about)[ \t]+"
    r"(?P<what>[^.;!?\n]{3,120})",
    re.IGNORECASE,
)
_WISH_TAKEN_BACK = re.compile(r"\b(?:not|n['’]t|never|no)[ \t]+(?:\w+[ \t]+)?$", re.IGNORECASE)
# where the thing to mention ends: a bracket, a dash, a reason or the candidate's own part
# ("the third rig and the colony numbers (I did 350 cages ...)", "the senior wing — I'd love
# to help", "Salto because I am from Paysandú", "..., and that I am happy to relocate")
_WISH_END = re.compile(
    r"[(—–:]|[ \t]-[ \t]|\b(?:because|so|as|since)\b|,[ \t]*(?:and[ \t]+)?(?:that|i|i['’]\w+)\b",
    re.IGNORECASE,
)
# a wish about the candidate or a person, not a detail: "mention me", "mention I can join",
# "mention her in the letter", "mention maybe:", "mention one thing you learned"
_WISH_NOT_A_DETAIL = re.compile(
    r"(?:me|my|i|i['’]\w+|she|he|her|him|his|they|them|so|maybe|again|one|that|you)\b",
    re.IGNORECASE,
)
_WISH_WORD = re.compile(r"[^\W\d_][\w'’-]{4,}")
# what joins the things a wish lists
_WISH_ITEMS = re.compile(r",|[ \t](?:and|or|&|\+)[ \t]", re.IGNORECASE)
# how far a detail the notes ask to mention rises among the learned points, and how many
# wishes are read (the cost stays linear in the notes however often they say "mention")
_WISHED_RISE = 10
_MAX_WISHES = 12


def _wished_first(points: list[Point], found: _Found) -> list[Point]:
    """A detail the notes ask the email to mention ("Mention the camel unit", "mention the
    readers in Lhukonzo") leads the learned points: the candidate chose it. Each thing the
    wish lists ("the Dhahran mall contract and the tablets") is matched on its own: a point
    holds two of its content words (its one word, if it has one); a person's name is no such
    word, and a point naming someone is about who was there. The wish's own line is no
    detail."""
    names = {w.lower() for p, _ in found.people for w in p.name.value.split()}
    wishes: list[tuple[list[set[str]], int, int]] = []
    for seg in found.lines:
        for m in _WISH.finditer(seg.text):
            what = m.group("what").strip()
            if _WISH_TAKEN_BACK.search(
                seg.text, max(0, m.start() - 20), m.start()
            ) or _WISH_NOT_A_DETAIL.match(what):
                continue
            cut = _WISH_END.search(what)
            items = [
                {
                    w.lower().rstrip("s")
                    for w in _WISH_WORD.findall(item)
                    if w.lower() not in FUNCTION_WORDS and w.lower() not in names
                }
                for item in _WISH_ITEMS.split(what[: cut.start() if cut else len(what)])
            ]
            if any(items) and len(wishes) < _MAX_WISHES:
                wishes.append(([i for i in items if i], seg.start + m.start(), seg.start + m.end()))
    if not wishes:
        return points
    out = []
    for point in points:
        if point.kind == "learned" and not names & {w.lower() for w in point.text.split()}:
            own = {w.lower().rstrip("s") for w in _WISH_WORD.findall(point.text)}
            if any(
                len(own & item) >= min(2, len(item))
                and not (start < point.span.end and point.span.start < end)
                for items, start, end in wishes
                for item in items
            ):
                point = point.model_copy(update={"score": point.score + _WISHED_RISE})
        out.append(point)
    return out


# a person's title that ties them to the candidate's past ("my old boss at X", "my referee"),
# not one that names the reader's future place ("→ my boss", "my manager if hired")
_PAST_TIE = re.compile(
    r"\bmy\s+(?:old|former|previous|last|ex-?)\s*(?:boss|manager|supervisor|head|chef|principal|"
    r"employer|colleague|teacher|professor|mentor)\b|\bmy\s+(?:reference|referee)\b"
    # or to the candidate's own life ("Jason (my bf) says don't chase")
    r"|\bmy\s+(?:bf|gf|boyfriend|girlfriend|fianc[eé]e?|partner|wife|husband|mum|mom|dad|"
    r"mother|father|sister|brother|cousin|aunt|uncle|friend|flatmate|roommate|housemate)\b",
    re.IGNORECASE,
)


# a form of address used for a man and a woman alike, read as "Mr." unless the notes say "she"
# of the person ("batono Eka Lomidze ... Eka insist on safety, she say the furnace can kill")
_EITHER_SEX_BEFORE = re.compile(r"\bbatono[ \t]+$", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)


def _by_pronoun(found: _Found, person: Person, tied: list[Person]) -> Person:
    """The person with "Ms." where the notes gave them a form of address used for either sex
    and then say "she" of them, and never "he"."""
    span = person.name.span
    if person.honorific != "Mr." or span is None:
        return person
    seg = _seg_on(found, span.line)
    if seg is None or not _EITHER_SEX_BEFORE.search(seg.text[: span.start - seg.start]):
        return person
    said = " ".join([_said_of(found, person, tied), *_said_later(found, person, tied)])
    # (and wherever the notes name them again: "..., Eka insist on safety, she say ...")
    first = re.escape(person.name.value.split()[0])
    said += " " + " ".join(
        m.group(0)
        for seg in found.lines
        for m in re.finditer(rf"(?<![\w'’-]){first}(?![\w'’-])[^.!?;\n]{{0,60}}", seg.text)
    )
    if _SHE.search(said) and not _HE.search(said):
        return person.model_copy(update={"honorific": "Ms."})
    return person


# a script of Japan, China or Korea
_EAST_ASIAN_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _formed_by_pronoun(
    found: _Found, person: Person, tied: list[Person], *, east_asian: bool = False
) -> Person:
    """A person of a full name and no honorific of whom the notes say only "he" or only "she"
    ("Yerlan Abenov ... at the end he said 'write me direct'"): the form "Mr." or "Ms." a
    letter greets with ("Dear Mr. Abenov,", not the whole name). Nothing where the notes say
    both, or neither, of them."""
    if person.honorific is not None or person.form is not None:
        return person
    words = person.name.value.lower().split()
    if len(words) < 2 or words[0] in vocabulary().address_titles:
        # "Hemi": a given name alone is greeted as it is; "Dasho Karma Tshering" keeps his
        return person
    if len(words) > 2 and words[-2] not in PARTICLES:
        # "Pilar Sánchez Mateos": which word is the family name the pronoun does not say
        # ("Lotte de Wit" is "Ms. de Wit")
        return person
    if east_asian and not family_name_first(person.name.value.split()):
        # "比嘉 健太 Higa Kenta さん": notes from where the family name may come first, and
        # nothing says which word it is ("Mr. Kenta" would greet him by his given name)
        return person
    said = " ".join([_said_of(found, person, tied), *_said_later(found, person, tied)])
    he, she = _HE.search(said) is not None, _SHE.search(said) is not None
    if he == she:
        return person
    return person.model_copy(update={"form": "Mr." if he else "Ms."})


def _is_other(p: Person, sender: Located | None, mentioned: list[Person]) -> bool:
    """Someone the notes name who is not to be written to: the candidate, a recruiter, a
    person the notes say is not the addressee."""
    if sender is not None and p.strength < 3 and p.same_as(Person(name=sender)):
        return True  # the candidate's own name in prose; a labelled interviewer stays
    if p.strength < 3 and _NOTES_WORDS.fullmatch(p.name.value):
        return True  # "Voice Memo — "tangle and thread" — 10 Mar 2026": the notes, nobody
    if (
        p.strength < 3
        and p.title
        and _NOT_ADDRESSEE_TITLE.search(p.title)
        and not _LEAD_TITLE.search(p.title)  # a "Head of International Recruitment" leads
    ):
        return True  # "Olu Bakare, recruiter @ Talentbridge": set it up, not the interviewer
    if p.strength < 3 and p.title and _PAST_TIE.search(p.title):
        return True  # "Pak Hendra (my old boss at Agro Hidroponik Lembang, he gave reference)"
    return any(p.same_as(m) and p.strength < 3 for m in mentioned)


def _organisation_jobs(found: _Found, people: list[Person]) -> list[tuple[int, int, Located]]:
    """ "Sur Marine Surveyors Ltda – Junior Marine Surveyor." heading the notes: an
    organisation read as a person with a title, whose "title" is the job applied for (the
    weakest reading of a role, where nothing else names one)."""
    out: list[tuple[int, int, Located]] = []
    first = min((s.line for s in found.lines), default=0)
    for order, p in enumerate(people):
        span = p.name.span
        if p.title is None or span is None or not _is_organisation(p):
            continue
        words = p.title.split()
        if not words or words[-1].lower() not in vocabulary().role_words:
            continue
        seg = _seg_on(found, span.line)
        if seg is None or seg.line > first + 1:
            continue  # (only on the notes' first lines, where their title stands)
        at = seg.text.find(p.title, span.end - seg.start)
        if at < 0:
            continue
        start = seg.start + at
        loc = Located(
            value=p.title,
            source="cue",
            span=Span(start=start, end=start + len(p.title), line=seg.line),
        )
        out.append((1, order, loc))
    return out


def _is_organisation(p: Person) -> bool:
    """ "interview today with Spinifex Minerals", "with Northern Spruce Reforestation": a cue's
    "person" that ends in a company word or a thing's ending is an organisation (unless a label
    said it was a person)."""
    vocab = vocabulary()
    last = p.name.value.split()[-1].lower().strip(".")
    return (
        p.strength < 3
        and len(p.name.value.split()) > 1
        and (last in vocab.company_words or vocab.names_a_thing(last))
    )


# occupations that are family names as well ("Ann Baker", "Tom Porter"): a name may end in one
_SURNAME_TRADES = frozenset(
    "baker brewer butcher carpenter cook cooper fitter fisher gardener guard host mason miller "
    "painter porter printer shepherd steward tailor turner warden writer fellow pilot sailor "
    "walker weaver glazier farrier joiner tanner driver trainer skipper".split()
)


def _is_job_title(p: Person) -> bool:
    """ "Interview: Postdoctoral Researcher (peatland carbon modelling)": a cue's "person"
    that ends in an occupation no family name is ("Researcher", "Technician") is a job."""
    words = p.name.value.lower().split()
    vocab = vocabulary()
    last = words[-1]
    return (
        p.strength < 3
        and p.honorific is None
        and len(words) > 1
        and last in vocab.role_words
        and last not in vocab.title_words
        and last not in _SURNAME_TRADES
    )


def _without_employer(role: Located, facts: NotesFacts) -> Located:
    """ "Kowhai Freight forklift driver job": the role is what follows the employer's name
    (read from prose; a `Role:` label's value is the job as the notes write it, "Role:
    Reporting Analyst" where the employer is "Reporting")."""
    company = facts.company
    span = role.span
    if company is None or span is None or len(role.value) - len(company.value) < 3:
        return role
    if role.source == "label":
        return role
    if not role.value.lower().startswith(company.value.lower() + " "):
        return role
    rest = role.value[len(company.value) :]
    cut = len(company.value) + len(rest) - len(rest.lstrip())
    value = role.value[cut:]
    moved = Span(start=span.start + cut, end=span.end, line=span.line)
    return role.model_copy(update={"value": value, "span": moved})


def _opens_an_organisation(p: Person) -> bool:
    """ "the tour in Europe with Compañía Sur Lento": a cue's "person" whose name opens with a
    word that opens an organisation's is none; nor is it the employer (a partner, a funder, the
    candidate's past are named so as often), so it is only left out."""
    words = p.name.value.lower().split()
    return p.strength < 3 and len(words) > 1 and words[0] in vocabulary().organisation_firsts


def _in_full(sender: Located, found: _Found) -> Located | None:
    """ "Rui" who wrote the chat, and his "sim sim. Rui Medeiros ⚓" (or a friend's "tu signes
    Salif Compaoré"): the sender's whole name, the last the notes write, when it is no one
    else's."""
    first = sender.value
    vocab = vocabulary()
    others = {p.name.value.lower() for p, _ in found.people} | {
        p.name.value.lower() for p in found.mentioned
    }
    # (a space, not a tab: a LINE export's "18:07<tab>Jia-Hui<tab>Packaging Line ..." is the
    # author's column, then the message)
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(first)}[ ]+(?=[^\W\d_])", re.IGNORECASE)
    for seg in reversed(found.lines):
        for m in reversed(list(pattern.finditer(seg.text))):
            lower = seg.text[m.start() : m.start() + 1].islower()
            hit = name_at(seg.text, m.start(), vocab, lower)
            if (
                hit is None
                or hit.start != m.start()
                or hit.honorific is not None
                or not 2 <= len(hit.name.split()) <= 4
                or hit.name.split()[0].lower() != first.lower()
                or hit.name.lower() in others
                or hit.name.split()[-1].lower() in _MEMO_CLOSE  # a memo's "marcus out"
            ):
                continue
            return _located(hit.name, seg, hit.start, sender.source)
    return None


def _deciding_relative(found: _Found, pool: list[tuple[Person, int]]) -> Person | None:
    """ "His wife, Mrs. Darlene Greene." and later "Wendell said, Darlene handles all the
    hiring": the one relative of another whom the notes say decides, when none of the others
    does and the notes name no one to write to."""
    if found.addressee_named:
        return None
    people = [p for p, _ in pool]
    relatives = [p for p, _ in _merge([(r, 0) for r in found.relatives])]
    if any(p.same_as(r) for p in people for r in relatives):
        return None  # read as someone met too: the pool decides
    deciding = [r for r in relatives if _decides(found, r, [*people, r])]
    if len(deciding) != 1 or any(_decides(found, p, [*people, *deciding]) for p in people):
        return None
    return deciding[0]


def _the_one_flagged(to: str, pool: list[tuple[Person, int]], found: _Found) -> Person | None:
    """The one person of the notes the user's `--to` names (by their whole name, an
    honorific before it or not), if exactly one."""
    words = [w for w in to.casefold().replace(".", " ").split() if w]
    if len(words) < 2:
        return None  # one word names no one for certain
    people = [p for p, _ in pool] + list(found.mentioned)
    named = {
        p.name.value: p
        for p in people
        if p.name.value.casefold().split() == words[-len(p.name.value.split()) :]
        and len(p.name.value.split()) >= 2
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _choose_addressee(
    facts: NotesFacts, found: _Found, pool: list[tuple[Person, int]]
) -> Located | None:
    """Sets the addressee and the others (or the candidates to ask about); returns the
    greeting when the notes call the addressee by a short name ("Fen")."""
    # never the writer: a pasted mail's "To: Ciara Ní Bhriain" under "-----Original Message-----"
    named = [
        p
        for p, _ in _merge([(p, 0) for p in found.addressee_named])
        if facts.sender is None or p.name.value.lower() != facts.sender.value.lower()
    ]
    named.sort(key=lambda p: -p.strength)  # "thank-you to X" before a bare "email Y"
    mentioned = [p for p, _ in _merge([(m, 0) for m in found.mentioned])]
    addressee, greeting = (
        _named_addressee(named[0], pool, mentioned, found) if named else (None, None)
    )
    if addressee is None and found.titles_named:
        # "ke Bapak Pendeta": the one person of the notes with that honorific
        titled = [p for p, _ in pool if p.honorific in found.titles_named]
        addressee = titled[0] if len(titled) == 1 else None
    if addressee is None and found.jobs_named:
        # "send to Joint Director madam": the one person of the notes with that job
        holding = [
            p
            for p, _ in pool
            if p.title is not None and any(_holds(p.title, job) for job in found.jobs_named)
        ]
        addressee = holding[0] if len(holding) == 1 else None
    ranked = sorted(pool, key=lambda t: (-t[0].strength, t[1]))
    if addressee is None and ranked:
        addressee = _ranked_addressee(facts, found, ranked)
    if addressee is not None:
        facts.addressee = addressee
        facts.others = [p for p, _ in ranked if not p.same_as(addressee) and p.strength >= 2]
    return greeting


def _an_organisation_named(found: _Found, target: Person, pool: list[tuple[Person, int]]) -> bool:
    """Whether a name the notes say to write to is no person's: no honorific, no one of the
    notes of that name, and people said to be "from" it elsewhere ("felipe ... is the client,
    not from pericias andes")."""
    if target.honorific is not None or len(target.name.value.split()) < 2:
        return False
    if any(p.same_as(target) for p, _ in pool):
        return False
    from_it = re.compile(r"\bfrom[ \t]+" + re.escape(target.name.value) + r"(?![\w'’-])", re.I)
    return any(from_it.search(seg.text) for seg in found.lines)


def _holds(title: str, job: str) -> bool:
    """Whether a person's title is the job the notes name ("Joint Director (Permits)" holds
    "joint director"): the job's words open the title."""
    words = re.findall(r"[^\W\d_]+", title.lower())
    wanted = job.split()
    return words[: len(wanted)] == wanted


def _named_addressee(
    target: Person, pool: list[tuple[Person, int]], mentioned: list[Person], found: _Found
) -> tuple[Person, Located | None]:
    """The person the notes say to write to ("send it to Fen"), as fully named as the notes
    name them elsewhere, and the name to greet them by when the notes shorten it."""
    match = [p for p, _ in pool if p.same_as(target)]
    if match and target.honorific and all(p.honorific != target.honorific for p in match):
        # "to Dott.ssa Cardinali" when Sig. Giancarlo Cardinali was there and "his daughter
        # Dott.ssa Elena Cardinali" (a relative, read as mentioned): the one the notes gave
        # that honorific
        titled = [p for p in mentioned if p.same_as(target) and p.honorific == target.honorific]
        match = titled[:1] or match
    elif len(match) > 1 and target.honorific:
        titled = [p for p in match if p.honorific == target.honorific]
        match = titled if len(titled) == 1 else match
    if not match:  # "email to Er. Thapa Magar", who is "Er. Ram Bahadur Thapa Magar"
        tails = [p for p, _ in pool if _family_tail(p, target)]
        match = [
            p.model_copy(update={"two_family_names": True, "both_family_names": True})
            for p in tails[:1]
        ]
    if not match:  # "his wife gospa Mojca Kos ... so email to Mojca": named as a relative
        # (or as staff who is a relative: "her son Iván Quispe he is operations manager")
        kin = [p for p, _ in _merge([(r, 0) for r in found.relatives])]
        match = [
            p for p in [*mentioned, *kin] if p.same_as(target) and len(p.name.value.split()) > 1
        ][:1]
    # (or someone read as a relative who asked to be called so: "his daughter Giuseppina
    # Ferraiolo ... "chiamami Pina"" and then "Pina said: write to me")
    short = (
        []
        if match
        else _short_for(target, pool)
        or _first_words_of(target, pool)
        or _known_as(target, pool, found)
        or _known_as(target, [(p, 0) for p in mentioned], found)
        or _by_patronymic(target, pool)
    )
    greeting = target.name if short else None  # greeted as the notes call them, "Fen"
    match = match or short
    addressee = match[0] if match else target
    # (a longer name said is a fuller one, not "Nataliia Viktorivna" for Nataliia Hrytsenko)
    patronymic = bool(short) and _PATRONYMIC.fullmatch(target.name.value.split()[-1]) is not None
    if match and len(target.name.value) > len(addressee.name.value) and not patronymic:
        addressee = addressee.model_copy(update={"name": target.name})
    if match and target.honorific and addressee.honorific is None:
        # "madame rim chebbi the engineer ... so the letter to madame chebbi": the form the
        # notes write her with where they say whom the email is for
        addressee = addressee.model_copy(update={"honorific": target.honorific})
    if match and greeting is None:
        greeting = _given_name_form(found, target, addressee)
    return addressee, greeting


def _given_name_form(found: _Found, target: Person, addressee: Person) -> Located | None:
    """ "Ms. Phan Sreyleak" of whom the notes say "write thank you email to Ms. Sreyleak": a
    name written family name first, greeted as the notes greet it, by the honorific and the
    given name (as Khmer and Vietnamese names are), not by the family name."""
    words = addressee.name.value.split()
    said = target.name.value
    span = target.name.span
    if (
        target.honorific is None
        or span is None
        or len(said.split()) != 1
        or len(words) < 2
        or not (addressee.family_first or family_name_first(words))
        or said.lower() == addressee.last.lower()
        or said.lower() not in (w.lower() for w in words[1:])
    ):
        return None
    seg = _seg_on(found, span.line)
    if seg is None:
        return None
    before = _HONORIFIC_BEFORE.search(seg.text, 0, span.start - seg.start)
    if before is None or vocabulary().honorifics.get(before.group(1).lower()) != target.honorific:
        return None
    start = seg.start + before.start(1)
    return Located(
        value=f"{target.honorific} {said}",
        source=target.name.source,
        span=Span(start=start, end=span.end, line=span.line),
    )


# the honorific written just before a name ("Ms. Sreyleak", "Ms Sreyleak")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]{1,10})\.?[ \t]+$")


# the title of someone who was there to help, not to interview
_SUPPORT_TITLE = re.compile(
    # (not a senior secretary: "Synod Senior Executive Secretary", "General Secretary",
    # "Secretary General", "Permanent Secretary")
    r"\b(?<!executive )(?<!general )(?<!permanent )(?<!company )(?<!principal )"
    r"(?:secretary(?![ \t]+general)|secretária|secretaria|secrétaire|segretaria|sekretärin|"
    r"receptionist|reception|note[- ]?taker|took notes|minute[- ]?taker|"
    r"interpreter|translator|scheduling|scheduler)\b",
    re.IGNORECASE,
)


# someone there to learn: an intern, a trainee, a student on placement
_LEARNER = re.compile(
    r"\b(?:intern|interns|trainee|stagiaire|praktikant(?:in)?|becari[oa]|estagiári[oa]|"
    r"work[- ]experience|student on placement)\b",
    re.IGNORECASE,
)
# what the notes say of a person right after the name: ", the intern, who ..."
_LEARNER_APPOSED = re.compile(
    rf"[ \t]*,?[ \t]*(?:the|an|a|our|their)[ \t]+{_LEARNER.pattern}", re.IGNORECASE
)


def _ranked_addressee(
    facts: NotesFacts, found: _Found, ranked: list[tuple[Person, int]]
) -> Person | None:
    """The strongest person when one stands out; else none, and the tied ones become the
    candidates to ask about."""
    everyone = [p for p, _ in ranked]
    # "Luka, head route setter ... Not part of decision he said": not the one to write to
    # while anyone else was there
    unwritten = _not_written_to(found)
    ranked = [
        r
        for r in ranked
        if not denies_deciding(_said_of(found, r[0], everyone)) and not unwritten.excludes(r[0])
    ] or ranked
    # "Ms. Fujita (secretary) — only reception": there, not interviewing, while others were
    # (unless the notes say the mail goes to them: 'Aroha: "all emails thru me pls"')
    ranked = [
        r
        for r in ranked
        if not _SUPPORT_TITLE.search(r[0].title or "") or _decides(found, r[0], everyone)
    ] or ranked
    # "There was also Zoé, the intern, who showed me the archive": an intern or trainee is
    # never the one to write to unless a label says so; with no one else, the notes ask
    learners = [
        r
        for r in ranked
        if r[0].strength < 3
        and (
            _LEARNER.search(r[0].title or "")
            or _LEARNER_APPOSED.match(_said_of(found, r[0], everyone))
        )
    ]
    if learners:
        top = ranked[0][0].strength
        ranked = [r for r in ranked if r not in learners]
        if any(r[0].strength == top for r in learners):
            # (an intern tied with someone else: the one left is no surer a choice, so ask,
            # the intern offered last)
            tied = [p for p, _ in [*ranked, *learners] if p.strength == top]
            facts.candidates = tied if len(tied) > len(learners) else []
            return None
    top = ranked[0][0].strength
    greeted = [p for p, _ in ranked if _greeted_elsewhere(found, p)]
    if top < 3 and len(greeted) == 1 and not found.unsure:
        # "So my letter is to her, Dear Daw Khin Sandar.": the greeting the author chose names
        # one of them, over a cue's guess (only a label says more); "Dear Khun Pim" greets
        # the Pimchanok Sukprasert the notes name in full
        return (_short_for(greeted[0], ranked) or greeted)[0]
    tied = [p for p, _ in ranked if p.strength == top]
    if top == 3 and not found.unsure and all(_HEAD.search(p.title or "") for p in tied):
        # a list's "Chef Bikash Tamang – Head Chef" (a step up for the "head" of the title)
        # and "Lhakpa Norbu Sherpa – Operations Director", of whom the notes then say 'He said
        # "send mail to me"': the one a step below who alone decides
        near = [p for p, _ in ranked if p.strength >= 2]
        deciders = [p for p in near if _decides(found, p, near)]
        if len(near) > len(tied) and len(deciders) == 1 and deciders[0].strength < top:
            return deciders[0]
    deciding = [p for p in tied if _decides(found, p, tied)] if len(tied) > 1 else []
    if len(deciding) > 1:
        # "Grant Mills (chair)" and 'Mere: "all emails thru me"': the one who asks for the
        # mail, over a title that leads
        asking = [p for p in deciding if _asks_for_the_mail(found, p, tied)]
        deciding = asking if len(asking) == 1 else deciding
    if len(deciding) == 1 and not found.unsure:
        # "there was Nadia Farouk the owner ... she decides. and Mr. Omar Hadid, the head
        # baker": the one the notes say decides, before the one with a title
        return deciding[0]
    described = [p for p in tied if p.honorific or p.title]
    if len(tied) > 1 and len(described) == 1 and not found.unsure:
        tied = described  # "Ms. Delphine Aubertin, Curriculum Manager" over "Read Easy"
    if found.unsure and len(choice := _named_with_doubt(found, everyone)) > 1:
        facts.candidates = choice  # "to whom?? Mikko or Laura": the two it cannot choose from
    elif found.unsure and (top < 3 or len(tied) > 1):
        # "but to who??": the notes say they cannot tell; ask (a panel listed under a label
        # too: "So who gets the thank-you?? ... No idea.")
        facts.candidates = tied
    elif (
        found.unsure
        and all(_HEAD.search(p.title or "") for p in tied)
        and len(near := [p for p, _ in ranked if p.strength >= top - 1]) > 1
    ):
        # "Andrei Pop – Head of Localisation" a step above "Ioana Mureșan – QA Director" only
        # for the "Head" of his title, where the notes say "who do I send the thank you to??
        # no idea": ask between them
        facts.candidates = near
    elif top >= 3 or len(tied) == 1:
        return tied[0]
    elif len({p.group for p in tied}) == 1 and tied[0].group is not None and not found.unsure:
        return tied[0]  # named together, first the main contact
    elif len(greeted := [p for p in tied if _quoted_for(found, p) is not None]) == 1:
        return greeted[0]  # 'first email "Dear Mr. Charalambous"': the one the notes greet
    elif len(deciding := [p for p in tied if _decides(found, p, tied)]) == 1:
        return deciding[0]  # "Ms. Aoife Ní Bhriain, store mgr. she hires.": the one who decides
    else:
        # a tie is asked about, even where one of the tied has a senior-sounding title ("Head
        # of ...", "lead"): over the 24 older splits that tie-break chose 2 people, both wrong
        facts.candidates = tied
    return None


_HEAD = re.compile(r"\bhead\b", re.IGNORECASE)


class _Unwritten(NamedTuple):
    """Whom the notes say not to write to: the words before a "don't email her" and the names
    after a "to me, not ...", in lower case."""

    before: set[str]
    named: set[str]

    def excludes(self, person: Person) -> bool:
        """Whether the person is one of them: their family name among the words before a
        "don't email her", or a word of their name after "not"."""
        if self.before and set(person.last.lower().split()) <= self.before:
            return True
        return bool(self.named & set(person.full.lower().split()))


def _not_written_to(found: _Found) -> _Unwritten:
    """The words, in lower case, of each sentence part before a "don't email her" ("Mrs
    Albright at School of the Air, don't email her, not my place yet"), and the name after a
    "send the thank you or questions to me, not Jukka": a person whose family name is among
    the first, or any of whose names is among the second, is not the one to write to. One
    pass over the notes, whoever is named."""
    unwritten = _Unwritten(set(), set())
    for seg in found.lines:
        for m in _NOT_WRITE.finditer(seg.text):
            before = seg.text[: m.start()]
            stop = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
            unwritten.before.update(
                w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", before[stop + 1 :])
            )
        for m in _TO_NOT.finditer(seg.text):
            unwritten.named.update(m["who"].lower().split())
    return unwritten


_NOT_WRITE = re.compile(
    r"\b(?:don['’]?t|do\s+not|not\s+to|never)\s+(?:e-?mail|write\s+to|mail|message|contact)"
    r"\s+(?:her|him|them)\b",
    re.IGNORECASE,
)
# "send the thank you or questions to me, not Jukka": a sending word, its "to", then "not"
# and a capitalised name (a family name may follow; "write to me, not to Mr. Tanabe")
_TO_NOT = re.compile(
    r"(?i:\b(?:send|write|e-?mail|mail|address)\b[^.!?;]{0,60}?\bto\s+(?:me|him|her|[^\W\d_]+)"
    r"\s*,?\s+(?:and\s+|but\s+)?not\s+(?:to\s+)?(?:(?:mr|ms|mrs|miss|mx|dr|prof)\.?\s+)?)"
    rf"(?P<who>[{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*)?)"
)


def _greeted_elsewhere(found: _Found, person: Person) -> bool:
    """Whether a greeting the notes write names this person, who is named outside it too
    (not 'my cousin says "Dear Mr. Lindqvist" always', a name only the greeting gives)."""
    greeting = _quoted_for(found, person)
    if greeting is None or greeting.span is None or person.name.span is None:
        return False
    return not greeting.span.start <= person.name.span.start <= greeting.span.end


def _named_with_doubt(found: _Found, people: list[Person]) -> list[Person]:
    """The people the notes name on the line where they say they cannot tell whom to write
    to ("thank you email tomorrow - to whom?? Mikko or Laura."), by any word of their name."""
    seg = next(
        (s for s in found.lines if s.start <= found.unsure_at <= s.start + len(s.text)),
        None,
    )
    if seg is None:
        return []
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", seg.text)}
    return [p for p in people if words & ({w.lower() for w in p.name.value.split()} - PARTICLES)]


_STOP = re.compile(r"(?P<word>[^\W\d_]*)[.!?][ \t]")


def _sentence_end(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first sentence's end in text[start:end]: a stop and a space, not after an initial
    or an honorific ("Sig. Cardinali", "Dr. Ruth", "J. Smith": a name's dot is no end)."""
    honorifics = vocabulary().honorifics
    for m in _STOP.finditer(text, start, len(text) if end is None else end):
        word = m.group("word")
        if m.group(0)[len(word)] == "." and (len(word) == 1 or word.lower() in honorifics):
            continue
        return m
    return None


# a line that opens on a speaker or a label and its colon ("Bong: ...", "Result: ...")
_SPEAKER_LEAD = re.compile(r"[ \t]*[^\W\d_][\w'’-]*(?:[ \t][\w'’-]+){0,2}:[ \t]")
# a sentence opening on a person's pronoun
# (in the languages notes mix in too: Malay "dia cakap", Spanish "ella dijo", French "il a dit")
# (after when it was said: "at the end he said ...", "then she said ...")
_WHEN_SAID = r"(?i:at[ \t]+the[ \t]+end|in[ \t]+the[ \t]+end|then|after(?:wards)?|later)"
_PRONOUN_OPENS = re.compile(
    rf"[ \t]*(?:and[ \t]+)?(?:{_WHEN_SAID}[ \t]*,?[ \t]+)?"
    r"(?:he|she|dia|beliau|él|ella|ele|ela|il|elle|er|sie)\b",
    re.IGNORECASE,
)
# a sentence that points back at the one just named ("So: Nadia. That's who I write to.")
_THATS = re.compile(r"[ \t]*(?:that['’]?s|that[ \t]+is)[ \t]+(?:who|the[ \t]+one)\b", re.I)
# how many lines of a wrapped paragraph after a name are still said of that person
_WRAPPED_LINES = 3


def _decides(found: _Found, person: Person, tied: list[Person]) -> bool:
    """Whether the line that names this person (and none of the others tied) says, after the
    name, that they decide ("Tuan Haji Rosli – CFO. Ketua panel"; not "Sanne ... did the
    interview. the captain, Kees Brinkman")."""
    return _said_so(found, person, tied, decides)


def _asks_for_the_mail(found: _Found, person: Person, tied: list[Person]) -> bool:
    """Whether what the notes say of this person asks for the email in so many words."""
    return _said_so(found, person, tied, asks_for_the_mail)


def _said_so(
    found: _Found, person: Person, tied: list[Person], says: Callable[[str], bool]
) -> bool:
    """Whether what the notes say of this person, on their line or in a later sentence that
    opens on their name, says so by `says`."""
    return says(_said_of(found, person, tied)) or any(
        says(said) for said in _said_later(found, person, tied)
    )


def _said_later(found: _Found, person: Person, tied: list[Person]) -> list[str]:
    """What later sentences that open with this person's first name (at a line's start, after
    a stop or after a chat message's author) say of them ("Gordon chaired and said ... so the
    thank-you goes to him."), up to where another of the tied is named: a panel is listed
    first, and who gets the email is said below it."""
    span = person.name.span
    words = person.name.value.split()
    if span is None or not words:
        return []
    others = {w.lower() for p in tied if p is not person for w in p.name.value.split()}
    # by the first name, or by the family name when no other of the tied has it ("Adhikari sir
    # said ..."), after a form of address too ("Chef Youssef tell me ...")
    called = [words[0]] + ([words[-1]] if words[-1].lower() not in others else [])
    # (and as a memo in small letters writes it: "nikola said at the end ... i decide")
    names = "|".join(re.escape(w) for w in dict.fromkeys([*called, *(w.lower() for w in called)]))
    # (a one-letter form too, "2. M. Dossou-Yovo à la fin : ..."; or after a chat message's
    # author: "[17:29] Rui: Joana said ...", a LINE export's
    # "18:08<tab>Wei-Ming<tab>Manager Lin asked ...")
    # (or what someone said of them: "At the end Wendell said, Darlene handles all the hiring")
    # (after when it was said: "at the end Manager Chen give me his card and say send to him")
    opens = re.compile(
        rf"(?:^|[.!?:][ \t]+|\t|\bsaid,?[ \t]+(?:that[ \t]+)?)[ \t>*•-]*"
        rf"(?:(?:and|but|then|also)[ \t]+)?(?:{_WHEN_SAID}[ \t]*,?[ \t]+)?"
        rf"(?:[A-Z][a-z]{{0,8}}\.?[ \t]+)?(?:{names})"
        r"(?![\w'’-])"
    )
    out: list[str] = []
    for seg in found.lines:
        if seg.line < span.line or len(out) >= _WRAPPED_LINES:
            continue
        # (on the name's own line, a later sentence: "Panel: Priya Raman and Tom Gaudette.
        # Priya ran it.")
        after = span.end - seg.start if seg.line == span.line else 0
        for m in opens.finditer(seg.text, max(0, after)):
            stop = _sentence_end(seg.text, m.end())
            # a sentence after it that opens on "he" or "she" is said of them too ("Hiro daw.
            # he said "email me or text me, I decide ..."", "So: Nadia. That's who I write
            # to."), one at most
            if stop and (
                _PRONOUN_OPENS.match(seg.text, stop.end()) or _THATS.match(seg.text, stop.end())
            ):
                stop = _sentence_end(seg.text, stop.end())
            # (to the stop itself: the match opens on the word before it)
            said = seg.text[m.end() : stop.end("word") + 1 if stop else len(seg.text)]
            # up to another of the tied ('Hicham said "send the mail to me, Tom never opens
            # his inbox"': what comes before Tom is said of Hicham)
            other = next(
                (w for w in re.finditer(r"[\w'’-]+", said) if w.group().lower() in others), None
            )
            said = said[: other.start()] if other else said
            if said.strip():
                out.append(said)
    return out


def _said_of(found: _Found, person: Person, tied: list[Person]) -> str:
    """What the notes say of this person after their name: the rest of the line up to the next
    of the others (and the wrapped sentence's end); nothing when another is named before them
    in the same sentence."""
    span = person.name.span
    if span is None:
        return ""
    seg = _seg_on(found, span.line)
    if seg is None:
        return ""
    # after the name's first mention on the line (the span may be a later one, a quoted
    # signature: 'la hizo Martina Sosa ... ella decide. la firma dice "Ing. Martina Sosa"')
    word = person.name.value.split()[0]
    end = span.end - seg.start
    first = seg.text.find(word)
    if first >= 0:
        end = min(end, first + len(word))
    # up to the next of the others the line names ("Mr. Khalid Buhiji, Sales Manager, he
    # lead the interview and he is the one who will decide. Mr. Suresh Menon, ..."): what is
    # said between is said of this person; with someone named before it on the line too,
    # nothing is
    starts = [
        p.name.span.start - seg.start
        for p in tied
        if p is not person and p.name.span is not None and p.name.span.line == span.line
    ]
    begin = span.start - seg.start
    if first >= 0:
        begin = min(begin, first)
    # someone named before it in the same sentence: what follows may be said of them
    # ("Sig. Cardinali is the owner. His daughter Dott.ssa Elena ... said write to me": a
    # sentence between, so it is said of her)
    if any(start < end and not _sentence_end(seg.text, start, begin) for start in starts):
        return ""
    starts = [start for start in starts if start >= end]
    stop = min(starts, default=len(seg.text))
    said = _before_another(seg.text[max(0, end) : stop], person, tied)
    heading = seg.text.lstrip().startswith("#")
    if heading and not starts and not seg.text[span.end - seg.start :].strip(" \t*"):
        return _section_under(found, span.line)  # "### Gennady Volkov" over what he does
    # a paragraph of prose wrapped at a width that opens on the name ("Domnul Levente Kovács
    # — the owner, ... hands / like wood. He did most of questions ... He is the boss, he
    # decide"): the whole paragraph is said of them
    opens = _NAME_OPENS.fullmatch(seg.text[:begin]) is not None
    under_way = said.rstrip()[-1:] not in tuple(_SENTENCE_ENDS)
    if not starts and said.strip() and (opens or under_way):
        # (else the sentence goes on in the paragraph's next line)
        said += _paragraph_after(
            found, span.line, tied, whole=person if opens else None, under_way=under_way
        )
    return said


# what ends what is said after a name on its line: its sentence, a quote, a bracket
_SENTENCE_ENDS = '.!?:;"”)'


# what may stand before a name that opens a paragraph: nothing, a bullet's or a heading's mark,
# an honorific ("Domnul Levente Kovács — the owner ...", "Dott.ssa ..."), a panel told in turn
# ("First, Nadia Okafor. She's the clinic director, ...")
_NAME_OPENS = re.compile(
    r"[ \t]*(?:[-*•>#]+[ \t]*)?(?:(?:first|second|third|fourth|fifth|then|and)(?:ly)?,?[ \t]+)?"
    r"(?:[^\W\d_][\w.]{0,10}[ \t]+)?",
    re.IGNORECASE,
)


def _before_another(said: str, person: Person, tied: list[Person]) -> str:
    """What is said up to another of the tied, named by any word of their name ('Said at the
    end: "Liam's the hiring manager, any follow-up goes to him."': what follows "Liam" is said
    of Liam, not of the one who said it)."""
    # (as written, capitals and all: "she will decide" names no "Will Davies")
    others = {w for p in tied if p is not person for w in p.name.value.split()}
    others -= set(person.name.value.split())
    for w in _NAME_WORD.finditer(said):
        if _POSSESSIVE.sub("", w.group()) in others:
            return said[: w.start()]
    return said


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


def _section_under(found: _Found, line: int) -> str:
    """The lines under a heading that names a person, up to the next heading or blank line:
    what the notes say of them ("### Gennady Volkov" / "Head of security. ... He is the one
    who decides")."""
    out: list[str] = []
    for k in range(line + 1, line + _WRAPPED_LINES + 1):
        seg = _seg_on(found, k)
        if seg is None or not seg.text.strip() or seg.text.lstrip().startswith("#"):
            break
        out.append(seg.text)
    return " " + " ".join(out) if out else ""


def _paragraph_after(
    found: _Found,
    line: int,
    tied: list[Person],
    *,
    whole: Person | None = None,
    under_way: bool = False,
) -> str:
    """The rest of the sentence in the paragraph's next lines (prose wrapped at a width:
    "Mrs. Anna Kalenga is the Head of Sales, she came from the capital, and / she was clearly
    the one running it"), up to a blank line, a list's item or the next of the others named;
    for `whole`, the person who opens the paragraph, its next lines to those whatever
    sentences end, and up to any word of anyone else's name."""
    out: list[str] = []
    first = _seg_on(found, line)
    listed = first is not None and BULLET.match(first.text) is not None
    for k in range(line + 1, line + (_PARAGRAPH_LINES if whole else _WRAPPED_LINES) + 1):
        seg = _seg_on(found, k)
        if seg is None or not seg.text.strip() or BULLET.match(seg.text):
            break
        if listed and not seg.text[:1].isspace():
            break  # "- Oskari Lehto, station manager" then "Kaisa said: ...": a new line
        if CHAT_LINE.match(seg.text) or _SPEAKER_LEAD.match(seg.text):
            break  # "[4/8/25, 7:46 PM] Sam Dolo: Then email him small.": a new message
            # (and "Bong: sino dapat i-email mo after", a chat pasted without its times)
        named = [
            p.name.span.start - seg.start
            for p in tied
            if p.name.span is not None and p.name.span.line == k
        ]
        if whole is not None:
            # (a whole paragraph stops at a word of anyone else's name the notes give, where
            # ever they give it: "佐藤健二 店長 Sato Kenji (shop manager, decides)" is Mr. Sato's)
            everyone, own = _name_words(found), {w.lower() for w in whole.name.value.split()}
            named += [
                w.start()
                for w in _NAME_WORD.finditer(seg.text)
                if w.group().lower() in everyone and w.group().lower() not in own
            ]
        text = seg.text[: min(named)] if named else seg.text
        ended = None if whole else _sentence_end(text + " ")
        out.append(text[: ended.end()] if ended else text)
        if named or ended:
            break  # the sentence ends: what follows is no longer said of this person
    joined = " " + " ".join(out) if out else ""
    return _own_sentences(joined, under_way) if whole is not None else joined


def _own_sentences(text: str, under_way: bool) -> str:
    """Of a paragraph's next lines, the sentence `under_way` on the first line (if one is)
    and then each sentence that speaks of him or her, up to the first that does not ("...
    the capital. Both were clearly ..." says nothing of her)."""
    kept = 0
    if under_way:
        stop = _sentence_end(text)
        kept = stop.end() if stop else len(text)
    quoting = False  # (the sentences of a quote belong to the one that opens it)
    while kept < len(text):
        stop = _sentence_end(text, kept)
        end = stop.end() if stop else len(text)
        if (
            not quoting
            and not _SINGULAR_PRONOUN.search(text, kept, end)
            and not _ASIDE.fullmatch(text, kept, end)
        ):
            break
        quoting = quoting != (len(_QUOTE_MARK.findall(text, kept, end)) % 2 == 1)
        kept = end
    return text[:kept]


_QUOTE_MARK = re.compile(r"[\"“”„]")


_SINGULAR_PRONOUN = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)
# a few words on the same person with no pronoun, no name and no verb of another subject ("Very
# warm but precise.", "Calm, very organised."): the paragraph goes on about them
_ASIDE = re.compile(r"[ \t]*[A-Za-z][a-z]*(?:,?[ \t]+[a-z]+){0,4}[.!][ \t]*")


# how many lines of a paragraph that opens on a name are said of that person
_PARAGRAPH_LINES = 8


def _name_words(found: _Found) -> set[str]:
    """The words of every name the notes give, in lower case (three letters or more), found
    once: every person's paragraph asks."""
    if found.name_words is None:
        everyone = [*(p for p, _ in found.people), *found.mentioned]
        found.name_words = {w.lower() for p in everyone for w in p.name.value.split() if len(w) > 2}
    return found.name_words


def _set_mentioned(
    facts: NotesFacts,
    people: list[tuple[Person, int]],
    pool: list[tuple[Person, int]],
    mentioned: list[Person],
    sender: Located | None,
) -> None:
    """Everyone else the notes name (a colleague who sat in, the recruiter): never the reader,
    and never to be named in a sentence the model writes."""
    kept = [p for p in (facts.addressee, *facts.others, *facts.candidates) if p is not None]
    # (the addressee may be one read as a relative: "his daughter Giuseppina ... Pina said
    # write to me")
    facts.mentioned = [
        m for m in mentioned if not any(m.same_as(p) for p in [*(p for p, _ in pool), *kept])
    ]
    if sender is not None:
        kept.append(Person(name=sender))
    for person, _ in people:
        if (
            not _is_organisation(person)
            and not _opens_an_organisation(person)
            and not _is_job_title(person)
            and not any(person.same_as(k) for k in (*kept, *facts.mentioned))
        ):
            facts.mentioned.append(person)


# a sentence of the candidate's own past up to a name: "I told them my 15 years at the Everest
# Hotel kitchen and before that cooking at the hostel of Dr. ..."
_OWN_PAST_SO_FAR = re.compile(
    r"\b(?:told|talked|spoke)\s+(?:to\s+)?(?:him|her|them)\s+(?:about\s+)?my\b[^.;!?\n]*$"
    r"|\bbefore\s+that\b[^.;!?\n]{0,60}$",
    re.IGNORECASE,
)


def _text_before(found: _Found, name: Located, reach: int) -> str | None:
    """The text of a name's line before it, at most `reach` characters back: what an
    organisation's own sentence says of it before naming it."""
    seg = _seg_on(found, name.span.line) if name.span is not None else None
    if seg is None or name.span is None:
        return None
    at = name.span.start - seg.start
    return seg.text[max(0, at - reach) : at]


def _told_as_own_past(found: _Found, name: Located) -> bool:
    """Whether the sentence that names an organisation tells the candidate's own past."""
    before = _text_before(found, name, 200)
    if before is None:
        return False
    return _OWN_PAST_SO_FAR.search(_ABBREV_DOT.sub(lambda m: m.group(0)[:-1], before)) is not None


def _works_with(found: _Found, name: Located) -> bool:
    """Whether the notes name an organisation as one the employer works with ("they work with
    the Addis Ababa University vet faculty"): a partner, not the one interviewing."""
    before = _text_before(found, name, 120)
    return before is not None and (
        _WORK_WITH.search(before[-60:]) is not None or _THEY_DO_WITH.search(before) is not None
    )


# a third party's work with another organisation, right before its name
_WORK_WITH = re.compile(
    r"\b(?:they|we|he|she|it|team|company|also)[ \t]+(?:also[ \t]+|often[ \t]+|closely[ \t]+)?"
    r"(?:work|works|worked|partner|partners|partnered|cooperate|cooperates|collaborate|"
    r"collaborates|contract|contracts)[ \t]+(?:closely[ \t]+)?with[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


# what the employer does, then whom with, after a comma or "together": "they run a blitz on
# shops before Christmas, with Environmental Health"; or right after what "they" do, where no
# interview, meeting or call is told ("next year they bring cheetah back with the Kalahari
# Carnivore Trust"; not "they set up an interview with Quartz Minerals")
_THEY_DO_WITH = re.compile(
    r"\b(?:they|we)[ \t]+[^.;!?\n]{3,100}?(?:,[ \t]*|[ \t]+(?:together|jointly)[ \t]+)"
    r"with[ \t]+(?:the[ \t]+)?$"
    r"|\bthey[ \t]+(?:(?!\b(?:interview\w*|meet\w*|met|call\w*|chat\w*|talk\w*|session|"
    r"trial|me|us)\b)[^.;!?,\n]){3,80}?[ \t]with[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


# a job's reading strong enough that the same words are no employer's name ("the Direct
# Support Professional position": a cue naming the job by its word)
_STRONG_JOB = 4


def _choose_company(facts: NotesFacts, found: _Found, people: list[tuple[Person, int]]) -> None:
    """The employer: the best-ranked company that is no past employer, meeting, occupation,
    description or person; a weak one (a bare "at X" in prose) only as a guess."""
    # (the job most likely read: "Nabataean Inscriptions Survey Project" read weakly as a
    # job under a labelled one stays an employer)
    top_job = min(found.roles, key=lambda r: (-r[0], r[1]), default=None)
    strong_jobs = {top_job[2].value.casefold()} if top_job and top_job[0] >= _STRONG_JOB else set()
    cued_employers = [  # "interview today with Quartz Minerals": the employer the cue named
        (2, o, p.name)
        for p, o in people
        if _is_organisation(p)
        and not _not_the_employer(p.name.value, found.not_companies)
        # "## What I said" then "... a licence with the Fencing Federation": the candidate's
        and not (p.name.span is not None and p.name.span.line in found.own_lines)
        and not _told_as_own_past(found, p.name)
        and not _works_with(found, p.name)
    ]
    addresses = _address_words(found)
    companies = [
        c
        for c in found.companies + cued_employers
        if not _not_the_employer(c[2].value, found.not_companies)
        and not _is_meeting_place(c[2].value)
        and not (c[2].source != "label" and _is_occupation(c[2].value))  # "Company: Shift" stays
        and not _POSSESSIVE.match(c[2].value)  # "their studio in Ancoats" describes a place
        # "on video from my kitchen": someone's own place, read where no label named it
        and not (c[2].source != "label" and _POSSESSIVE_INSIDE.search(c[2].value))
        and not _NOTES_WORDS.match(c[2].value)
        and not _TIME_ZONE.fullmatch(c[2].value)  # a calendar invite's "America/Lima"
        and not _DATE_OR_REFERENCE.search(c[2].value)
        and not any(_names_person(c[2].value, p) for p, _ in people if not _is_organisation(p))
        and not (facts.sender is not None and c[2].value.lower() == facts.sender.value.lower())
        # (a label is the user's word: "Company: Reporting Reporting Reporting" above a list
        # ending "- reporting reporting reporting", a signature's shape, stays the company)
        and not (c[2].source != "label" and _someone_named(c[2].value, found))
        and not (c[2].source == "cue" and _an_address_names(c[2].value, addresses))
        and not _is_titled_person(c[2].value)
        and not (c[2].source == "cue" and _SHOPPING_PLACE.search(c[2].value))
        and not _PART_OF_SITE.fullmatch(c[2].value)
        # "Thank you – Direct Support Professional interview" and "... the Direct Support
        # Professional position": a name read as the job by a stronger cue is no employer
        and not (c[2].source != "label" and c[2].value.casefold() in strong_jobs)
        and not (c[2].source != "label" and _VENUE.fullmatch(c[2].value))
        and not (c[2].source != "label" and _UNIT_CENTRE.fullmatch(c[2].value))
        # "University" alone (of "Al-Hussein Bin Talal University"): a kind, no one's name
        # (unless a label says so: "Company: Project" is what the user wrote)
        and (c[2].source == "label" or c[2].value.lower() not in vocabulary().organisation_heads)
    ]
    companies = [(r, o, c) for r, o, c in ((r, o, _undated(c)) for r, o, c in companies) if c]
    if not companies:
        return
    rank, _, best = sorted(companies, key=lambda c: (_is_agency(c[2]), -c[0], c[1]))[0]
    best = _with_legal_form(best, [c for _, _, c in companies])
    chosen = _spelled_out(_with_first_partner(_without_place(best), found, people), found)
    words = [w.lower().strip(".,()") for w in chosen.value.split() if w not in ("&", "and")]
    named_out = len(words) > 2 or any(w in vocabulary().company_words for w in words)
    titled = chosen.span is not None and chosen.span.line in found.title_lines
    weak = rank <= _WEAK_COMPANY_RANK and chosen.source == "cue"
    if (
        (weak and not named_out and not titled)
        or (rank <= 0 and chosen.source == "cue")
        or _is_agency(chosen)
    ):
        # rank 0 (a lone capitalised word of a title line, a name a dash ends): the employer
        # 1 time in 5 over the 24 older splits, so only shown, never written
        facts.company_guess = chosen  # "at Derby depot": a place as often as the employer
    else:
        # (a weak reading stays a guess however the notes write the name elsewhere)
        facts.company = _named_in_full(chosen, found)


def _not_the_employer(value: str, not_companies: set[str]) -> bool:
    """An organisation of the candidate's own past, named in full or by its first words ("my
    old head brewer at Left Bank" makes "Left Bank Brewing" theirs too): two words at least
    must lead both names."""
    low = value.lower()
    if low in not_companies:
        return True
    words = low.split()
    for other in not_companies:
        theirs = other.split()
        shorter = min(len(words), len(theirs))
        if shorter >= 2 and words[:shorter] == theirs[:shorter]:
            return True
    return False


def _is_agency(company: Located) -> bool:
    """A recruitment agency's name read from prose ("Jess at Bluegum Recruitment set it up"):
    who arranged the interview, not the employer (a labelled one is the user's word)."""
    words = company.value.lower().replace(",", " ").split()
    return company.source == "cue" and bool(words) and words[-1] in vocabulary().agency_words


def _dates(found: _Found) -> dict[str, date]:
    """The interview's and the decision's dates: a labelled date, then one with a cue (a later
    round's interview first), then a date with no cue, then the e-mail's date."""
    dates = dict(found.dates)
    promised = dates.get("decision_date") or next(
        (v for k, v in found.cue_dates if k == "decision_date"), None
    )
    for kind, value in found.cue_dates:
        if kind == "interview_date!" and "interview_date" not in found.dates:
            dates["interview_date"] = value  # a second or final round is the one to follow
        elif kind == "interview_date" and promised is not None and value > promised:
            continue  # "Kayes, 6 mai 2025 — notes entretien ...": written after the promise
            # ("vendredi 25 avril"), so no interview's day when another comes before it
        elif kind != "interview_date?":
            dates.setdefault(kind.rstrip("!"), value)
    if "interview_date" not in dates:
        late = [v for k, v in found.cue_dates if k == "interview_date"]
        if late:
            dates["interview_date"] = late[0]  # none came before the promise: the first
    for kind, value in found.cue_dates:
        if kind == "interview_date?":  # a date with no cue at all: the interview's, at best
            dates.setdefault("interview_date", value)
    if "interview_date" not in dates and found.header_date is not None:
        dates["interview_date"] = found.header_date
    anchor = dates.get("interview_date")
    if "decision_date" not in dates and anchor is not None:
        for said in found.relative_dates:  # "by Friday the 27th", after the interview
            when = resolve(said, anchor)
            if when is not None and when > anchor:
                dates["decision_date"] = when
                break
    decision = dates.get("decision_date")
    if anchor is not None and decision is not None:
        dates["decision_date"] = _after_the_interview(decision, anchor)
    return dates


def _after_the_interview(decision: date, interview: date) -> date:
    """ "by Friday 1st November" after an interview on 21 October 2024 is 1 November 2024, not
    of the year the notes are read in (a date without its year is placed near today when no
    date near today anchors it): a promised answer comes within half a year of the interview."""
    if 0 <= (decision - interview).days <= _PROMISE_DAYS:
        return decision
    for year in (interview.year, interview.year + 1):
        try:
            moved = decision.replace(year=year)
        except ValueError:  # 29 February
            continue
        if 0 <= (moved - interview).days <= _PROMISE_DAYS:
            return moved
    return decision


# how long after the interview a promised answer may come
_PROMISE_DAYS = 183


_PARTNER_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+){1,3})(?:and|&)[ \t]+$")


def _with_first_partner(
    company: Located, found: _Found, people: list[tuple[Person, int]]
) -> Located:
    """ "Liffey Glass and Glazing Limited", which a cue ("with ...") split at "and" into a
    person and an organisation: the organisation's name with the words before "and", unless
    they are a person the notes describe (an honorific or a title) or name on another line."""
    span = company.span
    if span is None or company.source == "label":
        return company
    for seg in found.lines:
        if seg.line != span.line or not seg.start <= span.start <= seg.start + len(seg.text):
            continue
        at = span.start - seg.start
        m = _PARTNER_BEFORE.search(seg.text, max(0, at - 60), at)
        if m is None or m.end() != at:
            return company
        partner = m.group(1).strip()
        for p, _ in people:
            named = p.name.value == partner or p.name.value.endswith(" " + partner)
            elsewhere = p.name.span is not None and p.name.span.line != span.line
            if named and not _is_organisation(p) and (p.honorific or p.title or elsewhere):
                return company
        return _located(seg.text[m.start(1) : at + len(company.value)], seg, m.start(1), "cue")
    return company


_JOINER = "|".join(re.escape(w) for w in sorted(ACRONYM_JOINERS, key=len, reverse=True))
_SPELLED_NAME = re.compile(
    rf"[A-ZÀ-Ž][\w&'’-]*(?:[ \t]+(?:(?:{_JOINER})[ \t]+)*[A-ZÀ-Ž][\w&'’-]*)+"
)


_DOTTED_FORMS = frozenset("ltd inc co corp bhd pty".split())


def _named_in_full(company: Located, found: _Found) -> Located:
    """A name read from prose ("interview ko sa Palau", "the Nkomati Ridge interview", the
    first four words of "the Truk Lagoon Wreck Conservation Project") that the notes write in
    full elsewhere, capitalised words on to an organisation's word ("the board of the Palau
    Reef Conservation Trust", "at Nkomati Ridge Colliery"): the email names the organisation."""
    if company.source == "label":
        return company
    vocab = vocabulary()
    ends = vocab.organisation_heads | vocab.company_words
    longer = re.compile(
        rf"(?<![\w'’-]){re.escape(company.value)}(?:[ \t]+[A-Z][\w'’&-]*){{1,4}}(?![\w'’-])"
    )
    known = len(company.value.split())
    for seg in found.lines:
        for m in longer.finditer(seg.text):
            words = m.group(0).split()
            # (longer than the name read: "Lau Brothers Tailors Ltd. Junior Cutter" is no
            # reason to cut it back to "Lau Brothers")
            last = [k for k, w in enumerate(words) if k >= known and w.lower().strip(".,") in ends]
            if last:
                value = " ".join(words[: last[-1] + 1])
                if words[last[-1]].lower() in _DOTTED_FORMS and seg.text.startswith(
                    value + ".", m.start()
                ):
                    value += "."  # "Lau Brothers Tailors Ltd.": a legal form keeps its dot
                return _located(value, seg, m.start(), "cue")
    return company


def _spelled_out(company: Located, found: _Found) -> Located:
    """An acronym ("at IMG", "Entrevista MPV") as the notes spell it out once ("Institute for
    Marine Genomics (IMG)", "Museo del Puerto de Valparaíso"): the email names the employer in
    full. Without the acronym in brackets beside it, a name of three capitalised words or more
    only, every one of them giving a letter."""
    if not re.fullmatch(r"[A-Z]{2,6}", company.value):
        return company
    for bracketed in (True, False):
        for seg in found.lines:
            for m in _SPELLED_NAME.finditer(seg.text):
                spans = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
                words = [w for _, w in spans]
                after = seg.text[m.end() :]
                if bracketed != bool(re.match(rf"\s*\(\s*{company.value}\s*\)", after)):
                    continue
                capitals = [w for w in words if w.lower() not in ACRONYM_JOINERS]
                if not bracketed and (len(capitals) < 3 or len(company.value) < 3):
                    continue
                # the name may start a few words into the match ("Place: Istituto ...")
                for k in range(len(words)):
                    if words[k].lower() in ACRONYM_JOINERS:
                        continue
                    if abbreviates(company.value, words[k:]):
                        at = m.start() + spans[k][0]
                        return _located(seg.text[at : m.end()], seg, at, "cue")
    return company


def _quoted_for(found: _Found, addressee: Person | None) -> Located | None:
    """A greeting the notes write out in quotes for the addressee ('→ "Dear Ms. Karaca"'): its
    name words are all the addressee's. An English "Dear" one first (the email is English),
    else the first one written (what others suggested tends to follow the author's choice)."""
    if addressee is None:
        return None
    vocab = vocabulary()
    own = {w.lower().strip(".,") for w in addressee.name.value.split()}
    fits = []
    for greeting in found.greetings:
        rest = vocab.greeting_re.sub("", greeting.value, count=1).split()
        words = [w.lower().strip(".,") for w in rest]
        # (nor a word of address after the name: "Dear Kemal Bey", "Dear Selin Hanım")
        named = [
            w
            for w in words
            if w not in vocab.honorifics
            and w not in vocab.title_words
            and w not in WORDS_AFTER_NAME
        ]
        given = addressee.name.value.split()[0].lower()
        # (or the short form of the given name alone, as the notes greet: "so dear gwen
        # then" to Gwenllian Pugh)
        short = named == words and len(named) == 1 and len(named[0]) >= 3
        if named and (set(named) <= own or (short and given.startswith(named[0]))):
            fits.append(greeting)
    english = [g for g in fits if g.value.lower().startswith("dear ")]
    chosen = english or fits
    return chosen[0] if chosen else None


def _first_name_for(found: _Found, addressee: Person | None) -> Located | None:
    """The addressee's given name where the notes say people go by first names ("First names
    only, 'acá nadie es señor'"): the first word of their name as the notes write it; not for
    a name written family name first, where the first word is no given name."""
    if not found.first_names or addressee is None or addressee.name.span is None:
        return None
    words = addressee.name.value.split()
    if len(words) == 1 and addressee.honorific is None:
        return addressee.name  # "Thank you mail to Kjetil.": the first name the notes use
    if len(words) == 2 and any(
        p.name.value.split()[:2] == words and len(p.name.value.split()) > 2 for p, _ in found.people
    ):
        return addressee.name  # "mail to Ana Lucía", who is Dr. Ana Lucía Villacorta
    if len(words) < 2 or family_name_first(words) or words[0].lower() in PARTICLES:
        return None
    span = addressee.name.span
    seg = _seg_on(found, span.line)
    at = span.start - seg.start if seg is not None else -1
    if seg is None or seg.text[at : at + len(words[0])].lower() != words[0].lower():
        return None  # the name as read is not the notes' text there ("[[...]]", a join)
    return Located(
        value=words[0],
        source=addressee.name.source,
        span=Span(start=span.start, end=span.start + len(words[0]), line=span.line),
    )


def _suffixed_for(found: _Found, addressee: Person | None) -> Located | None:
    """How the notes address someone of no known honorific by family name and a Japanese
    suffix ("Sato-san said ..."): "Dear Sato-san," rather than the full name, which reads as a
    form. Only the family name takes it: "Kenji-san" is no form for a letter."""
    if addressee is None or addressee.honorific is not None:
        return None
    words = addressee.name.value.split()
    # (the last word, or the first of a name the notes write whole with the suffix, in the
    # Japanese order, "Kuroda Hayato-san" and then "Kuroda-san"; the word the whole name's
    # suffix ends on is no family name; "Kenji Sato" and "Kenji-san" greets by neither)
    whole = len(words) == 2 and any(
        re.search(rf"\b{re.escape(words[0])}[ \t]+{re.escape(words[1])}-(?:san|sama)\b", seg.text)
        for seg in found.lines
    )
    tried = [addressee.last] + ([words[0]] if whole else [])
    for word in dict.fromkeys(tried):
        pattern = re.compile(rf"\b{re.escape(word)}-(?:san|sama)\b", re.IGNORECASE)
        for seg in found.lines:
            for m in pattern.finditer(seg.text):
                before = seg.text[max(0, m.start() - 40) : m.start()].split()
                if before and before[-1].lower() in (w.lower() for w in words):
                    continue
                family, _, suffix = m.group(0).partition("-")
                return _located(f"{capitalise(family)}-{suffix.lower()}", seg, m.start(), "cue")
    return None


def _by_name_and_patronymic(found: _Found, addressee: Person | None) -> Located | None:
    """ "Oleg Petrovich liked the Sanduny part" where the notes name Oleg Petrovich Kuznetsov:
    the given name and patronymic the notes call someone by, the respectful Russian way, is
    the greeting ("Dear Oleg Petrovich,")."""
    if addressee is None or addressee.name.span is None:
        return None
    words = addressee.name.value.split()
    if len(words) < 3 or not _PATRONYMIC.fullmatch(words[1]):
        return None
    pair = re.compile(
        rf"(?<![\w-]){re.escape(words[0])}[ \t]+{re.escape(words[1])}(?![\w-])"
        rf"(?![ \t]+{re.escape(words[2])})"
    )
    for seg in found.lines:
        m = pair.search(seg.text)
        if m is not None:
            at = seg.start + m.start()
            span = Span(start=at, end=at + len(m.group(0)), line=seg.line)
            return Located(value=m.group(0), source=addressee.name.source, span=span)
    return None


def _called_for(
    found: _Found, addressee: Person | None, sender: Located | None = None
) -> Located | None:
    """The name the addressee asked to be called ("just call me Reg"): a word of their name,
    or a short name said on the line that names them ("Chen Yi-ting ... call me Tina"); never
    the candidate's own ('"Nadia, please address any follow-up to me"' speaks to Nadia)."""
    if addressee is None or addressee.name.span is None:
        return None
    words = addressee.name.value.lower().replace("-", " ").split()
    own = set(words) | {addressee.name.value.lower()}
    mine = sender.value.lower().replace("-", " ").split() if sender is not None else []
    others = set(mine) - own
    initials = "".join(w[0] for w in words)
    others |= {
        w.lower() for p, _ in found.people if not p.same_as(addressee) for w in p.name.value.split()
    }
    end = addressee.name.span.end
    for called in found.called:
        low = called.value.lower()
        if called.span is None or (low in others and low not in own):
            continue  # "said to call him Riaan": Riaan Botha, who sat in
        if called.value.islower():
            # "il a dit appelle-moi marc" in notes with capitals: only a word of their name
            # ("call me back" is none)
            if low in own:
                return called.model_copy(update={"value": capitalise(called.value)})
            continue
        parts = called.value.split()
        address = parts[0].lower().rstrip(".")
        if (
            len(parts) == 2
            and (address in vocabulary().honorifics or address in vocabulary().address_titles)
            and parts[1].lower() in own
        ):
            # "call me Ostad Hamid": the form of address with a word of their name (as the
            # notes write it, capitalised: the greeting speaks it, "anh tuấn" as "Mr. Tuấn");
            # the name alone where no honorific is wanted ("call me anh tuấn no need mister")
            if found.first_names:
                at = called.span.start + called.value.index(parts[1])
                span = Span(start=at, end=at + len(parts[1]), line=called.span.line)
                return called.model_copy(update={"value": capitalise(parts[1]), "span": span})
            value = " ".join(capitalise(w) for w in parts)
            return called.model_copy(update={"value": value})
        near = called.span.line == addressee.name.span.line and 0 <= called.span.start - end <= 120
        if (
            low in own
            or (" " in low and low.split() == words[: len(low.split())])  # "Lhakpa Norbu"
            or low == initials
            or near
            or any(len(low) >= 3 and w.startswith(low) for w in words)
            # "I'm Bernadette but everyone calls me Bernie": a short form of the given name
            or (len(low) >= 3 and low[:3] == words[0][:3])
            # "call me Seyi" from Oluwaseyi, "Emeka" from Chukwuemeka: the given name's end
            or (len(low) >= 4 and words[0].endswith(low))
            # "call me Peg" from Margaret, "Bill" from William: a known short form
            or short_form_of(low, words[0])
        ):
            return called
    for nickname in found.nicknames:
        said = nickname.value.lower().split()
        form = said[:-1]  # "Chef Nhung": a form of address before their name
        if said[-1] in own and all(w in vocabulary().address_titles for w in form):
            return nickname
        if len(said) == 1 and short_form_of(said[0], words[0]):
            return nickname  # "everyone calls him Bill": William Osei's short name
        if len(said) > 1 and said == words[: len(said)]:
            return nickname  # "Don Ángel Ruiz ... everyone calls him Don Ángel": their name's lead
    return None


def _demoted(
    points: list[Point],
    found: _Found,
    people: list[Person],
    addressee: Person | None,
    role: Located | None = None,
) -> list[Point]:
    """A title line ("Greenhollow Food Bank — Volunteer Coordinator — Tues 10 Mar") says what
    the job is, not what was learned; a point naming a person ("Also met the founder, Ruth
    Anand") is about who was there; what someone else says ("Giorgos says that's how it is
    in Piraeus") is hearsay, not what the interviewer told, and no detail at all. Neither of
    the first two leads the learned points (they can still be used when nothing else is left).
    A point that only lists people ("Renée Cormier (ops mgr) + Jim Gallant (site foreman)") and
    the notes' first line where it names the job ("intvw Codiac Organics, ... - Compost
    Facility Operator") say nothing learned at all."""
    names = {p.name.value for p in people if len(p.name.value.split()) >= 2}
    # (the names by their first word: a point is checked for the names its own words open,
    # so the cost grows with the notes, not with points times names)
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name.split()[0], []).append(name)
    # the people the notes name as met (any of their name words): what they said is learned
    known = {
        w.lower()
        for p in [*people, *([addressee] if addressee else [])]
        for w in p.name.value.split()
    }
    known |= _PRONOUNS
    out = []
    for point in points:
        hearsay = _HEARSAY.match(point.text)
        titled = point.span.line in found.title_lines and point.span.start < found.title_ends.get(
            point.span.line, point.span.end
        )  # (what a sentence after the title says is no part of it)
        opening = (
            role is not None
            and role.span is not None
            and point.span.line == role.span.line == 1
            and point.span.start <= role.span.start < point.span.end
            # (a title's few words around the job, not a one-line note's whole story)
            and len(_NAME_WORD.findall(point.text.replace(role.value, " "))) <= _TITLE_WORDS
        )
        named = _names_in(point.text, by_first)
        if (titled or opening) and point.kind in ("learned", "other"):
            point = point.model_copy(update={"kind": "title", "score": 0})
        elif point.kind in ("learned", "other") and _only_people(point.text, named):
            point = point.model_copy(update={"kind": "other", "score": 0})
        elif point.kind in ("learned", "other") and named:
            point = point.model_copy(update={"score": point.score - 3})
        elif point.kind == "learned" and hearsay and hearsay.group(1).lower() not in known:
            point = point.model_copy(update={"kind": "other"})  # never a detail to cite
        out.append(point)
    return out


# how many words besides the job's name a title line has
_TITLE_WORDS = 6


def _names_in(text: str, by_first: dict[str, list[str]]) -> list[str]:
    """The names (indexed by their first word) that the text contains."""
    words = set(_NAME_WORD.findall(text))
    return [name for w in words for name in by_first.get(w, ()) if name in text]


def _only_people(text: str, names: list[str]) -> bool:
    """Whether a point names people and nothing else: a name the notes give, others written
    like names, what is in brackets after them, and the words or marks that join them."""
    rest = re.sub(r"\([^()]*\)", " ", text)
    found = False
    for name in sorted(names, key=len, reverse=True):
        if name in rest:
            rest, found = rest.replace(name, " "), True
    rest = _NAME_LIKE.sub(" ", rest)
    return (
        found
        and re.fullmatch(r"[\s,;+&/]*(?:(?:and|with|y|et|und|e)[\s,;+&/]*)*", rest) is not None
    )


_NAME_LIKE = re.compile(r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}\b")
_PRONOUNS = frozenset("he she they we i you it".split())
# a point that reports what someone not met said: "Giorgos says ...", "my cousin Ana thinks ..."
_HEARSAY = re.compile(
    r"\W*(?:(?:my|our)\s+\w+\s+)?([A-Z][\w'’-]+)\s+(?:says|said|thinks|thought|reckons|reckoned)\b"
)
