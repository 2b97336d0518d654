"""`models/answer.py`: a chat completion's body is parsed and validated before anything reads
it; every malformed shape is one `ModelUnavailable` line that says what was wrong, never what
the server sent."""

from __future__ import annotations

import json

import pytest

from followup.errors import ModelUnavailable
from followup.models.answer import NOT_JSON, parse_answer

GOOD = {
    "id": "x",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
}


def body(data: object) -> bytes:
    return json.dumps(data).encode()


def test_a_chat_completion_is_read() -> None:
    answer = parse_answer(body(GOOD), "application/json; charset=utf-8")
    (choice,) = answer.choices
    assert (choice.message.content, choice.finish_reason) == ("Hi", "stop")
    assert answer.usage is not None and answer.usage.completion_tokens == 7


def test_an_empty_content_and_no_usage_are_allowed() -> None:
    data = {"choices": [{"message": {"content": None}}]}
    answer = parse_answer(body(data), None)
    assert answer.choices[0].message.content is None and answer.usage is None


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([1, 2], "the body: expected an object"),
        ({"choices": "x"}, "choices: expected a list"),
        ({"choices": [{"message": None}]}, "choices.0.message: expected an object"),
        (
            {"choices": [{"message": {"content": 4}}]},
            "choices.0.message.content: expected a string",
        ),
        ({"choices": [{}]}, "choices.0.message: missing"),
        (
            {"choices": [{"message": {}}], "usage": {"prompt_tokens": "5"}},
            "usage.prompt_tokens: expected a whole number",
        ),
    ],
)
def test_a_wrong_shape_says_where_and_what(data: object, problem: str) -> None:
    with pytest.raises(ModelUnavailable) as raised:
        parse_answer(body(data), "application/json")
    assert str(raised.value) == (f"the model server's answer was not a chat completion ({problem})")


def test_what_the_server_sent_is_never_repeated() -> None:
    secret = "sk-secret-that-was-echoed"
    with pytest.raises(ModelUnavailable) as raised:
        parse_answer(body({"choices": [{"message": {"content": [secret]}}]}), None)
    assert secret not in str(raised.value)


def test_no_choices() -> None:
    with pytest.raises(ModelUnavailable, match=r"^the model server returned no choices$"):
        parse_answer(body({"choices": []}), None)


@pytest.mark.parametrize("raw", [b"<html>oops</html>", b"", b"\xff\xfe", b"[" * 100_000])
def test_not_json(raw: bytes) -> None:
    with pytest.raises(ModelUnavailable) as raised:
        parse_answer(raw, None)
    assert str(raised.value) == NOT_JSON


def test_another_media_type_is_named() -> None:
    with pytest.raises(ModelUnavailable) as raised:
        parse_answer(body(GOOD), "Text/HTML; charset=utf-8")
    assert str(raised.value) == (
        "the model server answered with text/html, not JSON (check --base-url)"
    )
