"""`followup batch`: a draft for every notes file in a folder, with progress and a report."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from followup.commands.choices import DraftKind, DraftStrategy
from followup.commands.common import DraftOptions, ModelOptions, settings_from
from followup.errors import ExitStatus, InputError

if TYPE_CHECKING:  # the drafting modules load only when the command runs
    from followup.batch import Batch, Job

INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C (128 + SIGINT)


class BatchFlags:
    """`batch`'s own flags (the drafting and model flags are `DraftOptions`, `ModelOptions`)."""

    notes_dir: Path = typer.Argument(
        ...,
        help="Folder of notes files (*.md, *.txt; not searched recursively).",
        show_default=False,
    )
    out_dir: Path = typer.Option(
        ...,
        "--output",
        "-o",
        help="Folder for the drafts (NAME.txt) and report.json; created if missing.",
        show_default=False,
        metavar="DIR",
    )
    kind: DraftKind = typer.Option(
        None,
        "--kind",
        "-k",
        help="thank-you, check-in or nudge for every file (default: each file's front matter, "
        "else thank-you).",
        show_default=False,
    )
    concurrency: int = typer.Option(
        4,
        "--concurrency",
        "-j",
        min=1,
        max=64,
        help="Drafts in flight at once (openai backend; the embedded model drafts one at a time).",
    )
    variants: int = typer.Option(
        1,
        "--variants",
        min=1,
        max=10,
        help="Drafts per notes file: NAME.1.txt ... NAME.N.txt instead of NAME.txt.",
    )
    force: bool = typer.Option(
        False, "--force", help="Redraft every file, even those whose drafts are up to date."
    )
    sender: str = typer.Option(
        None, "--sender", help="Your name for the sign-off, where the notes give none."
    )
    no_log: bool = typer.Option(False, "--no-log", help="Do not save the drafts in the history.")


def batch(
    notes_dir: Path = BatchFlags.notes_dir,
    out_dir: Path = BatchFlags.out_dir,
    kind: DraftKind = BatchFlags.kind,
    concurrency: int = BatchFlags.concurrency,
    variants: int = BatchFlags.variants,
    force: bool = BatchFlags.force,
    sender: str = BatchFlags.sender,
    max_attempts: int = DraftOptions.max_attempts,
    strategy: DraftStrategy = DraftOptions.strategy,
    samples: int = DraftOptions.samples,
    seed: int = DraftOptions.seed,
    prompts_dir: Path = DraftOptions.prompts_dir,
    no_log: bool = BatchFlags.no_log,
    backend: str | None = ModelOptions.backend,
    model: str = ModelOptions.model,
    base_url: str = ModelOptions.base_url,
    timeout: float = ModelOptions.timeout,
    max_retries: int = ModelOptions.max_retries,
) -> int:
    """Draft a follow-up for every notes file in a folder; resumable, with a report.json.

    Files whose drafts exist and are newer than the notes are skipped, so running the same
    command again after Ctrl-C (or after editing some notes) drafts only what is missing.

    Exit status: 0 every file drafted; 1 some files failed (see report.json); 2 bad usage;
    3 some files failed because the model could not be reached; 130 interrupted.
    """
    from followup.batch import Batch, BatchOptions

    jobs = _jobs(notes_dir, out_dir, variants)
    options = BatchOptions(
        kind=kind.value if kind else None,
        max_attempts=max_attempts,
        seed=seed,
        sender=sender,
        log=not no_log,
        concurrency=concurrency,
    )
    progress = _Progress()
    run = Batch(None, jobs, notes_dir, out_dir, options, force=force, on_done=progress.done)
    if run.todo:  # the model only when there is something to draft
        from followup.session import open_drafter

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
        run.drafter = open_drafter(settings, asynchronous=True).drafter
    _make_folder(out_dir)
    _announce(run, out_dir)
    return _run(run, progress)


def _jobs(notes_dir: Path, out_dir: Path, variants: int) -> list[Job]:
    """The folders checked, then one job per notes file; an InputError for unusable folders."""
    from followup.batch import list_jobs

    try:
        if not notes_dir.exists():
            raise InputError(f"{notes_dir}: no such folder")
        if not notes_dir.is_dir():
            raise InputError(f"{notes_dir}: is not a folder")
        if out_dir.exists() and not out_dir.is_dir():
            raise InputError(f"{out_dir}: is not a folder")
        if out_dir.resolve() == notes_dir.resolve():
            raise InputError("write the drafts to another folder than the notes (-o DIR)")
        jobs = list_jobs(notes_dir, out_dir, variants)
    except OSError as exc:  # a name too long, a folder that cannot be listed
        raise InputError(f"{exc.filename}: cannot be used ({exc.strerror})") from None
    if not jobs:
        raise InputError(f"{notes_dir}: no notes files (*.md, *.txt) in this folder")
    return jobs


def _make_folder(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot create the folder ({exc.strerror})") from None


def _announce(run: Batch, out_dir: Path) -> None:
    """The line saying what will be drafted, by which model, or that nothing needs drafting."""
    from followup.console import note

    drafter = run.drafter
    if drafter is None:
        note(f"all {run.total} notes files have up-to-date drafts in {out_dir}; nothing to do")
    else:
        at_once = "one at a time" if run.concurrency == 1 else f"{run.concurrency} at a time"
        up_to_date = f", {run.skipped} up to date" if run.skipped else ""
        note(
            f"drafting {len(run.todo)} of {run.total} notes files{up_to_date}: "
            f"{drafter.model.backend} model {drafter.model.name}, {drafter.strategy} strategy, "
            f"{at_once}"
        )


def _run(run: Batch, progress: _Progress) -> int:
    """Draft with the progress shown, then the summary; the exit status."""
    import asyncio

    from followup.console import note

    started = time.perf_counter()
    with progress.show(len(run.todo)):
        try:
            asyncio.run(run.run())
        except KeyboardInterrupt:
            run.interrupted = True
    if run.interrupted:
        run.write_report()  # the finished files, and the flag saying the run was cut short
    _summary(run, time.perf_counter() - started)
    if run.interrupted:
        done = sum(run.counts.values())
        note(
            f"interrupted after {done} of {len(run.todo)} files; the drafts and "
            f"{run.report_path} keep them: run the same command again to resume"
        )
        return INTERRUPTED
    if run.model_failures:
        return ExitStatus.MODEL_UNAVAILABLE
    return ExitStatus.FINDINGS if run.counts["failed"] else ExitStatus.OK


class _Progress:
    """A rich progress bar on a terminal's stderr; otherwise one plain line per file."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.bar: Any = None
        self.task: Any = None
        self.total = 0
        self.done_count = 0
        self.counts = {"accepted": 0, "fallback": 0, "failed": 0}
        self.started = time.perf_counter()

    def show(self, total: int) -> Any:
        import contextlib

        self.total = total
        self.started = time.perf_counter()
        if not total or not self.console.is_terminal:
            return contextlib.nullcontext()
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("drafting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(
                "[green]{task.fields[accepted]} accepted[/] "
                "[yellow]{task.fields[fallback]} fallback[/] "
                "[red]{task.fields[failed]} failed[/]"
            ),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.task = self.bar.add_task("drafting", total=total, **self.counts)
        return self.bar

    def done(self, entry: dict[str, Any]) -> None:
        self.done_count += 1
        self.counts[entry["status"]] += 1
        if self.bar is not None:
            self.bar.update(self.task, advance=1, **self.counts)
            if entry["status"] == "failed":
                self.bar.console.print(
                    f"followup: {entry['notes']}: failed: {entry['reason']}",
                    markup=False,
                    highlight=False,
                )
            return
        elapsed = time.perf_counter() - self.started
        left = self.total - self.done_count
        eta = f", eta {_duration(elapsed / self.done_count * left)}" if left else ""
        if entry["status"] == "failed":
            what = f"failed: {entry['reason']}"
        elif entry.get("also_interviewed"):
            what = (
                f"{entry['status']} (to {entry['to']}; also interviewed: "
                f"{', '.join(entry['also_interviewed'])}: followup draft FILE --each)"
            )
        else:
            attempts = entry["attempts"]
            what = (
                f"{entry['status']} ({attempts} attempt{'s' if attempts != 1 else ''}, "
                f"{entry['tokens']['total_tokens']} tokens, {entry['seconds']:.1f} s)"
            )
        sys.stderr.write(
            f"followup: [{self.done_count}/{self.total}] {entry['notes']}: {what}; "
            f"{self.counts['accepted']} accepted, {self.counts['fallback']} fallback, "
            f"{self.counts['failed']} failed{eta}\n"
        )


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def _summary(run: Any, seconds: float) -> None:
    """The table on stdout: files, attempts and tokens by status, and the failed files."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    drafted = [e for e in run.entries.values() if not e.get("skipped")]
    table = Table(title=Text(f"followup batch: {run.out_dir}"), title_justify="left")
    table.add_column("status")
    for col in ("files", "drafts", "attempts", "tokens", "seconds"):
        table.add_column(col, justify="right")
    for status in ("accepted", "fallback", "failed"):
        rows = [e for e in drafted if e["status"] == status]
        table.add_row(
            status,
            str(len(rows)),
            str(sum(len(e.get("outputs", [])) for e in rows)),
            str(sum(e.get("attempts", 0) for e in rows)),
            str(sum(e.get("tokens", {}).get("total_tokens", 0) for e in rows)),
            f"{sum(e.get('seconds', 0.0) for e in rows):.1f}",
        )
    table.add_row("skipped (up to date)", str(run.skipped), "", "", "", "")
    if run.interrupted:
        pending = len(run.todo) - len(drafted)
        table.add_row("not drafted (interrupted)", str(pending), "", "", "", "")
    made = sum(len(e.get("outputs", [])) for e in drafted)
    rate = f", {made / seconds * 60:.1f} drafts per minute" if made and seconds > 0 else ""
    table.caption = Text(f"{made} drafts in {seconds:.1f} s{rate}; report: {run.report_path}")
    table.caption_justify = "left"
    console = Console(file=sys.stdout, highlight=False)
    console.print(table)
    failed = [e for e in drafted if e["status"] == "failed"]
    if failed:
        reasons = Table("notes", "reason", title="Failed files", title_justify="left")
        for e in failed:
            reasons.add_row(Text(e["notes"]), Text(e["reason"] or ""))
        console.print(reasons)
