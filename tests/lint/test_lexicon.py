"""`lint/lexicon.py`: a word list for membership tests, as one string of hashed buckets, and
its cache form (`dump`, `parse`), refused when damaged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.lint.checks.spelling import lexicon as shipped_lexicon
from followup.lint.lexicon import Lexicon

WORDS = ["thank", "you", "team", "résumé", "o'clock", "Ana"]


def test_membership() -> None:
    lexicon = Lexicon.from_words([*WORDS, "team", "", "two\nlines"])
    for word in WORDS:
        assert word in lexicon
    for word in ["thanks", "Team", "tea", "", "two\nlines", "two", "lines", 3, None]:
        assert word not in lexicon
    assert len(lexicon) == len(WORDS)
    assert sorted(lexicon) == sorted(WORDS)


def test_an_empty_lexicon() -> None:
    lexicon = Lexicon.from_words([])
    assert len(lexicon) == 0 and list(lexicon) == [] and "a" not in lexicon


def test_a_dump_parses_back_to_the_same_words() -> None:
    lexicon = Lexicon.from_words(WORDS)
    again = Lexicon.parse(lexicon.dump())
    assert again is not None
    assert sorted(again) == sorted(WORDS) and "résumé" in again and "resume" not in again


TEXT_WORDS = st.text(alphabet=st.sampled_from("abcéz'’-İ\n"), max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT_WORDS, max_size=60), st.lists(TEXT_WORDS, max_size=20))
def test_membership_is_a_sets_before_and_after_the_cache(
    words: list[str], others: list[str]
) -> None:
    built = Lexicon.from_words(words)
    loaded = Lexicon.parse(built.dump())
    assert loaded is not None
    kept = {w for w in words if w and "\n" not in w}
    for lex in (built, loaded):
        for word in [*words, *others, "", "\n"]:
            assert (word in lex) == (word in kept), word
        assert sorted(lex) == sorted(kept)
        assert len(lex) == len(kept)
    assert 3 not in built


def test_a_damaged_file_is_refused() -> None:
    text = Lexicon.from_words(["thank", "you", "grateful"]).dump()
    first = text.index("\n")
    for bad in [
        "",
        "not a lexicon",
        text.replace("followup-lexicon 2", "followup-lexicon 1", 1),
        text[:-1],  # cut short
        text[: first + 5] + "zz" + text[first + 7 :],  # not hexadecimal
        text[: first + 1] + text[first + 9 :],  # an offset missing
    ]:
        assert Lexicon.parse(bad) is None


def test_the_shipped_dictionary() -> None:
    words = shipped_lexicon()
    assert len(words) > 100_000
    assert all(w in words for w in ["thank", "you", "definitely", "received"])
    assert "definately" not in words and "recieved" not in words
