"""`followup history` (`commands/history.py`) through the real console script: an empty
history listed and exported, and a draft that is not there."""

from __future__ import annotations

import json
import subprocess

from helpers import run_followup, script_env


def followup(*args: str) -> subprocess.CompletedProcess[str]:
    return run_followup(list(args), env=script_env())


def test_history_through_the_script() -> None:
    empty = followup("history")
    assert empty.returncode == 0 and "No drafts yet" in empty.stdout
    exported = followup("history", "export", "--json")
    assert json.loads(exported.stdout) == {"version": 1, "drafts": []}
    missing = followup("history", "show", "1")
    assert missing.returncode == 2 and "no draft with id 1" in missing.stderr
