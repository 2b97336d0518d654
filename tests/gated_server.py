"""An OpenAI-compatible stub server on 127.0.0.1 that a test can wait on (tests only).

Every request is kept (its JSON body and path) and announced as it arrives; requests can be
held until the test lets them go, or until enough of them are in flight at once. So a test waits
for an event (a request has arrived; three are being answered together) instead of guessing how
long something takes. The answers follow a script, one per request, the last one repeated.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fault_server import GOOD_EMAIL, completion

WAIT = 60.0  # the longest a test waits for an event before failing (it never waits otherwise)


@dataclass(frozen=True)
class Reply:
    """One answer: a chat completion with `text`, or an error with `status`."""

    text: str = GOOD_EMAIL
    status: int = 200
    finish_reason: str = "stop"

    def body(self) -> bytes:
        if self.status != 200:
            return json.dumps({"error": {"message": f"status {self.status}"}}).encode()
        return json.dumps(completion(self.text, self.finish_reason)).encode()


class GatedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        script: list[Reply],
        *,
        hold_from: int | None = None,
        together: int | None = None,
        guard: float = 120.0,
    ) -> None:
        """`hold_from`: the requests numbered from it (1 is the first) wait for `release()`.
        `together`: every request waits until that many are in flight at once; from then on
        none waits. `guard`: a request held longer than that gets a 503 and the gate opens (so
        a broken client fails its test instead of hanging it)."""
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script or [Reply()]
        self.hold_from = hold_from
        self.together = together
        self.guard = guard
        self.cond = threading.Condition()
        self.requests: list[dict[str, Any]] = []  # each request's JSON body, with its "path"
        self.in_flight = 0
        self.max_in_flight = 0
        self.open = False  # released: nothing is held any more

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    @property
    def hits(self) -> int:
        with self.cond:
            return len(self.requests)

    def prompts(self) -> list[str]:
        """The text of every message of every request, one string per request."""
        with self.cond:
            return ["\n".join(m["content"] for m in r["messages"]) for r in self.requests]

    def wait_for_requests(self, count: int) -> None:
        """Until `count` requests have arrived (fails the test after WAIT seconds)."""
        with self.cond:
            arrived = self.cond.wait_for(lambda: len(self.requests) >= count, WAIT)
            assert arrived, f"{len(self.requests)} request(s) arrived, {count} expected"

    def rescript(self, *replies: Reply) -> None:
        """Start over with these answers: a server that outlives one test (a page's model,
        set up once per module) answers each test from its own script."""
        with self.cond:
            self.script = list(replies) or [Reply()]
            self.requests.clear()

    def release(self) -> None:
        with self.cond:
            self.open = True
            self.cond.notify_all()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that was interrupted while its request was held is expected


class _Handler(BaseHTTPRequestHandler):
    server: GatedServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        server = self.server
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        with server.cond:
            server.requests.append({"path": self.path, **body})
            number = len(server.requests)
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
            server.cond.notify_all()
            held = self._wait(number)
        try:
            reply = server.script[min(number, len(server.script)) - 1]
            if held:
                reply = Reply(status=503)
            data = reply.body()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        finally:
            with server.cond:
                server.in_flight -= 1
                server.cond.notify_all()

    def _wait(self, number: int) -> bool:
        """Hold this request as the server says (the condition is held). True if the guard ran
        out while holding it: that request fails, and nothing is held from then on."""
        server = self.server
        if server.together is not None:
            if server.in_flight >= server.together:
                server.open = True
                server.cond.notify_all()
        elif server.hold_from is None or number < server.hold_from:
            return False
        if server.cond.wait_for(lambda: server.open, server.guard):
            return False
        server.open = True
        server.cond.notify_all()
        return True


@contextmanager
def gated_server(
    *replies: Reply,
    hold_from: int | None = None,
    together: int | None = None,
    guard: float = 120.0,
) -> Iterator[GatedServer]:
    server = GatedServer(list(replies), hold_from=hold_from, together=together, guard=guard)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release()  # held requests end (their clients are gone)
        server.shutdown()
        server.server_close()
