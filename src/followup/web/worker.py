"""The one thread every draft of a launch runs on, and the events it sends the page meanwhile.

llama.cpp's thread team belongs to the thread that calls it (see `models.base.InThread`), and
one model on a small machine drafts best one request at a time, so drafts queue here rather
than in the server's shared thread pool; lint and the other pages stay quick meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import traceback
from collections.abc import AsyncIterator, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor

from followup.errors import FollowupError

Emit = Callable[[str, Mapping[str, object]], None]
Job = Callable[[Emit], None]
INTERNAL = "internal error (the terminal running `followup serve` has the details)"


def event(name: str, data: Mapping[str, object]) -> bytes:
    """One server-sent event: its name, and its data as one line of JSON."""
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


class DraftWorker:
    """Runs drafting jobs one at a time on a dedicated thread, streaming what they emit."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="followup-draft")

    async def stream(self, job: Job) -> AsyncIterator[bytes]:
        """The job's events as they happen; a `FollowupError` becomes an `error` event with
        the CLI's one-line message, anything else a generic one (the trace goes to stderr,
        never to the page)."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[bytes | None] = asyncio.Queue()

        def put(item: bytes | None) -> None:
            # the server may have stopped while a draft was still running
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(queue.put_nowait, item)

        def emit(name: str, data: Mapping[str, object]) -> None:
            put(event(name, data))

        def run() -> None:
            try:
                job(emit)
            except FollowupError as exc:
                emit("error", {"message": exc.message, "status": int(exc.status)})
            except Exception:
                traceback.print_exc(file=sys.stderr)
                emit("error", {"message": INTERNAL, "status": 70})
            finally:
                put(None)

        loop.run_in_executor(self._pool, run)
        while (item := await queue.get()) is not None:
            yield item

    def close(self) -> None:
        """Queued drafts are dropped; one already running ends on its own (llama.cpp cannot
        be interrupted mid-call)."""
        self._pool.shutdown(wait=False, cancel_futures=True)
