"""The spell checker: real typos are found, names and British spellings are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import check, of_rule
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.lint.checks.spelling import ASCII_WORD_RE, distinct_words, token_starts
from followup.lint.document import WORD_RE
from followup.lint.engine import Ruleset

RULE = "spelling.typo"


def typos(
    ruleset: Ruleset, text: str, *, accept: tuple[str, ...] = (), facts_text: str | None = None
) -> list[str]:
    findings = check(ruleset, text, accept=accept, facts_text=facts_text)
    return [f.match for f in of_rule(findings, RULE)]


@pytest.mark.parametrize(
    ("text", "typo", "fix"),
    [
        ("I am very greatful for your time.", "greatful", "grateful"),
        ("I recieved your message.", "recieved", "received"),
        ("I enjoyed meeting teh team.", "teh", "the"),
        ("I definately want to hear more.", "definately", "definitely"),
        ("I look foward to hearing from you.", "foward", "forward"),
    ],
)
def test_typo_with_suggestion(ruleset: Ruleset, text: str, typo: str, fix: str) -> None:
    (finding,) = of_rule(check(ruleset, text), RULE)
    assert finding.match == typo
    assert finding.level == "warning"
    assert finding.suggestion == fix
    assert f"'{typo}'" in finding.message
    assert f"“{fix}”" in finding.message
    assert text[finding.column - 1 : finding.end_column] == typo


def test_typo_at_sentence_start_is_checked(ruleset: Ruleset) -> None:
    assert typos(ruleset, "Thank you. Recieved it with thanks.") == ["Recieved"]


@pytest.mark.parametrize(
    "text",
    [
        "I enjoyed learning about the organisation and its favourite programme.",
        "The colour of the centre's logo and the team's behaviour stood out.",
        "I recognised the analysed catalogue at once.",
        "I travelled to the theatre and was modelling the labour costs.",
        "Your defence of the licence fee was convincing.",
        "We discussed how to prioritise, organise and summarise the work.",
        "The organisations' programmes were impressive.",
    ],
)
def test_british_spellings_are_accepted(ruleset: Ruleset, text: str) -> None:
    assert typos(ruleset, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I enjoyed meeting Priyanka and Okonkwo today.",
        "Thank you, Ms. Okonkwo-Brennan.",
        "I met Dr. Nwachukwu and Prof. Szczepanski on Friday.",
        "We talked about Snowflake, Databricks and Kubernetes.",
        "The team at Zalando uses GraphQL and PyTorch.",
    ],
)
def test_names_mid_sentence_are_not_typos(ruleset: Ruleset, text: str) -> None:
    assert typos(ruleset, text) == []


def test_greeting_and_signature_lines_are_names(ruleset: Ruleset) -> None:
    text = "Dear Okonkwo,\n\nThank you for your time.\n\nBest regards,\nSzczepanski Nwachukwu\n"
    assert typos(ruleset, text) == []


def test_unknown_capitalised_word_starting_a_sentence_is_checked(ruleset: Ruleset) -> None:
    assert typos(ruleset, "Thank you. Zorb was a great place to visit.") == ["Zorb"]


def test_acronyms_and_camel_case_are_skipped(ruleset: Ruleset) -> None:
    assert typos(ruleset, "We use XQZT, the iPhone and the GraphQL API.") == []


def test_accept_words(ruleset: Ruleset) -> None:
    text = "I enjoyed hearing about the zorb migration."
    assert typos(ruleset, text) == ["zorb"]
    assert typos(ruleset, text, accept=("zorb",)) == []
    assert typos(ruleset, text, accept=("ZORB",)) == []


def test_accept_at_load_time(tmp_path: Path) -> None:
    ruleset = Ruleset.load(accept=["Zorb"])
    assert typos(ruleset, "I enjoyed hearing about the zorb migration.") == []


def test_accept_txt_in_a_rules_folder(tmp_path: Path) -> None:
    (tmp_path / "accept.txt").write_text("# my words\nzorb  vorp # trailing comment\n")
    ruleset = Ruleset.load([tmp_path])
    assert typos(ruleset, "The zorb team will vorp the data.") == []
    assert typos(ruleset, "The zorb team will blorf the data.") == ["blorf"]


def test_built_in_accept_txt(ruleset: Ruleset) -> None:
    assert (
        typos(ruleset, "We discussed onboarding, the roadmap and the fintech stakeholders.") == []
    )


def test_words_from_the_notes_are_accepted(ruleset: Ruleset) -> None:
    text = "I enjoyed hearing about the zorb migration."
    notes = "Interview notes: team is moving billing to zorb next year."
    assert typos(ruleset, text) == ["zorb"]
    assert typos(ruleset, text, facts_text=notes) == []


def test_a_notes_word_with_an_english_ending_is_accepted(ruleset: Ruleset) -> None:
    # "they upstream patches" in the notes, "your team upstreams patches" in the draft
    notes = "they upstream patches to Flink every quarter"
    assert typos(ruleset, "Your team upstreams patches.", facts_text=notes) == []
    assert typos(ruleset, "Your team upstreamed it.", facts_text=notes) == []
    # another unknown word, or an ending on a stem the notes never wrote, is still a typo
    assert typos(ruleset, "Your team upstreems patches.", facts_text=notes) == ["upstreems"]
    assert typos(ruleset, "Your team zorbs data.", facts_text=notes) == ["zorbs"]


def test_possessive_of_a_known_word(ruleset: Ruleset) -> None:
    assert typos(ruleset, "The company's plans and the team’s goals.") == []


def test_spelling_and_slang_are_not_reported_twice(ruleset: Ruleset) -> None:
    findings = check(ruleset, "Dear Sam,\nI am grateful, thx and lol.")
    assert sorted((f.rule, f.match) for f in findings if f.line == 2) == [
        ("formal.chatspeak", "lol"),
        ("formal.slang", "thx"),
    ]


def test_accented_names_and_words_are_whole_words(ruleset: Ruleset) -> None:
    text = "Dear Ms. Fernández,\n\nThank you, and please thank José Núñez too. Fernández café.\n"
    findings, _ = ruleset.check(text, "thank-you")
    assert [f.match for f in findings if f.rule == "spelling.typo"] == []
    notes = "Interviewer: Lucía Fernández. Company: Acme."
    grounded, _ = ruleset.check(
        "Dear Ms. Fernández, thank you for the tour of Acme.", "thank-you", facts_text=notes
    )
    assert [f.match for f in grounded if f.rule.startswith("grounding.")] == []


MISSPELLINGS = [
    "oppurtunity",
    "definately",
    "recieved",
    "teh",
    "intrested",
    "collegue",
    "enviroment",
    "adress",
    "grateful",
    "zzqxj",
    "ndez",
    "exited",
    "Recieved",
]


def test_suggestions_from_the_cached_frequencies_are_pyspellcheckers_own(
    ruleset: Ruleset,
) -> None:
    """The checker built from the user cache answers as pyspellchecker's default English
    checker does, for the lowercase words it is asked about."""
    from spellchecker import SpellChecker

    from followup.lint.checks import spelling
    from followup.lint.usercache import cache_dir

    spelling._checker.cache_clear()  # built again here, so it writes this test's user cache
    spelling.suggestion_for.cache_clear()
    check(ruleset, "Thank you for the oppurtunity.")
    assert list(cache_dir().glob("en-frequency-*.marshal"))
    spelling._checker.cache_clear()
    spelling.suggestion_for.cache_clear()
    cached = spelling._checker()
    assert cached.word_frequency.dictionary  # built from the cache, not empty
    reference = SpellChecker(distance=2)
    for word in MISSPELLINGS:
        assert cached.correction(word.lower()) == reference.correction(word.lower()), word
        assert cached.candidates(word.lower()) == reference.candidates(word.lower()), word
    assert cached.word_frequency.total_words == reference.word_frequency.total_words
    assert cached.word_frequency.unique_words == reference.word_frequency.unique_words


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab'’ -\nÉ1_x."), max_size=40))
def test_token_starts_are_where_the_word_pattern_finds_the_word(text: str) -> None:
    found = {(m.start(), m.group()) for m in WORD_RE.finditer(text)}
    looked_up = {(at, token) for token in {t for _, t in found} for at in token_starts(text, token)}
    assert looked_up == found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_the_ascii_word_pattern_agrees_on_ascii_text(text: str) -> None:
    assert ASCII_WORD_RE.findall(text) == WORD_RE.findall(text)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60)
    | st.text(alphabet=st.sampled_from("ab'’ -\nÉ1_x.,"), max_size=40)
)
def test_the_distinct_words_are_the_word_patterns(text: str) -> None:
    assert distinct_words(text) == set(WORD_RE.findall(text))


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("Sterilisation", True),
        ("colour", True),
        ("Centre", True),
        ("organization", True),
        ("Nordlog", False),
        ("Papadopoulou", False),
    ],
)
def test_english_word_knows_british_spellings_through_the_builtin_variants(
    word: str, known: bool
) -> None:
    from followup.lint.checks.spelling import english_word

    assert english_word(word) is known
