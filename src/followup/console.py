"""Where messages for people go: errors and notes on stderr, one line each."""

from __future__ import annotations

import sys


def error(message: str) -> None:
    sys.stderr.write(f"followup: error: {message}\n")


def note(message: str) -> None:
    sys.stderr.write(f"followup: {message}\n")
