"""Unknown words, checked against pyspellchecker's shipped English dictionary.

Loading that dictionary (gzipped JSON) takes about half a second, more than a whole lint should.
Membership needs only the word list, so it is cached once as plain text in the user's cache
folder, in a form that loads in milliseconds (`Lexicon`); the full checker is loaded only when
there is an unknown word to suggest a fix for.
"""

from __future__ import annotations

import marshal
import re
import sys
import time
from functools import cache, lru_cache
from importlib.util import find_spec
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from followup.lint.checks.base import span_finding
from followup.lint.compiled import CompiledRule
from followup.lint.document import WORD_RE, Document
from followup.lint.findings import CheckContext, Finding
from followup.lint.lexicon import FORMAT as LEXICON_FORMAT
from followup.lint.lexicon import Lexicon
from followup.lint.usercache import (
    read_bytes_cache,
    read_cache,
    source_tag,
    write_bytes_cache,
    write_cache,
)

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec

_SHORT_LINE_WORDS = 4
_MEMO_MAX = 100_000


def _dictionary_file() -> Path | None:
    spec = find_spec("spellchecker")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "resources" / "en.json.gz"
    return path if path.is_file() else None


@cache
def _checker() -> Any:
    """pyspellchecker's English checker, for suggestions. Its word frequencies come from the user
    cache when they can (marshal, 0.05 s, instead of 0.2 s of gzipped JSON), through the same
    public `load_json` that `SpellChecker()` itself uses, so the checker is the same."""
    from spellchecker import SpellChecker

    source = _dictionary_file()
    py = f"py{sys.version_info[0]}{sys.version_info[1]}"
    name = f"en-frequency-{py}-{source_tag(source)}.marshal" if source else None
    frequencies = _frequencies(read_bytes_cache(name)) if name else None
    if frequencies is not None:
        # case_sensitive: the cached words were lowercased when pyspellchecker built them, and
        # lowering 160,000 keys again took 0.1 s; suggestions are asked for lowercase words
        # only (`suggestion_for`), so the answers are the same (tests/lint/checks/test_spelling.py)
        checker = SpellChecker(language=None, distance=2, case_sensitive=True)
        checker.word_frequency.load_json(frequencies)
        return checker
    checker = SpellChecker(distance=2)
    if name is not None:
        table = marshal.dumps(dict(checker.word_frequency.dictionary))
        write_bytes_cache(name, table, family=f"en-frequency-{py}-")
    return checker


def _frequencies(data: bytes | None) -> dict[str, int] | None:
    if not data:
        return None
    try:
        loaded = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if type(loaded) is not dict or not loaded:
        return None
    word, count = next(iter(loaded.items()))
    return loaded if type(word) is str and type(count) is int else None


@cache
def lexicon() -> Lexicon:
    """The dictionary's words, from the user cache when there is one (else built, then cached)."""
    source = _dictionary_file()
    name = f"en-lexicon-v{LEXICON_FORMAT}-{source_tag(source)}.txt" if source else None
    if name is not None:
        text = read_cache(name)
        found = Lexicon.parse(text) if text is not None else None
        if found is not None:
            return found
    built = Lexicon.from_words(_checker().word_frequency.dictionary.keys())
    if name is not None:
        write_cache(name, built.dump(), family="en-lexicon-")
    return built


@cache
def _builtin_judge() -> _Judge:
    from followup.lint.rulecache import load

    rule = load().rules.get("spelling.typo")
    variants = rule.variants if isinstance(rule, SpellingRule) else {}
    return _judge_for(tuple(variants.items()))


def english_word(word: str) -> bool:
    """Whether a word is in the dictionary, in American or British spelling (the built-in
    spelling rule's variants): "Sterilisation" opening a clause the notes wrote is a common
    noun to lower-case in mid-sentence, as "Sterilization" is."""
    return _builtin_judge().known(word.lower())


@lru_cache(maxsize=4096)
def suggestion_for(word: str) -> str | None:
    """The likeliest correction: the most frequent of the common words nearest to it (edit
    distance 1, else 2), from a deletes index (`lint/suggest.py`) in well under a millisecond;
    pyspellchecker's own search took up to seconds for a word with nothing near it."""
    from followup.lint.suggest import index

    fix = index().lookup(word.lower())
    return fix if fix != word.lower() else None


class _Judge:
    """The part of the verdict on a word that does not depend on where it stands, remembered
    per word: a note repeats its words and a batch of notes repeats most of them, so the loop
    over a text's words is a dictionary lookup for nearly every word."""

    __slots__ = ("_known", "_memo", "_variants", "fine")

    def __init__(self, known: Lexicon, variants: dict[str, str]) -> None:
        self._known = known
        self._variants = [(re.compile(src), dst) for src, dst in variants.items()]
        self._memo: dict[str, str] = {}
        # the words judged fine wherever they stand: a text's words minus these (one set
        # operation) are all that is left to look at
        self.fine: set[str] = set()

    def suspect(self, raw: str) -> str:
        """The word to look at further ("" when it is fine wherever it stands): acronyms,
        CamelCase names, words an English dictionary cannot judge (café) and known words are
        fine; a possessive is judged without its 's."""
        found = self._memo.get(raw)
        if found is None:
            found = self._judge(raw.replace("’", "'"))
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
                self.fine.clear()
            self._memo[raw] = found
            if not found:
                self.fine.add(raw)
        return found

    def _judge(self, raw: str) -> str:
        if len(raw) < 2 or any(map(str.isupper, raw[1:])) or not raw.isascii():
            return ""
        word = raw[:-2] if raw.lower().endswith("'s") else raw
        return "" if self.known(word.lower()) else word

    def known(self, lower: str) -> bool:
        """Whether a lower-case word is in the dictionary, as spelled or in a variant."""
        if lower in self._known:
            return True
        return any(
            (alt := pattern.sub(repl, lower)) != lower and alt in self._known
            for pattern, repl in self._variants
        )


@lru_cache(maxsize=64)
def _judge_for(variants: tuple[tuple[str, str], ...]) -> _Judge:
    return _Judge(lexicon(), dict(variants))


def _short_line(line: str) -> bool:
    """Greeting and signature lines ("Dear Priya," / "Priyanka Rao") are mostly names."""
    line = line.strip()
    return len(line.split(maxsplit=_SHORT_LINE_WORDS)) <= _SHORT_LINE_WORDS and not line.endswith(
        (".", "?", "!")
    )


# WORD_RE on ASCII text, where its letters are A-Z and a-z and its apostrophe is ' (a third
# quicker than the Unicode classes; a test checks they agree)
ASCII_WORD_RE = re.compile(r"[A-Za-z]+(?:'+[A-Za-z]+)*")
_LETTER = re.compile(r"[^\W\d_]")  # what WORD_RE's words are made of, with apostrophes
# every ASCII character but a letter and the apostrophe, made a space
_ASCII_NON_LETTER = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalpha() or c == "'")}
)


def distinct_words(text: str) -> set[str]:
    """The words `WORD_RE.findall(text)` finds, as a set. In ASCII text a word is a run of
    letters and apostrophes without the apostrophes at its ends (`ASCII_WORD_RE`), so every
    other character made a space, `split()` gives them without a regex pass; the apostrophes
    at their ends are stripped only when there are any (a quoted 'word', not a contraction)."""
    if not text.isascii():
        return set(WORD_RE.findall(text))
    runs = f" {text.translate(_ASCII_NON_LETTER)} "
    if " '" not in runs and "' " not in runs:
        return set(runs.split())
    words = set(map(str.strip, runs.split(), repeat("'")))
    words.discard("")  # a run of apostrophes alone
    return words


# more unknown words than this are found with one walk over the text's words, not one search
# of the whole text each (a text of 1,000 unknown words would be read 1,000 times)
_LOOKUPS_MAX = 16
# `followup lint` suggests a correction for the first this many unknown words of a text, and
# starts no new one after this many seconds on them: most take a millisecond, but a word with
# nothing one letter away costs about 0.6 s (drafting asks for none)
SUGGESTIONS = 5
_SUGGESTION_SECONDS = 1.5


def unknown_at(text: str, suspects: set[str]) -> list[tuple[int, str]]:
    """(offset, word) for every occurrence of the words in `suspects`, in text order, as
    `WORD_RE.finditer(text)` finds them."""
    if len(suspects) > _LOOKUPS_MAX:
        words = ASCII_WORD_RE if text.isascii() else WORD_RE
        return [(m.start(), w) for m in words.finditer(text) if (w := m.group()) in suspects]
    return sorted((at, w) for w in suspects for at in token_starts(text, w))


def token_starts(text: str, token: str) -> list[int]:
    """Where `WORD_RE.finditer(text)` finds `token`, found with `str.find`: a text's few
    unknown words are looked up, instead of walking all its words again."""
    found = []
    i = text.find(token)
    while i >= 0:
        j = i - 1
        while j >= 0 and text[j] in "'’":
            j -= 1
        # a letter just before, or before apostrophes ("o'clock"), means a word started
        # earlier and goes on here; after a space or a digit ("'quoted", "2nd") one starts
        if j < 0 or _LETTER.match(text, j) is None:
            m = WORD_RE.match(text, i)
            if m is not None and m.end() == i + len(token):
                found.append(i)
        i = text.find(token, i + 1)
    return found


# a run of non-spaces longer than this around a word is not prose (a URL, a token, a blob)
_RUN_MAX = 200
_RUN_EDGE = "()[]<>{}\"'“”‘’,;:.!?*"
# inside a run of non-spaces, what makes it no prose: an e-mail address or handle (@), a link
# (://, www.), a domain or file name (a dot between letters: fernway.ca, config.yaml), a phone
# number or version (a digit), code (_ = ` # $ \ { } ::)
_NOT_PROSE = re.compile(r"[@\d_=`#$\\{}]|://|^www\.|[^\W\d_]\.[^\W\d_]|::")


def not_prose(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] stands in an e-mail address, handle, link, domain,
    file name, phone number or code-like token: those are no words to spell-check. Reads at
    most `_RUN_MAX` characters either side, so a text of one endless token stays linear."""
    lo = start
    while lo > 0 and start - lo < _RUN_MAX and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < _RUN_MAX and not text[hi].isspace():
        hi += 1
    if start - lo >= _RUN_MAX or hi - end >= _RUN_MAX:
        return True
    run = text[lo:hi].strip(_RUN_EDGE)
    return _NOT_PROSE.search(run) is not None


class SpellingRule(CompiledRule):
    """Unknown words, from a spell checker with its own dictionary; names are left alone."""

    ignore_capitalized: bool
    max_suggestion_length: int
    variants: dict[str, str]

    judges_spans: ClassVar[bool] = True
    runs_last: ClassVar[bool] = True  # a word another rule flagged is not a typo too

    @staticmethod
    def spec() -> type[RuleSpec]:
        from pydantic import Field, field_validator

        from followup.lint.specs import RuleSpec, check_time, compile_regex

        class SpellingSpec(RuleSpec):
            type: Literal["spelling"]
            ignore_capitalized: bool = True
            max_suggestion_length: int = Field(default=15, ge=0)
            variants: dict[str, str] = Field(default_factory=dict)

            @field_validator("variants")
            @classmethod
            def _valid_variants(cls, variants: dict[str, str]) -> dict[str, str]:
                for key in variants:
                    compile_regex(key)
                    check_time(key)
                return variants

        return SpellingSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)


def run(rule: SpellingRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    judge = _judge_for(tuple(rule.variants.items()))
    accept = ctx.accept
    # most texts have no unknown word at all: find that out from the distinct words alone
    suspects = {
        raw
        for raw in distinct_words(doc.text) - judge.fine
        if (word := judge.suspect(raw))
        and word.lower() not in accept
        and not inflected_from(word.lower(), accept)
    }
    if not suspects:
        return []
    out = []
    suggested: dict[str, str | None] = {}  # the first few unknown words, and their fixes
    spent = 0.0  # seconds spent suggesting
    short_lines: dict[int, bool] = {}  # per line number: a greeting or signature line?
    for start, raw in unknown_at(doc.text, suspects):
        end = start + len(raw)
        word = judge.suspect(raw)
        if (
            word[0].isupper()
            and rule.ignore_capitalized
            and (not doc.is_sentence_start(start) or _on_short_line(doc, start, short_lines))
        ):
            continue
        if ctx.taken and doc.position(start) in ctx.taken:
            continue  # flagged by another rule ("thx", "lol"): not a typo as well
        if not_prose(doc.text, start, end):
            continue
        if word in suggested:
            fix = suggested[word]
        elif len(suggested) < ctx.suggestions and spent < _SUGGESTION_SECONDS:
            began = time.perf_counter()
            fix = suggested[word] = (
                suggestion_for(word) if len(word) <= rule.max_suggestion_length else None
            )
            spent += time.perf_counter() - began
        else:
            fix = None
        message = rule.message.replace("%s", raw)
        if fix:
            message = f"{message} Did you mean \u201c{fix}\u201d?"
        out.append(span_finding(rule, doc, start, end, message=message, suggestion=fix))
    return out


def inflected_from(word: str, accept: frozenset[str]) -> bool:
    """Whether an unknown word is an accepted one with an English ending: a draft says "your
    team upstreams patches" where the notes wrote "they upstream patches" (a word the notes
    use is no typo, nor its verb agreeing with "your team")."""
    for ending in ("s", "es", "ed", "d"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem in accept:
            return True
    return False


def _on_short_line(doc: Document, offset: int, memo: dict[int, bool]) -> bool:
    """Whether the line holding `offset` is a short one (see `_short_line`), worked out once
    per line: a long line of capitalised unknown words is read once, not once for each."""
    line, _ = doc.position(offset)
    found = memo.get(line)
    if found is None:
        found = memo[line] = _short_line(doc.line(line))
    return found
