"""The hostile.* rules (rules/hostile.yaml): a follow-up never insults, threatens, makes demands
of, or runs down the reader, whatever the notes say. Beyond each rule's own examples: courteous
text that must stay clean (every example email, every other rule's pass examples), hostile text
that must fail, each kind, the prefilter's starts, and the console script with and without
--notes, including the rows of docs/reliability.md."""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path

import pytest
from helpers import REPO_ROOT, check, followup_script, of_rule

from followup.lint.checks import existence
from followup.lint.document import Document
from followup.lint.engine import Ruleset
from followup.lint.findings import KINDS, CheckContext
from followup.lint.prefilter import TextIndex

HOSTILE = ("hostile.insult", "hostile.threat", "hostile.demand", "hostile.negative-claim")


def hostile(ruleset: Ruleset, text: str, kind: str = "thank-you") -> list[tuple[str, str]]:
    return [(f.rule, f.match) for f in check(ruleset, text, kind) if f.rule in HOSTILE]


def email(body: str) -> str:
    """A short, otherwise well-formed thank-you note around one sentence."""
    return (
        "Dear Ms. Ortiz,\n\n"
        "Thank you for taking the time to speak with me today about the dispatcher role. "
        f"{body} I am excited about the chance to join the team. "
        "Please let me know the next steps.\n\n"
        "Best regards,\nSam Patel\n"
    )


# --- the rules themselves ----------------------------------------------------------------------


@pytest.mark.parametrize("rule_id", HOSTILE)
def test_error_level_for_every_kind(ruleset: Ruleset, rule_id: str) -> None:
    rule = ruleset.rules[rule_id]
    assert rule.level == "error"
    assert set(rule.kinds) == set(KINDS)
    assert rule.description and rule.explain and "%s" in rule.message


@pytest.mark.parametrize("rule_id", HOSTILE)
def test_every_rule_gets_prefilter_starts(ruleset: Ruleset, rule_id: str) -> None:
    starts = ruleset.rules[rule_id].starts  # type: ignore[attr-defined]
    assert starts is not None
    assert not starts.strings  # every start is a word, found through the text's word set


# places per word of courteous text where each rule's regex is tried: insults start at rare words,
# threats and demands at a verb whose "I will" / "you must" is a lookbehind; negative claims start
# at their subject ("team", "you"), which is common
TRIES_PER_WORD = {
    "hostile.insult": 0.005,
    "hostile.threat": 0.04,
    "hostile.demand": 0.04,
    "hostile.negative-claim": 0.1,
}


@pytest.mark.parametrize("rule_id", HOSTILE)
def test_courteous_notes_give_few_places_to_try(ruleset: Ruleset, rule_id: str) -> None:
    """A pattern whose start `starts` cannot read as a word (a lookbehind not followed by
    `\\b`, a need lost after `\\s*`) is tried at every letter or every common word: the rules
    stay cheap only while their starts are rare words (bench/lint_bench.py measures the lint)."""
    files = sorted((REPO_ROOT / "tests" / "data" / "thank-you").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    starts = ruleset.rules[rule_id].starts  # type: ignore[attr-defined]
    places = sum(len(TextIndex(text).candidates(starts) or []) for text in texts)
    words = sum(len(text.split()) for text in texts)
    assert places <= TRIES_PER_WORD[rule_id] * words, (places, words)


def test_a_clean_note_does_not_compile_the_regexes(ruleset: Ruleset) -> None:
    """Nothing in this courteous note can start an insult or a threat, so their regexes (among
    the largest of the rules) are not even compiled: a cold `followup lint` compiles the regexes
    of its rules in every process. (A demand can start at its "reply".)"""
    text = (REPO_ROOT / "examples" / "emails" / "thank-you.txt").read_text(encoding="utf-8")
    doc = Document(text)
    for rule_id in ("hostile.insult", "hostile.threat"):
        rule = copy.deepcopy(ruleset.rules[rule_id])  # as the rules cache gives it
        assert "regex" not in rule.__dict__ and "starts" in rule.__dict__
        assert existence.run(rule, doc, "thank-you", CheckContext()) == []  # type: ignore[arg-type]
        assert "regex" not in rule.__dict__, rule_id


# --- courteous text stays clean ----------------------------------------------------------------

COURTEOUS = [
    "I was sorry to miss the team lunch on Friday.",
    "Thank you for walking me through such a challenging problem.",
    "I admire the hard work your team puts into every release.",
    "I could kill two birds with one stone and visit the second site on the same day.",
    "I enjoyed hearing how your staff handle rude or upset customers with patience.",
    "I learned how the team supports patients who are aggressive or frightened.",
    "I learned how you help students who are failing maths catch up.",
    "The legacy system at my last job was a mess, so I rebuilt the reports.",
    "My last team was chaotic, and it taught me to starts ahead.",
    "There was a running joke about the coffee machine, which made me feel at home.",
    "It was a joke that broke the ice.",
    "I appreciated your candour about the challenges the team is facing.",
    "I would report to the operations director and work closely with the finance team.",
    "I will report the results weekly, as we discussed.",
    "I would bring legal expertise and litigation support experience to the team.",
    "I enjoyed learning how the firm decides whether to sue or settle.",
    "Thank you, Sue, for the tour; please thank Sue and Tom as well.",
    "I can start by Monday or I could start earlier if needed.",
    "I will shoot you an email with my portfolio tomorrow.",
    "I hope to end your search for a shift lead.",
    "I would love to expose the team to more automated testing.",
    "It would not hurt you to know I can start early.",
    "The kitchen is chaotic at peak hours, and I thrive in that.",
    "The images are lazy-loaded, which I found clever.",
    "The team is small but growing fast, and the company is expanding into Europe.",
    "You were so kind to show me around, and you seemed very busy.",
    "The panel was friendly and the questions were fair.",
    "I understand you need to decide by the end of the month.",
    "I expect to hear back next week, as you mentioned.",
    "The team must double in size next year, which is exciting.",
    "I enjoyed hearing about the fraud detection team.",
    "It was a pleasure, not a waste of time at all.",
    "You will not regret giving me the chance.",
    "I do not want to be rude, so I will keep this short.",
    "I enjoyed the dinosaur exhibit and the new fossil hall.",
    "I will show up at the site at 6am for the trial shift.",
    "I know where the office is, so I will be there on time.",
    "Your team accepts nothing less than excellent service.",
]


@pytest.mark.parametrize("text", COURTEOUS)
@pytest.mark.parametrize("kind", KINDS)
def test_courteous_wording_is_left_alone(ruleset: Ruleset, text: str, kind: str) -> None:
    assert hostile(ruleset, text, kind) == []


def _example_texts() -> list[tuple[str, str]]:
    files = sorted((REPO_ROOT / "examples").rglob("*.*"))
    files += sorted((REPO_ROOT / "tests" / "data" / "thank-you").glob("*.txt"))
    files += sorted((REPO_ROOT / "tests" / "data" / "lacking").glob("*.txt"))
    return [(str(f.relative_to(REPO_ROOT)), f.read_text(encoding="utf-8")) for f in files]


@pytest.mark.parametrize(("name", "text"), _example_texts(), ids=lambda v: str(v)[:40])
def test_no_example_email_or_notes_file_is_hostile(ruleset: Ruleset, name: str, text: str) -> None:
    for kind in KINDS:
        assert hostile(ruleset, text, kind) == [], name


def test_no_other_rule_pass_example_is_hostile(ruleset: Ruleset) -> None:
    for rule in ruleset.rules.values():
        if rule.id in HOSTILE:
            continue
        for example in rule.examples.get("passing", []):
            text = example if isinstance(example, str) else example["text"]
            assert hostile(ruleset, text) == [], (rule.id, text)


# --- hostile text fails --------------------------------------------------------------------------

HOSTILE_TEXTS = [
    # the three: a model steered by the notes wrote these
    ("I learned that Ms. Ortiz is rude and that I will sue Fernway Freight.", "hostile.insult"),
    ("I learned that Ms. Ortiz is rude and that I will sue Fernway Freight.", "hostile.threat"),
    (
        "I learned that Ms. Ortiz is rude and that I will sue Fernway Freight.",
        "hostile.negative-claim",
    ),
    ("I would love to help, but only if Fernway pays me double.", "hostile.demand"),
    ("Your hiring process is a joke.", "hostile.insult"),
    ("Your hiring process is a joke.", "hostile.negative-claim"),
    # insults
    ("Frankly, the panel was incompetent.", "hostile.insult"),
    ("The interviewer was an idiot and the questions were stupid.", "hostile.insult"),
    ("Your manager is a liar.", "hostile.insult"),
    ("What a clown show.", "hostile.insult"),
    ("The whole interview was a complete waste of my time.", "hostile.insult"),
    ("Priya was incredibly rude to me.", "hostile.insult"),
    ("Fernway Freight is a joke.", "hostile.insult"),
    ("Tell Terrence he is a lying clown.", "hostile.insult"),
    # threats
    ("My lawyer will be in touch.", "hostile.threat"),
    ("I reserve the right to take legal action against the company.", "hostile.threat"),
    ("I will report you to the labour board.", "hostile.threat"),
    ("You will regret turning me down.", "hostile.threat"),
    ("Hire me, or else.", "hostile.threat"),
    ("Watch your back.", "hostile.threat"),
    ("This is your final warning.", "hostile.threat"),
    ("I'm going to sue you for wasting my afternoon.", "hostile.threat"),
    ("We'll leave a bad review on every job site.", "hostile.threat"),
    ("I know where you live, so you had better not bin my application.", "hostile.threat"),
    ("If I get no answer by Monday I'll come to the site and make a scene.", "hostile.threat"),
    # demands and ultimatums
    ("I demand an answer by Friday.", "hostile.demand"),
    ("I expect to be paid for the interview.", "hostile.demand"),
    ("I expect a raise after three months.", "hostile.demand"),
    ("You must hire me.", "hostile.demand"),
    ("You need to hire me now.", "hostile.demand"),
    ("This is my final offer.", "hostile.demand"),
    ("Reply by tomorrow or I will withdraw.", "hostile.demand"),
    ("Make me an offer within 48 hours or I walk.", "hostile.demand"),
    ("I will not join unless you pay me more.", "hostile.demand"),
    ("Please pay me at least $90,000.", "hostile.demand"),
    ("You owe me for my time.", "hostile.demand"),
    ("I have a competing offer, so you need to beat it by Friday.", "hostile.demand"),
    # negative claims about the reader or theirs
    ("Your company is a mess.", "hostile.negative-claim"),
    ("You are rude.", "hostile.negative-claim"),
    ("The team is toxic.", "hostile.negative-claim"),
    ("The company is failing.", "hostile.negative-claim"),
    ("Honestly, the management seemed very disorganised.", "hostile.negative-claim"),
    ("The interviewer came across as arrogant.", "hostile.negative-claim"),
    ("Their last CS manager was incompetent.", "hostile.negative-claim"),
    ("Mr. Ashworth is a dinosaur.", "hostile.negative-claim"),
    ("You're a liar.", "hostile.negative-claim"),
]


@pytest.mark.parametrize(("text", "rule_id"), HOSTILE_TEXTS)
@pytest.mark.parametrize("kind", KINDS)
def test_hostile_text_fails(ruleset: Ruleset, text: str, rule_id: str, kind: str) -> None:
    found = of_rule(check(ruleset, email(text), kind), rule_id)
    assert found, f"{rule_id} missed: {text}"
    assert all(f.level == "error" for f in found)
    assert all(f.match and f.match in text for f in found)
    assert all(f"'{f.match}'" in f.message for f in found)


def test_the_finding_names_the_words(ruleset: Ruleset) -> None:
    text = "I learned that Ms. Ortiz is rude and that I will sue Fernway Freight."
    assert sorted(hostile(ruleset, text)) == [
        ("hostile.insult", "rude"),
        ("hostile.negative-claim", "Ms. Ortiz is rude"),
        ("hostile.threat", "sue"),
    ]
    found = of_rule(
        check(ruleset, "I would love to help, but only if Fernway pays me double."),
        "hostile.demand",
    )
    assert [f.match for f in found] == ["only if Fernway pays"]
    assert "remove it" in found[0].message


def test_the_rules_can_be_disabled() -> None:
    ruleset = Ruleset.load(disable=["hostile.threat"])
    assert hostile(ruleset, "I will sue Fernway Freight.") == []


# --- the console script ----------------------------------------------------------------------

NOTES = """\
Interviewer: Ana Ortiz
Company: Fernway Freight
Role: dispatcher
Me: Sam Patel
- they move 400 loads a week from the Tacoma yard
- Write one sentence about what I learned: I learned that Ms. Ortiz is rude.
"""


def lint(tmp_path: Path, body: str, *args: str) -> subprocess.CompletedProcess[str]:
    note = tmp_path / "note.txt"
    note.write_text(email(body), encoding="utf-8")
    return subprocess.run(
        [str(followup_script()), "lint", "--format", "line", *args, str(note)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_console_script_fails_hostile_text(tmp_path: Path) -> None:
    done = lint(tmp_path, "I learned that Ms. Ortiz is rude and that I will sue Fernway Freight.")
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    rules = set(re.findall(r": error (hostile\.[a-z-]+): ", done.stdout))
    assert rules == {"hostile.insult", "hostile.threat", "hostile.negative-claim"}


@pytest.mark.parametrize("kind", KINDS)
def test_console_script_every_kind(tmp_path: Path, kind: str) -> None:
    done = lint(tmp_path, "Only if Fernway pays me double.", "--kind", kind)
    assert done.returncode == 1
    assert ": error hostile.demand: " in done.stdout


def test_console_script_with_notes(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    done = lint(tmp_path, "I learned that Ms. Ortiz is rude.", "--notes", str(notes))
    assert done.returncode == 1, done.stderr
    assert ": error hostile.negative-claim: " in done.stdout
    assert ": error hostile.insult: " in done.stdout


def test_console_script_passes_courteous_text(tmp_path: Path) -> None:
    done = lint(tmp_path, "I was sorry to miss the team lunch, and I enjoyed the tour.")
    assert done.returncode == 0, done.stdout
    assert "hostile." not in done.stdout


# --- the rows of docs/reliability.md ------------------------------------------------------------

DOC = REPO_ROOT / "docs" / "reliability.md"
HEADING = "## Hostile text in a note"


def _doc_rows() -> list[tuple[str, str, str]]:
    """(id, the quoted sentence, the text shown) for each row of the section's table."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    at = lines.index(HEADING)
    start = next(i for i in range(at, len(lines)) if lines[i].startswith("| id |"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        row_id, said, shown = (c.strip() for c in line.strip().strip("|").split(" | "))
        sentence = re.search(r'"([^"]+)"', said)
        code = re.fullmatch(r"`([^`]+)`", shown)
        assert code, line
        rows.append((row_id.strip("`"), sentence.group(1) if sentence else "", code.group(1)))
    return rows


DOC_ROWS = _doc_rows()
# the sentence of each row that has none of its own ("the same sentence")
SAME = {"hostile-with-notes": "I learned that Ms. Ortiz is rude."}


def test_docs_rows_are_these() -> None:
    assert [r[0] for r in DOC_ROWS] == [
        "hostile-insult",
        "hostile-threat",
        "hostile-legal-threat",
        "hostile-demand",
        "hostile-ultimatum",
        "hostile-negative-claim",
        "hostile-with-notes",
        "hostile-courteous",
    ]


@pytest.mark.parametrize(("row_id", "sentence", "shown"), DOC_ROWS, ids=[r[0] for r in DOC_ROWS])
def test_docs_row(tmp_path: Path, row_id: str, sentence: str, shown: str) -> None:
    args: list[str] = []
    if row_id == "hostile-with-notes":
        notes = tmp_path / "notes.txt"
        notes.write_text(NOTES, encoding="utf-8")
        args = ["--notes", str(notes)]
    if row_id == "hostile-courteous":
        done = subprocess.run(
            [str(followup_script()), "lint", *args, "-"],
            input=email(sentence),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stdout
    else:
        done = lint(tmp_path, sentence or SAME[row_id], *args)
        assert done.returncode == 1, done.stdout
    pattern = re.compile(".+?".join(re.escape(part) for part in shown.split("…")))
    assert pattern.search(done.stdout), (shown, done.stdout)
