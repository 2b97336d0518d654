"""A small OpenAI-compatible server on 127.0.0.1 that misbehaves on demand (tests only)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

GOOD_EMAIL = (
    "Dear Priya Shah,\n\nThank you for taking the time to speak with me about the data analyst "
    "role at Acme Analytics. I enjoyed learning about the move to dbt and Snowflake, and I am "
    "excited about the chance to help with the weekly revenue reports. Please let me know the "
    "next steps.\n\nBest regards,\nSam Patel\n"
)


def completion(text: str, finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "fault-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30},
    }


def _with_choice(**changes: Any) -> dict[str, Any]:
    body = completion(GOOD_EMAIL)
    body["choices"][0].update(changes)
    return body


def _with_message(**changes: Any) -> dict[str, Any]:
    body = completion(GOOD_EMAIL)
    body["choices"][0]["message"].update(changes)
    return body


def _with(**changes: Any) -> dict[str, Any]:
    return {**completion(GOOD_EMAIL), **changes}


def _json(value: Any) -> tuple[str, bytes]:
    return "application/json", json.dumps(value).encode()


# Answers that arrive whole, with HTTP 200, and are not chat completions: content type, body.
MALFORMED: dict[str, tuple[str, bytes]] = {
    "message-null": _json(_with_choice(message=None)),
    "content-number": _json(_with_message(content=42)),
    "content-list": _json(_with_message(content=[{"type": "text", "text": GOOD_EMAIL}])),
    "choices-string": _json(_with(choices="Dear Priya Shah")),
    "choices-null-item": _json(_with(choices=[None])),
    "choices-object": _json(_with(choices={"0": completion(GOOD_EMAIL)["choices"][0]})),
    "usage-string": _json(_with(usage="30 tokens")),
    "usage-list": _json(_with(usage=[10, 20, 30])),
    "body-list": _json([completion(GOOD_EMAIL)]),
    "body-string": _json(GOOD_EMAIL),
    "body-null": _json(None),
    "deep-json": ("application/json", b"[" * 100_000 + b"]" * 100_000),
    "html-200": ("text/html; charset=utf-8", b"<!doctype html><h1>Welcome to nginx!</h1>"),
}

# Answers that come, but slower than any --timeout: a byte (or a small chunk) every
# `trickle_step` seconds for `trickle_for` seconds, then the rest at once, so a client without
# a deadline gets a good answer, late. The status line and headers, a Content-Length body, or
# a chunked one.
STALLS = ("slow-headers", "trickle-body", "trickle-chunked")


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    mode = "ok"
    first: str | None = None  # the mode of the first request, when it differs
    hits = 0
    delay = 3.0
    retry_after = "5"  # what mode "503-retry-after" asks for
    trickle_step = 0.5
    trickle_for = 10.0
    in_flight = 0  # requests being answered right now
    max_in_flight = 0  # the most at any one time (`followup batch --concurrency`)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.Lock()
        self.stopping = threading.Event()  # set when the test is done: trickles stop

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (the timeout test) is expected, not an error


class Handler(BaseHTTPRequestHandler):
    server: FaultServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        headers = {"Content-Type": "application/json", **(headers or {})}
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        server = self.server
        with server.lock:
            server.hits += 1
            hit = server.hits
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        mode = server.first if hit == 1 and server.first is not None else server.mode
        try:
            self._answer(mode, hit)
        finally:
            with server.lock:
                server.in_flight -= 1

    def _trickle(self, pieces: list[bytes]) -> None:
        """One piece every `trickle_step` seconds for `trickle_for` seconds, then the rest
        (unless the client leaves or the test ends first)."""
        server = self.server
        ends = time.monotonic() + server.trickle_for
        sent = 0
        try:
            while sent < len(pieces) and time.monotonic() < ends:
                self.wfile.write(pieces[sent])
                sent += 1
                if server.stopping.wait(server.trickle_step):
                    return
            self.wfile.write(b"".join(pieces[sent:]))
        except OSError:  # the client gave up: what a deadline is for
            pass
        self.close_connection = True

    def _stall(self, mode: str) -> None:
        body = json.dumps(completion(GOOD_EMAIL)).encode()
        if mode == "slow-headers":  # the status line and headers a byte at a time
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            ).encode()
            self._trickle([head[i : i + 1] for i in range(len(head))] + [body])
            return
        chunked = mode == "trickle-chunked"
        self.protocol_version = "HTTP/1.1"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Connection", "close")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if chunked:  # a chunk of a few bytes each time
            chunks = [body[i : i + 4] for i in range(0, len(body), 4)]
            self._trickle([b"%x\r\n%s\r\n" % (len(c), c) for c in chunks] + [b"0\r\n\r\n"])
        else:  # the body a byte at a time
            self._trickle([body[i : i + 1] for i in range(len(body))])

    def _answer(self, mode: str, hit: int) -> None:
        if mode in MALFORMED:
            content_type, body = MALFORMED[mode]
            self._send(200, body, {"Content-Type": content_type})
        elif mode in STALLS:
            self._stall(mode)
        elif mode == "503-retry-after":  # asks for a longer wait than --timeout allows
            retry = {"Retry-After": self.server.retry_after}
            self._send(503, b'{"error": {"message": "overloaded"}}', retry)
        elif mode == "echo-auth":  # a server that repeats the request's credentials
            echoed = f"{self.headers.get('Authorization')}"
            text = GOOD_EMAIL.replace(
                "Please let me know", f"My token is {echoed}. Please let me know"
            )
            self._send(200, json.dumps(completion(text)).encode())
        elif mode == "429-once":  # rate-limited once, then fine: a client that honours
            if hit == 1:  # Retry-After waits a second and succeeds
                self._send(429, b'{"error": {"message": "slow down"}}', {"Retry-After": "1"})
            else:
                self._send(200, json.dumps(completion(GOOD_EMAIL)).encode())
        elif mode == "delay":
            time.sleep(self.server.delay)
            self._send(200, json.dumps(completion(GOOD_EMAIL)).encode())
        elif mode == "drop":
            self.connection.shutdown(2)  # close without answering
            self.close_connection = True
        elif mode == "429":
            self._send(429, b'{"error": {"message": "slow down"}}', {"Retry-After": "1"})
        elif mode in ("500", "503"):
            self._send(int(mode), b'{"error": {"message": "server error"}}')
        elif mode == "not-json":
            self._send(200, b"<html>this is not json</html>")
        elif mode == "no-choices":
            body = completion("")
            body["choices"] = []
            self._send(200, json.dumps(body).encode())
        elif mode == "length":
            self._send(200, json.dumps(completion(GOOD_EMAIL[:80], "length")).encode())
        elif mode == "wrong-text":
            self._send(200, json.dumps(completion('{"answer": 42}')).encode())
        elif mode == "enormous":
            self._send(200, json.dumps(completion("word " * 1_000_000)).encode())
        else:
            self._send(200, json.dumps(completion(GOOD_EMAIL)).encode())


@contextmanager
def fault_server(
    mode: str,
    *,
    delay: float | None = None,
    first: str | None = None,
    retry_after: str | None = None,
) -> Iterator[FaultServer]:
    """`delay` (seconds) sets how long mode "delay" waits before its good answer; `first` is
    the mode of the first request only; `retry_after`, what "503-retry-after" asks for."""
    server = FaultServer(("127.0.0.1", 0), Handler)
    server.mode = mode
    server.first = first
    if delay is not None:
        server.delay = delay
    if retry_after is not None:
        server.retry_after = retry_after
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


def base_url(server: FaultServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/v1"
