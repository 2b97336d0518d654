"""`followup draft` and `followup variants`: notes in, checked follow-up emails out."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import typer

from followup.errors import ExitStatus, FollowupError, InputError, ModelUnavailable
from followup.options import (
    MAX_TIMEOUT,
    TIMEOUT_HELP,
    DraftKind,
    DraftStrategy,
    OutputFormat,
    finite,
)

NOTES_HELP = (
    "Interview notes (bullets, prose, optional YAML front matter); '-' or nothing reads stdin."
)


def read_notes(path: str | None) -> str:
    from followup.console import note
    from followup.textio import read_text

    if path in (None, "-") and sys.stdin.isatty():
        note("Paste your interview notes, then press Ctrl-D")
    return read_text(path or "-")


def resolve_notes(
    text: str,
    *,
    to: str | None,
    company: str | None,
    role: str | None,
    sender: str | None,
    salutation: str | None = None,
    to_flag: bool = True,
    ask: bool = False,
) -> Any:
    """Parse the notes and insist on the two names a draft cannot do without (never guessed).

    The sender comes from --sender, then FOLLOWUP_SENDER or the config file, then the notes:
    a name inside pasted text never beats the user's own setting. When the notes leave two
    people who could be the addressee, `ask` (a terminal) offers a numbered choice; otherwise
    the error names them and the flag to use. `to_flag` False: the command has no --to
    (batch), so the message does not suggest it.
    """
    from followup.config import load_settings
    from followup.notes import parse_notes

    configured = os.environ.get("FOLLOWUP_SENDER") or load_settings().sender
    notes = parse_notes(
        text,
        {
            "interviewer": to,
            "company": company,
            "role": role,
            "candidate": sender,
            "salutation": salutation,
        },
        settings={"candidate": configured},
    )
    how = " or use --to NAME" if to_flag else ""
    if not notes.interviewer and notes.facts is not None and notes.facts.ambiguous:
        names = [p.full for p in notes.facts.candidates]
        if ask:
            chosen = _choose(names)
            return resolve_notes(
                text,
                to=chosen,
                company=company,
                role=role,
                sender=sender,
                salutation=salutation,
                to_flag=to_flag,
            )
        listed = " or ".join(repr(n) for n in names[:4])
        flag = f"; use --to NAME, e.g. --to {names[0]!r}" if to_flag else "; add 'Send to: NAME'"
        raise InputError(f"the notes name more than one possible addressee ({listed}){flag}")
    if not notes.interviewer:
        raise InputError(f"the notes name no interviewer: add a line 'Interviewer: NAME'{how}")
    if not notes.candidate:
        raise InputError(
            "no sender name: use --sender NAME, set FOLLOWUP_SENDER, or run "
            '`followup config set sender "Your Name"`'
        )
    return notes


def _choose(names: list[str]) -> str:
    """A numbered choice on the terminal; anything but a listed number is a usage error."""
    for i, name in enumerate(names, 1):
        sys.stderr.write(f"  {i}. {name}\n")
    sys.stderr.write(f"Who is the email to? [1-{len(names)}]: ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip()
    if answer.isdigit() and 1 <= int(answer) <= len(names):
        return names[int(answer) - 1]
    raise InputError(f"no addressee chosen (expected a number from 1 to {len(names)})")


def understood_line(notes: Any) -> str:
    """`to Dr. Ruth Mensah (runs the unit), Kingsbridge Hospital, Charge Nurse; from Priya`."""
    from followup.understanding.summary import one_line

    return one_line(
        notes.interviewer, notes.interviewer_title, notes.company, notes.role, notes.candidate
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


class DraftOptions:
    """The drafting flags `draft` and `batch` share (`apps draft` takes some of them)."""

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


def build_drafter(
    *,
    backend: str | None,
    model: str | None,
    base_url: str | None,
    timeout: float,
    max_retries: int,
    strategy: DraftStrategy,
    samples: int,
    prompts_dir: Path | None,
    verbose: bool,
    asynchronous: bool = False,
    temperature: float = 0.7,
) -> Any:
    """The Drafter for these flags; `asynchronous` gives it an async model (`draft_async`)."""
    from followup.config import load_settings
    from followup.console import note
    from followup.drafting import Drafter, Strategy
    from followup.lint.engine import Ruleset
    from followup.models.openai_compat import display_url, redact
    from followup.models.resolve import build, build_async, choose
    from followup.prompts import Prompts

    choice = choose(backend=backend, model=model, base_url=base_url, settings=load_settings())
    make = build_async if asynchronous else build
    chat = make(choice, timeout=timeout, max_retries=max_retries)
    chosen_strategy: Strategy = "whole" if strategy is DraftStrategy.whole else "slots"
    if strategy is DraftStrategy.auto:
        chosen_strategy = "slots" if chat.backend == "embedded" else "whole"
    if verbose:
        where = f" at {display_url(choice.base_url)}" if choice.base_url else ""
        key = f", key {redact(choice.api_key)}" if choice.backend == "openai" else ""
        note(f"backend {chat.backend}, model {chat.name}{where}{key}, strategy {chosen_strategy}")

    def show(attempt: Any) -> None:
        if verbose:
            errors = sum(f.level == "error" for f in attempt.findings)
            verdict = "passed" if attempt.passed else f"{errors} error(s)"
            note(
                f"attempt {attempt.number}: {verdict} ({attempt.usage.total_tokens} tokens, "
                f"{attempt.seconds:.1f} s)"
            )

    return Drafter(
        chat,
        Ruleset.load(),
        Prompts(prompts_dir),
        strategy=chosen_strategy,
        samples=samples,
        temperature=temperature,
        on_attempt=show,
    )


def _emit(text: str, output: Path | None, force: bool) -> None:
    from followup.textio import write_atomic

    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text, force=force)


def draft(
    notes_file: str = typer.Argument(None, help=NOTES_HELP, show_default=False),
    kind: DraftKind = typer.Option(
        None,
        "--kind",
        "-k",
        help="thank-you (default, or from the notes' front matter), check-in or nudge.",
        show_default=False,
    ),
    to: str = typer.Option(None, "--to", help="Interviewer's name, as you would address them."),
    company: str = typer.Option(None, "--company", help="Company name."),
    role: str = typer.Option(None, "--role", help="Role you interviewed for."),
    sender: str = typer.Option(None, "--sender", help="Your name for the sign-off."),
    salutation: str = typer.Option(
        None,
        "--salutation",
        help="How to greet them, e.g. 'Dr. Mensah' (default: from the notes: an honorific and "
        "surname, a first name alone, or the full name).",
    ),
    each: bool = typer.Option(
        False,
        "--each",
        help="Panel interviews: one email per interviewer the notes name (with -o DIR, one "
        "file each).",
    ),
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help="Write the draft to FILE (atomically; refuses to overwrite without --force); "
        "with --each, a folder for one file per interviewer.",
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite --output if it exists."),
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    max_attempts: int = DraftOptions.max_attempts,
    no_fallback: bool = typer.Option(
        False,
        "--no-fallback",
        help="Exit 1 with the best draft and its findings instead of using the template.",
    ),
    strategy: DraftStrategy = DraftOptions.strategy,
    samples: int = DraftOptions.samples,
    seed: int = DraftOptions.seed,
    temperature: float = typer.Option(
        0.7, "--temperature", min=0.0, max=2.0, callback=finite, help="Sampling temperature."
    ),
    prompts_dir: Path = DraftOptions.prompts_dir,
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Print the rendered prompts; call no model."
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show backend and attempts."),
    no_log: bool = typer.Option(False, "--no-log", help="Do not save this draft in the history."),
    backend: str | None = ModelOptions.backend,
    model: str = ModelOptions.model,
    base_url: str = ModelOptions.base_url,
    timeout: float = ModelOptions.timeout,
    max_retries: int = ModelOptions.max_retries,
) -> int:
    """Draft a follow-up email from interview notes, checked against the guide's rules.

    Exit status: 0 a draft that passes every error-level rule; 1 none did (--no-fallback);
    2 bad input; 3 the model could not be reached or loaded.
    """
    from followup.console import note
    from followup.report import FileReport, render_line

    if output is not None:  # fail before any model work, not after it
        _check_output(output, force, each)
    notes_text = read_notes(notes_file)
    notes = resolve_notes(
        notes_text,
        to=to,
        company=company,
        role=role,
        sender=sender,
        salutation=salutation,
        ask=notes_file not in (None, "-") and sys.stdin.isatty() and sys.stderr.isatty(),
    )
    chosen_kind = kind.value if kind else (notes.kind or "thank-you")
    if chosen_kind not in ("thank-you", "check-in", "nudge"):
        raise InputError(f"notes: unknown kind {chosen_kind!r} (thank-you, check-in or nudge)")
    targets = panel(notes) if each else [notes]
    if each and output is not None:
        for target in targets:
            _check_output(output / _file_name(target.interviewer), force, False)
    if verbose:
        for target in targets:
            note(understood_line(target))
    if not each and to is None:
        panel_note(notes)
    if dry_run:
        sys.stdout.write(_dry_run(notes, chosen_kind, strategy, prompts_dir))
        return ExitStatus.OK
    drafter = build_drafter(
        backend=backend,
        model=model,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        strategy=strategy,
        samples=samples,
        prompts_dir=prompts_dir,
        verbose=verbose,
        temperature=temperature,
    )
    status = ExitStatus.OK
    for number, target in enumerate(targets):
        result = _run_with_spinner(
            verbose,
            lambda target=target, number=number: draft_and_log(
                drafter,
                target,
                chosen_kind,
                notes_text,
                log=not no_log,
                max_attempts=max_attempts,
                seed=seed + 7919 * number,
                fallback=not no_fallback,
                variant=number,  # a panel's emails start from different details
            ),
        )
        if result.fell_back:
            note(
                f"no model draft passed the rules in {len(result.attempts)} attempt(s); "
                "this is the guide's template filled from your notes"
            )
        where = output / _file_name(target.interviewer) if each and output else output
        if fmt is OutputFormat.json:
            body = result.as_dict() | {"facts": _facts_json(target)}
            _emit(json.dumps(body, indent=2, ensure_ascii=False) + "\n", where, force)
        else:
            if each and output is None:
                sys.stdout.write(f"--- to {target.interviewer}\n")
            _emit(result.text, where, force)
        if not result.accepted:  # --no-fallback: the best draft is on stdout, its findings here
            from followup.lint.findings import Stats

            render_line(
                [FileReport("draft", chosen_kind, result.findings, Stats(0, 0, 0.0))], sys.stderr
            )
            status = ExitStatus.FINDINGS
    return status


def _check_output(output: Path, force: bool, folder: bool) -> None:
    """Refuse a bad -o before any model work: no draft is made only to be thrown away."""
    from followup.textio import check_output

    if folder:
        try:
            if output.exists() and not output.is_dir():
                raise InputError(f"{output}: not a folder (--each writes one file per interviewer)")
            if not output.exists():
                if not output.parent.is_dir():
                    raise InputError(f"{output}: folder {output.parent} does not exist")
                output.mkdir()
        except OSError as exc:
            raise InputError(f"{output}: cannot create the folder ({exc.strerror})") from None
        return
    check_output(output, force=force)


def _file_name(name: str | None) -> str:
    """`Dr. Ruth Mensah` -> `ruth-mensah.txt`: one file per interviewer."""
    import re

    words = [w for w in re.findall(r"\w+", (name or "draft").lower()) if len(w) > 2 or w.isalpha()]
    honorifics = {"dr", "mr", "ms", "mrs", "mx", "prof", "miss"}
    slug = "-".join(w for w in words if w not in honorifics) or "draft"
    return slug[:60] + ".txt"


def panel_note(notes: Any, how: str = "run again with --each") -> None:
    """A panel's other interviewers, named on stderr: the email went to the main contact."""
    from followup.console import note

    if notes.others:
        others = ", ".join(notes.others)
        note(f"also interviewed: {others}; for one email each, {how} (or --to {notes.others[0]!r})")


def panel(notes: Any) -> list[Any]:
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


def _facts_json(notes: Any) -> dict[str, Any]:
    """The facts a draft used, for `--format json`: the resolved ones and what was read."""
    resolved = {
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


def draft_and_log(
    drafter: Any, notes: Any, kind: str, notes_text: str, *, log: bool, **options: Any
) -> Any:
    """`drafter.draft`, with the draft saved in the history (unless `log` is false): when the
    model fails part way, the attempts made so far are saved before the error goes on."""
    from followup.storage import history

    try:
        result = drafter.draft(notes, kind, **options)
    except ModelUnavailable as exc:
        if log and exc.partial is not None:
            history.save(exc.partial, notes_text, "model-unavailable")
        raise
    if log:  # a history that cannot be written is a warning: the draft still reaches the user
        history.save(result, notes_text, "accepted" if result.accepted else "rejected")
    return result


def _run_with_spinner(verbose: bool, work: Any) -> Any:
    if not verbose or not sys.stderr.isatty():
        return work()
    from rich.console import Console

    with Console(stderr=True).status("Drafting..."):
        return work()


def _dry_run(notes: Any, kind: str, strategy: DraftStrategy, prompts_dir: Path | None) -> str:
    from followup.composer import decided_by
    from followup.drafting import WORD_LIMITS
    from followup.prompts import Prompts

    prompts = Prompts(prompts_dir)
    chunks: list[tuple[str, list[dict[str, str]]]] = []
    if strategy is DraftStrategy.whole:
        chunks.append(
            (
                f"{kind}.j2",
                prompts.messages(f"{kind}.j2", notes=notes, kind=kind, limits=WORD_LIMITS),
            )
        )
    else:
        for point in notes.learned_points[:1]:
            chunks.append(
                ("slot-learned.j2", prompts.messages("slot-learned.j2", fact=point, rejected=[]))
            )
        for point in notes.contribution_points[:1]:
            chunks.append(
                (
                    "slot-contribution.j2",
                    prompts.messages("slot-contribution.j2", fact=point, rejected=[]),
                )
            )
    out = []
    for name, messages in chunks:
        out.append(f"=== {name}\n")
        for m in messages:
            out.append(f"--- {m['role']}\n{m['content']}\n")
    out.append(f"=== email/{kind}.j2\n")
    out.append(
        prompts.text(
            f"email/{kind}.j2",
            notes=notes,
            learned="{learned sentence}",
            enthusiasm="{enthusiasm sentence}",
            decided_by=decided_by(notes),
            v=0,
        )
    )
    return "".join(out)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in text.split()]
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def jaccard(a: str, b: str) -> float:
    """Word-trigram overlap: how alike two variants read."""
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 1.0


def variant_overlap(a: Any, b: Any) -> float:
    """How alike two variants are where it matters: the sentences put into the template's slots
    (the template around them differs by construction). One such sentence in both makes them
    the same variant (1.0); else their slot sentences' overlap; the whole texts when either has
    none (a template-only draft)."""
    from followup.drafting import slot_written

    parts_a, parts_b = slot_written(a), slot_written(b)
    if parts_a and parts_b:
        if {_normal(p) for p in parts_a} & {_normal(p) for p in parts_b}:
            return 1.0
        return jaccard(" ".join(parts_a), " ".join(parts_b))
    return jaccard(a.text, b.text)


def _normal(sentence: str) -> str:
    return " ".join(sentence.lower().split())


def _notes_from_email(email: str, extra_notes: str | None) -> str:
    """A hand-written email carries its own facts: greeting name, sign-off name, its sentences."""
    import re

    lines = [ln.strip() for ln in email.strip().splitlines() if ln.strip()]
    head = ""
    if lines:
        m = re.match(r"^(?:Dear|Hello|Hi)\s+(.+?)[,:]?$", lines[0])
        if m:
            head += f"Interviewer: {m.group(1)}\n"
        if len(lines) > 1 and len(lines[-1].split()) <= 4 and not lines[-1].endswith("."):
            head += f"Candidate: {lines[-1]}\n"
    return head + (extra_notes or "") + "\n" + email


def variants(
    notes_file: str = typer.Argument(None, help=NOTES_HELP, show_default=False),
    n: int = typer.Option(3, "-n", "--count", min=1, max=10, help="How many variants."),
    from_email: Path = typer.Option(
        None,
        "--from-email",
        help="Rephrase this hand-written email, keeping its facts.",
        metavar="FILE",
    ),
    notes_opt: Path = typer.Option(
        None, "--notes", help="With --from-email: the interview notes.", metavar="FILE"
    ),
    kind: DraftKind = typer.Option(DraftKind.thank_you, "--kind", "-k", help="Message kind."),
    to: str = typer.Option(None, "--to", help="Interviewer's name."),
    company: str = typer.Option(None, "--company", help="Company name."),
    role: str = typer.Option(None, "--role", help="Role."),
    sender: str = typer.Option(None, "--sender", help="Your name."),
    salutation: str = typer.Option(
        None, "--salutation", help="How to greet them, e.g. 'Dr. Mensah'."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    max_overlap: float = typer.Option(
        0.5,
        "--max-overlap",
        min=0.0,
        max=1.0,
        callback=finite,
        help="Largest word-trigram Jaccard overlap allowed between variants.",
    ),
    seed: int = typer.Option(0, "--seed", help="First sampling seed."),
    samples: int = typer.Option(4, "--samples", min=1, max=16, help="Sentences per slot."),
    strategy: DraftStrategy = typer.Option(
        DraftStrategy.auto, "--strategy", help="slots or whole."
    ),
    prompts_dir: Path = typer.Option(
        None, "--prompts", help="Prompt templates folder.", metavar="DIR"
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show backend and attempts."),
    backend: str | None = ModelOptions.backend,
    model: str = ModelOptions.model,
    base_url: str = ModelOptions.base_url,
    timeout: float = ModelOptions.timeout,
    max_retries: int = ModelOptions.max_retries,
) -> int:
    """Draft N alternative phrasings, each passing the rules and measurably different."""
    from followup.console import note
    from followup.textio import read_text

    if from_email is not None:
        if notes_file is not None:
            raise InputError("give either NOTES or --from-email, not both")
        extra = read_text(notes_opt) if notes_opt else None
        text = _notes_from_email(read_text(from_email), extra)
    else:
        text = read_notes(notes_file)
    notes = resolve_notes(
        text, to=to, company=company, role=role, sender=sender, salutation=salutation
    )
    drafter = build_drafter(
        backend=backend,
        model=model,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        strategy=strategy,
        samples=samples,
        prompts_dir=prompts_dir,
        verbose=verbose,
    )
    kept: list[Any] = []
    tries = 0
    while len(kept) < n and tries < 3 * n:
        # the frame follows the kept count (kept variants never share one, up to three); a
        # dropped try moves on by three, so its facts rotate but its frame stays
        variant = len(kept) + 3 * (tries - len(kept))
        result = drafter.draft(notes, kind.value, seed=seed + 7919 * tries, variant=variant)
        tries += 1
        overlap = max((variant_overlap(result, k) for k in kept), default=0.0)
        if result.accepted and overlap < max_overlap:
            kept.append(result)
        elif verbose:
            note(f"dropped a variant (overlap {overlap:.2f}, accepted {result.accepted})")
    if len(kept) < n:
        note(f"only {len(kept)} of {n} variants were distinct enough and passed the rules")
    if fmt is OutputFormat.json:
        sys.stdout.write(
            json.dumps(
                {"version": 1, "variants": [k.as_dict() for k in kept]},
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    else:
        sys.stdout.write("\n".join(f"--- variant {i}\n{k.text}" for i, k in enumerate(kept, 1)))
    if not kept:
        raise FollowupError("no variant passed the rules", ExitStatus.FINDINGS)
    return ExitStatus.OK
