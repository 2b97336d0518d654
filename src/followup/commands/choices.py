"""The command line's choices (the enums behind --kind, --format, --level, --strategy) and the
checks of its numeric options, shared by several commands."""

from __future__ import annotations

import math
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


# The help of --timeout (declared with the other model flags, `commands/common.py` ModelOptions):
# what it bounds, since a per-read timeout is what people expect.
TIMEOUT_HELP = (
    "Seconds one model call may take in all: connecting, the answer however slowly it comes, "
    "and any retries with their waits."
)

# The longest --timeout: a day. Sockets take no timeout past the platform's time_t, and a
# deadline of years is no deadline.
MAX_TIMEOUT = 86_400.0


def finite(value: float | None) -> float | None:
    """A float option's callback: `nan` passes every range check (it compares false), so it
    is refused here, with the same usage error as a number out of range."""
    if value is not None and not math.isfinite(value):
        import typer  # here: `followup lint` runs without typer (`cli`)

        raise typer.BadParameter(f"{value} is not a number")
    return value
