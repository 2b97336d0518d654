"""The suite never touches the real home: every user folder points into a temporary one, from
before the first test module is imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import REPO_ROOT, TESTS_DIR
from platformdirs import user_cache_dir, user_config_dir, user_data_dir

from followup import config
from followup.lint import usercache
from followup.storage import applications, history

USER_ENV = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def test_every_user_folder_is_in_the_sessions_home(session_home: Path, isolated_home: Path) -> None:
    """Where followup would read or write, in this test: all under the temporary homes."""
    folders = {
        "home": Path.home(),
        "expanduser": Path(os.path.expanduser("~")),
        "cache": usercache.cache_dir(),
        "platformdirs cache": Path(user_cache_dir("followup")),
        "config file": config.config_path(),
        "data home": config.data_home(),
        "history": history.db_path(),
        "apps": applications.db_path(),
    }
    for what, folder in folders.items():
        assert folder.resolve().is_relative_to(session_home) or folder.resolve().is_relative_to(
            isolated_home.resolve()
        ), (what, folder)
    # config and data are this test's own; the cache is shared by the session
    for folder in (user_config_dir("followup"), user_data_dir("followup"), config.home()):
        assert Path(folder).resolve().is_relative_to(isolated_home.resolve()), folder
    assert usercache.cache_dir().resolve().is_relative_to(session_home)


def test_collecting_the_suite_writes_nothing_in_home(tmp_path: Path) -> None:
    """A collection of the whole suite, as a user would start it (HOME set, no XDG_* or
    FOLLOWUP_HOME), leaves that HOME empty: collection imports every test module, and some load
    the rules (so the rules cache) at import."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in USER_ENV and k != "FOLLOWUP_HOME"}
    env["HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "test_prefilter.py" in done.stdout  # the module that loads the rules at import
    assert str(TESTS_DIR.name) in done.stdout
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == []
