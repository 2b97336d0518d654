"""Dump every lint finding and the stats of many texts, to check a speed change changes nothing.

    python bench/lint_findings_dump.py --out FILE [--quick]

The texts: the 1,000 corpus notes of `lint_bench.py` (its default seed) and its hard notes up
to the 950 kB one (that one for one kind only: it takes about a second), every text file
under tests/data and examples/ (emails, notes and their YAML, each linted as a whole), and the
first 200 corpus notes rewritten the ways `emailparts` and the prefilter must cope with
(Turkish İ, long ſ, upper case, `>` quoting, CRLF, quotes around the whole text, one
paragraph). Each is checked for every kind (thank-you, check-in, nudge) three ways: at
level suggestion with `followup lint`'s suggestions, and at levels warning and error
without; the first 300 corpus notes also with facts (an example's notes as `facts_text` and
`contact_facts`, as drafting checks). For each check, one line: the text's name, the
settings, the stats, then every finding with all its fields; plus `--kind auto`'s answer.

Run it at two commits (each with its own src/ on PYTHONPATH) and compare the files
(`cmp`, `diff`): identical files mean identical findings. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from lint_bench import hard_notes, make_corpus  # noqa: E402

from followup.lint.checks.spelling import SUGGESTIONS  # noqa: E402
from followup.lint.engine import Ruleset  # noqa: E402
from followup.lint.findings import KINDS  # noqa: E402

SETTINGS = (("suggestion", SUGGESTIONS), ("warning", 0), ("error", 0))
VARIANT_NOTES = 200
FACT_NOTES = 300


def _variants(name: str, text: str) -> Iterator[tuple[str, str]]:
    """A note rewritten the ways pasted emails come."""
    yield f"{name}:turkish-i", text.replace("I", "İ", 3)
    yield f"{name}:long-s", text.replace("s", "ſ", 5)
    yield f"{name}:upper", text.upper()
    yield f"{name}:gt-quoted", "\n".join("> " + line for line in text.split("\n"))
    yield f"{name}:half-gt", text + "\n\nOn Monday Tom wrote:\n> " + text.replace("\n", "\n> ")
    yield f"{name}:crlf", text.replace("\n", "\r\n")
    yield f"{name}:quoted", f"\u201c{text.strip()}\u201d"
    yield f"{name}:one-paragraph", " ".join(text.split())


def texts() -> Iterator[tuple[str, str]]:
    """(name, text) for every text dumped (see the module's docstring)."""
    notes = make_corpus(1000, 2024)
    for i, note in enumerate(notes):
        yield f"corpus/{i:04d}", note
    for name, text in hard_notes(notes).items():
        if len(text) < 1_000_000:
            yield f"hard/{name}", text
    for folder in ("tests/data", "examples"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in {".txt", ".md", ".yaml"}:
                yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for i, note in enumerate(notes[:VARIANT_NOTES]):
        yield from _variants(f"corpus/{i:04d}", note)


def _facts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/notes").iterdir())]


def dump(out: Path, quick: bool) -> int:
    ruleset = Ruleset.load()
    facts = _facts()
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for name, text in texts():
            if quick and name.startswith("corpus/") and int(name[7:11]) >= 100:
                continue
            f.write(json.dumps({"text": name, "auto": ruleset.detect_kind(text)}) + "\n")
            kinds = KINDS if len(text) < 100_000 else KINDS[:1]
            for kind in kinds:
                for level, suggestions in SETTINGS:
                    found, stats = ruleset.check(
                        text, kind, min_level=level, suggestions=suggestions
                    )
                    _write(f, name, kind, level, found, stats)
                    count += 1
            if name.startswith("corpus/") and ":" not in name and int(name[7:11]) < FACT_NOTES:
                fact = facts[int(name[7:11]) % len(facts)]
                for kind in KINDS:
                    found, stats = ruleset.check(
                        text, kind, facts_text=fact, contact_facts=fact, suggestions=0
                    )
                    _write(f, name, kind, "facts", found, stats)
                    count += 1
    return count


def _write(f, name, kind, level, found, stats) -> None:  # type: ignore[no-untyped-def]
    row = {
        "text": name,
        "kind": kind,
        "level": level,
        "stats": [stats.words, stats.sentences, stats.grade],
        "findings": [
            [
                x.rule,
                x.level,
                x.message,
                x.line,
                x.column,
                x.end_line,
                x.end_column,
                x.match,
                x.suggestion,
            ]
            for x in found
        ],
    }
    f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write the dump")
    parser.add_argument("--quick", action="store_true", help="only the first 100 corpus notes")
    args = parser.parse_args()
    count = dump(args.out, args.quick)
    print(f"{count} checks written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
