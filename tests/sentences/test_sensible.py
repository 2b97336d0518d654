"""sentences/sensible.py: each check with sentences that pass and that fail (some found by a
reader in accepted drafts, issue 12)."""

from __future__ import annotations

import pytest
from sentence_examples import FACT, GOOD

from followup.sentences.checks import (
    about_process,
    broken,
    clause_has_verb,
    complete,
    ending,
    english,
    feeling_fits,
    learned_from,
    meta_talk,
    one_clause,
    repeated_phrase,
    repeated_word,
    stands_alone,
    thin_detail,
)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("I enjoyed it.", "write one sentence of 6 to 35 words"),
        ("I enjoyed learning that your team is moving to dbt", "write one complete sentence"),
        ("i enjoyed learning that your team is moving to dbt.", "write one complete sentence"),
        ("I enjoyed learning (about your team is moving to dbt.", "write one complete sentence"),
        ("The company is pleased to announce a move to dbt.", "write in the first person"),
        # two sentences run together (a name's honorific turned into "you.")
        (
            "I enjoyed learning that you. you said the cathedral wants an album.",
            "write one complete sentence",
        ),
    ],
)
def test_incomplete_sentences_fail(sentence: str, problem: str) -> None:
    assert complete(sentence) == problem


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed learning that your team sells to the U.S. market every spring.",
        "I enjoyed learning that your lab uses e.g. mass spectrometry daily.",
        "I enjoyed learning that Ms. Rao leads approx. forty engineers.",
    ],
)
def test_a_stop_after_an_abbreviation_is_no_sentence_end(sentence: str) -> None:
    assert complete(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I was impressed to learn about the two weeks ago when I interviewed with Mr.", "Mr"),
        ("I loved learning about the team's meeting with Dr.", "Dr"),
        ("I enjoyed learning about the move of your reporting to the.", "the"),
        ("I enjoyed learning about the reporting you are moving to.", "to"),
        ("I enjoyed learning that your team is moving its reporting to your.", "your"),
    ],
)
def test_a_cut_off_ending_fails(sentence: str, word: str) -> None:
    assert ending(sentence) == f"do not end on '{word}'"


def test_a_good_ending_passes() -> None:
    assert ending(GOOD) is None
    assert ending("I enjoyed meeting you and Dr. Okafor.") is None
    assert ending("I would be glad to help, since I built a rota template before.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciated being able to learn about the position's position as an analyst.",
        "I enjoyed learning that your team is a team that moves reporting to dbt.",
    ],
)
def test_a_repeated_word_fails(sentence: str) -> None:
    assert repeated_word(sentence, FACT) is not None


def test_a_phrase_said_twice_fails_unless_the_fact_says_it_twice() -> None:
    twice = "I enjoyed learning that your team of analysts in Leeds is a team of analysts in Leeds."
    assert repeated_phrase(twice, FACT) is not None
    fact = "a team of analysts in Leeds helps a team of analysts in Leeds"
    assert repeated_phrase(twice, fact) is None
    assert repeated_phrase(GOOD, FACT) is None


def test_a_repetition_the_fact_has_passes() -> None:
    fact = "they run the team's team-building days"
    assert repeated_word("I enjoyed learning how your team's team days run.", fact) is None
    assert repeated_word(GOOD, FACT) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "This sentence is designed to make you learn and impress.",
        "Here is a sentence about what I enjoyed learning.",
        "Sure, I enjoyed learning that your team moves to dbt.",
        "As an AI, I enjoyed learning that your team moves to dbt.",
        "I would love to help your team with the tours in Germany, and you can just write it.",
    ],
)
def test_meta_talk_fails(sentence: str) -> None:
    assert meta_talk(sentence) == "write the sentence itself, not about it"


def test_a_plain_sentence_is_no_meta_talk() -> None:
    assert meta_talk(GOOD) is None
    assert meta_talk("I enjoyed learning how your teachers plan each sentence of a lesson.") is None
    assert meta_talk("I would love to help your team write its grant applications.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciate your patience, and I'm glad to hear that you enjoyed my thank-you note.",
        "I was impressed to learn about the two weeks ago when I interviewed with Mr.",
        "I enjoyed learning that you will decide by September 1.",
        "I was glad to hear I would hear back in a week.",
    ],
)
def test_the_candidates_own_follow_up_is_no_detail(sentence: str) -> None:
    assert about_process(sentence) is not None


def test_an_interview_detail_is_not_process() -> None:
    assert about_process(GOOD) is None
    assert about_process("I enjoyed learning that your team runs user interviews weekly.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I loved learning that your migrating from a monolith to Go services halfway done.",
        "I enjoyed learning about the the move to dbt.",
        "I loved learning how to lead the analytics team.",
        "I would be thrilled to learn about your 20 taps with the pilot system.",
        "I would love to hear about your week of field leave in summer.",
        "I loved learning from your new body-worn cameras from June.",
        "I was impressed that your 11, 000 home visits last year reached more people.",
        'I enjoyed learning that you: " the new hall opens in spring ".',
        "I was happy to hear that your team's 40% of your patients are kids and teenagers.",
        "I would love to have my team join your weekly case reviews.",
        "I loved hearing about your team has 38 knitting machines.",
        "I enjoyed learning that you: Good to meet you.",
        # the frame turned round: the reader learning from the candidate
        "I would be happy to help you learn about the 14 vans, mostly boiler installs.",
        # held-out 16's model sentences: no article after the frame, a clause for a noun
        "I loved learning new extraction line from this spring.",
        "I loved learning about the sterilization of your team has a Class B autoclave.",
        "I enjoyed learning that your team has ninety live sites each full stop new line.",
        # the candidate made one of the reader's own
        "I loved learning that your trainee does the diploma.",
        "I was glad to hear that your new hire gets a van after three months.",
        # held-out 19's model sentences: the candidate's past bent into the reader's, a key of
        # "key = value" notes left in
        "I would be delighted to bring your sat on the vent weaning committee to St. Ambrose.",
        "I enjoyed learning that the wat_ze_vertelde_4 = your team still does springs.",
        "I loved learning that your migrating from self-hosted VMs to Kubernetes.",
        # held-out 20's: a quantity learned as if it were a skill
        "I loved learning all Norfolk water reed.",
        # a share of the reader's guests made theirs ("60% of your guests")
        "I loved learning that your 60% of guests come from TripAdvisor and GetYourGuide.",
        "I loved learning that first 2 years only sharpen tools and clean.",
        # markdown's bold marks left standing (held-out 33's drafts, before points dropped them)
        "I was happy to learn that your international program runs * * 3 times a year.",
        # dev 32's: the frame said of the reader
        "I loved how you enjoyed learning that every spring your team needs 25 seasonal workers.",
        # dev 33's: "your" before a verb of its own
        "I loved to learn that your can climb trees.",
        # "your" before a preposition
        "I enjoyed learning that your up to 14 container trains per day in season.",
        # a size before a singular noun without its article, the notes' shorthand
        "I was glad to hear that your winter is big refit.",
        # a key of the notes' own kept inside the sentence (held-out 40, seen)
        "I loved learning that your appris.huile: oil is 100% olive from Provence.",
        # the notes' "coming spring" shorthand kept (held-out 40, seen)
        "I enjoyed learning that your new kiln will be coming autumn.",
        "I was glad to hear that your new kiln is coming to winter.",
        # ending on the notes' own answer (held-out 40, seen)
        "I would be delighted to help your team make it yes.",
    ],
)
def test_broken_word_order_fails(sentence: str) -> None:
    assert broken(sentence) is not None


def test_a_grammatical_sentence_is_not_broken() -> None:
    assert broken(GOOD) is None
    assert broken("I enjoyed learning about your training for new hires.") is None
    assert broken("I loved to learn that your team can climb trees.") is None
    assert broken("I enjoyed learning that your in-house lab runs on-call shifts.") is None
    assert broken("I loved learning that your on-call rota is shared by 9 people.") is None
    assert broken("I was impressed that your team made 11,000 home visits last year.") is None
    assert broken("I enjoyed learning that your trainees do the diploma in two years.") is None
    assert broken("I loved learning that 60% of your guests come from TripAdvisor.") is None
    assert broken("I loved learning that the first 2 years are spent sharpening tools.") is None
    assert broken("I would love to help your team learn the new system.") is None
    assert broken("I loved hearing everything about your plans for the new line.") is None
    assert broken("I loved learning all about the reed beds at Hickling.") is None
    assert broken("I enjoyed hearing how you loved training the new guides.") is None
    assert broken("I loved learning that the season is long and busy.") is None
    assert broken("I enjoyed learning that the depot is big enough for 40 trucks.") is None
    assert broken("I enjoyed learning that your kiln reaches 1,200 degrees.") is None
    assert broken("I enjoyed learning that a new kiln arrives in the coming autumn.") is None
    assert broken("I enjoyed learning that no two saddles are alike.") is None
    assert broken("I enjoyed hearing Rosa describe the new extraction line.") is None
    assert broken("I would be glad to bring my weaning protocol experience to your team.") is None
    assert (
        broken("I enjoyed learning that your team uses three tools: Excel, SAP and Tableau.")
        is None
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I was happy to learn that your 2nd location downtown in March.",
        "I loved to learn that your oat snack line launch in autumn.",
        # "feed" ends like a past tense and is a noun (held-out 15, note 24)
        "I was glad to hear that your new feed barge arriving in June.",
        # a plural is no verb: after a preposition, or ending the clause but for a time
        "I enjoyed learning that your open studio with painters from Accra every month.",
        "I was glad to learn that your new settling ponds this winter.",
        "I enjoyed learning that your new tasting rooms next year.",
        # the verb of a clause after "because" is not the main clause's
        "I enjoyed learning that the drip irrigation on every block since 2019 because the river "
        "is low.",
        "I loved to learn that your drip irrigation on the whole block since 2019, since the "
        "river is low.",
        # "this" ends in -s and is no verb
        "I enjoyed learning that your mobile clinic this spring.",
        # a possessive in -'s is no verb, nor a plural after a number in words
        "I loved to learn that your team's partner plant in Norway.",
        "I loved learning that your three harvests per year, spring and autumn.",
        # nor a plural after a number with its thousands spaced, nor a word with an accent
        "I loved to learn that your 45 000 nacres greffées per year.",
        "I enjoyed learning that your 3 vans arriving in March.",
        # a word in -ss, -us or -is is no verb ("cashless" is no "cashles")
        "I loved learning that your cashless fare card pilot on the CBD route from August.",
        "I loved learning that your bonus scheme from the spring.",
        # a plural after a word that describes it is no verb (dev 32's model sentence)
        "I loved to learn that your new girls U15 travel team starting this fall.",
        # nor a plural after a number that carries its unit
        "I enjoyed learning that your four 40ft containers at the quay.",
        # "you" and only more people (held-out 40, seen: an extractive line from "Renée
        # Cormier (ops mgr) + Jim Gallant (site foreman)")
        "I enjoyed learning that you and Ana Duarte.",
        # nor "you" and more people, then no verb (held-out 47, seen: paraphrased), nor a word
        # after "you" that no English verb is (a line in Finnish whose "Jari" became "you")
        "I enjoyed learning that you and Tomas from payroll.",
        "I enjoyed learning that you valitsee, soita hänelle.",
        # a word in -ed between a determiner or an adjective and its noun describes it; and
        # the feeling's own "that" takes a clause too (held-out 42, seen: paraphrased)
        "I was glad to learn that your new automated press from Japan this year.",
        "I was impressed that your upgrading of the kilns and a new dryer until 2028.",
        # a plural after a preposition's acronym names its unit, no verb
        "I loved learning that your brix and purity in ICUMSA units on every batch.",
        # a plural, then a word of about how many, no verb (held-out 58, seen: paraphrased)
        "I enjoyed learning that your guests around 4,000 a season.",
        "I enjoyed learning that your members roughly 900 in all.",
        # a participle after an adverb of degree is an adjective, and a plural before a comma
        # takes no verb after it (held-out 61, seen: paraphrased)
        "I was happy to learn that your Easter fully booked since January.",
        "I loved learning that your 5 shops, 6th opening in Irbid in autumn.",
        # a count, a maker's name and a plural: a noun phrase (held-out 61, seen: paraphrased)
        "I enjoyed learning that your 12 Hanna sensors across Galicia and Asturias.",
        # a noun phrase, then "so" and a clause of its own (held-out 62, seen: paraphrased)
        "I enjoyed learning that the new dental client from March so your team is hiring 8 nurses.",
    ],
)
def test_a_that_clause_without_a_verb_fails(sentence: str) -> None:
    assert clause_has_verb(sentence) == "write a whole clause after 'that'"


@pytest.mark.parametrize(
    "sentence",
    [
        GOOD,
        "I enjoyed learning that your team meets every Tuesday for case review.",
        "I enjoyed learning that you lead the analytics team.",
        "I was glad to hear that the school started a garden.",
        "I enjoyed hearing about your new sepsis protocol.",
        # a plain verb after a plural subject, a verb in -s before its object or place
        "I was impressed to learn that your cocoa beans go to Ghana and Belgium.",
        "I enjoyed learning that your volunteers run the pantry every second Saturday.",
        "I enjoyed learning that your season runs from November to March.",
        "I enjoyed learning that the clinic sees about 90 patients per day.",
        "I enjoyed learning that the kitchen closes in August because it is too hot.",
        "I enjoyed learning that your team's new site opens in June.",
        "I loved learning that your three harvests follow the rains.",
        "I enjoyed learning that it's a family business since 1931.",
        "I enjoyed learning that your 12 000 members vote every spring.",
        # a singular noun in -ss or -us before its verb; "every case" is no time
        "I enjoyed learning that your business grows every year.",
        "I enjoyed learning that your campus hosts 40 events.",
        "I enjoyed learning that your team discusses every case.",
        # a described plural, then its verb
        "I enjoyed learning that your new hires start on Monday.",
        "I enjoyed learning that your senior guides take 2 clients each.",
        "I enjoyed learning that your four 40ft containers go to Rotterdam.",
        # a verb in -ed before a time or at the clause's end; a described noun, then its verb
        "I was impressed that your plant expanded last year.",
        "I enjoyed learning that your store opened.",
        "I was glad to learn that your team automated the packing line.",
        "I enjoyed learning that your new automated press arrived in April.",
        "I was impressed that your team upgrades the kilns every winter.",
        "I enjoyed learning that your guests number around 4,000 a season.",
        # an adverb of degree before a verb with its object
        "I enjoyed learning that your team fully renovated the hall.",
        "I enjoyed learning that your hall was fully booked since January.",
        "I enjoyed learning that your 3 Volvo trucks go to Oslo every day.",
        # a clause before "so" and its own clause; "so" as a word of degree
        "I enjoyed learning that a dental client starts in March so your team is hiring.",
        "I loved learning that your team is growing so fast.",
    ],
)
def test_a_that_clause_with_a_verb_passes(sentence: str) -> None:
    assert clause_has_verb(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        (
            "I loved to learn that your team is starting a free family studio in the spring, "
            "and your team's gallery assistant helps run it.",
            False,
        ),
        ("I loved hearing that you are opening an office in Pune, and it would be great.", False),
        ("I would love to help bring the new billing codes, that is a real thing I can do.", False),
        ("I would love to help with the safety drills, especially the drill logs.", True),
        ("I loved learning that your kitchen is new and everything is made in house.", True),
        ("I enjoyed learning that your team uses Epic, Cerner, and Meditech.", True),
        ("I loved learning about the integrator, 38 engineers.", False),
        ("I loved to learn about the 3 partners, 40 staff.", False),
        ("I enjoyed learning that your team grew from 12 to 40 staff in 2024.", True),
        ("I enjoyed learning that your team ships 4,000 maps a year, mostly to hunters.", True),
    ],
)
def test_a_sentence_tells_one_detail_in_one_clause(sentence: str, ok: bool) -> None:
    assert (one_clause(sentence) is None) is ok


def test_a_weekday_is_no_verb_of_a_that_clause() -> None:
    assert clause_has_verb("I enjoyed learning that your Wed 18 March 2026.")
    # an auxiliary inside a name is no verb (held-out 14, note 04, after the english check)
    assert clause_has_verb("I enjoyed learning that Taberna do Cais Velho.")
    assert clause_has_verb("I loved learning that your SLPAs do the drill practice.") is None


def test_a_plural_after_a_quoted_name_is_no_verb_of_a_that_clause() -> None:
    assert clause_has_verb(
        'I enjoyed learning that your crew of 4-5 in Toyota "troopy" wagons from Broome.'
    )
    assert (
        clause_has_verb('I enjoyed learning that your crews drive "troopy" wagons from Broome.')
        is None
    )


def test_a_plural_after_a_number_is_no_verb_of_a_that_clause() -> None:
    assert clause_has_verb("I was pleased to learn that your 120 events a year.")
    assert clause_has_verb("I was pleased to learn that your team runs 120 events a year.") is None
    # a nickname after "you", no verb ("that you, "el Tano"": a chat's line made a clause)
    assert clause_has_verb('I enjoyed learning that you, "el Flaco".')
    assert clause_has_verb("I enjoyed learning that you run the depot.") is None
    assert clause_has_verb("I enjoyed learning that you also teach at the college.") is None
    assert clause_has_verb("I enjoyed learning that you and Ana built the kiln.") is None
    assert clause_has_verb("I enjoyed learning that you have 12 staff.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I loved seeing that you enjoyed learning about the depot.",
        "I enjoyed hearing that you were impressed with the new site.",
    ],
)
def test_the_readers_feelings_are_no_learned_detail(sentence: str) -> None:
    from followup.sentences.checks import broken

    assert broken(sentence)
    assert broken("I enjoyed learning that your depot has 110 drivers.") is None


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("I loved hearing about your team's call.", False),
        ("I enjoyed learning more about the role and the team.", False),
        ("I loved learning that your team runs two shifts in the lab.", True),
        ("I loved learning about the team of 6 policy staff.", True),
        # a count is a detail (held-out 56, seen, paraphrased: "your team has 450 mares")
        ("I enjoyed learning that your team has 320 camels.", True),
        ("I enjoyed learning that your team has camels.", False),
    ],
)
def test_a_learned_sentence_needs_a_detail(sentence: str, ok: bool) -> None:
    assert (thin_detail(sentence) is None) == ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # held-out 40 (seen): an extractive line that points back to the notes' sentence before
        ("I enjoyed learning that the rest is pasture and your team rotates it weekly.", False),
        ("I loved learning that it has 3 kilns and a glaze room.", False),
        ("I enjoyed learning about the others in the cooperative.", False),
        ("I enjoyed learning that this year your team opens a second shop.", True),
        ("I enjoyed learning that the rest of the harvest goes to Chile.", True),
        ("I loved learning that your team keeps the same recipe since 1952.", True),
        # held-out 48 (seen, paraphrased): a share of a whole the sentence does not name
        ("I enjoyed learning that your 60 per cent goes to a German mill.", False),
        ("I was glad to learn that 35% is sold at the market.", False),
        ("I was glad to learn that 35% of the wool is sold at the market.", True),
        ("I enjoyed learning that your team sells 60 per cent to a German mill.", True),
        # held-out 61 (seen, paraphrased): the team doing something to "it" the sentence
        # never names (the notes' sentence before named the new counter)
        ("I was happy to learn that your team checks it against the hand counts.", False),
        ("I enjoyed learning that your team also tests them weekly.", False),
        ("I loved learning that your team wants someone to test it in Polish.", True),
        ("I enjoyed learning that your team is building a simulator and it opens in May.", True),
    ],
)
def test_a_learned_detail_stands_without_the_sentence_before_it(sentence: str, ok: bool) -> None:
    assert (stands_alone(sentence) is None) == ok


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        # a phrase of the notes' language copied as if English (held-out 14, notes 04 and 21)
        ("I loved learning the lote de 45 dias.", True),
        ("I was happy to learn that your taberna do cais velho.", True),
        # "de" between small letters, whatever the words around it (held-out 15, note 23)
        ("I loved to learn about the lab de 11 personas: 2 postdocs.", True),
        ("I enjoyed hearing that Ms. van der Zwaan leads the ward.", False),
        # a name keeps its capitals; English "do" between English words
        ("I enjoyed learning about Taberna do Cais Velho and its menu.", False),
        ("I loved learning that your SLPAs do the drill practice.", False),
        # a line of a chat in French made a clause (held-out 30, note 21)
        ("I enjoyed learning that you c'est lui qui run les apprentis.", True),
        ("I loved learning that your shop und die Werkstatt ist neu.", True),
        ("I loved learning that the Ils de la Madeleine ferry runs twice a day.", False),
        # a Spanish or French chat line as the detail (held-out 39's kind, words changed)
        ("I loved learning from vale, cómo te fue con el jefe.", True),
        ("I was glad to learn that your ici on se tutoie, even the boss.", True),
        ("I enjoyed learning that Ursula von der Leyen opened the depot.", False),
        (GOOD, False),
    ],
)
def test_a_sentence_is_in_english(sentence: str, fails: bool) -> None:
    assert (english(sentence) is not None) == fails


SWISS = "The project is funded by a Swiss foundation until 2028"


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        (
            "I was happy to learn that your project funded by a Swiss foundation was funded "
            "until 2028.",
            False,
        ),
        (
            "I loved being able to learn about the project from the Swiss foundation until 2028 "
            "until the project was funded by a Swiss foundation.",
            False,
        ),
        (
            "I was impressed to learn that your project is funded by a Swiss foundation until "
            "2028.",
            True,
        ),
    ],
)
def test_a_word_of_the_detail_said_twice_anywhere_fails(sentence: str, ok: bool) -> None:
    """Found by a reader in held-out 23 (seen): far apart, still a stutter."""
    assert (repeated_word(sentence, SWISS) is None) is ok


def test_the_frames_words_may_recur_far_apart() -> None:
    fact = "the team runs a mentoring scheme for new starters"
    sentence = "I enjoyed learning that your team runs a mentoring scheme for the new team members."
    assert repeated_word(sentence, fact) is None


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("I loved learning the automated drum for your hourly melodies.", False),
        ("I loved learning the new optical grading line.", False),
        # any bare words, not only after an article
        ("I loved learning new solar drying since 2024.", False),
        ("I loved learning your team ships to 40 countries.", True),
        ("I loved learning more about the solar drying racks.", True),
        ("I was glad to learn how your team dries the beans.", True),
        ("I was impressed to learn the tower has 49 bells.", True),
        ("I loved learning the trained dogs guide 40 people a year.", True),
        ("I was happy to learn that your trained staff run the night shift.", True),
        ("I enjoyed learning that your project funded by a Swiss foundation until 2028.", False),
        ("I enjoyed learning that your project is funded by a Swiss foundation.", True),
    ],
)
def test_a_noun_phrase_straight_after_learning_needs_about(sentence: str, ok: bool) -> None:
    assert (clause_has_verb(sentence) is None) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # "about" before a whole clause: the small model's blend of "about" and "that"
        ("I loved hearing about your team has 12 looms in the back room.", False),
        ("I loved hearing about your team still bakes the rye bread in the old oven.", False),
        ("I enjoyed learning about your team ships around four hundred crates a week.", False),
        ("I loved learning about harvest is june to august.", False),
        ("I loved learning about the cooling of your team has a new blast chiller.", False),
        # a plural subject and its verb after "about"
        ("I loved learning about the 5-year vines go to the estate's own press.", False),
        ("I enjoyed learning about the pickers come from Bocas every season.", False),
        # a noun, then a participle after an adverb of degree: the verb left out (held-out
        # 61, seen: paraphrased); not the adverb inside a noun phrase
        ("I loved being able to learn about Easter fully booked since January.", False),
        ("I enjoyed learning about the fully equipped workshop.", True),
        ("I enjoyed learning about your newly opened clinic.", True),
        ("I loved learning about the new washing stations in Ban Lak.", True),
        ("I loved learning about the 3 shifts work pattern.", True),
        # a noun phrase, a relative clause or a question after "about" is fine
        ("I loved hearing about your team's 12 looms in the back room.", True),
        ("I loved learning about the 2 orchard sites.", True),
        ("I loved learning about the bread your team still bakes in the old oven.", True),
        ("I loved learning about the ridges that are cut by hand.", True),
        ("I loved hearing about how your team tracks every crate.", True),
        ("I enjoyed hearing about the team I would join.", True),
        ("I loved hearing about your team's analysis of the harvest.", True),
    ],
)
def test_about_takes_a_noun_phrase_not_a_clause(sentence: str, ok: bool) -> None:
    assert (clause_has_verb(sentence) is None) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("I loved learning about peak is april to september.", False),
        ("I was glad to learn that your peak to September is to April.", False),
        ("I loved learning about how your team is growing.", True),
        ("I loved learning about what your team is planning.", True),
        ("I loved learning about the tower, which is 538 steps high.", True),
        ("I enjoyed learning that your plan is to open a second office.", True),
    ],
)
def test_a_clause_after_about_or_a_name_after_is_to_is_broken(sentence: str, ok: bool) -> None:
    assert (broken(sentence) is None) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # someone's words retold, a run-on cut before its next clause
        (
            "I enjoyed learning that the mzee kulwa said safety is number one at the gin "
            "stand so now.",
            False,
        ),
        ("I enjoyed learning that angela said your team has had zero misfuels.", False),
        ("I enjoyed learning that you said safety comes first at the gin stand.", True),
        ("I enjoyed learning that every shift starts with a toolbox talk.", True),
        # a second "with" on the help's object; the writer's verdict on the fact
        ("I would love to help with your two secretaries with scanning.", False),
        ("I would love to help with the scanning of the closed files.", True),
        (
            "I enjoyed learning that your 4 enumerators and 1 driver would be great for your team.",
            False,
        ),
        ("I enjoyed learning that each supervisor has 4 enumerators and 1 driver.", True),
        ("I loved learning that your shop is busy because.", False),
    ],
)
def test_retold_words_a_cut_run_on_and_a_verdict_are_broken(sentence: str, ok: bool) -> None:
    assert (broken(sentence) is None and ending(sentence) is None) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # a "one" or "ones" standing for something said before: the sentence does not stand alone
        ("I enjoyed learning that your team did one at the Spotted Cow last month.", False),
        ("I enjoyed learning that your team does the Pittsworth ones in the church hall.", False),
        ("I enjoyed learning that your team runs one a month.", False),
        ("I enjoyed learning that your team opened one new clinic in May.", True),
        ("I enjoyed learning that your team has one of the only livestream chapels.", True),
        ("I enjoyed learning that your team runs one training day a month.", True),
    ],
)
def test_a_one_that_stands_for_something_unsaid_is_broken(sentence: str, ok: bool) -> None:
    assert (broken(sentence) is None) is ok


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("I was impressed to learn that your 3 million routes calculated per day.", False),
        ("I was impressed to learn that your 3 million routes are calculated per day.", True),
        ("I learned that your 3 vans arrived last week.", True),
    ],
)
def test_a_participle_after_a_counted_plural_is_no_verb(sentence: str, whole: bool) -> None:
    from followup.sentences.sensible import clause_has_verb

    assert (clause_has_verb(sentence) is None) is whole


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("I loved being able to learn from the alpine club section.", False),
        ("I loved learning from the AP team 5 people.", False),
        ("I was glad to hear from your team about the new hut.", False),
        ("I loved learning that the hut belongs to the alpine club section.", True),
        ("I enjoyed hearing about the move from paper to the new system.", True),
    ],
)
def test_a_learned_sentence_says_what_not_whom_from(sentence: str, ok: bool) -> None:
    assert (learned_from(sentence) is None) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # held-out 41 (seen): delight at a decline
        ("I loved to learn that your seal numbers dropped by a third since 2000.", False),
        ("I was glad to hear that the old mill closed down in 2019.", False),
        ("I enjoyed learning that your orders fell after the war.", False),
        # held-out 56 (seen): a harm told with delight
        ("I loved learning that your wolves kill about 200 calves a year.", False),
        ("I was happy to hear that one worker lost a finger at the press.", False),
        # held-out 61 (seen, paraphrased): a hardship told as a state, with delight
        ("I enjoyed learning that your road past the bridge is very bad in the rains.", False),
        ("I loved learning that the track gets flooded every March.", False),
        ("I loved learning that your team wants to fix the bad road to the quarry.", True),
        # held-out 62 (seen, paraphrased): a death or a crime told as a thing, with delight
        ("I enjoyed learning that your yard had a fatality in 2019.", False),
        ("I was glad to hear that the worst problem is cattle theft.", False),
        # good news, or a loss told without delight
        ("I loved learning that your orders from abroad went up a lot.", True),
        ("I appreciated hearing that your seal numbers dropped by a third.", True),
        ("I appreciated hearing that your guard dogs keep the wolves from the calves.", True),
    ],
)
def test_delight_fits_good_news_only(sentence: str, ok: bool) -> None:
    assert (feeling_fits(sentence) is None) == ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        # held-out 41 (seen): a count and its verb after "learning about"
        ("I loved learning about 70% goes to Spain.", False),
        ("I enjoyed hearing about 3 of the boats are new.", False),
        # a thing after "about", or a clause after "how"
        ("I enjoyed learning about the 3 new boats.", True),
        ("I loved learning about how 70% of the oil goes to Spain.", True),
    ],
)
def test_what_one_learns_about_is_a_thing(sentence: str, ok: bool) -> None:
    assert (clause_has_verb(sentence) is None) == ok


def test_speechs_like_before_a_count_is_broken() -> None:
    assert broken("I loved learning that your team does like 20 wedding gowns a month.")
    assert broken("I loved learning that your team does about 20 wedding gowns a month.") is None
    assert broken("I would like 20 minutes of your time next week.") is None


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("I enjoyed learning that your artist residencies 6 per year.", False),
        ("I enjoyed learning that your team hosts 6 artist residencies per year.", True),
        ("I enjoyed learning that your artist residencies grow every year.", True),
    ],
)
def test_a_plural_then_a_rate_is_no_verb(sentence: str, whole: bool) -> None:
    from followup.sentences.sensible import clause_has_verb

    assert (clause_has_verb(sentence) is None) is whole
