"""A clause turned towards the reader: they/their -> your team/your team's, she/he and the
interviewer's name -> you, each verb after a turned subject agreeing with it ("they are moving"
-> "your team is moving", "she runs" -> "you run"). The tense is kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followup.sentences.words import tokens, vocabulary
from followup.understanding.people import WORDS_AFTER_NAME

_ADVERBS = frozenset(
    "just also really currently still already often usually now recently all both mostly only "
    "even never always sometimes actually apparently basically soon probably definitely finally "
    "generally typically".split()
)
_MODALS = frozenset(
    "will would can could should may might must shall did had didn't won't can't couldn't "
    "wouldn't shouldn't hadn't 'll 'd".split()
)
_IRREGULAR_PAST = frozenset(
    "built ran made took said told went began grew got gave brought bought kept left lost met "
    "paid put read sent set spent stood taught thought won wrote showed shown known became "
    "came saw found held led".split()
)
_TO_THIRD = {
    "are": "is",
    "'re": "is",
    "were": "was",
    "have": "has",
    "'ve": "has",
    "do": "does",
    "don't": "does not",
    "aren't": "is not",
    "weren't": "was not",
    "haven't": "has not",
}
_TO_SECOND = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "doesn't": "do not",
    "isn't": "are not",
    "wasn't": "were not",
    "hasn't": "have not",
}
# verbs common in notes, agreed with the subject also after "and" ("they use X and run Y")
_COMMON_VERBS = frozenset(
    "do have are use run want need make build plan work hire offer give get take keep support "
    "help host hold meet ship sell serve train review test write teach see look grow manage "
    "handle process collect roast bake cook design develop".split()
)
ORG_NOUNS = frozenset(
    "team company firm school studio shop branch clinic hospital startup department office lab "
    "program programme group agency store restaurant kitchen unit ward practice".split()
)
SUBJECTS = frozenset("i you he she it we they there this that".split())


def _third_singular(verb: str) -> str:
    low = verb.lower()
    if low in _TO_THIRD:
        return _TO_THIRD[low]
    if low in _MODALS or low in _IRREGULAR_PAST or low.endswith("ed"):
        return verb
    if low.endswith("s") and not low.endswith("ss"):
        return verb
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return verb + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    return verb + "s"


def _second_person(verb: str, following: str) -> str:
    low = verb.lower()
    if low == "'s":
        return "have" if following.lower() == "been" else "are"
    if low in _TO_SECOND:
        return _TO_SECOND[low]
    if low in _MODALS or low in _IRREGULAR_PAST or low.endswith("ed"):
        return verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", low):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb


# (a count with its plus is one word: "200+ SMS per show", never "200 + SMS")
# (a number's sign stays on it: "must work at -25 and in salt spray", not "- 25")
_PIECES = re.compile(
    r"(?<!\S)[-−+]\d[\d,.]*\d(?!\w)|(?<!\S)[-−+]\d(?!\w)"
    r"|\d{1,3}(?:,\d{3})+\+?(?!\d)|\d+\+(?!\w)|\w+(?:[-'./&]\w+)*|'[a-z]+|\S"
)


# "all of them", "both of them": the things just named, never the reader's team
_PARTITIVES = frozenset("all both each most many some none several half".split())


def _join(words: list[str]) -> str:
    """The words as text again; a straight double quote opens and closes in turn, so
    '"Junior Jet"' keeps its quotes against its words."""
    text = ""
    quotes = 0
    for w in words:
        closing = w in ('"', "”") and (quotes % 2 == 1 or w == "”")
        if w in ('"', "“", "”"):
            quotes += 1
        after_open = text.endswith(("(", "$", "#", "“")) or (
            text.endswith('"') and quotes % 2 == 1 and w not in ('"', "”")
        )
        if not text or w in ",.;:!?)%" or w.startswith("'") or closing or after_open:
            text += w
        else:
            text += " " + w
    return text


def _agree(verb: str, person: str, following: str) -> str:
    return _third_singular(verb) if person == "third" else _second_person(verb, following)


# words that open a clause whose subject may follow ("so farmers get ...", "when buyers ...")
_CLAUSE_OPENERS = frozenset("so when if because while where and but as once until".split())


@dataclass
class _Turning:
    """One clause being turned, word by word: what the next verb must agree with."""

    names: set[str]  # the interviewer's names, lower case, without titles
    titles: frozenset[str]
    out: list[str] = field(default_factory=list)
    team_named: bool = False  # "your team" was said: a later "their" is "its"
    agree: str | None = None  # "third" or "second": the next verb agrees with a new subject
    subject: str | None = None  # the last subject turned, for a verb after "and"
    last_named: bool = False  # the previous word was the interviewer's name, now "you"
    # a plural noun said after "your team" ("so farmers get a text when they deliver"): a later
    # "they" is theirs, not the team's
    plural_since: bool = False
    previous: str = ""  # the word before, lower case

    def word(self, word: str, rest: list[str]) -> None:
        low = word.lower()
        following = rest[0] if rest else ""
        named = low in self.names and word[:1].isupper()
        if (named or low in WORDS_AFTER_NAME) and self.last_named:
            return  # "Helen Okafor" -> one "you"; "Selin Hanım said" -> "you said"
        self.last_named = False
        if self._verb(word, low, following):
            return
        if low in SUBJECTS or word in ",;.":
            self.subject = None
        if named:
            self._name(rest)
        elif low == "they" and _are_plural_noun(rest):
            # "They are dealers for Claas": "you are dealers", not "your team is dealers"
            self.agree = "second"
            self.out.append("you")
        else:
            self.out += self._pronoun(word, low, following)
        if (
            self.team_named
            and self.previous in _CLAUSE_OPENERS
            and word.islower()
            and len(low) > 3
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is"))
            and low not in vocabulary().function_words
        ):
            self.plural_since = True  # "so farmers ...": a plural subject of its own clause
        self.previous = low

    def _verb(self, word: str, low: str, following: str) -> bool:
        """The verb after a turned subject, or after "and" following one, agrees with it."""
        if self.agree and low == "also" and self.out in (["your", "team"], ["you"]):
            return True  # "They also have a cold store": opening the email's sentence, "also"
            # points back at notes the reader never saw
        if self.agree and low in _ADVERBS:
            self.out.append(word)
            return True
        if self.agree:
            self.out.append(_agree(word, self.agree, following))
            self.subject, self.agree = self.agree, None
            return True
        if self.subject and self.out and self.out[-1] == "and" and low in _COMMON_VERBS:
            self.out.append(_agree(word, self.subject, ""))
            return True
        return False

    def _pronoun(self, word: str, low: str, following: str) -> list[str]:
        if (
            low == "them"
            and len(self.out) >= 2
            and self.out[-1].lower() == "of"
            and self.out[-2].lower() in _PARTITIVES
        ):
            return [word]  # "the service cars are electric, all of them": the cars
        if low in ("they", "them") and self.team_named and self.plural_since:
            return [word]  # "... so farmers get a text message when they deliver"
        if low == "them" and self.team_named:
            return [word]  # "your team grows hops and sells them to brewers": the hops
        if low in ("they", "them"):
            self.team_named = True
            self.plural_since = False
            if low == "they":
                self.agree = "third"
            return ["your", "team"]
        if low == "their" and following.lower() in ORG_NOUNS:
            self.team_named = True
            return ["your"]  # "their team" -> "your team", not "your team's team"
        if low in ("their", "theirs"):
            turned = ["its"] if self.team_named and low == "their" else ["your", "team's"]
            self.team_named = True
            return turned
        if low in ("she", "he"):
            self.agree = "second"
            return ["you"]
        if low in ("his", "him"):
            return ["your" if low == "his" else "you"]
        if low == "her":
            content = following.lower() not in vocabulary().function_words
            return ["your" if content and following[:1].isalpha() else "you"]
        return [word]

    def _name(self, rest: list[str]) -> None:
        """The interviewer's name, and a title before it, become "you"."""
        out = self.out
        if out and out[-1] == "." and len(out) > 1 and out[-2].lower() in self.titles:
            del out[-2:]  # "Dr. Okafor" -> "you"
        elif out and out[-1].lower() in self.titles:
            out.pop()
        out.append("you")
        self.last_named = True
        nxt = next((w for w in rest if w.lower() not in self.names | WORDS_AFTER_NAME), "")
        if nxt[:1].islower():
            self.agree = "second"


def _are_plural_noun(rest: list[str]) -> bool:
    """ "are dealers", "were suppliers": a plural noun right after the verb, which a singular
    "your team" cannot agree with ("are building", "are busy" stay the team's)."""
    if len(rest) < 2 or rest[0].lower() not in ("are", "were"):
        return False
    noun = rest[1]
    low = noun.lower()
    return (
        noun.islower()
        and len(low) > 4
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ous"))
        and low not in vocabulary().function_words
    )


def toward_reader(clause: str, interviewer: str | None = None) -> str:
    """The clause with its pronouns turned towards the reader, the verbs agreeing."""
    titles = vocabulary().titles
    names = {w.lower() for w in tokens(interviewer or "")} - titles
    text = re.sub(r"\b(they|you|we|she|he|it)'(re|ve|s|d|ll)\b", r"\1 '\2", clause, flags=re.I)
    words = _PIECES.findall(text)
    turning = _Turning(names, titles)
    for i, word in enumerate(words):
        turning.word(word, words[i + 1 :])
    return _join(turning.out)
