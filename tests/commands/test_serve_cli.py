"""`followup serve` as the user runs it: the installed console script, stopped with Ctrl-C."""

from __future__ import annotations

import signal
import socket
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from helpers import followup_script, script_env

WAIT = 120  # a guard against a hang on a busy machine, not a measurement


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def answers(url: str) -> int:
    """The status of a GET without the token: once it comes, uvicorn is serving (and handles
    Ctrl-C); the socket alone listens from before the address is printed."""
    try:
        with urllib.request.urlopen(url, timeout=WAIT) as response:
            return int(response.status)
    except urllib.error.HTTPError as refused:
        return refused.code


@contextmanager
def serving(*flags: str) -> Iterator[subprocess.Popen[str]]:
    """`followup serve --no-browser FLAGS`, stopped with Ctrl-C at the end (its exit status
    and the rest of its stderr are then the caller's to read)."""
    proc = subprocess.Popen(
        [str(followup_script()), "serve", "--no-browser", *flags],
        stderr=subprocess.PIPE,
        text=True,
        env=script_env(),
    )
    try:
        yield proc
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=WAIT)
        finally:
            if proc.poll() is None:
                proc.kill()


def test_another_host_is_warned_about_and_the_port_is_kept() -> None:
    """127.0.0.2 is still this machine (loopback), so the test exposes nothing, but it is not
    the default address: the warning must say who can reach the page and what guards it."""
    port = free_port()
    with serving("--port", str(port), "--host", "127.0.0.2") as proc:
        assert proc.stderr is not None
        warning = proc.stderr.readline()
        said = proc.stderr.readline()
        assert answers(f"http://127.0.0.2:{port}/") == 403
    assert warning.startswith("followup: warning: --host 127.0.0.2: other machines"), warning
    assert "the token in its link is then the only guard" in warning
    assert said.startswith(f"followup: serving on http://127.0.0.2:{port}/?token="), said
    assert proc.returncode == 0
    assert "followup: stopped" in proc.stderr.read()


def test_the_default_host_has_no_warning() -> None:
    with serving("--port", str(free_port())) as proc:
        assert proc.stderr is not None
        first = proc.stderr.readline()
        assert answers(first.split("serving on ", 1)[-1].split("?")[0]) == 403
    assert first.startswith("followup: serving on http://127.0.0.1:"), first
