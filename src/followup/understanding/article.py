"""Whether an organisation's name takes "the" in a sentence: "at the Supreme Court", "joining
the University of Tartu", but "at Fromagerie Lecornu", "joining Royal Mail". English puts the
article before a public body named by what it is (an institution's noun, maybe with "of" and
its place or field), not before a name of its own."""

from __future__ import annotations

import re

# an institution's noun opening its name, then "of" or "for" ("University of Tartu", "Ministry
# of Health", "Centre for Ageing Better")
_NOUN_OF = re.compile(
    r"(?:University|Ministry|Department|Institute|Museum|Bank|Office|Embassy|Court|Council|"
    r"Church|School|College|Academy|Society|Board|Agency|Commission|Government|City|Port|"
    r"Diocese|Archdiocese|Cathedral|Basilica|Centre|Center|Library|Federation|Union|Chamber|"
    r"Directorate|Authority|Parliament|Assembly|House|Palace|Republic|State)"
    r"[ \t]+(?:of|for)[ \t]",
)
# or a public body named by a word of rank or reach and what it is ("Supreme Court", "National
# Library", "Royal Infirmary"); not "Royal Mail" or "National Grid", names of their own
_RANK = frozenset(
    "supreme high national royal central federal state regional municipal metropolitan "
    "general provincial county district crown".split()
)
_BODY = frozenset(
    "court museum library archive archives gallery theatre theater orchestra hospital "
    "infirmary council authority institute observatory opera ballet garden gardens zoo "
    "aquarium tribunal registry parliament assembly ministry".split()
)


# or a body whose name ends on what it is, after the words that say which ("the Red Sea Marine
# Sciences Institute", "the FSM Division of Statistics", "the Lackawanna Valley Literacy
# Council", "the Gates Foundation"); not a school's, hospital's or university's ("Stanford
# University", "Boston Children's Hospital"), nor a firm's
_ENDS_BODY = frozenset(
    "institute institution division department centre center council authority commission "
    "agency foundation trust museum ministry directorate secretariat observatory".split()
)


def takes_the(name: str) -> bool:
    """Whether the name reads with "the" before it in a sentence."""
    if re.match(r"(?i:the)[ \t]", name):
        return False  # it has its own
    if _NOUN_OF.match(name):
        return True
    # (its acronym in brackets after it aside: "... Institute (RSMSI)"; its field after "of")
    named = re.split(r"[ \t]+of[ \t]+", re.sub(r"[ \t]*\([^()]*\)[ \t]*$", "", name), maxsplit=1)[0]
    said = named.split()
    if (
        len(said) >= 2
        and said[-1].lower() in _ENDS_BODY
        and all(w[:1].isupper() or w.isupper() for w in said)
        and not any(re.search(r"['’]s$", w) for w in said)
    ):
        return True
    # (its place or field after "of" aside: "National Library of Wales")
    words = re.findall(r"[^\W\d_]+", re.split(r"[ \t]+of[ \t]+", name, maxsplit=1)[0])
    return (
        1 < len(words) <= 4
        and words[0].lower() in _RANK
        and words[-1].lower() in _BODY
        and all(w[:1].isupper() for w in words)
    )


def in_prose(name: str) -> str:
    """The name as a sentence says it: "the Supreme Court", "Fromagerie Lecornu"."""
    return f"the {name}" if takes_the(name) else name
