"""Sentences built from the fact itself: pronouns turned towards the reader (`pronouns.py`,
tested as such in `test_pronouns.py`), tense kept."""

from __future__ import annotations

import pytest

from followup.notes import parse_notes
from followup.sentences import (
    Reader,
    contribution_sentence,
    learned_facts,
    learned_sentence,
    problems,
)
from followup.sentences.extractive import main_clause
from followup.sentences.pronouns import toward_reader


def test_a_turkish_word_of_address_after_the_name_keeps_the_clause_whole() -> None:
    built = learned_sentence(
        "Gül Hanım said that this year they opened a second dye house in Bursa.", "Gül Demir"
    )
    assert built is not None
    assert (
        built.text
        == "I enjoyed learning that this year your team opened a second dye house in Bursa."
    )


@pytest.mark.parametrize(
    ("fact", "sentence"),
    [
        (
            "they are moving their reporting from spreadsheets to dbt and Snowflake",
            "I enjoyed learning that your team is moving its reporting from spreadsheets to dbt "
            "and Snowflake.",
        ),
        (
            "he explained they are planning to pilot a route planning tool next quarter",
            "I enjoyed learning that your team is planning to pilot a route planning tool next "
            "quarter.",
        ),
        (
            "migrating from a monolith to Go services, about halfway done",
            "I enjoyed learning that your team is migrating from a monolith to Go services.",
        ),
        (
            "She said the team meets every Tuesday",
            "I enjoyed learning that the team meets every Tuesday.",
        ),
        (
            "Priya leads the analytics team, 6 people",
            "I enjoyed learning that you lead the analytics team.",
        ),
        (
            "Priya leads the analytics team. They are moving to dbt",
            "I enjoyed learning that you lead the analytics team.",
        ),
        (
            "they use dbt, Snowflake and Looker",
            "I enjoyed learning that your team uses dbt, Snowflake and Looker.",
        ),
        (
            "they're gonna rebuild the tutorial levels, super awesome team",
            "I enjoyed learning that your team is going to rebuild the tutorial levels.",
        ),
        (
            "firm does audits for nonprofits",
            "I enjoyed learning that your firm does audits for nonprofits.",
        ),
        # another panel member's words, told without their name; shorthand written out
        (
            "Angela said they've had zero misfuels in 4 yrs, every truck has the interlock",
            "I enjoyed learning that your team has had zero misfuels in 4 years.",
        ),
        # the same in a memo without capitals, in a learner's present tense
        (
            "arjun say they want to text every grower a receipt when they deliver",
            "I enjoyed learning that your team wants to text every grower a receipt when your "
            "team delivers.",
        ),
        (
            "herbarium has approx 1.8 lakh specimens, oldest from 1890s",
            "I enjoyed learning that the herbarium has about 1.8 lakh specimens.",
        ),
        (
            "night shift staff are missing most of the training sessions",
            "I enjoyed learning that the night shift staff are missing most of the training "
            "sessions.",
        ),
        (  # the notes' "+" said in words
            "they issue a truck + tablet to every inspector",
            "I enjoyed learning that your team issues a truck and tablet to every inspector.",
        ),
        (  # two verbs joined by a slash, each agreeing with "your team"
            "they buy/sell 14 currencies, most is USD",
            "I enjoyed learning that your team buys and sells 14 currencies.",
        ),
        (  # a transcript's "theyre", and the writer's own verdict left out
            "theyre getting a new paint truck in spring which is pretty cool",
            "I enjoyed learning that your team is getting a new paint truck in spring.",
        ),
        (  # a time before the subject is no noun to put "the" before
            "She said last month they opened a second clinic in Dalby",
            "I enjoyed learning that last month your team opened a second clinic in Dalby.",
        ),
        (  # a lower-case memo's months and peoples, capitalised
            "they are open 7 days in july and august for the moroccans from europe",
            "I enjoyed learning that your team is open 7 days in July and August for the "
            "Moroccans from Europe.",
        ),
        (  # "may" as a month after "in"; as a verb, left
            "they may add a night shift in may",
            "I enjoyed learning that your team may add a night shift in May.",
        ),
        (  # speech's "like" before a count is "about"
            "they do like 30 school uniforms a week",
            "I enjoyed learning that your team does about 30 school uniforms a week.",
        ),
        (  # "they are" a plural noun: "you are", which agrees
            "They are agents for Stihl and Husqvarna in Otago",
            "I enjoyed learning that you are agents for Stihl and Husqvarna in Otago.",
        ),
        (  # a British spelling opening the clause is a common noun too: no capital mid-sentence
            "Sterilisation is done in a separate unit, the scrub nurses don't touch it",
            "I enjoyed learning that sterilisation is done in a separate unit.",
        ),
        (
            "Colour matching is a separate team in Leeds",
            "I enjoyed learning that colour matching is a separate team in Leeds.",
        ),
        (  # a number's sign stays on it (held-out 58, seen: paraphrased)
            "the cameras must work at -25 and in salt spray, they lost one last winter",
            "I enjoyed learning that the cameras must work at -25 and in salt spray.",
        ),
        (  # a spaced dash between two numbers is a range, not a clause's end
            "they grow 5 - 10 percent a year",
            "I enjoyed learning that your team grows 5 - 10 percent a year.",
        ),
    ],
)
def test_learned_sentence_from_a_fact(fact: str, sentence: str) -> None:
    built = learned_sentence(fact, "Priya Shah")
    assert built is not None
    assert built.text == sentence


@pytest.mark.parametrize(
    "fact",
    [
        "Fr. Eze said that the cathedral wants the choir to record an album of hymns",
        "Rev. Fr. Eze said the cathedral wants the choir to record an album of hymns",
        # a word of address after the given name
        "Chukwuemeka ji said that the cathedral wants the choir to record an album of hymns",
    ],
)
def test_the_interviewer_named_with_any_honorific_is_a_lead_in(fact: str) -> None:
    built = learned_sentence(fact, "Rev. Fr. Chukwuemeka Eze")
    assert built is not None
    assert built.text == (
        "I enjoyed learning that the cathedral wants the choir to record an album of hymns."
    )


@pytest.mark.parametrize(
    "fact",
    [
        "she liked my dashboard project",  # about the candidate
        "I talked about the newsletter I grew",
        "biggest challenge: onboarding",  # no clause
        "team = 4 researchers",
        "busy season Jan to Apr",
    ],
)
def test_no_learned_sentence_from_these(fact: str) -> None:
    assert learned_sentence(fact, "Priya Shah") is None


def test_the_variant_changes_the_frame() -> None:
    fact = "they are moving their reporting to dbt"
    texts = {learned_sentence(fact, None, v).text for v in range(3)}  # type: ignore[union-attr]
    assert len(texts) == 3


@pytest.mark.parametrize(
    ("fact", "sentence"),
    [
        (
            "I could help them clean up the weekly revenue reports",
            "I would be glad to help your team clean up the weekly revenue reports.",
        ),
        (
            "my experience with grant reporting could help them with their nonprofit clients",
            "I would be glad to bring my experience with grant reporting to help your team with "
            "its nonprofit clients.",
        ),
        (
            "My experience coordinating services at the shelter would fit what they need",
            "I would be glad to bring my experience coordinating services at the shelter to your "
            "team.",
        ),
        (
            "I would love to help start the garden project with the kids",
            "I would love to help start the garden project with the kids.",
        ),
        (
            "I can do basic motion in After Effects, could help with the social posts",
            "I would be glad to help with the social posts.",
        ),
        (
            "I think my compliant mechanism work could help them with the soft package problem",
            "I would be glad to bring my compliant mechanism work to help your team with the soft "
            "package problem.",
        ),
    ],
)
def test_contribution_sentence_from_a_fact(fact: str, sentence: str) -> None:
    built = contribution_sentence(fact, "Priya Shah")
    assert built is not None
    assert built.text == sentence


def test_no_contribution_sentence_from_a_wish_of_theirs() -> None:
    assert contribution_sentence("they want someone who can do motion", "Priya Shah") is None


@pytest.mark.parametrize(
    "fact",
    [
        "they are moving their reporting from spreadsheets to dbt and Snowflake",
        "Priya said they are hiring two engineers this year",
        "she runs the weekly planning meeting",
    ],
)
def test_a_built_sentence_passes_the_same_checks(fact: str) -> None:
    notes = f"Interviewer: Priya Shah\n- {fact}\n"
    built = learned_sentence(fact, "Priya Shah")
    assert built is not None
    assert problems(built.text, built.basis, Reader(notes, "Priya Shah")) == []


@pytest.mark.parametrize(
    ("fact", "clause"),
    [
        (
            "they ship weekly behind feature flags; HIPAA audits twice a year",
            "they ship weekly behind feature flags",
        ),
        (
            "She said they process mobile money for about 6,000 merchants, mostly in Accra",
            "they process mobile money for about 6,000 merchants",
        ),
        ("the team uses Epic, Cerner and Meditech", "the team uses Epic, Cerner and Meditech"),
    ],
)
def test_the_model_is_shown_one_clause_of_a_learned_fact(fact: str, clause: str) -> None:
    from followup.sentences import main_clause

    assert main_clause(fact, "Ann Lee") == clause


def test_a_thousands_separator_is_no_clause_break_and_stays_written_as_it_was() -> None:
    built = learned_sentence("They process mobile money for about 6,000 merchants, mostly in Accra")
    assert built is not None
    assert built.text.endswith("for about 6,000 merchants.")
    turned = toward_reader("they have 3, 4 or 1,900 culverts")
    assert turned == "your team has 3, 4 or 1,900 culverts"


def test_an_ing_word_naming_a_thing_makes_no_clause() -> None:
    """ "training camp in Calpe in January": no "your team is training camp ..."."""
    assert learned_sentence("training camp in Calpe in January, 12 days, all staff") is None
    built = learned_sentence("training 40 apprentices a year at the depot")
    assert built is not None and "your team is training 40 apprentices" in built.text
    # "drilling rig with GPS drill plan": a rig, not "your team is drilling rig ..."
    assert learned_sentence("drilling rig with laser survey plan, 2 crews per shift") is None
    drilling = learned_sentence("drilling 30 blast holes a day in the east bench")
    assert drilling is not None and "your team is drilling 30 blast holes" in drilling.text


def test_an_ing_word_before_a_verb_of_its_own_names_a_thing() -> None:
    built = learned_sentence("teaching load for new lecturers is reduced to 50% in year one")
    assert built is not None
    assert built.text == (
        "I enjoyed learning that the teaching load for new lecturers is reduced to 50% in year one."
    )
    moving = learned_sentence("moving their workpapers to the cloud this year")
    assert moving is not None
    assert moving.text.endswith("that your team is moving its workpapers to the cloud this year.")


def test_dictated_punctuation_becomes_marks_in_a_built_sentence() -> None:
    built = learned_sentence(
        "they cover two councils comma about eleven thousand applications a year full stop new line"
    )
    assert built is not None
    assert (
        "comma" not in built.text and "full stop" not in built.text and "new line" not in built.text
    )


def test_news_the_reader_is_not_glad_of_is_the_last_fact_chosen() -> None:
    """ "I loved being able to learn about the 3rd year of drought" is tactless: a problem
    of the employer's comes after every other fact."""
    notes = parse_notes(
        "Interviewer: Gert Swanepoel\n\nWhat I learned:\n"
        "- 3rd year of drought in a row, they cut the herd by 20% last year\n"
        "- busy with a solar pump project on 11 boreholes, half done\n"
        "- 9,800 ha, about 1,400 head, breeding their own bulls\n"
    )
    facts = learned_facts(notes)
    assert facts and "drought" in facts[-1] and "drought" not in facts[0]


def test_a_fact_with_fine_or_cut_in_another_sense_is_not_put_last() -> None:
    """ "cut from their own beds", "fine sand": no bad news; "budget cuts" is."""
    notes = parse_notes(
        "Interviewer: Nick\n"
        "- all Norfolk water reed, cut from their own beds at Hickling in winter\n"
        "- budget cuts hit the council grants this year\n"
        "- they run a monthly hackathon with the drivers\n"
    )
    facts = learned_facts(notes)
    assert facts[-1].startswith("budget cuts")
    assert facts[0].startswith("all Norfolk water reed")


def test_a_fact_with_a_later_clause_of_the_candidates_is_still_a_fact() -> None:
    """ "they run a 24h hotline with a roster of 6 coordinators, I would be the only full-time
    one": the sentence tells the first clause, about them (held-out 48, seen: paraphrased)."""
    notes = parse_notes(
        "Interviewer: Aroha\n\nWhat I learned:\n"
        "- they keep a night roster of 5 drivers, I would be the only one on days\n"
        "- I told them about my ferry work\n\n"
        "## My points\n- 7 year at loonbedrijf Van Dam, so I know the machines\n"
    )
    facts = learned_facts(notes)
    # (the last is the candidate's own from its first word, though its first clause has no "I")
    assert facts == ["they keep a night roster of 5 drivers, I would be the only one on days"]


@pytest.mark.parametrize(
    ("fact", "sentence"),
    [
        ("2nd branch opening in Ntinda in June", "about the 2nd branch opening in Ntinda in June."),
        ("3 month warranty on every repair", "about the 3 month warranty on every repair."),
        ("monthly hackathon with the drivers, since 2024", "about the monthly hackathon with the"),
        ("12 boats, all 700 hp, Hamilton jets", "about the 12 boats."),
    ],
)
def test_a_thing_named_without_a_clause_is_learned_about(fact: str, sentence: str) -> None:
    built = learned_sentence(fact)
    assert built is not None and sentence in built.text


@pytest.mark.parametrize(
    "fact",
    [
        "new site opens in June",  # a clause: its verb
        "3 tours going out in April need techs",
        "45 000 nacres greffées per year",  # another language
        "runs 3 shifts in summer",  # a verb first
        "Hofladen and 14 stalls in Berlin",  # a name first
    ],
)
def test_a_clause_or_a_foreign_phrase_is_no_thing_to_learn_about(fact: str) -> None:
    built = learned_sentence(fact)
    assert built is None or "about the" not in built.text


@pytest.mark.parametrize(
    ("fact", "sentence"),
    [
        ("new pipe yard of 8 acres opening in Q3 this year", "about the new pipe yard of 8 acres"),
        ("partnership with a congregation in Bielefeld, Germany", "about the partnership with"),
        ("90% of their work is for the offshore operators", "that 90% of your team's work is"),
    ],
)
def test_a_thing_a_noun_opens_or_a_share_is_built(fact: str, sentence: str) -> None:
    built = learned_sentence(fact)
    assert built is not None and sentence in built.text


def test_a_heading_and_its_thing_joined_by_a_dash_make_no_thing() -> None:
    built = learned_sentence("surveillance — wastewater sampling at 9 sites in Lusaka")
    assert built is None or "surveillance —" not in built.text


@pytest.mark.parametrize(
    ("fact", "sentence"),
    [
        (  # a dictated note runs a lower-case name's reported speech into the fact
            "every lamb is tagged at birth on the hill farm with the new readers tomas said "
            "the vet would have to check this first before he signs",
            "I enjoyed learning that every lamb is tagged at birth on the hill farm with the "
            "new readers.",
        ),
        (  # "before" joins a clause: the sentence keeps it whole, it does not stop on it
            "they close the kitchen at ten before they clean it all",
            "I enjoyed learning that your team closes the kitchen at ten before your team "
            "cleans it all.",
        ),
    ],
)
def test_a_run_on_clause_is_cut_where_a_new_one_starts_never_on_a_joining_word(
    fact: str, sentence: str
) -> None:
    built = learned_sentence(fact, "Ana Lobo")
    assert built is not None and built.text == sentence


@pytest.mark.parametrize(
    ("fact", "sentence"),
    [
        (  # the next clause fronts its object: "the kiln they fire twice a week"
            "also they have a small glaze room but the big kiln they share with a school",
            "I enjoyed learning that your team has a small glaze room.",
        ),
        (  # a second clause with its own verb stays
            "they sell to 12 hotels and they ship to Lima weekly",
            "I enjoyed learning that your team sells to 12 hotels and your team ships to Lima "
            "weekly.",
        ),
    ],
)
def test_a_run_on_cut_drops_the_object_the_next_clause_fronts(fact: str, sentence: str) -> None:
    built = learned_sentence(fact, "Ana Lobo")
    assert built is not None and built.text == sentence


@pytest.mark.parametrize(
    ("fact", "clause"),
    [
        (  # a dash between places joins a route, it ends no clause
            "the run is Ketchikan – Metlakatla – Prince of Wales, 2 round trips a day",
            "the run is Ketchikan – Metlakatla – Prince of Wales",
        ),
        (  # a clause that opens the fact leans on the main one after it
            "Because many families live far away, almost half of the appointments are now by video",
            "almost half of the appointments are now by video",
        ),
        ("they are moving to dbt – the team likes it", "they are moving to dbt"),
    ],
)
def test_the_facts_main_clause_skips_a_route_dash_and_an_opening_subordinate_clause(
    fact: str, clause: str
) -> None:
    from followup.sentences.extractive import main_clause

    assert main_clause(fact, "Ana Lobo") == clause


@pytest.mark.parametrize(
    ("fact", "clause"),
    [
        (
            "since 2021 they install radio-controlled (DCF77) retrofits in every tower",
            "since 2021 they install radio-controlled retrofits in every tower",
        ),
        ("they ship weekly (on Fridays) to 40 shops", "they ship weekly to 40 shops"),
        # a bracket that ends the clause still ends it
        ("the team is 6 officers (H24 in summer), mostly ex-military", "the team is 6 officers"),
    ],
)
def test_a_short_bracket_inside_a_clause_is_an_aside_not_its_end(fact: str, clause: str) -> None:
    assert main_clause(fact) == clause
    built = learned_sentence(fact)
    assert built is not None and built.basis == clause


@pytest.mark.parametrize(
    "fact",
    ["everything on k8s in two regions, Joburg and Cape Town", "spring lambing from March on"],
)
def test_a_word_in_ing_that_is_no_verb_makes_no_clause(fact: str) -> None:
    built = learned_sentence(fact)
    assert built is None or "your team is" not in built.text


def test_no_article_before_a_count_that_opens_the_fact() -> None:
    built = learned_sentence("one of their horses was runner-up at the state fair last year")
    assert built is not None
    assert built.text == (
        "I enjoyed learning that one of your team's horses was runner-up at the state fair last"
        " year."
    )


def test_a_memos_run_on_makes_no_learned_sentence() -> None:
    built = learned_sentence(
        "max 12 kayaks per trip and two guides so the guide does the safety talk on the beach "
        "with the map and the other one is with the boats and the paddles"
    )
    assert built is None


def test_a_long_clause_of_a_readers_length_still_makes_one() -> None:
    # (guard: 20 words is no run-on)
    built = learned_sentence(
        "they have 11 permanent gas stations on the volcano and want to add 4 more on the north "
        "flank this summer"
    )
    assert built is not None


def test_a_pronoun_after_an_open_when_clause_is_its_main_clause_not_a_new_sentence() -> None:
    built = learned_sentence(
        "work is 7 to 4 and in summer when it gets too hot they work early on the roofs"
    )
    assert built is not None
    assert built.text.endswith("your team works early on the roofs.")


def test_a_pronoun_after_a_preposition_since_still_opens_a_new_sentence() -> None:
    # (guard: "since 2019" is a time, no clause waiting for its main one)
    built = learned_sentence("everything is eu approved since 2019 they export to 12 countries")
    assert built is not None
    assert built.text == "I enjoyed learning that everything is eu approved since 2019."
