"""`followup draft`: notes in, a checked follow-up email out (one per interviewer with --each).
The work is the session's (`followup.session`); this parses flags and renders what comes back."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from followup.commands.choices import DraftKind, DraftStrategy, OutputFormat, finite
from followup.commands.common import (
    NOTES_HELP,
    DraftOptions,
    ModelOptions,
    NameOptions,
    choose_on_terminal,
    note_fallback,
    open_for_command,
    panel_note,
    read_notes,
    settings_from,
    understood_line,
)
from followup.errors import ExitStatus, InputError

if TYPE_CHECKING:  # the drafting modules load only when a command runs, not for --help
    from followup.drafting import Drafter, DraftResult
    from followup.notes import InterviewNotes
    from followup.session import Names


class DraftFlags:
    """`draft`'s own flags (the names, drafting and model flags are `NameOptions`,
    `DraftOptions`, `ModelOptions`)."""

    notes_file: str = typer.Argument(None, help=NOTES_HELP, show_default=False)
    kind: DraftKind = typer.Option(
        None,
        "--kind",
        "-k",
        help="thank-you (default, or from the notes' front matter), check-in or nudge.",
        show_default=False,
    )
    each: bool = typer.Option(
        False,
        "--each",
        help="Panel interviews: one email per interviewer the notes name (with -o DIR, one "
        "file each).",
    )
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help="Write the draft to FILE (atomically; refuses to overwrite without --force); "
        "with --each, a folder for one file per interviewer.",
    )
    force: bool = typer.Option(False, "--force", help="Overwrite --output if it exists.")
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json.")
    no_fallback: bool = typer.Option(
        False,
        "--no-fallback",
        help="Exit 1 with the best draft and its findings instead of using the template.",
    )
    temperature: float = typer.Option(
        0.7, "--temperature", min=0.0, max=2.0, callback=finite, help="Sampling temperature."
    )
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Print the rendered prompts; call no model."
    )
    no_log: bool = typer.Option(False, "--no-log", help="Do not save this draft in the history.")


def draft(
    notes_file: str = DraftFlags.notes_file,
    kind: DraftKind = DraftFlags.kind,
    to: str = NameOptions.to,
    company: str = NameOptions.company,
    role: str = NameOptions.role,
    sender: str = NameOptions.sender,
    salutation: str = NameOptions.salutation,
    each: bool = DraftFlags.each,
    output: Path = DraftFlags.output,
    force: bool = DraftFlags.force,
    fmt: OutputFormat = DraftFlags.fmt,
    max_attempts: int = DraftOptions.max_attempts,
    no_fallback: bool = DraftFlags.no_fallback,
    strategy: DraftStrategy = DraftOptions.strategy,
    samples: int = DraftOptions.samples,
    seed: int = DraftOptions.seed,
    temperature: float = DraftFlags.temperature,
    prompts_dir: Path = DraftOptions.prompts_dir,
    dry_run: bool = DraftFlags.dry_run,
    verbose: bool = DraftOptions.verbose,
    no_log: bool = DraftFlags.no_log,
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
    from followup.session import Names

    out = _Output(output, force, each, fmt, verbose)
    out.check()  # fail before any model work, not after it
    job = _read_job(notes_file, Names(to, company, role, sender, salutation), kind, out)
    if dry_run:
        sys.stdout.write(_dry_run(job.notes, job.kind, strategy, prompts_dir))
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
    drafter = open_for_command(settings, verbose).drafter
    return _draft_each(
        drafter, job, out, seed, log=not no_log, max_attempts=max_attempts, fallback=not no_fallback
    )


@dataclass(frozen=True)
class _Output:
    """Where and how the drafts reach the user: standard output or -o FILE, or with --each a
    folder of one file per interviewer (each draft headed by its name on standard output
    without -o); text or JSON; a spinner with -v on a terminal."""

    path: Path | None
    force: bool
    each: bool
    fmt: OutputFormat
    verbose: bool

    def check(self) -> None:
        """Refuse a bad -o before the notes are even read."""
        if self.path is not None:
            _check_output(self.path, self.force, self.each)

    def check_targets(self, targets: list[InterviewNotes]) -> None:
        """With --each -o DIR: refuse any interviewer's file before the first draft is made."""
        if self.each and self.path is not None:
            for target in targets:
                _check_output(self.path / _file_name(target.interviewer), self.force, False)

    def where(self, target: InterviewNotes) -> Path | None:
        """The file this interviewer's draft goes to; None for standard output."""
        if self.each and self.path is not None:
            return self.path / _file_name(target.interviewer)
        return self.path


@dataclass(frozen=True)
class _Job:
    """The notes as given and as understood, the kind of message, and whom to draft it for
    (the main contact, or with --each every interviewer of a panel)."""

    notes_text: str
    notes: InterviewNotes
    kind: str
    targets: list[InterviewNotes]


def _read_job(notes_file: str | None, names: Names, kind: DraftKind | None, out: _Output) -> _Job:
    """Read and resolve the notes (asking on a terminal when two people could be the
    addressee), check every output, and say on stderr what was understood: all before a
    model is loaded, so a mistake costs no drafting time."""
    from followup.console import note
    from followup.session import kind_of, panel, resolve_notes

    notes_text = read_notes(notes_file)
    ask = notes_file not in (None, "-") and sys.stdin.isatty() and sys.stderr.isatty()
    notes = resolve_notes(notes_text, names, choose=choose_on_terminal if ask else None)
    chosen_kind = kind_of(notes, kind.value if kind else None)
    targets = panel(notes) if out.each else [notes]
    out.check_targets(targets)
    if out.verbose:
        for target in targets:
            note(understood_line(target))
    if not out.each and names.to is None:
        panel_note(notes)
    return _Job(notes_text, notes, chosen_kind, targets)


def _draft_each(
    drafter: Drafter,
    job: _Job,
    out: _Output,
    seed: int,
    *,
    log: bool,
    max_attempts: int,
    fallback: bool,
) -> int:
    """Draft for each target in turn, showing each draft as soon as it is made; the exit
    status (1 when any draft did not pass)."""
    from functools import partial

    from followup.session import draft_and_log
    from followup.variants import SEED_STEP

    status = ExitStatus.OK
    for number, target in enumerate(job.targets):
        work = partial(
            draft_and_log,
            drafter,
            target,
            job.kind,
            job.notes_text,
            log=log,
            max_attempts=max_attempts,
            seed=seed + SEED_STEP * number,
            fallback=fallback,
            variant=number,  # a panel's emails start from different details
        )
        result = _run_with_spinner(out.verbose, work)
        headed = out.each and out.path is None
        if not _show(result, target, job.kind, out.fmt, out.where(target), out.force, headed):
            status = ExitStatus.FINDINGS
    return status


def _emit(text: str, output: Path | None, force: bool) -> None:
    """A draft to standard output, or atomically to its file."""
    from followup.textio import write_atomic

    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text, force=force)


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
