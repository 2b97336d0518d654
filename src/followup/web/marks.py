"""Findings as the page shows them: character offsets into the text (a finding gives a 1-based
line and column), so the page can highlight each one where it stands."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from followup.lint.findings import Finding


@dataclass(frozen=True)
class Mark:
    """One finding, with `start`/`end` offsets when it points at text (None: about the whole)."""

    rule: str
    level: str
    message: str
    match: str
    suggestion: str | None
    start: int | None
    end: int | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, c in enumerate(text) if c == "\n")
    return starts


def mark(text: str, starts: list[int], finding: Finding) -> Mark:
    """The finding at its offsets; a finding whose match is not at its place (or has none) is
    kept without offsets rather than highlighting the wrong words."""
    start: int | None = None
    end: int | None = None
    if finding.match and 1 <= finding.line <= len(starts):
        at = starts[finding.line - 1] + finding.column - 1
        if text[at : at + len(finding.match)] == finding.match:
            start, end = at, at + len(finding.match)
    return Mark(
        finding.rule,
        finding.level,
        finding.message,
        finding.match,
        finding.suggestion,
        start,
        end,
    )


def marks(text: str, findings: list[Finding]) -> list[dict[str, object]]:
    starts = line_starts(text)
    return [mark(text, starts, f).as_dict() for f in findings]


@dataclass(frozen=True)
class Part:
    """A piece of the draft (its subject or its body) and where it starts in the whole text."""

    text: str
    start: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def subject_and_body(text: str) -> tuple[Part, Part]:
    """A draft begins `Subject: ...` and a blank line; without that, it is all body."""
    first, newline, _ = text.partition("\n")
    if not first.startswith("Subject:") or not newline:
        return Part("", 0), Part(text, 0)
    subject_start = len(first) - len(first[len("Subject:") :].lstrip())
    body_start = len(first) + 1
    while body_start < len(text) and text[body_start] == "\n":
        body_start += 1
    return Part(first[subject_start:], subject_start), Part(text[body_start:], body_start)
