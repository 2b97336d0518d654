"""Drafting with the embedded model over examples/notes/: acceptance, attempts, time, tokens.

    python bench/draft_bench.py [--notes-dir DIR] [--samples 4] [--out bench/results/draft.json]

The floor is the model's raw decode speed: the time to decode the final draft's tokens alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from followup.composer import enthusiasm_sentence, learned_sentences
from followup.drafting import Drafter
from followup.lint.engine import Ruleset
from followup.models.embedded import EmbeddedModel, _load
from followup.notes import parse_notes
from followup.prompts import Prompts


def decode_speed(model: EmbeddedModel, runs: int = 3) -> float:
    """Tokens per second for pure generation (prompt cost removed by a 1-token baseline)."""
    llm = _load(str(model.path), model.n_ctx)
    prompt = "Write a long story about a lighthouse keeper."
    speeds = []
    for seed in range(runs):
        t0 = time.perf_counter()
        llm.create_completion(prompt, max_tokens=1, temperature=0.0, seed=seed)
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        out = llm.create_completion(prompt, max_tokens=128, temperature=0.8, seed=seed)
        elapsed = time.perf_counter() - t0 - base
        speeds.append((out["usage"]["completion_tokens"] - 1) / elapsed)
    return statistics.median(speeds)


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes-dir", type=Path, default=Path("examples/notes"))
    ap.add_argument("--samples", type=int, default=4)
    ap.add_argument("--strategy", choices=["slots", "whole"], default="slots")
    ap.add_argument("--out", type=Path, default=Path("bench/results/draft.json"))
    args = ap.parse_args()

    model = EmbeddedModel()
    t0 = time.perf_counter()
    llm = _load(str(model.path), model.n_ctx)
    load_s = time.perf_counter() - t0
    speed = decode_speed(model)
    ruleset, prompts = Ruleset.load(), Prompts()
    drafter = Drafter(model, ruleset, prompts, strategy=args.strategy, samples=args.samples)

    rows = []
    for path in sorted(args.notes_dir.glob("*.md")) + sorted(args.notes_dir.glob("*.txt")):
        notes = parse_notes(path.read_text(encoding="utf-8"))
        if not notes.interviewer or not notes.candidate:
            continue
        kind = notes.kind or "thank-you"
        t0 = time.perf_counter()
        result = drafter.draft(notes, kind)
        seconds = time.perf_counter() - t0
        final_tokens = len(llm.tokenize(result.text.encode("utf-8"), add_bos=False))
        generic = learned_sentences(notes)[-1]
        rows.append(
            {
                "notes": path.name,
                "kind": kind,
                "seconds": round(seconds, 3),
                "attempts": len(result.attempts),
                "first_attempt_passed": result.attempts[0].passed,
                "accepted_from_model": result.accepted and not result.fell_back,
                "fallback": result.fell_back,
                # did the model's own sentences make it into the draft, or the plain ones?
                "learned_sentence_from_model": generic not in result.text and not result.fell_back,
                "enthusiasm_sentence_from_model": enthusiasm_sentence(notes) not in result.text,
                "final_passes_rules": result.accepted,
                "generated_tokens": result.usage.completion_tokens,
                "prompt_tokens": result.usage.prompt_tokens,
                "final_draft_tokens": final_tokens,
                "decode_floor_seconds": round(final_tokens / speed, 3),
            }
        )
        print(json.dumps(rows[-1]))

    n = len(rows)
    accepted = [r for r in rows if r["accepted_from_model"]]
    times = sorted(r["seconds"] for r in accepted)
    floors = [r["decode_floor_seconds"] for r in accepted]
    summary = {
        "notes": n,
        "first_attempt_acceptance": sum(r["first_attempt_passed"] for r in rows) / n,
        "final_acceptance_from_model": len(accepted) / n,
        "fallback_rate": sum(r["fallback"] for r in rows) / n,
        "learned_sentence_from_model_rate": sum(r["learned_sentence_from_model"] for r in rows) / n,
        "final_passes_rules": sum(r["final_passes_rules"] for r in rows) / n,
        "median_seconds_to_accepted": statistics.median(times) if times else None,
        "p95_seconds_to_accepted": times[min(len(times) - 1, int(0.95 * len(times)))]
        if times
        else None,
        "median_generated_tokens_per_accepted": statistics.median(
            r["generated_tokens"] for r in accepted
        )
        if accepted
        else None,
        "decode_tokens_per_second": round(speed, 1),
        "median_decode_floor_seconds": statistics.median(floors) if floors else None,
        "model_load_seconds": round(load_s, 3),
    }
    if times and floors:
        summary["ratio_median_time_to_floor"] = round(
            statistics.median(times) / statistics.median(floors), 2
        )
    result = {
        "command": " ".join(["python", "bench/draft_bench.py", *sys.argv[1:]]),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpu": cpu_name(),
            "cores": len(os.sched_getaffinity(0)),
            "python": platform.python_version(),
        },
        "samples_per_slot": args.samples,
        "strategy": args.strategy,
        "summary": summary,
        "rows": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
