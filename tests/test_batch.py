"""`followup batch`: many notes files, concurrently, against the fault server; resumable.

The fault server's good answer is an email about the Acme notes: for a copy of those notes it
passes the rules (status accepted); for other notes it invents names, so every attempt fails
and the template is used (status fallback).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from fault_server import FaultServer, base_url, fault_server
from gated_server import gated_server
from helpers import REPO_ROOT

from followup.batch import output_names
from followup.cli import main
from followup.errors import ExitStatus

SCRIPT = Path(sys.executable).parent / "followup"
EXAMPLES = REPO_ROOT / "examples" / "notes"
ACME = (EXAMPLES / "acme-data-analyst.md").read_text(encoding="utf-8")
HARBOR = (EXAMPLES / "harbor-logistics-ops.txt").read_text(encoding="utf-8")
ENTRY_KEYS = {
    "notes",
    "to",
    "also_interviewed",
    "status",
    "reason",
    "kind",
    "attempts",
    "tokens",
    "seconds",
    "findings",
    "outputs",
    "drafts",
    "skipped",
}


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_SENDER"):
        monkeypatch.delenv(var, raising=False)


def model_args(url: str, *extra: str) -> list[str]:
    return ["--backend", "openai", "--base-url", url, "--model", "m", "--timeout", "10", *extra]


def openai_args(server: FaultServer, *extra: str) -> list[str]:
    return model_args(base_url(server), *extra)


def batch(notes: Path, out: Path, server: FaultServer, *extra: str) -> int:
    return main(["batch", str(notes), "-o", str(out), *openai_args(server, *extra)])


def notes_dir(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def report(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return data


def by_notes(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["notes"]: e for e in data["files"]}


def assert_no_temporaries(out: Path) -> None:
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def history_statuses(home: Path) -> list[str]:
    db = home / "followup" / "history.db"
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT status FROM drafts ORDER BY id")]
    finally:
        conn.close()


def test_all_files_drafted_concurrently_never_more_than_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    folder = notes_dir(tmp_path, {f"candidate-{i}.md": ACME for i in range(8)})
    out = tmp_path / "out" / "drafts"  # created, parents too
    # the server holds each request until three are in flight at once, then answers them all
    # (a batch that drafted one file at a time would get 503s after the guard, and fail)
    with gated_server(together=3, guard=30) as server:
        code = main(["batch", str(folder), "-o", str(out), *model_args(server.url, "-j", "3")])
    captured = capsys.readouterr()
    assert code == ExitStatus.OK, captured.err
    assert server.hits == 8
    assert server.max_in_flight == 3  # three at once, and never beyond the limit
    for i in range(8):
        text = (out / f"candidate-{i}.txt").read_text(encoding="utf-8")
        assert text.startswith("Dear Priya Shah,") and "Sam Patel" in text
    data = report(out)
    assert data["concurrency"] == 3 and data["complete"] is True
    assert data["counts"] == {
        "files": 8,
        "accepted": 8,
        "fallback": 0,
        "failed": 0,
        "skipped": 0,
        "pending": 0,
    }
    assert_no_temporaries(out)
    assert history_statuses(isolated_home) == ["accepted"] * 8
    # not a terminal: plain progress lines, then the summary table on stdout
    assert "[8/8]" in captured.err and "8 accepted, 0 fallback, 0 failed" in captured.err
    assert "accepted" in captured.out and "report.json" in captured.out


def test_report_shape_statuses_and_bad_files_never_stop_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    folder = notes_dir(
        tmp_path,
        {
            "acme.md": ACME,
            "harbor.txt": HARBOR,
            "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "empty.txt": "   \n",
            "no-interviewer.md": "Candidate: Sam Patel\n- they are moving reporting to dbt\n",
            "no-sender.md": "Interviewer: Priya Shah\n- they are moving reporting to dbt\n",
            "latin1.txt": "Interviewer: Ren\xe9e\n".encode("latin-1"),
            "farewell.md": ACME.replace("---\n", "---\nkind: farewell\n", 1),
            "ignored.pdf": "not a notes file",
            ".hidden.md": ACME,
        },
    )
    out = tmp_path / "out"
    with fault_server("ok") as server:
        code = batch(folder, out, server, "--max-attempts", "2")
    captured = capsys.readouterr()
    assert code == ExitStatus.FINDINGS  # some files failed; the others were drafted
    data = report(out)
    assert data["version"] == 1
    assert data["backend"] == "openai" and data["model"] == "m" and data["strategy"] == "whole"
    assert data["complete"] is True and data["interrupted"] is False
    files = by_notes(data)
    assert sorted(files) == [
        "acme.md",
        "binary.md",
        "empty.txt",
        "farewell.md",
        "harbor.txt",
        "latin1.txt",
        "no-interviewer.md",
        "no-sender.md",
    ]
    for entry in files.values():
        assert set(entry) == ENTRY_KEYS
        assert entry["status"] in ("accepted", "fallback", "failed")
        assert set(entry["tokens"]) == {"prompt_tokens", "completion_tokens", "total_tokens"}
        assert isinstance(entry["seconds"], float) and entry["skipped"] is False

    acme = files["acme.md"]
    assert acme["status"] == "accepted" and acme["reason"] is None
    assert acme["attempts"] == 1 and acme["tokens"]["total_tokens"] == 30
    assert acme["outputs"] == ["acme.txt"] and acme["kind"] == "thank-you"
    assert all(f["level"] != "error" and f["output"] == "acme.txt" for f in acme["findings"])

    harbor = files["harbor.txt"]
    assert harbor["status"] == "fallback" and harbor["attempts"] == 2
    assert harbor["tokens"]["total_tokens"] == 60
    assert harbor["drafts"][0]["status"] == "fallback"
    assert (out / "harbor.txt").read_text(encoding="utf-8").strip()

    reasons = {name: e["reason"] for name, e in files.items() if e["status"] == "failed"}
    assert reasons.keys() == {"binary.md", "empty.txt", "farewell.md", "latin1.txt",
                              "no-interviewer.md", "no-sender.md"}  # fmt: skip
    assert "unknown kind 'farewell'" in reasons["farewell.md"]
    assert "binary" in reasons["binary.md"]
    assert "empty" in reasons["empty.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "no interviewer" in reasons["no-interviewer.md"]
    assert "--to" not in reasons["no-interviewer.md"]  # batch has no --to
    assert "sender" in reasons["no-sender.md"]
    for name in reasons:
        assert str(folder) not in reasons[name]
        assert files[name]["outputs"] == [] and files[name]["attempts"] == 0

    assert data["counts"] == {
        "files": 8,
        "accepted": 1,
        "fallback": 1,
        "failed": 6,
        "skipped": 0,
        "pending": 0,
    }
    assert sorted(p.name for p in out.iterdir()) == ["acme.txt", "harbor.txt", "report.json"]
    assert sorted(history_statuses(isolated_home)) == ["accepted", "accepted"]
    assert "Failed files" in captured.out and "no-interviewer.md" in captured.out
    assert "Traceback" not in captured.err


def test_sender_flag_fills_a_missing_sender(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = notes_dir(tmp_path, {"a.md": ACME.replace("candidate: Sam Patel\n", "")})
    with fault_server("ok") as server:
        code = batch(folder, tmp_path / "out", server, "--sender", "Sam Patel", "--no-log")
    assert code == ExitStatus.OK, capsys.readouterr().err
    assert by_notes(report(tmp_path / "out"))["a.md"]["status"] == "accepted"


def test_resume_skips_up_to_date_drafts_and_redoes_outdated_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = notes_dir(tmp_path, {f"n{i}.md": ACME for i in range(4)})
    out = tmp_path / "out"
    with fault_server("ok") as server:
        assert batch(folder, out, server) == ExitStatus.OK
        assert server.hits == 4
        first = {p.name: p.stat().st_mtime_ns for p in out.glob("n*.txt")}

        earlier = time.time() - 60
        os.utime(out / "n1.txt", (earlier, earlier))  # the notes were edited after this draft
        (out / "n2.txt").unlink()  # a draft lost
        assert batch(folder, out, server) == ExitStatus.OK
        assert server.hits == 6  # only n1 and n2 again

        data = report(out)
        files = by_notes(data)
        assert [files[f"n{i}.md"]["skipped"] for i in range(4)] == [True, False, False, True]
        assert all(e["status"] == "accepted" for e in files.values())  # carried over too
        assert data["counts"]["skipped"] == 2 and data["counts"]["accepted"] == 2
        assert (out / "n0.txt").stat().st_mtime_ns == first["n0.txt"]
        assert (out / "n3.txt").stat().st_mtime_ns == first["n3.txt"]
        assert (out / "n2.txt").exists()

        capsys.readouterr()
        assert batch(folder, out, server) == ExitStatus.OK  # everything up to date
        assert server.hits == 6
        assert "nothing to do" in capsys.readouterr().err
        assert report(out)["counts"]["skipped"] == 4

        assert batch(folder, out, server, "--force") == ExitStatus.OK
        assert server.hits == 10
    assert_no_temporaries(out)


def test_variants_write_numbered_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    folder = notes_dir(tmp_path, {"acme.md": ACME, "harbor.txt": HARBOR})
    out = tmp_path / "out"
    with fault_server("ok") as server:
        code = batch(folder, out, server, "--variants", "2", "--max-attempts", "1")
    assert code == ExitStatus.OK, capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == [
        "acme.1.txt",
        "acme.2.txt",
        "harbor.1.txt",
        "harbor.2.txt",
        "report.json",
    ]
    files = by_notes(report(out))
    assert files["acme.md"]["outputs"] == ["acme.1.txt", "acme.2.txt"]
    assert [d["variant"] for d in files["acme.md"]["drafts"]] == [1, 2]
    assert files["acme.md"]["attempts"] == 2 and files["acme.md"]["tokens"]["total_tokens"] == 60
    assert files["harbor.txt"]["status"] == "fallback"
    # the template's phrasing differs by variant
    assert (out / "harbor.1.txt").read_text() != (out / "harbor.2.txt").read_text()
    assert len(history_statuses(isolated_home)) == 4


def test_a_429_with_retry_after_is_retried_and_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = notes_dir(tmp_path, {"acme.md": ACME})
    out = tmp_path / "out"
    import followup.models.openai_compat as compat

    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(seconds: float, *args: Any) -> Any:
        waits.append(seconds)
        return await real_sleep(seconds, *args)

    monkeypatch.setattr(compat.asyncio, "sleep", sleep)
    with fault_server("429-once") as server:
        code = batch(folder, out, server, "--max-retries", "2")
    assert code == ExitStatus.OK, capsys.readouterr().err
    assert server.hits == 2
    assert 1.0 in waits  # it waited the second the Retry-After header asked for
    entry = by_notes(report(out))["acme.md"]
    assert entry["status"] == "accepted" and entry["attempts"] == 1


def test_without_retries_a_429_fails_the_file_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    folder = notes_dir(tmp_path, {"a.md": ACME, "b.md": ACME})
    out = tmp_path / "out"
    with fault_server("429") as server:
        code = batch(folder, out, server, "--max-retries", "0")
    captured = capsys.readouterr()
    assert code == ExitStatus.MODEL_UNAVAILABLE
    assert server.hits == 2
    files = by_notes(report(out))
    assert {e["status"] for e in files.values()} == {"failed"}
    assert "HTTP 429" in files["a.md"]["reason"]
    assert sorted(p.name for p in out.iterdir()) == ["report.json"]
    assert history_statuses(isolated_home) == ["model-unavailable"] * 2
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["batch", "{missing}", "-o", "{out}"], "no such folder"),
        (["batch", "{notes}", "-o", "{notes}"], "another folder"),
        (["batch", "{empty}", "-o", "{out}"], "no notes files"),
        (["batch", "{notes}", "-o", "{file}"], "is not a folder"),
        (["batch", "{notes}", "-o", "{out}", "--concurrency", "0"], "concurrency"),
        (["batch", "{notes}"], "--output"),
    ],
)
def test_usage_errors_are_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    notes = notes_dir(tmp_path, {"a.md": ACME})
    (tmp_path / "empty").mkdir()
    (tmp_path / "file").write_text("x")
    paths = {
        "missing": tmp_path / "missing",
        "out": tmp_path / "out",
        "notes": notes,
        "empty": tmp_path / "empty",
        "file": tmp_path / "file",
    }
    code = main([a.format(**paths) for a in args])
    err = capsys.readouterr().err
    assert code == ExitStatus.USAGE
    assert len(err.strip().splitlines()) == 1 and message in err, err
    assert not (tmp_path / "out").exists()


def test_a_report_that_cannot_be_written_stops_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = notes_dir(tmp_path, {"a.md": ACME})
    out = tmp_path / "out"
    (out / "report.json").mkdir(parents=True)
    with fault_server("ok") as server:
        code = batch(folder, out, server)
        assert server.hits == 0
    err = capsys.readouterr().err
    assert code == ExitStatus.USAGE
    assert "report.json: is a directory" in err and "Traceback" not in err


def test_output_names_keep_shared_stems_apart() -> None:
    names = output_names([Path("a.md"), Path("a.txt"), Path("b.md")], 1)
    assert names == {
        Path("a.md"): ["a.md.txt"],
        Path("a.txt"): ["a.txt.txt"],
        Path("b.md"): ["b.txt"],
    }
    assert output_names([Path("b.md")], 3)[Path("b.md")] == ["b.1.txt", "b.2.txt", "b.3.txt"]


def test_console_script_plain_progress_and_summary(tmp_path: Path) -> None:
    folder = notes_dir(tmp_path, {"acme.md": ACME, "harbor.txt": HARBOR, "empty.md": ""})
    out = tmp_path / "out"
    with fault_server("ok") as server:
        done = subprocess.run(
            [str(SCRIPT), "batch", str(folder), "-o", str(out), *openai_args(server), "-j", "2"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == ExitStatus.FINDINGS, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("followup: drafting 3 of 3 notes files: openai model m")
    assert sum(line.startswith("followup: [") for line in lines) == 3
    assert any("empty.md: failed: is empty" in line for line in lines)
    assert "Traceback" not in done.stderr
    assert "accepted" in done.stdout and "Failed files" in done.stdout
    assert {e["status"] for e in report(out)["files"]} == {"accepted", "fallback", "failed"}


def test_ctrl_c_keeps_finished_drafts_and_the_report_then_resumes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = notes_dir(tmp_path, {f"n{i}.md": ACME for i in range(10)})
    out = tmp_path / "out"
    # the first two requests are answered; from the third on, they are held until released
    with gated_server(hold_from=3) as server:
        proc = subprocess.Popen(
            [str(SCRIPT), "batch", str(folder), "-o", str(out), *model_args(server.url, "-j", "2")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            # four requests: the two answered files are finished (a slot is taken by the next
            # file only once the last one is written and reported), and two more are held
            server.wait_for_requests(4)
            proc.send_signal(signal.SIGINT)
            stdout, stderr = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        assert proc.returncode == 130, stderr
        assert "Traceback" not in stderr
        assert "interrupted" in stderr and "again to resume" in stderr
        assert "not drafted (interrupted)" in stdout

        data = report(out)
        assert data["interrupted"] is True and data["complete"] is False
        done = {e["notes"] for e in data["files"]}
        assert len(done) == 2
        assert data["counts"]["pending"] == 8
        drafts = {p.name for p in out.glob("n*.txt")}
        assert drafts == {name.replace(".md", ".txt") for name in done}
        assert_no_temporaries(out)

        server.release()
        hits = server.hits
        resumed = main(["batch", str(folder), "-o", str(out), *model_args(server.url)])
        assert resumed == ExitStatus.OK  # the rest, and only the rest
        assert server.hits - hits == 8
    data = report(out)
    assert data["complete"] is True and data["counts"]["skipped"] == 2
    assert len(list(out.glob("n*.txt"))) == 10


@pytest.mark.slow
def test_embedded_backend_drafts_serially(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = notes_dir(tmp_path, {"acme.md": ACME, "harbor.txt": HARBOR})
    out = tmp_path / "out"
    code = main(
        [
            "batch",
            str(folder),
            "-o",
            str(out),
            "--backend",
            "embedded",
            "--concurrency",
            "4",
            "--samples",
            "1",
            "--max-attempts",
            "1",
        ]
    )
    captured = capsys.readouterr()
    assert code == ExitStatus.OK, captured.err
    assert "one at a time" in captured.err
    data = report(out)
    assert data["backend"] == "embedded" and data["strategy"] == "slots"
    assert data["concurrency"] == 1
    for entry in data["files"]:
        assert entry["status"] in ("accepted", "fallback")
        assert entry["attempts"] == 1
        assert entry["tokens"]["completion_tokens"] > 0  # the model was asked
    assert "Dear Priya Shah," in (out / "acme.txt").read_text(encoding="utf-8")
    assert (out / "harbor.txt").read_text(encoding="utf-8").strip()
    assert_no_temporaries(out)
