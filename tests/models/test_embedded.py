"""A missing or corrupt embedded model file is one clear line and exit 3, not a crash dump."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import REPO_ROOT

from followup.cli import main
from followup.errors import ExitStatus, ModelUnavailable
from followup.models.base import ModelRequest
from followup.models.embedded import EmbeddedModel, default_gguf

NOTES = REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md"


@pytest.fixture
def truncated_gguf(tmp_path: Path) -> Path:
    path = tmp_path / "truncated.gguf"
    with default_gguf().open("rb") as src, path.open("wb") as dst:
        dst.write(src.read(1_000_000))  # the header and a little of the tensors
    return path


def test_truncated_model_raises_model_unavailable(truncated_gguf: Path) -> None:
    with pytest.raises(ModelUnavailable, match="could not be loaded"):
        EmbeddedModel(truncated_gguf).complete(
            ModelRequest([{"role": "user", "content": "hi"}], max_tokens=4, temperature=0.0)
        )


@pytest.mark.parametrize("kind", ["truncated", "missing", "not-a-model"])
def test_cli_exit_3_with_one_line(
    kind: str,
    truncated_gguf: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    path = {"truncated": truncated_gguf, "missing": tmp_path / "nope.gguf"}.get(kind)
    if path is None:
        path = tmp_path / "text.gguf"
        shutil.copy(NOTES, path)
    monkeypatch.setenv("FOLLOWUP_EMBEDDED_MODEL", str(path))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    out_file = tmp_path / "draft.txt"
    code = main(["draft", str(NOTES), "-o", str(out_file)])
    _, err = capfd.readouterr()  # fd-level: llama.cpp would write to fd 2 directly
    assert code == ExitStatus.MODEL_UNAVAILABLE
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("followup: error:"), err
    assert "Traceback" not in err
    assert not out_file.exists()


def test_notes_too_long_for_the_embedded_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_EMBEDDED_MODEL"):
        monkeypatch.delenv(var, raising=False)
    notes = tmp_path / "long.md"
    notes.write_text(
        NOTES.read_text(encoding="utf-8") + "- they talked about the budget a lot\n" * 2000,
        encoding="utf-8",
    )
    code = main(["draft", str(notes), "--strategy", "whole", "--no-log"])
    _, err = capfd.readouterr()
    assert code == ExitStatus.USAGE
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "too long for the embedded model" in lines[0], err
