"""Variants are told apart by what the model wrote, not by the template's own phrasings."""

from __future__ import annotations

from followup.commands.draft import jaccard, variant_overlap
from followup.drafting import DraftResult
from followup.sentences import Sentence

TEMPLATES = [
    "Thank you for taking the time to speak with me about the role. {s} Please let me know "
    "the next steps.",
    "Many thanks for meeting with me to talk about the role. {s} I look forward to hearing "
    "about the next steps.",
]


def _result(template: str, sentence: str, origin: str = "model") -> DraftResult:
    result = DraftResult(
        text=template.format(s=sentence), kind="thank-you", backend="b", model="m", strategy="slots"
    )
    result.sentences = [Sentence("learned", sentence, origin)]  # type: ignore[arg-type]
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
