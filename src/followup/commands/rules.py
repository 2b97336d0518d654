"""`followup rules`: what the checker enforces, and why."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from followup.errors import FollowupError


def rules(
    explain: str | None = typer.Option(
        None, "--explain", help="Show one rule in full.", metavar="ID"
    ),
    rules_dirs: list[Path] = typer.Option(
        [], "--rules", help="Also list the rules in this folder.", metavar="DIR"
    ),
) -> int:
    """List every rule (id, level, kinds, what it checks), or explain one."""
    from rich.console import Console
    from rich.table import Table

    from followup.lint.loader import load_rules

    loaded = load_rules(rules_dirs)
    console = Console(file=sys.stdout, highlight=False)
    if explain is not None:
        rule = loaded.get(explain)
        if rule is None:
            close = [r for r in loaded if explain in r]
            hint = f"; did you mean {close[0]}?" if close else "; see `followup rules`"
            raise FollowupError(f"no rule with id {explain!r}{hint}")
        console.print(
            f"[bold]{rule.id}[/bold]  ({rule.level}; {rule.type}; kinds: {', '.join(rule.kinds)})"
        )
        console.print(rule.description)
        if rule.explain:
            console.print()
            console.print(rule.explain.rstrip(), markup=False)
        return 0
    table = Table(show_lines=False, pad_edge=False)
    table.add_column("id", style="bold", no_wrap=True)
    table.add_column("level")
    table.add_column("kinds")
    table.add_column("checks")
    for rule in sorted(loaded.values(), key=lambda r: r.id):
        table.add_row(rule.id, rule.level, ", ".join(rule.kinds), rule.description)
    console.print(table)
    return 0
