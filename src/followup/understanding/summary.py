"""What was understood, said back to the user: one line for `draft -v`, rows for `notes`."""

from __future__ import annotations

from followup.understanding.facts import Located, NotesFacts, Person


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
