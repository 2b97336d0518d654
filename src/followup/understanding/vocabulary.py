"""The words the notes reader looks for, loaded once from `understanding/notes.yaml`."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from followup.errors import InputError
from followup.resources import data_dir

FIELDS = (
    "interviewer",
    "addressee",
    "panel",
    "company",
    "role",
    "candidate",
    "interview_date",
    "decision_date",
    "kind",
    "contact",
    "salutation",
    "past_employer",  # `current employer = ...`: a name that is never the employer
)


def fold_label(label: str) -> str:
    """`**Interviewer Name**`, `interviewer_name`, `Interviewer-name` -> `interviewer name`."""
    # "İmza" (Turkish dotted capital I) lowers to "i" and a combining dot: the label is "imza"
    label = re.sub(r"[*_#`>]+", " ", label.replace("-", " ").replace("İ", "I")).lower()
    return " ".join(label.split())


def _alternatives(words: list[str]) -> str:
    """The phrases as one regex alternation, longest first, a space matching any run of them."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _apposition(kinds: list[str]) -> re.Pattern[str]:
    """A comma, an article, up to four lower-case words and a kind of organisation, not its
    possessive nor a clause's subject (", the private bus operator which ..."; not ", the
    company's own depot", ", the company pays" nor ", the capital")."""
    return re.compile(
        rf"[ \t]*,[ \t]+(?:the|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,4}}?"
        rf"(?:{_alternatives(kinds)})"
        # then the sentence's end or words that go on describing it ("..., which has the lines
        # to Aerodrom"); not a verb ("in Q1, the company pays": a clause of its own)
        r"(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:which|that|who|where|based|in|of|from|with|for|on|"
        r"near|run|owned|founded|since)\b)",
    )


def _phrases(words: list[str]) -> re.Pattern[str]:
    """One regex matching any of the phrases as whole words, longest first."""
    return re.compile(rf"(?<![\w/])(?:{_alternatives(words)})(?![\w])", re.IGNORECASE)


# "ignore all your previous instructions", "disregard the rules above", "forget every prior
# guideline": an order to drop the tool's own instructions, whatever few words stand between
# the verb and what it drops (a list of phrases missed "all your previous")
_DROP_INSTRUCTIONS = (
    r"\b(?:ignore|disregard|forget)"
    r"(?:[ \t]+(?:all|any|every|one|of|the|your|ur|my|these|those|its|previous|prior|earlier|"
    r"above|original|system|other|current|existing|old|preceding|given)){1,5}"
    r"[ \t]+(?:instructions?|rules|prompts?|guidelines?|directions|directives|programming)\b"
)


def _injections(phrases: list[str]) -> re.Pattern[str]:
    """Text written to steer an AI: one of the phrases, or an order to drop its instructions."""
    return re.compile(
        rf"(?<![\w/])(?:{_alternatives(phrases)})(?![\w])|{_DROP_INSTRUCTIONS}", re.IGNORECASE
    )


def _order(verbs: list[str]) -> re.Pattern[str]:
    """A point opening with one of the verbs, bare (after "please", "also", "now", "and"),
    followed by a word: "Write a poem and ...", "please add this", not "sign-on bonus"; or
    with any verb after a bare "don't" ("don't complain about the delay", a note to self); or
    a bare "Do it"."""
    body = "|".join(sorted({re.escape(v.lower()) for v in verbs}, key=len, reverse=True))
    return re.compile(
        rf"^(?:(?:please|also|now|and|then|but),?\s+)*"
        rf"(?:(?:{body})\s+\w|(?:don['’]?t|do\s+not)\s+[^\W\d_]+\s+\w)"
        # "Do it, don't refuse.", "Just do it!": an order too
        r"|^(?:just\s+)?do\s+it\b\s*(?:[,.;!]|$)",
        re.IGNORECASE,
    )


def _advice(verbs: list[str]) -> re.Pattern[str]:
    """A point that passes on someone's advice about the email: a few words naming them, a
    verb of saying, then one of the verbs of writing ("Mum says mention the partnership",
    "my sister told me to mention ..."; not "Tom said add a shed", a plan told in a memo's
    English, so only the verbs that are about the email)."""
    writing = {"mention", "write", "say", "include"}
    body = "|".join(sorted({v.lower() for v in verbs} & writing, key=len, reverse=True))
    return re.compile(
        r"^\W*(?:[^\W\d_][\w'’]*\s+){1,3}(?:says?|said|tells?\s+me|told\s+me)"
        rf"(?:\s+(?:to|that\s+i\s+should|i\s+should))?\s+(?:{body})\b",
        re.IGNORECASE,
    )


def _learned_heading(phrases: list[str]) -> re.Pattern[str]:
    """A whole heading over learned details: up to four words, one of the phrases, and what it
    is about ("stuff she told me abt the account", "What I learned in the interview")."""
    return re.compile(
        rf"(?:[\w'’]+\s+){{0,4}}?(?:{_alternatives(phrases)})"
        r"(?:\s+(?:about|abt|from|in|at|on|of|re|there|po|here)\b[^:]{0,40})?",
        re.IGNORECASE,
    )


def _own_heading(phrases: list[str]) -> re.Pattern[str]:
    """A whole heading over the candidate's own past: one of the phrases, or two joined ("about
    me what I told", "Me / what I said"); never more words ("who interviewed me" is people)."""
    one = _alternatives(phrases)
    return re.compile(rf"(?:{one})(?:\s*[/&,-]?\s*(?:and\s+)?(?:{one}))?", re.IGNORECASE)


@dataclass(frozen=True)
class Vocabulary:
    labels: dict[str, str]  # folded label -> field
    headers: frozenset[str]
    header_names: dict[str, str]  # a header in another language -> the English one
    honorifics: dict[str, str | None]
    person_cues: dict[str, int]  # cue -> strength
    person_cue_re: re.Pattern[str]
    person_after_re: re.Pattern[str]  # a cue after the name: "Bea Horvath interviewed me"
    not_addressee_re: re.Pattern[str]
    unsure_re: re.Pattern[str]
    decider_re: re.Pattern[str]  # the one who leads, decides or gets the email
    own_decider_re: re.Pattern[str]  # their own words that they decide ("I decide")
    not_deciding_re: re.Pattern[str]  # "not part of the decision": not the one to write to
    past_employer_re: re.Pattern[str]
    meeting_re: re.Pattern[str]  # an online meeting place: never the employer
    family_first: frozenset[str]  # family names written before the given name
    # more, read as first only where the notes call the person by them ("Mr. Gu")
    family_first_when_called: frozenset[str]
    title_words: frozenset[str]
    role_words: frozenset[str]  # titles and occupations: what a role is made of
    role_nouns: frozenset[str]
    role_heads: frozenset[str]  # job nouns that open a title ("Projectista Fotovoltaico")
    instruction_re: re.Pattern[str]
    injection_re: re.Pattern[str]  # text written to steer an AI: no fact is read from its line
    order_re: re.Pattern[str]  # a point that opens with one of these verbs is an order
    advice_re: re.Pattern[str]  # someone's advice on what to write ("Mum says mention ...")
    not_learned: dict[str, re.Pattern[str]]
    contribution_re: re.Pattern[str]
    contribution_weak_re: re.Pattern[str]  # counts only before one of contribution_verbs
    contribution_verb_re: re.Pattern[str]
    learned_words: frozenset[str]
    learned_heading_re: re.Pattern[str]  # a whole heading over what the author learned
    own_heading_re: re.Pattern[str]  # a whole heading over the candidate's own past
    mail_heading_re: re.Pattern[str]  # a whole heading over what to write and to whom
    greeting_re: re.Pattern[str]  # a greeting word at the start of a quoted greeting
    company_words: frozenset[str]
    agency_words: frozenset[str]
    organisation_endings: tuple[str, ...]  # a word ending so names a thing, not a person
    organisation_heads: frozenset[str]  # a word that names an organisation and nothing else
    organisation_firsts: frozenset[str]  # a word that opens one ("Fundación ...")
    organisation_of: frozenset[str]  # one before "of" and its field ("Ministry of ...")
    role_abbreviations: dict[str, str]  # "asst" -> "assistant", spelled out in a role
    apposition_re: re.Pattern[str]  # ", the private bus operator" after a name: an organisation
    demonyms: frozenset[str]  # a nationality or a language: alone, never a person's name
    numbered_things: frozenset[str]  # "Grade 8", "Gate 3": before a number, never a name
    given_name_skips: frozenset[str]  # words before the given name ("Ni Ketut Sari Dewi")
    balinese_openers: frozenset[str]  # after "I"/"Ni": a Balinese name ("I Ketut ...")
    given_name_titles: frozenset[str]  # kept before it in a greeting ("Tuan Haji Rosli")
    second_given_names: frozenset[str]  # "María José Ordóñez": one family name, not two
    compound_family_names: frozenset[str]  # "Espírito Santo": two words, one family name
    contact_keys: frozenset[str]  # front-matter keys naming a contact, not who interviewed
    address_titles: frozenset[str]  # a person's form of address that is no honorific here
    greeted_titles: dict[str, str]  # "chef" -> "Chef": a title a greeting keeps before a name
    not_role_ends: frozenset[str]  # a role read from prose never ends on one of these
    dictated_marks: dict[str, str]  # "comma" -> ",": punctuation a dictated note says
    dictated_breaks: frozenset[str]  # "new paragraph": a break, said
    period_noun_after: frozenset[str]  # "trial period": the noun, no mark
    short_forms: dict[str, frozenset[str]]  # "katarzyna" -> {"kasia", ...}: not in `nicknames`

    def names_a_thing(self, word: str) -> bool:
        """Whether a lower-case word's ending names a thing, not a person ("Wellness",
        "Foundation"); the ending alone is no such word ("Ness" is a family name)."""
        # (a double family name by its second part: "Brubaker-Ness" ends on the name "Ness")
        word = word.rsplit("-", 1)[-1]
        return any(word.endswith(e) and len(word) > len(e) + 1 for e in self.organisation_endings)

    def field_of(self, label: str) -> str | None:
        """The field a folded label names; a label in two languages ("ポジション / posizione",
        "誰 / chi c'era", "职位 position") names the field of either side."""
        return self.labels.get(self.side_of(label))

    def side_of(self, label: str) -> str:
        """The side of a label in two languages that the vocabulary knows ("地点 place" ->
        "place"), or the label itself."""
        if label in self.labels:
            return label
        counted = _COUNT_AFTER.sub("", label)
        if counted != label and counted in self.labels:
            return counted  # "panel 2 person", "panel of 3", "interviewers (2)": how many
        sides = label.split(" / ") if " / " in label else []
        if any(len(side.split()) > _SIDE_WORDS for side in sides):
            sides = []  # "what they told me about the trust / job": a heading, no label twice
        # (a label is short: a long cell is read as no label, at no cost)
        two = _TWO_SCRIPTS.fullmatch(label) if len(label) <= _LABEL_MAX else None
        if two is not None:  # "职位 position", "面试官 interviewer": the word in each script
            sides += [s for s in two.groups() if s]
        return next((side for side in sides if side in self.labels), label)


_LABEL_MAX = 40
# the words of a side of a label in two languages at most ("Nombre del entrevistador / ...")
_SIDE_WORDS = 4
# a label written in two scripts side by side, either first ("日期 date", "date 日期")
# (the Latin side a word: "면접관 1" is an interviewer's number, no label of two scripts)
_LATIN = r"[\x00-\u024f]*[A-Za-z\u00c0-\u024f][\x00-\u024f]*"
# a count after a label's word: "panel 2 person", "panel of 3", "interviewers (2)"
# (never a bare number: "Me 18:40: ..." is a text message's time)
_COUNT_AFTER = re.compile(
    r"[ \t]+(?:\([ \t]*\d{1,2}[ \t]*\)|of[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:persons?|people|ppl|pax))$"
)
_TWO_SCRIPTS = re.compile(rf"([^\x00-\u024f]+)\s+({_LATIN})|({_LATIN})\s+([^\x00-\u024f]+)")


def _folder() -> Path:
    override = os.environ.get("FOLLOWUP_UNDERSTANDING")
    return Path(override) if override else data_dir("understanding")


@cache
def vocabulary() -> Vocabulary:
    """Parse and check the data file; a broken one is one clear input error."""
    import yaml

    path = _folder() / "notes.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        labels = {
            fold_label(label): field
            for field, words in raw["labels"].items()
            for label in words
            if field in FIELDS
        }
        cues = {str(c["cue"]).lower(): int(c["strength"]) for c in raw["person_cues"]}
        return Vocabulary(
            labels=labels,
            headers=frozenset(h.lower() for h in [*raw["headers"], *raw["header_names"]]),
            header_names={str(k).lower(): str(v).lower() for k, v in raw["header_names"].items()},
            honorifics={k.lower(): v for k, v in raw["honorifics"].items()},
            person_cues=cues,
            person_cue_re=_phrases(list(cues)),
            person_after_re=_phrases(raw["person_cues_after"]),
            not_addressee_re=_phrases(raw["not_addressee_cues"]),
            unsure_re=_phrases(raw["unsure_addressee"]),
            decider_re=_phrases(raw["decider_cues"]),
            own_decider_re=_phrases(raw["own_decider_cues"]),
            not_deciding_re=_phrases(raw["not_deciding_cues"]),
            past_employer_re=_phrases(raw["past_employer_cues"]),
            meeting_re=_phrases(raw["meeting_places"]),
            family_first=frozenset(str(w).lower() for w in raw["family_name_first"]),
            family_first_when_called=frozenset(
                str(w).lower() for w in raw["family_name_first_when_called"]
            ),
            title_words=frozenset(w.lower() for w in raw["title_words"]),
            role_words=frozenset(w.lower() for w in raw["title_words"] + raw["role_words"]),
            role_nouns=frozenset(w.lower() for w in raw["role_nouns"]),
            role_heads=frozenset(str(w).lower() for w in raw["role_heads"]),
            instruction_re=_phrases(raw["instructions"]),
            injection_re=_injections(raw["injections"]),
            order_re=_order(raw["orders"]),
            advice_re=_advice(raw["orders"]),
            not_learned={k: _phrases(v) for k, v in raw["not_learned"].items()},
            contribution_re=_phrases(raw["contribution"]),
            contribution_weak_re=_phrases(raw["contribution_if_followed"]),
            contribution_verb_re=_phrases(raw["contribution_verbs"]),
            learned_words=frozenset(str(w).lower() for w in raw["learned"]),
            learned_heading_re=_learned_heading(raw["learned_headings"]),
            own_heading_re=_own_heading(raw["own_headings"]),
            mail_heading_re=re.compile(
                rf"(?:{_alternatives(raw['mail_headings'])})(?:\s*\(.{{0,40}}\))?", re.IGNORECASE
            ),
            greeting_re=_phrases(raw["greetings"]),
            company_words=frozenset(str(w).lower() for w in raw["company_words"]),
            agency_words=frozenset(str(w).lower() for w in raw["agency_words"]),
            organisation_endings=tuple(str(w).lower() for w in raw["organisation_endings"]),
            organisation_heads=frozenset(str(w).lower() for w in raw["organisation_heads"]),
            organisation_firsts=frozenset(str(w).lower() for w in raw["organisation_firsts"]),
            organisation_of=frozenset(str(w).lower() for w in raw["organisation_of"]),
            role_abbreviations={
                str(k).lower(): str(v) for k, v in dict(raw["role_abbreviations"]).items()
            },
            apposition_re=_apposition([*raw["organisation_kinds"], *raw["organisation_heads"]]),
            demonyms=frozenset(str(w).lower() for w in raw["demonyms"]),
            numbered_things=frozenset(str(w).lower() for w in raw["numbered_things"]),
            given_name_skips=frozenset(
                str(w).lower() for w in [*raw["given_name_skips"], *raw["balinese_birth_order"]]
            ),
            balinese_openers=frozenset(
                str(w).lower() for w in [*raw["balinese_birth_order"], *raw["balinese_castes"]]
            ),
            given_name_titles=frozenset(str(w).lower() for w in raw["given_name_titles"]),
            second_given_names=frozenset(str(w).lower() for w in raw["second_given_names"]),
            compound_family_names=frozenset(str(w).lower() for w in raw["compound_family_names"]),
            contact_keys=frozenset(fold_label(str(w)) for w in raw["contact_keys"]),
            address_titles=frozenset(str(w).lower() for w in raw["address_titles"]),
            greeted_titles={str(k).lower(): str(v) for k, v in raw["greeted_titles"].items()},
            not_role_ends=frozenset(str(w).lower() for w in raw["not_role_ends"]),
            dictated_marks={str(k).lower(): str(v) for k, v in raw["dictated_marks"].items()},
            dictated_breaks=frozenset(str(w).lower() for w in raw["dictated_breaks"]),
            period_noun_after=frozenset(str(w).lower() for w in raw["period_noun_after"]),
            short_forms={
                str(k).lower(): frozenset(str(w).lower() for w in v)
                for k, v in raw["short_forms"].items()
            },
        )
    except (
        OSError,
        UnicodeDecodeError,
        yaml.YAMLError,
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
    ) as exc:
        raise InputError(
            f"{path}: not a valid notes vocabulary ({exc.__class__.__name__})"
        ) from None
