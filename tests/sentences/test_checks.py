"""The sentence checks (src/followup/sentences/): each with sentences that pass and that fail.

The failing sentences include the ones a reader found in accepted drafts (issue 12); each must
be stopped by the check named for it, not only by some check.
"""

from __future__ import annotations

import re

import pytest
from helpers import REPO_ROOT

from followup.notes import parse_notes
from followup.prompts import Prompts
from followup.sentences import Reader, problems, reader_of
from followup.sentences.checks import (
    about_fact,
    about_process,
    addressed,
    adds_words,
    broken,
    clause_has_verb,
    complete,
    copied_phrase,
    coverage,
    ending,
    meta_talk,
    named_elsewhere,
    names_someone,
    new_words,
    one_clause,
    order_kept,
    outside_fact,
    repeated_word,
    tense_kept,
    wrong_owner,
)
from followup.sentences.tidy import clean_sentence
from followup.sentences.words import related, stem, vocabulary

NOTES = """\
Interviewer: Priya Shah
Company: Acme Analytics
Role: data analyst
- they are moving their reporting from spreadsheets to dbt and Snowflake
- Priya leads the analytics team, 6 people
- I could help them clean up the weekly revenue reports
"""
FACT = "they are moving their reporting from spreadsheets to dbt and Snowflake"
READER = Reader(NOTES, "Priya Shah")
GOOD = "I enjoyed learning that your team is moving its reporting from spreadsheets to dbt."
OLD_SHOT = "I am excited to bring my experience running user interviews to your research work."


def _shots() -> tuple[str, ...]:
    return tuple(item["sentence"] for group in Prompts().shots.values() for item in group)


# -- words --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("moving", "move"),
        ("moved", "moves"),
        ("reporting", "reports"),
        ("planning", "plan"),
        ("studies", "studied"),
        ("migration", "migrating"),
        ("team's", "teams"),
        ("information", "inform"),
    ],
)
def test_inflections_meet(a: str, b: str) -> None:
    assert related(stem(a), stem(b))


@pytest.mark.parametrize(("a", "b"), [("part", "partner"), ("app", "apple"), ("dbt", "debt")])
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert not related(stem(a), stem(b))


def test_vocabulary_ships_with_the_prompts() -> None:
    assert (REPO_ROOT / "prompts" / "sentence-checks.yaml").is_file()
    vocab = vocabulary()
    assert "the" in vocab.function_words and "they" in vocab.third_person
    assert stem("learning") in vocab.frame_stems
    assert "dr" in vocab.titles and "of" in vocab.dangling


# -- about its fact ---------------------------------------------------------------------------


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


# -- adds nothing -----------------------------------------------------------------------------


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
    shots = _shots()
    assert copied_phrase(GOOD, shots, NOTES) is None
    assert (
        copied_phrase("I would be glad to help your team clean up the reports.", shots, NOTES)
        is None
    )


def test_every_shot_detail_copied_is_caught() -> None:
    """A sentence made of a shot's own words is rejected whatever the notes."""
    for shot in _shots():
        assert copied_phrase(shot, _shots(), NOTES), shot


def test_the_shots_pass_their_own_checks_and_avoid_note_words() -> None:
    shots = Prompts().shots
    for group in ("learned", "contribution"):
        for item in shots[group]:
            fact, sentence = item["fact"], item["sentence"]
            reader = Reader(fact, "Ana Ruiz")
            assert problems(sentence, fact, reader) == [], sentence
    text = " ".join(_shots()).lower()
    assert "research work" not in text
    notes_words = {
        w.lower()
        for p in (REPO_ROOT / "examples" / "notes").iterdir()
        for w in re.findall(r"[A-Za-z]+", p.read_text(encoding="utf-8"))
    }
    details = {
        w
        for w in re.findall(r"[a-z]+", text)
        if w not in vocabulary().function_words and stem(w) not in vocabulary().frame_stems
    }
    assert len(details & notes_words) <= 4, details & notes_words  # "every", "room", ...


# -- sensible ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("I enjoyed it.", "write one sentence of 6 to 35 words"),
        ("I enjoyed learning that your team is moving to dbt", "write one complete sentence"),
        ("i enjoyed learning that your team is moving to dbt.", "write one complete sentence"),
        ("I enjoyed learning (about your team is moving to dbt.", "write one complete sentence"),
        ("The company is pleased to announce a move to dbt.", "write in the first person"),
    ],
)
def test_incomplete_sentences_fail(sentence: str, problem: str) -> None:
    assert complete(sentence) == problem


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
    ],
)
def test_meta_talk_fails(sentence: str) -> None:
    assert meta_talk(sentence) == "write the sentence itself, not about it"


def test_a_plain_sentence_is_no_meta_talk() -> None:
    assert meta_talk(GOOD) is None
    assert meta_talk("I enjoyed learning how your teachers plan each sentence of a lesson.") is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I was impressed to see how they do small group instruction.", "they"),
        ("I enjoyed learning about their move to dbt.", "their"),
        ("I was glad to hear that she leads the analytics team.", "she"),
    ],
)
def test_third_person_for_the_reader_fails(sentence: str, word: str) -> None:
    assert addressed(sentence, READER) == (
        f"speak to the reader as 'you' or 'your team', not '{word}'"
    )


@pytest.mark.parametrize("name", ["Priya", "Shah"])
def test_the_readers_own_name_fails(name: str) -> None:
    sentence = f"I enjoyed hearing that {name} leads the analytics team."
    assert addressed(sentence, READER) == f"do not name the reader ('{name}'): write 'you'"


def test_titles_are_not_names() -> None:
    reader = Reader("Interviewer: Dr. Helen Okafor", "Dr. Helen Okafor")
    assert reader.name_words == {"helen", "okafor"}
    assert addressed("I enjoyed learning that you run the wards with Dr. Lee.", reader) is None


def test_speaking_to_the_reader_passes() -> None:
    assert addressed(GOOD, READER) is None
    assert addressed("I was glad to hear that you lead the analytics team.", READER) is None


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
    ("sentence", "fact"),
    [
        (
            "I would be thrilled to bring my diary study experience to your banking app project.",
            "I could bring my diary study experience from the banking app project",
        ),
        (
            "I was happy to learn that your hotel group redesigns the menu system.",
            "they're redesigning the menu system for a hotel group, 12 properties",
        ),
        (
            "I loved learning that your farmers collect soil sensor readings.",
            "they collect soil sensor readings from 300 farms",
        ),
        (
            "I would love to help your team with the rebuild and have your own portfolio link.",
            "I could help them with the tutorial rebuild, gonna send my portfolio link",
        ),
    ],
)
def test_your_for_what_is_not_the_readers_fails(sentence: str, fact: str) -> None:
    problem = wrong_owner(sentence, fact)
    assert problem is not None and problem.endswith("is not the reader's")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "I loved to learn that your oat snack line launches in the autumn.",
            "they are launching a new line of oat snacks in the autumn",
        ),
        (
            "I enjoyed learning that your credit union gives staff paid volunteer days.",
            "David explained the credit union gives staff paid volunteer days",
        ),
        (
            "I loved to learn that your beans roast in the back.",
            "they roast their own beans in the back",
        ),
        (GOOD, FACT),
    ],
)
def test_your_for_the_readers_own_passes(sentence: str, fact: str) -> None:
    assert wrong_owner(sentence, fact) is None


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
    ],
)
def test_broken_word_order_fails(sentence: str) -> None:
    assert broken(sentence) is not None


def test_a_grammatical_sentence_is_not_broken() -> None:
    assert broken(GOOD) is None
    assert broken("I enjoyed learning about your training for new hires.") is None
    assert broken("I was impressed that your team made 11,000 home visits last year.") is None
    assert broken("I would love to help your team learn the new system.") is None


def test_a_sentence_naming_the_candidates_old_employer_fails() -> None:
    reader = Reader(NOTES, "Priya Shah", elsewhere=("harland & co", "uwa"))
    bad = "I would be glad to help you bring your developer work to Harland & Co."
    assert named_elsewhere(bad, reader) is not None
    assert named_elsewhere("I would love to bring my mapping to your UWA team.", reader)
    assert named_elsewhere(GOOD, reader) is None
    assert named_elsewhere("I would love to help with the drawings.", Reader(NOTES)) is None


def test_the_notes_tie_the_old_employer_to_the_candidate() -> None:
    notes = parse_notes(
        "Interviewer: Dana Fox\nCompany: Pennock Hale\n- 600 completions a year\n"
        "- she asked about my 3 years at Harland & Co\nFfion Jones\n"
    )
    assert notes.facts is not None and "harland & co" in notes.facts.elsewhere
    spent = parse_notes(
        "Interviewer: Sid Rao\n- two rigs running\n- he asked about the two years I spent at "
        "Kalgoorlie Core Services\nRuby Lee\n"
    )
    assert spent.facts is not None and "kalgoorlie core services" in spent.facts.elsewhere
    assert named_elsewhere("I would help bring it to Harland & Co.", reader_of(notes))


@pytest.mark.parametrize(
    ("raw", "formal"),
    [
        (
            "I'd love to help with the safety drills.",
            "I would love to help with the safety drills.",
        ),
        ("I’m excited about your move to EKS.", "I am excited about your move to EKS."),
        (
            "They're moving to dbt and don't use Excel.",
            "They are moving to dbt and do not use Excel.",
        ),
        ("I'd had no idea about the 20 taps.", "I'd had no idea about the 20 taps."),
    ],
)
def test_a_model_sentence_has_its_contractions_spelled_out(raw: str, formal: str) -> None:
    assert clean_sentence(raw) == formal


@pytest.mark.parametrize(
    "sentence",
    [
        "I was happy to learn that your 2nd location downtown in March.",
        "I loved to learn that your oat snack line launch in autumn.",
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
    ],
)
def test_a_that_clause_with_a_verb_passes(sentence: str) -> None:
    assert clause_has_verb(sentence) is None


def test_a_fact_under_way_is_not_told_as_done() -> None:
    fact = "they are moving their workpapers to a cloud audit platform this year"
    done = "I enjoyed learning that your team's workpapers were moved to a cloud audit platform."
    assert tense_kept(done, fact) == "keep the fact's tense (not 'were moved')"
    going = "I was impressed that your team's workpapers are being moved to a cloud platform."
    assert tense_kept(going, fact) is None
    assert tense_kept("I enjoyed learning that your team opened a second shift.", FACT) is None


# -- all of them, on the sentences a reader found (issue 12) -----------------------------------

BAD = [
    "I appreciate your love for me and your patience, and I'm glad to hear that you enjoyed "
    "sending a thank-you note the same day.",
    "I was impressed to learn about the two weeks ago when I interviewed with Mr.",
    "This sentence is designed to make you learn and impress.",
    "I appreciated being able to learn about the position's position as a data analyst.",
    "I loved learning about the team's meeting with Dr.",
    "I would be delighted to bring my reporting background to your research work.",
    "I was impressed to learn that the team is opening a second site in their new headquarters.",
    "I was impressed to see how they do reporting from spreadsheets.",
]


@pytest.mark.parametrize("sentence", BAD)
def test_every_sentence_the_reader_rejected_fails(sentence: str) -> None:
    assert problems(sentence, FACT, READER, _shots())


def test_a_good_sentence_passes_every_check() -> None:
    assert problems(GOOD, FACT, READER, _shots()) == []


# -- the first sentence of a completion ---------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "first"),
    [
        ("I met Dr. Okafor's team. Then more.", "I met Dr. Okafor's team."),
        (
            "I loved learning about the meeting with Dr.",
            "I loved learning about the meeting with Dr.",
        ),
        ('"Sentence: I enjoyed it. Another one."', "I enjoyed it."),
        (
            "I enjoyed learning about e.g. dbt today. More.",
            "I enjoyed learning about e.g. dbt today.",
        ),
        (".", "."),
    ],
)
def test_clean_sentence_does_not_stop_at_a_title(raw: str, first: str) -> None:
    assert clean_sentence(raw) == first


# -- numbers: the fact's own ------------------------------------------------------------------


NUMBERS = [
    ("your team has on-call 1 week in 6.", "on-call 1 week in 6", True),
    ("your team has on-call 2 weeks in 6.", "on-call 1 week in 6", False),
    ("you process 1,800 declarations a month.", "1800 declarations a month", True),
    ("the ward has 28 beds.", "Ward 5 is 28 beds general medicine", True),
    ("the ward has 30 beds.", "Ward 5 is 28 beds general medicine", False),
    ("your team is moving to dbt.", "moving to dbt in 2027", True),
]


@pytest.mark.parametrize(("clause", "fact", "kept"), NUMBERS)
def test_a_sentence_keeps_the_numbers_of_its_fact(clause: str, fact: str, kept: bool) -> None:
    from followup.sentences.checks import named_problems, numbers_kept

    sentence = f"I enjoyed learning that {clause}"
    assert (numbers_kept(sentence, fact) is None) == kept
    names = [name for name, _ in named_problems(sentence, fact, Reader(fact, "Ann Lee"))]
    assert ("check.numbers_kept" in names) == (not kept)


# -- a learned detail is about the reader's side --------------------------------------------

OWN_DETAIL = [
    ("I enjoyed learning that your 85 staff, 2 offices (Leeds + Harrogate) are my team.", False),
    (
        "I loved learning that your team is implementing Kyriba TMS, go-live in March, and I am "
        "excited to have you here to test it.",
        False,
    ),
    ("I loved to learn about the plant tour with my shift supervisor, Gaz.", False),
    ("I enjoyed learning that your team is moving its reporting to dbt.", True),
    ("I was glad to hear how your nurses rotate through haematology and biochemistry.", True),
]


@pytest.mark.parametrize(("sentence", "ok"), OWN_DETAIL)
def test_a_learned_detail_speaks_of_the_readers_side(sentence: str, ok: bool) -> None:
    from followup.lint.engine import Ruleset
    from followup.sentences import judge
    from followup.sentences.checks import detail_about_reader

    assert (detail_about_reader(sentence) is None) == ok
    notes = parse_notes("Interviewer: Ann Lee\nCandidate: Sam Roe\n- they run 3 sites\n")
    verdict = judge(
        sentence,
        "they run 3 sites",
        notes,
        "thank-you",
        Ruleset.load(),
        element_rule="elements.learned",
    )
    assert ("check.detail_about_reader" in verdict.reasons) == (not ok)
    offer = judge(
        sentence,
        "they run 3 sites",
        notes,
        "thank-you",
        Ruleset.load(),
        element_rule="elements.enthusiasm",
    )
    assert "check.detail_about_reader" not in offer.reasons  # an offer speaks of the candidate


# -- meaning kept: order, one clause, the fact's own words, nobody named -------------------------


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


def test_a_contribution_may_recast_its_fact() -> None:
    from followup.lint.engine import Ruleset
    from followup.sentences import judge

    fact = "my falconry experience fits what your team needs at the aviary"
    notes = parse_notes(f"Interviewer: Ann Lee\nCandidate: Sam Roe\n- {fact}\n")
    offer = "I would love to bring my falconry experience to your aviary."
    verdict = judge(
        offer, fact, notes, "thank-you", Ruleset.load(), element_rule="elements.enthusiasm"
    )
    assert "check.middle_kept" not in verdict.reasons


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
    ],
)
def test_a_sentence_tells_one_detail_in_one_clause(sentence: str, ok: bool) -> None:
    assert (one_clause(sentence) is None) is ok


def test_a_sentence_stays_with_its_own_fact() -> None:
    assert outside_fact(
        "I would be delighted to share my treasure with you.", "I will treasure that"
    )
    fact = "they use the Signs of Safety framework across the whole service"
    good = "I loved learning that your team uses the Signs of Safety framework across the service."
    assert outside_fact(good, fact) is None


def test_a_model_sentence_names_nobody_else() -> None:
    notes = parse_notes(
        "Interviewer: Graham Whitlock, Construction Director\nCompany: Whitlock Homes\n"
        "Role: Site Manager\nMe: Tom Harper\n"
        "Also there: Priti Shah, the Build Manager, who did the H&S questions.\n"
        "- Meadow Rise is 86 timber-frame homes\n"
    )
    reader = reader_of(notes)
    named = "I loved learning that your construction director (Priti Shah) is the build manager."
    assert names_someone(named, reader) == "do not name 'Priti': write about the team or the work"
    plain = "I loved learning that Meadow Rise is 86 timber-frame homes."
    assert names_someone(plain, reader) is None


def test_a_weekday_is_no_verb_of_a_that_clause() -> None:
    assert clause_has_verb("I enjoyed learning that your Wed 18 March 2026.")


def test_a_plural_after_a_number_is_no_verb_of_a_that_clause() -> None:
    assert clause_has_verb("I was pleased to learn that your 120 events a year.")
    assert clause_has_verb("I was pleased to learn that your team runs 120 events a year.") is None


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


def test_a_possessive_name_is_a_name() -> None:
    reader = Reader(source="", interviewer="Alex Tremayne", others=("Nadia Okwu",))
    assert names_someone("I would love to help with your Nadia's measurement.", reader)
