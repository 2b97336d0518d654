"""Rule patterns cannot hang a lint: a pattern that can take exponential time is refused when
its rule file is read (`lint/backtracking.py`, tested as such in `test_backtracking.py`), and a
rule from a `--rules` folder that is slow all the same is stopped by a time limit
(`lint/budget.py`); both are exit 2 with one line naming the rule file and the rule
(docs/reliability.md, "Inputs that once took minutes")."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from helpers import followup_script

from followup.errors import FollowupError
from followup.lint import budget
from followup.lint.engine import Ruleset, RuleTimeout


def _rules_dir(tmp_path: Path, pattern: str) -> Path:
    folder = tmp_path / "my-rules"
    folder.mkdir()
    rule = {
        "id": "mine.slow",
        "type": "existence",
        "level": "warning",
        "message": "Found '%s'.",
        "description": "A pattern of the user's.",
        "patterns": [pattern],
    }
    (folder / "mine.yaml").write_text(yaml.safe_dump({"rules": [rule]}), encoding="utf-8")
    return folder


def _note(tmp_path: Path, middle: str) -> Path:
    note = tmp_path / "note.txt"
    note.write_text(f"Dear Priya,\n\nThank you. {middle}\n\nBest regards,\nSam\n", "utf-8")
    return note


@pytest.mark.parametrize("command", ["lint", "rules"])
def test_a_rule_that_can_take_exponential_time_is_refused_with_its_file_and_id(
    tmp_path: Path, command: str
) -> None:
    """Before: `followup lint --rules DIR` with `(a+)+$` ran for hours on 40 a's and a '!'."""
    folder = _rules_dir(tmp_path, "(a+)+$")
    args = [str(followup_script()), command, "--rules", str(folder)]
    if command == "lint":
        args.append(str(_note(tmp_path, "a" * 40 + "!")))
    done = subprocess.run(
        args, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(
        f"followup: error: {folder}/mine.yaml:2: rule mine.slow: pattern '(a+)+$' can take "
        "exponential time: "
    )
    assert "Traceback" not in done.stderr


def test_a_user_rule_past_its_time_limit_is_stopped_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`a*a*a*a*x` passes the check at load (it is polynomial, not exponential) but takes
    hours on a few thousand a's: the time limit stops it."""
    monkeypatch.setattr(budget, "RULE_SECONDS", 0.3)
    ruleset = Ruleset.load([_rules_dir(tmp_path, "a*a*a*a*x")])
    with pytest.raises(RuleTimeout) as caught:
        ruleset.check("Thank you. " + "a" * 3000 + ".", "thank-you")
    assert isinstance(caught.value, FollowupError)
    assert caught.value.message.startswith(
        f"{tmp_path}/my-rules/mine.yaml: rule mine.slow: stopped after 0.3 s on one text; "
    )
    assert "--disable mine.slow" in caught.value.message


def test_user_rules_within_their_time_limit_work_as_before(tmp_path: Path) -> None:
    ruleset = Ruleset.load([_rules_dir(tmp_path, r"\bsynergy\b")])
    findings, _ = ruleset.check("Thank you. I loved the synergy of the team.", "thank-you")
    assert [f.match for f in findings if f.rule == "mine.slow"] == ["synergy"]
    assert ruleset.rules["mine.slow"].origin == str(tmp_path / "my-rules" / "mine.yaml")
    assert all(r.origin is None for i, r in ruleset.rules.items() if i != "mine.slow")


def test_the_time_limit_leaves_no_alarm_behind(tmp_path: Path) -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    ruleset = Ruleset.load([_rules_dir(tmp_path, r"\bsynergy\b")])
    ruleset.check("Thank you for the synergy.", "thank-you")
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
