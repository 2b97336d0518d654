"""One error type for the user, and the exit codes scripts can rely on."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Vale's contract, plus one code for an unreachable model."""

    OK = 0
    FINDINGS = 1  # at least one error-level finding (or, for draft, no passing draft)
    USAGE = 2  # bad input, bad flags, broken rule or prompt files
    MODEL_UNAVAILABLE = 3  # the language model could not be reached or loaded
    INTERNAL = 70  # a bug in followup (sysexits' EX_SOFTWARE): one line, never a traceback


class FollowupError(Exception):
    """A problem the user can fix; its message is shown as one line, never a traceback."""

    def __init__(self, message: str, status: ExitStatus = ExitStatus.USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class InputError(FollowupError):
    """A file or stdin text that cannot be used."""


class RuleFileError(FollowupError):
    """A rule file that does not validate."""


class ModelUnavailable(FollowupError):
    """The model could not be loaded or reached."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitStatus.MODEL_UNAVAILABLE)
        self.partial: object | None = None  # a DraftResult with the attempts made before failing
