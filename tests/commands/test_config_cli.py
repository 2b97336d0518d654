"""`followup config` (`commands/config.py`) through the real console script: set, get, show,
and a value refused as a usage error."""

from __future__ import annotations

import subprocess

from helpers import run_followup, script_env


def followup(*args: str) -> subprocess.CompletedProcess[str]:
    return run_followup(list(args), env=script_env())


def test_config_set_get_show() -> None:
    assert followup("config", "get", "sender").returncode == 1  # not set yet
    done = followup("config", "set", "sender", "Sam Patel")
    assert done.returncode == 0, done.stderr
    got = followup("config", "get", "sender")
    assert got.returncode == 0 and got.stdout.strip() == "Sam Patel"
    shown = followup("config", "show")
    assert "sender = Sam Patel" in shown.stdout and "model = (not set)" in shown.stdout
    bad = followup("config", "set", "backend", "gpt")
    assert bad.returncode == 2 and bad.stderr.startswith("followup: error:")
