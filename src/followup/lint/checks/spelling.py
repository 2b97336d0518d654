"""Unknown words, checked against pyspellchecker's shipped English dictionary.

Loading that dictionary (gzipped JSON) takes about half a second, more than a whole lint should.
Membership needs only the word list, so it is cached once as plain text in the user's cache
folder; the full checker is loaded only when there is an unknown word to suggest a fix for.
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from followup.lint.checks.base import span_finding
from followup.lint.document import WORD_RE, Document
from followup.lint.model import CheckContext, Finding, SpellingRule

_SHORT_LINE_WORDS = 4


def _dictionary_file() -> Path | None:
    spec = find_spec("spellchecker")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "resources" / "en.json.gz"
    return path if path.is_file() else None


def _cache_file(source: Path) -> Path:
    from platformdirs import user_cache_dir

    st = source.stat()
    return Path(user_cache_dir("followup")) / f"en-words-{st.st_size}-{int(st.st_mtime)}.txt"


@cache
def _checker() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(distance=2)


@cache
def known_words() -> frozenset[str]:
    """The dictionary's words, from the plain-text cache when there is one."""
    source = _dictionary_file()
    cache_path = _cache_file(source) if source else None
    if cache_path is not None:
        try:
            return frozenset(cache_path.read_text(encoding="utf-8").split("\n"))
        except OSError:
            pass
    words = frozenset(_checker().word_frequency.dictionary.keys())
    if cache_path is not None:
        try:
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache_path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text("\n".join(sorted(words)), encoding="utf-8")
            os.replace(tmp, cache_path)
        except OSError:
            pass  # a read-only cache folder only costs speed
    return words


def suggestion_for(word: str) -> str | None:
    fix = _checker().correction(word.lower())
    return fix if isinstance(fix, str) and fix != word.lower() else None


@cache
def _variant_patterns(pairs: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(src), dst) for src, dst in pairs]


def _is_known(word: str, known: frozenset[str], rule: SpellingRule) -> bool:
    if word in known:
        return True
    for pattern, repl in _variant_patterns(tuple(rule.variants.items())):
        alt = pattern.sub(repl, word)
        if alt != word and alt in known:
            return True
    return False


def _on_short_line(doc: Document, offset: int) -> bool:
    """Greeting and signature lines ("Dear Priya," / "Priyanka Rao") are mostly names."""
    line_start = doc.text.rfind("\n", 0, offset) + 1
    line_end = doc.text.find("\n", offset)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)].strip()
    return len(line.split()) <= _SHORT_LINE_WORDS and not line.endswith((".", "?", "!"))


def run(rule: SpellingRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    known = known_words()
    accept = ctx.accept
    out = []
    for m in WORD_RE.finditer(doc.text):
        raw = m.group().replace("’", "'")
        if len(raw) < 2 or any(c.isupper() for c in raw[1:]):
            continue  # acronyms and CamelCase product names
        word = raw[:-2] if raw.lower().endswith("'s") else raw
        lower = word.lower()
        if lower in accept or _is_known(lower, known, rule):
            continue
        if (
            word[0].isupper()
            and rule.ignore_capitalized
            and (not doc.is_sentence_start(m.start()) or _on_short_line(doc, m.start()))
        ):
            continue
        fix = suggestion_for(word) if len(word) <= rule.max_suggestion_length else None
        message = rule.message.replace("%s", m.group())
        if fix:
            message = f"{message} Did you mean \u201c{fix}\u201d?"
        out.append(span_finding(rule, doc, m.start(), m.end(), message=message, suggestion=fix))
    return out
