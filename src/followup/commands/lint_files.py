"""What `followup lint` does, without its command line: `commands/lint.py` declares the options
for typer, and `cli` calls this directly for a plain `followup lint FILE...` (typer's import
and parse are a third of a cold lint)."""

from __future__ import annotations

import sys
from pathlib import Path

from followup.commands.choices import KindChoice, LevelChoice, LintFormat
from followup.errors import ExitStatus, InputError


def lint_files(
    files: list[str] | None,
    kind: KindChoice = KindChoice.auto,
    fmt: LintFormat = LintFormat.text,
    min_level: LevelChoice = LevelChoice.suggestion,
    disable: list[str] | None = None,
    rules_dirs: list[Path] | None = None,
    accept: list[str] | None = None,
    notes: Path | None = None,
) -> int:
    """`followup lint` with these options (the defaults are the command line's)."""
    from followup.console import error, note
    from followup.lint.checks.spelling import SUGGESTIONS
    from followup.lint.engine import Ruleset, has_errors
    from followup.report import FileReport, render_json, render_line, render_text
    from followup.textio import display_name, read_text

    ruleset = Ruleset.load(rules_dirs or (), disable=disable or (), accept=accept or ())
    facts: str | None = None
    contact: str | None = None
    if notes is not None:
        from followup.notes import parse_notes

        parsed = parse_notes(read_text(notes))
        facts, contact = parsed.facts_text(), parsed.contact_facts()
    paths = files or ["-"]
    if paths.count("-") > 1:
        raise InputError("standard input ('-') can be given only once")
    if paths == ["-"] and sys.stdin.isatty():
        note("reading the email from standard input; end with Ctrl-D")

    reports: list[FileReport] = []
    bad_input = False
    for path in paths:
        try:
            text = read_text(path)
        except InputError as exc:
            error(exc.message)
            bad_input = True
            continue
        chosen = ruleset.detect_kind(text) if kind is KindChoice.auto else kind.value
        findings, stats = ruleset.check(
            text,
            chosen,
            facts_text=facts,
            contact_facts=contact,
            min_level=min_level.value,
            suggestions=SUGGESTIONS,
        )
        reports.append(
            FileReport(display_name(path), chosen, findings, stats, kind is KindChoice.auto)
        )

    if not reports:  # no file could be read: its error line says so, and no empty report
        return ExitStatus.USAGE
    if fmt is LintFormat.json:
        render_json(reports, sys.stdout)
    elif fmt is LintFormat.line:
        render_line(reports, sys.stdout)
    else:
        render_text(reports, sys.stdout, color=sys.stdout.isatty())

    if bad_input:
        return ExitStatus.USAGE
    if any(has_errors(r.findings) for r in reports):
        return ExitStatus.FINDINGS
    return ExitStatus.OK
