"""Batch throughput (drafts per minute): the embedded model, llama-cpp-python's server, and
llama.cpp's own server with 1, 2 and 4 parallel slots, all serving the same SmolLM2 GGUF.

    python bench/batch_bench.py [--notes-dir examples/notes] [--limit N] [--runs 3]
        [--backends embedded server llama-server] [--concurrency 1 2 4] [--slots 1 2 4]
        [--llama-server PATH] [--out bench/results/batch.json]

--limit N copies the first N notes files (sorted, *.md then *.txt) to a temporary folder.

Each run is one `followup batch NOTES -o TMP --force --no-log` in a fresh process, timed from
the outside (start-up and model load included), so drafts per minute = files / wall seconds.

(a) embedded: the default backend, which drafts one file at a time.
(b) server: `--backend openai --base-url http://127.0.0.1:PORT/v1 --model smollm2` against
    `python -m llama_cpp.server` serving the same GGUF on loopback only, started here and
    stopped at the end, at each `--concurrency`. llama-cpp-python's server has no parallel-slot
    option; it handles one completion at a time behind a lock, so concurrency above 1 only
    queues requests.
(c) llama-server: the same, against llama.cpp's `llama-server` with `-np N` parallel slots
    (continuous batching: the slots' tokens are decoded together in one batch), at
    `--concurrency N`. The binary is built from the llama.cpp sources that llama-cpp-python's
    own source package carries (the same llama.cpp version as the embedded model); the build
    commands are in docs/benchmarks.md. Pass its path with --llama-server.

All use `--strategy slots` so the same prompts and sampling are compared (the openai backend's
default, `whole`, falls back to the template with this small model; see docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from followup.models.embedded import default_gguf

FOLLOWUP = [sys.executable, "-m", "followup"]
HOST = "127.0.0.1"
SERVER_THREADS = 2  # the same as the embedded model (one per core); the server's default is 1
N_CTX = 8192  # the embedded model's context


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def notes_files(notes_dir: Path) -> list[Path]:
    return sorted(notes_dir.glob("*.md")) + sorted(notes_dir.glob("*.txt"))


def run_batch(notes_dir: Path, extra: list[str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="followup-batch-bench-") as tmp:
        out = Path(tmp) / "out"
        cmd = [*FOLLOWUP, "batch", str(notes_dir), "-o", str(out), "--force", "--no-log"]
        cmd += ["--strategy", "slots", *extra]
        load_before = os.getloadavg()[0]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t0
        load_after = os.getloadavg()[0]
        report: dict[str, Any] = {}
        if (out / "report.json").exists():
            report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    files = report.get("files", report.get("entries", {}))
    entries = list(files.values()) if isinstance(files, dict) else list(files)
    statuses = [e.get("status") for e in entries if isinstance(e, dict)]
    drafted = sum(s in ("accepted", "fallback") for s in statuses)
    row = {
        "exit_status": proc.returncode,
        "wall_seconds": round(wall, 3),
        "drafted": drafted,
        "accepted": statuses.count("accepted"),
        "fallback": statuses.count("fallback"),
        "failed": statuses.count("failed"),
        "drafts_per_minute": round(drafted / wall * 60, 2) if wall > 0 else None,
        "sum_of_per_file_seconds": round(
            sum(e.get("seconds", 0.0) for e in entries if isinstance(e, dict)), 3
        ),
        "load_average_1m": {"before": round(load_before, 2), "after": round(load_after, 2)},
    }
    if proc.returncode not in (0, 1):
        row["stderr_tail"] = proc.stderr[-2000:]
    return row


def start_server(port: int, log: Path) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(default_gguf()),
        "--host",
        HOST,
        "--port",
        str(port),
        "--n_ctx",
        str(N_CTX),
        "--n_threads",
        str(SERVER_THREADS),
        "--n_threads_batch",
        str(SERVER_THREADS),
        "--model_alias",
        "smollm2",
    ]
    return _wait_for(cmd, port, log, "llama_cpp.server")


def _wait_for(cmd: list[str], port: int, log: Path, name: str) -> subprocess.Popen[bytes]:
    with log.open("wb") as fh:
        server = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT)
    for _ in range(240):
        if server.poll() is not None:
            raise SystemExit(f"{name} exited; log:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/v1/models", timeout=2):
                return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit(f"{name} did not answer within 120 s")


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def start_llama_server(binary: Path, port: int, slots: int, log: Path) -> subprocess.Popen[bytes]:
    """llama.cpp's server with `slots` parallel slots; the context is shared, N_CTX / slots each
    (2,048 tokens at 4 slots, twice what a slots-strategy request needs)."""
    cmd = [
        str(binary),
        "--model",
        str(default_gguf()),
        "--host",
        HOST,
        "--port",
        str(port),
        "--ctx-size",
        str(N_CTX),
        "--parallel",
        str(slots),
        "--threads",
        str(SERVER_THREADS),
        "--threads-batch",
        str(SERVER_THREADS),
        "--alias",
        "smollm2",
    ]
    return _wait_for(cmd, port, log, "llama-server")


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "median_drafts_per_minute": round(
            statistics.median(r["drafts_per_minute"] for r in runs), 2
        ),
        "median_wall_seconds": round(statistics.median(r["wall_seconds"] for r in runs), 2),
        "runs": runs,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes-dir", type=Path, default=Path("examples/notes"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N notes files")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument(
        "--backends",
        nargs="+",
        choices=["embedded", "server", "llama-server"],
        default=["embedded", "server", "llama-server"],
    )
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--slots", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument(
        "--llama-server",
        type=Path,
        default=Path(os.environ.get("LLAMA_SERVER", "llama-server")),
        help="llama.cpp's server binary (default: $LLAMA_SERVER, else llama-server on PATH)",
    )
    ap.add_argument("--out", type=Path, default=Path("bench/results/batch.json"))
    args = ap.parse_args()

    if "llama-server" in args.backends:  # before hours of other runs, not after
        found = shutil.which(str(args.llama_server))
        if found is None:
            raise SystemExit(
                f"no llama-server at {args.llama_server}: build it (docs/benchmarks.md), pass "
                "--llama-server PATH, or leave it out with --backends embedded server"
            )
        args.llama_server = Path(found)
    files = notes_files(args.notes_dir)
    if args.limit:
        files = files[: args.limit]
        subset = Path(tempfile.mkdtemp(prefix="followup-batch-bench-notes-"))
        for f in files:
            shutil.copy2(f, subset / f.name)
        args.notes_dir = subset
    load_start = os.getloadavg()
    results: dict[str, Any] = {}

    if "embedded" in args.backends:
        runs = []
        for i in range(args.runs):
            runs.append(run_batch(args.notes_dir, ["--backend", "embedded"]))
            print(f"embedded run {i + 1}: {json.dumps(runs[-1])}", flush=True)
        results["embedded"] = summarise(runs)
    if "server" in args.backends:
        run_server(args, results)
    if "llama-server" in args.backends:
        run_llama_server(args, results)
    write(args, files, load_start, results)


def run_server(args: argparse.Namespace, results: dict[str, Any]) -> None:
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="followup-bench-llama-server-", suffix=".log")[1])
    server = start_server(port, log)
    try:
        url = f"http://{HOST}:{port}/v1"
        for c in args.concurrency:
            runs = []
            for i in range(args.runs):
                extra = ["--backend", "openai", "--base-url", url, "--model", "smollm2"]
                runs.append(run_batch(args.notes_dir, [*extra, "--concurrency", str(c)]))
                print(f"server concurrency {c} run {i + 1}: {json.dumps(runs[-1])}", flush=True)
            results[f"server_concurrency_{c}"] = summarise(runs)
    finally:
        stop(server)


def run_llama_server(args: argparse.Namespace, results: dict[str, Any]) -> None:
    for slots in args.slots:
        port = free_port()
        log = Path(tempfile.mkstemp(prefix=f"followup-bench-llama-np{slots}-", suffix=".log")[1])
        server = start_llama_server(args.llama_server, port, slots, log)  # found in main()
        try:
            url = f"http://{HOST}:{port}/v1"
            extra = ["--backend", "openai", "--base-url", url, "--model", "smollm2"]
            runs = []
            for i in range(args.runs):
                runs.append(run_batch(args.notes_dir, [*extra, "--concurrency", str(slots)]))
                print(f"llama-server -np {slots} run {i + 1}: {json.dumps(runs[-1])}", flush=True)
            results[f"llama_server_slots_{slots}"] = summarise(runs)
        finally:
            stop(server)
        results[f"llama_server_slots_{slots}"]["server_log_tail"] = _log_facts(log)


def _log_facts(log: Path) -> list[str]:
    """The lines of llama-server's log that say how it ran (slots, context, threads)."""
    keep = ("n_parallel", "n_ctx", "n_threads", "slot", "system_info", "build")
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line for line in lines if any(k in line for k in keep)][:12]


def write(
    args: argparse.Namespace, files: list[Path], load_start: Any, results: dict[str, Any]
) -> None:
    import llama_cpp

    result = {
        "benchmark": "batch",
        "command": " ".join(["python", "bench/batch_bench.py", *sys.argv[1:]]),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpu": cpu_name(),
            "cores": len(os.sched_getaffinity(0)),
            "python": platform.python_version(),
            "llama_cpp_python": llama_cpp.__version__,
        },
        "load_average_1m": {"start": round(load_start[0], 2), "end": round(os.getloadavg()[0], 2)},
        "notes_files": len(files),
        "notes": [f.name for f in files],
        "strategy": "slots",
        "samples_per_slot": 4,
        "server": {
            "command": "python -m llama_cpp.server --model SMOLLM2.gguf --host 127.0.0.1 "
            f"--port PORT --n_ctx {N_CTX} --n_threads {SERVER_THREADS} "
            f"--n_threads_batch {SERVER_THREADS} --model_alias smollm2",
            "parallel_slots": "none: llama-cpp-python's server has no --n_parallel option and "
            "serves one completion at a time behind a lock (llama_outer_lock/llama_inner_lock "
            "in llama_cpp/server/app.py)",
        },
        "llama_server": {
            "command": "llama-server --model SMOLLM2.gguf --host 127.0.0.1 --port PORT "
            f"--ctx-size {N_CTX} --parallel N --threads {SERVER_THREADS} "
            f"--threads-batch {SERVER_THREADS} --alias smollm2",
            "built_from": f"llama-cpp-python {llama_cpp.__version__} source package, "
            "vendor/llama.cpp (see docs/benchmarks.md)",
        },
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v["median_drafts_per_minute"] for k, v in results.items()}, indent=2))


if __name__ == "__main__":
    main()
