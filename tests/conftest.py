"""Shared fixtures: an isolated home for every test, and one loaded rule set per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.lint.engine import Ruleset

_ENV_VARS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "FOLLOWUP_HOME")


@pytest.fixture(scope="session", autouse=True)
def session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A home for the whole session, in place before any session fixture runs.

    The cache folder stays the same for the session so that the spell checker's word list
    (cached as plain text) is built once, not once per test; it is never the real one.
    """
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:
        for var in _ENV_VARS:
            mp.setenv(var, str(home / var.lower()))
        yield home


@pytest.fixture(autouse=True)
def isolated_home(
    session_home: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Config, data and FOLLOWUP_HOME in a fresh folder per test; the cache is the session's."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(session_home / "xdg_cache_home"))
    monkeypatch.setenv("FOLLOWUP_HOME", str(home / "followup"))
    return home


@pytest.fixture(scope="session")
def ruleset(session_home: Path) -> Ruleset:
    """The built-in rules, loaded once for the session."""
    return Ruleset.load()
