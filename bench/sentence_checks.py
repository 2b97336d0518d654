"""How well each sentence check separates good model sentences from bad ones, on labelled data.

    python bench/sentence_checks.py [--show]

The labels are in bench/data/labelled-sentences.yaml: sentences the embedded model wrote for
the development splits that the checks of the time let into drafts, each read and labelled
good or bad. For each sentence the fact it was written for is taken to be the notes' fact
(learned or contribution, by slot) it covers best, as the drafting loop chose it. A check is
worth having when it refuses bad sentences and few good ones: the table gives both counts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
LABELS = ROOT / "bench" / "data" / "labelled-sentences.yaml"
CORPUS = ROOT / "tests" / "data" / "notes-corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each refused sentence")
    args = parser.parse_args()
    from followup.notes import parse_notes
    from followup.sentences import learned_facts, reader_of
    from followup.sentences.checks import coverage, learned_problems, named_problems

    rows = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    by_check: dict[str, list[int]] = {}  # check -> [bad refused, good refused]
    refused = {"bad": 0, "good": 0}
    totals = {"bad": 0, "good": 0}
    unasked = 0
    for row in rows:
        path = next(
            p
            for p in sorted((CORPUS / row["split"]).iterdir())
            if p.name.startswith(f"{int(row['note']):02d}-") and p.suffix in (".txt", ".md")
        )
        notes = parse_notes(path.read_text(encoding="utf-8"))
        facts = learned_facts(notes) if row["slot"] == "learned" else notes.contribution_points
        if not facts:
            unasked += 1  # the notes now give this slot no fact: the model is not asked
            continue
        fact = max(facts, key=lambda f: coverage(row["text"], f)[0])
        found = named_problems(row["text"], fact, reader_of(notes))
        found += learned_problems(row["text"], fact) if row["slot"] == "learned" else []
        label = row["label"]
        totals[label] += 1
        refused[label] += bool(found)
        for name, message in found:
            counts = by_check.setdefault(name, [0, 0])
            counts[0 if label == "bad" else 1] += 1
            if args.show:
                print(f"{label:4} {name}: {row['text']}\n      {message}\n      fact: {fact}")
    print(f"{'check':28} {'bad refused':>12} {'good refused':>13}")
    for name, (bad, good) in sorted(by_check.items()):
        print(f"{name:28} {bad:>12} {good:>13}")
    print(
        f"{'all checks':28} {refused['bad']:>6} of {totals['bad']:<3} {refused['good']:>6} of "
        f"{totals['good']}"
    )
    if unasked:
        print(f"{unasked} sentence(s) left out: their slot has no fact in the notes any more")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
