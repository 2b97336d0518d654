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


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    mode = "ok"
    hits = 0
    delay = 3.0
    in_flight = 0  # requests being answered right now
    max_in_flight = 0  # the most at any one time (`followup batch --concurrency`)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (the timeout test) is expected, not an error


class Handler(BaseHTTPRequestHandler):
    server: FaultServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
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
        try:
            self._answer(server.mode, hit)
        finally:
            with server.lock:
                server.in_flight -= 1

    def _answer(self, mode: str, hit: int) -> None:
        if mode == "429-once":  # rate-limited once, then fine: a client that honours
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
def fault_server(mode: str, *, delay: float | None = None) -> Iterator[FaultServer]:
    """`delay` (seconds) sets how long mode "delay" waits before its good answer."""
    server = FaultServer(("127.0.0.1", 0), Handler)
    server.mode = mode
    if delay is not None:
        server.delay = delay
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def base_url(server: FaultServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/v1"
