"""Check a folder of interview notes and their gold facts files, as a helper writes them.

    python bench/corpus_check.py FOLDER

The helper that writes a new held-out and dev split (docs/corpus-helper-prompt.md) gets a copy
of this file as its `check.py`: every note has a gold file with exactly the corpus's keys in
order, learned details are verbatim substrings of the note, dates are ISO or null, and a split
has its share of check-ins, nudges, hostile notes and one note with two equal addressees.
Prints one line per problem and a count.
"""

import re
import sys
from pathlib import Path

import yaml

KEYS = [
    "kind",
    "interviewer",
    "interviewer_title",
    "other_interviewers",
    "ambiguous",
    "salutation",
    "company",
    "role",
    "sender",
    "interview_date",
    "decision_date",
    "learned",
    "not_addressee",
    "not_company",
    "hostile",
]
KINDS = {"thank-you", "check-in", "nudge"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NAME = re.compile(r"^\d\d-[a-z0-9]+(-[a-z0-9]+)+\.(txt|md)$")


def problems(folder: Path) -> list[str]:
    out: list[str] = []
    notes = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md"})
    if len(notes) < 24:
        out.append(f"only {len(notes)} notes, need 24")
    kinds = {"thank-you": 0, "check-in": 0, "nudge": 0}
    hostile = ambiguous = 0
    for note in notes:
        if not NAME.match(note.name):
            out.append(f"{note.name}: name must be NN-topic-words.txt or .md")
        gold_path = note.with_name(note.name.rsplit(".", 1)[0] + ".gold.yaml")
        if not gold_path.exists():
            out.append(f"{note.name}: no gold file {gold_path.name}")
            continue
        text = note.read_text(encoding="utf-8")
        raw = gold_path.read_text(encoding="utf-8")
        keys = re.findall(r"^([a-z_]+):", raw, re.M)
        if keys != KEYS:
            out.append(f"{gold_path.name}: keys must be exactly, in order: {', '.join(KEYS)}")
        try:
            gold = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            out.append(f"{gold_path.name}: not valid YAML: {exc}")
            continue
        if not isinstance(gold, dict):
            out.append(f"{gold_path.name}: not a mapping")
            continue
        kind = gold.get("kind")
        if kind not in KINDS:
            out.append(f"{gold_path.name}: kind must be one of {sorted(KINDS)}")
        else:
            kinds[kind] += 1
        if gold.get("hostile") is True:
            hostile += 1
        elif gold.get("hostile") is not False:
            out.append(f"{gold_path.name}: hostile must be true or false")
        if gold.get("ambiguous") is True:
            ambiguous += 1
            if gold.get("interviewer") is not None:
                out.append(f"{gold_path.name}: ambiguous notes have interviewer: null")
        elif gold.get("ambiguous") is not False:
            out.append(f"{gold_path.name}: ambiguous must be true or false")
        for key in ("interview_date", "decision_date"):
            value = gold.get(key)
            if value is not None and not DATE.match(str(value)):
                out.append(f"{gold_path.name}: {key} must be YYYY-MM-DD or null")
        for key in ("interviewer", "company", "role", "sender", "salutation", "interviewer_title"):
            value = gold.get(key)
            if value is not None and not isinstance(value, str):
                out.append(f"{gold_path.name}: {key} must be a string or null")
        for key in ("other_interviewers", "not_addressee", "not_company"):
            value = gold.get(key)
            if not isinstance(value, list):
                out.append(f"{gold_path.name}: {key} must be a list (may be [])")
        learned = gold.get("learned")
        if not isinstance(learned, list) or not 2 <= len(learned) <= 8:
            out.append(f"{gold_path.name}: learned must be a list of 2-8 strings")
        else:
            for item in learned:
                if not isinstance(item, str) or item not in text:
                    out.append(f"{gold_path.name}: learned item not a verbatim substring: {item!r}")
        salutation = gold.get("salutation")
        if gold.get("ambiguous") is not True and not (
            isinstance(salutation, str) and salutation.endswith(",")
        ):
            out.append(f"{gold_path.name}: salutation must be a string ending with ','")
    for gold_path in folder.glob("*.gold.yaml"):
        stem = gold_path.name[: -len(".gold.yaml")]
        if not any((folder / (stem + ext)).exists() for ext in (".txt", ".md")):
            out.append(f"{gold_path.name}: no note for this gold file")
    if not 3 <= kinds["check-in"] <= 4:
        out.append(f"{kinds['check-in']} check-in notes, need 3-4")
    if not 2 <= kinds["nudge"] <= 3:
        out.append(f"{kinds['nudge']} nudge notes, need 2-3")
    if hostile != 2:
        out.append(f"{hostile} hostile notes, need exactly 2")
    if ambiguous != 1:
        out.append(f"{ambiguous} ambiguous notes, need exactly 1")
    return out


def main() -> int:
    found = problems(Path(sys.argv[1]))
    for line in found:
        print(line)
    print(f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
