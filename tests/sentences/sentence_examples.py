"""The notes, fact and reader the sentence-check tests share, and the few-shot sentences."""

from __future__ import annotations

from followup.prompts import Prompts
from followup.sentences import Reader

NOTES = """\
Interviewer: Priya Shah
Company: Acme Analytics
Role: data analyst
- they are moving their reporting from spreadsheets to dbt and Snowflake
- Priya leads the analytics team, 6 people
- I could help them clean up the weekly revenue reports
"""


FACT = "they are moving their reporting from spreadsheets to dbt and Snowflake"


READER = Reader(NOTES, "Priya Shah")


GOOD = "I enjoyed learning that your team is moving its reporting from spreadsheets to dbt."


OLD_SHOT = "I am excited to bring my experience running user interviews to your research work."


def shot_sentences() -> tuple[str, ...]:
    return tuple(item["sentence"] for group in Prompts().shots.values() for item in group)
