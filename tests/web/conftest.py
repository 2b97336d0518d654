"""Fixtures for the page: an app for one launch (known port and token) and a client that has
opened the launch's link, so it holds the token cookie as a browser would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from followup.session import DraftSettings, ModelSettings
from followup.web.app import create_app
from followup.web.config import ServeConfig

PORT = 8765
TOKEN = "test-token-0123456789"
ORIGIN = f"http://127.0.0.1:{PORT}"


def make_client(config: ServeConfig, *, raise_server_exceptions: bool = True) -> TestClient:
    return TestClient(
        create_app(config),
        base_url=f"http://127.0.0.1:{config.port}",
        raise_server_exceptions=raise_server_exceptions,
    )


@pytest.fixture
def config() -> ServeConfig:
    # a model server that is not there: drafting fails fast, as the CLI's would
    unreachable = ModelSettings(
        backend="openai", base_url="http://127.0.0.1:9/v1", timeout=5.0, max_retries=0
    )
    return ServeConfig(port=PORT, token=TOKEN, draft=DraftSettings(model=unreachable), log=False)


@pytest.fixture
def anonymous(config: ServeConfig) -> Iterator[TestClient]:
    """A client that never opened the link: no token."""
    with make_client(config) as client:
        yield client


@pytest.fixture
def client(config: ServeConfig) -> Iterator[TestClient]:
    """A client that opened the link: the token is now its cookie; POSTs carry the page's
    own Origin, as the browser's fetches from the page do."""
    with make_client(config) as client:
        opened = client.get(f"/?token={TOKEN}")
        assert opened.status_code == 200
        client.headers["origin"] = ORIGIN
        yield client
