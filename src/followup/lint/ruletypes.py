"""The rule types, one line each: the YAML `type` name and the run-time form of its module
(`checks/<type>.py`), which holds the rest (its pydantic spec, whether it judges spans, its
`run`). Everything else is derived from this table: the loader's tagged union and type names
(`loader`), the check each rule runs (`CompiledRule.run`), the types drafting judges a single
sentence by (`CompiledRule.judges_spans`). A new type is its module and one line here."""

from __future__ import annotations

from followup.lint.checks import (
    emoji_check,
    existence,
    grounding,
    metric,
    occurrence,
    spelling,
    structure,
    substitution,
)
from followup.lint.compiled import CompiledRule

TYPES: dict[str, type[CompiledRule]] = {
    "existence": existence.ExistenceRule,
    "occurrence": occurrence.OccurrenceRule,
    "structure": structure.StructureRule,
    "substitution": substitution.SubstitutionRule,
    "metric": metric.MetricRule,
    "spelling": spelling.SpellingRule,
    "emoji": emoji_check.EmojiRule,
    "grounding": grounding.GroundingRule,
}
