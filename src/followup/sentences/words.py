"""Words as the sentence checks see them: tokens, light stems, and the shipped vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from followup.lint.document import WORD_RE
from followup.resources import prompts_dir

DATA_FILE = "sentence-checks.yaml"
MIN_PREFIX = 5  # two stems this long, one starting the other, count as one word


@dataclass(frozen=True)
class Vocabulary:
    """The data of `prompts/sentence-checks.yaml`, ready to use."""

    function_words: frozenset[str]
    frame_stems: frozenset[str]
    titles: frozenset[str]
    dangling: frozenset[str]
    third_person: frozenset[str]
    meta_talk: tuple[re.Pattern[str], ...]
    broken: tuple[re.Pattern[str], ...]
    process: tuple[re.Pattern[str], ...]
    lead_ins: tuple[str, ...]  # regex sources; `{speaker}` is filled in per note
    numbers: dict[str, str]  # "two" -> "2"
    unwelcome: frozenset[str]  # news the reader is not glad of ("drought", "losses")
    shorthand: dict[str, str]  # a note's abbreviation and the words an email writes ("yrs")
    foreign_words: frozenset[str]  # small words English never writes ("qui", "und")
    proper_words: frozenset[str]  # written with a capital in an email ("july", "moroccans")
    workplaces: frozenset[str]  # a fact's capitalised opening word that is no name ("Team")
    public_bodies: frozenset[str]  # never the reader's: "your government", "your region"
    private_life: frozenset[str]  # the reader's own life: "your family", "your kids"


def _words(value: object) -> frozenset[str]:
    return frozenset(str(value or "").lower().split())


def _patterns(value: object) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in list(value or []))  # type: ignore[call-overload]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The built-in vocabulary (always the shipped file: `--prompts` does not replace it)."""
    import yaml

    data = yaml.safe_load((prompts_dir() / DATA_FILE).read_text(encoding="utf-8"))
    return Vocabulary(
        function_words=_words(data["function_words"]),
        frame_stems=frozenset(stem(w) for w in _words(data["frame_words"])),
        titles=_words(data["titles"]),
        dangling=_words(data["dangling"]),
        third_person=_words(data["third_person"]),
        meta_talk=_patterns(data["meta_talk"]),
        broken=_patterns(data["broken"]),
        process=_patterns(data["process"]),
        lead_ins=tuple(data["lead_ins"]),
        numbers={str(k): str(v) for k, v in dict(data["numbers"]).items()},
        unwelcome=_words(data["unwelcome"]),
        shorthand={str(k).lower(): str(v) for k, v in dict(data["shorthand"]).items()},
        foreign_words=_words(data["foreign_words"]),
        proper_words=_words(data["proper_words"]),
        workplaces=_words(data["workplaces"]),
        public_bodies=_words(data["public_bodies"]),
        private_life=_words(data["private_life"]),
    )


def tokens(text: str) -> list[str]:
    """The words of a text, with typographic apostrophes made plain."""
    return WORD_RE.findall(text.replace("’", "'"))


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light stem, so that inflections meet: move/moves/moved/moving -> mov."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ion", "ed", "ly", "er", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # planning -> plann -> plan
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"  # study, studied -> studi
    return w


def related(a: str, b: str) -> bool:
    """Two stems of one word: equal, or a long one starting the other (inform/informat)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_PREFIX and long_.startswith(short)


def is_content(word: str) -> bool:
    return word.lower() not in vocabulary().function_words


def content_words(text: str) -> list[str]:
    """The words of a text that carry content (not function words)."""
    return [w for w in tokens(text) if is_content(w)]


def stems_of(text: str) -> set[str]:
    """The stems of a text's content words, with its small numbers as words ("2" -> "two")
    and its shorthand written out ("4 yrs": "years")."""
    digits = set(re.findall(r"\d+", text))
    named = {word for word, digit in vocabulary().numbers.items() if digit in digits}
    shorthand = vocabulary().shorthand
    spelled = {
        stem(w)
        for t in tokens(text)
        if t.lower() in shorthand
        for w in shorthand[t.lower()].split()
        if is_content(w)
    }
    return {stem(w) for w in content_words(text)} | named | spelled


def known(word: str, stems: set[str]) -> bool:
    """Whether a word, or an inflection of it, is among these stems."""
    s = stem(word)
    return s in stems or any(related(s, t) for t in stems)
