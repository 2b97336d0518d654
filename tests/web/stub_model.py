"""A model behind the page that answers at once, from a script, and keeps every request
(tests/gated_server.py): the drafting the page asks for, without the embedded model's minutes."""

from __future__ import annotations

from fault_server import GOOD_EMAIL

from followup.session import DraftSettings, ModelSettings


def stub_settings(url: str, strategy: str = "whole") -> DraftSettings:
    """The stub at `url` as the model; `whole` asks it for whole emails, `slots` for the
    sentences built from the details (so the details reach a prompt)."""
    model = ModelSettings(backend="openai", base_url=url, model="stub", timeout=30.0, max_retries=0)
    return DraftSettings(model=model, strategy="slots" if strategy == "slots" else "whole")


def stub_flags(url: str, strategy: str = "whole") -> list[str]:
    """The same model as `followup serve`'s flags."""
    return ["--backend", "openai", "--base-url", url, "--model", "stub", "--strategy", strategy]


# three drafts of the example notes that pass every rule and share almost no words
VARIANT_EMAILS = [
    "Subject: Thank you for the data analyst interview\n\nDear Priya Shah,\n\nThank you for "
    "taking the time to speak with me about the data analyst role at Acme Analytics. I enjoyed "
    "learning about the move to dbt and Snowflake, and I am excited about the chance to help "
    "with the weekly revenue reports. Please let me know the next steps.\n\nBest regards,\n"
    "Sam Patel\n",
    "Subject: Grateful for our conversation\n\nDear Priya Shah,\n\nMany thanks for meeting me "
    "yesterday. Hearing how your team of six is onboarding new customers faster was a "
    "highlight, and it made me keen to join. I would welcome any update on what comes next in "
    "your process.\n\nKind regards,\nSam Patel\n",
    "Subject: Following our interview at Acme\n\nDear Priya Shah,\n\nI appreciated your time "
    "and your questions on my transit dashboard project. I enjoyed learning that your team is "
    "moving its reporting from spreadsheets to dbt, and I would love to contribute. Could you "
    "share when a decision might come?\n\nWarm wishes,\nSam Patel\n",
]

# a draft that passes (no error) with one warning the drafting keeps: a misspelt word
TYPO = "weekley"
WARNED_EMAIL = GOOD_EMAIL.replace("weekly", TYPO)
assert TYPO in WARNED_EMAIL

# a panel: the chair is the main contact, the others can be ticked
PANEL_NOTES = (
    "Interviewers: Ms. Hana Sato (chair), Mr. Ben Adler, Dr. Cleo Park\n"
    "Company: Ardent Labs\nRole: Lab Technician\nMe: Yusuf Demir\n"
    "- they are moving the sample tracking to barcodes next spring\n"
)
# two people who could be the addressee, and nothing to choose between them
AMBIGUOUS_NOTES = (
    "Had a video call with Nora Quinn and later spoke with Ravi Shah about the Data "
    "Engineer role at Tessellate. Both asked a lot of questions.\n— Ana Lima\n"
)
NOT_AN_EMAIL = "I cannot help with that."  # fails every attempt: the session's template then
