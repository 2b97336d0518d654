"""`followup lint`: check follow-up emails written by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from followup.errors import ExitStatus, InputError
from followup.options import KindChoice, LevelChoice, LintFormat


def lint(
    files: list[str] = typer.Argument(
        None, help="Emails to check; '-' or nothing reads standard input.", show_default=False
    ),
    kind: KindChoice = typer.Option(
        KindChoice.auto, "--kind", "-k", help="Which message this is; 'auto' decides from the text."
    ),
    fmt: LintFormat = typer.Option(
        LintFormat.text, "--format", "-f", help="text (coloured on a terminal), line, or json."
    ),
    min_level: LevelChoice = typer.Option(
        LevelChoice.suggestion, "--min-level", help="Hide findings below this level."
    ),
    disable: list[str] = typer.Option(
        [], "--disable", help="Turn off a rule by id (repeatable).", metavar="RULE"
    ),
    rules_dirs: list[Path] = typer.Option(
        [],
        "--rules",
        help="A folder of rule files that add to or override the built-in rules "
        "(and may hold an accept.txt).",
        metavar="DIR",
    ),
    accept: list[str] = typer.Option(
        [], "--accept", help="A word the spell checker should accept (repeatable).", metavar="WORD"
    ),
    notes: Path | None = typer.Option(
        None,
        "--notes",
        help="Interview notes: their words are accepted, and names, numbers and "
        "links in the email must come from them.",
        metavar="FILE",
    ),
) -> int:
    """Check follow-up emails against the guide's rules.

    Exit status: 0 no error-level finding, 1 at least one, 2 bad input or usage.
    """
    from followup.console import error, note
    from followup.lint.checks.spelling import SUGGESTIONS
    from followup.lint.engine import Ruleset, has_errors
    from followup.report import FileReport, render_json, render_line, render_text
    from followup.textio import display_name, read_text

    ruleset = Ruleset.load(rules_dirs, disable=disable, accept=accept)
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
