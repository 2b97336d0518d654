"""The page's drafting endpoints against a stub model that answers at once and keeps every
request: variants, a panel's chosen interviewer, notes that leave the addressee open, a draft's
findings at their words, and details edited before drafting reaching the model."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import ORIGIN, PORT, TOKEN, make_client
from gated_server import GatedServer, Reply, gated_server
from starlette.testclient import TestClient
from stub_model import (
    AMBIGUOUS_NOTES,
    NOT_AN_EMAIL,
    PANEL_NOTES,
    TYPO,
    VARIANT_EMAILS,
    WARNED_EMAIL,
    stub_settings,
)
from test_api import events

from followup.web.config import ServeConfig

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "notes" / "acme-data-analyst.md"


@contextmanager
def stub_client(
    *replies: Reply, strategy: str = "whole"
) -> Iterator[tuple[TestClient, GatedServer]]:
    """A client that opened the page of a launch whose model is the stub."""
    with gated_server(*replies) as server:
        config = ServeConfig(
            port=PORT, token=TOKEN, draft=stub_settings(server.url, strategy), log=False
        )
        with make_client(config) as client:
            assert client.get(f"/?token={TOKEN}").status_code == 200
            client.headers["origin"] = ORIGIN
            yield client, server


def streamed(client: TestClient, url: str, **body: object) -> dict[str, list[dict[str, object]]]:
    """The events of one drafting request, by name."""
    out: dict[str, list[dict[str, object]]] = {}
    for name, data in events(client.post(url, json=body).text):
        out.setdefault(name, []).append(data)
    assert "error" not in out, out["error"]
    return out


# -- variants --------------------------------------------------------------------------------------


def test_variants_are_the_alternatives_that_passed_in_order() -> None:
    with stub_client(*(Reply(e) for e in VARIANT_EMAILS)) as (client, server):
        got = streamed(client, "/api/variants", text=EXAMPLE.read_text(), count=3)
    assert server.hits == 3  # one request each: every one passed at its first attempt
    assert got["start"] == [{"kind": "thank-you", "to": ["Priya Shah"], "count": 3}]
    (shown,) = got["variants"]
    variants = shown["variants"]
    assert isinstance(variants, list)
    assert [v["text"] for v in variants] == VARIANT_EMAILS
    assert [v["subject"]["text"] for v in variants] == [
        "Thank you for the data analyst interview",
        "Grateful for our conversation",
        "Following our interview at Acme",
    ]
    assert all(v["accepted"] and not v["fell_back"] for v in variants)
    assert len(got["attempt"]) == 3 and "dropped" not in got


def test_a_variant_too_like_another_is_dropped_and_said() -> None:
    replies = [VARIANT_EMAILS[0], VARIANT_EMAILS[0], VARIANT_EMAILS[1]]
    with stub_client(*(Reply(e) for e in replies)) as (client, _):
        got = streamed(client, "/api/variants", text=EXAMPLE.read_text(), count=2)
    assert [d["accepted"] for d in got["dropped"]] == [True]  # it passed, but said the same
    variants = got["variants"][0]["variants"]
    assert isinstance(variants, list)
    assert [v["text"] for v in variants] == VARIANT_EMAILS[:2]


# -- a panel, and notes that leave the addressee open ---------------------------------------------


def test_a_panel_is_offered_and_the_ticked_interviewer_gets_the_email() -> None:
    with stub_client(Reply(NOT_AN_EMAIL)) as (client, server):
        understood = client.post("/api/notes", json={"text": PANEL_NOTES}).json()
        assert understood["panel"] == ["Ms. Hana Sato", "Mr. Ben Adler", "Dr. Cleo Park"]
        got = streamed(client, "/api/draft", text=PANEL_NOTES, each=["Mr. Ben Adler"])
    assert got["start"][0]["to"] == ["Mr. Ben Adler"]
    (draft,) = got["draft"]
    assert draft["to"] == "Mr. Ben Adler"
    body = draft["body"]
    assert isinstance(body, dict)
    assert str(body["text"]).startswith("Dear Mr. Adler,")
    # the model was asked about him, never about the chair
    assert all("Interviewer: Mr. Ben Adler" in p for p in server.prompts())
    assert not any("Interviewer: Ms. Hana Sato" in p for p in server.prompts())


def test_every_ticked_interviewer_gets_their_own_email() -> None:
    with stub_client(Reply(NOT_AN_EMAIL)) as (client, _):
        got = streamed(
            client, "/api/draft", text=PANEL_NOTES, each=["Dr. Cleo Park", "Ms. Hana Sato"]
        )
    greetings = [str(d["body"]["text"]).split("\n", 1)[0] for d in got["draft"]]  # type: ignore[index]
    assert greetings == ["Dear Ms. Sato,", "Dear Dr. Park,"]  # the panel's order


def test_notes_that_leave_the_addressee_open_ask_and_never_guess() -> None:
    with stub_client() as (client, server):
        understood = client.post("/api/notes", json={"text": AMBIGUOUS_NOTES}).json()
        refused = events(client.post("/api/draft", json={"text": AMBIGUOUS_NOTES}).text)
        assert server.hits == 0  # nothing drafted for anyone
    assert understood["facts"]["to"] is None
    assert understood["candidates"] == ["Nora Quinn", "Ravi Shah"]
    assert "'Nora Quinn' or 'Ravi Shah'" in understood["problem"]
    assert refused == [("error", {"message": understood["problem"], "status": 2})]


def test_the_person_chosen_among_the_candidates_is_greeted() -> None:
    with stub_client(Reply(NOT_AN_EMAIL)) as (client, server):
        chosen = {"text": AMBIGUOUS_NOTES, "names": {"to": "Ravi Shah"}}
        understood = client.post("/api/notes", json=chosen).json()
        got = streamed(client, "/api/draft", **chosen)
    assert understood["problem"] is None
    (draft,) = got["draft"]
    assert str(draft["body"]["text"]).startswith("Dear Ravi Shah,")  # type: ignore[index]
    assert all("Interviewer: Ravi Shah" in p for p in server.prompts())


# -- findings in a draft, and details edited before drafting -------------------------------------


def test_a_drafts_kept_warning_points_at_its_word() -> None:
    with stub_client(Reply(WARNED_EMAIL)) as (client, _):
        got = streamed(client, "/api/draft", text=EXAMPLE.read_text())
    (draft,) = got["draft"]
    assert draft["accepted"] and not draft["fell_back"]
    findings = draft["findings"]
    assert isinstance(findings, list)
    (typo,) = [f for f in findings if f["match"] == TYPO]
    assert (typo["rule"], typo["level"]) == ("spelling.typo", "warning")
    text = str(draft["text"])
    assert text[typo["start"] : typo["end"]] == TYPO
    assert typo["start"] == text.index(TYPO)


EDITED = "they are rebuilding the billing system in Rust this winter"


def facts_asked(server: GatedServer) -> list[str]:
    """The `Fact:` line of each sentence the model was asked for (the last in its prompt: the
    ones before are the prompt's worked examples)."""
    return [p.rsplit("Fact: ", 1)[1].split("\n", 1)[0] for p in server.prompts() if "Fact: " in p]


def test_an_edited_detail_reaches_the_model() -> None:
    notes = EXAMPLE.read_text()
    names = {"learned": [EDITED, "  "], "contributions": []}
    with stub_client(strategy="slots") as (client, server):
        understood = client.post("/api/notes", json={"text": notes, "names": names}).json()
        streamed(client, "/api/draft", text=notes, names=names)
    assert understood["learned"] == [EDITED]  # blank lines are no detail
    assert understood["contributions"] == []
    asked = facts_asked(server)
    # said to the reader ("they are" -> "your team is"), as the notes' own details are
    assert "your team is rebuilding the billing system in Rust this winter" in asked
    assert not any("dbt" in f or "revenue reports" in f for f in asked)  # removed: not used


def test_details_left_alone_are_the_notes_own() -> None:
    with stub_client(strategy="slots") as (client, server):
        understood = client.post("/api/notes", json={"text": EXAMPLE.read_text()}).json()
        streamed(client, "/api/draft", text=EXAMPLE.read_text())
    assert any("dbt and Snowflake" in d for d in understood["learned"])
    asked = facts_asked(server)
    assert any("dbt and Snowflake" in f for f in asked)
    assert any("revenue reports" in f for f in asked)
    assert not any("Rust" in f for f in asked)
