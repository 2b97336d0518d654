"""The contract every chat model keeps."""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

Message = dict[str, str]


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens

    def as_dict(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
        }


@dataclass(frozen=True)
class ModelRequest:
    """One chat completion asked of a model: the messages and how to answer them. Drafting's
    loop yields these (`drafting.DraftSteps`); a driver passes each to `complete`."""

    messages: list[Message]
    max_tokens: int
    temperature: float
    seed: int | None = None
    stop: list[str] | None = None
    json_schema: dict[str, Any] | None = None  # answer with JSON of this schema


@dataclass
class Completion:
    text: str
    usage: Usage = field(default_factory=Usage)
    finish_reason: str | None = None


@runtime_checkable
class ChatModel(Protocol):
    """`backend` and `name` are shown to the user; `complete` is the only call drafting makes."""

    backend: str
    name: str

    def complete(self, request: ModelRequest) -> Completion: ...


@runtime_checkable
class AsyncChatModel(Protocol):
    """The same contract for concurrent drafting (`followup batch`); `aclose` frees connections."""

    backend: str
    name: str

    async def complete_async(self, request: ModelRequest) -> Completion: ...

    async def aclose(self) -> None: ...


class InThread:
    """A blocking ChatModel made async: each call runs in a worker thread, one at a time.

    For the embedded model, which computes in-process: the event loop stays free (progress,
    Ctrl-C) while it works, and it never runs two completions at once. The worker is always the
    same thread: llama.cpp's CPU backend parallelises with OpenMP, whose thread team belongs to
    the calling thread, and with the event loop's shared executor the calls landed on two
    threads and a batch took 1.5 times as long as the same drafts made one after another.
    """

    def __init__(self, model: ChatModel) -> None:
        self.model = model
        self.backend = model.backend
        self.name = model.name
        self._lock: asyncio.Lock | None = None
        self._worker: ThreadPoolExecutor | None = None

    async def complete_async(self, request: ModelRequest) -> Completion:
        if self._lock is None:
            self._lock = asyncio.Lock()
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="followup-model")
        call = functools.partial(self.model.complete, request)
        async with self._lock:
            return await asyncio.get_running_loop().run_in_executor(self._worker, call)

    async def aclose(self) -> None:
        if self._worker is not None:
            self._worker.shutdown(wait=False)
            self._worker = None
