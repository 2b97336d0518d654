"""How drafting time (embedded model, slots strategy) and lint time grow with notes length.

    python bench/notes_length_bench.py [--words 100 500 1000 2500 5000] [--runs 5]
                                       [--out bench/results/notes_length.json]

The notes are generated (seeded): the same front matter as examples/notes/acme-data-analyst.md
and bullet points of interview-notes-like sentences up to the word count. Each length is drafted
`--runs` times with different seeds in one process (model loaded, and one untimed draft made,
before timing); the median is reported. Lint time is `Ruleset.check` on the notes text
(rules loaded once).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from followup.drafting import Drafter
from followup.lint.engine import Ruleset
from followup.models.embedded import EmbeddedModel, _load
from followup.notes import parse_notes
from followup.prompts import Prompts

FRONT = """---
candidate: Sam Patel
interviewer: Priya Shah
company: Acme Analytics
role: data analyst
interview_date: 2026-11-24
---
"""

SUBJECTS = [
    "Priya",
    "the team",
    "the analytics group",
    "their manager",
    "the hiring panel",
    "the data platform team",
    "the finance partners",
]
VERBS = [
    "is moving",
    "wants to improve",
    "talked about",
    "asked me about",
    "is worried about",
    "plans to rebuild",
    "spent time on",
]
OBJECTS = [
    "the weekly revenue reports",
    "onboarding new customers faster",
    "their reporting from spreadsheets to dbt and Snowflake",
    "the dashboard project for the city transit data",
    "data quality checks in the nightly pipeline",
    "how analysts share queries across teams",
    "the quarterly planning process",
    "documentation for the metrics layer",
]
TAILS = [
    "",
    "this quarter",
    "before the end of the year",
    "with two new hires",
    "and it sounded like a real priority",
    "because the current process is slow",
]


def make_notes(words: int, seed: int) -> str:
    rng = random.Random(seed)
    lines: list[str] = []
    count = 0
    while count < words:
        parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
        sentence = " ".join(p for p in parts if p)
        take = sentence.split()[: words - count]
        lines.append("- " + " ".join(take))
        count += len(take)
    return FRONT + "\n".join(lines) + "\n"


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def write(args: argparse.Namespace, load_start: float, n_ctx: int, rows: list[Any]) -> None:
    """Written after every length, so a run cut short keeps what it measured."""
    result = {
        "benchmark": "notes_length",
        "command": " ".join(["python", "bench/notes_length_bench.py", *sys.argv[1:]]),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpu": cpu_name(),
            "cores": len(os.sched_getaffinity(0)),
            "python": platform.python_version(),
        },
        "load_average_1m": {"start": round(load_start, 2), "end": round(os.getloadavg()[0], 2)},
        "strategy": "slots",
        "samples_per_slot": args.samples,
        "model_n_ctx": n_ctx,
        "rows": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, nargs="+", default=[100, 500, 1000, 2500, 5000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--samples", type=int, default=4)
    ap.add_argument("--out", type=Path, default=Path("bench/results/notes_length.json"))
    args = ap.parse_args()

    load_start = os.getloadavg()[0]
    model = EmbeddedModel()
    llm = _load(str(model.path), model.n_ctx)
    ruleset, prompts = Ruleset.load(), Prompts()
    drafter = Drafter(model, ruleset, prompts, strategy="slots", samples=args.samples)
    drafter.draft(parse_notes(make_notes(100, seed=1)), "thank-you", seed=99)  # warm-up, untimed

    rows: list[dict[str, Any]] = []
    for words in args.words:
        text = make_notes(words, seed=words)
        notes_tokens = len(llm.tokenize(text.encode("utf-8"), add_bos=False))
        lint_times = []
        for _ in range(5):
            t0 = time.perf_counter()
            ruleset.check(text, ruleset.detect_kind(text))
            lint_times.append(time.perf_counter() - t0)
        draft_runs: list[dict[str, Any]] = []
        for run in range(args.runs):
            notes = parse_notes(text)
            t0 = time.perf_counter()
            try:
                result = drafter.draft(notes, "thank-you", seed=run)
            except Exception as exc:
                draft_runs.append(
                    {"seconds": round(time.perf_counter() - t0, 3), "error": repr(exc)[:300]}
                )
                continue
            draft_runs.append(
                {
                    "seconds": round(time.perf_counter() - t0, 3),
                    "attempts": len(result.attempts),
                    "accepted_from_model": result.accepted and not result.fell_back,
                    "fallback": result.fell_back,
                    "prompt_tokens": result.usage.prompt_tokens,
                    "generated_tokens": result.usage.completion_tokens,
                }
            )
        ok = [r["seconds"] for r in draft_runs if "error" not in r]
        rows.append(
            {
                "words": words,
                "notes_tokens": notes_tokens,
                "lint_seconds_median": round(statistics.median(lint_times), 5),
                "draft_seconds_median": round(statistics.median(ok), 3) if ok else None,
                "draft_runs": draft_runs,
                "load_average_1m": round(os.getloadavg()[0], 2),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
        write(args, load_start, model.n_ctx, rows)


if __name__ == "__main__":
    main()
