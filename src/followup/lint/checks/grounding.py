"""Specifics in a draft must come from the notes: no invented names, numbers or links."""

from __future__ import annotations

import re

from followup.lint.checks.base import span_finding
from followup.lint.checks.spelling import lexicon
from followup.lint.compiled import GroundingRule
from followup.lint.document import WORD_RE, Document
from followup.lint.findings import CheckContext, Finding

_PATTERNS: dict[str, re.Pattern[str]] = {
    "emails": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "urls": re.compile(
        r"(?:https?://|www\.)[^\s<>()\"']+|\b[\w-]+\.(?:com|org|net|io|ai|co)\b[^\s]*"
    ),
    "phones": re.compile(r"\+?\(?\d[\d ().-]{7,}\d"),
    "numbers": re.compile(r"(?<![\w.])\d+(?:[.,:]\d+)*%?"),
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).lower()


def run(rule: GroundingRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    if ctx.facts_text is None:
        return []  # grounding applies only when there are notes to ground in
    reference = ctx.facts_text if rule.source == "notes" else (ctx.contact_facts or "")
    facts = _norm(reference)
    fact_words = {w.lower() for w in WORD_RE.findall(reference.replace("’", "'"))}
    fact_words |= {w[:-2] for w in fact_words if w.endswith("'s")}  # "St Columba's" -> columba
    allow = {a.lower() for a in rule.allow} | ctx.accept
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []

    for what in ("emails", "urls", "phones", "numbers"):
        if what not in rule.check:
            continue
        for m in _PATTERNS[what].finditer(doc.text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            value = m.group().rstrip(".,;:")
            if _norm(value) not in facts:
                out.append(span_finding(rule, doc, m.start(), m.start() + len(value)))

    if "names" in rule.check:
        known = lexicon()
        for m in WORD_RE.finditer(doc.text):
            word = m.group().replace("’", "'")
            if not word[0].isupper() or any(s <= m.start() < e for s, e in taken):
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
