"""The "formal and professional" rules, beyond the examples in the rule files."""

from __future__ import annotations

import pytest
from helpers import check, of_rule
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.lint.checks.emoji_check import emoji_chars
from followup.lint.engine import Ruleset

KINDS = ("thank-you", "check-in", "nudge")


def matches(ruleset: Ruleset, text: str, rule_id: str, kind: str = "thank-you") -> list[str]:
    return [f.match for f in of_rule(check(ruleset, text, kind), rule_id)]


# --- shouting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I met the CEO and the CTO in NYC to talk about SQL.",
        "We use SQL, ETL and APIs on AWS.",
        "I worked at NASA and then at IBM.",
        "My MBA and my PhD both covered GDPR and HIPAA.",
        "The KPI and OKR process in HR was clear.",
        "We met at 10 AM EST.",
        "I am excited about the role.",
        "Thank you, Ms. Lee. I enjoyed it.",
        "I used a CSV file.",  # three capitals: too short to be shouting
    ],
)
def test_shouting_leaves_acronyms_alone(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.shouting") == []


@pytest.mark.parametrize(
    ("text", "shouted"),
    [
        ("I am VERY excited about the role.", "VERY"),
        ("THANK YOU for your time.", "THANK YOU"),
        ("It was a GREAT conversation.", "GREAT"),
        ("PLEASE let me know.", "PLEASE"),
        ("I REALLY want this job.", "REALLY"),
        ("The CEO was SO KIND to me.", "SO KIND"),
    ],
)
def test_shouting_flags_capitalised_words(ruleset: Ruleset, text: str, shouted: str) -> None:
    findings = of_rule(check(ruleset, text), "formal.shouting")
    assert [f.match for f in findings] == [shouted]
    assert findings[0].level == "warning"
    assert shouted in findings[0].message


def test_shouting_applies_to_every_kind(ruleset: Ruleset) -> None:
    for kind in KINDS:
        assert matches(ruleset, "Any NEWS on the role?", "formal.shouting", kind) == ["NEWS"]


# The two patterns as first written; the rule files write each as one pattern shaped for speed
# (a comment there says how), which must find exactly the same spans.
QUOTES = "\"“‘'"
READABLE = {
    "formal.shouting": r"(?:\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+\b)|(?:\b[A-Z]{4,}\b)",
    "formal.greeting": (
        rf"(?:(?:^[ \t]*|(?<=^[>{QUOTES}])|(?<=^>[ {QUOTES}])|(?<=^> [{QUOTES}]))"
        r"(?:hey+|yo|hiya|heya|sup|wassup|howdy|hi there|hey there)\b)"
    ),
}


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ABXY abhey\t_1é\nÉ.-'>\"“"), max_size=40)
    | st.lists(st.sampled_from(["Hey", "HEY", "yo", " ", "\n", "> ", '"', "SQL", "AB", "x"])).map(
        "".join
    )
)
def test_fast_patterns_find_what_the_readable_ones_find(ruleset: Ruleset, text: str) -> None:
    import re

    for rule_id, readable in READABLE.items():
        rule = ruleset.rules[rule_id]
        slow = re.compile(readable, rule.regex.flags)
        assert [m.span() for m in rule.regex.finditer(text)] == [
            m.span() for m in slow.finditer(text)
        ], rule_id


# --- emoticons and emoji ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We met at 10:30 (in the main office).",
        "The call is at 3:30pm tomorrow.",
        "See https://example.org/jobs for details.",
        "The link is http://example.com/a:b?c=d.",
        "The ratio was 3:2 in the end.",
        "Items: (a) budget; (b) hiring.",
        "Note: (1) the report; (2) the slides.",
        "Files live in C:\\Users\\sam.",
        "We discussed the 2:1 split (and the timing).",
    ],
)
def test_emoticon_leaves_times_urls_and_lists_alone(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.emoticon") == []


@pytest.mark.parametrize(
    ("text", "emoticon"),
    [
        ("Thanks again :)", ":)"),
        ("Thanks again :-)", ":-)"),
        ("It was fun ;)", ";)"),
        ("Great talk :D", ":D"),
        ("Bummer :(", ":("),
        ("See you =)", "=)"),
        ("Cheeky :P", ":P"),
        ("Loved it <3", "<3"),
        ("Ha xD", "xD"),
        ("Yay ^_^", "^_^"),
    ],
)
def test_emoticon_flags_text_faces(ruleset: Ruleset, text: str, emoticon: str) -> None:
    findings = of_rule(check(ruleset, text), "formal.emoticon")
    assert [f.match for f in findings] == [emoticon]
    assert findings[0].level == "error"


@pytest.mark.parametrize(
    ("text", "emoji"),
    [
        ("Thank you 😊", "😊"),
        ("Great chat 👍🏽", "👍🏽"),
        ("Greetings from London 🇬🇧", "🇬🇧"),
        ("Family first 👨‍👩‍👧", "👨‍👩‍👧"),
        ("Thanks ❤️", "❤️"),
    ],
)
def test_emoji_flags_whole_sequences(ruleset: Ruleset, text: str, emoji: str) -> None:
    findings = of_rule(check(ruleset, text), "formal.emoji")
    assert [f.match for f in findings] == [emoji]
    assert emoji in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "I enjoyed the café and the résumé review; how naïve of me.",
        "We discussed Acme Cloud™ and the Acme® brand.",
        "© 2024 Acme Ltd.",
        "The budget was €40,000 — roughly £35,000.",
        "The rooms were 21 °C; I loved the “quiet” desks.",
    ],
)
def test_emoji_leaves_accents_and_typography_alone(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.emoji") == []


def test_emoji_column_counts_characters(ruleset: Ruleset) -> None:
    (finding,) = of_rule(check(ruleset, "Dear Sam,\nThanks 😊 again"), "formal.emoji")
    assert (finding.line, finding.column) == (2, 8)


# --- chatspeak, slang, greetings ---------------------------------------------------------------


@pytest.mark.parametrize("word", ["lol", "LOL", "btw", "Btw", "omg", "tbh", "idk", "fyi", "imo"])
def test_chatspeak(ruleset: Ruleset, word: str) -> None:
    assert matches(ruleset, f"Thank you, {word}, for the time.", "formal.chatspeak") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "The lollipop stand and the bottle were there.",
        "We talked about imports and the npm registry.",
        "The Btwn bridge",
    ],
)
def test_chatspeak_needs_whole_words(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.chatspeak") == []


@pytest.mark.parametrize(
    ("text", "match", "suggestion"),
    [
        ("thx for your time", "thx", "thank you"),
        ("Thx for your time", "Thx", "Thank you"),
        ("I'm gonna send it tomorrow", "gonna", "going to"),
        ("I wanna join the team", "wanna", "want to"),
        ("Thank u so much", "u", "you"),
        ("I hope ur well", "ur", "your"),
        ("pls let me know", "pls", "please"),
        ("The team was awesome", "awesome", "excellent"),
        ("I am super excited", "super excited", "very excited"),
        ("ty for ur time", "ty", "thank you"),
    ],
)
def test_slang_suggests_the_formal_word(
    ruleset: Ruleset, text: str, match: str, suggestion: str
) -> None:
    findings = of_rule(check(ruleset, text), "formal.slang")
    assert findings, f"no slang found in {text!r}"
    first = findings[0]
    assert first.match == match
    assert first.suggestion == suggestion
    assert f"'{suggestion}'" in first.message
    assert first.level == "error"


@pytest.mark.parametrize(
    "text",
    [
        "I analyse survey data in R and Python.",
        "Thank you, Mr. Ty Burrell.",
        "I lived in the U.S. and the U.K. for a year.",
        "Your team is building a great product.",
        "Our offices in Utah and York.",
        "I am going to send the samples tomorrow.",
    ],
)
def test_slang_leaves_names_and_real_words_alone(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.slang") == []


@pytest.mark.parametrize(
    "text", ["Hey Priya,\nThanks.", "Heyyy Priya,", "Yo team!", "Hiya Sam,", "  Hey there,"]
)
def test_informal_greeting(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.greeting")


@pytest.mark.parametrize(
    "text",
    [
        "Dear Priya,\nThanks.",
        "Hello Priya,\nThanks.",
        "Hi Priya,\nThanks.",
        "Good morning Priya,\nThanks.",
        "Dear Sam,\nThey said hey to me in the lobby.",
        "Dear Sam,\nYours sincerely,\nYoung Kim",
        "Dear Sam,\nSupporting the team matters.",
    ],
)
def test_formal_greeting_is_fine(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.greeting") == []


# --- punctuation ------------------------------------------------------------------------------


def test_one_exclamation_mark_is_fine(ruleset: Ruleset) -> None:
    assert matches(ruleset, "I am excited about the role!", "formal.exclamations") == []


def test_second_exclamation_mark_is_flagged_where_it_is(ruleset: Ruleset) -> None:
    (finding,) = of_rule(check(ruleset, "Great!\nThanks!"), "formal.exclamations")
    assert finding.level == "warning"
    assert (finding.line, finding.column) == (2, 7)


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Thank you!!", "!!"),
        ("Any news?!", "?!"),
        ("Why??", "??"),
        ("Well...", "..."),
        ("So…", "…"),
    ],
)
def test_excess_punctuation(ruleset: Ruleset, text: str, mark: str) -> None:
    assert matches(ruleset, text, "formal.punctuation") == [mark]


@pytest.mark.parametrize("text", ["What are the next steps?", "Version 1.2.3 shipped.", "Wow!"])
def test_ordinary_punctuation(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.punctuation") == []


# --- contractions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "match", "suggestion"),
    [
        ("I'm grateful for your time.", "I'm", "I am"),
        ("I’m grateful for your time.", "I’m", "I am"),
        ("I don't take it for granted.", "don't", "do not"),
        ("I don’t take it for granted.", "don’t", "do not"),
        ("It's a great team.", "It's", "It is"),
        ("I can't wait to start.", "can't", "cannot"),
        ("Can't wait to start.", "Can't", "Cannot"),
        ("I won't forget it.", "won't", "will not"),
        ("Let's talk soon.", "Let's", "Let us"),
        ("I'd love to join.", "I'd", "I would"),
        ("There's one more thing.", "There's", "There is"),
    ],
)
def test_contraction_suggestion_text(
    ruleset: Ruleset, text: str, match: str, suggestion: str
) -> None:
    (finding,) = of_rule(check(ruleset, text), "formal.contractions")
    assert finding.level == "suggestion"
    assert finding.match == match
    assert finding.suggestion == suggestion
    assert finding.message == (
        f"Consider '{suggestion}' instead of the contraction '{match}' for a more formal tone."
    )


@pytest.mark.parametrize(
    "text",
    ["Thank you, Ms. O'Brien.", "The team's roadmap and the company’s goals.", "I am grateful."],
)
def test_not_contractions(ruleset: Ruleset, text: str) -> None:
    assert matches(ruleset, text, "formal.contractions") == []


def test_contractions_are_hidden_by_min_level_warning(ruleset: Ruleset) -> None:
    text = "I'm grateful for your time."
    assert of_rule(check(ruleset, text), "formal.contractions")
    assert of_rule(check(ruleset, text, min_level="warning"), "formal.contractions") == []


# text with letters of many scripts, typography, symbols and parts of emoji sequences
_MIXED = st.lists(
    st.sampled_from(
        [*"aZ1 .,'’“”–—…éßİſΣ中ℹ©®™\u200d\ufe0f\u20e3#*", "😊", "🇫", "🇷", "👍🏽", "❤", "☺", "✔"]
    ),
    max_size=20,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MIXED | st.text(max_size=20))
def test_a_text_without_emoji_characters_has_no_emoji(text: str) -> None:
    """The shortcut (no character of any emoji: nothing to list) never hides an emoji."""
    import emoji

    if emoji_chars().isdisjoint(text):
        assert emoji.emoji_list(text) == []
