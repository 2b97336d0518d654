"""Shared fixtures: a temporary home from the first import, a fresh one per test, and one loaded
rule set per session.

The home is moved when pytest imports this file, which is before it imports any test module:
collecting a test module may already load the rules (`test_prefilter.py` does, at import), and
loading them writes the rules cache into the user's cache folder. A session fixture would come
too late for that. `test_isolation.py` runs a collection under a temporary HOME to prove it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from followup.lint.engine import Ruleset

# every variable through which followup (or platformdirs, or a library) finds a user folder
ENV_VARS = (
    "HOME",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "FOLLOWUP_HOME",
)

SESSION_HOME = Path(tempfile.mkdtemp(prefix="followup-tests-")).resolve()
_SAVED = {var: os.environ.get(var) for var in ENV_VARS}
for _var in ENV_VARS:
    os.environ[_var] = str(SESSION_HOME / _var.lower())
(SESSION_HOME / "home").mkdir()


def pytest_unconfigure(config: pytest.Config) -> None:
    """The caller's environment back, and the session's home gone."""
    for var, value in _SAVED.items():
        if value is None:
            os.environ.pop(var, None)
        else:
            os.environ[var] = value
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def session_home() -> Path:
    """The home of the whole session (every user folder points into it from the first import).

    The cache folder stays the same for the session so that the spell checker's word list
    (cached as plain text) is built once, not once per test; it is never the real one.
    """
    return SESSION_HOME


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


# what `date.today()` says inside followup.dates while `fixed_clock` is in force: far from the
# `--today` the date-bound tests pass (Wednesday 25 November 2026), so a command that reads the
# real date instead of --today gets another answer and fails its test, on any day the suite runs
CLOCK = date(2027, 3, 3)


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> date:
    """The real date, as followup sees it, is CLOCK: no test depends on the day it runs."""
    import followup.dates

    class _Clock(date):
        @classmethod
        def today(cls) -> _Clock:
            return cls(CLOCK.year, CLOCK.month, CLOCK.day)

    monkeypatch.setattr(followup.dates, "date", _Clock)
    return CLOCK


@pytest.fixture(scope="session")
def ruleset(session_home: Path) -> Ruleset:
    """The built-in rules, loaded once for the session."""
    from followup.lint.engine import Ruleset

    return Ruleset.load()
