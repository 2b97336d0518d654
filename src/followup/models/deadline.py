"""An overall deadline for one model call, enforced on every socket operation under it.

The openai SDK's HTTP library (httpx2) times each read, not an answer: a server that sends one
byte every half second never trips a 2 s read timeout, whether it trickles the headers, a
`Content-Length` body or chunks. Here the SDK's clients get a network backend whose streams
read, write and connect with at most the time left before the deadline of the model call
being made (a context variable, so each `followup batch` task has its own), and fail with a
timeout once it has passed. The SDK maps that to `APITimeoutError` like any other timeout.

The network backend is the public seam httpcore2 offers, but httpx2's transports take none as
an argument, so `_wrap_pool` puts ours around the one in the pool the transport built. Should
a later httpx2 move it, calls keep httpx2's per-read timeouts and the fault tests fail.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore2
import httpx2

LIMITS = httpx2.Limits(max_connections=1000, max_keepalive_connections=100)  # the SDK's own
_DEADLINE: ContextVar[float | None] = ContextVar("followup_model_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every socket operation inside ends by `seconds` from now (`time.monotonic`); an
    infinite `seconds` sets none."""
    token = _DEADLINE.set(time.monotonic() + seconds if math.isfinite(seconds) else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def time_left() -> float | None:
    """Seconds until the current deadline (negative once passed); None outside `deadline`."""
    end = _DEADLINE.get()
    return None if end is None else end - time.monotonic()


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    left = time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the model call passed its deadline")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore2.NetworkStream):
    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore2.NetworkBackend):
    def __init__(self, backend: httpcore2.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        return _Stream(
            self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore2.AsyncNetworkStream):
    def __init__(self, stream: httpcore2.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _bounded(timeout, httpcore2.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _bounded(timeout, httpcore2.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore2.AsyncNetworkBackend):
    def __init__(self, backend: httpcore2.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_unix_socket(path, bounded, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _wrap_pool(transport: Any, wrapper: type[Any]) -> None:
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if pool is not None and backend is not None:
        pool._network_backend = wrapper(backend)


def http_client() -> httpx2.Client:
    """The openai SDK's default HTTP client, with every socket operation under the deadline."""
    import openai

    transport = httpx2.HTTPTransport(limits=LIMITS)
    _wrap_pool(transport, _Backend)
    return openai.DefaultHttpxClient(transport=transport)


def async_http_client() -> httpx2.AsyncClient:
    """`http_client` for `openai.AsyncOpenAI`."""
    import openai

    transport = httpx2.AsyncHTTPTransport(limits=LIMITS)
    _wrap_pool(transport, _AsyncBackend)
    return openai.DefaultAsyncHttpxClient(transport=transport)
