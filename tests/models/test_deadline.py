"""`models/deadline.py`: one deadline for a whole model call, enforced on every socket
operation of the SDK's HTTP clients (a server that trickles bytes never trips a per-read
timeout), per context, so each task of a batch has its own."""

from __future__ import annotations

import asyncio
import math
import socket
import threading
from collections.abc import Iterator

import httpcore2
import httpx2
import pytest

from followup.models import deadline as dl
from followup.models.deadline import deadline, time_left


def test_no_deadline_outside() -> None:
    assert time_left() is None
    assert dl._bounded(3.0, TimeoutError) == 3.0
    assert dl._bounded(None, TimeoutError) is None


def test_inside_the_time_left_bounds_every_timeout() -> None:
    with deadline(60):
        left = time_left()
        assert left is not None and 0 < left <= 60
        assert dl._bounded(1.0, TimeoutError) == 1.0
        bounded = dl._bounded(600.0, TimeoutError)
        assert bounded is not None and bounded <= 60
        assert dl._bounded(None, TimeoutError) is not None
    assert time_left() is None


def test_a_passed_deadline_fails_the_next_operation() -> None:
    with deadline(-1), pytest.raises(httpcore2.ReadTimeout, match="passed its deadline"):
        dl._bounded(5.0, httpcore2.ReadTimeout)


def test_an_infinite_deadline_sets_none_and_nesting_restores() -> None:
    with deadline(math.inf):
        assert time_left() is None
        with deadline(30):
            assert time_left() is not None
        assert time_left() is None


def test_each_task_has_its_own_deadline() -> None:
    async def left_after(seconds: float) -> float | None:
        with deadline(seconds):
            await asyncio.sleep(0.01)
            return time_left()

    async def both() -> list[float | None]:
        return list(await asyncio.gather(left_after(1000), left_after(10)))

    long, short = asyncio.run(both())
    assert long is not None and short is not None and long > 500 > short


def test_the_sdk_clients_get_the_bounded_network_backend() -> None:
    client = dl.http_client()
    aclient = dl.async_http_client()
    try:
        pool = client._transport._pool  # type: ignore[attr-defined]
        apool = aclient._transport._pool  # type: ignore[attr-defined]
        assert isinstance(pool._network_backend, dl._Backend)
        assert isinstance(apool._network_backend, dl._AsyncBackend)
    finally:
        client.close()
        asyncio.run(aclient.aclose())


@pytest.fixture()
def trickle() -> Iterator[str]:
    """A server that answers a request with one header byte every 0.1 s, for up to 20 s."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 200:
                if stop.wait(0.1):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/"
    stop.set()
    server.close()
    thread.join(5)


def test_a_trickling_server_is_stopped_at_the_deadline(trickle: str) -> None:
    """Each byte comes well within the 2 s read timeout: only the deadline ends the call."""
    client = dl.http_client()
    try:
        with deadline(0.5), pytest.raises(httpx2.TimeoutException):
            client.get(trickle, timeout=2.0)
    finally:
        client.close()
