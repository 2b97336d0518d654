"""The rule-type table (`lint/ruletypes.py`) is the one place that lists the types: each type's
module holds its spec, run-time form and check, and a new type is its module and one line in
the table. Proved here with a toy type registered in the test only."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

import pytest

from followup.errors import RuleFileError
from followup.lint import ruletypes
from followup.lint.checks.base import span_finding
from followup.lint.compiled import CompiledRule
from followup.lint.document import Document
from followup.lint.engine import Ruleset
from followup.lint.findings import CheckContext, Finding

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec


class ShoutRule(CompiledRule):
    """A toy type: a word of at least `min_length` capital letters."""

    min_length: int

    judges_spans: ClassVar[bool] = True

    @staticmethod
    def spec() -> type[RuleSpec]:
        from pydantic import Field

        from followup.lint.specs import RuleSpec

        class ShoutSpec(RuleSpec):
            type: Literal["shout"]
            min_length: int = Field(default=3, ge=2)

        return ShoutSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        shout = re.compile(rf"\b[A-Z]{{{self.min_length},}}\b")
        return [span_finding(self, doc, m.start(), m.end()) for m in shout.finditer(doc.text)]


SHOUT_RULES = """\
rules:
  - id: house.shout
    type: shout
    level: warning
    message: "No shouting: '%s'."
    description: Words in capitals.
    min_length: 4
"""


@pytest.fixture()
def shout_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A rules folder with one rule of the toy type, and an empty cache of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "shout.yaml").write_text(SHOUT_RULES, encoding="utf-8")
    return folder


def test_a_new_type_is_one_line_in_the_table(
    shout_rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(ruletypes.TYPES, "shout", ShoutRule)  # the one line
    ruleset = Ruleset.load([shout_rules])
    rule = ruleset.rules["house.shout"]
    assert isinstance(rule, ShoutRule) and rule.min_length == 4
    findings, _ = ruleset.check(
        "Dear Ana,\nThank you, it was GREAT to meet the TEAM.\nSam", "nudge"
    )
    shouts = [(f.match, f.message) for f in findings if f.rule == "house.shout"]
    assert shouts == [("GREAT", "No shouting: 'GREAT'."), ("TEAM", "No shouting: 'TEAM'.")]
    # the toy type judges spans: drafting would judge a single sentence by it
    assert rule.judges_spans


def test_an_unregistered_type_is_refused_with_its_file_and_line(shout_rules: Path) -> None:
    with pytest.raises(RuleFileError) as raised:
        Ruleset.load([shout_rules])
    message = str(raised.value)
    assert message.startswith(f"{shout_rules / 'shout.yaml'}:2: rule house.shout: ")
    assert "'shout'" in message and "'existence'" in message  # the types there are


def test_the_toy_type_is_validated_by_its_spec(
    shout_rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(ruletypes.TYPES, "shout", ShoutRule)
    path = shout_rules / "shout.yaml"
    path.write_text(SHOUT_RULES.replace("min_length: 4", "min_length: 1"), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"shout\.yaml:7: rule house\.shout: min_length: "):
        Ruleset.load([shout_rules])


@pytest.mark.parametrize("name", sorted(ruletypes.TYPES))
def test_each_type_declares_its_fields_once_in_each_form(name: str) -> None:
    """The spec (pydantic, for the YAML) and the run-time form (a dataclass) of a type have the
    same fields, and the spec's `type` is the table's name for it."""
    form = ruletypes.TYPES[name]
    spec = form.spec()
    assert spec.model_fields["type"].annotation == Literal[name]  # type: ignore[valid-type]
    runtime = set(form.field_names) - {"origin"}
    assert set(spec.model_fields) == runtime


def test_the_types_that_judge_spans() -> None:
    """Drafting judges one sentence by these (the others count or read the whole email)."""
    judging = {name for name, form in ruletypes.TYPES.items() if form.judges_spans}
    assert judging == {"existence", "substitution", "spelling", "emoji", "grounding"}
