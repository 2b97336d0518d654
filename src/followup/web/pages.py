"""The three pages, rendered from the package's Jinja2 templates (autoescaped: every piece of
user text, a company name from the applications store included, is text, never markup)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from followup.errors import FollowupError
from followup.storage.applications import Application
from followup.timing import KINDS, Plan

TEMPLATES = Path(__file__).parent / "templates"


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def render(request: Request, name: str, **context: object) -> Response:
    env: jinja2.Environment = request.app.state.templates
    page = env.get_template(name).render(page=name.removesuffix(".html"), **context)
    return HTMLResponse(page)


async def draft_page(request: Request) -> Response:
    return render(request, "draft.html")


async def lint_page(request: Request) -> Response:
    return render(request, "lint.html")


@dataclass
class PlanForm:
    """The plan form's fields as typed (`followup plan`'s flags), kept to fill the form again."""

    interviewed: str = ""
    promised: str = ""
    sent: dict[str, str] = field(default_factory=dict)  # kind -> date typed
    heard_back: bool = False
    today: str = ""

    @classmethod
    def from_query(cls, request: Request) -> PlanForm:
        q = request.query_params
        return cls(
            interviewed=q.get("interviewed", "")[:100],
            promised=q.get("promised", "")[:100],
            sent={k: q.get(f"sent_{k}", "")[:100] for k in KINDS},
            heard_back=q.get("heard_back") == "on",
            today=q.get("today", "")[:100],
        )


@dataclass
class PlanPage:
    form: PlanForm
    plan: Plan | None = None
    error: str | None = None
    rows: list[tuple[Application, Plan]] = field(default_factory=list)
    rows_error: str | None = None


def plan_of(form: PlanForm) -> Plan:
    """`followup plan` with these fields: the same parsing and the same errors."""
    from followup.dates import parse_date, today_from
    from followup.timing import make_plan, parse_sent

    now = today_from(form.today or None)
    when = parse_date(form.interviewed, today=now, tense="past", what="--interviewed")
    promise = (
        parse_date(form.promised, today=now, tense="future", what="--promised")
        if form.promised.strip()
        else None
    )
    sent = [parse_sent(f"{k}@{v}", today=now) for k, v in form.sent.items() if v.strip()]
    return make_plan(when, today=now, promised=promise, sent=sent, heard_back=form.heard_back)


def applications(today: str) -> list[tuple[Application, Plan]]:
    """`followup apps`: every tracked application with its plan, overdue first."""
    from followup.applist import order, planned
    from followup.dates import today_from
    from followup.storage.applications import ApplicationStore

    now = today_from(today or None)
    with ApplicationStore() as store:
        found = store.all()
    return sorted(planned(found, now), key=order)


def plan_page_data(form: PlanForm) -> PlanPage:
    page = PlanPage(form)
    if form.interviewed.strip():
        try:
            page.plan = plan_of(form)
        except FollowupError as exc:
            page.error = exc.message
    try:
        page.rows = applications(form.today)
    except FollowupError as exc:
        page.rows_error = exc.message
    return page


async def plan_page(request: Request) -> Response:
    """GET /plan: the plan for the dates in the form, and the tracked applications."""
    from followup.applist import due_cell, next_cell

    data = await run_in_threadpool(plan_page_data, PlanForm.from_query(request))
    return render(
        request, "plan.html", data=data, kinds=KINDS, next_cell=next_cell, due_cell=due_cell
    )
