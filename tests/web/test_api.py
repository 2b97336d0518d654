"""The page's endpoints in-process: user text comes back as data (never markup), errors are the
CLI's lines, findings point at their words, and the plan page matches `followup plan`."""

from __future__ import annotations

import html as html_text
import json
from datetime import date
from pathlib import Path

import pytest
from conftest import ORIGIN, TOKEN, make_client
from starlette.testclient import TestClient

from followup.cli import main
from followup.storage.applications import ApplicationStore
from followup.web.config import ServeConfig

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "notes" / "acme-data-analyst.md"
HOSTILE = [
    "<script>document.title='owned'</script>",
    "<img src=x onerror=\"document.title='owned'\">",
    "{{ 7*7 }}",
]
XSS_NOTES = (
    "Interview with Priya Shah at Acme Analytics for the data analyst role\n"
    f"- she said {HOSTILE[0]} is their test string\n"
    f"- they store {HOSTILE[1]} in the wiki\n"
    f"- templates like {HOSTILE[2]} confused the old system\n"
    "Sam Patel\n"
)


def events(body: str) -> list[tuple[str, dict[str, object]]]:
    """The server-sent events of a streamed answer."""
    out = []
    for frame in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in frame.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def cli_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The one line the CLI prints for the same input, without its `followup: error: `."""
    code = main(list(args))
    assert code != 0
    return capsys.readouterr().err.strip().removeprefix("followup: error: ")


def test_the_facts_understood_are_the_notes(client: TestClient) -> None:
    response = client.post("/api/notes", json={"text": EXAMPLE.read_text()})
    assert response.status_code == 200
    data = response.json()
    assert data["facts"] == {
        "to": "Priya Shah",
        "salutation": "Priya Shah",
        "company": "Acme Analytics",
        "role": "data analyst",
        "sender": "Sam Patel",
    }
    assert any("dbt and Snowflake" in d for d in data["learned"])
    assert data["problem"] is None


def test_an_edited_fact_is_an_override_like_the_flag(client: TestClient) -> None:
    response = client.post(
        "/api/notes",
        json={"text": EXAMPLE.read_text(), "names": {"to": "Dr. Ruth Mensah", "sender": "Kim"}},
    )
    facts = response.json()["facts"]
    assert facts["to"] == "Dr. Ruth Mensah"
    assert facts["salutation"] == "Dr. Mensah"
    assert facts["sender"] == "Kim"


def test_hostile_notes_come_back_as_json_text_only(client: TestClient) -> None:
    response = client.post("/api/notes", json={"text": XSS_NOTES})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    said = json.dumps(response.json())
    assert "49" not in said  # {{ }} was never rendered by a template
    for page in ("/", "/lint"):  # pages never echo notes: the script sets them as text
        assert "onerror" not in client.get(page).text


def test_hostile_text_in_the_store_is_escaped_on_the_plan_page(client: TestClient) -> None:
    with ApplicationStore() as store:
        store.add(
            company=HOSTILE[0],
            role=HOSTILE[1],
            interviewer=HOSTILE[2],
            interviewed=date(2026, 11, 24),
        )
    html = client.get("/plan").text
    assert "<script>document" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;document.title=" in html
    assert "&lt;img src=x onerror=" in html
    assert "{{ 7*7 }}" in html and ">49<" not in html


def test_empty_notes_are_the_clis_error(
    client: TestClient, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    response = client.post("/api/notes", json={"text": "  \n"})
    assert response.status_code == 400
    empty = tmp_path / "notes"
    empty.write_text("  \n")
    said = cli_error(capsys, "notes", str(empty))  # the file's name, then why
    assert response.json() == {"error": "notes: " + said.removeprefix(f"{empty}: ")}


def test_a_missing_name_is_said_as_the_cli_says_it(
    client: TestClient, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notes = "Interview with Priya Shah at Acme Analytics\n- they use dbt\n"
    problem = client.post("/api/notes", json={"text": notes}).json()["problem"]
    streamed = events(client.post("/api/draft", json={"text": notes}).text)
    path = tmp_path / "notes.md"
    path.write_text(notes)
    line = cli_error(capsys, "draft", "--no-log", str(path))
    assert problem == line
    assert streamed == [("error", {"message": line, "status": 2})]


def test_a_model_that_cannot_be_reached_is_the_clis_line(
    client: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    streamed = events(client.post("/api/draft", json={"text": EXAMPLE.read_text()}).text)
    assert [name for name, _ in streamed] == ["start", "model", "error"]
    error = streamed[-1][1]
    assert error["status"] == 3
    line = cli_error(
        capsys,
        "draft",
        "--no-log",
        "--backend",
        "openai",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--timeout",
        "5",
        "--max-retries",
        "0",
        str(EXAMPLE),
    )
    assert error["message"] == line


def test_a_malformed_request_is_one_message(client: TestClient) -> None:
    response = client.post("/api/draft", json={"text": "x", "kind": "love-letter"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("kind: ")
    assert client.post("/api/lint", content=b"{not json").status_code == 400


def test_an_unexpected_failure_shows_no_trace(
    config: ServeConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.web import api

    def broken(*args: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(api, "lint_json", broken)
    with make_client(config, raise_server_exceptions=False) as client:
        client.get(f"/?token={TOKEN}")
        response = client.post(
            "/api/lint", json={"text": "Dear Priya,\nThanks.\nSam"}, headers={"origin": ORIGIN}
        )
    assert response.status_code == 500
    assert "secret internals" not in response.text
    assert "Traceback" not in response.text
    assert "terminal" in response.json()["error"]


LINTED = "Dear Priya,\n\nThank you for teh interview!!! It was great.\n\nBest,\nSam Patel\n"


def test_lint_findings_point_at_their_words(client: TestClient) -> None:
    data = client.post("/api/lint", json={"text": LINTED}).json()
    placed = [f for f in data["findings"] if f["start"] is not None]
    assert placed, data["findings"]
    for f in placed:
        assert LINTED[f["start"] : f["end"]] == f["match"]
    assert any(f["match"] == "teh" for f in placed)
    assert any(f["start"] is None for f in data["findings"])  # a missing element: no place
    for f in data["findings"]:
        assert data["rules"][f["rule"]]["description"]


def test_lint_takes_the_kind_asked(client: TestClient) -> None:
    data = client.post("/api/lint", json={"text": LINTED, "kind": "nudge"}).json()
    assert (data["kind"], data["detected"]) == ("nudge", False)


def test_the_plan_is_followup_plans(client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    query = "interviewed=2026-11-24&today=2026-11-25&sent_thank-you=2026-11-24"
    html = client.get(f"/plan?{query}").text
    assert (
        main(
            [
                "plan",
                "--interviewed",
                "2026-11-24",
                "--today",
                "2026-11-25",
                "--sent",
                "thank-you@2026-11-24",
                "--format",
                "json",
            ]
        )
        == 0
    )
    plan = json.loads(capsys.readouterr().out)
    assert plan["headline"] in html
    assert plan["reason"] in html_text.unescape(html)


def test_an_impossible_date_is_the_clis_line(
    client: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    html = client.get("/plan?interviewed=the+day+after+never").text
    line = cli_error(capsys, "plan", "--interviewed", "the day after never")
    assert line in html_text.unescape(html)


def test_the_eml_is_a_draft_message(client: TestClient) -> None:
    response = client.post(
        "/api/eml", json={"subject": "Thank you, Priya", "body": "Dear Priya,\n\nThanks.\n"}
    )
    assert response.headers["content-type"].startswith("message/rfc822")
    assert "attachment" in response.headers["content-disposition"]
    text = response.text
    assert "Subject: Thank you, Priya" in text
    assert "X-Unsent: 1" in text
    assert "Dear Priya," in text
