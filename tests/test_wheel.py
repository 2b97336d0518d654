"""The wheel ships the rules and the prompts: build it, install it in a fresh venv, lint a file
and draft from notes elsewhere.

No network: the fresh venv sees this venv's dependencies through a .pth file, and followup is
installed into it from the wheel with --no-deps. A .pth line only appends a folder to sys.path
(the .pth files inside that folder are not processed), so the editable install of the outer venv
does not leak in; the test checks that `followup` really is imported from the fresh venv.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from fault_server import GOOD_EMAIL
from gated_server import gated_server
from helpers import REPO_ROOT

pytestmark = pytest.mark.slow

NOTE = """\
Dear Ms. Lee,

Thank you for taking the time to speak with me today. I enjoyed learning how your team plans \
the quarterly budget, and I am excited about the chance to join it. Please let me know what \
the next steps are.

Best regards,
Sam Patel
"""


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INDEX"] = "1"

    dist = tmp / "dist"
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(REPO_ROOT),
        ],
        cwd=tmp,
        env=env,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = dist.glob("followup-*.whl")

    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp, env=env)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    site = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        cwd=tmp,
        env=env,
    ).stdout.strip()
    outer_site = sysconfig.get_paths()["purelib"]
    (Path(site) / "outer-venv-deps.pth").write_text(outer_site + "\n")

    installed = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        cwd=tmp,
        env=env,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return wheel, venv, env


def test_wheel_contains_the_rules(wheel_venv: tuple[Path, Path, dict[str, str]]) -> None:
    wheel, _, _ = wheel_venv
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("followup/_data/rules/")}
    expected = {p.name for p in (REPO_ROOT / "rules").glob("*.yaml")} | {"accept.txt"}
    assert expected <= shipped
    assert "followup/_data/rules/meta/kinds.yaml" in names
    assert "followup/cli.py" in names


def test_wheel_contains_the_prompts(wheel_venv: tuple[Path, Path, dict[str, str]]) -> None:
    wheel, _, _ = wheel_venv
    names = set(zipfile.ZipFile(wheel).namelist())
    source = REPO_ROOT / "prompts"
    expected = {
        f"followup/_data/prompts/{p.relative_to(source).as_posix()}"
        for p in source.rglob("*")
        if p.is_file()
    }
    assert "followup/_data/prompts/thank-you.j2" in expected
    assert "followup/_data/prompts/email/thank-you.j2" in expected
    assert sorted(expected - names) == []


def test_followup_is_imported_from_the_wheel(
    wheel_venv: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    _, venv, env = wheel_venv
    done = _run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import followup, followup.resources as r; print(followup.__file__); "
            "print(r.rules_dir()); print(r.prompts_dir())",
        ],
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    module_file, rules, prompts = done.stdout.split()
    assert Path(module_file).resolve().is_relative_to(venv.resolve())
    assert Path(rules).resolve().is_relative_to(venv.resolve())
    assert Path(rules).parts[-2:] == ("_data", "rules")
    assert Path(prompts).resolve().is_relative_to(venv.resolve())
    assert Path(prompts).parts[-2:] == ("_data", "prompts")


def test_installed_script_lints_a_file(
    wheel_venv: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    _, venv, env = wheel_venv
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(NOTE.replace("excited", "here"), encoding="utf-8")
    script = str(venv / "bin" / "followup")

    good = _run([script, "lint", "note.txt"], cwd=tmp_path, env=env)
    assert good.returncode in (0, 1), good.stderr
    assert good.returncode == 0, good.stdout
    assert "note.txt: 0 errors" in good.stdout
    assert "kind thank-you" in good.stdout

    bad = _run([script, "lint", "--format", "line", "bad.txt"], cwd=tmp_path, env=env)
    assert bad.returncode == 1, bad.stderr
    assert "bad.txt:1:1: error elements.enthusiasm:" in bad.stdout


def test_installed_script_lists_rules(
    wheel_venv: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    _, venv, env = wheel_venv
    done = _run([str(venv / "bin" / "followup"), "rules"], cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    for rule_id in ("elements.gratitude", "formal.emoji", "length.words-max", "spelling.typo"):
        assert rule_id in done.stdout
    explained = _run(
        [str(venv / "bin" / "followup"), "rules", "--explain", "elements.learned"],
        cwd=tmp_path,
        env=env,
    )
    assert explained.returncode == 0, explained.stderr
    assert "learned" in explained.stdout


# -- drafting from the installed wheel: its prompts, rules and templates ---------------------------

NOTES = (REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md").read_text(encoding="utf-8")


def _draft_env(env: dict[str, str], home: Path) -> dict[str, str]:
    """No model settings from outside; this test's own FOLLOWUP_HOME."""
    kept = {
        k: v
        for k, v in env.items()
        if not k.startswith("OPENAI_") and k not in {"FOLLOWUP_MODEL", "FOLLOWUP_SENDER"}
    }
    return {**kept, "FOLLOWUP_HOME": str(home / "followup-home")}


@pytest.mark.parametrize("strategy", ["whole", "slots"])
def test_installed_script_renders_the_prompts(
    wheel_venv: tuple[Path, Path, dict[str, str]], tmp_path: Path, strategy: str
) -> None:
    _, venv, env = wheel_venv
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    done = _run(
        [str(venv / "bin" / "followup"), "draft", "notes.md", "--dry-run", "--strategy", strategy],
        cwd=tmp_path,
        env=_draft_env(env, tmp_path),
    )
    assert done.returncode == 0, done.stderr
    first = "=== thank-you.j2" if strategy == "whole" else "=== slot-learned.j2"
    assert done.stdout.startswith(first + "\n--- system\n"), done.stdout[:200]
    assert "=== email/thank-you.j2\n" in done.stdout
    assert "Dear Priya Shah," in done.stdout and "Sam Patel" in done.stdout


def test_installed_script_drafts_against_a_model_server(
    wheel_venv: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    _, venv, env = wheel_venv
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    with gated_server() as server:
        done = _run(
            [
                str(venv / "bin" / "followup"),
                "draft",
                "notes.md",
                "--backend",
                "openai",
                "--base-url",
                server.url,
                "--model",
                "m",
                "--format",
                "json",
            ],
            cwd=tmp_path,
            env=_draft_env(env, tmp_path),
        )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["accepted"], result["fallback"], result["strategy"]) == (True, False, "whole")
    assert result["text"].strip() == GOOD_EMAIL.strip()
    (prompt,) = server.prompts()
    assert "Interviewer: Priya Shah" in prompt and "dbt and Snowflake" in prompt


def test_installed_script_drafts_with_the_embedded_model(
    wheel_venv: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    _, venv, env = wheel_venv
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    done = _run(
        [
            str(venv / "bin" / "followup"),
            "draft",
            "notes.md",
            "--backend",
            "embedded",
            "--samples",
            "1",
            "--max-attempts",
            "1",
            "--format",
            "json",
        ],
        cwd=tmp_path,
        env=_draft_env(env, tmp_path),
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["backend"], result["strategy"], result["accepted"]) == (
        "embedded",
        "slots",
        True,
    )
    assert result["usage"]["completion_tokens"] > 0  # the model was asked
    assert result["text"].startswith("Subject: ") or result["text"].startswith("Dear ")
    assert "Dear Priya Shah," in result["text"] and "Sam Patel" in result["text"]
