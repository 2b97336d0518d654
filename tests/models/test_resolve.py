"""Which model a draft uses, through the installed console script: each setting is resolved
flag > environment > config file (README, "Models"), and `--backend auto` picks the openai
backend when a base URL is configured anywhere, even with no API key.

The requests land on stub servers that record them (tests/gated_server.py), so a test sees which
server was asked, for which model. The embedded backend is recognised without loading a model:
FOLLOWUP_EMBEDDED_MODEL points at a file that does not exist, and the run says so (exit 3).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
from fault_server import GOOD_EMAIL
from gated_server import GatedServer, gated_server
from helpers import REPO_ROOT, followup_script, script_env

NOTES = str(REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md")
NO_MODEL_FILE = "/nonexistent/followup-test-model.gguf"
EMBEDDED_CHOSEN = f"followup: error: embedded model file not found: {NO_MODEL_FILE}\n"


def followup(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The console script with this test's FOLLOWUP_HOME, no model settings but `env`."""
    full = {**script_env(), "FOLLOWUP_EMBEDDED_MODEL": NO_MODEL_FILE, **(env or {})}
    return subprocess.run(
        [str(followup_script()), *args],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env=full,
    )


def config_set(key: str, value: str) -> None:
    done = followup("config", "set", key, value)
    assert done.returncode == 0, done.stderr


def draft(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return followup("draft", NOTES, "--strategy", "whole", "--max-retries", "0", *args, env=env)


@contextmanager
def servers(*names: str) -> Iterator[dict[str, GatedServer]]:
    with ExitStack() as stack:
        yield {name: stack.enter_context(gated_server()) for name in names}


def asked(running: dict[str, GatedServer]) -> dict[str, int]:
    return {name: server.hits for name, server in running.items()}


# -- model -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "env", "config", "expected"),
    [
        ("from-flag", "from-env", "from-config", "from-flag"),
        (None, "from-env", "from-config", "from-env"),
        (None, None, "from-config", "from-config"),
        ("from-flag", None, "from-config", "from-flag"),
        (None, None, None, "gpt-4o-mini"),  # the openai backend's default
    ],
    ids=["flag-env-config", "env-config", "config", "flag-config", "none"],
)
def test_model_flag_then_environment_then_config(
    flag: str | None, env: str | None, config: str | None, expected: str
) -> None:
    if config:
        config_set("model", config)
    with gated_server() as server:
        done = draft(
            "--backend",
            "openai",
            "--base-url",
            server.url,
            *(["--model", flag] if flag else []),
            env={"FOLLOWUP_MODEL": env} if env else None,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout == GOOD_EMAIL
    assert [r["model"] for r in server.requests] == [expected]


# -- base URL ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (("flag", "env", "config"), "flag"),
        (("env", "config"), "env"),
        (("config",), "config"),
        (("flag", "config"), "flag"),
    ],
    ids=["flag-env-config", "env-config", "config", "flag-config"],
)
def test_base_url_flag_then_environment_then_config(given: tuple[str, ...], expected: str) -> None:
    with servers("flag", "env", "config") as running:
        if "config" in given:
            config_set("base_url", running["config"].url)
        done = draft(
            "--backend",
            "openai",
            "--model",
            "m",
            *(["--base-url", running["flag"].url] if "flag" in given else []),
            env={"OPENAI_BASE_URL": running["env"].url} if "env" in given else None,
        )
        hits = asked(running)
    assert done.returncode == 0, done.stderr
    assert hits == {name: int(name == expected) for name in running}


# -- backend -----------------------------------------------------------------------------------


def test_backend_flag_beats_the_config() -> None:
    config_set("backend", "embedded")
    with gated_server() as server:
        done = draft("--backend", "openai", "--base-url", server.url, "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["backend"] == "openai"
    assert server.hits == 1

    config_set("backend", "openai")
    config_set("base_url", server.url)
    embedded = draft("--backend", "embedded")
    assert (embedded.returncode, embedded.stderr) == (3, EMBEDDED_CHOSEN)


def test_backend_from_the_config_beats_auto_detection() -> None:
    """The backend has no environment variable: a stored `backend embedded` stays embedded even
    with a base URL in the environment (which `auto` alone would take as openai)."""
    config_set("backend", "embedded")
    with gated_server() as server:
        done = draft(env={"OPENAI_BASE_URL": server.url})
    assert (done.returncode, done.stderr) == (3, EMBEDDED_CHOSEN)
    assert server.hits == 0

    config_set("backend", "openai")
    with gated_server() as server:
        done = draft("--format", "json", env={"OPENAI_BASE_URL": server.url})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["backend"] == "openai"
    assert server.hits == 1


def test_an_explicit_backend_auto_beats_the_config() -> None:
    config_set("backend", "embedded")
    with gated_server() as server:
        done = draft("--backend", "auto", "--base-url", server.url)
    assert done.returncode == 0, done.stderr
    assert server.hits == 1


# -- --backend auto with only a base URL -------------------------------------------------------


@pytest.mark.parametrize("where", ["flag", "env", "config"])
def test_auto_with_only_a_base_url_uses_it_without_a_key(where: str) -> None:
    with gated_server() as server:
        if where == "config":
            config_set("base_url", server.url)
        done = draft(
            "--backend",
            "auto",
            "--format",
            "json",
            *(["--base-url", server.url] if where == "flag" else []),
            env={"OPENAI_BASE_URL": server.url} if where == "env" else None,
        )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["backend"], result["model"], result["accepted"]) == (
        "openai",
        "gpt-4o-mini",
        True,
    )
    assert result["text"].strip() == GOOD_EMAIL.strip()
    assert server.hits == 1


def test_auto_with_no_base_url_and_no_key_is_embedded() -> None:
    done = draft("--backend", "auto")
    assert (done.returncode, done.stderr) == (3, EMBEDDED_CHOSEN)
