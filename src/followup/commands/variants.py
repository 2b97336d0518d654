"""`followup variants`: N alternative drafts of one email, each passing the rules and differing
in what was written for the notes (from notes, or rephrasing an email the user wrote)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from followup.commands.choices import DraftKind, DraftStrategy, OutputFormat, finite
from followup.commands.common import (
    NOTES_HELP,
    DraftOptions,
    ModelOptions,
    NameOptions,
    open_for_command,
    read_notes,
    settings_from,
)
from followup.errors import ExitStatus, FollowupError, InputError

if TYPE_CHECKING:  # the drafting modules load only when the command runs, not for --help
    from followup.drafting import DraftResult


class VariantsFlags:
    """`variants`' own flags (the names, drafting and model flags are `NameOptions`,
    `DraftOptions`, `ModelOptions`)."""

    notes_file: str = typer.Argument(None, help=NOTES_HELP, show_default=False)
    n: int = typer.Option(3, "-n", "--count", min=1, max=10, help="How many variants.")
    from_email: Path = typer.Option(
        None,
        "--from-email",
        help="Rephrase this hand-written email, keeping its facts.",
        metavar="FILE",
    )
    notes_opt: Path = typer.Option(
        None, "--notes", help="With --from-email: the interview notes.", metavar="FILE"
    )
    kind: DraftKind = typer.Option(DraftKind.thank_you, "--kind", "-k", help="Message kind.")
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json.")
    max_overlap: float = typer.Option(
        0.5,
        "--max-overlap",
        min=0.0,
        max=1.0,
        callback=finite,
        help="Largest overlap allowed between two variants' sentences written for the notes "
        "(word-trigram Jaccard; one sentence in common counts as 1).",
    )


def variants(
    notes_file: str = VariantsFlags.notes_file,
    n: int = VariantsFlags.n,
    from_email: Path = VariantsFlags.from_email,
    notes_opt: Path = VariantsFlags.notes_opt,
    kind: DraftKind = VariantsFlags.kind,
    to: str = NameOptions.to,
    company: str = NameOptions.company,
    role: str = NameOptions.role,
    sender: str = NameOptions.sender,
    salutation: str = NameOptions.salutation,
    fmt: OutputFormat = VariantsFlags.fmt,
    max_overlap: float = VariantsFlags.max_overlap,
    seed: int = DraftOptions.seed,
    samples: int = DraftOptions.samples,
    strategy: DraftStrategy = DraftOptions.strategy,
    prompts_dir: Path = DraftOptions.prompts_dir,
    verbose: bool = DraftOptions.verbose,
    backend: str | None = ModelOptions.backend,
    model: str = ModelOptions.model,
    base_url: str = ModelOptions.base_url,
    timeout: float = ModelOptions.timeout,
    max_retries: int = ModelOptions.max_retries,
) -> int:
    """Draft N alternative phrasings, each passing the rules and measurably different."""
    from followup.console import note
    from followup.session import Names, resolve_notes
    from followup.variants import draft_variants

    text = _notes_text(notes_file, from_email, notes_opt)
    notes = resolve_notes(text, Names(to, company, role, sender, salutation))
    settings = settings_from(
        backend=backend,
        model=model,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        strategy=strategy,
        samples=samples,
        prompts_dir=prompts_dir,
    )
    opened = open_for_command(settings, verbose)

    def dropped(overlap: float, accepted: bool) -> None:
        if verbose:
            note(f"dropped a variant (overlap {overlap:.2f}, accepted {accepted})")

    kept = draft_variants(
        opened.drafter, notes, kind.value, n, seed=seed, max_overlap=max_overlap, on_drop=dropped
    )
    if len(kept) < n:
        note(f"only {len(kept)} of {n} variants were distinct enough and passed the rules")
    _show(kept, fmt)
    if not kept:
        raise FollowupError("no variant passed the rules", ExitStatus.FINDINGS)
    return ExitStatus.OK


def _notes_text(notes_file: str | None, from_email: Path | None, notes_opt: Path | None) -> str:
    """The notes to draft from: the NOTES file (or standard input), or with --from-email the
    user's own email read as notes (its names and details), with --notes added to it."""
    from followup.textio import read_text
    from followup.understanding.from_email import notes_from_email

    if from_email is None:
        return read_notes(notes_file)
    if notes_file is not None:
        raise InputError("give either NOTES or --from-email, not both")
    extra = read_text(notes_opt) if notes_opt else None
    return notes_from_email(read_text(from_email), extra)


def _show(kept: list[DraftResult], fmt: OutputFormat) -> None:
    """The variants kept, as JSON or one after another under a `--- variant N` line."""
    if fmt is OutputFormat.json:
        sys.stdout.write(
            json.dumps(
                {"version": 1, "variants": [k.as_dict() for k in kept]},
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    else:
        sys.stdout.write("\n".join(f"--- variant {i}\n{k.text}" for i, k in enumerate(kept, 1)))
