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


def time_command(argv: list[str], runs: int, env: dict[str, str] | None = None) -> list[float]:
    """Wall times of `runs` runs of argv (stdout and stderr discarded); exit 0 or 1 expected."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            sys.exit(f"lint_bench: {' '.join(argv)} failed ({proc.returncode}): {proc.stderr!r}")
    return times


def first_ever_run(argv: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """followup's first run on a machine: an empty user cache folder each time."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="followup-bench-cache-") as cache:
            times.extend(time_command(argv, 1, {**env, "XDG_CACHE_HOME": cache}))
    return times


def throughput(check: Callable[[str], object], notes: list[str], passes: int) -> list[float]:
    """Notes per second over each of `passes` passes, after an untimed warm-up."""
    for text in notes[:WARMUP_NOTES]:
        check(text)
    rates = []
    for _ in range(passes):
        start = time.perf_counter()
        for text in notes:
            check(text)
        rates.append(len(notes) / (time.perf_counter() - start))
    return rates


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
    args = parser.parse_args(argv)
    if args.runs < 1 or args.notes < 1 or args.passes < 1:
        parser.error("--runs, --notes and --passes must be at least 1")

    load_before = os.getloadavg()
    notes = make_corpus(args.notes, args.seed)
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

    print(f"throughput: {args.notes} notes, {args.passes} timed passes each", flush=True)
    f_check, f_load = followup_checker()
    f_rates = throughput(f_check, notes, args.passes)
    p_check, p_load = proselint_checker()
    p_rates = throughput(p_check, notes, args.passes)
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
            },
            "proselint": {
                "median": p_rate,
                "passes": [round(r, 1) for r in p_rates],
                "load_seconds": p_load,
                "findings": p_findings,
            },
            "aim_followup_median": 2000,
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
