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
