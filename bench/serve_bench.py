"""`followup serve`: what the page adds to a draft, and how soon it is up.

    python bench/serve_bench.py [--notes examples/notes/acme-data-analyst.md] [--runs 5]
        [--out bench/results/serve.json]

(a) cold start: `followup serve --no-browser` in a fresh process, timed from launch to the
    first page answered (the token link, its redirect and the page), once per run.
(b) drafts of the same notes with the embedded model, `--no-log`, seed 0, in turn:
    - cli: `followup draft NOTES --no-log` in a fresh process, timed from the outside (what a
      terminal user waits: start-up and model load included);
    - page: POST /api/draft on a running server (model already loaded by a first, untimed
      draft), timed from the request to its `draft` event (what the page waits after "Draft");
    - session: the same calls the page makes (`resolve_notes`, `open_drafter`,
      `draft_and_log`) in this process, model loaded, no HTTP;
    page minus session (medians) is what the page adds to a draft, but a draft's own time
    varies by tens of seconds with the machine's load, so (c) measures the page's part alone;
(c) the page's plumbing, `--plumbing-runs` times: a draft request whose notes lack the
    sender, answered by its `error` event after `resolve_notes` (HTTP, the guard, the
    drafting thread and the event stream, no model), against `resolve_notes` in-process.
Medians and worst cases. `--skip-drafts` runs (a) and (c) only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]


def launch() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "followup", "serve", "--no-browser", "--no-log"],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    url = proc.stderr.readline().split("serving on ", 1)[1].split()[0]
    return proc, url


def stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(2)
    proc.wait(timeout=120)


@contextmanager
def served() -> Iterator[tuple[httpx.Client, str]]:
    """A running server and a client holding its token cookie; stopped afterwards."""
    proc, url = launch()
    try:
        with httpx.Client() as client:
            client.get(url, follow_redirects=True)  # the token becomes the cookie
            yield client, url.split("/?", 1)[0]
    finally:
        stop(proc)


def cold_start() -> float:
    start = time.perf_counter()
    proc, url = launch()
    try:
        with httpx.Client() as client:
            response = client.get(url, follow_redirects=True)
            assert response.status_code == 200, response.status_code
        return time.perf_counter() - start
    finally:
        stop(proc)


def page_draft(client: httpx.Client, origin: str, notes: str) -> float:
    start = time.perf_counter()
    with client.stream(
        "POST",
        f"{origin}/api/draft",
        json={"text": notes},
        headers={"origin": origin},
        timeout=600,
    ) as response:
        for line in response.iter_lines():
            if line == "event: draft":
                return time.perf_counter() - start
            if line == "event: error":
                raise RuntimeError("the page's draft failed")
    raise RuntimeError("no draft event")


def cli_draft(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "followup", "draft", str(path), "--no-log"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def session_draft(notes: str) -> float:
    from followup.session import DraftSettings, Names, draft_and_log, open_drafter, resolve_notes

    start = time.perf_counter()
    resolved = resolve_notes(notes, Names())
    opened = open_drafter(DraftSettings())
    draft_and_log(opened.drafter, resolved, "thank-you", notes, log=False)
    return time.perf_counter() - start


def page_refusal(client: httpx.Client, origin: str, notes: str) -> float:
    start = time.perf_counter()
    response = client.post(f"{origin}/api/draft", json={"text": notes}, headers={"origin": origin})
    assert "event: error" in response.text, response.text
    return time.perf_counter() - start


def session_refusal(notes: str) -> float:
    from followup.errors import InputError
    from followup.session import Names, resolve_notes

    start = time.perf_counter()
    try:
        resolve_notes(notes, Names())
    except InputError:
        return time.perf_counter() - start
    raise RuntimeError("the notes were expected to lack a sender")


def plumbing(notes: str, runs: int) -> dict[str, object]:
    """The page's part of a draft, without the model: see (c)."""
    unsigned = "\n".join(line for line in notes.splitlines() if "Sam Patel" not in line)
    pages, sessions = [], []
    with served() as (client, origin):
        page_refusal(client, origin, unsigned)  # warm: imports, rules
        session_refusal(unsigned)
        for _ in range(runs):
            pages.append(page_refusal(client, origin, unsigned))
            sessions.append(session_refusal(unsigned))
    return {
        "page_s": summary(pages),
        "session_s": summary(sessions),
        "page_added_ms": 1000 * (statistics.median(pages) - statistics.median(sessions)),
    }


def summary(times: list[float]) -> dict[str, float]:
    return {"median": statistics.median(times), "worst": max(times), "runs": len(times)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=Path, default=REPO / "examples/notes/acme-data-analyst.md")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plumbing-runs", type=int, default=30)
    parser.add_argument("--skip-drafts", action="store_true")
    parser.add_argument("--out", type=Path, default=REPO / "bench/results/serve.json")
    args = parser.parse_args()
    notes = args.notes.read_text()

    starts = [cold_start() for _ in range(args.runs)]
    result: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "notes": str(args.notes.relative_to(REPO)),
        "cold_start_s": summary(starts),
        "plumbing": plumbing(notes, args.plumbing_runs),
    }
    if not args.skip_drafts:
        result |= drafts(args.notes, notes, args.runs)
    result["load_average"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


def drafts(path: Path, notes: str, runs: int) -> dict[str, object]:
    """(b): the same notes drafted by the CLI, the page and the session, interleaved."""
    session_draft(notes)  # the model loaded in this process, once
    sessions, pages, clis = [], [], []
    with served() as (client, origin):
        page_draft(client, origin, notes)  # the server loads the model, untimed
        for _ in range(runs):  # interleaved, so the machine's load falls on each
            clis.append(cli_draft(path))
            pages.append(page_draft(client, origin, notes))
            sessions.append(session_draft(notes))
    return {
        "cli_draft_s": summary(clis),
        "page_draft_s": summary(pages),
        "session_draft_s": summary(sessions),
        "page_added_s": statistics.median(pages) - statistics.median(sessions),
        "page_added_per_run_s": [p - s for p, s in zip(pages, sessions, strict=True)],
    }


if __name__ == "__main__":
    main()
