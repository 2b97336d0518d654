"""The page's drafting jobs: the same session calls as `followup draft` and `followup
variants` (resolve the notes, open the drafter, draft and log), reporting each attempt as it
ends and each draft as JSON the page renders."""

from __future__ import annotations

from followup.drafting import Attempt, DraftResult
from followup.errors import ExitStatus, FollowupError, InputError
from followup.notes import InterviewNotes
from followup.web.config import ServeConfig
from followup.web.marks import marks, subject_and_body
from followup.web.payloads import DraftIn
from followup.web.worker import Emit, Job


def attempt_json(attempt: Attempt) -> dict[str, object]:
    """What `draft -v` says of an attempt as it ends."""
    return {
        "number": attempt.number,
        "passed": attempt.passed,
        "errors": sum(f.level == "error" for f in attempt.findings),
        "tokens": attempt.usage.total_tokens,
        "seconds": round(attempt.seconds, 1),
        "refused": [{"slot": r.slot, "reasons": list(r.reasons)} for r in attempt.rejected],
    }


def draft_json(result: DraftResult, notes: InterviewNotes) -> dict[str, object]:
    """A draft split into subject and body, with its findings at their offsets."""
    subject, body = subject_and_body(result.text)
    return {
        "to": notes.interviewer,
        "text": result.text,
        "subject": subject.as_dict(),
        "body": body.as_dict(),
        "findings": marks(result.text, result.findings),
        "accepted": result.accepted,
        "fell_back": result.fell_back,
        "attempts": len(result.attempts),
        "backend": result.backend,
        "model": result.model,
    }


def _targets(notes: InterviewNotes, each: list[str]) -> list[InterviewNotes]:
    """The main contact, or the panel's interviewers the user ticked (`draft --each`)."""
    from followup.session import panel

    if not each:
        return [notes]
    chosen = [n for n in panel(notes) if n.interviewer in each]
    if not chosen:
        raise InputError(f"no interviewer named {each[0]!r} in these notes")
    return chosen


def draft_job(config: ServeConfig, asked: DraftIn) -> Job:
    """`followup draft` (with `--each` when the page names a panel's interviewers)."""

    def job(emit: Emit) -> None:
        from followup.session import draft_and_log, kind_of, open_drafter, resolve_notes
        from followup.variants import SEED_STEP

        text = asked.notes_text()
        notes = resolve_notes(text, asked.names.names())
        kind = kind_of(notes, asked.kind_asked())
        targets = _targets(notes, asked.each)
        emit("start", {"kind": kind, "to": [t.interviewer for t in targets]})
        opened = open_drafter(config.draft, on_attempt=lambda a: emit("attempt", attempt_json(a)))
        emit("model", {"description": opened.description})
        for number, target in enumerate(targets):
            result = draft_and_log(
                opened.drafter,
                target,
                kind,
                text,
                log=config.log,
                seed=SEED_STEP * number,
                variant=number,  # a panel's emails start from different details
            )
            emit("draft", draft_json(result, target))
        emit("done", {})

    return job


def variants_job(config: ServeConfig, asked: DraftIn) -> Job:
    """`followup variants -n COUNT`: alternatives that pass the rules and differ."""

    def job(emit: Emit) -> None:
        from followup.session import kind_of, open_drafter, resolve_notes
        from followup.variants import draft_variants

        notes = resolve_notes(asked.notes_text(), asked.names.names())
        kind = kind_of(notes, asked.kind_asked())
        emit("start", {"kind": kind, "to": [notes.interviewer], "count": asked.count})
        opened = open_drafter(config.draft, on_attempt=lambda a: emit("attempt", attempt_json(a)))
        emit("model", {"description": opened.description})
        kept = draft_variants(
            opened.drafter,
            notes,
            kind,
            asked.count,
            on_drop=lambda overlap, ok: emit("dropped", {"overlap": overlap, "accepted": ok}),
        )
        if not kept:
            raise FollowupError("no variant passed the rules", ExitStatus.FINDINGS)
        emit("variants", {"variants": [draft_json(k, notes) for k in kept]})
        emit("done", {})

    return job
