"""`followup history`: every draft produced, with its attempts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(help="Drafts produced so far (kept unless you pass --no-log).")


@app.callback(invoke_without_command=True)
def history(
    ctx: typer.Context,
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=10_000, help="How many to list."),
) -> int:
    """List recent drafts (newest first)."""
    if ctx.invoked_subcommand is not None:
        return 0
    from rich.console import Console
    from rich.table import Table

    from followup.storage import history as draft_history

    rows = draft_history.recent(limit)
    console = Console(file=sys.stdout, highlight=False, width=max(100, Console().width))
    if not rows:
        console.print("No drafts yet.")
        return 0
    table = Table(pad_edge=False)
    for col in ("id", "when (UTC)", "kind", "backend", "tries", "status", "subject"):
        table.add_column(col, no_wrap=col != "subject")
    for r in rows:
        attempts = len(r["attempts"])
        status = r["status"] + (" (fallback)" if r["fallback"] else "")
        first = next((ln for ln in r["final_text"].splitlines() if ln.strip()), "")
        table.add_row(
            str(r["id"]),
            r["created"][:16].replace("T", " "),
            r["kind"],
            r["backend"],
            str(attempts),
            status,
            first.removeprefix("Subject: ")[:50],
        )
    console.print(table)
    return 0


@app.command("show")
def show(draft_id: int = typer.Argument(..., help="The id from `followup history`.")) -> int:
    """Show one draft and every attempt with its findings."""
    from followup.storage import history as draft_history

    d = draft_history.get(draft_id)
    out = sys.stdout
    out.write(f"# draft {d['id']}: {d['kind']} by {d['backend']} ({d['model']}), {d['created']}\n")
    out.write(
        f"# status {d['status']}{', fallback' if d['fallback'] else ''}; tokens "
        f"{d['prompt_tokens']} prompt + {d['completion_tokens']} generated\n\n"
    )
    out.write(d["final_text"].rstrip() + "\n")
    for a in d["attempts"]:
        verdict = "passed" if a["passed"] else "failed"
        out.write(f"\n## attempt {a['number']}: {verdict}\n{a['text'].rstrip()}\n")
        for f in a["findings"]:
            out.write(f"  {f['level']} {f['rule']}: {f['message']}\n")
    return 0


@app.command("export")
def export(
    as_json: bool = typer.Option(True, "--json", help="Export as JSON (the only format)."),
    output: Path = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout."),
    force: bool = typer.Option(False, "--force", help="Overwrite --output if it exists."),
) -> int:
    """Export the whole history as JSON."""
    from followup.storage import history as draft_history
    from followup.textio import write_atomic

    text = (
        json.dumps(
            {"version": 1, "drafts": draft_history.export_all()}, indent=2, ensure_ascii=False
        )
        + "\n"
    )
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text, force=force)
    return 0
