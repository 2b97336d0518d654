"""A model's answer tidied: one sentence (the first, without quotes or a label, contractions
spelled out) or one email (without a code fence)."""

from __future__ import annotations

import re

# "Dr." or "e.g." do not end a sentence
_NOT_AN_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|vs|etc|approx|dept|No)|\b[A-Z]|\be\.g|\bi\.e)\.$"
)


def clean_sentence(raw: str) -> str:
    """First sentence of a completion, without quotes or a leading label, its contractions
    spelled out (the guide's formal tone: "I'd love" -> "I would love") and its frame said as
    a careful writer says it ("I loved to learn that" -> "I loved learning that")."""
    text = raw.strip().strip('"“”').strip()
    text = re.sub(r"^(?:Sentence|Answer)\s*:\s*", "", text, flags=re.IGNORECASE)
    for m in re.finditer(r"[.!?](?=\s|$)", text):
        if not _NOT_AN_END.search(text[: m.end()]) or m.end() == len(text):
            return _framed(spelled_out(text[: m.end()].strip()))
    return _framed(spelled_out(text.strip()))


# "I loved to learn that ...": a past delight takes the gerund ("I loved learning that")
_TO_LEARN = re.compile(r"\b(I\s+(?:loved|enjoyed|liked))\s+to\s+(learn|hear)\b")


def _framed(sentence: str) -> str:
    return _TO_LEARN.sub(r"\1 \2ing", sentence)


# Contractions a model sentence may carry, and the formal words; "I'd" is "I would" only
# before the verbs a follow-up uses it with ("I'd had" stays as written).
_CONTRACTIONS = [
    (
        re.compile(r"\bI['’]d(?=\s+(?:love|like|be|welcome|enjoy|appreciate|want|value)\b)"),
        "I would",
    ),
    (re.compile(r"\bI['’]m\b"), "I am"),
    (re.compile(r"\bI['’]ve\b"), "I have"),
    (re.compile(r"\bI['’]ll\b"), "I will"),
    (re.compile(r"\b([Yy]ou|[Ww]e|[Tt]hey)['’]re\b"), r"\1 are"),
    (re.compile(r"\b([Ii]t|[Tt]hat)['’]s\b(?=\s+(?:a|an|the|great|good|clear|been)\b)"), r"\1 is"),
    (re.compile(r"\b([Dd]o|[Dd]oes|[Ii]s|[Aa]re|[Ww]as)n['’]t\b"), r"\1 not"),
    (re.compile(r"\b([Cc])an['’]t\b"), r"\1annot"),
    (re.compile(r"\b([Ww])on['’]t\b"), r"\1ill not"),
]


def spelled_out(sentence: str) -> str:
    for pattern, formal in _CONTRACTIONS:
        sentence = pattern.sub(formal, sentence)
    return sentence


def clean_email(raw: str) -> str:
    text = raw.strip()
    text = re.sub(r"^```\w*\n|\n```$", "", text)
    return text.strip() + "\n"
