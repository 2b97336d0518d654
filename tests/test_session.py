"""The drafting session's own rules (`session.py`), without a model: which kind is drafted,
what a panel becomes, and why notes cannot be drafted yet."""

from __future__ import annotations

import pytest

from followup.errors import InputError
from followup.notes import parse_notes
from followup.session import Names, kind_of, missing_name, panel, resolve_notes, understand

PANEL = "Interviewers: Ms. Hana Sato, Mr. Ben Adler\nCompany: Ardent Labs\nMe: Yusuf Demir\n"


def test_the_kind_asked_for_beats_the_notes_which_beat_a_thank_you() -> None:
    nudge = parse_notes("---\nkind: nudge\n---\nInterviewer: Ann Lee\n")
    assert kind_of(nudge, "check-in") == "check-in"
    assert kind_of(nudge, None) == "nudge"
    assert kind_of(parse_notes("Interviewer: Ann Lee\n"), None) == "thank-you"


def test_an_unknown_kind_in_the_notes_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown kind 'farewell'"):
        kind_of(parse_notes("---\nkind: farewell\n---\n"), None)


def test_a_panel_is_one_notes_per_interviewer_the_main_contact_first() -> None:
    notes = resolve_notes(PANEL, Names())
    people = panel(notes)
    assert [p.interviewer for p in people] == ["Ms. Hana Sato", "Mr. Ben Adler"]
    assert [p.addressed_as for p in people] == ["Ms. Sato", "Mr. Adler"]
    assert [p.others for p in people] == [["Mr. Ben Adler"], ["Ms. Hana Sato"]]
    assert {p.company for p in people} == {"Ardent Labs"}


def test_one_interviewer_is_a_panel_of_one() -> None:
    notes = resolve_notes("Interviewer: Ann Lee\nMe: Sam\n", Names())
    assert panel(notes) == [notes]


def test_a_missing_name_is_said_once_and_never_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_SENDER", raising=False)
    no_sender = understand("Interviewer: Ann Lee\n", Names())
    assert (missing_name(no_sender) or "").startswith("no sender name: use --sender NAME")
    nobody = understand("- they roast their own beans\n", Names(sender="Sam"))
    assert missing_name(nobody) == (
        "the notes name no interviewer: add a line 'Interviewer: NAME' or use --to NAME"
    )
    assert missing_name(nobody, to_flag=False) == (
        "the notes name no interviewer: add a line 'Interviewer: NAME'"
    )
    assert missing_name(understand("Interviewer: Ann Lee\n", Names(sender="Sam"))) is None
    with pytest.raises(InputError, match="no interviewer"):
        resolve_notes("- they roast their own beans\n", Names(sender="Sam"))


def test_notes_unsure_of_the_one_person_they_could_mean_say_so() -> None:
    # the co-owner's wife is her kin and nothing more here; the notes cannot tell who gets it
    notes = understand(
        "Interviewed by the owners Hemi Walker and his wife Kate Walker. They own and run it"
        " 50/50.\n- 420 cows, once-a-day milking\n",
        Names(sender="Sam"),
    )
    assert missing_name(notes) == (
        "the notes do not say whom to write to ('Hemi Walker' is named); use --to NAME,"
        " e.g. --to 'Hemi Walker'"
    )


def test_names_given_by_the_user_replace_what_the_notes_say() -> None:
    notes = understand(PANEL, Names(to="Dr. Ruth Mensah", learned=("they run ISO audits", " ")))
    assert notes.interviewer == "Dr. Ruth Mensah"
    assert notes.addressed_as == "Dr. Mensah"
    assert notes.learned == ["they run ISO audits"]  # the blank detail is dropped
