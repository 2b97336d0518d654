"""How often the automatic judge agrees with a person's reading of the same drafts.

    python bench/judge_agreement.py --split heldout10 [--show]

Reads the drafts `bench/draft_quality.py` wrote (`bench/results/draft-<split>.json`), the
verdicts a person gave them (the split's table in docs/draft-quality.md: sendable, light edits,
not sendable) and the split's gold facts. The judge calls a draft *not sendable* when the
drafting-time judge found invented words or failing sentences (as before), or when the draft's
own fields disagree with the gold: a greeting that names nobody the gold names as an
interviewer (or a word no gold name or greeting has, or one of two people the notes do not
choose between), an employer or a role that shares no word with the gold's (or an employer
that holds every word of one the gold rules out, `not_company`), a sign-off that
shares no word with the gold sender. A draft that names no employer or says "the position" is not a
wrong field (a reader adds it: light edits). Agreement is on two classes: not sendable, or
sendable with at most light edits.

The field checks use the gold, which a user's drafts do not have: this judges the bench's
drafts, as a second reader would, and says where the first reading and it differ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from draft_quality import _template_words, bench_notes, judge
from notes_bench import _unaccented

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "notes-corpus"
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT / "src"))
DOC = ROOT / "docs" / "draft-quality.md"
WORD = re.compile(r"[^\W\d_][\w'-]*")
# words a field shares with its gold by accident ("the", "of") or by form ("Ltd", "Dr")
WEAK = frozenset(
    "the of and de del la le da dos das van von at for in on a an & ltd inc llc co pty pvt "
    "dr dra mr ms mrs mx prof rev sr sra eng engr atty adv capt sgt lt col judge chef".split()
)


def _honorific_words() -> frozenset[str]:
    """Forms of address are no part of whom a greeting names ("Senhora Márcia" is Márcia):
    the reader's own list of honorifics and their written forms, and a few it does not read."""
    from followup.understanding.vocabulary import vocabulary

    honorifics = vocabulary().honorifics
    written = {w.lower() for v in honorifics.values() if v for w in WORD.findall(v)}
    return frozenset(honorifics) | written | {"senhora", "senhor", "dona", "dom", "monsieur"}


def _words(text: str | None) -> set[str]:
    """The name words, accents folded as the notes bench folds them ("Ms. Hà" greets the
    gold's "Ms. Ha")."""
    return {w.lower() for w in WORD.findall(_unaccented(text or ""))} - WEAK - _HONORIFICS


_HONORIFICS = _honorific_words()


def verdicts(split: str) -> dict[tuple[str, int], str]:
    """The person's verdict per note number and seed (("01", 0) -> "not sendable"), from the
    split's clean-measure table in docs/draft-quality.md. A verdict cell may differ by seed:
    "light edits (seeds 1-2); **not sendable** (seed 0)"; a plain one holds for every seed."""
    number = split.removeprefix("heldout")
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"## Held-out {number}, seed 0")
    table = text[start : text.index("**Totals", start)]
    out = {}
    for row in re.finditer(r"^\| (\d\d) [^|]*\| ([^|]+) \|", table, re.M):
        for piece in row.group(2).split(";"):
            m = re.match(
                r"\s*(\*\*not sendable\*\*|light edits|sendable)(?:\s+\(seeds?\s+([^)]*)\))?\s*$",
                piece,
            )
            if m is None:
                continue
            seeds = _seeds(m.group(2)) if m.group(2) else range(_MAX_SEEDS)
            for seed in seeds:
                out[(row.group(1), seed)] = m.group(1).strip("*")
    return out


_MAX_SEEDS = 10


def _seeds(text: str) -> list[int]:
    """ "1-2" -> [1, 2]; "0, 2" -> [0, 2]."""
    out: list[int] = []
    for part in text.split(","):
        low, _, high = part.strip().partition("-")
        out += range(int(low), int(high or low) + 1)
    return out


def field_faults(email: str, gold: dict[str, object], flags: list[str] | None = None) -> list[str]:
    """Where the draft's greeting, employer, role or sign-off names what the gold does not
    (`flags`: the facts the bench gave as flags; an `--interviewer` settles an ambiguity)."""
    faults = []
    lines = [ln.strip() for ln in email.strip().splitlines() if ln.strip()]
    greeting = next((ln for ln in lines if re.match(r"(Dear|Hello|Hi)\b", ln)), "")
    named = _words(re.sub(r"^(Dear|Hello|Hi)\s+", "", greeting))
    people = [gold.get("interviewer"), *(gold.get("other_interviewers") or [])]
    known = set().union(*(_words(str(p)) for p in people if p))
    main = _words(str(gold.get("interviewer") or ""))
    greeted = _words(str(gold.get("salutation") or ""))
    salutation = str(gold.get("salutation") or "").lower()
    formal = any(w in _HONORIFICS for w in WORD.findall(salutation))
    if not named & (known | greeted):
        # the gold's own greeting counts: "Dear Inma," for Inmaculada, who asked for it
        faults.append(f"greets {greeting!r}")
    elif main and not named & (main | greeted) and not gold.get("ambiguous"):
        # another panel member where the notes name whom to write to ("Hello Mr. Ochieng,",
        # who only ran the aptitude test)
        faults.append(f"greets {greeting!r}, not the one the notes say to write to")
    elif (
        named
        and not named & greeted
        and named <= main & set().union(*(_words(str(p)) for p in people[1:] if p))
        and not gold.get("ambiguous")
    ):
        # a family name the addressee shares with another of the panel, where the gold greets
        # otherwise ("Dear Ms. Quispe," to the owner, whose son Iván the notes say to write to)
        faults.append(f"greets {greeting!r}, a family name two of them share")
    elif greeted and not named & greeted and not gold.get("ambiguous") and formal:
        # a form the gold's greeting does not use ("Dear Ms. Min-jung," where the notes say
        # "Principal Kim", not "Ms. Min-jung"); where the gold greets by first name, the
        # right person greeted formally ("Dear Ms. Kettle," for "Dear Sharon,") is a light edit
        faults.append(f"greets {greeting!r}, not as the gold greets")
    elif named - known - greeted:
        # a word the gold never calls anyone ("Dear Grant Cos," where he is Grant Whitfield)
        faults.append(f"greets {greeting!r} (a word no gold name has)")
    elif (
        gold.get("ambiguous")
        and "interviewer" not in (flags or [])
        and sum(bool(_words(str(p)) & named) for p in people if p) == 1
    ):
        faults.append(f"greets {greeting!r}, one of two the notes do not choose between")
    # (a line each: the subject has no stop, and "... role at X" there ends at its line)
    body = "\n".join(lines)
    company = re.search(r"(?:role|position) at ([^\n]+?)(?:\.(?:[ \t]|$)|$)", body, re.M)
    if (
        company
        and gold.get("company")
        and not _words(company.group(1)) & _words(str(gold["company"]))
    ):
        faults.append(f"employer {company.group(1)!r}")
    elif (
        company
        and any(
            _words(str(other)) and _words(str(other)) <= _words(company.group(1))
            for other in gold.get("not_company") or []
        )
        and not _words(str(gold.get("company") or "")) <= _words(company.group(1))
    ):
        # one the gold rules out, though it shares a word with the gold's ("Nkwa FM
        # Techiman", the candidate's past station, for "Asuo FM 97.3")
        faults.append(f"employer {company.group(1)!r}, one the notes rule out")
    role = re.search(r"about the ([^.\n]+?) (?:role|position)\b", body)
    if role and gold.get("role") and not _words(role.group(1)) & _words(str(gold["role"])):
        faults.append(f"role {role.group(1)!r}")
    signer = _words(str(gold.get("sender") or ""))
    if signer and (not _words(lines[-1]) & signer or _words(lines[-1]) - signer):
        # no word of the sender's name, or a word that is none of it ("Luca Bertoni End": a
        # voice memo's closing word signed)
        faults.append(f"signed {lines[-1]!r}")
    # the promised date a check-in repeats ("you hoped to reach a decision by 13 February"):
    # another date than the notes' promise, or a promise the notes never gave
    promised = re.search(r"decision by (\d{1,2}) ([A-Z][a-z]+)", body)
    if promised:
        decided = gold.get("decision_date")
        said = (int(promised.group(1)), promised.group(2))
        if not isinstance(decided, date) or said != (decided.day, decided.strftime("%B")):
            faults.append(f"promised date {promised.group(0)!r}")
    return faults


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", required=True)
    parser.add_argument("--show", action="store_true", help="print each draft's judgement")
    args = parser.parse_args()
    rows = json.loads((RESULTS / f"draft-{args.split}.json").read_text(encoding="utf-8"))["rows"]
    read = verdicts(args.split)
    template = _template_words()
    # each note's gold and notes as the bench drafted them, read once for all its seeds
    golds: dict[str, dict[str, Any]] = {}
    notes_of: dict[str, Any] = {}
    agree = 0
    for row in rows:
        number = row["note"][:2]
        verdict = read[(number, row["seed"])]
        path = CORPUS / args.split / row["note"]
        if row["note"] not in golds:
            golds[row["note"]] = yaml.safe_load(path.with_suffix(".gold.yaml").read_text("utf-8"))
        gold = golds[row["note"]]
        if "error" in row:  # the notes were refused: no draft to send
            faults = [f"no draft: {row['error']}"]
        else:
            faults = field_faults(row["text"], gold, row.get("flags"))
            # judged again with today's judge (the drafts' own record keeps the one they had)
            if row["note"] not in notes_of:
                notes_of[row["note"]] = bench_notes(path, gold)[0]
            notes = notes_of[row["note"]]
            judged_now = judge(row["text"], row.get("sentences", []), notes, template)
            faults += [f"invented {w}" for w in judged_now["invented"]]
            faults += [f"failing {s['sentence']!r}" for s in judged_now["failing_sentences"]]
        judged = "not sendable" if faults else "sendable or light"
        person = "not sendable" if verdict == "not sendable" else "sendable or light"
        agree += judged == person
        if args.show or judged != person:
            mark = "  " if judged == person else "!="
            seed = row["seed"]
            print(f"{mark} {number}/{seed} person: {verdict:13} judge: {judged:17} {faults}")
    print(f"{args.split}: the judge agrees with the reading on {agree} of {len(rows)} drafts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
