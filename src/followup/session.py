"""One drafting session for every caller (`draft`, `variants`, `batch`, `apps draft`, a web page):
notes resolved with the user's names and settings, a drafter built from one typed settings
object, and each result kept in the history. Commands parse flags into these objects and
render what comes back; nothing here prints."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from followup.drafting import Attempt, Drafter, DraftResult, Strategy
from followup.errors import InputError, ModelUnavailable
from followup.notes import InterviewNotes

StrategyChoice = Literal["auto", "slots", "whole"]
KINDS = ("thank-you", "check-in", "nudge")


@dataclass(frozen=True)
class ModelSettings:
    """Which model answers: flags first, then the environment and the config file."""

    backend: str | None = None
    model: str | None = None
    base_url: str | None = None
    timeout: float = 60.0
    max_retries: int = 2


@dataclass(frozen=True)
class DraftSettings:
    """How drafts are written."""

    model: ModelSettings = field(default_factory=ModelSettings)
    strategy: StrategyChoice = "auto"
    samples: int = 4
    temperature: float = 0.7
    prompts_dir: Path | None = None


@dataclass(frozen=True)
class Names:
    """What the user said about the people and the job (flags), over what the notes say."""

    to: str | None = None
    company: str | None = None
    role: str | None = None
    sender: str | None = None
    salutation: str | None = None
    # the details a draft may cite, as the user edited them (a page's list): they replace what
    # the notes' reader picked, as a flag replaces a name; None leaves the notes' own
    learned: tuple[str, ...] | None = None
    contributions: tuple[str, ...] | None = None


def understand(text: str, names: Names) -> InterviewNotes:
    """The notes read, with the user's names and settings on top, insisting on nothing yet: what
    a page shows as understood while the user may still fill in a missing name.

    The sender comes from the flag, then FOLLOWUP_SENDER or the config file, then the notes: a
    name inside pasted text never beats the user's own setting."""
    from followup.config import load_settings
    from followup.notes import parse_notes

    configured = os.environ.get("FOLLOWUP_SENDER") or load_settings().sender
    notes = parse_notes(
        text,
        {
            "interviewer": names.to,
            "company": names.company,
            "role": names.role,
            "candidate": names.sender,
            "salutation": names.salutation,
        },
        settings={"candidate": configured},
    )
    edited: dict[str, object] = {}
    if names.learned is not None:
        edited["learned"] = [d for d in names.learned if d.strip()]
    if names.contributions is not None:
        edited["contributions"] = [d for d in names.contributions if d.strip()]
    return notes.model_copy(update=edited) if edited else notes


def missing_name(notes: InterviewNotes, *, to_flag: bool = True) -> str | None:
    """Why these notes cannot be drafted yet (a name a draft cannot do without, never guessed),
    as the one line the CLI shows; None when both names are there."""
    how = " or use --to NAME" if to_flag else ""
    if not notes.interviewer and notes.facts is not None and notes.facts.ambiguous:
        people = [p.full for p in notes.facts.candidates]
        listed = " or ".join(repr(n) for n in people[:4])
        flag = f"; use --to NAME, e.g. --to {people[0]!r}" if to_flag else "; add 'Send to: NAME'"
        return f"the notes name more than one possible addressee ({listed}){flag}"
    if not notes.interviewer and notes.facts is not None and notes.facts.candidates:
        # the notes say they cannot tell, and only one of the people they name could be it
        named = notes.facts.candidates[0].full
        flag = f"; use --to NAME, e.g. --to {named!r}" if to_flag else "; add 'Send to: NAME'"
        return f"the notes do not say whom to write to ({named!r} is named){flag}"
    if not notes.interviewer:
        return f"the notes name no interviewer: add a line 'Interviewer: NAME'{how}"
    if not notes.candidate:
        return (
            "no sender name: use --sender NAME, set FOLLOWUP_SENDER, or run "
            '`followup config set sender "Your Name"`'
        )
    return None


def resolve_notes(
    text: str,
    names: Names,
    *,
    to_flag: bool = True,
    choose: Callable[[list[str]], str] | None = None,
) -> InterviewNotes:
    """Parse the notes (`understand`) and insist on the two names a draft cannot do without.

    When the notes leave two people who could be the addressee, `choose` (a terminal's numbered
    question, a page's list) picks one; without it the error names them. `to_flag` False: the
    caller has no --to (batch), so the message does not suggest it.
    """
    notes = understand(text, names)
    if choose is not None and not notes.interviewer and notes.facts and notes.facts.ambiguous:
        people = [p.full for p in notes.facts.candidates]
        picked = replace(names, to=choose(people))
        return resolve_notes(text, picked, to_flag=to_flag)
    problem = missing_name(notes, to_flag=to_flag)
    if problem is not None:
        raise InputError(problem)
    return notes


def kind_of(notes: InterviewNotes, asked: str | None) -> str:
    """The kind asked for, else the notes' own, else a thank-you."""
    chosen = asked or notes.kind or "thank-you"
    if chosen not in KINDS:
        raise InputError(f"notes: unknown kind {chosen!r} (thank-you, check-in or nudge)")
    return chosen


@dataclass(frozen=True)
class Opened:
    """A drafter and the one line that says what it runs on (for `-v`)."""

    drafter: Drafter
    description: str


def open_drafter(
    settings: DraftSettings,
    *,
    asynchronous: bool = False,
    on_attempt: Callable[[Attempt], None] | None = None,
) -> Opened:
    """The Drafter for these settings; `asynchronous` gives it an async model (`draft_async`)."""
    from followup.config import load_settings
    from followup.lint.engine import Ruleset
    from followup.models.openai_compat import display_url, redact
    from followup.models.resolve import build, build_async, choose
    from followup.prompts import Prompts

    m = settings.model
    choice = choose(backend=m.backend, model=m.model, base_url=m.base_url, settings=load_settings())
    make = build_async if asynchronous else build
    chat = make(choice, timeout=m.timeout, max_retries=m.max_retries)
    strategy: Strategy = "whole" if settings.strategy == "whole" else "slots"
    if settings.strategy == "auto":
        strategy = "slots" if chat.backend == "embedded" else "whole"
    where = f" at {display_url(choice.base_url)}" if choice.base_url else ""
    key = f", key {redact(choice.api_key)}" if choice.backend == "openai" else ""
    drafter = Drafter(
        chat,
        Ruleset.load(),
        Prompts(settings.prompts_dir),
        strategy=strategy,
        samples=settings.samples,
        temperature=settings.temperature,
        on_attempt=on_attempt,
    )
    described = f"backend {chat.backend}, model {chat.name}{where}{key}, strategy {strategy}"
    return Opened(drafter, described)


def draft_and_log(
    drafter: Drafter,
    notes: InterviewNotes,
    kind: str,
    notes_text: str,
    *,
    log: bool = True,
    max_attempts: int = 3,
    seed: int = 0,
    fallback: bool = True,
    variant: int = 0,
) -> DraftResult:
    """`drafter.draft`, with the draft saved in the history (unless `log` is false): when the
    model fails part way, the attempts made so far are saved before the error goes on."""
    from followup.storage import history

    try:
        result = drafter.draft(
            notes, kind, max_attempts=max_attempts, seed=seed, fallback=fallback, variant=variant
        )
    except ModelUnavailable as exc:
        if log and isinstance(exc.partial, DraftResult):  # the drafter's only kind of partial
            history.save(exc.partial, notes_text, "model-unavailable")
        raise
    if log:  # a history that cannot be written is a warning: the draft still reaches the user
        history.save(result, notes_text, "accepted" if result.accepted else "rejected")
    return result


def panel(notes: InterviewNotes) -> list[InterviewNotes]:
    """The notes once per interviewer, each addressed to one of them (the main contact first)."""
    people = [notes]
    facts = notes.facts
    if facts is None:
        return people
    for other in facts.others:
        people.append(
            notes.model_copy(
                update={
                    "interviewer": other.full,
                    "addressed_as": other.addressed_as,
                    "interviewer_title": other.title,
                    "others": [notes.interviewer]
                    + [o.full for o in facts.others if o.full != other.full],
                }
            )
        )
    return people


def facts_json(notes: InterviewNotes) -> dict[str, object]:
    """The facts a draft used, for `--format json`: the resolved ones and what was read."""
    resolved: dict[str, object] = {
        "to": notes.interviewer,
        "salutation": notes.addressed_as,
        "to_title": notes.interviewer_title,
        "also_interviewed": notes.others,
        "company": notes.company,
        "role": notes.role,
        "sender": notes.candidate,
        "interview_date": notes.interview_date.isoformat() if notes.interview_date else None,
        "decision_date": notes.decision_date.isoformat() if notes.decision_date else None,
        "learned": notes.learned_points[:3],
        "contributions": notes.contribution_points[:3],
    }
    if notes.facts is not None:
        resolved["read"] = notes.facts.model_dump(mode="json")
    return resolved
