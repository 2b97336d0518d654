"""Interview notes as people jot them down, parsed into facts plus free text."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from followup.errors import InputError

Kind = str

_LABELS: dict[str, str] = {
    "interviewer": "interviewer",
    "interviewed by": "interviewer",
    "interviewer name": "interviewer",
    "with": "interviewer",
    "to": "interviewer",
    "contact": "interviewer",
    "hiring manager": "interviewer",
    "company": "company",
    "employer": "company",
    "organisation": "company",
    "organization": "company",
    "role": "role",
    "position": "role",
    "job": "role",
    "job title": "role",
    "title": "role",
    "candidate": "candidate",
    "me": "candidate",
    "my name": "candidate",
    "from": "candidate",
    "sender": "candidate",
    "date": "interview_date",
    "interview date": "interview_date",
    "interviewed": "interview_date",
    "decision date": "decision_date",
    "decision by": "decision_date",
    "they will reply by": "decision_date",
    "kind": "kind",
    "my contact": "contact",
    "my email": "contact",
    "my phone": "contact",
}
_LABEL_RE = re.compile(
    r"^\s*[-*•]?\s*("
    + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
    + r")\s*[:=]\s*(.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")

_LEARNED_CUES = re.compile(
    r"\b(learn\w*|impress\w*|liked|loved|interesting|cool|told me|mentioned|explained|said|"
    r"talked about|discussed|they(?:'re| are| use| have)|team|culture|mission|roadmap|"
    r"product|customers?|building|migrat\w*|launch\w*|growing|plan\w*)\b",
    re.IGNORECASE,
)
_CONTRIBUTION_CUES = re.compile(
    r"\b(I could|I can|I'd|I would|my (?:experience|background|work)|help (?:them|with)|"
    r"contribute|bring|fit|they need|looking for|want someone)\b",
    re.IGNORECASE,
)


class InterviewNotes(BaseModel):
    """What a draft may say: the facts, and the notes' own text to draw specifics from."""

    model_config = ConfigDict(extra="forbid")

    candidate: str | None = None
    interviewer: str | None = None
    company: str | None = None
    role: str | None = None
    interview_date: date | None = None
    decision_date: date | None = None
    kind: str | None = None
    contact: str | None = None  # the candidate's own email, phone or link, if they want it cited
    text: str = ""
    points: list[str] = Field(default_factory=list)

    @field_validator("candidate", "interviewer", "company", "role", mode="before")
    @classmethod
    def _strip(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().strip(",.;")
            return value or None
        return value

    @property
    def learned_points(self) -> list[str]:
        """Points that say something about the role, team or company, best first."""
        scored = [
            (len(_LEARNED_CUES.findall(p)) - 2 * len(_CONTRIBUTION_CUES.findall(p)), i, p)
            for i, p in enumerate(self.points)
        ]
        return [p for score, _, p in sorted(scored, key=lambda t: (-t[0], t[1])) if score > 0] or [
            p for p in self.points if not _CONTRIBUTION_CUES.search(p)
        ]

    @property
    def contribution_points(self) -> list[str]:
        return [p for p in self.points if _CONTRIBUTION_CUES.search(p)]

    def facts_text(self) -> str:
        """Everything a draft may cite: the free text and every fact."""
        parts = [self.text]
        for value in (self.candidate, self.interviewer, self.company, self.role):
            if value:
                parts.append(value)
        for d in (self.interview_date, self.decision_date):
            if d:
                parts.append(d.isoformat())
                parts.append(f"{d:%B} {d.day}")
        return "\n".join(parts)

    def contact_facts(self) -> str:
        """The only text links, emails and phone numbers in a draft may come from.

        Contact details found only in the free text are not trusted: notes pasted from elsewhere
        can carry someone else's link, or an instruction to include one.
        """
        return "\n".join(v for v in (self.contact, self.company) if v)


def _split_points(body: str) -> list[str]:
    """Bullets, lines or sentences: the units a draft can pick one specific fact from."""
    points: list[str] = []
    for raw in body.splitlines():
        line = _BULLET_RE.sub("", raw).strip()
        if not line or _LABEL_RE.match(raw):
            continue
        if len(line.split()) > 30:
            points.extend(s.strip() for s in re.split(r"(?<=[.!?;])\s+", line) if s.strip())
        else:
            points.append(line)
    return [p.rstrip(" .;") for p in points if len(p.split()) >= 2]


def parse_notes(text: str, overrides: dict[str, str | None] | None = None) -> InterviewNotes:
    """Front matter, then labelled lines (`Company: Acme`), then the rest as free text."""
    import frontmatter

    try:
        post = frontmatter.loads(text)
    except Exception as exc:  # the YAML library raises many types; all mean the same here
        raise InputError(
            f"notes: the front matter is not valid YAML ({exc.__class__.__name__})"
        ) from None
    meta: dict[str, Any] = dict(post.metadata) if isinstance(post.metadata, dict) else {}
    body = post.content
    facts: dict[str, Any] = {}
    for m in _LABEL_RE.finditer(body):
        field = _LABELS[m.group(1).lower()]
        facts.setdefault(field, m.group(2))
    unknown = sorted(set(meta) - (set(InterviewNotes.model_fields) - {"text", "points"}))
    if unknown:
        raise InputError(
            f"notes: unknown front matter key {unknown[0]!r} (known: candidate, interviewer, "
            "company, role, interview_date, decision_date, kind, contact)"
        )
    facts.update({k: v for k, v in meta.items() if v is not None})
    for key, value in (overrides or {}).items():
        if value:
            facts[key] = value
    for key in ("interview_date", "decision_date"):
        if isinstance(facts.get(key), str):
            facts[key] = _parse_date(facts[key], key)
    try:
        return InterviewNotes(text=body.strip(), points=_split_points(body), **facts)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(f"notes: {where}: {err['msg']}") from None


def _parse_date(value: str, key: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None  # free-form dates stay in the text; only ISO dates become facts
