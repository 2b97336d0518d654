"""sentences/tidy.py: a model's answer made one formal sentence."""

from __future__ import annotations

import pytest

from followup.sentences.tidy import clean_sentence


@pytest.mark.parametrize(
    ("raw", "formal"),
    [
        (
            "I'd love to help with the safety drills.",
            "I would love to help with the safety drills.",
        ),
        ("I’m excited about your move to EKS.", "I am excited about your move to EKS."),
        (
            "They're moving to dbt and don't use Excel.",
            "They are moving to dbt and do not use Excel.",
        ),
        ("I'd had no idea about the 20 taps.", "I'd had no idea about the 20 taps."),
    ],
)
def test_a_model_sentence_has_its_contractions_spelled_out(raw: str, formal: str) -> None:
    assert clean_sentence(raw) == formal


@pytest.mark.parametrize(
    ("raw", "first"),
    [
        ("I met Dr. Okafor's team. Then more.", "I met Dr. Okafor's team."),
        (
            "I loved learning about the meeting with Dr.",
            "I loved learning about the meeting with Dr.",
        ),
        ('"Sentence: I enjoyed it. Another one."', "I enjoyed it."),
        (
            "I enjoyed learning about e.g. dbt today. More.",
            "I enjoyed learning about e.g. dbt today.",
        ),
        (".", "."),
    ],
)
def test_clean_sentence_does_not_stop_at_a_title(raw: str, first: str) -> None:
    assert clean_sentence(raw) == first


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        ("I loved to learn that your birds arrive at 28 days old.", "I loved learning that"),
        ("I enjoyed to hear about your new press.", "I enjoyed hearing about"),
        ("I would love to learn more about the kilns.", "I would love to learn more"),
    ],
)
def test_a_past_delight_takes_the_gerund(raw: str, said: str) -> None:
    assert clean_sentence(raw).startswith(said)
