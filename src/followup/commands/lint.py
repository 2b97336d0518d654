"""`followup lint`: check follow-up emails written by hand."""

from __future__ import annotations

from pathlib import Path

import typer

from followup.commands.choices import KindChoice, LevelChoice, LintFormat


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
    from followup.commands.lint_files import lint_files

    return lint_files(files, kind, fmt, min_level, disable, rules_dirs, accept, notes)
