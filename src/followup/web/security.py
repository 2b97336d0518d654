"""The guard in front of every request: a page on the user's machine is still reachable by any
other page their browser opens, so each request must carry this launch's token, name this
server as its Host (no DNS rebinding), come from this server's own pages (no cross-site form
posts), and stay small; every answer forbids inline script and framing."""

from __future__ import annotations

import secrets
import socket
from functools import cached_property
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from followup.web.config import ServeConfig

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
)
SAFE_METHODS = frozenset({"GET", "HEAD"})
# what a browser says about who asked: the page itself, or the user (typed, a bookmark, a link
# from the terminal); "same-site" is another port of this machine, which is another program
TRUSTED_FETCH_SITES = frozenset({"same-origin", "none"})
NO_TOKEN = "forbidden: open the link that `followup serve` printed (it holds this launch's token)"


class Guard:
    """ASGI middleware: refuses (403, 413) before the app sees the request."""

    def __init__(self, app: ASGIApp, config: ServeConfig) -> None:
        self.app = app
        self.config = config
        self.hosts = config.allowed_hosts()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets here
            return
        send = _with_headers(send)
        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        body = await _read_body(receive, self.config.max_body)
        if body is None:
            response = PlainTextResponse("request too large", status_code=413)
            await response(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    def _refusal(self, scope: Scope) -> Response | None:
        """The answer to a request that may not reach the app, or None."""
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if not self._host_ok(host, scope):
            return PlainTextResponse("forbidden: unknown Host", status_code=403)
        origin = headers.get("origin")
        if origin is not None and origin != f"http://{host}":
            return PlainTextResponse("forbidden: cross-origin request", status_code=403)
        if scope["method"] not in SAFE_METHODS and origin is None:
            return PlainTextResponse("forbidden: no Origin", status_code=403)
        site = headers.get("sec-fetch-site")
        if site is not None and site not in TRUSTED_FETCH_SITES:
            return PlainTextResponse("forbidden: cross-site request", status_code=403)
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.config.max_body):
            return PlainTextResponse("request too large", status_code=413)
        return self._token_refusal(scope, headers)

    def _host_ok(self, host: str, scope: Scope) -> bool:
        if host in self.hosts:
            return True
        if not self.config.wildcard:
            return False
        # bound to every interface (--host 0.0.0.0, with a warning): the address this request
        # reached (an address literal cannot be rebound by anyone's DNS) or this machine's own
        # names; any other name is a page whose DNS now points here
        name, colon, port = host.rpartition(":")
        if not colon or port != str(self.config.port):
            return False
        name = name.lower().removeprefix("[").removesuffix("]")
        server = scope.get("server")
        arrived = str(server[0]).lower() if server else None
        return name == arrived or name in self.names

    @cached_property
    def names(self) -> frozenset[str]:
        """This machine's own names (its host name, and its fully qualified one)."""
        return frozenset(n.lower() for n in (socket.gethostname(), socket.getfqdn()) if n)

    def _token_refusal(self, scope: Scope, headers: Headers) -> Response | None:
        """The token from the opened link becomes a cookie (and leaves the address bar);
        every other request must bring that cookie."""
        token = self.config.token
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
        given = [v for k, v in query if k == "token"]
        if given:
            if not secrets.compare_digest(given[-1].encode(), token.encode()):
                return PlainTextResponse(NO_TOKEN, status_code=403)
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            target = scope["path"] + (f"?{rest}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(
                self.config.cookie_name, token, httponly=True, samesite="strict", path="/"
            )
            return response
        cookie = _cookie(headers, self.config.cookie_name)
        if cookie is None or not secrets.compare_digest(cookie.encode(), token.encode()):
            return PlainTextResponse(NO_TOKEN, status_code=403)
        return None


def _cookie(headers: Headers, name: str) -> str | None:
    for header in headers.getlist("cookie"):
        for part in header.split(";"):
            key, _, value = part.strip().partition("=")
            if key == name:
                return value
    return None


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None once it passes `limit` (a chunked upload has no length)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, then: Receive) -> Receive:
    """The body once more for the app, then the client's own messages: a streamed answer
    listens for the disconnect that ends it."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await then()

    return receive


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
        await send(message)

    return sending
