"""Findings to text (compiler style), line (plain, for editors and grep) or versioned JSON."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, TextIO

from followup.lint.findings import Finding, Stats

JSON_VERSION = 1
_STYLE = {"error": "bold red", "warning": "yellow", "suggestion": "cyan"}


class FileReport:
    """One file's findings and counts, as the reports show them. (A plain class: generating a
    dataclass's methods costs about a millisecond at every cold start.)"""

    def __init__(
        self,
        path: str,
        kind: str,
        findings: list[Finding],
        stats: Stats,
        kind_detected: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.findings = findings
        self.stats = stats
        self.kind_detected = kind_detected
        self.extra: dict[str, Any] = {} if extra is None else extra


def _finding_line(path: str, f: Finding) -> str:
    text = f"{path}:{f.line}:{f.column}: {f.level} {f.rule}: {f.message}"
    if f.match:
        shown = f.match if len(f.match) <= 60 else f.match[:57] + "..."
        text += f' ("{shown}")'
    return text


def _summary(r: FileReport) -> str:
    counts = {lvl: sum(1 for f in r.findings if f.level == lvl) for lvl in _STYLE}

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    how = "auto-detected" if r.kind_detected else "given"
    return (
        f"{r.path}: {n(counts['error'], 'error')}, {n(counts['warning'], 'warning')}, "
        f"{n(counts['suggestion'], 'suggestion')}; {r.stats.words} words, "
        f"{r.stats.sentences} sentences, grade {r.stats.grade}; kind {r.kind} ({how})"
    )


def render_line(reports: list[FileReport], out: TextIO) -> None:
    for r in reports:
        for f in r.findings:
            out.write(_finding_line(r.path, f) + "\n")


def render_text(reports: list[FileReport], out: TextIO, *, color: bool) -> None:
    if not color:
        for r in reports:
            for f in r.findings:
                out.write(_finding_line(r.path, f) + "\n")
            out.write(_summary(r) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=True)
    for r in reports:
        for f in r.findings:
            line = Text(f"{r.path}:{f.line}:{f.column}: ", style="bold")
            line.append(f.level, style=_STYLE[f.level])
            line.append(f" {f.rule}", style="dim")
            line.append(f": {f.message}")
            if f.match:
                shown = f.match if len(f.match) <= 60 else f.match[:57] + "..."
                line.append(f' ("{shown}")', style="magenta")
            console.print(line)
        console.print(Text(_summary(r), style="bold"))


def to_json(reports: list[FileReport]) -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "files": [
            {
                "path": r.path,
                "kind": r.kind,
                "findings": [asdict(f) for f in r.findings],
                "stats": asdict(r.stats),
                **r.extra,
            }
            for r in reports
        ],
    }


def render_json(reports: list[FileReport], out: TextIO) -> None:
    import json  # here: most lints print text

    json.dump(to_json(reports), out, indent=2, ensure_ascii=False)
    out.write("\n")
