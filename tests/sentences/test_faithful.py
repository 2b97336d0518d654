"""sentences/faithful.py: each check with sentences that pass and that fail.

The failing sentences include ones a reader found in accepted drafts (issue 12); each must be
stopped by the check named for it, not only by some check.
"""

from __future__ import annotations

import pytest
from sentence_examples import FACT, GOOD, NOTES, OLD_SHOT, READER, shot_sentences

from followup.sentences import Reader
from followup.sentences.checks import (
    about_fact,
    action_kept,
    adds_words,
    capitals_kept,
    complement_kept,
    copied_phrase,
    coverage,
    direction_kept,
    each_kept,
    modal_kept,
    new_words,
    order_kept,
    outside_fact,
    relation_kept,
    tense_kept,
)


@pytest.mark.parametrize(
    "sentence",
    [
        GOOD,
        "I enjoyed hearing about the move of your reporting to dbt and Snowflake.",
        "I was glad to hear that your team is moving from spreadsheets to Snowflake.",
    ],
)
def test_about_its_fact_passes(sentence: str) -> None:
    assert about_fact(sentence, FACT) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed learning about your team and its plans for the year.",
        "I enjoyed learning that your team uses dbt.",
        "I was impressed to learn about the two weeks ago when I interviewed with Mr.",
    ],
)
def test_off_its_fact_fails(sentence: str) -> None:
    assert about_fact(sentence, FACT) == "stay with the fact you were given"


def test_a_long_fact_needs_four_of_its_words() -> None:
    fact = (
        "they are redesigning the gripper with a vacuum and finger hybrid for soft and oddly "
        "shaped packages in the warehouse"
    )
    assert coverage("I enjoyed learning that your team is redesigning the gripper.", fact) == (
        2,
        4,
    )
    assert about_fact("I enjoyed learning that your team is redesigning the gripper.", fact)
    ok = "I enjoyed learning that your team is redesigning the gripper for soft packages."
    assert about_fact(ok, fact) is None


def test_frame_and_notes_words_add_nothing() -> None:
    assert new_words(GOOD, NOTES) == []
    assert new_words("I enjoyed learning that you lead a team of six.", NOTES) == []
    assert new_words("I enjoyed learning that you lead a team of seven.", NOTES) == ["seven"]
    assert (
        adds_words("I would be glad to help your team clean up the revenue reports.", NOTES) is None
    )


@pytest.mark.parametrize(
    ("sentence", "added"),
    [
        (
            "I was impressed to learn that the team is opening a second site in their new "
            "headquarters.",
            "opening",
        ),
        (
            "I appreciate your love for me and your patience, and I'm glad to hear that you "
            "enjoyed sending a thank-you note the same day.",
            "patience",
        ),
        (
            "I would be delighted to bring my reporting background to your research work.",
            "research",
        ),
    ],
)
def test_invented_details_fail(sentence: str, added: str) -> None:
    problem = adds_words(sentence, NOTES)
    assert problem is not None and added in problem


def test_a_phrase_copied_from_the_examples_fails() -> None:
    kitchen = "Interviewer: Ana Ruiz\n- they plate every dish twice before service\n"
    copied = "I would be delighted to bring my plating skills to your research work."
    assert copied_phrase(copied, [OLD_SHOT], kitchen) == (
        "do not copy the examples (to your research work)"
    )
    research = "Interviewer: Ana Ruiz\n- I could bring my skills to your research work\n"
    assert copied_phrase(copied, [OLD_SHOT], research) is None  # the notes say it too


def test_the_examples_frame_may_be_reused() -> None:
    examples = shot_sentences()
    assert copied_phrase(GOOD, examples, NOTES) is None
    assert (
        copied_phrase("I would be glad to help your team clean up the reports.", examples, NOTES)
        is None
    )


def test_every_shot_detail_copied_is_caught() -> None:
    """A sentence made of a shot's own words is rejected whatever the notes."""
    for shot in shot_sentences():
        assert copied_phrase(shot, shot_sentences(), NOTES), shot


def test_a_fact_under_way_is_not_told_as_done() -> None:
    fact = "they are moving their workpapers to a cloud audit platform this year"
    done = "I enjoyed learning that your team's workpapers were moved to a cloud audit platform."
    assert tense_kept(done, fact) == "keep the fact's tense (not 'were moved')"
    going = "I was impressed that your team's workpapers are being moved to a cloud platform."
    assert tense_kept(going, fact) is None
    assert tense_kept("I enjoyed learning that your team opened a second shift.", FACT) is None


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        # a plan told as done, with no "was"/"were" (held-out 14, note 13)
        ("I was happy to learn that your Jakarta office opened in Q3.", "not 'opened'"),
        ("I was excited to learn that your team is opening a Jakarta office.", None),  # frame
        ("I was happy to learn that your team is opening a Jakarta office in Q3.", None),
    ],
)
def test_a_plan_is_not_told_as_done(sentence: str, problem: str | None) -> None:
    fact = "opening a Jakarta office in Q3, an exciting move, analyst may travel there monthly"
    found = tense_kept(sentence, fact)
    assert (found is None) if problem is None else (found is not None and problem in found)


@pytest.mark.parametrize(
    ("sentence", "fact", "problem"),
    [
        # a plan in the fact's own present tense, told as done
        (
            "I loved to learn that your team changed all to electric until 2026.",
            "they change all to electric until end of 2026, the swap stations they build now",
            "not 'changed'",
        ),
        (
            "I was glad to learn that your team will change all to electric by 2026.",
            "they change all to electric until end of 2026",
            None,
        ),
        # and what was done, told as under way (held-out 47, seen: paraphrased)
        (
            "I enjoyed learning that your new solar panels are fitting 2024.",
            "new solar panels fitted 2024, cut the power bill by a third",
            "not 'are fitting'",
        ),
        (
            "I enjoyed learning that your new solar panels were fitted in 2024.",
            "new solar panels fitted 2024, cut the power bill by a third",
            None,
        ),
        # no plan in the fact: the model's past tense mends a writer's grammar
        ("I enjoyed learning that your team opened in 2016.", "they open 2016, 400 shells", None),
        # what they want done told as done
        (
            "I loved learning that your ranger leads 30 school visits a term.",
            "They want the new ranger to lead 30 school visits a term",
            "what they want",
        ),
        (
            "I loved learning that your team wants the new ranger to lead 30 school visits.",
            "They want the new ranger to lead 30 school visits a term",
            None,
        ),
        (
            "I was glad to learn that you hope to open a shop.",
            "she hopes to open a shop in Leeds",
            None,
        ),
    ],
)
def test_a_plan_in_the_present_tense_is_not_told_as_done(
    sentence: str, fact: str, problem: str | None
) -> None:
    found = tense_kept(sentence, fact)
    assert (found is None) if problem is None else (found is not None and problem in found)


NUMBERS = [
    ("your team has on-call 1 week in 6.", "on-call 1 week in 6", True),
    ("your team has on-call 2 weeks in 6.", "on-call 1 week in 6", False),
    ("you process 1,800 declarations a month.", "1800 declarations a month", True),
    ("the ward has 28 beds.", "Ward 5 is 28 beds general medicine", True),
    ("the ward has 30 beds.", "Ward 5 is 28 beds general medicine", False),
    ("your team is moving to dbt.", "moving to dbt in 2027", True),
]


def _kept(check: str, clause: str, fact: str) -> bool:
    """Whether the named check passes a learned sentence, alone and among all the checks."""
    from followup.sentences import checks

    sentence = f"I enjoyed learning that {clause}"
    alone = getattr(checks, check)(sentence, fact) is None
    names = [name for name, _ in checks.named_problems(sentence, fact, Reader(fact, "Ann Lee"))]
    assert alone == (f"check.{check}" not in names)
    return alone


@pytest.mark.parametrize(("clause", "fact", "kept"), NUMBERS)
def test_a_sentence_keeps_the_numbers_of_its_fact(clause: str, fact: str, kept: bool) -> None:
    assert _kept("numbers_kept", clause, fact) == kept


@pytest.mark.parametrize(
    ("sentence", "fact", "ok"),
    [
        (
            "I loved learning that your 7 academics and about 20 PhD students have structures "
            "to group.",
            "structures group is 7 academics and about 20 PhD students",
            False,
        ),
        (
            "I enjoyed learning that your structures group has 7 academics and 20 PhD students.",
            "structures group is 7 academics and about 20 PhD students",
            True,
        ),
        (  # one word moved is a rephrasing
            "I enjoyed learning that your 24,000 sqm DC holds 18,000 pallet positions.",
            "the DC is 24,000 sqm with 18,000 pallet positions",
            True,
        ),
        (  # what is said of what, turned round: two words, one slip
            "I loved learning that your 40 beds is the hospice.",
            "the hospice is 40 beds, with a day unit",
            False,
        ),
        (
            "I enjoyed learning that the hospice is 40 beds.",
            "the hospice is 40 beds, with a day unit",
            True,
        ),
    ],
)
def test_a_sentence_keeps_the_order_of_its_fact(sentence: str, fact: str, ok: bool) -> None:
    assert (order_kept(sentence, fact) is None) is ok


@pytest.mark.parametrize(
    ("sentence", "fact", "ok"),
    [
        (  # the words left out reverse the meaning
            "I was impressed to learn that your team wants to restart the youth panel during "
            "the pandemic.",
            "they want to restart the youth panel that folded during the pandemic",
            False,
        ),
        (  # a number left out between two used words
            "I loved learning that your 300 members on the list come every week.",
            "about 300 members on the list, maybe 60 come every week",
            False,
        ),
        (  # stopping early is fine: the first part told whole
            "I loved learning that your team wants to restart the youth panel.",
            "they want to restart the youth panel that folded during the pandemic",
            True,
        ),
        (  # a rephrasing that keeps every word in the middle
            "I enjoyed learning that your team ships weekly behind feature flags.",
            "they ship weekly behind feature flags",
            True,
        ),
    ],
)
def test_a_learned_sentence_leaves_nothing_out_of_the_middle_of_its_fact(
    sentence: str, fact: str, ok: bool
) -> None:
    from followup.sentences.checks import learned_problems, middle_kept

    assert (middle_kept(sentence, fact) is None) is ok
    assert ("check.middle_kept" in dict(learned_problems(sentence, fact))) is not ok


@pytest.mark.parametrize(
    ("sentence", "fact", "ok"),
    [
        (  # held-out 41 (seen): stopped where the fact's clause still needs its verb
            "I was impressed to learn that your work starts in May and the last 2 weeks before "
            "the festival.",
            "the work starts in May and the last 2 weeks before the festival they build day and "
            "night",
            False,
        ),
        (  # a stop at a comma ends the clause
            "I enjoyed learning that your team is 14 engineers.",
            "the team is 14 engineers, they also run the simulator",
            True,
        ),
        (  # the whole fact
            "I loved learning that in the last 2 weeks your team builds day and night.",
            "in the last 2 weeks they build day and night",
            True,
        ),
    ],
)
def test_a_learned_sentence_does_not_stop_inside_a_clause(
    sentence: str, fact: str, ok: bool
) -> None:
    from followup.sentences.checks import clause_whole, learned_problems

    assert (clause_whole(sentence, fact) is None) is ok
    assert ("check.clause_whole" in dict(learned_problems(sentence, fact))) is not ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # held-out 41 (seen): a season turned into two months
        ("I loved learning about harvest work every March and May in the valley.", False),
        ("I loved learning that the market opens Thu and Sun in summer.", False),
        ("I loved learning about harvest work from March to May in the valley.", True),
        ("I loved learning that harvest work runs March–May in the valley.", True),
    ],
)
def test_a_range_stays_a_range(sentence: str, ok: bool) -> None:
    from followup.sentences.checks import named_problems

    fact = "harvest work every March–May in the valley; the market opens Thu–Sun in summer"
    assert ("check.range_kept" not in dict(named_problems(sentence, fact, READER))) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # held-out 41 (seen): a bare place given an article it never has
        ("I was impressed by the new sawmill that runs by the Kiunga.", False),
        # the notes' own article, or the name inside a phrase
        ("I enjoyed learning about the Kiunga sawmill that opens in March.", True),
        ("I enjoyed learning that your barges run on the Fly.", True),
        # a name of more words too
        ("I loved learning about the main client of the Lakeside Timber.", False),
        ("I loved learning that your main client is Lakeside Timber.", True),
    ],
)
def test_a_bare_name_stays_bare(sentence: str, ok: bool) -> None:
    from followup.sentences.checks import named_problems

    fact = (
        "new sawmill at Kiunga running from March, barges on the Fly, main client Lakeside Timber"
    )
    assert ("check.article_kept" not in dict(named_problems(sentence, fact, READER))) is ok


def test_a_sentence_stays_with_its_own_fact() -> None:
    assert outside_fact(
        "I would be delighted to share my treasure with you.", "I will treasure that"
    )
    fact = "they use the Signs of Safety framework across the whole service"
    good = "I loved learning that your team uses the Signs of Safety framework across the service."
    assert outside_fact(good, fact) is None


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        # the fact's verb dropped: "your heat pumps from spring" says nothing happens
        ("I was impressed to learn that your heat pumps from spring.", True),
        ("I was impressed to learn that your team is adding heat pumps from spring.", False),
        ("I enjoyed learning that heat pumps are being added from spring.", False),
    ],
)
def test_what_the_fact_says_is_happening_is_kept(sentence: str, fails: bool) -> None:
    fact = "adding heat pumps from spring and they'd pay for my heat pump course"
    assert (action_kept(sentence, fact) is not None) == fails
    assert action_kept(sentence, "14 vans, mostly boiler installs") is None  # no verb to keep


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        # a terse note's verb and its object: the making dropped, a judgement added
        ("I enjoyed learning that your 30 looms a year is a lot of work.", True),
        ("I enjoyed learning that your workshop builds 30 looms a year.", False),
        ("I was glad to hear that 30 looms a year are built by hand.", False),
    ],
)
def test_a_terse_notes_verb_is_kept(sentence: str, fails: bool) -> None:
    fact = "build 30 looms a year, biggest 4 metres"
    assert (action_kept(sentence, fact) is not None) == fails
    assert action_kept(sentence, "30 looms a year, biggest 4 metres") is None  # no verb to keep


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        # every one of them made a single one the reader has not got
        ("I loved learning that your goat gets 2 kg of hay per day.", True),
        ("I enjoyed learning that the goat is milked twice a day.", True),
        ("I loved learning that each goat gets 2 kg of hay per day.", False),
        ("I loved learning that your goats get 2 kg of hay per day.", False),
        ("I enjoyed learning that your team feeds every goat 2 kg of hay.", False),
    ],
)
def test_each_one_of_them_stays_each_one(sentence: str, fails: bool) -> None:
    fact = "each goat gets 2 kg hay per day and every goat is milked twice a day"
    assert (each_kept(sentence, fact) is not None) == fails
    assert each_kept(sentence, "the goats get 2 kg of hay per day") is None  # no "each" to keep


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        # the paying dropped: the candidate now "learns from" a class she never took
        ("I loved being able to learn from a Japanese class every Saturday morning.", True),
        ("I was glad to learn that your facility pays for a Japanese class on Saturdays.", False),
        ("I was glad to hear that your team pays for weekly Japanese classes.", False),
    ],
)
def test_what_the_employer_does_for_its_people_is_kept(sentence: str, fails: bool) -> None:
    fact = "facility pays for Japanese class every Saturday morning, goal is N3 in 1 year"
    assert (action_kept(sentence, fact) is not None) == fails
    assert action_kept(sentence, "dormitory 5 minutes walk, 25,000 yen a month") is None


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        # told backwards: the notes move from paper to SharePoint (held-out 16, note 14)
        ("I was impressed to learn that your SharePoint move to paper files by June.", True),
        ("I was glad to learn that your team is moving from paper files to SharePoint.", False),
        ("I was glad to hear about your move to SharePoint from paper files.", False),
    ],
)
def test_a_change_keeps_its_direction(sentence: str, fails: bool) -> None:
    fact = "moving from paper files to SharePoint by June"
    assert (direction_kept(sentence, fact) is not None) == fails
    assert direction_kept(sentence, "they use SharePoint for the board packs") is None


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        # a second thing it changes from made the thing it changes to (a held-out 39 kind)
        ("I loved to learn that your team is moving from logbooks to Excel to new rota.", True),
        (
            "I enjoyed learning that your team is moving from logbooks and Excel to a rota app.",
            False,
        ),
    ],
)
def test_every_word_of_what_a_change_leaves_stays_on_its_side(sentence: str, fails: bool) -> None:
    fact = "moving from logbooks + Excel to a new rota app in spring"
    assert (direction_kept(sentence, fact) is not None) == fails


@pytest.mark.parametrize(
    ("sentence", "fact", "fails"),
    [
        # a guess the notes never made: kind words that mean nothing
        (
            "I enjoyed learning that your 25 bakers, 2 shifts in the Backstube, could be a "
            "great team.",
            "25 bakers, 2 shifts in the Backstube",
            True,
        ),
        (
            "I loved to hear that your depot in Tralee might be open to new ideas.",
            "their depot in Tralee has 14 trucks",
            True,
        ),
        (
            "I loved hearing that your team is opening a shop in Cork, and it would be great to "
            "help with it.",
            "opening a shop in Cork, two tastings a year",
            True,
        ),
        # the fact's own modal or plan allows one
        (
            "I loved to learn that your bakery would open a second shop next spring.",
            "they will open a second shop next spring",
            False,
        ),
        (
            "I was glad to learn that your new oven could bake 400 loaves an hour.",
            "the new oven can bake 400 loaves an hour",
            False,
        ),
        # the frame's own wish is no guess, nor is a fact without a modal
        ("I would love to hear more about your 25 bakers.", "25 bakers, 2 shifts", False),
        ("I enjoyed learning that your 25 bakers work in 2 shifts.", "25 bakers, 2 shifts", False),
    ],
)
def test_a_learned_detail_is_no_guess(sentence: str, fact: str, fails: bool) -> None:
    assert (modal_kept(sentence, fact) is not None) == fails


@pytest.mark.parametrize(
    ("sentence", "fact", "fails"),
    [
        (
            "I enjoyed learning that your maritime NZ audits your team twice a year.",
            "Maritime NZ audits them twice a year, every driver does a river rescue refresher",
            True,
        ),
        (
            "I loved learning that your firmenwagen and diensthandy are for Vorarbeiter.",
            "Vorarbeiter has a Firmenwagen and a Diensthandy for the season",
            True,
        ),
        (
            "I enjoyed learning that Maritime NZ audits your team twice a year.",
            "Maritime NZ audits them twice a year",
            False,
        ),
        # an English word a note capitalises (a job title) is written in lower case in prose
        (
            "I loved learning that your duty manager handles one shift of 180 ramp staff.",
            "the Duty Manager handles one shift of 180 ramp staff",
            False,
        ),
        (
            "I loved learning that the Kew team grows 40 kinds of fern.",
            "The Kew team grows 40 kinds of fern",
            False,
        ),
    ],
)
def test_a_name_keeps_its_capitals(sentence: str, fact: str, fails: bool) -> None:
    assert (capitals_kept(sentence, fact) is not None) is fails


NEGATIONS = [
    # the model dropped the notes' "no" (held-out 33's pidgin note, seed 1)
    ("half of the work is now for burial.", "half of the work now no be for burial", False),
    ("half of the work is now no be for burial.", "half of the work now no be for burial", True),
    ("half of the work is no longer for burial.", "half of the work now no be for burial", True),
    # a "not" reaches no further than its clause
    (
        "museums and galleries in Europe buy them as art.",
        "half of the work now no be for burial — museums and galleries in Europe buy them as art",
        True,
    ),
    # a denied detail left out is no matter
    ("your team makes only unpasteurised makgeolli.", "only unpasteurised, no aspartame", True),
    # a "not" the fact does not say
    ("your team does not use paper reports.", "they use paper reports", False),
    ("your team doesn't do crunch.", "they say NO crunch policy, 40h", True),
]


@pytest.mark.parametrize(("clause", "fact", "kept"), NEGATIONS)
def test_a_sentence_keeps_what_its_fact_denies(clause: str, fact: str, kept: bool) -> None:
    assert _kept("negation_kept", clause, fact) == kept


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        # a hyphenated word is one word: "must" and "have" alone are function words, so only
        # the whole word tells it was added (before, this passed)
        ("I was impressed to learn that your new bakery in Tema is a must-have.", True),
        ("I was impressed to learn that your new bakery in Tema is world-class.", True),
        (
            "I enjoyed learning that your full-time bakers start at four.",
            False,
        ),  # notes: "full time"
        ("I enjoyed learning about your new bakery in Tema.", False),
    ],
)
def test_a_hyphenated_word_the_notes_lack_is_added(sentence: str, fails: bool) -> None:
    notes = "- new bakery in Tema opening by June\n- 6 full time bakers, they start at four"
    assert (adds_words(sentence, notes) is not None) == fails


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        ("I was impressed that your shipments to Lomé and Cotonou are now 2021.", True),
        ("I was impressed that your shipments to Lomé and Cotonou began in 2021.", True),
        ("I was impressed that you have shipped to Lomé and Cotonou since 2021.", False),
        ("I was impressed to learn about your shipments to Lomé and Cotonou.", False),
    ],
)
def test_a_number_keeps_the_word_that_bounds_it(sentence: str, fails: bool) -> None:
    fact = "shipping to Lomé and Cotonou since 2021, adding Niamey next"
    assert (relation_kept(sentence, fact) is not None) == fails
    assert relation_kept("a crew of 40 in 2021", "a crew of 40, since 2021 in Accra") is not None
    assert relation_kept("a crew of 40", "a crew of 40, since 2021") is None  # no bound word


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        ("I loved hearing about your team at Husqvarna and Stihl in Otago.", True),
        ("I enjoyed learning that your Husqvarna and Stihl agents for Otago.", True),
        ("I enjoyed learning that you're agents for Husqvarna and Stihl.", False),
        ("I loved learning that you are the Husqvarna and Stihl agents for Otago.", False),
        ("I loved learning that your team is agent for Husqvarna and Stihl.", False),
    ],
)
def test_what_the_employer_is_is_kept(sentence: str, fails: bool) -> None:
    fact = "They're agents for Husqvarna and Stihl for all of Otago, 6 mechanics."
    assert (complement_kept(sentence, fact) is not None) == fails
    assert complement_kept("I loved hearing about your busy season.", "They are very busy") is None
    # what they do or where they are is no "what they are"
    moving = "they are moving their reporting from spreadsheets to dbt and Snowflake"
    assert complement_kept("I enjoyed learning about the move to dbt.", moving) is None
    assert complement_kept("I enjoyed learning about Leeds.", "they are based in Leeds") is None


def test_a_plan_for_next_season_keeps_when_it_happens() -> None:
    fact = "next summer they open a second kiosk on the pier"
    assert tense_kept("I loved learning that your team opens a second kiosk on the pier.", fact)
    assert tense_kept(
        "I loved learning that your team opens a second kiosk on the pier in summer.", fact
    )
    for kept in (
        "I loved learning that your team opens a second kiosk on the pier next summer.",
        "I loved learning that your team will open a second kiosk on the pier.",
    ):
        assert tense_kept(kept, fact) is None


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # held-out 55 (seen), in other words: a terse note's two clauses strung into one noun
        ("I loved learning that your season Jun-Oct kitchen runs 7 days in 2 shifts.", False),
        ("I loved learning that your kitchen runs 7 days in 2 shifts.", True),
        ("I loved learning that in the season, Jun-Oct, your kitchen runs 7 days.", True),
        # a pair the fact also writes with nothing between may stand together
        ("I enjoyed learning that your cooks train at the school and at the market.", True),
    ],
)
def test_two_clauses_of_the_fact_stay_two(sentence: str, ok: bool) -> None:
    from followup.sentences.checks import learned_problems

    fact = (
        "season Jun-Oct, kitchen runs 7 days in 2 shifts; cooks train at the school and at "
        "the market, and some at home"
    )
    assert ("check.clauses_apart" in dict(learned_problems(sentence, fact))) is not ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # held-out 55 (seen), in other words: the count dropped for "a"
        ("I loved learning about your team restoring a wooden tram in a year.", False),
        ("I loved learning that your team restores 2 or 3 wooden trams in a year.", True),
        ("I loved learning that your team restores wooden trams by hand.", True),
    ],
)
def test_a_counted_thing_keeps_its_count(sentence: str, ok: bool) -> None:
    from followup.sentences.checks import learned_problems

    fact = "They restore only 2 or 3 wooden trams in a year, by hand, each one takes a winter"
    assert ("check.count_kept" in dict(learned_problems(sentence, fact))) is not ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # held-out 62 (seen), in other words: what the fact counts dropped, a place kept
        ("I loved hearing about your team's experience in the Ward 2 Long.", False),
        ("I enjoyed learning that your team has about 400 porters in Ward 2.", True),
        ("I loved learning that your porters cover wards 2 and 5.", True),
        # (guard) one item of a list told, no number of the fact kept (held-out 62, seen)
        ("I loved learning about the long stay ward.", True),
    ],
)
def test_a_fact_that_counts_things_is_told_by_them(sentence: str, ok: bool) -> None:
    from followup.sentences.checks import learned_problems

    fact = "they have about 400 porters in ward 2 5 8 and long stay"
    assert ("check.counted_kept" in dict(learned_problems(sentence, fact))) is not ok


@pytest.mark.parametrize(
    ("fact", "sentence", "ok"),
    [
        # held-out 55 (seen), in other words: a place that opens the fact made the reader's
        (
            "Oaxaca has had over 40 documentaries shot here since 1990",
            "I loved learning that your Oaxaca has had over 40 documentaries shot.",
            False,
        ),
        # a name after "to": a client, not the reader's
        (
            "new biogas plant sells power to CFE from 2026",
            "I loved learning that your CFE buys power from the biogas plant.",
            False,
        ),
        (
            "new biogas plant sells power to CFE",
            "I loved learning that your new biogas plant sells power to CFE.",
            True,
        ),
        # a workplace's word that opens the fact, an acronym, a name before its noun
        (
            "Workshop has 14 benches and 2 kilns",
            "I enjoyed learning that your Workshop has 14 benches.",
            True,
        ),
        (
            "OPAC is linked to the county catalogue",
            "I enjoyed learning that your OPAC is linked to the county catalogue.",
            True,
        ),
        (
            "Sapporo store sales is No.2 in Japan",
            "I enjoyed learning that your Sapporo store sales are No.2 in Japan.",
            True,
        ),
        # the notes' own article
        (
            "the Beinhaus has over 1200 skulls",
            "I enjoyed learning that your Beinhaus has over 1200 skulls.",
            True,
        ),
        # a people's word before a thing of theirs
        (
            "new kitchen for Khmer seafood BBQ",
            "I enjoyed learning about your Khmer seafood BBQ kitchen.",
            True,
        ),
    ],
)
def test_a_bare_name_is_not_the_readers(fact: str, sentence: str, ok: bool) -> None:
    from followup.sentences.checks import learned_problems

    assert ("check.possessive_kept" in dict(learned_problems(sentence, fact))) is not ok


@pytest.mark.parametrize(
    ("fact", "sentence", "ok"),
    [
        # held-out 56 (seen), paraphrased: the families the fact tells of made the reader's
        (
            "the new coordinator will help with the forms and the family visits",
            "I would be glad to help you with your family visits and forms.",
            False,
        ),
        (
            "the school runs a homework club for the children of the staff",
            "I enjoyed learning that your children go to the homework club.",
            False,
        ),
        # the fact says they are the reader's own
        (
            "her son runs the sawmill side of the business",
            "I enjoyed learning that your son runs the sawmill side of the business.",
            True,
        ),
        # no private word at all
        (
            "the new coordinator will help with the forms and the family visits",
            "I would be glad to help your team with the forms and the family visits.",
            True,
        ),
    ],
)
def test_the_readers_private_life_is_not_made_of_the_notes(
    fact: str, sentence: str, ok: bool
) -> None:
    from followup.sentences import Reader
    from followup.sentences.checks import named_problems

    reader = Reader(fact, "Ana Ruiz")
    assert ("check.private_kept" in dict(named_problems(sentence, fact, reader))) is not ok
