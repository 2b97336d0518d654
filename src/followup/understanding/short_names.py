"""Whether a name someone asks to be called is a known short form of their given name ("call
me Peg" from Margaret Brubaker-Ness, "Bill" from William): the hand-curated English list of
the `nicknames` package, loaded once, on the first such question, and the vocabulary's short
forms of other languages."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nicknames import NickNamer


@cache
def _namer() -> NickNamer:
    # (imported here: the package costs about 80 ms, and most notes ask no such question)
    from nicknames import NickNamer

    return NickNamer()


def short_form_of(short: str, given: str) -> bool:
    """Whether `short` is a short form of the given name `given` (case ignored): the English
    list, then the vocabulary's forms of other languages ("Kasia" from Katarzyna)."""
    from followup.understanding.vocabulary import vocabulary

    low = short.strip().lower()
    return low in vocabulary().short_forms.get(given.lower(), frozenset()) or (
        low in _namer().nicknames_of(given)
    )
