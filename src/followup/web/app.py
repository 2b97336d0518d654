"""The ASGI app of one launch: its routes, behind the guard, with the package's templates and
static files (both ship in the wheel, so the page works offline)."""

from __future__ import annotations

import sys
import traceback
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from followup.errors import ExitStatus, FollowupError
from followup.web import api, pages
from followup.web.config import ServeConfig
from followup.web.security import Guard
from followup.web.worker import INTERNAL, DraftWorker

STATIC = Path(__file__).parent / "static"


async def followup_error(request: Request, exc: Exception) -> Response:
    """The CLI's one line, as the page's message (400 bad input, 503 no model)."""
    assert isinstance(exc, FollowupError)
    status = 503 if exc.status is ExitStatus.MODEL_UNAVAILABLE else 400
    return JSONResponse({"error": exc.message}, status_code=status)


async def internal_error(request: Request, exc: Exception) -> Response:
    """Never a trace on the page: it goes to the terminal that runs the server."""
    traceback.print_exception(exc, file=sys.stderr)
    return JSONResponse({"error": INTERNAL}, status_code=500)


def create_app(config: ServeConfig) -> Starlette:
    """The app for this launch's address and token."""
    worker = DraftWorker()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        worker.close()

    app = Starlette(
        routes=[
            Route("/", pages.draft_page),
            Route("/lint", pages.lint_page),
            Route("/plan", pages.plan_page),
            Route("/api/notes", api.understood, methods=["POST"]),
            Route("/api/draft", api.draft, methods=["POST"]),
            Route("/api/variants", api.variants, methods=["POST"]),
            Route("/api/lint", api.lint, methods=["POST"]),
            Route("/api/eml", api.eml, methods=["POST"]),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=[Middleware(Guard, config=config)],
        exception_handlers={FollowupError: followup_error, Exception: internal_error},
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.worker = worker
    app.state.rules = api.Rules()
    app.state.templates = pages.environment()
    return app
