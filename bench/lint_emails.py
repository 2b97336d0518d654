"""Agreement of `followup lint` with the labelled email corpus (tests/data/emails-corpus).

For each email, the error- and warning-level findings (with the labelled kind, `followup lint`'s
suggestions on) are compared with the labels: a finding agrees with a label of the same rule
(and the same word, when the label names one). Prints a Markdown table per rule: findings
the reviewer wanted (agreed), findings the reviewer did not want (false), labels missed.

    .venv/bin/python bench/lint_emails.py [--split heldout|dev] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from followup.lint.checks.spelling import SUGGESTIONS
from followup.lint.engine import Ruleset

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "emails-corpus"


@dataclass
class Outcome:
    """One email's agreement: (rule, match) pairs agreed, false and missed, and levels."""

    name: str
    agreed: list[tuple[str, str]] = field(default_factory=list)
    false: list[tuple[str, str, str]] = field(default_factory=list)  # rule, match, level
    missed: list[tuple[str, str]] = field(default_factory=list)


def emails(split: str) -> list[tuple[Path, dict[str, object]]]:
    """(email file, labels) for every email of a split, in name order."""
    out = []
    for labels in sorted((CORPUS / split).glob("*.labels.yaml")):
        text = labels.with_name(labels.name.replace(".labels.yaml", ".txt"))
        out.append((text, yaml.safe_load(labels.read_text(encoding="utf-8"))))
    return out


def judge(ruleset: Ruleset, path: Path, labels: dict[str, object]) -> Outcome:
    """Compare one email's findings with its labels."""
    findings, _ = ruleset.check(
        path.read_text(encoding="utf-8"),
        str(labels["kind"]),
        min_level="warning",
        suggestions=SUGGESTIONS,
    )
    wanted = [(str(f["rule"]), str(f.get("match", ""))) for f in labels["findings"] or []]  # type: ignore[union-attr, attr-defined]
    out = Outcome(path.stem)
    left = list(wanted)
    for f in findings:
        hit = next((w for w in left if w[0] == f.rule and (not w[1] or w[1] == f.match)), None)
        if hit is not None:
            left.remove(hit)
            out.agreed.append(hit)
        elif any(w[0] == f.rule and not w[1] for w in wanted):
            continue  # a second finding of a rule labelled as a whole (no word named)
        else:
            out.false.append((f.rule, f.match, f.level))
    out.missed = left
    return out


def table(outcomes: list[Outcome], ruleset: Ruleset) -> str:
    """Markdown: per rule, agreed / false / missed, and the level it has."""
    agreed = Counter(r for o in outcomes for r, _ in o.agreed)
    false = Counter(r for o in outcomes for r, _, _ in o.false)
    missed = Counter(r for o in outcomes for r, _ in o.missed)
    rules = sorted(set(agreed) | set(false) | set(missed))
    lines = [
        "| rule | level | agreed | false | missed | precision | recall |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for r in rules:
        a, f, m = agreed[r], false[r], missed[r]
        prec = f"{a / (a + f):.0%}" if a + f else "–"
        rec = f"{a / (a + m):.0%}" if a + m else "–"
        level = ruleset.rules[r].level if r in ruleset.rules else "?"
        lines.append(f"| `{r}` | {level} | {a} | {f} | {m} | {prec} | {rec} |")
    a, f, m = sum(agreed.values()), sum(false.values()), sum(missed.values())
    lines.append(f"| all | | {a} | {f} | {m} | {a / max(1, a + f):.0%} | {a / max(1, a + m):.0%} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    ruleset = Ruleset.load()
    outcomes = [judge(ruleset, p, lab) for p, lab in emails(args.split)]
    print(table(outcomes, ruleset))
    print()
    for o in outcomes:
        for r, m, level in o.false:
            print(f"false {level:7} {o.name}: {r} {m!r}")
        for r, m in o.missed:
            print(f"missed         {o.name}: {r} {m!r}")
    if args.json:
        args.json.write_text(json.dumps([o.__dict__ for o in outcomes], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
