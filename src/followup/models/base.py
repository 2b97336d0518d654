"""The contract every chat model keeps."""

from __future__ import annotations

import asyncio
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

    def complete(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float,
        seed: int | None = None,
        stop: list[str] | None = None,
        json_schema: dict[str, Any] | None = None,
    ) -> Completion: ...


@runtime_checkable
class AsyncChatModel(Protocol):
    """The same contract for concurrent drafting (`followup batch`); `aclose` frees connections."""

    backend: str
    name: str

    async def complete_async(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float,
        seed: int | None = None,
        stop: list[str] | None = None,
        json_schema: dict[str, Any] | None = None,
    ) -> Completion: ...

    async def aclose(self) -> None: ...


class InThread:
    """A blocking ChatModel made async: each call runs in a worker thread, one at a time.

    For the embedded model, which computes in-process: the event loop stays free (progress,
    Ctrl-C) while it works, and it never runs two completions at once.
    """

    def __init__(self, model: ChatModel) -> None:
        self.model = model
        self.backend = model.backend
        self.name = model.name
        self._lock: asyncio.Lock | None = None

    async def complete_async(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float,
        seed: int | None = None,
        stop: list[str] | None = None,
        json_schema: dict[str, Any] | None = None,
    ) -> Completion:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            return await asyncio.to_thread(
                self.model.complete,
                messages,
                max_tokens=max_tokens,
                temperature=temperature,
                seed=seed,
                stop=stop,
                json_schema=json_schema,
            )

    async def aclose(self) -> None:
        return None
