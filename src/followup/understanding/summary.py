"""What was understood, said back to the user: one line for `draft -v`, rows for `notes`."""

from __future__ import annotations

import re

from followup.understanding.facts import Located, NotesFacts, Person, spoken_salutation


def person_label(person: Person) -> str:
    """`Dr. Ruth Mensah (runs the oncology day unit)`."""
    return f"{person.full} ({person.title})" if person.title else person.full


def one_line(
    to: str | None, title: str | None, company: str | None, role: str | None, sender: str | None
) -> str:
    """`to Dr. Ruth Mensah (runs the unit), Kingsbridge Hospital, Charge Nurse; from Priya`."""
    who = f"{to} ({title})" if to and title else (to or "nobody")
    parts = [p for p in (company, role) if p]
    where = ", " + ", ".join(parts) if parts else ""
    return f"to {who}{where}; from {sender or 'nobody'}"


def _where(item: Located | None) -> str:
    if item is None:
        return "-"
    if item.span is None:
        return item.source
    return f"line {item.span.line} ({item.source})"


def rows(facts: NotesFacts) -> list[tuple[str, str, str]]:
    """(field, value, where it came from) for every fact, in reading order."""
    out: list[tuple[str, str, str]] = []
    if facts.addressee is not None:
        out.append(("to", person_label(facts.addressee), _where(facts.addressee.name)))
        if facts.salutation is not None:  # a greeting the notes give or a name they ask for
            greeting = f"Dear {spoken_salutation(facts.salutation.value)},"
            out.append(("salutation", greeting, _where(facts.salutation)))
        else:
            out.append(("salutation", f"Dear {facts.addressee.addressed_as},", "from the name"))
    for person in facts.candidates:
        out.append(("could be to", person_label(person), _where(person.name)))
    for person in facts.others:
        out.append(("also interviewed", person_label(person), _where(person.name)))
    for person in facts.mentioned:
        out.append(("mentioned, not to", person.full, _where(person.name)))
    for name in ("company", "role", "sender"):
        item = getattr(facts, name)
        out.append((name, item.value if item else "-", _where(item)))
        if name == "company" and item is None and facts.company_guess is not None:
            guess = facts.company_guess
            out.append(
                (
                    "company?",
                    f"{guess.value} (unsure, not drafted: --company to use it)",
                    _where(guess),
                )
            )
    for name in ("interview_date", "decision_date"):
        value = getattr(facts, name)
        out.append((name.replace("_", " "), value.isoformat() if value else "-", ""))
    for point in facts.points:
        where = f"line {point.span.line}"
        out.append((f"point: {point.kind}", point.text, where))
    for refused in facts.refused:
        out.append(("refused", refused, ""))
    return out


def with_front_matter(facts: NotesFacts, used: dict[str, str | None]) -> list[tuple[str, str, str]]:
    """`rows(facts)` with what the front matter put over them (`used`: the values a draft uses,
    by row name), so that `followup notes` shows what a draft would use: a value other than the
    one read from the text is shown as from the front matter, in the reader's row's place."""
    salutation = f"Dear {spoken_salutation(facts.salutation.value)}," if facts.salutation else None
    if salutation is None and facts.addressee is not None:
        salutation = f"Dear {facts.addressee.addressed_as},"
    read: dict[str, str | None] = {
        "to": facts.addressee.full if facts.addressee else None,
        "salutation": salutation,
        "company": facts.company.value if facts.company else None,
        "role": facts.role.value if facts.role else None,
        "sender": facts.sender.value if facts.sender else None,
        "interview date": facts.interview_date.isoformat() if facts.interview_date else None,
        "decision date": facts.decision_date.isoformat() if facts.decision_date else None,
    }
    out = rows(facts)
    extra: list[tuple[str, str, str]] = []
    for name, value in used.items():
        if not value or read.get(name) == value:
            continue
        at = next((i for i, (n, _, _) in enumerate(out) if n == name), None)
        sides = re.split(r"\s+/\s+|\s*\(", (read.get(name) or "").lower())
        if at is not None and value.lower() in {side.strip(" )") for side in sides}:
            # "Ops Manager" read from "ops manager", "Pearl Grader" the draft's part of "Pearl
            # Grader / trieur de perles": the reader's value, as the draft uses it
            out[at] = (name, value, out[at][2])
            continue
        row = (name, value, "front matter")
        if at is None:
            extra.append(row)
        else:
            out[at] = row
    if used.get("to") and read["to"] != used["to"]:
        out = [r for r in out if r[0] != "could be to"]  # the front matter says whom
    return extra + out
