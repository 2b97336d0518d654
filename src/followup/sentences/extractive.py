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
from functools import cache

from followup.sentences.pronouns import ORG_NOUNS, SUBJECTS, toward_reader
from followup.sentences.sensible import verb_in
from followup.sentences.words import tokens, vocabulary
from followup.understanding.people import WORDS_AFTER_NAME

MIN_CLAUSE_WORDS = 3

_AUX = frozenset(
    "is are was were has have had does do did will would can could should may might must "
    "gets get got isn't aren't don't doesn't won't".split()
)
# prepositions of place right after a quantifier: "everything on k8s", "all in AWS"
_PLACE_WORDS = frozenset("on in at into onto under inside within".split())
_QUANTIFIER_SUBJECTS = frozenset(
    "everyone everybody everything nobody nothing someone something all most many some each "
    "both half almost nearly".split()
)
# a short label before a colon ("avian flu biosecurity: whole farm is in the control area"):
# the clause is what follows it
_LABEL = re.compile(r"^[^\W\d][\w' /-]{1,40}:\s+(?=\S)")
# a subject pronoun in the middle of a clause with no punctuation before it: a dictated note
# running two sentences together ("everything is eu approved since 2019 they export ...")
# (or a lower-case name that says something: "... with buried volunteers staszek said bruno
# would ...")
_RUN_ON = re.compile(
    r"\s(?=(?:they|we|he|she)\s+\w)|\s(?=[a-z][\w'’-]+\s+(?:said|says|told|tells)\b)",
    re.IGNORECASE,
)
_JOINS_A_CLAUSE = frozenset(
    "that and but because so if when where which as since until while or said says think "
    "thinks know knows how what why who than before after unless once whether though although "
    "whereas till".split()
)


def _before_run_on(text: str) -> str:
    """The first of two sentences a dictated note runs together without punctuation: up to a
    subject pronoun that no joining word introduces."""
    for m in _RUN_ON.finditer(text):
        before = text[: m.start()].split()
        if len(before) >= MIN_CLAUSE_WORDS and before[-1].lower() not in _JOINS_A_CLAUSE:
            if _OPEN_SUBORDINATE.search(_LAST_PART.split(text[: m.start()])[-1]):
                # "... and in winter when it rains too much they work inside": the pronoun
                # opens the main clause its "when" waits for, no new sentence
                continue
            return _without_fronted_object(text[: m.start()])
    return text


def _without_fronted_object(head: str) -> str:
    """The clause before a run-on's pronoun, without a last "but the gas chromatography": the
    object the next clause fronts ("... but the gas chromatography they send outside"), which
    has no verb of its own once the pronoun is cut off."""
    joints = list(_JOINT.finditer(head))
    joint = joints[-1] if joints else None
    if joint is None or len(head[: joint.start()].split()) < MIN_CLAUSE_WORDS:
        return head
    part = [w.lower().strip(",") for w in head[joint.end() :].split()]
    if part[0] not in _DETERMINERS or len(part) > _FRONTED_MAX_WORDS:
        return head
    if any(w in _AUX for w in part):
        return head  # "... and the olms can live over 100 years": a clause of its own
    return head[: joint.start()]


# the longest object a clause fronts ("the gas chromatography"); longer, it more likely has a
# verb the cut left ("a hplc machine arrives in November")
_FRONTED_MAX_WORDS = 4


# "and", "but" or "or" between two parts of a clause
_JOINT = re.compile(r"[ \t]+(?:and|but|or)[ \t]+", re.IGNORECASE)
# the last part of a clause, after its last "and", "but" or comma
_LAST_PART = re.compile(r",|\b(?:and|but)\b", re.IGNORECASE)
# a subordinate clause's opening word, whose main clause is still to come
_OPEN_SUBORDINATE = re.compile(
    r"\b(?:when|whenever|if|because|while|unless|as soon as)\b", re.IGNORECASE
)


# a time said before a clause's subject ("last month they ...", "in June she ...")
_FRONTED_TIME = (
    r"(?:(?:last|next|this|every|each)\s+\w+|in\s+\w+(?:\s+\d{4})?|since\s+\w+|"
    r"today|yesterday|now|recently|lately|soon)"
)
_DETERMINERS = frozenset("the a an this these our its every their".split())
_COUNTS = frozenset("one two three four five six seven eight nine ten".split())
_SUBJECT_WORDS = frozenset("i we they he she it you there".split())
_SHARE = re.compile(r"\d[\d.,]*%$")
# verbs that are seldom nouns, in their plain form: after a plural they make a clause
_BARE_VERBS = frozenset(
    "need want have do make get take give keep hire go come sell grow teach say said".split()
)
# words in -ing that name a thing before another noun ("training camp in Calpe", "housing
# allowance"): "your team is training camp" would be nonsense
_ING_NOUNS = frozenset(
    "training building housing funding marketing planning nursing parking meeting clothing "
    "catering engineering accounting processing packing packaging lighting heating plumbing "
    "seating landing wedding painting printing shipping boarding banking farming fishing "
    "mining lodging bedding cooking learning teaching morning evening tasting booking "
    "opening closing welding cleaning washing dining living sewing knitting climbing "
    # a thing's kind more often than a verb in notes ("drilling rig with GPS drill plan",
    # "milking parlour", "sorting line"; "drilling 40 wells" is still a verb: a number follows)
    "drilling cooling filling waiting sorting blasting milking grading loading bottling "
    "brewing recording racing riding swimming diving spraying crushing drying".split()
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
_VERDICT_TAIL = re.compile(
    r",?\s+which\s+(?:is|was|sounds|seems)\s+(?:(?:pretty|really|very|so|quite|super)\s+)?"
    r"(?:cool|nice|great|awesome|amazing|neat|interesting|good|wild|mad)\b[\s!.]*$",
    re.IGNORECASE,
)


def _tidy(fact: str, casual: bool = True) -> str:
    """Symbols and spacing made plain; with `casual`, "gonna" -> "going to" too."""
    text = fact.replace("’", "'").strip()
    text = re.sub(r"\bw/(?!o\b)\s*", "with ", text)
    if casual:
        text = re.sub(
            r"\b(gonna|wanna|gotta)\b", lambda m: _CASUAL[m.group().lower()], text, flags=re.I
        )
        # the writer's own verdict at the end: "... for two weeks which is pretty cool"
        text = _VERDICT_TAIL.sub("", text)
        # two verbs joined by a slash after their subject: "they buy/sell 14 currencies"
        text = re.sub(r"\b(they|we|you)\s+([a-z]+)/([a-z]+)\b", r"\1 \2 and \3", text, flags=re.I)
        # a transcript's contractions without their apostrophe: "theyre getting", "theyve got"
        text = re.sub(r"\b(they)(re|ve|ll)\b", r"\1'\2", text, flags=re.I)
        # speech's "like" before a count: "they do like 20 gowns a month" -> "about 20"
        text = _LIKE_A_COUNT.sub(r"\1 about ", text)
        shorthand = vocabulary().shorthand
        # "4 yrs", "approx. 1.8 lakh": the words an email writes
        text = _shorthand_re().sub(lambda m: shorthand[m.group(1).lower()], text)
        text = capitalised(text)
    text = re.sub(r"~\s*(?=\d)", "about ", text)
    # dictated punctuation ("... ninety live sites each full stop new line", "cheese a week
    # comma mostly cheddar"): the marks, not the words
    text = _DICTATED_END.sub("", text)
    text = re.sub(r"\s+comma\s+", ", ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .;:!-")


_LIKE_A_COUNT = re.compile(
    r"\b(do|does|did|make|makes|made|sell|sells|sold|get|gets|got|see|sees|have|has|had|serve|"
    r"serves|take|takes|is|are|was|were)\s+like\s+(?=\d)",
    re.IGNORECASE,
)


def capitalised(text: str) -> str:
    """The words an email writes with a capital, capitalised ("the moroccans from europe who
    come in july" -> "the Moroccans from Europe who come in July"); "may" and "march" only as
    months (beside a day, after "in", "by", "since" ...)."""
    proper = vocabulary().proper_words
    # (not a letter of "i.e.")
    text = re.sub(
        r"\b[a-z]+\b(?!\.\w)", lambda m: m[0].capitalize() if m[0] in proper else m[0], text
    )
    return _MONTH_VERB.sub(_month, text)


def _month(m: re.Match[str]) -> str:
    month = m["m"] or m["m2"]
    return m[0][: -len(month)] + month.capitalize()


# "may" and "march" where they are months: after a word of time, or before a day
_MONTH_VERB = re.compile(
    r"\b(?:in|by|since|until|till|from|of|early|late|mid|next|last|this|every)\s+"
    r"(?P<m>may|march)\b|\b(?P<m2>may|march)(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)"
)


@cache
def _shorthand_re() -> re.Pattern[str]:
    """The vocabulary's shorthand as one pattern, built once."""
    words = "|".join(re.escape(k) for k in vocabulary().shorthand)
    return re.compile(rf"\b({words})\b\.?", re.IGNORECASE)


_DICTATED_END = re.compile(
    r"(?:\s+(?:full\s+stop|period|new\s+(?:line|paragraph)))+\s*$", re.IGNORECASE
)


def _speakers(interviewer: str | None) -> str:
    """The ways notes name the interviewer as a subject, as a regex alternation."""
    forms = {"she", "he", "they"}
    if interviewer:
        words = [w for w in interviewer.replace(".", " ").split() if w]
        titles = vocabulary().titles | _honorific_words()
        names = [w for w in words if w.lower() not in titles]
        forms.add(re.escape(interviewer))
        forms.update(re.escape(w) for w in names)
        if names:
            # "Fr. Eze said ...", "Rev. Fr. Eze said ...": any honorific, as many as written
            honorific = "|".join(sorted(_honorific_words(), key=len, reverse=True))
            forms.add(rf"(?:(?:{honorific})\.?\s+)+" + re.escape(names[-1]))
            # "Selin Hanım said ...", "Sharma ji said ...": a word of address after a name
            after = "|".join(sorted(WORDS_AFTER_NAME, key=len, reverse=True))
            forms.update(rf"{re.escape(w)}\s+(?i:{after})" for w in names)
    return "|".join(sorted(forms, key=len, reverse=True))


@cache
def _honorific_words() -> frozenset[str]:
    """The honorifics the notes reader knows, as words ("dr", "fr", "rev", "ing")."""
    from followup.understanding.vocabulary import vocabulary as notes_vocabulary

    return frozenset(w for w in notes_vocabulary().honorifics if re.fullmatch(r"[a-z]+", w))


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


# (a spaced dash between two numbers is a range, no break: "they grow 5 - 10 percent a year")
_BREAK = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d{3}\b)|;|(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s"
    r"|(?<!\d)\s(?:-+|–)\s|\s(?:-+|–)\s(?!\d)|\s—\s|\s\()\s*"
)


def _list_part(segments: list[str]) -> bool:
    """Whether the first segment continues a list ("..., Snowflake and Looker")."""
    if not segments:
        return False
    words = segments[0].lower().split()
    if not words or len(words) > 4 or any(w in _AUX or w in SUBJECTS for w in words):
        return False
    return "and" in words or "or" in words or _list_part(segments[1:])


# a dash between two capitalised words joins a route or a range ("Ketchikan – Metlakatla –
# Prince of Wales"): no clause ends there
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.]*$")
# a clause that opens the fact and leans on the next ("Because many families live far away,
# almost half of the appointments are by video"): what was learned is the main clause after it
_OPENS_SUBORDINATE = frozenset(
    "because since as although though while whereas when if unless once".split()
)


def _breaks(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in _BREAK.finditer(text)
        if not (
            re.search(r"[–—]", m.group(0))
            and _NAME_BEFORE.search(text, 0, m.start())
            and text[m.end() : m.end() + 1].isupper()
        )
    ]


def _first_clause(text: str) -> str:
    """Up to the first comma, full stop, semicolon or dash that ends a clause of its own (not a
    comma inside a list); after a subordinate clause that opens the fact."""
    breaks = _breaks(text)
    if breaks and text.split(" ", 1)[0].lower() in _OPENS_SUBORDINATE and "," in breaks[0].group():
        rest = text[breaks[0].end() :]
        if len(rest.split()) >= MIN_CLAUSE_WORDS:
            return _first_clause(rest)
    ends = [0, *(m.end() for m in breaks)]
    pieces = [
        text[a : (breaks[k].start() if k < len(breaks) else len(text))] for k, a in enumerate(ends)
    ]
    head = pieces[0]
    for i in range(1, len(pieces) + 1):
        if i == len(pieces):
            return text
        if len(head.split()) >= MIN_CLAUSE_WORDS and not _list_part(pieces[i:]):
            return head
        head = text[: breaks[i - 1].end()] + pieces[i]
    return text


def _lower_first(clause: str) -> str:
    from followup.lint.checks.spelling import english_word

    first, _, rest = clause.partition(" ")
    if english_word(first) and not first.isupper() and first != "I":
        first = first.lower()
    return f"{first} {rest}".strip()


def _participle(word: str) -> bool:
    """Whether a word in -ing is a verb's ("moving", "hiring", "running"): its stem is a word.
    "everything" and "spring" end so too, and "your team is everything on k8s" is nonsense."""
    from followup.lint.checks.spelling import lexicon

    if not word.endswith("ing") or len(word) <= 4 or word in vocabulary().function_words:
        return False  # ("during" is no verb's)
    stem = word[:-3]
    stems = [stem, stem + "e"]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # "running" -> "run"
    words = lexicon()
    # ("going" is "go"; "bring" and "spring" have no vowel before their "ing")
    return any(re.search("[aeiouy]", s) is not None and s in words for s in stems)


def _as_clause(text: str, speakers: str, reported: bool) -> str | None:
    """The fact as a clause with a subject, or None when it is not one. `reported`: the notes
    said "she said ..." before it, so it is a clause even without a verb we know."""
    words = text.split()
    if len(words) < 3:
        return None
    first = words[0].lower().strip(",")
    if re.match(rf"(?:{speakers})\b", text, re.IGNORECASE):
        return text  # "they are ...", "she runs ...", "Dr. Okafor runs ..."
    if re.match(rf"{_FRONTED_TIME}\s+(?:{speakers})\b", text, re.IGNORECASE):
        return text  # "last month they did ...": a time before its subject, not a noun
    has_verb = reported or any(w.lower().strip(",") in _AUX for w in words[1:])
    if first in _ING_NOUNS and not has_verb and len(words) > 1:
        second = words[1].lower().strip(",")
        if not (second in vocabulary().function_words or second[:1].isdigit()):
            return None  # "training camp in Calpe in January": a noun phrase, no clause
    if _participle(first) and text[0].islower() and not has_verb:
        # "moving their workpapers" -> "your team is moving its ...", but "teaching load for
        # new lecturers is reduced" has its own verb: the -ing word names a thing
        return "they are " + text
    if first in _QUANTIFIER_SUBJECTS and not has_verb and words[1].lower() in _PLACE_WORDS:
        return None  # "everything on k8s in two regions", "all in AWS": where, no clause
    if first in _QUANTIFIER_SUBJECTS or (_SHARE.match(first) and has_verb):
        return text  # "90% of their work is for the offshore operators"
    if (first in _DETERMINERS or first in _COUNTS) and has_verb:
        return text  # ("one of their horses was ...": no article before a count)
    if first in ORG_NOUNS and has_verb:
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
    plain = _strip_lead_ins(_tidy(fact, casual=False), _speakers(interviewer))[0]
    return _first_clause(_ASIDE.sub("", plain))


# a short bracket inside a clause, its words going on after it ("they install radio-controlled
# (DCF77) retrofits"): an aside, not where the clause ends
_ASIDE = re.compile(r"[ \t]+\([^()\n]{1,30}\)(?=[ \t]+[a-z])")


def for_the_reader(fact: str, interviewer: str | None = None) -> str:
    """The fact as the model is shown it: its lead-in gone, its pronouns already turned to the
    reader ("she said they use dbt" -> "your team uses dbt"), so the model has no "they" to copy."""
    return toward_reader(core(fact, interviewer), interviewer)


_PLUS = re.compile(r"[ \t]+\+[ \t]+")
# the longest clause a learned sentence is built from: longer, in the corpus's notes, is most
# often a memo's sentences run together ("... so the guide does the laser pointer part the
# constellations with the green laser and the other one is with the telescopes")
_CLAUSE_MAX_WORDS = 22


def learned_sentence(fact: str, interviewer: str | None = None, variant: int = 0) -> Built | None:
    """ "I enjoyed learning that <the fact, towards the reader>." or None."""
    speakers = _speakers(interviewer)
    stripped, reported = _strip_lead_ins(_tidy(fact), speakers)
    label = _LABEL.match(stripped)
    if label is not None:
        stripped = stripped[label.end() :]
    # "a family court + special drug court": the notes' shorthand, said in words
    text = _first_clause(_ASIDE.sub("", _PLUS.sub(" and ", stripped)))
    text = _before_run_on(text)
    if len(text.split()) > _CLAUSE_MAX_WORDS:
        return None  # a memo's run-on ("the max 20 people per tour and two guides so the ...")
    if first_person(text):
        return None  # about the candidate, not about what was learned
    clause = _as_clause(text, speakers, reported)
    if clause is None:
        thing = _as_noun_phrase(text)
        if thing is None:
            return None
        turned = toward_reader(thing, interviewer)
        return Built(_ABOUT_FRAMES[variant % len(_ABOUT_FRAMES)].format(turned), text)
    turned = _lower_first(toward_reader(clause, interviewer))
    return Built(_LEARNED_FRAMES[variant % len(_LEARNED_FRAMES)].format(turned), text)


_ABOUT_FRAMES = (
    "I enjoyed learning about the {}.",
    "I was glad to hear about the {}.",
    "It was interesting to learn about the {}.",
)
# a number or an ordinal, or a word that only describes, opening a thing's name ("3 month
# warranty on every repair", "2nd branch opening in Ntinda in June", "new packhouse with vapor
# heat treatment")
_COUNT = re.compile(r"\d[\d,.]*(?:st|nd|rd|th)?(?:[-–]\d[\d,.]*)?$")
_DESCRIBING = frozenset(
    "new second third monthly weekly daily yearly annual free extra planned future "
    "upcoming two three four five six seven eight nine ten eleven twelve".split()
)
_NP_MAX_WORDS = 12
# a word that can only be a noun ("partnership with a congregation in Bielefeld")
_NOUN_END = re.compile(r"..(?:ship|tion|sion|ment|ness|ity|ance|ence|ism|hood|dom)$")


def _as_noun_phrase(text: str) -> str | None:
    """A fact that names a thing with no clause ("3 month warranty on every repair"), as the
    thing a sentence can be "about"; None when it may be a clause (a verb first: "runs 3
    shifts"), starts with a name, or is long."""
    words = text.split()
    if not 2 <= len(words) <= _NP_MAX_WORDS or not text[:1].isalnum() or text[:1].isupper():
        return None
    first = words[0].lower().strip(",")
    if not (_COUNT.match(first) or first in _DESCRIBING or _NOUN_END.search(first)):
        return None
    thing = text.split(",")[0].rstrip(" .;")  # "12 boats, all 700 hp": one thing
    if re.search(r"\s[—–-]\s", thing):
        return None  # "surveillance — wastewater sampling at 9 sites": two things, a heading
    lows = [w.lower().strip(".;") for w in thing.split()]
    if len(lows) < 2 or any(w in _AUX or w in _SUBJECT_WORDS for w in lows):
        return None  # "2 days they said": a clause
    if any(w in _BARE_VERBS for w in lows[1:]):
        return None  # "3 tours going out in April need techs": a clause after all
    if any(not w.isascii() and w[:1].islower() for w in thing.split()):
        return None  # "45 000 nacres greffées per year": a phrase of another language
    if verb_in("the " + thing):
        return None  # "new site opens in June", "3 tours going out in April need techs"
    return thing


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
