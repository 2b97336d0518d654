"""What is not prose is not spell-checked: e-mail addresses, handles, links, domains, file names,
phone numbers, code-like tokens, and words of the notes (issue 14)."""

from __future__ import annotations

import pytest
from helpers import check, of_rule

from followup.lint.checks.spelling import not_prose
from followup.lint.engine import Ruleset


def typos(ruleset: Ruleset, text: str, facts: str | None = None) -> list[str]:
    return [f.match for f in of_rule(check(ruleset, text, facts_text=facts), "spelling.typo")]


@pytest.mark.parametrize(
    "token",
    [
        "p.tanner@fernwaylogistics.ca",
        "<quillbase.hiring@zorvex.io>",
        "@ninapetrova",
        "https://zorvex.io/careers/qlx",
        "www.zorvex.io",
        "zorvex.io",
        "portfolio_zorvex_v2.pdf",
        "zorvex.yaml",
        "retry_qlx",
        "zorvex::qlx",
        "qlx=1",
        "`zorvexctl`",
        "+44-7700-qlx",
    ],
)
def test_tokens_are_not_spell_checked(ruleset: Ruleset, token: str) -> None:
    text = f"Thank you for the interview; the note mentions {token} for reference."
    assert typos(ruleset, text) == []


def test_a_typo_beside_them_is_still_found(ruleset: Ruleset) -> None:
    text = "I recieved the file zorvex.yaml from p.tanner@zorvex.io and it was recieved."
    assert typos(ruleset, text) == ["recieved", "recieved"]


def test_words_of_the_notes_are_accepted(ruleset: Ruleset) -> None:
    text = "I enjoyed hearing about quillbase and the new ledger."
    assert typos(ruleset, text) == ["quillbase"]
    assert typos(ruleset, text, facts="They are moving everything to quillbase.") == []


def test_an_endless_token_is_read_a_bounded_width() -> None:
    text = "a" * 1_000_000
    assert not_prose(text, 500_000, 500_010)
