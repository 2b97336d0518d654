"""The email-structure parser on its own: greeting, body and sign-off in every layout the issue
lists, as spans of the original text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.lint.emailparts import EmailParts, parse


def part(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def parts(text: str) -> tuple[str | None, str, str | None, str | None]:
    e = parse(text)
    return (
        part(text, e.greeting),
        (part(text, e.body) or "").strip(),
        part(text, e.sign_off),
        part(text, e.name),
    )


PLAIN = "Dear Ms. Lee,\n\nThank you for your time.\n\nBest regards,\nSam Patel\n"


def test_plain_email() -> None:
    assert parts(PLAIN) == (
        "Dear Ms. Lee,",
        "Thank you for your time.",
        "Best regards,",
        "Sam Patel",
    )


def test_headers_come_before_the_greeting() -> None:
    text = "To: Lee <lee@acme.example>\nCc: HR\nDate: 1 May\nSubject: Thanks\n\n" + PLAIN
    e = parse(text)
    assert (
        part(text, e.headers) == "To: Lee <lee@acme.example>\nCc: HR\nDate: 1 May\nSubject: Thanks"
    )
    assert parts(text) == parts(PLAIN)


def test_address_and_date_block_before_the_greeting() -> None:
    text = "Sam Patel\n1 High St\nYork YO1 7HH\n\n3 May 2026\n\nMs. Lee\nAcme Ltd\n\n" + PLAIN
    assert parts(text) == parts(PLAIN)


def test_signature_block_after_the_name() -> None:
    text = (
        PLAIN + "Analyst | Acme\n(he/him)\n+1 555 010 2000\nsam@example.com\nhttps://sam.example\n"
    )
    e = parse(text)
    assert parts(text) == parts(PLAIN)
    assert part(text, e.signature) is not None
    assert part(text, e.signature).endswith("https://sam.example")  # type: ignore[union-attr]


def test_a_long_signature_line_is_not_prose() -> None:
    text = (
        PLAIN + "Data Analyst (contract) · Acme Freight Ltd · sam@example.com · +1 555 010 2000\n"
    )
    assert parts(text) == parts(PLAIN)


def test_dash_dash_signature() -> None:
    text = "Hi Jo,\nThanks for today.\nCheers,\nAl\n\n-- \nAl Roe\nal@roe.example\n"
    assert parts(text) == ("Hi Jo,", "Thanks for today.", "Cheers,", "Al")


@pytest.mark.parametrize(
    "text",
    [
        "“" + PLAIN.strip() + "”",
        '"' + PLAIN.strip() + '"',
        "\n".join(f'"{ln}"' for ln in PLAIN.strip().split("\n") if ln),
        "\n".join(f"“{ln}”" for ln in PLAIN.strip().split("\n") if ln),
        "\n".join(f"> {ln}".rstrip() for ln in PLAIN.strip().split("\n")),
        "\n".join(f">> {ln}".rstrip() for ln in PLAIN.strip().split("\n")),
    ],
)
def test_quoted_email(text: str) -> None:
    g, body, s, n = parts(text)
    assert (g, s, n) == ("Dear Ms. Lee,", "Best regards,", "Sam Patel")
    assert "Thank you for your time." in body


HEADERS = "From: Sam Patel <sam@example.com>\nTo: lee@acme.example\nSubject: Thank you\n\n"
SIGNATURE = "Sam Patel | he/him\n+1 555 010 2000\nhttps://sam.example\n"


@pytest.mark.parametrize(
    "text",
    [
        HEADERS + "“" + PLAIN.strip() + "”",
        HEADERS + "\n".join(f'"{ln}"' for ln in PLAIN.strip().split("\n") if ln),
        '"' + PLAIN.strip() + '"\n' + SIGNATURE,
        HEADERS + "“" + PLAIN.strip() + "”\n" + SIGNATURE,
    ],
)
def test_quoted_email_under_headers_or_over_a_signature(text: str) -> None:
    g, body, s, n = parts(text)
    assert (g, s, n) == ("Dear Ms. Lee,", "Best regards,", "Sam Patel")
    assert "Thank you for your time." in body


def test_a_quote_that_ends_a_body_line_is_not_stripped_without_an_opening_one() -> None:
    text = 'Dear Ms. Lee,\nYou said the team is "small"\nBest regards,\nSam Patel\n'
    assert parts(text)[1] == 'You said the team is "small"'


def test_one_paragraph_inline() -> None:
    text = (
        "Dear Ms. Lee, thank you for your time today. Please let me know the next steps. "
        "Best regards, Sam Patel"
    )
    assert parts(text) == (
        "Dear Ms. Lee,",
        "thank you for your time today. Please let me know the next steps.",
        "Best regards,",
        "Sam Patel",
    )


@pytest.mark.parametrize(
    "greeting",
    [
        "Hi Jane,",
        "Hello Mr. Tanaka,",
        "Good morning Fatima,",
        "Good afternoon,",
        "Dear all,",
        "Hey Priya,",
    ],
)
def test_greetings(greeting: str) -> None:
    assert parts(f"{greeting}\nIs there any news?\nBest,\nRob")[0] == greeting


def test_hey_is_an_informal_greeting() -> None:
    assert parse("Hey Priya,\nThanks.\nSam").informal_greeting
    assert not parse("Hi Priya,\nThanks.\nSam").informal_greeting


def test_reply_over_a_quoted_thread() -> None:
    text = (
        "Dear Carla,\nThank you for Wednesday.\nBest,\nTom\n\n"
        "On Mon, 2 Mar 2026 at 09:12, Carla <c@x.example> wrote:\n"
        "> Hi Tom,\n> See you at 10.\n> Carla\n"
    )
    e = parse(text)
    assert parts(text) == ("Dear Carla,", "Thank you for Wednesday.", "Best,", "Tom")
    assert "wrote" not in (part(text, e.message) or "")


def test_phone_footer_is_not_the_name() -> None:
    text = "Hi Ms. Lee,\nAny news on the role?\nThank you,\nDeclan\n\nSent from my iPhone\n"
    assert parts(text)[2:] == ("Thank you,", "Declan")


def test_sign_off_and_name_on_one_line() -> None:
    assert parts("Hi Jo,\nThanks for today.\nBest, Al")[2:] == ("Best,", "Al")


def test_no_greeting_no_sign_off() -> None:
    text = "Thank you for your time. I enjoyed it."
    assert parts(text) == (None, text, None, None)


def test_a_name_alone_is_a_name_without_sign_off() -> None:
    assert parts("Dear Ms. Lee,\nThank you.\nSam Patel\n")[2:] == (None, "Sam Patel")


def test_a_sign_off_without_name() -> None:
    _, _, s, n = parts("Dear Ms. Lee,\nThank you.\n\nBest regards,\n")
    assert (s, n) == ("Best regards,", None)


def test_the_body_of_a_curt_note_is_all_of_it() -> None:
    text = "Mr. Kaplan,\n\nTell me today.\n\nD. Morris\n"
    g, body, _, n = parts(text)
    assert g is None and n == "D. Morris" and "Tell me today." in body


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*'ab D,.\n>"“”:-', "Dear ", "Best,", "To: ", "Sam"]), max_size=80
    ).map("".join)
)
def test_spans_are_ordered_and_inside_the_text(text: str) -> None:
    e: EmailParts = parse(text)
    spans = [s for s in (e.greeting, e.body, e.sign_off, e.name) if s is not None]
    for a, b in spans:
        assert 0 <= a <= b <= len(text)
    ordered = [s for s in (e.greeting, e.body, e.sign_off, e.name) if s is not None]
    assert all(x[1] <= y[0] for x, y in itertools.pairwise(ordered))


def test_linear_time_on_a_long_line() -> None:
    """Ten times the words costs about ten times the work (a ratio of CPU times measured in
    the same run, as in test_bounded_time: never a wall-clock bound)."""
    from growth import MAX_RATIO, growth

    ratio = growth(
        parse, lambda n: "Dear Ms. Lee, " + "word " * (n // 5) + "Best, Sam", base=20_000
    )
    assert ratio < MAX_RATIO
