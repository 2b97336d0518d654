"""`web/worker.py`: drafting jobs run one at a time on one thread, their events streamed as
server-sent events; a failure is an `error` event, the CLI's line or a generic one."""

from __future__ import annotations

import asyncio
import json
import threading

import pytest

from followup.errors import InputError
from followup.web.worker import INTERNAL, DraftWorker, Emit, Job, event


def test_an_event_is_its_name_and_one_line_of_json() -> None:
    assert event("draft", {"text": "Dear Ana,\nThanks — Sam"}) == (
        'event: draft\ndata: {"text": "Dear Ana,\\nThanks — Sam"}\n\n'.encode()
    )


def streamed(*jobs: Job) -> list[list[dict[str, object]]]:
    """Each job's events, as (name, data) dicts, the jobs run on one worker."""
    worker = DraftWorker()

    async def collect(job: Job) -> list[dict[str, object]]:
        out = []
        async for raw in worker.stream(job):
            name, data = raw.decode().removesuffix("\n\n").split("\n")
            out.append({"event": name.removeprefix("event: "), **json.loads(data[6:])})
        return out

    async def run_all() -> list[list[dict[str, object]]]:
        return list(await asyncio.gather(*(collect(job) for job in jobs)))

    try:
        return asyncio.run(run_all())
    finally:
        worker.close()


def test_a_jobs_events_arrive_in_order() -> None:
    def job(emit: Emit) -> None:
        emit("progress", {"step": 1})
        emit("draft", {"text": "Hi"})

    assert streamed(job) == [[{"event": "progress", "step": 1}, {"event": "draft", "text": "Hi"}]]


def test_jobs_run_one_at_a_time_on_one_thread() -> None:
    threads: list[str] = []
    running = []

    def job(emit: Emit) -> None:
        running.append(1)
        threads.append(threading.current_thread().name)
        threading.Event().wait(0.05)  # long enough for another job to start, were it allowed
        emit("done", {"alone": len(running) == 1})
        running.pop()

    results = streamed(job, job, job)
    assert [r[0]["alone"] for r in results] == [True, True, True]
    assert len(set(threads)) == 1 and threads[0].startswith("followup-draft")


def test_a_users_error_is_the_clis_line() -> None:
    def job(emit: Emit) -> None:
        raise InputError("notes: is empty")

    assert streamed(job) == [[{"event": "error", "message": "notes: is empty", "status": 2}]]


def test_anything_else_is_a_generic_error_with_the_trace_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def job(emit: Emit) -> None:
        raise KeyError("secret detail")

    assert streamed(job) == [[{"event": "error", "message": INTERNAL, "status": 70}]]
    assert "secret detail" in capsys.readouterr().err
