"""`commands/common.py`: what several commands share: the flags as settings, choosing the
addressee on the terminal, the lines about a session on stderr, and a plan as text."""

from __future__ import annotations

import io
import sys
from datetime import date

import pytest

from followup.commands.choices import DraftStrategy
from followup.commands.common import (
    choose_on_terminal,
    note_attempt,
    note_fallback,
    panel_note,
    render_plan,
    settings_from,
    understood_line,
)
from followup.draft_result import Attempt
from followup.errors import InputError
from followup.lint.findings import Finding
from followup.models.base import Usage
from followup.notes import InterviewNotes
from followup.sentences import Rejected
from followup.timing import Action, Plan


def test_the_flags_as_settings() -> None:
    settings = settings_from(
        backend="openai",
        model="m",
        base_url="http://127.0.0.1:9/v1",
        timeout=5.0,
        max_retries=0,
        strategy=DraftStrategy.slots,
        samples=2,
    )
    assert (settings.model.backend, settings.model.timeout, settings.model.max_retries) == (
        "openai",
        5.0,
        0,
    )
    assert (settings.strategy, settings.samples) == ("slots", 2)


@pytest.mark.parametrize(("typed", "chosen"), [("1\n", "Ana Ruiz"), (" 2 \n", "Bo Lin")])
def test_choose_on_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], typed: str, chosen: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    assert choose_on_terminal(["Ana Ruiz", "Bo Lin"]) == chosen
    assert capsys.readouterr().err == ("  1. Ana Ruiz\n  2. Bo Lin\nWho is the email to? [1-2]: ")


@pytest.mark.parametrize("typed", ["3\n", "0\n", "Ana\n", ""])
def test_anything_but_a_listed_number_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    with pytest.raises(InputError, match=r"no addressee chosen \(expected a number from 1 to 2\)"):
        choose_on_terminal(["Ana Ruiz", "Bo Lin"])


def test_the_session_lines(capsys: pytest.CaptureFixture[str]) -> None:
    notes = InterviewNotes(
        interviewer="Dr. Ana Ruiz", company="Acme", role="Analyst", others=["Bo Lin", "Cy Oh"]
    )
    assert understood_line(notes) == "to Dr. Ana Ruiz, Acme, Analyst; from nobody"
    panel_note(notes)
    panel_note(InterviewNotes(interviewer="Ana"))  # nobody else: nothing said
    error = Finding("elements.thanks", "error", "x", 1, 1, 1, 1)
    attempt = Attempt(
        2,
        "text",
        [error],
        Usage(5, 7),
        1.26,
        rejected=[Rejected("learned", "Bad.", ("check.faithful", "formal.slang"))],
    )
    note_attempt(attempt)
    note_fallback(3)
    assert capsys.readouterr().err.splitlines() == [
        "followup: also interviewed: Bo Lin, Cy Oh; for one email each, run again with --each "
        "(or --to 'Bo Lin')",
        "followup: attempt 2: 1 error(s) (12 tokens, 1.3 s)",
        "followup:   refused a learned sentence: check.faithful, formal.slang",
        "followup: no model draft passed the rules in 3 attempt(s); this is the guide's "
        "template filled from your notes",
    ]


def test_a_plan_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    plan = Plan(
        action=Action.check_in,
        kind="check-in",
        due=date(2026, 11, 20),
        today=date(2026, 11, 22),
        reason="A week has passed [since] the thank-you.",
        command="followup draft --kind check-in",
        days_overdue=2,
        weekend=True,
        next_working_day=date(2026, 11, 23),
    )
    render_plan(plan)
    assert capsys.readouterr().out.splitlines() == [
        "Send a check-in now.",
        "  Due:      Fri 20 Nov 2026 (2 days overdue)",
        "  Why:      A week has passed [since] the thank-you.",
        "  Draft it: followup draft --kind check-in",
        "  Weekend:  Sun 22 Nov 2026 is a weekend day; the next working day is Mon 23 Nov 2026.",
    ]
    render_plan(plan, draft_command="followup apps draft 4")
    assert "  Draft it: followup apps draft 4" in capsys.readouterr().out
