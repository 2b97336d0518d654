"""The word list that loads in milliseconds answers as a set of its words would, before and
after its cache file's round trip, and a damaged file is refused."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.lint.checks.spelling import lexicon
from followup.lint.lexicon import Lexicon

WORDS = st.text(alphabet=st.sampled_from("abcéz'’-İ\n"), max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=60), st.lists(WORDS, max_size=20))
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
    words = lexicon()
    assert len(words) > 100_000
    assert all(w in words for w in ["thank", "you", "definitely", "received"])
    assert "definately" not in words and "recieved" not in words
