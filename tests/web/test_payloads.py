"""`web/payloads.py`: the page's JSON bodies, validated before any work; a malformed request is
one message naming the first problem."""

from __future__ import annotations

import asyncio

import pytest
from pydantic import ValidationError
from starlette.requests import Request

from followup.errors import InputError
from followup.session import Names
from followup.web.payloads import DETAIL_CHARS, NAME_CHARS, DraftIn, LintIn, NamesIn, parse


def request_with(body: bytes) -> Request:
    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": body, "more_body": False}

    return Request({"type": "http", "method": "POST", "headers": []}, receive)


def parsed(body: bytes, model: type[DraftIn] | type[LintIn] = DraftIn) -> object:
    return asyncio.run(parse(request_with(body), model))


def test_a_draft_request_with_its_defaults() -> None:
    draft = parsed(b'{"text": "Met Ana at Acme."}')
    assert isinstance(draft, DraftIn)
    assert (draft.kind, draft.count, draft.each, draft.kind_asked()) == ("auto", 3, [], None)
    assert draft.names.names() == Names()
    assert parsed(b'{"text": "x", "kind": "nudge"}').kind_asked() == "nudge"  # type: ignore[attr-defined]


def test_names_left_blank_are_the_notes_to_decide() -> None:
    names = NamesIn(to="  Dr. Ana Ruiz ", company="  ", learned=["They use dbt"]).names()
    assert names == Names(to="Dr. Ana Ruiz", company=None, learned=("They use dbt",))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "request: Invalid JSON"),
        (b'{"text": "x", "kind": "memo"}', "kind: Input should be 'auto', 'thank-you', "),
        (b'{"text": "x", "count": 9}', "count: Input should be less than or equal to 5"),
        (b'{"text": "x", "extra": 1}', "extra: Extra inputs are not permitted"),
        (b"{}", "text: Field required"),
    ],
)
def test_a_malformed_request_is_one_message(body: bytes, message: str) -> None:
    with pytest.raises(InputError) as raised:
        parsed(body)
    assert str(raised.value).startswith(message)


def test_limits_on_names_and_details() -> None:
    NamesIn(company="x" * NAME_CHARS, learned=["y" * DETAIL_CHARS])
    with pytest.raises(ValidationError):
        NamesIn(company="x" * (NAME_CHARS + 1))
    with pytest.raises(ValidationError):
        NamesIn(learned=["y" * (DETAIL_CHARS + 1)])
    with pytest.raises(ValidationError):
        NamesIn(learned=["a"] * 13)


def test_the_notes_text_is_refused_as_a_file_would_be() -> None:
    assert DraftIn(text="Met Ana.\r\n").notes_text() == "Met Ana.\n"
    with pytest.raises(InputError, match=r"^notes: is empty$"):
        DraftIn(text="   ").notes_text()
