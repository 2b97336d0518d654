"""`followup draft` and `followup variants`: notes in, checked follow-up emails out. The work is
the session's (`followup.session`); these parse flags and render what comes back."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from followup.commands.choices import DraftKind, DraftStrategy, OutputFormat, finite
from followup.commands.common import (
    NOTES_HELP,
    DraftOptions,
    ModelOptions,
    choose_on_terminal,
    note_fallback,
    open_for_command,
    panel_note,
    read_notes,
    settings_from,
    understood_line,
)
from followup.errors import ExitStatus, FollowupError, InputError

if TYPE_CHECKING:  # the drafting modules load only when a command runs, not for --help
    from followup.drafting import DraftResult
    from followup.notes import InterviewNotes


def _emit(text: str, output: Path | None, force: bool) -> None:
    from followup.textio import write_atomic

    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text, force=force)


def draft(
    notes_file: str = typer.Argument(None, help=NOTES_HELP, show_default=False),
    kind: DraftKind = typer.Option(
        None,
        "--kind",
        "-k",
        help="thank-you (default, or from the notes' front matter), check-in or nudge.",
        show_default=False,
    ),
    to: str = typer.Option(None, "--to", help="Interviewer's name, as you would address them."),
    company: str = typer.Option(None, "--company", help="Company name."),
    role: str = typer.Option(None, "--role", help="Role you interviewed for."),
    sender: str = typer.Option(None, "--sender", help="Your name for the sign-off."),
    salutation: str = typer.Option(
        None,
        "--salutation",
        help="How to greet them, e.g. 'Dr. Mensah' (default: from the notes: an honorific and "
        "surname, a first name alone, or the full name).",
    ),
    each: bool = typer.Option(
        False,
        "--each",
        help="Panel interviews: one email per interviewer the notes name (with -o DIR, one "
        "file each).",
    ),
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help="Write the draft to FILE (atomically; refuses to overwrite without --force); "
        "with --each, a folder for one file per interviewer.",
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite --output if it exists."),
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    max_attempts: int = DraftOptions.max_attempts,
    no_fallback: bool = typer.Option(
        False,
        "--no-fallback",
        help="Exit 1 with the best draft and its findings instead of using the template.",
    ),
    strategy: DraftStrategy = DraftOptions.strategy,
    samples: int = DraftOptions.samples,
    seed: int = DraftOptions.seed,
    temperature: float = typer.Option(
        0.7, "--temperature", min=0.0, max=2.0, callback=finite, help="Sampling temperature."
    ),
    prompts_dir: Path = DraftOptions.prompts_dir,
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Print the rendered prompts; call no model."
    ),
    verbose: bool = DraftOptions.verbose,
    no_log: bool = typer.Option(False, "--no-log", help="Do not save this draft in the history."),
    backend: str | None = ModelOptions.backend,
    model: str = ModelOptions.model,
    base_url: str = ModelOptions.base_url,
    timeout: float = ModelOptions.timeout,
    max_retries: int = ModelOptions.max_retries,
) -> int:
    """Draft a follow-up email from interview notes, checked against the guide's rules.

    Exit status: 0 a draft that passes every error-level rule; 1 none did (--no-fallback);
    2 bad input; 3 the model could not be reached or loaded.
    """
    from followup.console import note
    from followup.session import Names, draft_and_log, kind_of, panel, resolve_notes
    from followup.variants import SEED_STEP

    if output is not None:  # fail before any model work, not after it
        _check_output(output, force, each)
    notes_text = read_notes(notes_file)
    ask = notes_file not in (None, "-") and sys.stdin.isatty() and sys.stderr.isatty()
    notes = resolve_notes(
        notes_text,
        Names(to, company, role, sender, salutation),
        choose=choose_on_terminal if ask else None,
    )
    chosen_kind = kind_of(notes, kind.value if kind else None)
    targets = panel(notes) if each else [notes]
    if each and output is not None:
        for target in targets:
            _check_output(output / _file_name(target.interviewer), force, False)
    if verbose:
        for target in targets:
            note(understood_line(target))
    if not each and to is None:
        panel_note(notes)
    if dry_run:
        sys.stdout.write(_dry_run(notes, chosen_kind, strategy, prompts_dir))
        return ExitStatus.OK
    settings = settings_from(
        backend=backend,
        model=model,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        strategy=strategy,
        samples=samples,
        temperature=temperature,
        prompts_dir=prompts_dir,
    )
    opened = open_for_command(settings, verbose)
    status = ExitStatus.OK
    for number, target in enumerate(targets):
        work = partial(
            draft_and_log,
            opened.drafter,
            target,
            chosen_kind,
            notes_text,
            log=not no_log,
            max_attempts=max_attempts,
            seed=seed + SEED_STEP * number,
            fallback=not no_fallback,
            variant=number,  # a panel's emails start from different details
        )
        result = _run_with_spinner(verbose, work)
        where = output / _file_name(target.interviewer) if each and output else output
        if not _show(result, target, chosen_kind, fmt, where, force, each and output is None):
            status = ExitStatus.FINDINGS
    return status


def _show(
    result: DraftResult,
    notes: InterviewNotes,
    kind: str,
    fmt: OutputFormat,
    where: Path | None,
    force: bool,
    headed: bool,
) -> bool:
    """Write one draft where it goes; False when it did not pass (its findings on stderr)."""
    from followup.lint.findings import Stats
    from followup.report import FileReport, render_line
    from followup.session import facts_json

    if result.fell_back:
        note_fallback(len(result.attempts))
    if fmt is OutputFormat.json:
        body = result.as_dict() | {"facts": facts_json(notes)}
        _emit(json.dumps(body, indent=2, ensure_ascii=False) + "\n", where, force)
    else:
        if headed:
            sys.stdout.write(f"--- to {notes.interviewer}\n")
        _emit(result.text, where, force)
    if not result.accepted:  # --no-fallback: the best draft is on stdout, its findings here
        render_line([FileReport("draft", kind, result.findings, Stats(0, 0, 0.0))], sys.stderr)
        return False
    return True


def _check_output(output: Path, force: bool, folder: bool) -> None:
    """Refuse a bad -o before any model work: no draft is made only to be thrown away."""
    from followup.textio import check_output

    if folder:
        try:
            if output.exists() and not output.is_dir():
                raise InputError(f"{output}: not a folder (--each writes one file per interviewer)")
            if not output.exists():
                if not output.parent.is_dir():
                    raise InputError(f"{output}: folder {output.parent} does not exist")
                output.mkdir()
        except OSError as exc:
            raise InputError(f"{output}: cannot create the folder ({exc.strerror})") from None
        return
    check_output(output, force=force)


def _file_name(name: str | None) -> str:
    """`Dr. Ruth Mensah` -> `ruth-mensah.txt`: one file per interviewer."""
    import re

    words = [w for w in re.findall(r"\w+", (name or "draft").lower()) if len(w) > 2 or w.isalpha()]
    honorifics = {"dr", "mr", "ms", "mrs", "mx", "prof", "miss"}
    slug = "-".join(w for w in words if w not in honorifics) or "draft"
    return slug[:60] + ".txt"


def _run_with_spinner(verbose: bool, work: Callable[[], DraftResult]) -> DraftResult:
    if not verbose or not sys.stderr.isatty():
        return work()
    from rich.console import Console

    with Console(stderr=True).status("Drafting..."):
        return work()


def _dry_run(
    notes: InterviewNotes, kind: str, strategy: DraftStrategy, prompts_dir: Path | None
) -> str:
    from followup.composer import decided_by
    from followup.drafting import WORD_LIMITS
    from followup.prompts import Prompts

    prompts = Prompts(prompts_dir)
    chunks: list[tuple[str, list[dict[str, str]]]] = []
    if strategy is DraftStrategy.whole:
        chunks.append(
            (
                f"{kind}.j2",
                prompts.messages(f"{kind}.j2", notes=notes, kind=kind, limits=WORD_LIMITS),
            )
        )
    else:
        for point in notes.learned_points[:1]:
            chunks.append(
                ("slot-learned.j2", prompts.messages("slot-learned.j2", fact=point, rejected=[]))
            )
        for point in notes.contribution_points[:1]:
            chunks.append(
                (
                    "slot-contribution.j2",
                    prompts.messages("slot-contribution.j2", fact=point, rejected=[]),
                )
            )
    out = []
    for name, messages in chunks:
        out.append(f"=== {name}\n")
        for m in messages:
            out.append(f"--- {m['role']}\n{m['content']}\n")
    out.append(f"=== email/{kind}.j2\n")
    out.append(
        prompts.text(
            f"email/{kind}.j2",
            notes=notes,
            learned="{learned sentence}",
            enthusiasm="{enthusiasm sentence}",
            decided_by=decided_by(notes),
            v=0,
        )
    )
    return "".join(out)


def variants(
    notes_file: str = typer.Argument(None, help=NOTES_HELP, show_default=False),
    n: int = typer.Option(3, "-n", "--count", min=1, max=10, help="How many variants."),
    from_email: Path = typer.Option(
        None,
        "--from-email",
        help="Rephrase this hand-written email, keeping its facts.",
        metavar="FILE",
    ),
    notes_opt: Path = typer.Option(
        None, "--notes", help="With --from-email: the interview notes.", metavar="FILE"
    ),
    kind: DraftKind = typer.Option(DraftKind.thank_you, "--kind", "-k", help="Message kind."),
    to: str = typer.Option(None, "--to", help="Interviewer's name."),
    company: str = typer.Option(None, "--company", help="Company name."),
    role: str = typer.Option(None, "--role", help="Role."),
    sender: str = typer.Option(None, "--sender", help="Your name."),
    salutation: str = typer.Option(
        None, "--salutation", help="How to greet them, e.g. 'Dr. Mensah'."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    max_overlap: float = typer.Option(
        0.5,
        "--max-overlap",
        min=0.0,
        max=1.0,
        callback=finite,
        help="Largest overlap allowed between two variants' sentences written for the notes "
        "(word-trigram Jaccard; one sentence in common counts as 1).",
    ),
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
    from followup.textio import read_text
    from followup.understanding.from_email import notes_from_email
    from followup.variants import draft_variants

    if from_email is not None:
        if notes_file is not None:
            raise InputError("give either NOTES or --from-email, not both")
        extra = read_text(notes_opt) if notes_opt else None
        text = notes_from_email(read_text(from_email), extra)
    else:
        text = read_notes(notes_file)
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
        opened.drafter,
        notes,
        kind.value,
        n,
        seed=seed,
        max_overlap=max_overlap,
        on_drop=dropped,
    )
    if len(kept) < n:
        note(f"only {len(kept)} of {n} variants were distinct enough and passed the rules")
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
    if not kept:
        raise FollowupError("no variant passed the rules", ExitStatus.FINDINGS)
    return ExitStatus.OK
