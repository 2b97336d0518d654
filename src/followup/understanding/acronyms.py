"""Whether an acronym stands for a name ("IESTE" for Istituto Etneo di Scienze della Terra):
one test for the reader's passes that meet an acronym beside or instead of a name."""

from __future__ import annotations

# words a name joins its parts with, which give an acronym a letter or none
ACRONYM_JOINERS = frozenset(
    "of for and & the de del della dello di da das do dos du des la le les der für y e et".split()
)


def abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is made of the name's words in order: each capitalised word gives
    its first letter or two ("Istituto Etneo di Scienze della Terra" is IESTE), a joining word
    one letter or none ("Instituto Distrital de ..." may be IDAEV)."""
    letters = acronym.lower()

    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j].lower()
        if word in ACRONYM_JOINERS:
            return fits(i, j + 1) or (
                i < len(letters) and word[0] == letters[i] and fits(i + 1, j + 1)
            )
        return any(
            letters[i : i + n] == word[:n] and fits(i + n, j + 1)
            for n in (1, 2)
            if i + n <= len(letters)
        )

    return fits(0, 0)
