"""`lint/findings.py`: the kinds and levels every check shares, in their order, and a
finding and the context of a check as plain data."""

from __future__ import annotations

from followup.lint.findings import KINDS, LEVEL_RANK, LEVELS, CheckContext, Finding


def test_the_levels_rank_in_order() -> None:
    assert LEVELS == ("suggestion", "warning", "error")
    assert LEVEL_RANK["suggestion"] < LEVEL_RANK["warning"] < LEVEL_RANK["error"]
    assert sorted(LEVELS, key=LEVEL_RANK.__getitem__, reverse=True)[0] == "error"


def test_the_kinds() -> None:
    assert KINDS == ("thank-you", "check-in", "nudge")


def test_a_finding_compares_by_value_and_holds_nothing_else() -> None:
    f = Finding("r.id", "warning", "msg", 1, 2, 1, 5, match="word")
    assert f == Finding("r.id", "warning", "msg", 1, 2, 1, 5, "word", None)
    assert f != Finding("r.id", "error", "msg", 1, 2, 1, 5, match="word")
    assert not hasattr(f, "__dict__")  # slots: a lint of a large text makes many


def test_a_fresh_context_knows_nothing() -> None:
    ctx = CheckContext()
    assert (ctx.accept, ctx.facts_text, ctx.contact_facts, ctx.taken, ctx.suggestions) == (
        frozenset(),
        None,
        None,
        frozenset(),
        0,
    )
    ctx.extra["x"] = 1
    assert CheckContext().extra == {}  # not shared between contexts
