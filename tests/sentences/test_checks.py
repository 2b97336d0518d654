"""sentences/checks.py: all the checks together, on the sentences a reader rejected and on
good ones; the few-shot sentences pass their own checks."""

from __future__ import annotations

import re

import pytest
from helpers import REPO_ROOT
from sentence_examples import FACT, GOOD, READER, shot_sentences

from followup.notes import parse_notes
from followup.prompts import Prompts
from followup.sentences import Reader, problems
from followup.sentences.words import stem, vocabulary


def test_the_shots_pass_their_own_checks_and_avoid_note_words() -> None:
    shots = Prompts().shots
    for group in ("learned", "contribution"):
        for item in shots[group]:
            fact, sentence = item["fact"], item["sentence"]
            reader = Reader(fact, "Ana Ruiz")
            assert problems(sentence, fact, reader) == [], sentence
    text = " ".join(shot_sentences()).lower()
    assert "research work" not in text
    notes_words = {
        w.lower()
        for p in (REPO_ROOT / "examples" / "notes").iterdir()
        for w in re.findall(r"[A-Za-z]+", p.read_text(encoding="utf-8"))
    }
    details = {
        w
        for w in re.findall(r"[a-z]+", text)
        if w not in vocabulary().function_words and stem(w) not in vocabulary().frame_stems
    }
    assert len(details & notes_words) <= 4, details & notes_words  # "every", "room", ...


BAD = [
    "I appreciate your love for me and your patience, and I'm glad to hear that you enjoyed "
    "sending a thank-you note the same day.",
    "I was impressed to learn about the two weeks ago when I interviewed with Mr.",
    "This sentence is designed to make you learn and impress.",
    "I appreciated being able to learn about the position's position as a data analyst.",
    "I loved learning about the team's meeting with Dr.",
    "I would be delighted to bring my reporting background to your research work.",
    "I was impressed to learn that the team is opening a second site in their new headquarters.",
    "I was impressed to see how they do reporting from spreadsheets.",
]


@pytest.mark.parametrize("sentence", BAD)
def test_every_sentence_the_reader_rejected_fails(sentence: str) -> None:
    assert problems(sentence, FACT, READER, shot_sentences())


def test_a_good_sentence_passes_every_check() -> None:
    assert problems(GOOD, FACT, READER, shot_sentences()) == []


def test_a_contribution_may_recast_its_fact() -> None:
    from followup.lint.engine import Ruleset
    from followup.sentences import judge

    fact = "my falconry experience fits what your team needs at the aviary"
    notes = parse_notes(f"Interviewer: Ann Lee\nCandidate: Sam Roe\n- {fact}\n")
    offer = "I would love to bring my falconry experience to your aviary."
    verdict = judge(
        offer, fact, notes, "thank-you", Ruleset.load(), element_rule="elements.enthusiasm"
    )
    assert "check.middle_kept" not in verdict.reasons
