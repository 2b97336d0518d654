from followup.understanding.short_names import short_form_of


def test_a_known_short_form_is_one() -> None:
    assert short_form_of("Peg", "Margaret")
    assert short_form_of(" bill ", "WILLIAM")


def test_another_name_is_none() -> None:
    assert not short_form_of("Kofi", "William")
    assert not short_form_of("Margaret", "Peg")  # the full name is no short form of the short
