"""A panel given as a list in front matter: who the email goes to, and who else was there.

    interviewers:
      - Ms. Lerato Nkosi, Chief Geologist (lead; would be my line manager)
      - Mr. Pieter van Wyk, SHEQ Manager (safety questions only)
    panel:
      - name: Engr. Farhan Siddiqui
        title: General Manager Production
        note: lead interviewer, QA reports to him — send thank-you to him

A list is no single value, so the front matter reader used to drop it and read the body
instead. Each item is a person (a string, or a table with `name`). Of `interviewers:` the main
contact is the first whose words say they lead, decide or should get the email, else the first
that is not HR or a recruiter; a `panel:` list names the main contact only when it says so (it
often lists the others beside a `chair:` or an interviewer named in the body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup.understanding.facts import shape_problem

_LEADS = re.compile(
    r"\b(?:lead|leads|led|chair\w*|main contact|hiring manager|decides?|decision maker|"
    r"in charge|my (?:future |line )?(?:boss|manager)|line manager|reports? to (?:him|her|them)|"
    r"(?:send|write|email|e-mail|address)\w*\b[^.;]{0,40}\bto (?:him|her|them)|"
    r"(?:thank[- ]?you|follow[- ]?up|email) (?:goes )?to (?:him|her|them))\b",
    re.IGNORECASE,
)
_NOT_ADDRESSEE = re.compile(
    r"\b(?:hr|human resources|recruit\w*|talent|agency|headhunter|only at the start)\b",
    re.IGNORECASE,
)
# "Lead" as the last word of a job title ("Dive Operations Lead", "team lead"): the job,
# not a word saying that this person led the interview
_TITLE_LEAD = re.compile(r"(?<=[A-Za-z])[ \t]+Lead\b|\b(?i:team|tech|shift|crew)[ \t]+lead\b")
_NAME_END = re.compile(r"\s*(?=[(,]|\s[-–—]\s)")
_QUOTED = re.compile(r"\s*[\"“][^\"“”]{1,20}[\"”]")  # a nickname in quotes: "Kelvin"
_ITEM_KEYS = ("title", "role", "job", "position", "note", "notes", "comment")


@dataclass(frozen=True)
class Member:
    """One person of the list: the name, and the rest of the item (title, remarks)."""

    name: str
    title: str | None  # the job title alone, for the greeting line's description
    about: str  # the title and every remark, where "lead" or "send it to him" is looked for


def members(value: object) -> list[Member] | None:
    """The people of a front-matter list, or None when `value` is no list of people."""
    if not isinstance(value, list) or not value:
        return None
    out = []
    for item in value:
        if isinstance(item, str):
            # the name ends at a bracket, a comma or a dash: "Ms. Lerato Nkosi, Chief
            # Geologist (lead)", "Mr. Chan Ka-wing "Kelvin" (Managing Director) - main"
            end = _NAME_END.search(item)
            name, rest = (item[: end.start()], item[end.start() :]) if end else (item, "")
            bracket = re.match(r"\s*\(([^()]*)\)", rest)
            words = bracket.group(1) if bracket else re.split(r"\s*[(;]", rest.strip(" ,-–—"))[0]
            title = words.split(";")[0].strip(" ,-–—") or None
            out.append(Member(_QUOTED.sub("", name).strip(), title, rest.strip(" ,")))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            about = " ".join(str(item[k]) for k in _ITEM_KEYS if item.get(k) is not None)
            title = item.get("title") or item.get("role")
            out.append(Member(item["name"].strip(), str(title) if title else None, about))
        else:
            return None
        member = out[-1]
        if shape_problem(member.name, max_words=8) is not None:
            return None  # a sentence, a link or a long remark where a name belongs
        if member.title is not None and shape_problem(member.title, max_words=10) is not None:
            out[-1] = Member(member.name, None, member.about)  # a link is no job title
    return [m for m in out if m.name] or None


def lead(people: list[Member]) -> Member | None:
    """The one the list says leads, decides or gets the email, if one is."""
    for person in people:
        about = _TITLE_LEAD.sub("", person.about)
        if _LEADS.search(about) and not _NOT_ADDRESSEE.search(about):
            return person
    return None


def main_contact(people: list[Member]) -> Member:
    """The one the email goes to: said to lead or to get it, else the first not in HR."""
    said = lead(people)
    if said is not None:
        return said
    for person in people:
        if not _NOT_ADDRESSEE.search(person.about):
            return person
    return people[0]
