"""The checks a sentence passes before it may enter a draft: what the lint rules cannot see.

Each check is a small function returning a problem (a short phrase the slot prompt can show the
model as "avoid ...") or None. `problems` runs them all for one sentence and the fact it is for.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from followup.sentences.words import (
    content_words,
    is_content,
    known,
    related,
    stem,
    stems_of,
    tokens,
    vocabulary,
)

MIN_WORDS = 6
MAX_WORDS = 35
MAX_FACT_WORDS_NEEDED = 4  # a long fact is covered by this many of its content words
REPEAT_SPAN = 5  # one word twice within this many words reads as a stutter
COPY_WORDS = 3  # a phrase this long copied from the few-shot examples is a copy


@dataclass(frozen=True)
class Reader:
    """Who the email is written to, and what it may say: from the notes."""

    source: str  # everything a draft may cite (the notes' text and facts)
    interviewer: str | None = None
    elsewhere: tuple[str, ...] = ()  # the candidate's past organisations, lower case
    others: tuple[str, ...] = ()  # everyone else the notes name: other interviewers, mentioned

    @property
    def name_words(self) -> set[str]:
        """The interviewer's names, without titles ("Dr. Helen Okafor" -> helen, okafor)."""
        titles = vocabulary().titles
        words = {w.lower() for w in tokens(self.interviewer or "")}
        return {w for w in words if w not in titles and len(w) > 1}


# -- about its fact ---------------------------------------------------------------------------


def fact_stems(fact: str) -> list[str]:
    """The fact's content words that a sentence about it should carry (frame words aside)."""
    frame = vocabulary().frame_stems
    seen: list[str] = []
    for word in content_words(fact):
        s = stem(word)
        if s not in frame and s not in seen:
            seen.append(s)
    return seen


def coverage(sentence: str, fact: str) -> tuple[int, int]:
    """How many of the fact's content words the sentence carries, and how many it should."""
    wanted = fact_stems(fact)
    have = stems_of(sentence)
    carried = sum(1 for s in wanted if any(related(s, h) for h in have))
    needed = min(math.ceil(len(wanted) / 2), MAX_FACT_WORDS_NEEDED)
    return carried, needed


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


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_kept(sentence: str, fact: str) -> str | None:
    """Every number of a sentence is one its fact gives ("on-call 1 week in 6" never becomes
    "2 weeks in 6"): the words around a number may change, the number may not."""
    have = {n.replace(",", "") for n in _NUMBER.findall(fact)}
    for number in _NUMBER.findall(sentence):
        if number.replace(",", "") not in have:
            return f"keep the fact's numbers ({number} is not one of them)"
    return None


def about_fact(sentence: str, fact: str) -> str | None:
    carried, needed = coverage(sentence, fact)
    if needed == 0:
        return "the fact has nothing to say"
    if carried < needed:
        return "stay with the fact you were given"
    return None


# -- adds nothing -----------------------------------------------------------------------------


def new_words(sentence: str, source: str) -> list[str]:
    """Content words that neither the notes nor the frame vocabulary contain."""
    allowed = stems_of(source) | set(vocabulary().frame_stems)
    return [w for w in content_words(sentence) if not known(w, allowed)]


def adds_words(sentence: str, source: str) -> str | None:
    added = new_words(sentence, source)
    if added:
        return "add no details that are not in the notes (" + ", ".join(added[:3]) + ")"
    return None


def copied_phrase(sentence: str, shots: Iterable[str], source: str) -> str | None:
    """A phrase of the few-shot examples with one of their content words, absent from the notes.

    The examples' frame ("I enjoyed learning that your team") may be reused; their details
    may not.
    """
    frame = vocabulary().frame_stems
    words = [w.lower() for w in tokens(sentence)]
    source_text = " ".join(w.lower() for w in tokens(source))
    phrases: set[tuple[str, ...]] = set()
    for shot in shots:
        shot_words = [w.lower() for w in tokens(shot)]
        for i in range(len(shot_words) - COPY_WORDS + 1):
            phrases.add(tuple(shot_words[i : i + COPY_WORDS]))
    copied = []
    for i in range(len(words) - COPY_WORDS + 1):
        phrase = tuple(words[i : i + COPY_WORDS])
        if phrase in phrases and " ".join(phrase) not in source_text:
            copied.append(i)
    for i in copied:
        phrase = tuple(words[i : i + COPY_WORDS])
        if any(w not in vocabulary().function_words and stem(w) not in frame for w in phrase):
            start = end = i
            while start - 1 in copied:
                start -= 1
            while end + 1 in copied:
                end += 1
            return f"do not copy the examples ({' '.join(words[start : end + COPY_WORDS])})"
    return None


# -- sensible ---------------------------------------------------------------------------------


def complete(sentence: str) -> str | None:
    words = tokens(sentence)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return f"write one sentence of {MIN_WORDS} to {MAX_WORDS} words"
    if not sentence.endswith(".") or not sentence[:1].isupper():
        return "write one complete sentence"
    if sentence.count("(") != sentence.count(")") or sentence.count('"') % 2:
        return "write one complete sentence"
    if not {"i", "my", "me", "i'm", "i'd", "i've"} & {w.lower() for w in words}:
        return "write in the first person"
    return None


def ending(sentence: str) -> str | None:
    """Not cut off: no ending on a title ("with Dr.") or a dangling word ("about the")."""
    words = tokens(sentence)
    if words and words[-1].lower() in vocabulary().dangling | vocabulary().titles:
        return f"do not end on '{words[-1]}'"
    return None


def repeated_word(sentence: str, fact: str) -> str | None:
    """One content word twice in a short span ("the position's position"), unless the fact
    itself repeats it."""
    words = [w for w in tokens(sentence)]
    stems = [stem(w) if w.lower() not in vocabulary().function_words else "" for w in words]
    in_fact = [stem(w) for w in content_words(fact)]
    for i, s in enumerate(stems):
        if not s:
            continue
        for j in range(i + 1, min(i + 1 + REPEAT_SPAN, len(stems))):
            if stems[j] == s and in_fact.count(s) < 2:
                return f"do not repeat '{words[j]}'"
    return None


def broken(sentence: str) -> str | None:
    """Word orders no careful writer produces ("your migrating from a ...", "the the")."""
    m = next((m for p in vocabulary().broken if (m := p.search(sentence))), None)
    return f"write a grammatical sentence (not '{m.group()}')" if m else None


_OTHERS = frozenset("my a an".split())  # "my project", "for a hotel group": not the reader's
_PREPOSITIONS = frozenset("for from with to at by of on in".split())
_THEIRS = frozenset("they them their theirs its our we us your".split())


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


_FINITE = frozenset(
    "is are was were has have had does do did will would can could should may might must "
    "isn't aren't wasn't weren't hasn't haven't doesn't don't didn't won't can't".split()
)
_THAT_CLAUSE = re.compile(
    r"\b(?:learn(?:ed|ing|t)?|hear(?:d|ing)?|see(?:ing)?|know(?:ing)?)\s+that\s+(.+)$", re.I
)


def clause_has_verb(sentence: str) -> str | None:
    """'I was happy to learn that your 2nd location downtown in March.': the clause after
    'that' says nothing; a verb is a finite auxiliary, a word in -s or -ed, or one after 'you'."""
    m = _THAT_CLAUSE.search(sentence)
    if not m:
        return None
    words = [w.lower() for w in tokens(m.group(1))]
    if not words or words[0] in ("you", "i", "we"):
        return None
    # a capitalised or short word in -s/-ed is a name or an abbreviation ("Wed", "HQs")
    raw = tokens(m.group(1))[1:]
    # nor is a plural after a number ("that your 120 events a year")
    counted = {w.lower() for w in re.findall(r"\d[\d,.]*\+?\s+(\w+)", m.group(1))}
    verbs = [
        w
        for w, r in zip(words[1:], raw, strict=True)
        if r[:1].islower() and len(w) > 3 and w not in counted
    ]
    if any(w in _FINITE for w in words[1:]) or any(w.endswith(("s", "ed")) for w in verbs):
        return None
    return "write a whole clause after 'that'"


ORDER_SLIPS = 1  # content words out of the fact's order that a rephrasing may move


def order_kept(sentence: str, fact: str) -> str | None:
    """The fact's words in the fact's order: "structures group is 7 academics and 20 PhD
    students" never becomes "your 7 academics and 20 PhD students have structures to group".
    A rephrasing moves a word or so; more, and who does what has changed (one swap, "piloting
    CaseWare" for "use CaseWare, piloting MindBridge", still passes)."""
    frame = vocabulary().frame_stems
    fact_stems = [stem(w) for w in content_words(fact)]
    positions: list[int] = []
    for word in content_words(sentence):
        s = stem(word)
        if s in frame:
            continue
        at = next((i for i, f in enumerate(fact_stems) if related(f, s)), None)
        if at is not None and at not in positions:
            positions.append(at)
    if len(positions) - _longest_rising(positions) > ORDER_SLIPS:
        return "keep the fact's order: who does what stays as the notes say"
    return None


def middle_kept(sentence: str, fact: str) -> str | None:
    """Nothing left out between the first and the last of the fact's words a sentence uses:
    "restart the teen advisory group [that died] during covid", "420 volunteers on the books,
    [maybe 90] active weekly", "piloting [MindBridge] for journal testing" read as the notes'
    words and say something else. A sentence may stop early or start late, not skip a part.
    Measured on labelled model sentences (bench/sentence_checks.py) before it was kept."""
    frame = vocabulary().frame_stems
    words = [w for w in tokens(fact) if is_content(w) or _NUMBER.fullmatch(w)]
    stems = [stem(w) for w in words]
    used: set[int] = set()
    for word in tokens(sentence):
        if not (is_content(word) or _NUMBER.fullmatch(word)):
            continue
        s = stem(word)
        if s in frame:
            continue
        at = next((i for i, f in enumerate(stems) if i not in used and related(f, s)), None)
        if at is not None:
            used.add(at)
    if not used:
        return None
    skipped = [
        words[i] for i in range(min(used), max(used) + 1) if i not in used and stems[i] not in frame
    ]
    if skipped:
        return "keep the fact whole from its first word you use to its last (you left out " + (
            ", ".join(f"'{w}'" for w in skipped[:3]) + ")"
        )
    return None


def _longest_rising(values: list[int]) -> int:
    """The length of the longest increasing subsequence (patience sorting)."""
    tails: list[int] = []
    for v in values:
        i = bisect_left(tails, v)
        tails[i : i + 1] = [v]
    return len(tails)


def outside_fact(sentence: str, fact: str, source: str | None = None) -> str | None:
    """Every content word comes from the sentence's own fact or the frame vocabulary: a word
    from elsewhere in the notes ("share my treasure" for "I will treasure that", "restart the
    teen advisory group during covid") joins two things the notes keep apart. Given the notes
    (`source`), only their words count here: a word they never say is `adds_words`'s fault,
    the one fed back to the model."""
    allowed = stems_of(fact) | set(vocabulary().frame_stems)
    in_notes = stems_of(source) if source is not None else None
    added = [
        w
        for w in content_words(sentence)
        if not known(w, allowed) and (in_notes is None or known(w, in_notes))
    ]
    if added:
        return "stay with the fact (" + ", ".join(added[:3]) + ")"
    return None


_SECOND_CLAUSE = re.compile(
    r",\s+and\s+(?:that|it|i|your|we|they)\b"
    r"|,\s+(?:that|this|it)(?:\s+(?:is|was|would|will)|['’]s)\b",  # a comma splice
    re.IGNORECASE,
)


def one_clause(sentence: str) -> str | None:
    """One detail in one clause: a second clause run on with ", and it/that/your ..." or
    spliced on with ", that is ..." is where the small model drifts ("..., and your team's
    gallery assistant helps run it", "help bring the 270/271 bill, that is a real thing")."""
    if _SECOND_CLAUSE.search(sentence):
        return "one detail, one clause"
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


_PAST = re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+(\w+ed)\b", re.I)


def tense_kept(sentence: str, fact: str) -> str | None:
    """A fact that is under way ("they are moving ...") told as done ("... were moved")."""
    going = {stem(w) for w in tokens(fact) if w.lower().endswith("ing")}
    for m in _PAST.finditer(sentence):
        if any(related(stem(m.group(1)), g) for g in going):
            return f"keep the fact's tense (not '{m.group()}')"
    return None


def meta_talk(sentence: str) -> str | None:
    if any(p.search(sentence) for p in vocabulary().meta_talk):
        return "write the sentence itself, not about it"
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
    return None


def about_process(sentence: str) -> str | None:
    """About the candidate's own follow-up, the interview date or the decision: not a detail
    of the interview."""
    if any(p.search(sentence) for p in vocabulary().process):
        return "say something you learned, not about the interview date or your own emails"
    return None


def is_process_fact(fact: str) -> bool:
    return about_process(fact) is not None


# -- all of them ------------------------------------------------------------------------------


def problems(sentence: str, fact: str, reader: Reader, shots: Sequence[str] = ()) -> list[str]:
    """Every problem of a sentence written for this fact (empty: it may enter a draft)."""
    return [message for _, message in named_problems(sentence, fact, reader, shots)]


def named_problems(
    sentence: str, fact: str, reader: Reader, shots: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """The problems with the name of the check that found each (what a draft's record of its
    rejected sentences shows, and what a test of a guard asserts)."""
    checks = (
        ("complete", complete(sentence)),
        ("ending", ending(sentence)),
        ("meta_talk", meta_talk(sentence)),
        ("broken", broken(sentence)),
        ("clause_has_verb", clause_has_verb(sentence)),
        ("tense_kept", tense_kept(sentence, fact)),
        ("order_kept", order_kept(sentence, fact)),
        ("names_someone", names_someone(sentence, reader)),
        ("outside_fact", outside_fact(sentence, fact, reader.source)),
        ("one_clause", one_clause(sentence)),
        ("addressed", addressed(sentence, reader)),
        ("wrong_owner", wrong_owner(sentence, fact)),
        ("about_process", about_process(sentence)),
        ("about_fact", about_fact(sentence, fact)),
        ("numbers_kept", numbers_kept(sentence, fact)),
        ("adds_words", adds_words(sentence, reader.source)),
        ("copied_phrase", copied_phrase(sentence, shots, reader.source)),
        ("repeated_word", repeated_word(sentence, fact)),
        ("named_elsewhere", named_elsewhere(sentence, reader)),
    )
    return [(f"check.{name}", message) for name, message in checks if message]


def learned_problems(sentence: str, fact: str) -> list[tuple[str, str]]:
    """The checks for a sentence about what was learned only: a detail of the reader's side,
    told whole. A contribution sentence recasts its fact ("my falconry experience fits what
    your team needs" -> "bring my falconry experience to your aviary"), so these do not apply."""
    checks = (
        ("detail_about_reader", detail_about_reader(sentence)),
        ("middle_kept", middle_kept(sentence, fact)),
    )
    return [(f"check.{name}", message) for name, message in checks if message]


def named_elsewhere(sentence: str, reader: Reader) -> str | None:
    """A sentence to the interviewer that names the candidate's old employer or school ("bring
    your work to Harland & Co", "your UWA and Kalgoorlie Core Services") mixes the two up: the
    small model cannot be trusted with it, so such a sentence is not used."""
    low = sentence.lower()
    for name in reader.elsewhere:
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", low):
            return f"do not name '{name}': the notes tie it to the candidate's own past"
    return None


_SPACE = re.compile(r"\s+")


def normalise(sentence: str) -> str:
    """One line, single spaces."""
    return _SPACE.sub(" ", sentence).strip()
