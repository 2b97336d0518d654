"""`web/server.py`: the port is bound before the browser opens (a free one for port 0), and a
port that cannot be had is one error line."""

from __future__ import annotations

import socket

import pytest

from followup.errors import InputError
from followup.web.server import bind


def test_port_0_is_a_free_port_already_listening() -> None:
    sock = bind("127.0.0.1", 0)
    try:
        host, port = sock.getsockname()
        assert host == "127.0.0.1" and port > 0
        with socket.create_connection((host, port), timeout=5):
            pass  # the socket queues the connection before any server runs
    finally:
        sock.close()


def test_a_port_in_use_is_one_error_line() -> None:
    taken = bind("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        with pytest.raises(InputError, match=rf"^cannot listen on 127\.0\.0\.1:{port} \("):
            bind("127.0.0.1", port)
    finally:
        taken.close()


@pytest.mark.parametrize(("host", "port"), [("127.0.0.1", 70000), ("no-such-host.invalid", 0)])
def test_an_address_that_cannot_be_had(host: str, port: int) -> None:
    with pytest.raises(InputError, match=rf"^cannot listen on {host}:{port} \("):
        bind(host, port)
