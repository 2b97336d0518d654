"""Draft every note of a corpus split with the embedded model and lay the drafts out for reading.

    python bench/draft_quality.py --split heldout --seeds 0 1 2 [--kind-from-gold]

For each note and seed: the draft as `followup draft` makes it (the notes read as a user's
would be; where the reader cannot name the addressee or the sender, the gold value is passed
as the flag a user would give, and the row says so), where each sentence came from (model,
extractive, template), first-attempt acceptance, fallback, seconds, the final draft's tokens
(the summary sets the median time against the time to decode those tokens alone, issue 12's
yardstick, with the decode speed measured as `draft_bench.py` does), and the automatic judge's
counts. Writes `bench/results/draft-<split>.json` and a review sheet
`bench/results/draft-<split>.md` with every draft, for a person to read and give a verdict.

The automatic judge (`judge`) counts, per draft: content words of the model's sentences that
are in neither the notes nor the templates and frame vocabulary (invented content), model and
extractive sentences that fail the sentence checks, and whether the body carries a concrete
detail from the notes (a run of 3+ content words of one of the notes' points). It is compared
with the reading in docs/draft-quality.md.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "notes-corpus"
RESULTS = ROOT / "bench" / "results"
WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
STOP = frozenset(
    "the a an and or of to in on for with about at by from that this these those is are was "
    "were be been it its their they them your you our we my me i how what which who very so as "
    "into more most much also would will can could have has had not but if than then there here "
    "just such".split()
)


def _content(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text) if w.lower() not in STOP and len(w) > 3]


def _template_words() -> set[str]:
    words: set[str] = set()
    for path in (ROOT / "prompts" / "email").glob("*.j2"):
        words |= set(_content(path.read_text(encoding="utf-8")))
    frame = ROOT / "prompts" / "sentence-checks.yaml"
    if frame.exists():
        words |= set(_content(frame.read_text(encoding="utf-8")))
    return words


def body_of(email: str) -> str:
    """The email between the greeting and the sign-off."""
    lines = email.strip().splitlines()
    start = next((i for i, ln in enumerate(lines) if re.match(r"(Dear|Hello)\b", ln)), 0)
    closing = re.compile(r"regards,|Sincerely,|Thank you,$")
    end = max((i for i, ln in enumerate(lines) if closing.search(ln)), default=len(lines))
    return " ".join(lines[start + 1 : end])


_FACT_BOUND = ("the fact has nothing", "stay with the fact", "keep the fact whole")
# the learned sentence's own checks that hold whatever point the judge pairs it with
_ANY_POINT = frozenset(
    {
        "check.direction_kept",
        "check.learned_from",
        "check.modal_kept",
        "check.detail_about_reader",
        "check.stands_alone",
        "check.feeling_fits",
        # (a bare name made the reader's, a count lost, two clauses strung together: judged
        # against the point the sentence shares most words with, these found only sentences a
        # reader turned down over every saved draft)
        "check.possessive_kept",
        "check.count_kept",
        "check.clauses_apart",
    }
)


def judge(
    email: str, sentences: list[dict[str, str]], notes: Any, template: set[str]
) -> dict[str, Any]:
    """Automatic counts for one draft (see the module's docstring)."""
    from followup.sentences import Reader, problems
    from followup.sentences.checks import learned_problems
    from followup.sentences.words import stem, vocabulary

    frame = vocabulary().frame_stems
    body = body_of(email)
    notes_words = set(_content(notes.facts_text()))
    stems = {w[:5] for w in notes_words if len(w) > 4}
    # the stemmer the sentence checks use: "plugs" is the notes' "plug", "hires" their "hire",
    # "uses" their "use" (a short word counts here)
    notes_stems = {stem(w.lower()) for w in WORD.findall(notes.facts_text())}
    # a frame word's own family: "discovering" is "discover", "inspiration" is "inspire"
    long_frame = tuple(f for f in frame if len(f) >= 5)
    modelled = " ".join(s["text"] for s in sentences if s["origin"] == "model")
    invented = sorted(
        {
            w
            for w in _content(modelled)
            if w not in notes_words
            and w not in template
            and w[:5] not in stems
            and stem(w) not in notes_stems
            and stem(w) not in frame  # the frame's own words ("enjoyed", "learning")
            and not stem(w).startswith(long_frame)
        }
    )
    concrete = False
    said = " ".join(_content(body))
    for point in notes.points:
        words = _content(point)
        if any(" ".join(words[i : i + 3]) in said for i in range(len(words) - 2)):
            concrete = True
    failing = []
    reader = Reader(source=notes.facts_text(), interviewer=notes.interviewer, company=notes.company)
    for sentence in sentences:
        if sentence["origin"] == "template":
            continue
        # judged with the notes' point it shares most words with (a word its own fact repeats,
        # "after-school ... primary schools", may recur), whether or not it is about that fact
        said_words = set(_content(sentence["text"]))
        fact = max(notes.points, key=lambda p: len(said_words & set(_content(p))), default="")
        found = problems(sentence["text"], fact, reader)
        if sentence.get("slot") == "learned":
            # a learned sentence's own checks that hold against any point (a change's
            # direction, whom it was learned from, a guess, a detail of the reader's side)
            found += [
                message
                for name, message in learned_problems(sentence["text"], fact)
                if name in _ANY_POINT
            ]
        # (which point it was given is not known here: the checks of how much of that fact it
        # says are left out; who does what, the order check, holds against any point)
        serious = [p for p in found if not p.startswith(_FACT_BOUND)]
        if serious:
            failing.append({"sentence": sentence["text"], "problems": serious})
    return {"invented": invented, "failing_sentences": failing, "concrete_detail": concrete}


def bench_notes(path: Path, gold: dict[str, Any]) -> tuple[Any, dict[str, str | None]]:
    """The notes as the bench drafts them: where the reader missed the addressee or the
    sender, the gold's given as flags (as a user answers the exit-2 line); where it asks
    between people, the first of them."""
    from followup.notes import parse_notes

    text = path.read_text(encoding="utf-8")
    flags: dict[str, str | None] = {}
    notes = parse_notes(text)
    if not notes.interviewer:
        # (where the reader asks between people it names, the first as the terminal's choice
        # passes it, "Mr. Abdul Rasheed": the user answering 1)
        asked = notes.facts.candidates if notes.facts is not None else []
        flags["interviewer"] = (
            asked[0].full
            if asked
            else gold["interviewer"] or (gold["other_interviewers"] or ["Kim Lee"])[0]
        )
    if flags:
        notes = parse_notes(text, flags)
    if not notes.candidate:
        # (asked after the addressee is given: the reader drops a sender that is the addressee)
        flags["candidate"] = gold["sender"] or "Sam Roe"
        notes = parse_notes(text, flags)
    return notes, flags


def draft_one(
    path: Path, seed: int, drafter: Any, template: set[str], count_tokens: Any
) -> dict[str, Any]:
    from followup.errors import InputError

    gold = yaml.safe_load(path.with_suffix(".gold.yaml").read_text(encoding="utf-8"))
    try:
        notes, flags = bench_notes(path, gold)
    except InputError as exc:
        return {"note": path.name, "seed": seed, "error": exc.message}
    kind = gold["kind"]
    started = time.perf_counter()
    result = drafter.draft(notes, kind, seed=seed)
    seconds = time.perf_counter() - started
    data = result.as_dict()
    return {
        "note": path.name,
        "seed": seed,
        "kind": kind,
        "flags": sorted(flags),
        "text": result.text,
        "accepted": result.accepted,
        "first_attempt": bool(result.attempts) and result.attempts[0].passed,
        "fallback": result.fell_back,
        "attempts": len(result.attempts),
        "sentences": data.get("sentences", []),
        "seconds": round(seconds, 2),
        "completion_tokens": result.usage.completion_tokens,
        "final_tokens": count_tokens(result.text),
        "judge": judge(result.text, data.get("sentences", []), notes, template),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--limit", type=int, default=0, help="only the first N notes")
    args = parser.parse_args()
    from draft_bench import decode_speed

    from followup.drafting import Drafter
    from followup.lint.engine import Ruleset
    from followup.models.embedded import EmbeddedModel, _load
    from followup.prompts import Prompts

    model = EmbeddedModel()
    drafter = Drafter(model, Ruleset.load(), Prompts())
    llm = _load(str(model.path), model.n_ctx)
    # the yardstick of issue 12: the time to decode the final draft's tokens alone
    speed = decode_speed(model)

    def count_tokens(text: str) -> int:
        return len(llm.tokenize(text.encode("utf-8"), add_bos=False))

    template = _template_words()
    notes = sorted(p for p in (CORPUS / args.split).iterdir() if p.suffix in (".txt", ".md"))
    if args.limit:
        notes = notes[: args.limit]
    rows = []
    for path in notes:
        for seed in args.seeds:
            row = draft_one(path, seed, drafter, template, count_tokens)
            rows.append(row)
            print(f"{row['note']} seed {seed}: {row.get('seconds', '-')} s", file=sys.stderr)
    drafted = [r for r in rows if "text" in r]
    origins: dict[str, int] = {}
    for r in drafted:
        learned = [s for s in r["sentences"] if s["slot"] == "learned"]
        origin = learned[0]["origin"] if learned else "none"
        origins[origin] = origins.get(origin, 0) + 1
    summary = {
        "split": args.split,
        "seeds": args.seeds,
        "drafts": len(drafted),
        "first_attempt_acceptance": sum(r["first_attempt"] for r in drafted) / len(drafted),
        "fallback_rate": sum(r["fallback"] for r in drafted) / len(drafted),
        "learned_sentence_origin": origins,
        "median_seconds": statistics.median(r["seconds"] for r in drafted),
        "worst_seconds": max(r["seconds"] for r in drafted),
        "decode_tokens_per_second": round(speed, 1),
        "median_decode_floor_seconds": statistics.median(
            r["final_tokens"] / speed for r in drafted
        ),
        "ratio_median_time_to_floor": round(
            statistics.median(r["seconds"] for r in drafted)
            / statistics.median(r["final_tokens"] / speed for r in drafted),
            2,
        ),
        "judge": {
            "drafts_with_invented_words": sum(bool(r["judge"]["invented"]) for r in drafted),
            "drafts_with_failing_sentences": sum(
                bool(r["judge"]["failing_sentences"]) for r in drafted
            ),
            "thank_yous_with_a_concrete_detail": sum(
                r["judge"]["concrete_detail"] for r in drafted if r["kind"] == "thank-you"
            ),
            "thank_yous": sum(r["kind"] == "thank-you" for r in drafted),
        },
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"draft-{args.split}.json"
    out.write_text(json.dumps({"summary": summary, "rows": rows}, indent=2) + "\n", "utf-8")
    sheet = [f"# Drafts of the {args.split} split (seeds {args.seeds})\n"]
    for r in rows:
        sheet.append(f"\n## {r['note']} seed {r['seed']}\n")
        if "error" in r:
            sheet.append(f"\nerror: {r['error']}\n")
            continue
        origin = ", ".join(f"{s['slot']}={s['origin']}" for s in r["sentences"]) or "-"
        flags = ", ".join(r["flags"]) or "none"
        sheet.append(
            f"\n{r['kind']}; flags given: {flags}; sentences: {origin}; fallback: "
            f"{r['fallback']}; judge: invented {r['judge']['invented']}, failing "
            f"{len(r['judge']['failing_sentences'])}, concrete {r['judge']['concrete_detail']}\n"
        )
        sheet.append("\n```\n" + r["text"].strip() + "\n```\n")
    (RESULTS / f"draft-{args.split}.md").write_text("".join(sheet), encoding="utf-8")
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
