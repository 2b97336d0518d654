"""Variants are told apart by the sentences written for the notes, not by the template's own
phrasings."""

from __future__ import annotations

import json
import os
from pathlib import Path

from gated_server import Reply, gated_server
from helpers import run_followup

from followup.drafting import DraftResult
from followup.sentences import Sentence
from followup.variants import jaccard, variant_overlap

TEMPLATES = [
    "Thank you for taking the time to speak with me about the role. {s} Please let me know "
    "the next steps.",
    "Many thanks for meeting with me to talk about the role. {s} I look forward to hearing "
    "about the next steps.",
]


def _result(
    template: str, sentence: str, origin: str = "model", contribution: str = ""
) -> DraftResult:
    text = template.format(s=f"{sentence} {contribution}".strip())
    result = DraftResult(text=text, kind="thank-you", backend="b", model="m", strategy="slots")
    result.sentences = [Sentence("learned", sentence, origin)]  # type: ignore[arg-type]
    if contribution:
        result.sentences.append(Sentence("contribution", contribution, "model"))
    return result


def test_identical_model_sentences_in_different_templates_are_the_same_variant() -> None:
    same = "I enjoyed learning that your team moves its reporting to dbt next quarter."
    a, b = _result(TEMPLATES[0], same), _result(TEMPLATES[1], same)
    assert jaccard(a.text, b.text) < 0.5  # the whole texts look distinct...
    assert variant_overlap(a, b) == 1.0  # ...but the model wrote the same thing


def test_different_model_sentences_are_distinct() -> None:
    a = _result(TEMPLATES[0], "I enjoyed learning that your team moves its reporting to dbt.")
    b = _result(TEMPLATES[0], "It was good to hear how new hires shadow a nurse for six weeks.")
    assert variant_overlap(a, b) < 0.5


def test_without_model_sentences_the_whole_texts_are_compared() -> None:
    plain = "I enjoyed learning more about the role and the team."
    a = _result(TEMPLATES[0], plain, "template")
    b = _result(TEMPLATES[1], plain, "template")
    assert variant_overlap(a, b) == jaccard(a.text, b.text)


def test_one_shared_sentence_among_different_ones_is_the_same_variant() -> None:
    shared = "I would love to help your team clean up the weekly revenue reports."
    a = _result(
        TEMPLATES[0],
        "I enjoyed learning that your team moves its reporting from spreadsheets to dbt and "
        "Snowflake over the next two quarters of the year.",
        contribution=shared,
    )
    b = _result(
        TEMPLATES[1],
        "It was good to hear how new customers are onboarded in their first weeks.",
        contribution=shared,
    )
    assert (
        jaccard(" ".join(x.text for x in a.sentences), " ".join(x.text for x in b.sentences)) < 0.5
    )
    assert variant_overlap(a, b) == 1.0


def test_a_sentence_built_from_a_fact_counts_like_a_model_sentence() -> None:
    built = "I enjoyed learning that your team is moving its reporting to dbt."
    a = _result(TEMPLATES[0], built, "extractive")
    b = _result(TEMPLATES[1], built, "model")
    assert variant_overlap(a, b) == 1.0


# -- through the console script: a model that writes the same sentence for every variant ----

NOTES = """\
---
candidate: Sam Patel
interviewer: Priya Shah
company: Acme Analytics
role: data analyst
---
- they are moving their reporting from spreadsheets to dbt
- I could help them clean up the weekly revenue reports
"""
SAME = "I was delighted to learn that your team is moving its reporting from spreadsheets to dbt."


def test_variants_with_the_same_model_sentence_are_not_kept_twice(tmp_path: Path) -> None:
    """The frames of two variants differ by construction, so only the model's sentence can
    tell them apart: a model that writes the same one every time gives one variant, not two
    (comparing whole texts, as before, kept both)."""
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    with gated_server(Reply(text=SAME)) as server:
        done = run_followup(
            [
                "variants",
                str(notes),
                "-n",
                "2",
                "--backend",
                "openai",
                "--base-url",
                server.url,
                "--model",
                "stub",
                "--strategy",
                "slots",
                "--samples",
                "1",
                "--format",
                "json",
            ],
            env={**env, "OPENAI_API_KEY": "sk-test"},
        )
        asked = server.hits
    assert done.returncode == 0, done.stderr
    kept = json.loads(done.stdout)["variants"]
    assert len(kept) == 1
    assert [s["text"] for s in kept[0]["sentences"] if s["origin"] == "model"] == [SAME]
    assert "only 1 of 2 variants were distinct enough" in done.stderr
    assert asked == 2 * 6  # every try asked for both slots; five were the same variant
