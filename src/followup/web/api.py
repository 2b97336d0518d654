"""The page's JSON and event-stream endpoints: what was understood from the notes, a draft or
variants with their progress, a lint, and a draft as an .eml file."""

from __future__ import annotations

import threading
from email.message import EmailMessage

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from followup.lint.engine import Ruleset
from followup.notes import InterviewNotes
from followup.web.config import ServeConfig
from followup.web.jobs import draft_job, variants_job
from followup.web.marks import marks
from followup.web.payloads import DraftIn, EmlIn, LintIn, NotesIn, parse
from followup.web.worker import DraftWorker, Job

STREAM_HEADERS = {"x-accel-buffering": "no"}


class Rules:
    """The rules, loaded once per launch when the first lint asks (from the rules cache)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ruleset: Ruleset | None = None

    def get(self) -> Ruleset:
        with self._lock:
            if self._ruleset is None:
                self._ruleset = Ruleset.load()
            return self._ruleset


def understood_json(notes: InterviewNotes, problem: str | None) -> dict[str, object]:
    """What the page shows before drafting: each fact a draft would use, the people the user
    may pick among, and the CLI's line for a name still missing."""
    facts = notes.facts
    return {
        "facts": {
            "to": notes.interviewer,
            "salutation": notes.addressed_as,
            "company": notes.company,
            "role": notes.role,
            "sender": notes.candidate,
        },
        "title": notes.interviewer_title,
        "kind": notes.kind,
        "learned": notes.learned_points[:3],
        "contributions": notes.contribution_points[:3],
        "candidates": [p.full for p in facts.candidates] if facts else [],
        "panel": [notes.interviewer, *notes.others] if notes.others else [],
        "problem": problem,
    }


async def understood(request: Request) -> Response:
    """POST /api/notes: the notes read with the user's edits on top (`session.understand`)."""
    from followup.session import missing_name, understand

    asked = await parse(request, NotesIn)
    text = asked.notes_text()
    notes = await run_in_threadpool(understand, text, asked.names.names())
    return JSONResponse(understood_json(notes, missing_name(notes)))


def _stream(request: Request, job: Job) -> StreamingResponse:
    worker: DraftWorker = request.app.state.worker
    return StreamingResponse(
        worker.stream(job), media_type="text/event-stream", headers=STREAM_HEADERS
    )


async def draft(request: Request) -> Response:
    """POST /api/draft: `start`, `model`, an `attempt` per attempt, a `draft` per email, `done`
    (or one `error`), as server-sent events."""
    config: ServeConfig = request.app.state.config
    return _stream(request, draft_job(config, await parse(request, DraftIn)))


async def variants(request: Request) -> Response:
    """POST /api/variants: as /api/draft, ending with one `variants` event."""
    config: ServeConfig = request.app.state.config
    return _stream(request, variants_job(config, await parse(request, DraftIn)))


def lint_json(ruleset: Ruleset, asked: LintIn) -> dict[str, object]:
    """`followup lint --format json` for one pasted email, findings at offsets, and each
    rule's explanation (`followup rules --explain`)."""
    from followup.lint.checks.spelling import SUGGESTIONS
    from followup.textio import pasted_text

    text = pasted_text(asked.text, "email")
    kind = ruleset.detect_kind(text) if asked.kind == "auto" else asked.kind
    findings, stats = ruleset.check(text, kind, suggestions=SUGGESTIONS)
    explained = {
        f.rule: {"description": rule.description, "explain": rule.explain.strip()}
        for f in findings
        if (rule := ruleset.rules.get(f.rule)) is not None
    }
    return {
        "kind": kind,
        "detected": asked.kind == "auto",
        "findings": marks(text, findings),
        "rules": explained,
        "stats": {"words": stats.words, "sentences": stats.sentences, "grade": stats.grade},
    }


async def lint(request: Request) -> Response:
    """POST /api/lint: the findings of the pasted email."""
    rules: Rules = request.app.state.rules
    asked = await parse(request, LintIn)
    ruleset = await run_in_threadpool(rules.get)
    return JSONResponse(await run_in_threadpool(lint_json, ruleset, asked))


async def eml(request: Request) -> Response:
    """POST /api/eml: the draft as a message a mail program opens as a draft to send."""
    asked = await parse(request, EmlIn)
    message = EmailMessage()
    message["Subject"] = " ".join(asked.subject.split())
    message["X-Unsent"] = "1"  # Outlook and others open it as a draft, ready to address
    message.set_content(asked.body)
    return Response(
        message.as_bytes(),
        media_type="message/rfc822",
        headers={"content-disposition": 'attachment; filename="follow-up.eml"'},
    )
