"""`web/app.py` (named `test_web_app.py`: `tests/test_app.py` would be the CLI's `app.py`): one
launch's routes behind the guard, and a failure as the page's message: the CLI's line (400, or
503 without a model), never a trace."""

from __future__ import annotations

import asyncio
import json

import pytest
from starlette.testclient import TestClient

from followup.errors import InputError, ModelUnavailable
from followup.web.app import create_app, followup_error, internal_error
from followup.web.config import ServeConfig
from followup.web.worker import INTERNAL


@pytest.mark.parametrize(("path", "page"), [("/", "draft"), ("/lint", "lint"), ("/plan", "plan")])
def test_each_page_is_served(client: TestClient, path: str, page: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "<html" in answer.text


def test_the_api_takes_posts_only_and_unknown_paths_are_404(client: TestClient) -> None:
    assert client.get("/api/lint").status_code == 405
    assert client.get("/nowhere").status_code == 404


def test_the_app_knows_its_launch(config: ServeConfig) -> None:
    app = create_app(config)
    assert app.state.config is config
    assert app.state.templates.autoescape  # user text is text, never markup


def answer(handler, exc: Exception) -> tuple[int, dict[str, object]]:  # type: ignore[no-untyped-def]
    response = asyncio.run(handler(None, exc))
    return response.status_code, json.loads(response.body)


def test_a_users_error_is_400_and_no_model_is_503() -> None:
    assert answer(followup_error, InputError("notes: is empty")) == (
        400,
        {"error": "notes: is empty"},
    )
    assert answer(followup_error, ModelUnavailable("no model server at x")) == (
        503,
        {"error": "no model server at x"},
    )


def test_anything_else_is_500_without_its_detail(capsys: pytest.CaptureFixture[str]) -> None:
    assert answer(internal_error, KeyError("secret detail")) == (500, {"error": INTERNAL})
    assert "secret detail" in capsys.readouterr().err
