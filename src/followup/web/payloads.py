"""The JSON bodies the page sends, validated before any work: a malformed request is one
message for the page, as a bad flag is one line for the CLI."""

from __future__ import annotations

from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request

from followup.errors import InputError
from followup.session import Names
from followup.textio import pasted_text

KindChoice = Literal["auto", "thank-you", "check-in", "nudge"]
NAME_CHARS = 200
DETAIL_CHARS = 500  # one detail: a bullet of the notes, as the user edited it
Details = list[Annotated[str, Field(max_length=DETAIL_CHARS)]]
EMAIL_CHARS = 20_000


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NamesIn(Strict):
    """The facts the user edited on the page: the CLI's --to, --company, --role, --sender and
    --salutation, and the details a draft may cite; a field the user left alone is absent, so
    the notes decide it."""

    to: str | None = Field(None, max_length=NAME_CHARS)
    company: str | None = Field(None, max_length=NAME_CHARS)
    role: str | None = Field(None, max_length=NAME_CHARS)
    sender: str | None = Field(None, max_length=NAME_CHARS)
    salutation: str | None = Field(None, max_length=NAME_CHARS)
    learned: Details | None = Field(None, max_length=12)
    contributions: Details | None = Field(None, max_length=12)

    def names(self) -> Names:
        def given(value: str | None) -> str | None:
            return value.strip() or None if value is not None else None

        return Names(
            given(self.to),
            given(self.company),
            given(self.role),
            given(self.sender),
            given(self.salutation),
            None if self.learned is None else tuple(self.learned),
            None if self.contributions is None else tuple(self.contributions),
        )


class NotesIn(Strict):
    text: str
    names: NamesIn = NamesIn()

    def notes_text(self) -> str:
        return pasted_text(self.text, "notes")


class DraftIn(NotesIn):
    kind: KindChoice = "auto"
    # a panel: the interviewers to write to, one email each (empty: the main contact)
    each: list[str] = Field(default_factory=list, max_length=12)
    count: int = Field(3, ge=1, le=5)  # variants

    def kind_asked(self) -> str | None:
        return None if self.kind == "auto" else self.kind


class LintIn(Strict):
    text: str
    kind: KindChoice = "auto"


class EmlIn(Strict):
    subject: str = Field(max_length=NAME_CHARS * 2)
    body: str = Field(max_length=EMAIL_CHARS)


Model = TypeVar("Model", bound=Strict)


async def parse(request: Request, model: type[Model]) -> Model:
    """The request's JSON as `model`, or an `InputError` naming the first problem."""
    raw = await request.body()
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "request"
        raise InputError(f"{where}: {first['msg']}") from None
