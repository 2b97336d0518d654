"""A sentence built from the fact itself, turned towards the reader, when no model sentence passes.

"they are moving their reporting to dbt" -> "I enjoyed learning that your team is moving its
reporting to dbt." The tense is kept; only the pronouns change (they/their -> your team/your
team's, she/he and the interviewer's name -> you) with the verb after them. Each function
returns the sentence and the part of the fact it says (the checks judge it against that part),
or None when the fact does not make a sentence this way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup.sentences.words import tokens, vocabulary

MIN_CLAUSE_WORDS = 3

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
_AUX = frozenset(
    "is are was were has have had does do did will would can could should may might must "
    "gets get got isn't aren't don't doesn't won't".split()
)
# verbs common in notes, agreed with the subject also after "and" ("they use X and run Y")
_COMMON_VERBS = frozenset(
    "do have are use run want need make build plan work hire offer give get take keep support "
    "help host hold meet ship sell serve train review test write teach see look grow manage "
    "handle process collect roast bake cook design develop".split()
)
_QUANTIFIER_SUBJECTS = frozenset("everyone everybody all most many some each both".split())
_DETERMINERS = frozenset("the a an this these our its every their".split())
_ORG_NOUNS = frozenset(
    "team company firm school studio shop branch clinic hospital startup department office lab "
    "program programme group agency store restaurant kitchen unit ward practice".split()
)
_HELP_VERBS = "help|bring|contribute|support|build|work"
_LEARNED_FRAMES = (
    "I enjoyed learning that {}.",
    "I was glad to hear that {}.",
    "It was interesting to learn that {}.",
)
_CONTRIBUTION_FRAMES = ("I would be glad to {}.", "I would love to {}.", "I would be happy to {}.")


@dataclass(frozen=True)
class Built:
    """A sentence built from a fact, and the part of the fact it says."""

    text: str
    basis: str


_CASUAL = {"gonna": "going to", "wanna": "want to", "gotta": "have to"}


def _tidy(fact: str, casual: bool = True) -> str:
    """Symbols and spacing made plain; with `casual`, "gonna" -> "going to" too."""
    text = fact.replace("’", "'").strip()
    text = re.sub(r"\bw/\s*", "with ", text)
    if casual:
        text = re.sub(
            r"\b(gonna|wanna|gotta)\b", lambda m: _CASUAL[m.group().lower()], text, flags=re.I
        )
    text = re.sub(r"~\s*(?=\d)", "about ", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .;:!-")


def _speakers(interviewer: str | None) -> str:
    """The ways notes name the interviewer as a subject, as a regex alternation."""
    forms = {"she", "he", "they"}
    if interviewer:
        words = [w for w in interviewer.replace(".", " ").split() if w]
        titles = vocabulary().titles
        names = [w for w in words if w.lower() not in titles]
        forms.add(re.escape(interviewer))
        forms.update(re.escape(w) for w in names)
        if names:
            forms.add(r"(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+" + re.escape(names[-1]))
    return "|".join(sorted(forms, key=len, reverse=True))


def _strip_lead_ins(text: str, speakers: str) -> tuple[str, bool]:
    """The fact without its lead-ins, and whether one said that a clause follows ("she said")."""
    patterns = [
        (re.compile(p.replace("{speaker}", speakers), re.IGNORECASE), "{speaker}" in p)
        for p in vocabulary().lead_ins
    ]
    reported = False
    changed = True
    while changed:
        changed = False
        for pattern, says in patterns:
            m = pattern.match(text)
            if m and m.end() < len(text):
                text = text[m.end() :].strip()
                reported = reported or says
                changed = True
    return text, reported


_BREAK = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d{3}\b)|;|(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s|\s-+\s|\s–\s|\s—\s|\s\()\s*"
)
_SUBJECTS = frozenset("i you he she it we they there this that".split())


def _list_part(segments: list[str]) -> bool:
    """Whether the first segment continues a list ("..., Snowflake and Looker")."""
    if not segments:
        return False
    words = segments[0].lower().split()
    if not words or len(words) > 4 or any(w in _AUX or w in _SUBJECTS for w in words):
        return False
    return "and" in words or "or" in words or _list_part(segments[1:])


def _first_clause(text: str) -> str:
    """Up to the first comma, full stop, semicolon or dash that ends a clause of its own (not a
    comma inside a list)."""
    pieces = _BREAK.split(text)
    head = pieces[0]
    for i in range(1, len(pieces) + 1):
        if i == len(pieces):
            return text
        if len(head.split()) >= MIN_CLAUSE_WORDS and not _list_part(pieces[i:]):
            return head
        head = text[: _nth_break_end(text, i)] + pieces[i]
    return text


def _nth_break_end(text: str, n: int) -> int:
    """Where the n-th clause break of the text ends."""
    m = list(_BREAK.finditer(text))[n - 1]
    return m.end()


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


_PIECES = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\w+(?:[-'./&]\w+)*|'[a-z]+|\S")


def toward_reader(clause: str, interviewer: str | None = None) -> str:
    """The clause with its pronouns turned towards the reader, the verbs agreeing."""
    titles = vocabulary().titles
    names = {w.lower() for w in tokens(interviewer or "")} - titles
    text = re.sub(r"\b(they|you|we|she|he|it)'(re|ve|s|d|ll)\b", r"\1 '\2", clause, flags=re.I)
    words = _PIECES.findall(text)
    out: list[str] = []
    team_named = False
    agree: str | None = None  # "third" or "second": the next verb agrees with a new subject
    subject: str | None = None  # the last subject turned, for a verb after "and"
    last_named = False  # the previous word was the interviewer's name, now "you"
    for i, word in enumerate(words):
        low = word.lower()
        following = words[i + 1] if i + 1 < len(words) else ""
        named = low in names and word[:1].isupper()
        if named and last_named:
            continue  # "Helen Okafor" -> one "you"
        last_named = False
        if agree and low in _ADVERBS:
            out.append(word)
            continue
        if agree:
            turned = _third_singular(word) if agree == "third" else _second_person(word, following)
            out.append(turned)
            subject, agree = agree, None
            continue
        if subject and out and out[-1] == "and" and low in _COMMON_VERBS:
            turned = _third_singular(word) if subject == "third" else _second_person(word, "")
            out.append(turned)
            continue
        if low in _SUBJECTS or word in ",;.":
            subject = None
        if low == "they":
            out += ["your", "team"]
            team_named, agree = True, "third"
        elif low == "them":
            out += ["your", "team"]
            team_named = True
        elif low == "their" and following.lower() in _ORG_NOUNS:
            out.append("your")  # "their team" -> "your team", not "your team's team"
            team_named = True
        elif low in ("their", "theirs"):
            out += ["its"] if team_named and low == "their" else ["your", "team's"]
            team_named = True
        elif low in ("she", "he"):
            out.append("you")
            agree = "second"
        elif named:
            if out and out[-1] == "." and len(out) > 1 and out[-2].lower() in titles:
                del out[-2:]  # "Dr. Okafor" -> "you"
            elif out and out[-1].lower() in titles:
                out.pop()
            out.append("you")
            last_named = True
            nxt = next((w for w in words[i + 1 :] if w.lower() not in names), "")
            if nxt[:1].islower():
                agree = "second"
        elif low == "his":
            out.append("your")
        elif low == "him":
            out.append("you")
        elif low == "her":
            content = following.lower() not in vocabulary().function_words
            out.append("your" if content and following[:1].isalpha() else "you")
        else:
            out.append(word)
    return _join(out)


def _join(words: list[str]) -> str:
    text = ""
    for w in words:
        if not text or w in ",.;:!?)%" or w.startswith("'") or text.endswith(("(", "$", "#")):
            text += w
        else:
            text += " " + w
    return text


def _lower_first(clause: str) -> str:
    from followup.lint.checks.spelling import lexicon

    first, _, rest = clause.partition(" ")
    if first.lower() in lexicon() and not first.isupper() and first != "I":
        first = first.lower()
    return f"{first} {rest}".strip()


def _as_clause(text: str, speakers: str, reported: bool) -> str | None:
    """The fact as a clause with a subject, or None when it is not one. `reported`: the notes
    said "she said ..." before it, so it is a clause even without a verb we know."""
    words = text.split()
    if len(words) < 3:
        return None
    first = words[0].lower().strip(",")
    if re.match(rf"(?:{speakers})\b", text, re.IGNORECASE):
        return text  # "they are ...", "she runs ...", "Dr. Okafor runs ..."
    has_verb = reported or any(w.lower().strip(",") in _AUX for w in words[1:])
    if first.endswith("ing") and len(first) > 4 and text[0].islower() and not has_verb:
        # "moving their workpapers" -> "your team is moving its ...", but "teaching load for
        # new lecturers is reduced" has its own verb: the -ing word names a thing
        return "they are " + text
    if first in _QUANTIFIER_SUBJECTS:
        return text
    if first in _DETERMINERS and has_verb:
        return text
    if first in _ORG_NOUNS and has_verb:
        return "your " + text  # "firm does audits for ..."
    if text[0].islower() and has_verb and first not in vocabulary().function_words:
        return "the " + text  # "night shift staff miss ..."
    if text[0].isupper() and has_verb:
        return text  # a name or the company: "Acme is ..."
    return None


def first_person(text: str) -> bool:
    """Whether a text speaks of the candidate (I, my, we): not something learned about them."""
    return bool({"i", "me", "my", "mine", "myself", "we", "us", "our"} & set(tokens(text.lower())))


def core(fact: str, interviewer: str | None = None) -> str:
    """The fact without its lead-in ("she said", "I learned that") and symbols."""
    return _strip_lead_ins(_tidy(fact), _speakers(interviewer))[0]


def main_clause(fact: str, interviewer: str | None = None) -> str:
    """The fact's first clause of its own, without its lead-in: what a learned sentence tells.
    The small model given "they ship weekly behind feature flags; HIPAA audits twice a year"
    runs the two together ("ships weekly behind feature flags, HIPAA audits twice a year");
    given one clause, it has one thing to say (the sentence built from the fact does the same).
    The notes' own casual words stay ("gonna"): the checks judge a sentence against the notes'
    words, and only the rules may object to those (the model is shown them made plain)."""
    return _first_clause(_strip_lead_ins(_tidy(fact, casual=False), _speakers(interviewer))[0])


def for_the_reader(fact: str, interviewer: str | None = None) -> str:
    """The fact as the model is shown it: its lead-in gone, its pronouns already turned to the
    reader ("she said they use dbt" -> "your team uses dbt"), so the model has no "they" to copy."""
    return toward_reader(core(fact, interviewer), interviewer)


def learned_sentence(fact: str, interviewer: str | None = None, variant: int = 0) -> Built | None:
    """ "I enjoyed learning that <the fact, towards the reader>." or None."""
    speakers = _speakers(interviewer)
    stripped, reported = _strip_lead_ins(_tidy(fact), speakers)
    text = _first_clause(stripped)
    if first_person(text):
        return None  # about the candidate, not about what was learned
    clause = _as_clause(text, speakers, reported)
    if clause is None:
        return None
    turned = _lower_first(toward_reader(clause, interviewer))
    return Built(_LEARNED_FRAMES[variant % len(_LEARNED_FRAMES)].format(turned), text)


_CONTRIBUTION_PATTERNS = (
    # "I would love to help start the garden project": already a sentence of its own
    (
        re.compile(
            r"^I(?:'d| would)\s+((?:love|like|be\s+(?:glad|happy|delighted))\s+to\s+.+)$", re.I
        ),
        "I would {0}",
    ),
    # "I could help them with ...", "could help train ...", "I can bring ..."
    (
        re.compile(
            rf"^(?:I\s+)?(?:could|can|would|'d|might)\s+(?:also\s+|really\s+)?((?:{_HELP_VERBS})\b.*)$",
            re.I,
        ),
        None,
    ),
    # "my background building videos could help reach the night shift"
    (
        re.compile(
            r"^my\s+(.+?)\s+(?:could|can|would|will|might)\s+(?:really\s+)?help\s+(.+)$", re.I
        ),
        "bring my {0} to help {1}",
    ),
    # "my experience coordinating services would fit what they need"
    (
        re.compile(
            r"^my\s+(.+?)\s+(?:could|can|would|will|might)?\s*(?:fit|fits|match|matches|suit|suits)\b.*$",
            re.I,
        ),
        "bring my {0} to your team",
    ),
)


def contribution_sentence(
    fact: str, interviewer: str | None = None, variant: int = 0
) -> Built | None:
    """ "I would be glad to help your team ..." from an "I could help them ..." fact, or None."""
    text, _ = _strip_lead_ins(_tidy(fact), _speakers(interviewer))
    segments = [s.strip() for s in re.split(r"\s*(?:,|;|\s-+\s|\s–\s|\s—\s)\s*", text)]
    for segment in segments:
        for pattern, shape in _CONTRIBUTION_PATTERNS:
            m = pattern.match(segment)
            if not m:
                continue
            if shape == "I would {0}":
                body = toward_reader(m.group(1), interviewer)
                return Built(f"I would {body}.", segment)
            body = shape.format(*m.groups()) if shape else m.group(1)
            frame = _CONTRIBUTION_FRAMES[variant % len(_CONTRIBUTION_FRAMES)]
            return Built(frame.format(toward_reader(body, interviewer)), segment)
    return None
