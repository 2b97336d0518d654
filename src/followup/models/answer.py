"""A chat completion as the server sent it, checked before anything reads it.

The openai SDK builds its response objects without validating them, so a body that parses but
has the wrong shape (`"message": null`, `"content": 42`, `"choices": "x"`, a bare list, a
`text/html` page) used to surface as an AttributeError deep in drafting. Here the raw body is
parsed and validated with pydantic first; every malformed shape is one `ModelUnavailable`
line that says what was wrong, never what the server sent (it may echo secrets).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

from followup.errors import ModelUnavailable

NOT_JSON = "the model server's answer was not valid JSON"


class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore")
    content: StrictStr | None = None


class _Choice(BaseModel):
    model_config = ConfigDict(extra="ignore")
    message: _Message
    finish_reason: StrictStr | None = None


class _Usage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    prompt_tokens: StrictInt | None = None
    completion_tokens: StrictInt | None = None


class ChatAnswer(BaseModel):
    """The part of `/chat/completions`' answer followup reads; other fields are ignored."""

    model_config = ConfigDict(extra="ignore")
    choices: list[_Choice] = Field(default_factory=list)
    usage: _Usage | None = None


def _media_type(content_type: str | None) -> str:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return "".join(c for c in media if c.isprintable())[:60]


_EXPECTED = {
    "model_type": "expected an object",
    "dict_type": "expected an object",
    "model_attributes_type": "expected an object",
    "list_type": "expected a list",
    "string_type": "expected a string",
    "int_type": "expected a whole number",
    "missing": "missing",
}


def _first_problem(exc: ValidationError) -> str:
    """Where the first problem is and what it is, without the value the server sent."""
    error = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in error["loc"]) or "the body"
    return f"{where}: {_EXPECTED.get(error['type'], error['msg'])}"[:160]


def parse_answer(body: bytes, content_type: str | None) -> ChatAnswer:
    """The validated answer; `ModelUnavailable` for anything that is not a chat completion."""
    media = _media_type(content_type)
    if media and "json" not in media:
        raise ModelUnavailable(
            f"the model server answered with {media}, not JSON (check --base-url)"
        )
    try:
        data: Any = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past any sense
        raise ModelUnavailable(NOT_JSON) from None
    try:
        answer = ChatAnswer.model_validate(data)
    except ValidationError as exc:
        raise ModelUnavailable(
            f"the model server's answer was not a chat completion ({_first_problem(exc)})"
        ) from None
    except RecursionError:  # pragma: no cover - json.loads refuses deeper nesting first
        raise ModelUnavailable(NOT_JSON) from None
    if not answer.choices:
        raise ModelUnavailable("the model server returned no choices")
    return answer
