"""Benchmark `followup lint` against proselint on the same thank-you notes.

    python bench/lint_bench.py [--runs N] [--notes N] [--passes N] [--seed N] [--out FILE]

Two measurements, each for followup and for proselint in the same run:

* Cold start: wall time of one command-line run on one note (`followup lint NOTE` and
  `proselint check NOTE`, as subprocesses), `--runs` times each, the commands interleaved so
  that a busy machine slows them alike. Two notes: a clean one, and one with a misspelling (for
  which followup loads pyspellchecker to suggest a fix). Timed alongside, as floors:
  `python -c pass`, `python -c "import typer, pydantic"`, and followup's lint path without the
  command line (`NO_CLI`, no typer), which shows what the CLI layer costs. Before timing, every
  command runs once untimed: that warms the OS file cache, writes .pyc files, and lets
  followup build its caches. The first-ever followup run on a machine builds word-list and
  hyphenation caches in the user cache folder (about a second, once); that run is measured
  separately, with XDG_CACHE_HOME pointed at an empty folder.
* Throughput: notes per second in one process, on `--notes` generated notes of 100-200 words.
  followup: `Ruleset.load()` once, then `ruleset.check(text, "thank-you")` per note.
  proselint: its checks registered once, then `LintFile(name, text).lint()` per note.
  One untimed warm-up pass over the first 50 notes, then `--passes` timed passes.

* Hard notes (issue 14, point 7): the worst cases rather than the average. Ten unknown proper
  nouns, product names and domains; a signature block under the sign-off; notes of 300 and
  1,000 words; 950 kB (under followup's 1 MB limit) and 5 MB (over it: followup refuses it with
  exit 2, timed all the same), generated from the corpus, never committed. For each, cold
  `followup lint` against `proselint check` (`--hard-runs` interleaved runs, at most 3 over
  100 kB) and the in-process check time. The corpus run also gives each note's time (its
  fastest pass): the median note and the slowest.
* `--cold-notes N`: cold `followup lint` against `proselint check` on N notes of the corpus
  (every (notes/N)th), `--cold-note-runs` interleaved runs of each on each note, after one
  untimed run: each note's ratio of medians, and the median and worst of those ratios (the
  aim is "no slower on every note"). `--cold-baseline OTHER/src` times another checkout's
  `followup lint` on the same notes in the same rounds (say, before a change).
* `--baseline OTHER/src` (repeatable): the throughput of another checkout (say, before a change)
  in the same run, measured in a subprocess that imports it through PYTHONPATH, alternated with
  one for this checkout (`--baseline-rounds` rounds).

Results are printed as a table and written to bench/results/lint.json (or --out). To measure
another checkout of followup (say, before a change), put its src/ first on PYTHONPATH: both the
`followup` script and the in-process import then use it. This is a benchmark, not a test:
nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "lint.json"
WARMUP_NOTES = 50

# followup's lint path with default options but without the command line (typer): a floor
# that shows what the CLI layer costs. `python -c NO_CLI NOTE`. It ends as the console script
# does (`followup.cli.run`: the heap frozen before exit), so the two differ only by typer.
NO_CLI = """\
import gc
import sys
from followup.lint.engine import Ruleset, has_errors
from followup.report import FileReport, render_text
from followup.textio import read_text
ruleset = Ruleset.load()
text = read_text(sys.argv[1])
kind = ruleset.detect_kind(text)
found, stats = ruleset.check(text, kind)
render_text([FileReport(sys.argv[1], kind, found, stats, True)], sys.stdout, color=False)
gc.freeze()
sys.exit(1 if has_errors(found) else 0)
"""

# ---------------------------------------------------------------------------------------------
# The corpus: thank-you notes assembled from sentence pools, with the slips real notes have.

INTERVIEWERS = [
    ("Ms.", "Lee"),
    ("Mr.", "Okafor"),
    ("Dr.", "Nakamura"),
    ("Ms.", "Fernández"),
    ("Mr.", "Brennan"),
    ("Ms.", "Shah"),
    ("Mx.", "Rivera"),
    ("Mr.", "Kowalski"),
    ("Ms.", "Adeyemi"),
    ("Dr.", "Lindqvist"),
    ("Ms.", "Chen"),
    ("Mr.", "Dubois"),
]
FIRST_NAMES = ["Priya", "Tom", "Aiko", "Lucia", "Sean", "Maya", "Jordan", "Piotr", "Ngozi", "Erik"]
SENDERS = [
    "Sam Patel",
    "Alex Morgan",
    "Jamie O'Neill",
    "Chris Wong",
    "Taylor Brooks",
    "Dana Kim",
    "Robin Asante",
    "Morgan Ellis",
    "Kai Yamamoto",
    "Elena Rossi",
]
COMPANIES = [
    "Acme",
    "Northwind",
    "Globex",
    "Initech",
    "Brightline Health",
    "Harbor Analytics",
    "Copperleaf",
    "Bluewater Logistics",
    "Fernhill Bank",
    "Lumen Labs",
]
ROLES = [
    "data analyst",
    "backend engineer",
    "product manager",
    "marketing coordinator",
    "operations associate",
    "UX researcher",
    "financial analyst",
    "customer success manager",
    "site reliability engineer",
    "account executive",
]
TOPICS = [
    "the payments platform",
    "the new reporting dashboards",
    "the cloud migration",
    "quarterly roadmap planning",
    "the customer onboarding programme",
    "the data pipeline behind the pricing models",
    "the mentoring scheme for new hires",
    "the move to weekly releases",
    "the research behind the mobile redesign",
    "the regional expansion plans",
    "the shared on-call rota",
    "the analytics work for the retail partners",
]
DAYS = ["today", "yesterday", "on Monday", "on Tuesday", "this morning", "on Thursday afternoon"]

GREETINGS = ["Dear {title} {last},", "Hello {first},", "Dear {first},", "Hi {first},"]
CASUAL_GREETINGS = ["Hey {first},", "Hiya {first}!"]

GRATITUDE = [
    "Thank you for taking the time to speak with me {day} about the {role} position.",
    "Thank you so much for meeting with me {day} to discuss the {role} role at {company}.",
    "I really appreciate you taking the time to talk with me {day}.",
    "Many thanks for the conversation {day} about the {role} opening.",
    "I am grateful for the time you spent with me {day}, and for your thoughtful questions.",
    "Thanks for showing me around the office {day} and introducing me to the team.",
    "Thank you for a warm and engaging interview {day}.",
]
LEARNED = [
    "I enjoyed learning about {topic} and how it shapes the work of the team.",
    "It was great to hear how {company} approaches {topic}.",
    "I was impressed by the care your team takes with {topic}.",
    "Our discussion of {topic} gave me a clearer picture of what the role involves.",
    "Your explanation of {topic} was especially helpful.",
    "Hearing about {topic} made the day-to-day work of the role much easier to imagine.",
    "I found the overview of {topic} really insightful.",
    "Thank you for walking me through {topic}; it answered several of my questions.",
]
ENTHUSIASM = [
    "Our conversation made me even more excited about the chance to join {company}.",
    "I am very interested in the role and would love to contribute to the team.",
    "I am eager to bring my experience to the {role} position.",
    "The role sounds like a strong fit for my skills, and I am keen to help the team grow.",
    "I would be delighted to join the team and help with {topic}.",
    "I look forward to the possibility of contributing to {topic}.",
]
EXPERIENCE = [
    "In my current job I built weekly reports that the sales managers now use in every meeting.",
    "At my last company I led a small project that cut our reporting time by half.",
    "I have spent three years working closely with customers to understand what they need.",
    "My background in operations has taught me to keep processes simple and well documented.",
    "I enjoy explaining numbers to people who are not analysts, which seems central to the role.",
    "I have worked on similar problems before, most recently when we rebuilt our billing system.",
    "I also appreciated the chance to meet the people I would be working with every day.",
    "The team's focus on clear communication matches the way I like to work.",
    "It was encouraging to hear that the team values learning and steady improvement.",
    "I was glad to learn that new starters are paired with a mentor for the first few months.",
]
NEXT_STEPS = [
    "Please let me know what the next steps are, or if I can provide any other information.",
    "I am happy to provide references or work samples if they would help.",
    "I look forward to hearing from you about the next steps.",
    "Please do not hesitate to contact me if you have any further questions.",
    "If there is anything else you need from me, please let me know.",
]
SIGN_OFFS = ["Best regards,", "Kind regards,", "Sincerely,", "Warm regards,", "Thank you again,"]

# Slips real notes contain: each replaces one sentence with a flawed variant.
TYPO_SLIPS = ("definately", "recieved", "oppurtunity", "truely", " teh ")
SLIPS = [
    "I definately think I could make a difference in the {role} role.",
    "I recieved the job description again and I am even more confident about it.",
    "It was a great oppurtunity to meet the team.",
    "thx again for ur time, it was awesome to meet everyone!!",
    "btw I forgot to mention that I have used SQL and Python for five years.",
    "I'm gonna send over my portfolio tomorrow.",
    "I'm SO EXCITED about this role!",
    "I truely enjoyed our chat about {topic}...",
    "I'd love to join the team and I can't wait to hear back!",
    "lol I was a bit nervous at the start but it got easier.",
    "It was really interesting to hear about teh plans for {topic}.",
    "I appreciate your time :)",
]


def _fill(template: str, ctx: dict[str, Any], rng: random.Random | None = None) -> str:
    """Fill a template; each sentence may talk about a different one of the note's topics."""
    topic = rng.choice(ctx["topics"]) if rng is not None else ctx["topics"][0]
    return template.format(**ctx, topic=topic)


def make_note(rng: random.Random, min_words: int = 100, max_words: int = 200) -> str:
    """One note of min_words..max_words words (counted by whitespace split)."""
    title, last = rng.choice(INTERVIEWERS)
    ctx: dict[str, Any] = {
        "title": title,
        "last": last,
        "first": rng.choice(FIRST_NAMES),
        "company": rng.choice(COMPANIES),
        "role": rng.choice(ROLES),
        "topics": rng.sample(TOPICS, 3),
        "day": rng.choice(DAYS),
    }
    greetings = CASUAL_GREETINGS if rng.random() < 0.08 else GREETINGS
    greeting = _fill(rng.choice(greetings), ctx)
    sender = rng.choice(SENDERS)
    closing = f"{rng.choice(SIGN_OFFS)}\n{sender}"
    target = rng.randint(min_words, max_words)

    def words(parts: Sequence[str]) -> int:
        return len(" ".join([greeting, *parts, closing]).split())

    while True:
        learned = rng.choice(LEARNED)
        body = [_fill(rng.choice(GRATITUDE), ctx, rng)]
        if rng.random() < 0.9:
            body.append(_fill(learned, ctx, rng))
        if rng.random() < 0.9:
            body.append(_fill(rng.choice(ENTHUSIASM), ctx, rng))
        tail = [_fill(rng.choice(NEXT_STEPS), ctx, rng)] if rng.random() < 0.85 else []
        pool = [s for s in EXPERIENCE + LEARNED if s != learned]
        rng.shuffle(pool)
        while pool and words([*body, *tail]) < target:
            candidate = _fill(pool.pop(), ctx, rng)
            if words([*body, candidate, *tail]) > max_words:
                break
            body.insert(rng.randint(1, len(body)), candidate)
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            body[rng.randrange(len(body))] = _fill(rng.choice(SLIPS), ctx, rng)
        if min_words <= words([*body, *tail]) <= max_words:
            break
    paragraphs = _paragraphs(rng, [*body, *tail])
    return f"{greeting}\n\n{paragraphs}\n\n{closing}\n"


def _paragraphs(rng: random.Random, sentences: list[str]) -> str:
    out: list[list[str]] = [[]]
    for s in sentences:
        if out[-1] and len(out[-1]) >= 2 and rng.random() < 0.4:
            out.append([])
        out[-1].append(s)
    return "\n\n".join(" ".join(p) for p in out)


def make_corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make_note(rng) for _ in range(n)]


# Hard notes (issue 14, point 7): the worst cases real notes bring, generated here (the 5 MB
# note is never committed). Ten words no dictionary knows: proper nouns that open a sentence (a
# capitalised word inside a sentence is not spell-checked) and lower-case product names, which
# the spell checker must suggest a fix for, and three addresses and domains, which it skips.
UNKNOWN_NAMES = """\
Dear Ms. Okonkwo-Barnes,

Thank you for speaking with me yesterday about the platform engineer role at Brackenholt.
Kestrelmoor, your logistics arm, sounded like the part of the business I would most enjoy.
Quorvantis and Tessaliq came up as the two vendors you are replacing, and I have migrated off
both before. Zephyrine, the scheduling service, is close to what I built at my last job. I was
glad to hear the team is moving from grafluxd to pgvortex and keeps its runbooks in docuweft.
I have put my notes on trellisync at https://fernwaylogistics.example.com/notes and you can
reach me at p.tanner@quillandinkpress.ca or through halvorsenmarine.no, where I consult.

I look forward to hearing about the next steps.

Kind regards,
Priya Tanner
"""

SIGNATURE = """\
To: Tom Brennan <t.brennan@harboranalytics.example>
Subject: Thank you for today's interview

Hi Tom,

Thank you for taking the time to meet with me today about the data analyst position. I enjoyed
learning about the new reporting dashboards and how the team decides what to build next. Our
conversation made me even more excited about the chance to join Harbor Analytics, and I would
be glad to send a sample analysis if it would help.

Best regards,
Sam Patel
Data Analyst (she/her) | Copperleaf Ltd.
+44 20 7946 0958 · sam.patel@copperleaf.example · https://www.linkedin.com/in/sampatel-data
www.sampatel.example/portfolio | github.com/sampatel-data
"""


def long_note(notes: list[str], words: int) -> str:
    """One note of about `words` words: a greeting, the bodies of corpus notes as paragraphs,
    a sign-off (deterministic: the first notes, in order, until the count is reached)."""
    body: list[str] = []
    count = 0
    for note in notes:
        paragraphs = note.strip().split("\n\n")[1:-1]  # without greeting and sign-off
        for p in paragraphs:
            if count + len(p.split()) > words - 8:  # greeting and sign-off: 8 words
                continue
            body.append(p)
            count += len(p.split())
    return "Dear Ms. Lee,\n\n" + "\n\n".join(body) + "\n\nKind regards,\nSam Patel\n"


def hard_notes(notes: list[str]) -> dict[str, str]:
    """The hard notes by name; the long ones assembled from the corpus's own notes."""
    big = "\n\n".join(notes)
    while len(big) < 5_000_000:
        big += "\n\n" + big
    return {
        "10 unknown names and domains": UNKNOWN_NAMES,
        "signature block": SIGNATURE,
        "300 words": long_note(notes, 300),
        "1,000 words": long_note(notes, 1000),
        "950 kB (under the 1 MB limit)": big[:950_000],
        "5 MB": big[:5_000_000],
    }


# ---------------------------------------------------------------------------------------------
# Measurements


def _exe(name: str) -> str:
    """The console script installed next to this Python (the venv's), else one on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"lint_bench: `{name}` is not installed (pip install -e '.[bench]')")
    return found


def time_command(
    argv: list[str], runs: int, env: dict[str, str] | None = None, allowed: Sequence[int] = (0, 1)
) -> list[float]:
    """Wall times of `runs` runs of argv (stdout and stderr discarded); exit 0 or 1 expected
    (or one of `allowed`)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        times.append(time.perf_counter() - start)
        if proc.returncode not in allowed:
            sys.exit(f"lint_bench: {' '.join(argv)} failed ({proc.returncode}): {proc.stderr!r}")
    return times


def first_ever_run(argv: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """followup's first run on a machine: an empty user cache folder each time."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="followup-bench-cache-") as cache:
            times.extend(time_command(argv, 1, {**env, "XDG_CACHE_HOME": cache}))
    return times


def throughput(
    check: Callable[[str], object], notes: list[str], passes: int
) -> tuple[list[float], list[float]]:
    """Notes per second over each of `passes` passes, after an untimed warm-up; and each note's
    time (seconds, its fastest pass: the note's own cost, not a neighbour's burst)."""
    for text in notes[:WARMUP_NOTES]:
        check(text)
    rates = []
    best = [float("inf")] * len(notes)
    clock = time.perf_counter
    for _ in range(passes):
        start = clock()
        for i, text in enumerate(notes):
            began = clock()
            check(text)
            best[i] = min(best[i], clock() - began)
        rates.append(len(notes) / (clock() - start))
    return rates, best


def per_note(best: list[float], notes: list[str]) -> dict[str, Any]:
    """The median and the slowest note of a corpus run (milliseconds)."""
    slowest = max(range(len(best)), key=best.__getitem__)
    return {
        "median_ms": statistics.median(best) * 1000,
        "slowest_ms": best[slowest] * 1000,
        "slowest_note": {"index": slowest, "words": len(notes[slowest].split())},
    }


def in_process(check: Callable[[str], object], text: str, runs: int) -> dict[str, Any]:
    """One note's in-process check time: the first call and the median of `runs` more (ms)."""
    began = time.perf_counter()
    check(text)
    first = time.perf_counter() - began
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        check(text)
        times.append(time.perf_counter() - began)
    return {"first_ms": first * 1000, "median_ms": statistics.median(times) * 1000}


def followup_checker() -> tuple[Callable[[str], object], float]:
    start = time.perf_counter()
    from followup.lint.engine import Ruleset

    ruleset = Ruleset.load()
    load_s = time.perf_counter() - start

    def check(text: str) -> object:
        return ruleset.check(text, "thank-you")[0]

    return check, load_s


def proselint_checker() -> tuple[Callable[[str], object], float]:
    start = time.perf_counter()
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    load_s = time.perf_counter() - start

    def check(text: str) -> object:
        return LintFile("<note>", text).lint(DEFAULT)

    return check, load_s


def count_findings(check: Callable[[str], object], notes: list[str]) -> int:
    total = 0
    for text in notes:
        result = check(text)
        assert isinstance(result, list)
        total += len(result)
    return total


def summary(times: list[float]) -> dict[str, Any]:
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "runs": [round(t, 4) for t in times],
    }


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count() or 0
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "followup": version("followup"),
        "proselint": version("proselint"),
    }


# ---------------------------------------------------------------------------------------------


def pick_notes(notes: list[str]) -> dict[str, int]:
    """The cold-start notes: of median length among clean notes (plain ASCII, no slip) and among
    notes with a misspelling (a word the spell checker must suggest a fix for)."""
    slips = [t.split("{", 1)[0] for t in SLIPS]
    clean = [i for i, n in enumerate(notes) if n.isascii() and not any(s in n for s in slips)]
    typo = [i for i, n in enumerate(notes) if n.isascii() and any(w in n for w in TYPO_SLIPS)]

    def median_length(ids: list[int]) -> int:
        return sorted(ids, key=lambda i: (len(notes[i].split()), i))[len(ids) // 2]

    return {"clean": median_length(clean), "typo": median_length(typo)}


def cold_on_corpus(
    folder: Path,
    notes: list[str],
    count: int,
    runs: int,
    followup_exe: str,
    proselint_exe: str,
    env: dict[str, str],
    baseline: Path | None = None,
) -> dict[str, Any] | None:
    """Cold `followup lint` and `proselint check` on `count` notes of the corpus (written to
    `folder` as note-NNNN.txt), `runs` interleaved runs each after one untimed run: per note
    the two medians and their ratio; the median and the worst ratio. With `baseline` (another
    checkout's src/), its `followup lint` is timed in the same rounds, and compared alike."""
    if count < 1:
        return None
    step = max(1, len(notes) // count)
    picked = list(range(0, len(notes), step))[:count]
    print(f"cold on {len(picked)} corpus notes: {runs} runs of each tool per note", flush=True)
    envs = {"followup": env, "proselint": env}
    if baseline is not None:
        envs["baseline"] = {**env, "PYTHONPATH": str(baseline.resolve())}
    rows = []
    for i in picked:
        path = str(folder / f"note-{i:04d}.txt")
        cmds = {
            "followup": [followup_exe, "lint", path],
            "proselint": [proselint_exe, "check", path],
        }
        if baseline is not None:
            cmds["baseline"] = [followup_exe, "lint", path]
        for name, cmd in cmds.items():
            time_command(cmd, 1, envs[name])  # untimed
        times: dict[str, list[float]] = {name: [] for name in cmds}
        for r in range(runs):
            for name in cmds if r % 2 == 0 else reversed(cmds):
                times[name] += time_command(cmds[name], 1, envs[name])
        medians = {name: statistics.median(t) for name, t in times.items()}
        rows.append(
            {
                "index": i,
                "words": len(notes[i].split()),
                **medians,
                "ratio": medians["followup"] / medians["proselint"],
                **(
                    {"baseline_ratio": medians["baseline"] / medians["proselint"]}
                    if baseline is not None
                    else {}
                ),
            }
        )
    result = _ratios(rows, "ratio")
    if baseline is not None:
        result["baseline"] = {"src": str(baseline), **_ratios(rows, "baseline_ratio")}
        result["baseline"]["baseline_median_s"] = statistics.median(r["baseline"] for r in rows)
    return {
        "runs_per_note": runs,
        "notes": rows,
        **result,
        "followup_median_s": statistics.median(row["followup"] for row in rows),
        "proselint_median_s": statistics.median(row["proselint"] for row in rows),
    }


def _ratios(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """The median and the worst of the rows' `key` ratios, and on how many notes it is over 1."""
    ratios = [row[key] for row in rows]
    worst = max(rows, key=lambda row: row[key])
    return {
        "ratio_median": statistics.median(ratios),
        "ratio_worst": worst[key],
        "worst_note": worst["index"],
        "slower_on": sum(1 for r in ratios if r > 1),
    }


def child_env() -> dict[str, str]:
    """The environment for timed commands: as a user's, where Python caches compiled modules
    (this sandbox sets PYTHONDONTWRITEBYTECODE, which would recompile followup on every run,
    while proselint, installed from a wheel, has its .pyc files)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="cold-start runs per command")
    parser.add_argument("--notes", type=int, default=1000, help="notes for throughput")
    parser.add_argument("--passes", type=int, default=5, help="timed throughput passes per tool")
    parser.add_argument("--seed", type=int, default=2024, help="corpus seed")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON results")
    parser.add_argument(
        "--hard-runs", type=int, default=5, help="cold runs per hard note (3 at most over 100 kB)"
    )
    parser.add_argument(
        "--cold-notes", type=int, default=0, help="corpus notes timed cold against proselint"
    )
    parser.add_argument(
        "--cold-note-runs", type=int, default=3, help="cold runs of each tool per corpus note"
    )
    parser.add_argument(
        "--cold-baseline",
        type=Path,
        help="another checkout's src/ folder: its cold `followup lint` is timed on the same corpus "
        "notes in the same rounds (with --cold-notes)",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        action="append",
        help="another checkout's src/ folder: its throughput is measured in the same run "
        "(repeatable)",
    )
    parser.add_argument(
        "--baseline-rounds",
        type=int,
        default=2,
        help="rounds of the subprocesses that measure this checkout and each baseline",
    )
    parser.add_argument("--throughput-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.runs < 1 or args.notes < 1 or args.passes < 1 or args.hard_runs < 1:
        parser.error("--runs, --notes, --passes and --hard-runs must be at least 1")
    if args.throughput_only:  # for --baseline: this process imports the other checkout
        import followup

        notes = make_corpus(args.notes, args.seed)
        rates, best = throughput(followup_checker()[0], notes, args.passes)
        print(json.dumps({"followup": followup.__file__, "passes": rates, **per_note(best, notes)}))
        return 0

    load_before = os.getloadavg()
    notes = make_corpus(args.notes, args.seed)
    hard = hard_notes(notes)
    words = [len(n.split()) for n in notes]
    picked = pick_notes(notes)
    followup_exe, proselint_exe = _exe("followup"), _exe("proselint")
    python = sys.executable
    env = child_env()

    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        folder = Path(tmp)
        for i, text in enumerate(notes):
            (folder / f"note-{i:04d}.txt").write_text(text, encoding="utf-8")
        clean = str(folder / f"note-{picked['clean']:04d}.txt")
        typo = str(folder / f"note-{picked['typo']:04d}.txt")
        commands = {
            "followup": [followup_exe, "lint", clean],
            "proselint": [proselint_exe, "check", clean],
            "followup, note with a typo": [followup_exe, "lint", typo],
            "proselint, note with a typo": [proselint_exe, "check", typo],
            "python -c pass": [python, "-c", "pass"],
            "python -c 'import typer, pydantic'": [python, "-c", "import typer, pydantic"],
            "followup's lint path without the CLI": [python, "-c", NO_CLI, clean],
        }
        print(f"cold start: {args.runs} runs of each command", flush=True)
        for cmd in commands.values():
            time_command(cmd, 1, env)  # untimed: OS file cache, .pyc files, followup's caches
        # interleaved, so that a busy neighbour slows every command alike
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                runs[name] += time_command(cmd, 1, env)
        cold = {name: summary(times) for name, times in runs.items()}
        first = summary(first_ever_run(commands["followup"], min(args.runs, 3), env))

        # the hard notes: followup lint and proselint check on each, interleaved; followup
        # refuses a file over 1 MB (exit 2, timed all the same)
        hard_cold: dict[str, dict[str, Any]] = {}
        for i, (name, text) in enumerate(hard.items()):
            path = folder / f"hard-{i}.txt"
            path.write_text(text, encoding="utf-8")
            n_runs = args.hard_runs if len(text) <= 100_000 else min(args.hard_runs, 3)
            print(f"hard note {name!r}: {n_runs} cold runs each", flush=True)
            pair = {
                "followup": [followup_exe, "lint", str(path)],
                "proselint": [proselint_exe, "check", str(path)],
            }
            f_exit = subprocess.run(pair["followup"], capture_output=True, env=env).returncode
            time_command(pair["proselint"], 1, env)  # untimed, as above
            times: dict[str, list[float]] = {"followup": [], "proselint": []}
            for _ in range(n_runs):
                times["followup"] += time_command(pair["followup"], 1, env, (0, 1, 2))
                times["proselint"] += time_command(pair["proselint"], 1, env)
            f_med = statistics.median(times["followup"])
            p_med = statistics.median(times["proselint"])
            hard_cold[name] = {
                "words": len(text.split()),
                "bytes": len(text.encode("utf-8")),
                "followup_exit": f_exit,
                "followup": summary(times["followup"]),
                "proselint": summary(times["proselint"]),
                "followup_over_proselint": f_med / p_med,
            }

        corpus_cold = cold_on_corpus(
            folder,
            notes,
            args.cold_notes,
            args.cold_note_runs,
            followup_exe,
            proselint_exe,
            env,
            args.cold_baseline,
        )

    print(f"throughput: {args.notes} notes, {args.passes} timed passes each", flush=True)
    f_check, f_load = followup_checker()
    f_rates, f_best = throughput(f_check, notes, args.passes)
    baselines: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    if args.baseline:
        # this checkout and the others, each in a fresh process the same way, alternated
        # (a busy neighbour then slows all alike)
        import followup

        here = Path(followup.__file__).resolve().parent.parent
        print(f"throughput in subprocesses: {here} and {args.baseline}", flush=True)
        srcs = [here, *args.baseline]

        def sub(src: Path) -> dict[str, Any]:
            proc = subprocess.run(
                [
                    python,
                    __file__,
                    "--throughput-only",
                    "--notes",
                    str(args.notes),
                    "--passes",
                    str(args.passes),
                    "--seed",
                    str(args.seed),
                ],
                capture_output=True,
                text=True,
                check=True,
                env={**env, "PYTHONPATH": str(src.resolve())},
            )
            return dict(json.loads(proc.stdout))

        rounds = [
            # the order alternates, so that neither always runs first
            dict((src, sub(src)) for src in (srcs if k % 2 == 0 else srcs[::-1]))
            for k in range(args.baseline_rounds)
        ]
        current, *baselines = (
            {  # the per-note times of the round with the lower median; every round's passes
                **min((r[src] for r in rounds), key=lambda a: a["median_ms"]),
                "passes": [p for r in rounds for p in r[src]["passes"]],
                "src": str(src),
            }
            for src in srcs
        )
    p_check, p_load = proselint_checker()
    p_rates, p_best = throughput(p_check, notes, args.passes)
    print("hard notes in process", flush=True)
    hard_in: dict[str, dict[str, Any]] = {}
    for name, text in hard.items():
        k = 5 if len(text) <= 100_000 else 2
        hard_in[name] = {"followup": in_process(f_check, text, k)}
        if len(text) <= 100_000:  # proselint takes seconds a megabyte: cold runs suffice
            hard_in[name]["proselint"] = in_process(p_check, text, k)
    f_findings = count_findings(f_check, notes)
    p_findings = count_findings(p_check, notes)
    load_after = os.getloadavg()

    f_cold, p_cold = cold["followup"]["median"], cold["proselint"]["median"]
    f_typo, p_typo = (
        cold["followup, note with a typo"]["median"],
        cold["proselint, note with a typo"]["median"],
    )
    f_rate, p_rate = statistics.median(f_rates), statistics.median(p_rates)
    results: dict[str, Any] = {
        "benchmark": "lint",
        "command": " ".join(["python", "bench/lint_bench.py", *sys.argv[1:]]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_average_1m": {"before": load_before[0], "after": load_after[0]},
        "corpus": {
            "notes": args.notes,
            "seed": args.seed,
            "words_min": min(words),
            "words_median": statistics.median(words),
            "words_max": max(words),
            "cold_start_notes": {
                name: {"index": i, "words": words[i], "text": notes[i]}
                for name, i in picked.items()
            },
        },
        "cold_start_seconds": {
            "commands": {
                name: " ".join([Path(cmd[0]).name, *cmd[1:-1], Path(cmd[-1]).name])
                if cmd[-1].endswith(".txt")
                else " ".join([Path(cmd[0]).name, *cmd[1:]])
                for name, cmd in commands.items()
            },
            **cold,
            "followup_first_ever_run": first,
            "aim_followup_median": 0.3,
        },
        "throughput_notes_per_second": {
            "followup": {
                "median": f_rate,
                "passes": [round(r, 1) for r in f_rates],
                "load_seconds": f_load,
                "findings": f_findings,
                "per_note": per_note(f_best, notes),
            },
            "proselint": {
                "median": p_rate,
                "passes": [round(r, 1) for r in p_rates],
                "load_seconds": p_load,
                "findings": p_findings,
                "per_note": per_note(p_best, notes),
            },
            "followup_subprocess": None
            if current is None
            else {
                "imported": current["followup"],
                "median": statistics.median(current["passes"]),
                "passes": [round(r, 1) for r in current["passes"]],
                "per_note": {
                    k: v for k, v in current.items() if k not in ("followup", "passes", "src")
                },
            },
            "followup_baselines": [
                {
                    "src": b["src"],
                    "imported": b["followup"],
                    "median": statistics.median(b["passes"]),
                    "passes": [round(r, 1) for r in b["passes"]],
                    "per_note": {
                        k: v for k, v in b.items() if k not in ("followup", "passes", "src")
                    },
                }
                for b in baselines
            ],
            "aim_followup_median": 2000,
        },
        "hard_notes": {name: {**hard_cold[name], "in_process_ms": hard_in[name]} for name in hard},
        "cold_on_corpus_notes": corpus_cold,
        "aims": {
            "cold_no_slower_than_proselint_on_every_hard_note": all(
                h["followup_over_proselint"] <= 1 for h in hard_cold.values()
            ),
            "in_process_ms_up_to_300_words": 5,
        },
        "ratios": {
            "cold_start_followup_over_proselint": f_cold / p_cold,
            "cold_start_with_typo_followup_over_proselint": f_typo / p_typo,
            "throughput_followup_over_proselint": f_rate / p_rate,
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    m = results["machine"]
    print(
        f"\n{m['cpu']}, {m['usable_cores']} cores, Python {m['python']}, load {load_before[0]:.1f}"
    )
    print(f"{'cold start (s)':42} {'median':>8} {'min':>8}")
    for name, c in [*cold.items(), ("followup, first-ever run", first)]:
        print(f"  {name:40} {c['median']:8.3f} {c['min']:8.3f}")
    print(f"{'throughput (notes/s)':42} {'median':>8} {'slowest':>8}")
    print(f"  {'followup':40} {f_rate:8.0f} {min(f_rates):8.0f}")
    print(f"  {'proselint':40} {p_rate:8.0f} {min(p_rates):8.0f}")
    if current is not None:
        c_rate = statistics.median(current["passes"])
        print(f"  {'followup, subprocess':40} {c_rate:8.0f} {min(current['passes']):8.0f}")
    for b in baselines:
        b_rate = statistics.median(b["passes"])
        print(f"  {'followup, ' + b['src'][-40:]:40} {b_rate:8.0f} {min(b['passes']):8.0f}")
    f_per, p_per = per_note(f_best, notes), per_note(p_best, notes)
    print(
        f"per note (ms, fastest pass): followup median {f_per['median_ms']:.2f}, slowest "
        f"{f_per['slowest_ms']:.2f} ({f_per['slowest_note']['words']} words); proselint median "
        f"{p_per['median_ms']:.2f}, slowest {p_per['slowest_ms']:.2f}"
    )
    for b in baselines:
        print(
            f"per note at {b['src']}: median {b['median_ms']:.2f}, slowest "
            f"{b['slowest_ms']:.2f} ({b['slowest_note']['words']} words)"
        )
    print(
        f"\n{'hard note':32} {'words':>7} {'followup s':>10} {'proselint s':>11} {'ratio':>6} "
        f"{'in-process ms':>13}"
    )
    for name, h in hard_cold.items():
        exit_note = " (refused: exit 2)" if h["followup_exit"] == 2 else ""
        print(
            f"  {name:30} {h['words']:7} {h['followup']['median']:10.3f} "
            f"{h['proselint']['median']:11.3f} {h['followup_over_proselint']:6.2f} "
            f"{hard_in[name]['followup']['median_ms']:13.1f}{exit_note}"
        )
    if corpus_cold:
        print(
            f"cold on {len(corpus_cold['notes'])} corpus notes, followup / proselint: median "
            f"{corpus_cold['ratio_median']:.2f}x, worst {corpus_cold['ratio_worst']:.2f}x "
            f"(note {corpus_cold['worst_note']}), slower on {corpus_cold['slower_on']}"
        )
        if "baseline" in corpus_cold:
            b = corpus_cold["baseline"]
            print(
                f"  {b['src']}: median {b['ratio_median']:.2f}x, worst {b['ratio_worst']:.2f}x "
                f"(note {b['worst_note']}), slower on {b['slower_on']}"
            )
    print(
        f"\nfollowup / proselint: cold start {f_cold / p_cold:.2f}x the time "
        f"({f_typo / p_typo:.2f}x with a typo), throughput {f_rate / p_rate:.2f}x the rate"
    )
    print(
        f"aims: cold start <= 0.3 s {'met' if f_cold <= 0.3 else 'not met'}, "
        f"throughput >= 2000/s {'met' if f_rate >= 2000 else 'not met'}"
    )
    print(f"findings on the corpus: followup {f_findings}, proselint {p_findings}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
