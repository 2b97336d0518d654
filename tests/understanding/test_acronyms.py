"""understanding/acronyms.py: whether an acronym stands for a name."""

from __future__ import annotations

import pytest

from followup.understanding.acronyms import abbreviates


@pytest.mark.parametrize(
    ("acronym", "name", "ok"),
    [
        ("IESTE", "Istituto Etneo di Scienze della Terra", True),
        ("AMMC", "Agence Municipale des Marchés de Cotonou", True),
        ("IMG", "Institute for Marine Biology", False),
        ("UCI", "Clínica Nuestra Señora de la Alameda", False),
        ("MPV", "Museo del Puerto de Valparaíso", True),
    ],
)
def test_an_acronym_is_the_names_words_in_order(acronym: str, name: str, ok: bool) -> None:
    assert abbreviates(acronym, name.split()) is ok
