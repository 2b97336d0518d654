"""PNG plots for docs/benchmarks.md from the JSON results in bench/results/.

    python bench/plots.py [--results bench/results] [--out docs/img]

A plot whose results file is missing is skipped with a note on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def load(results: Path, name: str) -> dict[str, Any] | None:
    path = results / name
    if not path.exists():
        sys.stderr.write(f"plots: {path} missing; its plots are skipped\n")
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def footer(fig: Any, data: dict[str, Any]) -> None:
    machine = data.get("machine", {})
    fig.text(
        0.01,
        0.01,
        f"{data.get('command', '')} | {machine.get('cpu', '')}, {machine.get('cores', '?')} cores"
        f" | {data.get('date', '')[:10]}",
        fontsize=7,
        color="grey",
    )


def save(fig: Any, out: Path, name: str) -> None:
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(out / name, dpi=110)
    plt.close(fig)
    print(out / name)


def draft_plots(results: Path, out: Path) -> None:
    draft = load(results, "draft.json")
    if draft is None:
        return
    rows = draft["rows"]
    summary = draft["summary"]

    fig, ax = plt.subplots(figsize=(7, 4))
    secs = [r["seconds"] for r in rows]
    ax.hist(secs, bins=10, color="#4c72b0", edgecolor="white")
    med = summary["median_seconds_to_accepted"]
    ax.axvline(med, color="black", linestyle="--", label=f"median {med:.2f} s")
    floor = summary.get("median_decode_floor_seconds")
    if floor:
        ax.axvline(floor, color="#c44e52", linestyle=":", label=f"decode floor {floor:.2f} s")
    ax.set_xlabel("seconds per draft")
    ax.set_ylabel("notes files")
    ax.set_title(f"Draft latency, embedded model, slots, {len(rows)} notes")
    ax.legend()
    footer(fig, draft)
    save(fig, out, "draft-latency.png")

    fig, ax = plt.subplots(figsize=(6, 4))
    counts = Counter(r["attempts"] for r in rows)
    xs = list(range(1, max(3, max(counts)) + 1))
    ax.bar(xs, [counts.get(x, 0) for x in xs], color="#55a868")
    ax.set_xticks(xs)
    ax.set_xlabel("attempts per draft")
    ax.set_ylabel("notes files")
    ax.set_title("Attempts per draft (embedded model, slots)")
    footer(fig, draft)
    save(fig, out, "draft-attempts.png")

    fig, ax = plt.subplots(figsize=(7, 4))
    accepted = [r for r in rows if r["accepted_from_model"]]
    names = [r["notes"].rsplit(".", 1)[0] for r in accepted]
    ax.barh(names, [r["generated_tokens"] for r in accepted], color="#8172b2", label="generated")
    ax.barh(
        names,
        [r["final_draft_tokens"] for r in accepted],
        color="#ccb974",
        height=0.4,
        label="in the final draft",
    )
    ax.set_xlabel("tokens")
    ax.set_title("Tokens per accepted draft (embedded model, slots, 4 samples)", fontsize=10)
    ax.set_xlim(0, 1.45 * max(r["generated_tokens"] for r in accepted))
    ax.legend(fontsize=8, loc="center right")
    ax.tick_params(axis="y", labelsize=7)
    footer(fig, draft)
    save(fig, out, "draft-tokens.png")

    settings = [("slots, 4 samples", draft)]
    for label, name in (("slots, 2 samples", "draft-samples2.json"), ("whole", "draft-whole.json")):
        data = load(results, name)
        if data is not None:
            settings.append((label, data))
    metrics = [
        ("first_attempt_acceptance", "first attempt"),
        ("final_acceptance_from_model", "final, from model"),
        ("learned_sentence_from_model_rate", "model's own sentence used"),
    ]
    fig, ax = plt.subplots(figsize=(8, 4))
    width = 0.8 / len(settings)
    for i, (label, data) in enumerate(settings):
        vals = [100 * (data["summary"].get(key) or 0) for key, _ in metrics]
        xs2 = [j + i * width for j in range(len(metrics))]
        bars = ax.bar(xs2, vals, width, label=f"{label} (n={data['summary']['notes']})")
        ax.bar_label(bars, fmt="%.0f%%", fontsize=7)
    ax.set_xticks([j + width * (len(settings) - 1) / 2 for j in range(len(metrics))])
    ax.set_xticklabels([m[1] for m in metrics])
    ax.set_ylabel("% of notes files")
    ax.set_ylim(0, 115)
    ax.set_title("Acceptance rates by drafting setting (embedded model)")
    ax.legend(fontsize=8)
    footer(fig, draft)
    save(fig, out, "draft-acceptance.png")


def lint_plots(results: Path, out: Path) -> None:
    lint = load(results, "lint.json")
    if lint is None:
        return
    cold = lint["cold_start_seconds"]
    thr = lint["throughput_notes_per_second"]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
    labels = ["followup", "proselint", "followup, note with a typo", "proselint, note with a typo"]
    labels = [k for k in labels if k in cold]
    meds = [1000 * cold[k]["median"] for k in labels]
    bars = ax1.bar(range(len(labels)), meds, color=["#4c72b0", "#dd8452"] * 2)
    ax1.bar_label(bars, fmt="%.0f", fontsize=8)
    aim = cold.get("aim_followup_median")
    if aim:
        ax1.axhline(1000 * aim, color="#c44e52", linestyle=":", label=f"aim {1000 * aim:.0f} ms")
        ax1.legend(fontsize=8)
    ax1.set_xticks(range(len(labels)))
    ax1.set_xticklabels([k.replace(", ", ",\n") for k in labels], fontsize=7)
    ax1.set_ylabel("ms (median of runs)")
    ax1.set_title("Lint cold start, one note")
    tools = [k for k in ("followup", "proselint") if k in thr]
    vals = [thr[k]["median"] for k in tools]
    bars = ax2.bar(tools, vals, color=["#4c72b0", "#dd8452"][: len(tools)])
    ax2.bar_label(bars, fmt="%.0f", fontsize=8)
    aim = thr.get("aim_followup_median")
    if aim:
        ax2.axhline(aim, color="#c44e52", linestyle=":", label=f"aim {aim:.0f}/s")
        ax2.legend(fontsize=8)
    ax2.set_ylabel("notes per second (in process, median)")
    ax2.set_title(f"Lint throughput, {lint['corpus']['notes']} notes")
    footer(fig, lint)
    save(fig, out, "lint.png")


def batch_plot(results: Path, out: Path) -> None:
    batch = load(results, "batch.json")
    if batch is None:
        return
    colours = {"embedded": "#55a868", "server": "#4c72b0", "llama_server": "#c44e52"}
    labels, meds, runs, colors = [], [], [], []
    for key, value in batch["results"].items():
        loads = [x for r in value["runs"] for x in r["load_average_1m"].values()]
        if key == "embedded":
            what, family = "embedded\n(serial)", "embedded"
        elif key.startswith("llama_server_slots_"):
            what = f"llama-server\n-np {key.rsplit('_', 1)[1]}"
            family = "llama_server"
        else:
            what = f"llama_cpp.server\n--concurrency {key.rsplit('_', 1)[1]}"
            family = "server"
        labels.append(f"{what}\nload {min(loads):.1f}-{max(loads):.1f}")
        meds.append(value["median_drafts_per_minute"])
        runs.append([r["drafts_per_minute"] for r in value["runs"]])
        colors.append(colours[family])
    fig, ax = plt.subplots(figsize=(10, 4.8))
    bars = ax.bar(range(len(labels)), meds, color=colors)
    ax.bar_label(bars, fmt="%.1f", fontsize=9, label_type="center", color="white")
    for i, rs in enumerate(runs):
        ax.scatter([i] * len(rs), rs, color="black", s=12, zorder=3)
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, fontsize=7)
    ax.set_ylabel("drafts per minute (median; dots = runs)")
    ax.set_title(
        f"Batch throughput, {batch['notes_files']} notes files, slots strategy, SmolLM2 Q4_1, "
        "2 threads everywhere\n(llama_cpp.server serves one request at a time; "
        "llama-server -np N decodes N requests together)",
        fontsize=8,
    )
    footer(fig, batch)
    save(fig, out, "batch-throughput.png")


def notes_length_plot(results: Path, out: Path) -> None:
    data = load(results, "notes_length.json")
    if data is None:
        return
    rows = [r for r in data["rows"] if r["draft_seconds_median"] is not None]
    fig, ax1 = plt.subplots(figsize=(7, 4))
    ax1.plot(
        [r["words"] for r in rows],
        [r["draft_seconds_median"] for r in rows],
        "o-",
        color="#4c72b0",
        label="draft (median)",
    )
    for r in rows:
        times = [d["seconds"] for d in r["draft_runs"] if "error" not in d]
        ax1.scatter([r["words"]] * len(times), times, color="#4c72b0", s=10, alpha=0.5)
    ax1.set_xlabel("words of notes")
    ax1.set_ylabel("draft seconds (median; dots = runs)", color="#4c72b0")
    ax1.set_ylim(bottom=0)
    ax2 = ax1.twinx()
    ax2.plot(
        [r["words"] for r in data["rows"]],
        [1000 * r["lint_seconds_median"] for r in data["rows"]],
        "s--",
        color="#dd8452",
        label="lint the notes (median)",
    )
    ax2.set_ylabel("lint ms", color="#dd8452")
    ax2.set_ylim(bottom=0)
    failed = [r["words"] for r in data["rows"] if r["draft_seconds_median"] is None]
    title = "Time vs notes length (embedded model, slots)"
    if failed:
        title += f"; no draft at {', '.join(map(str, failed))} words"
    ax1.set_title(title, fontsize=10)
    fig.legend(loc="lower right", bbox_to_anchor=(0.98, 0.0), ncol=2, fontsize=8)
    footer(fig, data)
    save(fig, out, "notes-length.png")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", type=Path, default=Path("bench/results"))
    ap.add_argument("--out", type=Path, default=Path("docs/img"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    draft_plots(args.results, args.out)
    lint_plots(args.results, args.out)
    batch_plot(args.results, args.out)
    notes_length_plot(args.results, args.out)


if __name__ == "__main__":
    main()
