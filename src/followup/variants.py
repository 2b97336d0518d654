"""Variants of one draft that differ where it matters: in what was written for the notes (the
template's frames around those sentences differ by construction)."""

from __future__ import annotations

from collections.abc import Callable

from followup.draft_result import slot_written
from followup.drafting import Drafter, DraftResult
from followup.notes import InterviewNotes

SEED_STEP = 7919  # each try samples from its own seeds


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in text.split()]
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def jaccard(a: str, b: str) -> float:
    """Word-trigram overlap: how alike two texts read."""
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 1.0


def _normal(sentence: str) -> str:
    return " ".join(sentence.lower().split())


def variant_overlap(a: DraftResult, b: DraftResult) -> float:
    """How alike two variants are where it matters: the sentences put into the template's slots.
    One such sentence in both makes them the same variant (1.0); else their slot sentences'
    overlap; the whole texts when either has none (a template-only draft)."""
    parts_a, parts_b = slot_written(a), slot_written(b)
    if parts_a and parts_b:
        if {_normal(p) for p in parts_a} & {_normal(p) for p in parts_b}:
            return 1.0
        return jaccard(" ".join(parts_a), " ".join(parts_b))
    return jaccard(a.text, b.text)


def draft_variants(
    drafter: Drafter,
    notes: InterviewNotes,
    kind: str,
    n: int,
    *,
    seed: int = 0,
    max_overlap: float = 0.5,
    on_drop: Callable[[float, bool], None] | None = None,
) -> list[DraftResult]:
    """Up to `n` accepted drafts, no two more alike than `max_overlap`, in at most 3n tries.

    The frame follows the kept count (kept variants never share one, up to three); a dropped
    try moves on by three, so its facts rotate but its frame stays."""
    kept: list[DraftResult] = []
    tries = 0
    while len(kept) < n and tries < 3 * n:
        variant = len(kept) + 3 * (tries - len(kept))
        result = drafter.draft(notes, kind, seed=seed + SEED_STEP * tries, variant=variant)
        tries += 1
        overlap = max((variant_overlap(result, k) for k in kept), default=0.0)
        if result.accepted and overlap < max_overlap:
            kept.append(result)
        elif on_drop is not None:
            on_drop(overlap, result.accepted)
    return kept
