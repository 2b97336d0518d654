"""Checks that a sentence speaks to its reader: "you" and "your team", never the reader's own
name or "they", nobody else named, "your" only for what is the reader's, and a learned detail
about the reader's side. `Reader` holds who that is, from the notes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup.sentences.words import (
    related,
    stem,
    tokens,
    vocabulary,
)
from followup.understanding.vocabulary import vocabulary as notes_vocabulary


@dataclass(frozen=True)
class Reader:
    """Who the email is written to, and what it may say: from the notes."""

    source: str  # everything a draft may cite (the notes' text and facts)
    interviewer: str | None = None
    elsewhere: tuple[str, ...] = ()  # the candidate's past organisations, lower case
    others: tuple[str, ...] = ()  # everyone else the notes name: other interviewers, mentioned
    company: str | None = None  # the employer, as the notes name it
    role: str | None = None  # the job applied for, as the notes name it

    @property
    def name_words(self) -> set[str]:
        """The interviewer's names, without titles ("Dr. Helen Okafor" -> helen, okafor)."""
        titles = vocabulary().titles
        words = {w.lower() for w in tokens(self.interviewer or "")}
        return {w for w in words if w not in titles and len(w) > 1}


# the frame of a learned sentence ends at the first of these; the detail follows
_FRAME_END = re.compile(r"\b(?:that|about|how|hear|learn|learning|see)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|we|our|us)\b")


def detail_about_reader(sentence: str) -> str | None:
    """The detail of a learned sentence (what follows "I enjoyed learning that") is about the
    reader's side, never the candidate's: "... that your 85 staff are my team", "..., and I am
    excited to have you here to test it" misread the fact or run on into something else."""
    frame = _FRAME_END.search(sentence)
    detail = sentence[frame.end() :] if frame else sentence
    if _FIRST_PERSON.search(detail):
        return "the detail is about their side: no I, my or we after the frame"
    return None


_OTHERS = frozenset("my a an".split())  # "my project", "for a hotel group": not the reader's
_PREPOSITIONS = frozenset("for from with to at by of on in".split())
_THEIRS = frozenset("they them their theirs its our we us your".split())


# what the candidate did, told in the past ("I did the school shows", "I ran the night
# shift"): the thing after it is theirs ("I learned the team ..." tells the reader's)
_DONE = frozenset(
    "did made ran led built managed organised organized taught designed wrote started".split()
)


def _owner(fact_words: list[str], at: int) -> str | None:
    """The word that says whose the fact's word at `at` is: the determiner before its phrase."""
    function = vocabulary().function_words
    i = at - 1
    while i >= 0 and fact_words[i] not in function and not fact_words[i].isdigit():
        i -= 1  # back over the phrase's other words ("the banking app project")
    if i < 0:
        return None
    word, before = fact_words[i], fact_words[i - 1] if i > 0 else ""
    if word == "my":
        return "my"
    if (word in ("a", "an") or word.isdigit()) and before in _PREPOSITIONS:
        return "a"  # "for a hotel group", "from 300 farms": someone else's
    if word == "the" and "my" in fact_words[:i] and not _THEIRS & set(fact_words[:i]):
        return "my"  # "my experience from the banking app project"
    if word == "the" and i >= 2 and fact_words[i - 2] == "i" and fact_words[i - 1] in _DONE:
        return "my"  # "because I did the school shows in Catania": the candidate's own
    return None


def wrong_owner(sentence: str, fact: str) -> str | None:
    """'your X' for an X the fact gives to the candidate or to a third party ("my portfolio",
    "the banking app project" after "my", "for a hotel group")."""
    words = [w.lower() for w in re.findall(r"[\w'’]+", sentence)]
    fact_words = [w.lower() for w in re.findall(r"[\w'’]+", fact)]
    function = vocabulary().function_words
    for i, word in enumerate(words):
        if word != "your":
            continue
        phrase = []
        for w in words[i + 1 :]:
            if w in function and w != "own":
                break
            phrase.append(w)
        if not phrase:
            continue
        stems = [stem(w) for w in phrase]  # the phrase may run into its verb: check each word
        for j, fw in enumerate(fact_words):
            if any(related(stem(fw), s) for s in stems) and _owner(fact_words, j):
                return f"'your {' '.join(phrase)}' is not the reader's"
    return None


def public_body(sentence: str, reader: Reader) -> str | None:
    """ "your government gives only 8 permits" (dev 54): a public body the notes name beside
    the employer is not the reader's, unless the employer's name holds it ("your county" to
    the County Government of Isiolo)."""
    own = {w.lower() for w in tokens(reader.company or "")}
    for m in re.finditer(r"\byour[ \t]+([^\W\d_]+)", sentence, re.IGNORECASE):
        word = m.group(1).lower()
        if word in vocabulary().public_bodies and word not in own:
            return f"'your {word}' is not the reader's: say whose it is as the notes do"
    return None


def names_someone(sentence: str, reader: Reader) -> str | None:
    """A model sentence names nobody: the reader is "you", and anyone else the notes name
    (a colleague on the panel, a supervisor of the candidate's) is one the small model mixes up
    ("your construction director (Priti Shah) is the build manager")."""
    titles = vocabulary().titles
    names = {w.lower() for n in reader.others for w in tokens(n) if len(w) > 1}
    for word in tokens(sentence):
        base = re.sub(r"'s$", "", word.lower())  # "your Nadia's measurement"
        if word[:1].isupper() and base in names - titles:
            return f"do not name '{word}': write about the team or the work"
    return None


def addressed(sentence: str, reader: Reader) -> str | None:
    """Written to the interviewer: "you" and "your team", never "they" or their own name."""
    words = tokens(sentence)
    third = [w for w in words if w.lower() in vocabulary().third_person]
    if third:
        return f"speak to the reader as 'you' or 'your team', not '{third[0]}'"
    names = reader.name_words
    named = [w for w in words if w.lower() in names]
    if named:
        return f"do not name the reader ('{named[0]}'): write 'you'"
    owned = _OF_YOU.search(sentence)
    if owned is not None and owned.group(1).lower() not in _OF_YOU_FINE:
        # "the arrangements of you": the reader's name swapped for "you" in its place
        return f"write 'your {owned.group(1)}', not '{owned.group(1)} of you'"
    return None


# a thing "of you" ("plays only the arrangements of you"); "some of you", "kind of you" are
# English
_OF_YOU = re.compile(r"\b([^\W\d_]+)\s+of\s+you\b(?!r)", re.IGNORECASE)
_OF_YOU_FINE = frozenset(
    "some any all each both one two three many few most none either neither several "
    "kind nice good generous thoughtful sweet proud front ahead instead because".split()
)


def named_elsewhere(sentence: str, reader: Reader) -> str | None:
    """A sentence to the interviewer that names the candidate's old employer or school ("bring
    your work to Harland & Co", "your UWA and Kalgoorlie Core Services") mixes the two up: the
    small model cannot be trusted with it, so such a sentence is not used."""
    low = sentence.lower()
    for name in reader.elsewhere:
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", low):
            return f"do not name '{name}': the notes tie it to the candidate's own past"
    return None


# the words of a job's title that name where or when it is worked, no person
_PLACES = frozenset(
    "shift line lab laboratory unit team desk floor office department station ward site "
    "section division programme program project store shop kitchen plant yard".split()
)


def job_not_theirs(sentence: str, reader: Reader) -> str | None:
    """ "your supervisor handles 18 workers per shift" where the job applied for is the Mill
    Shift Supervisor: the notes told what the job does, and "your" makes the candidate's future
    job someone of the reader's (the plural, "your supervisors", is the staff there now)."""
    if not reader.role:
        return None
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^()]*\)", " ", reader.role).lower())
    # (only a person's job: "Analista de Lab" ends on a place, "your lab" may be the reader's;
    # "Shift Manager evening shift" on the shift)
    if not words or words[-1] not in notes_vocabulary().role_words or words[-1] in _PLACES:
        return None
    head = re.escape(words[-1])
    said = re.search(rf"\byour[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{head}\b(?!['’]s|s\b)", sentence, re.I)
    if said is not None:
        return f"'{said.group(0)}' is the job applied for: say 'the {words[-1]}'"
    return None
