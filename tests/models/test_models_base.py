"""`models/base.py` (named `test_models_base.py`, as `lint/checks/base.py` is a `base.py` too):
token counts added up, and a blocking model made async, its calls run one at a time on one
worker thread."""

from __future__ import annotations

import asyncio
import threading

from followup.models.base import (
    AsyncChatModel,
    ChatModel,
    Completion,
    InThread,
    ModelRequest,
    Usage,
)

REQUEST = ModelRequest(messages=[{"role": "user", "content": "hi"}], max_tokens=8, temperature=0)


def test_usage_adds_up() -> None:
    total = Usage()
    total.add(Usage(5, 7))
    total.add(Usage(1, 2))
    assert (total.prompt_tokens, total.completion_tokens, total.total_tokens) == (6, 9, 15)
    assert total.as_dict() == {"prompt_tokens": 6, "completion_tokens": 9, "total_tokens": 15}


class Recorder:
    """A blocking model that says which thread answered and how many calls overlapped."""

    backend = "stub"
    name = "recorder"

    def __init__(self) -> None:
        self.threads: list[str] = []
        self.running = 0
        self.most = 0
        self.lock = threading.Lock()
        self.release = threading.Event()

    def complete(self, request: ModelRequest) -> Completion:
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        self.threads.append(threading.current_thread().name)
        self.release.wait(5)
        with self.lock:
            self.running -= 1
        return Completion(text=request.messages[0]["content"], usage=Usage(1, 1))


def test_the_protocols_are_checked_at_run_time() -> None:
    model = Recorder()
    assert isinstance(model, ChatModel) and not isinstance(model, AsyncChatModel)
    assert isinstance(InThread(model), AsyncChatModel)


def test_in_thread_runs_one_call_at_a_time_on_one_worker() -> None:
    model = Recorder()
    wrapped = InThread(model)
    assert (wrapped.backend, wrapped.name) == ("stub", "recorder")

    async def many() -> list[Completion]:
        calls = [asyncio.create_task(wrapped.complete_async(REQUEST)) for _ in range(4)]
        await asyncio.sleep(0.05)
        model.release.set()
        done = await asyncio.gather(*calls)
        await wrapped.aclose()
        return done

    done = asyncio.run(many())
    assert [c.text for c in done] == ["hi"] * 4
    assert model.most == 1
    assert len(set(model.threads)) == 1 and model.threads[0].startswith("followup-model")
    assert threading.main_thread().name not in model.threads
