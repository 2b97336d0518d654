"""What several commands share: the drafting flags (declared once, so their help cannot drift),
reading notes from a file or the terminal, the lines they print about a session, and `--today`
and a plan as text (`plan`, `apps`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from followup.commands.choices import MAX_TIMEOUT, TIMEOUT_HELP, DraftStrategy, finite
from followup.errors import InputError

if TYPE_CHECKING:  # the drafting modules load only when a command drafts
    from followup.drafting import Attempt
    from followup.notes import InterviewNotes
    from followup.session import DraftSettings, Opened
    from followup.timing import Plan

TODAY_HELP = "Plan as if today were DATE (default: the real date); relative dates count from it."
NOTES_HELP = (
    "Interview notes (bullets, prose, optional YAML front matter); '-' or nothing reads stdin."
)


class ModelOptions:
    """The flags every model-using command shares."""

    backend = typer.Option(
        None,
        "--backend",
        help="embedded, openai, or auto (openai when OPENAI_API_KEY or a base URL is "
        "configured); default: the config's backend, else auto.",
        show_default=False,
    )
    model = typer.Option(None, "--model", help="Model name for the openai backend.")
    base_url = typer.Option(
        None,
        "--base-url",
        help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1 for Ollama.",
    )
    timeout = typer.Option(
        60.0, "--timeout", min=1.0, max=MAX_TIMEOUT, callback=finite, help=TIMEOUT_HELP
    )
    max_retries = typer.Option(2, "--max-retries", min=0, max=10, help="Retries per request.")


class NameOptions:
    """The names a user gives on top of the notes' own, shared by `draft` and `variants`."""

    to: str = typer.Option(None, "--to", help="Interviewer's name, as you would address them.")
    company: str = typer.Option(None, "--company", help="Company name.")
    role: str = typer.Option(None, "--role", help="Role you interviewed for.")
    sender: str = typer.Option(None, "--sender", help="Your name for the sign-off.")
    salutation: str = typer.Option(
        None,
        "--salutation",
        help="How to greet them, e.g. 'Dr. Mensah' (default: from the notes: an honorific and "
        "surname, a first name alone, or the full name).",
    )


class DraftOptions:
    """The drafting flags `draft`, `variants` and `batch` share (`apps draft` takes some)."""

    max_attempts = typer.Option(
        3, "--max-attempts", min=1, max=10, help="Model attempts before the template fallback."
    )
    strategy = typer.Option(
        DraftStrategy.auto,
        "--strategy",
        help="slots (one sentence per call; embedded default) or whole email (openai default).",
    )
    samples = typer.Option(
        4, "--samples", min=1, max=16, help="Sentences sampled per slot (slots strategy)."
    )
    seed = typer.Option(0, "--seed", help="Sampling seed.")
    prompts_dir = typer.Option(
        None,
        "--prompts",
        help="Folder of prompt templates that replace the built-in ones by name.",
        metavar="DIR",
    )
    verbose = typer.Option(False, "--verbose", "-v", help="Show backend and attempts.")


def settings_from(
    *,
    backend: str | None,
    model: str | None,
    base_url: str | None,
    timeout: float,
    max_retries: int,
    strategy: DraftStrategy = DraftStrategy.auto,
    samples: int = 4,
    temperature: float = 0.7,
    prompts_dir: Path | None = None,
) -> DraftSettings:
    """The flags as the session's settings."""
    from followup.session import DraftSettings, ModelSettings

    return DraftSettings(
        model=ModelSettings(backend, model, base_url, timeout, max_retries),
        strategy=strategy.value,
        samples=samples,
        temperature=temperature,
        prompts_dir=prompts_dir,
    )


def read_notes(path: str | None) -> str:
    from followup.console import note
    from followup.textio import read_text

    if path in (None, "-") and sys.stdin.isatty():
        note("Paste your interview notes, then press Ctrl-D")
    return read_text(path or "-")


def choose_on_terminal(names: list[str]) -> str:
    """A numbered choice on the terminal; anything but a listed number is a usage error."""
    for i, name in enumerate(names, 1):
        sys.stderr.write(f"  {i}. {name}\n")
    sys.stderr.write(f"Who is the email to? [1-{len(names)}]: ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip()
    if answer.isdigit() and 1 <= int(answer) <= len(names):
        return names[int(answer) - 1]
    raise InputError(f"no addressee chosen (expected a number from 1 to {len(names)})")


def understood_line(notes: InterviewNotes) -> str:
    """`to Dr. Ruth Mensah (runs the unit), Kingsbridge Hospital, Charge Nurse; from Priya`."""
    from followup.understanding.summary import one_line

    return one_line(
        notes.interviewer, notes.interviewer_title, notes.company, notes.role, notes.candidate
    )


def panel_note(notes: InterviewNotes, how: str = "run again with --each") -> None:
    """A panel's other interviewers, named on stderr: the email went to the main contact."""
    from followup.console import note

    if notes.others:
        others = ", ".join(notes.others)
        note(f"also interviewed: {others}; for one email each, {how} (or --to {notes.others[0]!r})")


def note_attempt(attempt: Attempt) -> None:
    """`-v`: each attempt as it ends, and the model sentences it refused, with why."""
    from followup.console import note

    errors = sum(f.level == "error" for f in attempt.findings)
    verdict = "passed" if attempt.passed else f"{errors} error(s)"
    note(
        f"attempt {attempt.number}: {verdict} ({attempt.usage.total_tokens} tokens, "
        f"{attempt.seconds:.1f} s)"
    )
    for refused in attempt.rejected:
        note(f"  refused a {refused.slot} sentence: {', '.join(refused.reasons)}")


def note_fallback(attempts: int) -> None:
    from followup.console import note

    note(
        f"no model draft passed the rules in {attempts} attempt(s); "
        "this is the guide's template filled from your notes"
    )


def open_for_command(settings: DraftSettings, verbose: bool) -> Opened:
    """The session's drafter, with `-v` showing what it runs on and each attempt."""
    from followup.console import note
    from followup.session import open_drafter

    opened = open_drafter(settings, on_attempt=note_attempt if verbose else None)
    if verbose:
        note(opened.description)
    return opened


def render_plan(plan: Plan, *, draft_command: str | None = None) -> None:
    """The plan as a few lines of text (coloured on a terminal)."""
    from rich.console import Console
    from rich.markup import escape

    from followup.timing import fmt_date

    # soft_wrap: long reasons stay one line each (a terminal wraps them; scripts can grep them)
    console = Console(file=sys.stdout, highlight=False, soft_wrap=True)
    style = "bold red" if plan.overdue else ("bold green" if plan.sends_now else "bold")
    console.print(f"[{style}]{escape(plan.headline)}[/{style}]")
    if plan.due is not None:
        due = fmt_date(plan.due)
        if plan.overdue:
            days = plan.days_overdue
            due += f" ({days} day{'s' if days != 1 else ''} overdue)"
        console.print(f"  Due:      {due}")
    console.print(f"  Why:      {escape(plan.reason)}")
    command = draft_command or plan.command
    if command:
        console.print(f"  Draft it: {escape(command)}")
    if plan.weekend and plan.act_on is not None and plan.next_working_day is not None:
        console.print(
            f"  Weekend:  {fmt_date(plan.act_on)} is a weekend day; the next working day is "
            f"{fmt_date(plan.next_working_day)}."
        )
