"""`followup serve`: the drafting session and the rules as a page in the user's browser. The
page is `followup.web`; this parses the flags, binds the port and says where to look."""

from __future__ import annotations

import contextlib
from pathlib import Path

import typer

from followup.commands.choices import DraftStrategy
from followup.commands.common import DraftOptions, ModelOptions, settings_from
from followup.errors import ExitStatus


def serve(
    port: int = typer.Option(
        0, "--port", min=0, max=65535, help="Port to listen on (default: a free one)."
    ),
    host: str = typer.Option(
        None,
        "--host",
        help="Address to listen on (default 127.0.0.1, this machine only). Any other address "
        "lets other machines reach the page; the token still guards it.",
        show_default=False,
    ),
    no_browser: bool = typer.Option(
        False, "--no-browser", help="Print the page's address; do not open a browser."
    ),
    no_log: bool = typer.Option(False, "--no-log", help="Do not save drafts in the history."),
    strategy: DraftStrategy = DraftOptions.strategy,
    samples: int = DraftOptions.samples,
    prompts_dir: Path = DraftOptions.prompts_dir,
    backend: str | None = ModelOptions.backend,
    model: str = ModelOptions.model,
    base_url: str = ModelOptions.base_url,
    timeout: float = ModelOptions.timeout,
    max_retries: int = ModelOptions.max_retries,
) -> int:
    """Open a page to draft, lint and plan follow-ups in your browser; Ctrl-C stops it.

    Exit status: 0 stopped; 2 the address cannot be used.
    """
    from followup.console import note
    from followup.web.app import create_app
    from followup.web.config import LOOPBACK, ServeConfig
    from followup.web.server import bind, run

    if host is not None and host not in (LOOPBACK, "localhost", "::1"):
        note(
            f"warning: --host {host}: other machines that can reach this address can open the "
            "page; the token in its link is then the only guard, and it crosses the network "
            "unencrypted (plain HTTP)"
        )
    where = host or LOOPBACK
    sock = bind(where, port)
    settings = settings_from(
        backend=backend,
        model=model,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        strategy=strategy,
        samples=samples,
        prompts_dir=prompts_dir,
    )
    config = ServeConfig(port=sock.getsockname()[1], host=where, draft=settings, log=not no_log)
    note(f"serving on {config.url()} (Ctrl-C stops)")
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn stopped cleanly, then re-raised it
        run(create_app(config), sock, config.url(), not no_browser)
    note("stopped")
    return ExitStatus.OK
