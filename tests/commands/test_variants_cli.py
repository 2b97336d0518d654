"""`followup variants --from-email`: rephrase a hand-written email, keeping its facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.cli import main
from followup.lint.engine import Ruleset
from followup.variants import jaccard

EMAIL = """Dear Priya Shah,

Thanks so much for taking the time to talk with me today. I really enjoyed hearing how your team
is moving its reporting to dbt, and I am excited about the analyst role at Acme Analytics.
Please let me know the next steps.

Best regards,
Sam Patel
"""


@pytest.mark.slow
def test_rephrases_keeping_names_and_passing_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_SENDER"):
        monkeypatch.delenv(var, raising=False)
    mine = tmp_path / "mine.txt"
    mine.write_text(EMAIL, encoding="utf-8")
    code = main(
        ["variants", "--from-email", str(mine), "-n", "2", "--samples", "2", "--format", "json"]
    )
    out = capsys.readouterr().out
    assert code == 0
    variants = json.loads(out)["variants"]
    assert len(variants) == 2
    ruleset = Ruleset.load()
    for v in variants:
        assert v["accepted"]
        assert "Priya Shah" in v["text"] and v["text"].rstrip().endswith("Sam Patel")
        findings, _ = ruleset.check(v["text"], "thank-you", facts_text=EMAIL)
        assert not [f for f in findings if f.level == "error"]
        assert v["text"] != EMAIL
    # distinct where they were written for the email's facts, not only in the frame
    made = ("model", "extractive")
    a, b = ([s["text"] for s in v["sentences"] if s["origin"] in made] for v in variants)
    assert a and b and set(a).isdisjoint(b)
    assert jaccard(" ".join(a), " ".join(b)) < 0.5
