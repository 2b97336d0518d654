"""`commands/choices.py`: the command line's choices and the check of its float options
(`nan` passes every range check, so it is refused by name)."""

from __future__ import annotations

import math

import pytest
import typer

from followup.commands.choices import (
    MAX_TIMEOUT,
    DraftKind,
    KindChoice,
    LevelChoice,
    finite,
)
from followup.lint.findings import KINDS, LEVELS


def test_the_choices_are_the_linters_kinds_and_levels() -> None:
    assert [k.value for k in DraftKind] == list(KINDS)
    assert [k.value for k in KindChoice] == [*KINDS, "auto"]
    assert [lv.value for lv in LevelChoice] == list(LEVELS)


@pytest.mark.parametrize("value", [None, 1.0, 60.0, MAX_TIMEOUT])
def test_finite_values_pass(value: float | None) -> None:
    assert finite(value) == value


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused(value: float) -> None:
    with pytest.raises(typer.BadParameter, match="is not a number"):
        finite(value)
