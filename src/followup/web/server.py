"""Serve one launch: bind the port first (a free one by default, so the address and its token
are known before the browser opens), then run uvicorn on that socket until Ctrl-C."""

from __future__ import annotations

import socket
import webbrowser

from followup.errors import InputError
from followup.web.config import WILDCARDS


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: any free one), or one error line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(
            (host if host not in WILDCARDS else ("::" if family == socket.AF_INET6 else ""), port)
        )
        sock.listen(64)
    except (OSError, OverflowError) as exc:
        sock.close()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"cannot listen on {host}:{port} ({reason})") from None
    return sock


def run(app: object, sock: socket.socket, url: str, open_browser: bool) -> None:
    """Open the page (the socket already queues connections) and serve until interrupted;
    uvicorn finishes the requests in flight, then re-raises the Ctrl-C."""
    import uvicorn

    if open_browser:
        webbrowser.open(url)
    config = uvicorn.Config(
        app,  # type: ignore[arg-type]
        log_level="warning",
        access_log=False,
        server_header=False,
        lifespan="on",
    )
    uvicorn.Server(config).run(sockets=[sock])
