"""Choices shared by several commands."""

from __future__ import annotations

from enum import StrEnum


class KindChoice(StrEnum):
    thank_you = "thank-you"
    check_in = "check-in"
    nudge = "nudge"
    auto = "auto"


class DraftKind(StrEnum):
    thank_you = "thank-you"
    check_in = "check-in"
    nudge = "nudge"


class LintFormat(StrEnum):
    text = "text"
    json = "json"
    line = "line"


class LevelChoice(StrEnum):
    suggestion = "suggestion"
    warning = "warning"
    error = "error"


class DraftStrategy(StrEnum):
    auto = "auto"
    slots = "slots"
    whole = "whole"


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


# The help of --timeout (declared with the other model flags, `commands/draft.py` ModelOptions):
# what it bounds, since a per-read timeout is what people expect.
TIMEOUT_HELP = (
    "Seconds one model call may take in all: connecting, the answer however slowly it comes, "
    "and any retries with their waits."
)
