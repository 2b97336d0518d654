"""Specifics in a draft must come from the notes: no invented names, numbers or links.

Every step is linear in the sizes of the text and the notes, so a megabyte of numbers checked
against a megabyte of notes takes seconds, not hours (docs/reliability.md): a match already
inside an earlier match is found by a lookup, not by comparing it with every earlier match;
the values are looked up in the notes all at once (`_Reference`), not with a scan of the notes
each; and the email and link patterns are run so that a long word is read once, not once for
each of its characters (`_emails`, `_urls`), with the same matches as `finditer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar, Literal

from followup.lint.checks.base import span_finding
from followup.lint.checks.spelling import lexicon
from followup.lint.compiled import CompiledRule
from followup.lint.document import WORD_RE, Document
from followup.lint.findings import CheckContext, Finding

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the same, starting only where the run of name characters starts: a match that starts inside
# such a run also matches from the run's start, so `finditer` only ever finds one there
_EMAIL_AT_RUN = re.compile(r"(?<![\w.+-])" + _EMAIL.pattern)
_URL_SCHEME = re.compile(r"(?:https?://|www\.)[^\s<>()\"']+")
_URL_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|io|ai|co)\b[^\s]*")
# where a run of [\w-] has its first word boundary: its first word character (after dashes)
_RUN_FIRST_WORD = re.compile(r"(?<![\w-])-*(?=\w)")
# the patterns as they were written (one regex each); `_finditer` gives exactly their matches
PATTERNS: dict[str, re.Pattern[str]] = {
    "emails": _EMAIL,
    "urls": re.compile(f"{_URL_SCHEME.pattern}|{_URL_DOMAIN.pattern}"),
    "phones": re.compile(r"\+?\(?\d[\d ().-]{7,}\d"),
    "numbers": re.compile(r"(?<![\w.])\d+(?:[.,:]\d+)*%?"),
}
_SPACES = re.compile(r"\s+")
# a length with more values than this to look up is looked up in one pass over the notes
# (about 0.3 s a megabyte) rather than with one `in` each (about 0.8 ms a megabyte)
_ONE_PASS_FROM = 400


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'")).lower()


def _emails(text: str) -> Iterator[re.Match[str]]:
    """`_EMAIL.finditer(text)`, reading each run of name characters once: the first match at
    or after `pos` starts at `pos` or at the start of a run (see `_EMAIL_AT_RUN`)."""
    pos = 0
    while pos < len(text):
        m = _EMAIL.match(text, pos) or _EMAIL_AT_RUN.search(text, pos + 1)
        if m is None:
            return
        yield m
        pos = m.end()  # never empty


def _domain_from(text: str, pos: int) -> re.Match[str] | None:
    """The first match of `_URL_DOMAIN` at or after `pos`, when `pos` is 0 or the end of an
    earlier link (never a character of [\\w-], so every run of them after it starts after it):
    one that starts inside a run of [\\w-] also matches from the run's first word boundary,
    its first word character."""
    m = _URL_DOMAIN.match(text, pos)
    if m is not None:
        return m
    for run in _RUN_FIRST_WORD.finditer(text, pos):
        m = _URL_DOMAIN.match(text, run.end())
        if m is not None:
            return m
    return None


def _urls(text: str) -> Iterator[re.Match[str]]:
    """`PATTERNS["urls"].finditer(text)` (a scheme link, else a bare domain, leftmost first),
    reading each word once: the two alternatives are searched apart and the leftmost taken,
    the scheme's at a tie, as the alternation would."""
    pos = 0
    scheme = _URL_SCHEME.search(text)
    domain = _domain_from(text, 0)
    while scheme is not None or domain is not None:
        if domain is None or (scheme is not None and scheme.start() <= domain.start()):
            assert scheme is not None
            m = scheme
        else:
            m = domain
        yield m
        pos = m.end()  # a link ends at a space, a bracket, a quote or the end: not in [\w-]
        if scheme is not None and scheme.start() < pos:
            scheme = _URL_SCHEME.search(text, pos)
        if domain is not None and domain.start() < pos:
            domain = _domain_from(text, pos)


def _finditer(what: str, text: str) -> Iterator[re.Match[str]]:
    if what == "emails":
        return _emails(text)
    if what == "urls":
        return _urls(text)
    return PATTERNS[what].finditer(text)


class _Reference:
    """The notes (normalised) to look values up in, as `value in facts` would."""

    def __init__(self, facts: str) -> None:
        self.facts = facts

    def present(self, values: Iterable[str]) -> set[str]:
        """The values that occur in the notes. Values of one length are looked up together:
        with a few, one `in` each; with many, the notes' substrings of that length are read
        once (so 150,000 numbers against a megabyte of notes is a few passes, not 150,000)."""
        by_length: dict[int, set[str]] = {}
        for value in values:
            by_length.setdefault(len(value), set()).add(value)
        facts = self.facts
        found: set[str] = set()
        for size, group in by_length.items():
            if len(group) < _ONE_PASS_FROM or size > len(facts):
                found.update(v for v in group if v in facts)
                continue
            firsts = {v[0] for v in group}
            for i in range(len(facts) - size + 1):
                if facts[i] in firsts and (piece := facts[i : i + size]) in group:
                    found.add(piece)
        return found


GroundedThing = Literal["names", "numbers", "emails", "urls", "phones"]
_ALL_GROUNDED: tuple[GroundedThing, ...] = ("names", "numbers", "emails", "urls", "phones")


class GroundingRule(CompiledRule):
    """Specifics in a draft (names, numbers, links) must come from the notes or the sender."""

    check: list[str]
    allow: list[str]
    source: str

    judges_spans: ClassVar[bool] = True

    @staticmethod
    def spec() -> type[RuleSpec]:
        from pydantic import Field

        from followup.lint.specs import RuleSpec

        class GroundingSpec(RuleSpec):
            type: Literal["grounding"]
            check: list[GroundedThing] = Field(default_factory=lambda: list(_ALL_GROUNDED))
            allow: list[str] = Field(default_factory=list)
            # "notes": anything in the notes may be cited; "facts": only the notes' facts (front
            # matter and labelled lines), for contact details that pasted text must not smuggle
            source: Literal["notes", "facts"] = "notes"

        return GroundingSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)


def run(rule: GroundingRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    if ctx.facts_text is None:
        return []  # grounding applies only when there are notes to ground in
    reference = ctx.facts_text if rule.source == "notes" else (ctx.contact_facts or "")
    text = doc.text
    # covered[i]: an earlier match (of this rule) holds character i
    covered = bytearray(len(text))
    spans: list[tuple[int, int, str]] = []  # start, end, the value to look up

    for what in ("emails", "urls", "phones", "numbers"):
        if what not in rule.check:
            continue
        for m in _finditer(what, text):
            start = m.start()
            if covered[start]:
                continue
            covered[start : m.end()] = b"\x01" * (m.end() - start)
            value = m.group().rstrip(".,;:")
            spans.append((start, start + len(value), _norm(value)))

    out: list[Finding] = []
    if spans:
        present = _Reference(_norm(reference)).present(v for _, _, v in spans)
        out.extend(span_finding(rule, doc, s, e) for s, e, v in spans if v not in present)

    if "names" in rule.check:
        fact_words = {w.lower() for w in WORD_RE.findall(reference.replace("’", "'"))}
        fact_words |= {w[:-2] for w in fact_words if w.endswith("'s")}  # "St Columba's"
        allow = {a.lower() for a in rule.allow} | ctx.accept
        known = lexicon()
        for m in WORD_RE.finditer(text):
            word = m.group().replace("’", "'")
            if not word[0].isupper() or covered[m.start()]:
                continue
            base = word[:-2] if word.lower().endswith("'s") else word
            lower = base.lower()
            head = lower.split("'", 1)[0]  # "I'm", "I'd": the pronoun, not a name
            if lower in allow or lower in fact_words or head in allow:
                continue
            if doc.is_sentence_start(m.start()) and lower in known:
                continue  # an ordinary word that starts a sentence
            out.append(span_finding(rule, doc, m.start(), m.start() + len(base)))
    return out
