"""`models/openai_compat.py`'s helpers as such: a key shown redacted, a base URL shown without
its credentials, secrets scrubbed from text, and `Retry-After` read. The backend's answers are
replayed in `test_cassettes.py`; its faults and secrets are rows of `tests/reliability/`."""

from __future__ import annotations

import pytest

from followup.models.openai_compat import Secrets, display_url, redact, retry_after

KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"


def test_redact_keeps_only_the_last_4_characters() -> None:
    assert redact(KEY) == "...6789"
    assert redact(None) == "(none)"
    assert redact("short") == "***"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (None, "api.openai.com"),
        ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1"),
        ("http://alice:pw@127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1"),
        ("https://a:p@ss@host/v1?x=1", "https://host/v1?x=1"),
        ("http://token@host/v1", "http://host/v1"),
        ("http://[::1/v1", "http://[::1/v1"),  # malformed: shown as given, no error
        ("http://host/v1\nx", "http://host/v1?x"),
    ],
)
def test_display_url_drops_credentials(url: str | None, shown: str) -> None:
    assert display_url(url) == shown


def test_short_secrets_are_scrubbed_as_words_only() -> None:
    secrets = Secrets("sk-abcdefghijklmnop", "http://alice:hunt@host/v1")
    text = "Bearer sk-abcdefghijklmnop; Basic YWxpY2U6aHVudA==; hunt, hunting, pw"
    assert secrets.scrub(text) == "Bearer [redacted]; Basic [redacted]; [redacted], hunting, pw"


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({}, None),
        ({"retry-after": "5"}, 5.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, float("inf")),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # a date in the past
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
    ],
)
def test_retry_after_is_read_in_seconds_dates_and_milliseconds(
    headers: dict[str, str], seconds: float | None
) -> None:
    assert retry_after(headers) == seconds
