"""What `followup lint` does, without its command line: `commands/lint.py` declares the options
for typer, and `cli` calls this directly for a plain `followup lint FILE...` (typer's import
and parse are a third of a cold lint)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from followup.commands.choices import KindChoice, LevelChoice, LintFormat
from followup.errors import ExitStatus, InputError

if TYPE_CHECKING:  # the engine and the report load when the command runs, not at import
    from followup.lint.engine import Ruleset
    from followup.report import FileReport


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
    from followup.lint.engine import Ruleset

    ruleset = Ruleset.load(rules_dirs or (), disable=disable or (), accept=accept or ())
    facts, contact, quoted = _notes_facts(notes)
    paths = _paths(files)
    reports, bad_input = _check_files(ruleset, paths, kind, min_level, (facts, contact, quoted))
    if not reports:  # no file could be read: its error line says so, and no empty report
        return ExitStatus.USAGE
    _render(reports, fmt)
    return _status(reports, bad_input)


def _notes_facts(notes: Path | None) -> tuple[str | None, str | None, tuple[str, ...]]:
    """`--notes`: what a draft may cite, where its contact details may come from and the
    names, employer and job it quotes, so the grounding rules can tell a fact of the notes
    from an invented one."""
    if notes is None:
        return None, None, ()
    from followup.notes import parse_notes
    from followup.textio import read_text

    parsed = parse_notes(read_text(notes))
    return parsed.facts_text(), parsed.contact_facts(), parsed.quoted_facts()


def _paths(files: list[str] | None) -> list[str]:
    """The files to lint (standard input when none), refusing '-' twice: stdin reads once."""
    from followup.console import note

    paths = files or ["-"]
    if paths.count("-") > 1:
        raise InputError("standard input ('-') can be given only once")
    if paths == ["-"] and sys.stdin.isatty():
        note("reading the email from standard input; end with Ctrl-D")
    return paths


def _check_files(
    ruleset: Ruleset,
    paths: list[str],
    kind: KindChoice,
    min_level: LevelChoice,
    notes: tuple[str | None, str | None, tuple[str, ...]],
) -> tuple[list[FileReport], bool]:
    """A report per readable file, and whether any could not be read: a file that cannot be
    read is one error line, and the others are still linted. `notes`: `_notes_facts`."""
    from followup.console import error
    from followup.lint.checks.spelling import SUGGESTIONS
    from followup.report import FileReport
    from followup.textio import display_name, read_text

    facts, contact, quoted = notes
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
        own = _own_signature(text) if facts is not None else ""
        findings, stats = ruleset.check(
            text,
            chosen,
            facts_text=f"{facts}\n{own}" if own else facts,
            contact_facts=f"{contact or ''}\n{own}" if own else contact,
            quoted=quoted,
            min_level=min_level.value,
            suggestions=SUGGESTIONS,
        )
        reports.append(
            FileReport(display_name(path), chosen, findings, stats, kind is KindChoice.auto)
        )
    return reports, bad_input


def _own_signature(text: str) -> str:
    """The name under the sign-off and the signature block of an email the user wrote: their
    own name and contact details, which the notes need not hold (only the rest of the email is
    held to the notes)."""
    from followup.lint.emailparts import parse

    parts = parse(text)
    return "\n".join(text[span[0] : span[1]] for span in (parts.name, parts.signature) if span)


def _render(reports: list[FileReport], fmt: LintFormat) -> None:
    """The reports on standard output in the format asked for (colour only on a terminal)."""
    from followup.report import render_json, render_line, render_text

    if fmt is LintFormat.json:
        render_json(reports, sys.stdout)
    elif fmt is LintFormat.line:
        render_line(reports, sys.stdout)
    else:
        render_text(reports, sys.stdout, color=sys.stdout.isatty())


def _status(reports: list[FileReport], bad_input: bool) -> int:
    """2 when a file could not be read, else 1 when an error-level finding was made, else 0."""
    from followup.lint.engine import has_errors

    if bad_input:
        return ExitStatus.USAGE
    if any(has_errors(r.findings) for r in reports):
        return ExitStatus.FINDINGS
    return ExitStatus.OK
