"""`followup batch`: a draft for every notes file in a folder, concurrently and resumably.

The drafting is `Drafter.draft_async` (the one guardrail loop, driven by an async model); this
module decides which files need drafting, runs them at most `concurrency` at a time, writes
each draft and the report atomically as soon as it is done, and never lets one file stop the
others.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from followup.drafting import Drafter, DraftResult
from followup.errors import FollowupError, InputError, ModelUnavailable
from followup.models.base import Usage

NOTES_SUFFIXES = frozenset({".md", ".txt"})
REPORT_NAME = "report.json"
REPORT_VERSION = 1
VARIANT_SEED_STEP = 7919  # as `followup variants`: each variant samples differently
STATUSES = ("accepted", "fallback", "failed")

Entry = dict[str, Any]


@dataclass
class Job:
    """One notes file and the draft files it becomes."""

    notes: Path
    outputs: list[Path]

    @property
    def name(self) -> str:
        return self.notes.name

    def up_to_date(self) -> bool:
        """Every output exists and is newer than the notes."""
        try:
            changed = self.notes.stat().st_mtime_ns
            return all(out.stat().st_mtime_ns > changed for out in self.outputs)
        except OSError:
            return False


@dataclass
class BatchOptions:
    kind: str | None = None
    max_attempts: int = 3
    seed: int = 0
    sender: str | None = None
    log: bool = True
    concurrency: int = 4


def find_notes(notes_dir: Path) -> list[Path]:
    """The `.md` and `.txt` files directly in the folder (not hidden ones), by name."""
    return sorted(
        p
        for p in notes_dir.iterdir()
        if p.suffix.lower() in NOTES_SUFFIXES and not p.name.startswith(".") and p.is_file()
    )


def output_names(notes: list[Path], variants: int) -> dict[Path, list[str]]:
    """`NAME.txt`, or `NAME.1.txt` ... `NAME.N.txt` with variants; a stem that two notes files
    share (`a.md`, `a.txt`) keeps the whole file name (`a.md.txt`, `a.txt.txt`)."""
    stems = [p.stem for p in notes]
    out: dict[Path, list[str]] = {}
    for p in notes:
        base = p.stem if stems.count(p.stem) == 1 else p.name
        if variants == 1:
            out[p] = [f"{base}.txt"]
        else:
            out[p] = [f"{base}.{i}.txt" for i in range(1, variants + 1)]
    return out


def list_jobs(notes_dir: Path, out_dir: Path, variants: int) -> list[Job]:
    """One job per notes file in the folder, each with the output files it will write."""
    notes = find_notes(notes_dir)
    names = output_names(notes, variants)
    return [Job(p, [out_dir / n for n in names[p]]) for p in notes]


def load_report(path: Path) -> dict[str, Entry]:
    """The entries of an earlier run's report, by notes file; nothing if it is unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"] if isinstance(data, dict) else []
        return {e["notes"]: e for e in files if isinstance(e, dict) and "notes" in e}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _status(result: DraftResult) -> str:
    return "fallback" if result.fell_back else "accepted"


class Batch:
    """One run over a folder. `on_done(entry)` is called as each file finishes."""

    def __init__(
        self,
        drafter: Drafter | None,
        jobs: list[Job],
        notes_dir: Path,
        out_dir: Path,
        options: BatchOptions,
        *,
        force: bool = False,
        on_done: Callable[[Entry], None] | None = None,
    ) -> None:
        self.drafter = drafter
        self.notes_dir = notes_dir
        self.out_dir = out_dir
        self.options = options
        self.on_done = on_done
        self.report_path = out_dir / REPORT_NAME
        self.started = _now()
        self.variants = len(jobs[0].outputs) if jobs else 1
        self.todo: list[Job] = []
        self.entries: dict[str, Entry] = {}  # finished or skipped, by notes file name
        earlier = load_report(self.report_path)
        for job in jobs:
            if not force and job.up_to_date():
                self.entries[job.name] = self._skipped(job, earlier.get(job.name))
            else:
                self.todo.append(job)
        self.total = len(jobs)
        self.counts = dict.fromkeys(STATUSES, 0)
        self.model_failures = 0
        self.interrupted = False
        self.complete = False

    @property
    def skipped(self) -> int:
        return self.total - len(self.todo)

    @property
    def concurrency(self) -> int:
        """The embedded model computes in-process: one draft at a time."""
        if self.drafter is not None and self.drafter.model.backend == "embedded":
            return 1
        return self.options.concurrency

    # -- running ----------------------------------------------------------------------------

    async def run(self) -> None:
        """Draft every file in `todo`; cancelled (Ctrl-C), it stops at once, keeping what is
        finished. The report is written after every file."""
        self.write_report()
        if not self.todo:
            self.complete = True
            self.write_report()
            return
        assert self.drafter is not None
        model = self.drafter.model
        gate = asyncio.Semaphore(self.concurrency)

        async def one(job: Job) -> None:
            async with gate:
                entry = await self.draft_file(job)
            self._finish(entry)

        try:
            try:
                async with asyncio.TaskGroup() as group:
                    for job in self.todo:
                        group.create_task(one(job))
            except* FollowupError as failed:  # the report could not be written: stop, one line
                raise failed.exceptions[0] from None
            self.complete = True
            self.write_report()
        finally:
            aclose = getattr(model, "aclose", None)
            if aclose is not None:
                await aclose()

    async def draft_file(self, job: Job) -> Entry:
        """Read, check and draft one notes file; every failure becomes the entry's reason."""
        started = time.perf_counter()
        entry: Entry = {
            "notes": job.name,
            "to": None,
            "also_interviewed": [],
            "status": "failed",
            "reason": None,
            "kind": None,
            "attempts": 0,
            "tokens": Usage().as_dict(),
            "seconds": 0.0,
            "findings": [],
            "outputs": [],
            "drafts": [],
            "skipped": False,
        }
        try:
            await self._draft_into(job, entry)
        except ModelUnavailable as exc:
            entry["reason"] = exc.message
            self.model_failures += 1
        except FollowupError as exc:  # the notes file, or the history database
            entry["reason"] = exc.message.removeprefix(f"{job.notes}: ")
        except OSError as exc:  # the output folder: full, gone, not writable
            entry["reason"] = f"cannot write the draft: {exc.strerror or exc}"
        except Exception as exc:  # one file's surprise must not stop the others
            entry["reason"] = f"unexpected error: {exc.__class__.__name__}: {exc}"
        entry["seconds"] = round(time.perf_counter() - started, 3)
        if entry["reason"] is None:
            fell_back = any(d["status"] == "fallback" for d in entry["drafts"])
            entry["status"] = "fallback" if fell_back else "accepted"
        return entry

    async def _draft_into(self, job: Job, entry: Entry) -> None:
        from followup.session import Names, resolve_notes
        from followup.storage import history
        from followup.textio import read_text, write_atomic

        assert self.drafter is not None
        opts = self.options
        text = read_text(job.notes)
        notes = resolve_notes(text, Names(sender=opts.sender), to_flag=False)
        kind = opts.kind or notes.kind or "thank-you"
        if kind not in ("thank-you", "check-in", "nudge"):
            raise InputError(f"unknown kind {kind!r} in the notes (thank-you, check-in or nudge)")
        entry["kind"] = kind
        entry["to"] = notes.interviewer
        entry["also_interviewed"] = notes.others  # a panel: `followup draft FILE --each`
        usage = Usage()
        for variant, out in enumerate(job.outputs):
            started = time.perf_counter()
            try:
                result = await self.drafter.draft_async(
                    notes,
                    kind,
                    max_attempts=opts.max_attempts,
                    seed=opts.seed + VARIANT_SEED_STEP * variant,
                    variant=variant,
                )
            except ModelUnavailable as exc:
                partial = exc.partial
                if isinstance(partial, DraftResult):
                    usage.add(partial.usage)
                    entry["attempts"] += len(partial.attempts)
                    entry["tokens"] = usage.as_dict()
                    if opts.log:
                        history.save(partial, text, "model-unavailable")
                raise
            if opts.log:
                history.save(result, text, "accepted" if result.accepted else "rejected")
            write_atomic(out, result.text, force=True)
            usage.add(result.usage)
            entry["attempts"] += len(result.attempts)
            entry["tokens"] = usage.as_dict()
            entry["outputs"].append(out.name)
            entry["findings"] += [{"output": out.name, **asdict(f)} for f in result.findings]
            entry["drafts"].append(
                {
                    "output": out.name,
                    "variant": variant + 1,
                    "status": _status(result),
                    "accepted": result.accepted,
                    "attempts": len(result.attempts),
                    "tokens": result.usage.as_dict(),
                    "seconds": round(time.perf_counter() - started, 3),
                }
            )

    def _finish(self, entry: Entry) -> None:
        self.entries[entry["notes"]] = entry
        self.counts[entry["status"]] += 1
        self.write_report()
        if self.on_done is not None:
            self.on_done(entry)

    def _skipped(self, job: Job, earlier: Entry | None) -> Entry:
        outputs = [o.name for o in job.outputs]
        if earlier and earlier.get("status") in STATUSES and earlier.get("outputs") == outputs:
            return {**earlier, "skipped": True}
        return {
            "notes": job.name,
            "status": "skipped",
            "reason": "the drafts are newer than the notes (no earlier report entry)",
            "outputs": outputs,
            "skipped": True,
        }

    # -- the report -------------------------------------------------------------------------

    def report(self) -> dict[str, Any]:
        drafter = self.drafter
        return {
            "version": REPORT_VERSION,
            "notes_dir": str(self.notes_dir),
            "out_dir": str(self.out_dir),
            "backend": drafter.model.backend if drafter else None,
            "model": drafter.model.name if drafter else None,
            "strategy": drafter.strategy if drafter else None,
            "variants": self.variants,
            "concurrency": self.concurrency,
            "started": self.started,
            "updated": _now(),
            "complete": self.complete,
            "interrupted": self.interrupted,
            "counts": {
                "files": self.total,
                **self.counts,
                "skipped": self.skipped,
                "pending": len(self.todo) - sum(self.counts.values()),
            },
            "files": [self.entries[k] for k in sorted(self.entries)],
        }

    def write_report(self) -> None:
        from followup.textio import write_atomic

        text = json.dumps(self.report(), indent=2, ensure_ascii=False) + "\n"
        try:
            write_atomic(self.report_path, text, force=True)
        except OSError as exc:
            raise FollowupError(
                f"{self.report_path}: cannot write the report ({exc.strerror or exc})"
            ) from None
