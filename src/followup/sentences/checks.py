"""The checks a sentence passes before it may enter a draft: what the lint rules cannot see.

Each check is a small function returning a problem (a short phrase the slot prompt can show the
model as "avoid ...") or None; they live by what they judge (`faithful` to the fact, `sensible`
as a sentence, spoken `to_reader`). `problems` runs them all for one sentence and its fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from followup.sentences.faithful import (
    about_fact,
    action_kept,
    adds_words,
    article_kept,
    capitals_kept,
    clause_whole,
    clauses_apart,
    complement_kept,
    copied_phrase,
    count_kept,
    counted_kept,
    coverage,
    direction_kept,
    each_kept,
    fact_stems,
    middle_kept,
    modal_kept,
    negation_kept,
    new_words,
    numbers_kept,
    order_kept,
    outside_fact,
    possessive_kept,
    private_kept,
    range_kept,
    relation_kept,
    tense_kept,
)
from followup.sentences.sensible import (
    about_process,
    broken,
    clause_has_verb,
    complete,
    ending,
    english,
    feeling_fits,
    is_process_fact,
    learned_from,
    meta_talk,
    one_clause,
    repeated_phrase,
    repeated_word,
    stands_alone,
    thin_detail,
)
from followup.sentences.to_reader import (
    Reader,
    addressed,
    detail_about_reader,
    job_not_theirs,
    named_elsewhere,
    names_someone,
    public_body,
    wrong_owner,
)

__all__ = [
    "Reader",
    "about_fact",
    "about_process",
    "action_kept",
    "addressed",
    "adds_words",
    "article_kept",
    "broken",
    "capitals_kept",
    "clause_has_verb",
    "clause_whole",
    "clauses_apart",
    "complement_kept",
    "complete",
    "copied_phrase",
    "count_kept",
    "counted_kept",
    "coverage",
    "detail_about_reader",
    "direction_kept",
    "each_kept",
    "ending",
    "english",
    "fact_stems",
    "feeling_fits",
    "is_process_fact",
    "job_not_theirs",
    "learned_from",
    "learned_problems",
    "meta_talk",
    "middle_kept",
    "modal_kept",
    "named_elsewhere",
    "named_problems",
    "names_someone",
    "negation_kept",
    "new_words",
    "numbers_kept",
    "one_clause",
    "order_kept",
    "outside_fact",
    "possessive_kept",
    "private_kept",
    "problems",
    "public_body",
    "range_kept",
    "relation_kept",
    "repeated_phrase",
    "repeated_word",
    "stands_alone",
    "tense_kept",
    "thin_detail",
    "wrong_owner",
]


def problems(sentence: str, fact: str, reader: Reader, shots: Sequence[str] = ()) -> list[str]:
    """Every problem of a sentence written for this fact (empty: it may enter a draft)."""
    return [message for _, message in named_problems(sentence, fact, reader, shots)]


def named_problems(
    sentence: str, fact: str, reader: Reader, shots: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """The problems with the name of the check that found each (what a draft's record of its
    rejected sentences shows, and what a test of a guard asserts)."""
    checks = (
        ("complete", complete(sentence)),
        ("ending", ending(sentence)),
        ("meta_talk", meta_talk(sentence)),
        ("broken", broken(sentence)),
        ("clause_has_verb", clause_has_verb(sentence)),
        ("english", english(sentence)),
        ("tense_kept", tense_kept(sentence, fact)),
        ("order_kept", order_kept(sentence, fact)),
        ("names_someone", names_someone(sentence, reader)),
        ("outside_fact", outside_fact(sentence, fact, reader.source)),
        ("one_clause", one_clause(sentence)),
        ("addressed", addressed(sentence, reader)),
        ("wrong_owner", wrong_owner(sentence, fact)),
        ("public_body", public_body(sentence, reader)),
        ("private_kept", private_kept(sentence, fact)),
        ("about_process", about_process(sentence)),
        ("about_fact", about_fact(sentence, fact)),
        ("numbers_kept", numbers_kept(sentence, fact)),
        ("relation_kept", relation_kept(sentence, fact)),
        ("range_kept", range_kept(sentence, fact)),
        ("negation_kept", negation_kept(sentence, fact)),
        ("capitals_kept", capitals_kept(sentence, fact)),
        ("article_kept", article_kept(sentence, fact)),
        ("adds_words", adds_words(sentence, reader.source)),
        ("copied_phrase", copied_phrase(sentence, shots, reader.source)),
        ("repeated_word", repeated_word(sentence, fact)),
        ("repeated_phrase", repeated_phrase(sentence, fact)),
        ("named_elsewhere", named_elsewhere(sentence, reader)),
        ("job_not_theirs", job_not_theirs(sentence, reader)),
    )
    return [(f"check.{name}", message) for name, message in checks if message]


def learned_problems(sentence: str, fact: str) -> list[tuple[str, str]]:
    """The checks for a sentence about what was learned only: a detail of the reader's side,
    told whole. A contribution sentence recasts its fact ("my falconry experience fits what
    your team needs" -> "bring my falconry experience to your aviary"), so these do not apply."""
    checks = (
        ("detail_about_reader", detail_about_reader(sentence)),
        ("middle_kept", middle_kept(sentence, fact)),
        ("action_kept", action_kept(sentence, fact)),
        ("each_kept", each_kept(sentence, fact)),
        ("complement_kept", complement_kept(sentence, fact)),
        ("direction_kept", direction_kept(sentence, fact)),
        ("modal_kept", modal_kept(sentence, fact)),
        ("learned_from", learned_from(sentence)),
        ("thin_detail", thin_detail(sentence)),
        ("stands_alone", stands_alone(sentence)),
        ("feeling_fits", feeling_fits(sentence)),
        ("clause_whole", clause_whole(sentence, fact)),
        ("clauses_apart", clauses_apart(sentence, fact)),
        ("count_kept", count_kept(sentence, fact)),
        ("counted_kept", counted_kept(sentence, fact)),
        ("possessive_kept", possessive_kept(sentence, fact)),
    )
    return [(f"check.{name}", message) for name, message in checks if message]
