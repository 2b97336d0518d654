"""What a draft produced: the `DraftResult`, its `Attempt`s, and its sentences by origin
(`model_written`, `slot_written`); the history, the commands and the page read it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from followup.lint.engine import has_errors
from followup.lint.findings import Finding
from followup.models.base import Usage
from followup.sentences import Rejected, Sentence


@dataclass
class Attempt:
    number: int
    text: str
    findings: list[Finding]
    usage: Usage
    seconds: float
    sentences: list[Sentence] = field(default_factory=list)
    # the model's sentences that were sampled for a slot and not used, with what stopped each
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not has_errors(self.findings)

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text": self.text,
            "passed": self.passed,
            "findings": [asdict(f) for f in self.findings],
            "usage": self.usage.as_dict(),
            "seconds": round(self.seconds, 3),
            "sentences": [x.as_dict() for x in self.sentences],
            "rejected": [x.as_dict() for x in self.rejected],
        }


@dataclass
class DraftResult:
    text: str
    kind: str
    backend: str
    model: str
    strategy: str
    attempts: list[Attempt] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    fell_back: bool = False
    findings: list[Finding] = field(default_factory=list)
    # the sentences in the slots of `text`, each with its origin (model, extractive, template);
    # a whole-email draft is one "email" sentence
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not has_errors(self.findings)

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "kind": self.kind,
            "backend": self.backend,
            "model": self.model,
            "strategy": self.strategy,
            "accepted": self.accepted,
            "fallback": self.fell_back,
            "text": self.text,
            "findings": [asdict(f) for f in self.findings],
            "usage": self.usage.as_dict(),
            "attempts": [a.as_dict() for a in self.attempts],
            "sentences": [x.as_dict() for x in self.sentences],
        }


def model_written(result: DraftResult) -> list[str]:
    """The parts of a draft the model wrote."""
    return [x.text for x in result.sentences if x.origin == "model"]


def slot_written(result: DraftResult) -> list[str]:
    """The sentences written for this draft's notes, by the model or built from a fact (what
    makes two variants differ, or not); the template's own lines are the same in every one."""
    return [x.text for x in result.sentences if x.origin in ("model", "extractive")]
