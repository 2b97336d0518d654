"""Small helpers shared by the test modules (tests/ is on sys.path under pytest)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from followup.lint.checks.spelling import SUGGESTIONS
from followup.lint.compiled import CompiledRule
from followup.lint.engine import Ruleset
from followup.lint.findings import Finding
from followup.lint.loader import load_rule_file
from followup.storage.applications import Application
from followup.timing import Sent

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
DATA_DIR = TESTS_DIR / "data"
RULES_DIR = REPO_ROOT / "rules"


def check(
    ruleset: Ruleset,
    text: str,
    kind: str = "thank-you",
    *,
    facts_text: str | None = None,
    contact_facts: str | None = None,
    accept: tuple[str, ...] = (),
    min_level: str = "suggestion",
    suggestions: int = SUGGESTIONS,
) -> list[Finding]:
    """The findings as `followup lint` gives them (with its suggested corrections)."""
    findings, _ = ruleset.check(
        text,
        kind,
        facts_text=facts_text,
        contact_facts=contact_facts,
        accept=accept,
        min_level=min_level,
        suggestions=suggestions,
    )
    return findings


def compiled_rule(folder: Path, rule_yaml: str) -> CompiledRule:
    """The one rule of a rule file holding `rule_yaml` (a rule's YAML mapping, without the
    `rules:` list around it), read by the real loader and compiled as lint runs it."""
    body = "".join(f"    {line}\n" if line else "\n" for line in rule_yaml.splitlines())
    path = folder / "rule.yaml"
    path.write_text("rules:\n  - " + body.lstrip(), encoding="utf-8")
    (spec,) = load_rule_file(path)
    return spec.compiled()


def of_rule(findings: list[Finding], rule_id: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule_id]


def rule_ids(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.level == "error"]


def followup_script() -> Path:
    """The installed console script beside this interpreter, or else on PATH."""
    beside = Path(sys.executable).parent / "followup"
    if beside.is_file():
        return beside
    found = shutil.which("followup")
    if found is None:
        raise RuntimeError("the `followup` console script is not installed")
    return Path(found)


# the settings that choose a model or sign a draft, which a test's console script must not inherit
MODEL_SETTINGS = ("FOLLOWUP_MODEL", "FOLLOWUP_SENDER", "FOLLOWUP_EMBEDDED_MODEL")


def script_env() -> dict[str, str]:
    """This test's environment (its own FOLLOWUP_HOME) without any model or sender setting."""
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("OPENAI_") and k not in MODEL_SETTINGS
    }


def run_followup(
    argv: list[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: bytes | str = b"",
    stdout: str = "pipe",
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """The installed `followup ARGV` (arguments with lone surrogates passed as the bytes they
    stand for). `stdin`: bytes to read, or "closed"; `stdout`: "pipe", "full" (/dev/full) or
    "closed". A closed stream is a descriptor that is not open in the program at all."""
    closed = [fd for fd, mode in ((0, stdin), (1, stdout)) if mode == "closed"]

    def close() -> None:
        for fd in closed:
            os.close(fd)

    full = open("/dev/full", "wb") if stdout == "full" else None  # noqa: SIM115 - closed below
    try:
        done = subprocess.run(
            [os.fsencode(a) for a in (str(followup_script()), *argv)],
            cwd=cwd,
            env=env,
            input=stdin if isinstance(stdin, bytes) else None,
            stdout=full or (subprocess.PIPE if stdout == "pipe" else None),
            stderr=subprocess.PIPE,
            preexec_fn=close if closed else None,
            timeout=timeout,
        )
    finally:
        if full is not None:
            full.close()
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace") if done.stdout else "",
        done.stderr.decode("utf-8", "replace"),
    )


def doc_table(heading: str) -> dict[str, str]:
    """id -> the text shown (as code, last column) in the table under `heading` in
    docs/reliability.md, in its order."""
    lines = (REPO_ROOT / "docs" / "reliability.md").read_text(encoding="utf-8").splitlines()
    at = lines.index(heading)
    start = next(i for i in range(at, len(lines)) if lines[i].startswith("| id |"))
    rows: dict[str, str] = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        assert len(cells) == 3, line
        row_id = cells[0].strip("`")
        assert row_id not in rows, f"{row_id} twice in the docs"
        # as code: `text`, or `` text `` when the text holds a backtick
        shown = re.fullmatch(r"`` (.+) ``|`([^`]+)`", cells[2])
        assert shown, f"{row_id}: the docs must show the text, as code: {cells[2]!r}"
        rows[row_id] = shown.group(1) or shown.group(2)
    return rows


def doc_pattern(shown: str) -> re.Pattern[str]:
    """The docs' text as a pattern: `…` is any text, everything else is exact."""
    return re.compile(".+?".join(re.escape(part) for part in shown.split("…")))


def draft_result(text: str = "Dear Priya,\nThanks.\nSam\n") -> Any:
    """A `DraftResult` of one passing attempt, as the history saves it (5 + 7 tokens)."""
    from followup.drafting import Attempt, DraftResult
    from followup.models.base import Usage

    r = DraftResult(
        text=text,
        kind="thank-you",
        backend="embedded",
        model="m",
        strategy="slots",
        usage=Usage(5, 7),
    )
    r.attempts.append(Attempt(1, text, [], Usage(5, 7), 0.5))
    return r


def application(
    app_id: int,
    interviewed: date,
    *sent: Sent,
    company: str = "Acme",
    notes: str | None = None,
    heard: bool = False,
) -> Application:
    """A tracked application as the store returns it (role analyst, interviewer Pat Lee)."""
    return Application(
        id=app_id,
        company=company,
        role="analyst",
        interviewer="Pat Lee",
        interviewed=interviewed,
        promised=None,
        heard_back=heard,
        created="2026-11-01T00:00:00+00:00",
        notes=notes,
        messages=list(sent),
    )
