"""The top of the notes: an e-mail's header block (`From:`, `Date:`, `Subject:`) and title lines
(`Vet nurse job - Harbourside Veterinary Hospital`), which name the role and the company."""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

from followup.understanding.acronyms import abbreviates
from followup.understanding.facts import NO_END_ABBREVIATIONS, Located, shape_problem
from followup.understanding.glosses import all_english
from followup.understanding.people import FUNCTION_WORDS, name_at
from followup.understanding.points import INTERVIEW_WORDS as _INTERVIEW_WORDS
from followup.understanding.reader.dates import _DATE_RE
from followup.understanding.reader.employer import (
    _JOINERS,
    _LEGAL_SUFFIX,
    _POLISH_FORM,
    _POLISH_FORM_TAIL,
    _ROLE_MODIFIERS,
    _ROLE_SUFFIX,
    _ROMANCE_OF,
    _unshouted,
    ends_like_a_job,
)
from followup.understanding.reader.sender import STREET_SHORT, _Sender
from followup.understanding.reader.state import (
    _ABBREV_DOT,
    CHAT_LINE,
    UPPER,
    _located,
    _Seg,
    organisation_of_field,
)

# a diary's numeric date before a title part: "2026-05-19", "19/05/2026", "19.5.26"
_LEADING_DATE = re.compile(
    r"[\s#*_]*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})[ \t]+"
)
# a speaker and their words in quotes: 'Levan: "write Levan, no Mr"'
_SPEECH = re.compile(r"\s*[^\W\d_][\w .'’-]{0,30}:\s*[\"“]")
# a quotation that opens on a lower-case word: what someone said, or a word the ad used (a
# title may quote a name, '"Blue Door" Café')
_QUOTED_WORDS = re.compile(r"[\"“][ \t]*[a-z]")
_GREETING = re.compile(r"\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b", re.I)
# the kind of email a one-liner is for, in small letters before its capitalised title
_KIND_FIRST = re.compile(
    r"[ \t]*(?:nudge|check[- ]?in|follow[- ]?up|thank[- ]?you|reminder)[ \t]+(?=[A-Z])"
)
_ABOUT_INTERVIEW = re.compile(
    r"\b(?:interview\w*|notes?|stage|round|debrief|follow[- ]?up|nudge|check[- ]?in)\b",
    re.IGNORECASE,
)
# (the interview's own word in the notes' languages, `points.INTERVIEW_WORDS`: an acronym
# after it ("Entrevista IDAEV") names the employer, though an acronym alone may be a shout; a
# title line that opens with it ("Pohovor – Stáj Labská Niva (apprentice jockey)") names the
# notes, not the job)
# the word for an application ("Sollicitatie molenaar", "Bewerbung Tischlerin")
_APPLICATION_WORDS = frozenset(
    "sollicitatie bewerbung candidature candidatura postulación postulacion solicitud".split()
)
# the word for an interview in the languages notes mix in: a front matter `title:` with it
# names the notes ("面試 Renxin clinic"), though beside an employer in capitals it may not
_INTERVIEW_ABROAD = re.compile(
    r"\b(?:entrevistas|entretiens|entrevues|gesprek|gespräch|phỏng vấn|"
    + "|".join(sorted(w for w in _INTERVIEW_WORDS if w != "interview"))
    + r")\b|面試|面试|面接|면접",
    re.IGNORECASE,
)


def names_the_notes(value: str, *, any_language: bool = False) -> bool:
    """ "Interview debrief", "stage 3 interview notes": a title of the notes, not of the job
    (with `any_language`, also "面試 Renxin clinic", "entrevista Bodega Sur")."""
    if _ABOUT_INTERVIEW.search(value) is not None:
        return True
    return any_language and _INTERVIEW_ABROAD.search(value) is not None


# a capitalised name of up to six words, with the small words names keep inside
# capitals of the Latin scripts a name may open with ("Žatec", "Łódź", "Ørsted")
_UPPER = UPPER
_TITLE_NAME = re.compile(
    rf"[{_UPPER}][\w&'’.-]*"
    # (an elided "d'" or "l'" before a capital: "Museu d'Art de Girona", "Musée de l'Homme")
    rf"(?:[ \t]+(?:[{_UPPER}][\w&'’.-]*|[dl]['’][{_UPPER}][\w&'’.-]*"
    rf"|of|and|&|de|du|des|la|le|y|e|und|van|von)){{0,5}}"
)


def employer_in_title(value: str) -> str | None:
    """The name a title of the notes gives after its own words ("面试记录 Yunling Edible
    Fungi", "Interview notes - Kestrel Studios"): what is left, with no other script and no
    bracket, when it is one capitalised name (a person's, "Interview Ana Ruiz", is the caller's
    to rule out); None for anything else ("Interview - PhD position, Wiśniewski Lab")."""
    if not names_the_notes(value, any_language=True):
        return None
    rest = _INTERVIEW_ABROAD.sub(" ", _ABOUT_INTERVIEW.sub(" ", value))
    parts = [p for p in re.split(r"\s[-–—|/]\s", rest) if p.strip(" -–—|:,;/")]
    if len(parts) > 1:
        return None  # "Entretien Pentester – Numidia CyberSec": a job and a name, not one name
    rest = re.sub(r"\([^()\n]*\)|[^\x00-\u024f]+", " ", rest)
    rest = " ".join(rest.split()).strip(" -–—|:,;/")
    return rest if _TITLE_NAME.fullmatch(rest) else None


def _capital_word(word: str) -> bool:
    """A capitalised word of a name, or one elided before a capital ("d'Art" of "Museu d'Art de
    Girona", "l'Homme")."""
    return word[:1].isupper() or (
        re.fullmatch(r"[dl]['’][^\W\d_][\w'’.-]*", word) is not None and word[2:3].isupper()
    )


# a legal form written first, then the name in quotes ('ТОО "Turkestan Highway Operator"', 'PT
# "Karo Kopi"', "ООО «Северный ветер»")
_LEGAL_FIRST = re.compile(
    r"\s*(?:ТОО|ООО|ОАО|ЗАО|АО|ПАО|ТОВ|ПП|ИП|PT|CV|UD|JSC|LLP|LLC|OOO|TOO)\s*[\"“«](?P<name>[^\"”»\n]{2,60})[\"”»]"
)
# articles that open a name in capitals ("De Witte Molen", "La Cadena", "The Kittiwake Hotel")
_NAME_ARTICLES = frozenset("De Het Den La Le Les El Los Las Il Lo The".split())
# words that may open a title line's part before the employer's name ("notes after Swan River
# Family Dental", "w/ Kuller Logistics")
# (and the words for "at" or "in the" of the languages notes mix in: "entrevista no Colégio ...")
_LEADING_NOISE = frozenset(
    "after from at with w for about re of as na no nas nos em en chez bei presso".split()
)
_RANKS = frozenset({"first", "second"})
# "for" in the languages notes' titles come in: what follows is what the notes are for
_NOTES_FOR = frozenset("pour para für fur voor per".split())
_ARTICLES = frozenset(
    "el la los las lo le les il gli der die das het the an una uno um uma".split()
)
# "interview done — Debed Software, ...": what is said of the interview, no job after its word
_INTERVIEW_OVER = frozenset(
    "done finished over complete completed ended went today tonight yesterday tomorrow now".split()
)
_ENDS_NO_ROLE = frozenset("after before about over under with from into than".split())
# what kind of interview it was, after its word ("entrevista técnica", "entretien final"),
# not a job ("técnica" alone may be one)
_INTERVIEW_KINDS = frozenset(
    "técnica técnico tecnica tecnico técnicas técnicos cultural culturale final finale "
    "personal grupal telefónica telefonica virtual presencial technique technical culture "
    "fit panel online phone video first second third 1st 2nd 3rd primera segunda tercera "
    "round ronda".split()
)
_HEADING_NOISE = (
    frozenset(
        "interview interviews notes note summary final round my the fw fwd re job for at "
        "today second first onsite call your with w mtg meeting quick update follow up role "
        "position post vacancy bewerbung entrevista entretien vorstellungsgespräch notatki po "
        "notas de notizen mülakat notları anotações catatan wawancara sollicitatiegesprek "
        "sollicitatie gesprek rozmowa kwalifikacyjna colloquio bewerbungsgespräch interviu "
        "entrevue intervista intervju haastattelu poste puesto posto vaga "
        # "with" and "notes" in the languages titles mix in ("samtale med Qimmeq Tours")
        "med mit avec noter "
        # the application's own word ("Clínica Sur — postulación Enfermera Neonatal")
        "postulación postulacion candidatura candidature solicitud "
        # a list's or a chat export's own name ("MVM interview — checklist + notes", "Telegram —
        # Избранное / Saved Messages"), never the job or the employer
        "checklist tracker todo to do recap prep telegram whatsapp viber saved messages search "
        "избранное "
        # a calendar's own word before an invite's title ("Invitation: Interview – ...")
        "invitation invite einladung invitación convite".split()
    )
    | _INTERVIEW_WORDS
)
# a title's part's words; the words that are no job or employer in one
# (a letter and a hyphen open one word, "e-commerce catalogue specialist"; other hyphens
# part words, "al-Huda", "Dong-gu", as the older splits measured)
_PART_WORD = re.compile(r"[^\W\d_]-[^\W_][\w&'.]*|[^\W_][\w&'.]*")
_NOISE = _HEADING_NOISE | _LEADING_NOISE
# words in a script of Japan, China or Korea before a name in Latin letters
_OTHER_SCRIPT_FIRST = re.compile(
    r"[#>* \t]*(?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+[ \t]+)+(?=[A-Za-z])"
)
# ... a name all of whose words are capitalised ("Hanbit Land"; not "Chishui River distillery"
# after the notes' own title in Chinese)
_CAPITALISED_TO_END = re.compile(r"(?:[A-Z][\w&'’.,-]*[ \t]*)+(?:\([^()\n]*\)[ \t]*)?")
_FULL_WIDTH_BRACKETS = str.maketrans("（）", "()")
# a part of a line that is a street's address ("Jl. Jenderal Sudirman", "Av. Paulista 1000",
# "ul. Długa 5", "Calle Mayor 3")
_ADDRESS_PART = re.compile(
    r"(?:^|[,;|–—]\s*)(?:"
    + "|".join((*STREET_SHORT, *"Jalan Avenida Calle Rua Rue Via ulica Street Road".split()))
    + "|Boulevard|Carrera)"
    # (or the line's title cut at the abbreviation's dot: "Sabtu pagi, GOR ..., Jl.")
    r"(?:\.?[ \t]+(?:[A-Z0-9]|de\b|do\b|da\b|du\b)|\.?$)",
)
# a job in one language and its English in brackets, alone in a title's part
_GLOSS = re.compile(
    r"\s*(?P<outside>[^\W\d_][\w'’ .-]{1,40}?)\s*\((?P<inside>[^\W\d_][\w'’ -]{2,40}?)"
    # (what the job is of after a comma: "Modellista uomo (Pattern Cutter, men's jackets)")
    r"(?:,[^()\n]{1,40})?\)\s*"
)
# last words of a bracket that name a department or a place, not a job
_NO_JOB_ENDS = frozenset(
    "store shift site area team operations ops sales marketing engineering data product design "
    "people talent acquisition finance it clinical nursing hr department dept".split()
)
# "Parish Secretary applicant", "Line Cook candidate": the job, then who applies for it
_APPLICANT_AFTER = re.compile(r"[ \t]+(?:applicant|candidate)s?[ \t]*$", re.IGNORECASE)
# the times of day a shift is named by, before "shift" opening a job ("night shift store
# manager")
_SHIFT_TIMES = frozenset("night day late early evening morning weekend graveyard".split())
# when a job is worked, after it on a title line ("press operator 2nd shift", "cook - night
# shift")
_SHIFT_AFTER = re.compile(
    r"\s+(?:\d(?:st|nd|rd|th)|first|second|third|night|day|late|early|evening|morning)\s+"
    r"shift\b.*$"
    # or the season ("shearer for the season", "picker for the summer")
    r"|\s+for\s+(?:the|this)\s+(?:season|summer|winter|spring|autumn|harvest|holidays)\b.*$",
    re.IGNORECASE,
)
# a sentence about someone: "She decides.", "He's the one who ..."
_PRONOUN_FIRST = re.compile(r"[.!?]?\s*(?:she|he)\b", re.IGNORECASE)
# a year ending a title's part, and a founding year ("dal 1952"), which names no campaign
_YEAR = re.compile(r"(?:19|20)\d\d")
_FOUNDED = re.compile(
    r"\b(?:since|dal|seit|depuis|desde|est\.?|founded|fondata|fondée|gegründet)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# words before "position" or "job" that say which one, not what it is ("open position", "new
# job", "this role")
_NOT_A_ROLE = frozenset(
    # (and a question's word: "Q: Which job?" asks, it names no job)
    "open new vacant available current this that same other dream which what whose".split()
)
# an acronym and, in brackets, the name it stands for: capitalised words, the first of them
# with the acronym's first letter
_SPELLED_OUT = re.compile(
    r"([A-Z])[A-Z]{1,5}[ \t]*\((?P<name>(?=\1)(?:[A-ZÀ-Ž][\w'’.-]*[ \t]*){2,7})\)"
)
# "LLSC = Levant Light Source Centre": an acronym said to stand for the name after it
_ACRONYM_IS = re.compile(r"(?P<acronym>[A-Z]{2,8})[ \t]*=[ \t]*")
# the name again in another script after it ("East Coast One-Loft Race Center 東岸公棚"): the
# email names it as the notes' Latin letters do
_OTHER_SCRIPT_AFTER = re.compile(r"(?<![ \t])[ \t]++[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+$")
# a one-liner's first parts cut by dashes, then a part that opens on the interview
_PARTS_BEFORE_INTERVIEW = re.compile(
    r"(?:(?P<title>[^\n.!?]{2,80}?\S[ \t]+[-–—][ \t]+[^\n.!?]{2,80}?\S)[ \t]+[-–—][ \t]+"
    # (or parted by commas: "Nafplio municipality tourist info kiosk, seasonal officer,
    # interview Wed 2 Apr w/ ...")
    r"|(?P<listed>[^\n.!?,]{2,80}?\S,[ \t]+[^\n.!?,]{2,80}?\S),[ \t]+"
    # (or one part, the employer's name run into the job: "Liffey Metering Services smart
    # meter installer - interviewed Thurs w/ ...")
    r"|(?P<fused>[A-Z][^\n.!?,\-–—|]{2,80}?\S)[ \t]+[-–—][ \t]+)"
    # ("interviewd w/ Sra. Pilar Ramos": the past tense as typed in a hurry)
    r"(?:intvw|intv|interview(?:ed|d)?|int)\b",
    re.IGNORECASE,
)
# a capitalised name, then a job in small letters, as one part of a title
_FUSED_TITLE = re.compile(
    r"[ \t]*(?P<name>(?:[A-Z][\w&'’.-]*[ \t]+){1,5})"
    r"(?P<job>[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,3})[ \t]*"
)
# the interview's abbreviation opening a one-liner, a date after it at most
_INTERVIEW_FIRST = re.compile(
    r"(?:interview|intvw|intv)\.?[ \t]+(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+)?(?=[A-Z])"
)
# how many lines of a forwarded mail are looked through for its writer's signature
_SIGNATURE_REACH = 80
# a capitalised name in brackets, which an acronym before it may spell
_BRACKETED_NAME = re.compile(r"\((?P<name>[A-ZÀ-Ž][^()\n]{2,80})\)")
# "Brandl & Oettinger": two names joined, a firm's partners
_PARTNERS = re.compile(r"\w\s+(?:&|and|und|y|et|e)\s+[A-Z]")
# a date in figures ("26/02/2026", "9.10.") or a part of the day ("Friday night")
_DATE_OR_DAYPART = re.compile(
    r"\d{1,4}[-./:]\d{1,2}(?:[-./]\d{2,4})?|\b(?:morning|afternoon|evening|night|tonight|noon|"
    r"midday|noche|tarde|soir|soirée|matin|abend|sera|mattina|večer)\b",
    re.I,
)


def _when_in(part: str) -> tuple[bool, bool]:
    """Whether a part of a title line says when (a day, a date, a time of day), and whether it
    also names something (a capitalised word that is no day or month)."""
    rest = _DATE_OR_DAYPART.sub(" ", _WHEN_WORDS.sub(" ", part))
    named = any(w[:1].isupper() and len(w) > 3 for w in _PART_WORD.findall(rest))
    return rest != part, named


def _after_when(text: str, at: int) -> bool:
    """Whether the title's part at `at` follows, after a comma, only a day and the common
    words of where the notes were written ("entrevista 26/02/2026 qui, Barão Geraldo",
    "Friday night, kitchen table, Ħaż-Żebbuġ."): a diary's when, then where. A capitalised
    word before it ("3/4/26 — Court Interpreter, ...") makes it a title of the job and employer."""
    before = text[:at].rstrip()
    if not before.endswith(","):
        return False
    parts = [_when_in(p) for p in re.split(r",|\s[—–-]+\s*", before[:-1]) if p.strip()]
    return any(when for when, _ in parts) and not any(named for _, named in parts)


def _before_when(text: str, end: int) -> bool:
    """Whether the rest of the title's line after this part says only when, after a comma
    ("Puerto Natales, domingo en la noche", "Erfoud, dimanche soir"): where the notes were
    written, then when."""
    rest = text[end:].strip(" \t.")
    if not rest.startswith(","):
        return False
    when, named = _when_in(rest[1:])
    return when and not named


_WHEN_WORDS = re.compile(
    r"\b(?:mon|tues?|wed|thur?s?|fri|sat|sun)(?:day)?\b|\b(?:wednes|satur)day\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b|\b(?:january|february|march|"
    r"april|june|july|august|september|october|november|december)\b|\d{1,2}(?:st|nd|rd|th)\b|"
    # (not the German "am" inside a name: "Freie Waldorfschule am Spitzberg")
    r"\b(?:today|yesterday|tomorrow|pm)\b|\bam\b(?![ \t]+(?-i:[A-Z]))|"
    # weekdays in the languages notes mix in ("Luni, 16 martie", "Rabu, 13 Mei", "Perşembe")
    r"\b(?:luni|marți|marti|miercuri|joi|vineri|lunes|martes|miércoles|miercoles|jueves|"
    r"viernes|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|poniedziałek|wtorek|środa|czwartek|piątek|"
    r"senin|selasa|rabu|kamis|jumat|pazartesi|salı|çarşamba|perşembe|cuma|"
    # ... the weekend's ("Puerto Natales, domingo en la noche", "Erfoud, dimanche soir"), and
    # Czech weekdays and months ("Deník — Úterý 21. října 2025")
    r"sábado|sabado|domingo|samedi|dimanche|samstag|sonntag|zaterdag|zondag|sabato|domenica|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|niedziela|sabtu|minggu|cumartesi|"
    r"pondělí|úterý|středa|čtvrtek|pátek|neděle|ledna|února|března|dubna|května|června|"
    r"července|srpna|září|října|listopadu|prosince)\b",
    re.IGNORECASE,
)


# a part with one of these is a sentence's clause, not a title's employer or role
_VERBS_OF_BEING = frozenset("is was are were".split())
# joint-stock companies' forms that are English words without their dots (see `bare` below)
# the rest of a Polish legal form after "Sp": "Sp. z o.o.", "Sp. k.", "Sp. j."
_DOTTED_LEGAL = re.compile(r"(?:a\.s|d\.d|a\.d)\.?")
# the jobs that run a department, named before it ("Duty Manager Ramp Operations"); "National
# Driver Testing Service" is a firm with a job's word in its name
_RUNS_A_DEPARTMENT = frozenset("manager supervisor director head lead coordinator chief".split())


def _word_before(text: str, pos: int) -> str:
    """The word that ends at `pos` ("" when none): is the dot there an abbreviation's?"""
    word = re.search(r"\w+$", text[:pos])
    return word.group(0) if word else ""


# a title of the interview's word and an organisation's capitalised name: "# Entrevista Teatro
# Arteaga", "**Interview Hotel Bristol**"
_OPENED_TITLE = re.compile(
    r"[\s#*]*([^\W\d_]+)\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3})[\s*]*"
)


# "... with Ms. Ana Vuli" inside a title's part: a person follows
_WITH_SOMEONE = re.compile(r"[ \t]+(?:with|w/)[ \t]+(?=[A-Z])")


def _closing_quote(text: str, start: int, end: int) -> int:
    """The end of a name past the quote it opened: 'Colegio Intercultural "Nuevo Amanecer"'
    keeps its closing mark (the words end before it)."""
    opened = text.count('"', start, end) % 2 == 1 or text.count("“", start, end) > text.count(
        "”", start, end
    )
    if opened and text[end : end + 1] in ('"', "”"):
        return end + 1
    guillemet = re.match(r"[ \u00a0\u202f]?»", text[end:])  # « Jeunesse & Emploi »
    if guillemet and text.count("«", start, end) > text.count("»", start, end):
        return end + guillemet.end()
    return end


def _first_sentence_end(text: str) -> int:
    """Where the first sentence of a line ends (an abbreviation's dot is no end, nor a date's
    inside it: "Trier, Freitag, 30. Januar 2026")."""
    dates = iter(_DATE_RE.finditer(text))
    date = next(dates, None)
    for m in re.finditer(r"[.!?](?=\s+\w)", text):
        while date is not None and date.end() <= m.end():
            date = next(dates, None)  # (the dates in order: linear in the line)
        if date is not None and date.start() < m.start():
            continue
        if _word_before(text, m.start()).lower() not in NO_END_ABBREVIATIONS:
            return m.start()
    return len(text)


# a bracketed tag before a title's words ("[면접 노트] ", "[Notes] "; no chat line's time)
_TAG = re.compile(r"\s*(?:\[[^\[\]\n\d]{1,40}\]|【[^【】\n\d]{1,40}】)[ \t]*(?=\S)")
# a team's age group after a coach's job ("goalie coach U16/U18")
_AGE_GROUP = re.compile(r"U\d{1,2}(?:/U\d{1,2})*", re.IGNORECASE)
# a job's or an employer's name in Chinese, Japanese or Korean script, after a title's dash
# (or at its start) and before ours ("红运郫县豆瓣 Hongyun Pixian Douban Co., Ltd.")
_NATIVE_BEFORE_OURS = re.compile(
    r"(?:(?<=[—–|:-][ \t])|^[ \t]*)[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+(?=[ \t]+[A-Za-z])"
)
# a title in another script, a slash, then the same title in ours
_TWO_SCRIPTS = re.compile(r"[^A-Za-zÀ-ɏ/\n]+[ \t]/[ \t]+(?=[^/\n]*[A-Za-z])([^/\n]*[^/\s])\s*")
# ours first, then the same in a script with no Latin letter ("Karaganda Regional TB
# Dispensary / Карагандинский противотуберкулёзный диспансер")
_OURS_THEN_THEIRS = re.compile(
    r"[ \t]*([^/\n]*?[A-Za-z][^/\n]*?)[ \t]+/[ \t]+"
    r"[^/A-Za-zÀ-ɏ\n]*[^\W\d_A-Za-zÀ-ɏ][^/A-Za-zÀ-ɏ\n]*"
)
# "Site Manager interview": a job, then the word interview (and "notes")
_JOB_THEN_INTERVIEW = re.compile(
    r"[ \t#*]*(?P<r>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,4})[ \t]+"
    r"(?i:interview)(?:[ \t]+(?i:notes?))?[ \t*]*"
)
# a calendar invite's " @ Tue 24 Feb 2026 15:00 - 15:45 (ICT)" after its title
_INVITE_WHEN = re.compile(
    r"(?<![ \t])[ \t]+@[ \t]+(?=(?i:mon|tue|wed|thu|fri|sat|sun"
    # (a calendar in another language: "@ mié 4 feb 2026", "@ jeu. 22 janv.", "@ Di 3. März")
    r"|lun|mar|mi[eé]|jue|vie|s[aá]b|dom|mer|jeu|ven|sam|seg|ter|qua|qui|sex|gio|mo|di|do|fr"
    r"|sa|so)[^\W\d_]*\.?[ \t,]|\d)[^\n]*$"
)
# a short cry about the interview opening a line ("interview done!!", "entrevista hoje!!")
_EXCLAIMED = re.compile(
    r"[ \t]*(?=[^!\n]{0,30}\b(?i:interview|entrevista|entretien|colloquio|sollicitatie)\b)"
    r"(?:[^\W\d_][\w'’]*+[ \t]+){0,3}[^\W\d_][\w'’]*+[ \t]*!+[ \t]+(?=[A-Z])"
)
# a chat export's list of who chatted ("Microsoft Teams — Chat: Jonas Brandt, Kevin Schäfer",
# "Signal conversation: Omar Zaki"): its parts are people, never the job or the employer
_CHAT_TITLE = re.compile(r"\b(?:chat|conversation)\s*:|\bconversation\s+with\b", re.IGNORECASE)
# a chat export's title of the app or the kind of chat, a separator and whom it is with:
# "Telegram — Joost de Boer", "Chat | Anja Reinholz", "Messages · Ngaio (flat)", "Direct
# message · Marta Ozola": the friend, never the job, the employer or the addressee
CHAT_APPS = r"whatsapp|telegram|signal|viber|line|messenger|teams|slack"
CHAT_HEAD = re.compile(
    rf"\s*(?:\[[^\]\n]{{1,20}}\]\s*)?(?:{CHAT_APPS}|imessage|wechat|chat|messages|"
    r"direct\s+messages?)[ \t]*[|·—–][ \t]*",
    re.IGNORECASE,
)
# a label of one to three words before a colon ("Work coach:")
_JOB_LABEL = re.compile(r"[\s*•-]*((?:[^\W\d_][\w'’-]*[ \t]+){0,2}[^\W\d_][\w'’-]*)[ \t]*:[ \t]*")
_LEGAL_COMMA = re.compile(
    r",(?=[ \t]*(?:Ltd|Inc|LLC|Pvt|GmbH|S\.A|Lda|LDA|S\.L|S\.R\.L|SRL|SARL|S\.p\.A|Pty|Limited)\b)"
)


# a mail program's line above a forwarded or copied message
_FORWARD_MARK = re.compile(r"\s*-{3,}[^\n]{0,60}-{3,}\s*")
_FORWARDED = re.compile(r"forward|weitergeleitet|reenviado|transféré|inoltrato|doorgestuurd", re.I)


# a legal form written in lower case after a name ("... Classe Restauri s.r.l.")
_LEGAL_LOWER = re.compile(
    r"(?:s\.?r\.?l|s\.?p\.?a|s\.?a|s\.?l|ltd|gmbh|b\.?v|e\.?v|lda|ltda)\.?", re.IGNORECASE
)


# words that end a name of a place or a field, never a job's ("Brightline Data")
_PLACE_ENDS = frozenset(
    "data product design people store site area kitchen school department unit ward lab "
    "research program programme project plant branch warehouse house floor line team".split()
)


# the first word of the part after a name, past its dash or comma ("- director, ex Ranji")
_NEXT_PART_WORD = re.compile(r"[ \t]*[-–—|,:][ \t]*([^\W\d_]+)")


# words that tell where one went or came from, never part of a job's name
_WHERE_FROM = frozenset({"from", "back", "to", "at", "after", "before"})


class _Headings(_Sender):
    """The pass that reads the header block and the title lines."""

    def _header(self, text: str) -> tuple[str, int] | None:
        """A mail header's line ("From: ...", "Betreff: ..."): its key as the English header
        and where its value starts; None for any other line."""
        # (French and Italian "À :" / "A:" are one letter)
        m = re.match(r"\s*((?i:de la)|[^\W\d_][\w-]{0,9})\s*:\s*", text)
        if not m or m.group(1).lower() not in self.vocab.headers:
            return None
        key = m.group(1).lower()
        return self.vocab.header_names.get(key, key), m.end()

    def _headers(self, segs: list[_Seg]) -> list[_Seg]:
        """An e-mail's header block at the top: metadata, not notes (`To: me` says nothing)."""
        i = 0
        forwarded = False  # "---------- Forwarded message ----------": another's e-mail
        while i < len(segs) and (not segs[i].text.strip() or _FORWARD_MARK.fullmatch(segs[i].text)):
            forwarded = forwarded or bool(_FORWARDED.search(segs[i].text))
            i += 1  # a mail program's line above the headers
        self.forwarded = forwarded
        block: list[tuple[str, _Seg, int]] = []
        j = i
        while j < len(segs):
            header = self._header(segs[j].text)
            if header is None:
                break
            block.append((header[0], segs[j], header[1]))
            j += 1
        keys = {k for k, _, _ in block}
        # `To: Mr. Thompson` / `from: Keisha` are labels; an e-mail's headers have an address
        # or a subject or date line
        mail = any(k == "from" and "@" in seg.text for k, seg, _ in block)
        if not (mail or keys & {"subject", "sent"} or ({"date"} <= keys and len(block) > 1)):
            return segs
        named: dict[str, tuple[str, _Seg, int]] = {}
        for key, seg, at in block:
            value = seg.text[at:].strip()
            name = value.split("<")[0].strip().strip('"').strip()
            if key in ("from", "to") and name and "@" not in name and key not in named:
                hit = name_at(seg.text, at, self.vocab, False)
                if hit and hit.end <= at + len(value):
                    named[key] = (hit.name, seg, hit.start)
        writer, reader = named.get("from"), named.get("to")
        if reader is not None and writer is not None and reader[0] != writer[0]:
            # a recruiter's reply the candidate pasted: it quotes the candidate's own mail ("> On
            # Wed, 11 Mar 2026 at 17:40, Aibek Toktogulov wrote:"), so its To: is the candidate
            quoted = re.compile(rf"\b{re.escape(reader[0])}[ \t]*(?:<[^<>\n]*>[ \t]*)?wrote:")
            # ... or quotes its header ("> From: Elif Yıldırım"), or the notes below it end on
            # the To:'s name ("... can go to Germany tour. Elif Yıldırım")
            quoted_from = re.compile(rf"^[ \t]*>[ \t]*From:[ \t]*{re.escape(reader[0])}\b")
            signed = re.compile(rf"(?:^|[.!][ \t]+|[-–—][ \t]*){re.escape(reader[0])}$")
            body = [seg.text.strip() for seg in segs[j:] if seg.text.strip()]
            if (
                any(quoted.search(seg.text) for seg in segs[j:])
                or any(quoted_from.search(text) for text in body)
                or (body and signed.search(body[-1]))
            ):
                # whoever replied signs for the employer ("Zeynep Aydın" / "General Manager,
                # Perde Gölge Tiyatrosu")
                self._writer_signature(segs[j:], writer[0])
                writer = reader
        if writer is not None and not forwarded:
            name, seg, at = writer
            self.found.senders.append((2, _located(name, seg, at, "header")))
        if writer is not None and forwarded:
            self._writer_signature(segs[j:], writer[0])
        for key, seg, at in block:
            value = seg.text[at:].strip()
            if key in ("date", "sent"):
                try:
                    self.found.header_date = parsedate_to_datetime(value).date()
                except (TypeError, ValueError, IndexError):
                    self.found.header_date = self._date_in(value)
            elif key == "subject":
                subject = _Seg(seg.text[at:], seg.start + at, seg.line)
                self.found.prose.append(subject)
                self._heading(subject)
        return segs[j:]

    def _writer_signature(self, segs: list[_Seg], writer: str) -> None:
        """A forwarded mail signed by its writer, their name alone on a line and then their
        title line ("Oriol Puig" / "Foreign Rights Manager – Agència Literària Rambla &
        Vidal"): the employer is the one they write for (read before the subject, so it leads);
        the job is theirs, not the one applied for."""
        for k, seg in enumerate(segs[: min(_SIGNATURE_REACH, len(segs)) - 1]):
            if seg.text.strip() == writer and segs[k + 1].text.strip():
                roles = len(self.found.roles)
                self._heading(segs[k + 1])
                del self.found.roles[roles:]
                return

    def _heading(self, seg: _Seg) -> None:
        """A title line, `Vet nurse job - Harbourside Veterinary Hospital`: role and company."""
        # (the full-width brackets of Japanese and Chinese text are brackets: "Sakura Bay
        # Aquarium（さくら湾水族館）"; one character for one, so offsets hold)
        seg = _Seg(seg.text.translate(_FULL_WIDTH_BRACKETS), seg.start, seg.line)
        if re.fullmatch(r"\s*\[[^\[\]\n]*\]\s*", seg.text):
            return  # "[Voice Recorder — transcript (auto) — 03:52]": an app's own header
        when = _INVITE_WHEN.search(seg.text)
        if when:  # "Invitation: Interview – Year 4 Class Teacher @ Tue 24 Feb 2026 15:00 ...":
            # a calendar invite's title, then when it is
            seg = _Seg(seg.text[: when.start()], seg.start, seg.line)
        said = _EXCLAIMED.match(seg.text)
        if said:  # "Interview done!! Cedar Hill Presbyterian Church, Princes Town — Youth ...":
            # a cry about the interview, then the title
            seg = _Seg(seg.text[said.end() :], seg.start + said.end(), seg.line)
        kind = _KIND_FIRST.match(seg.text)
        if kind:  # "nudge Duna Loca Adventures - sandboard instructor - interviewd w/ ...": what
            # the note is for, then the title
            seg = _Seg(seg.text[kind.end() :], seg.start + kind.end(), seg.line)
        tag = _TAG.match(seg.text)
        if tag:  # "[면접 노트] Hanbit Display Materials — OLED Process Engineer": the notes' tag
            seg = _Seg(seg.text[tag.end() :], seg.start + tag.end(), seg.line)
        two = _TWO_SCRIPTS.fullmatch(seg.text) or _OURS_THEN_THEIRS.fullmatch(seg.text)
        if two:  # "泉高原スノースクール 面接メモ / Izumi Kogen Snow School interview": ours
            seg = _Seg(two.group(1), seg.start + two.start(1), seg.line)
        # a job's name in another script before ours ("— 駅務員 Station Attendant"): ours is read
        # (blanked, so offsets hold)
        # (not the notes' own word for them: "面试笔记 Chishui River distillery - ..." names the
        # notes first, and what follows is no title of employer and job)
        ours = _NATIVE_BEFORE_OURS.sub(
            lambda m: m[0] if names_the_notes(m[0], any_language=True) else " " * len(m[0]),
            seg.text,
        )
        seg = _Seg(ours, seg.start, seg.line)
        # a comma before a legal form ("Lianxin Power Electronics Co., Ltd.") splits nothing
        unsplit = _LEGAL_COMMA.sub(" ", seg.text)
        # nor does one inside brackets ("Scout jeunes (Youth Scout, Sénégal & Gambie)"): the
        # bracket glosses or qualifies the part it follows (blanked, so offsets hold)
        unsplit = re.sub(r"\([^()\n]{1,80}\)", lambda m: re.sub(r"[,|:—–]", " ", m[0]), unsplit)
        # "Hatchery tech @ Bogue Phalia Fingerlings": the job, then where it is, as two parts
        # (and a note app's middle dots: "[[2025-02-18]] · [[Meridian & Stavrou ...]] · ...")
        # (not a chat export's "Wanjiru Kamau · 10 Feb, 8:02 AM": who wrote it, and when)
        # (but a line of three parts or more is a note app's, time and all: "jueves 5 de junio
        # · 8:30am · Hospital Civil del Pacífico, Culiacán")
        chat = re.search(r"\b\d{1,2}:\d{2}", unsplit) and unsplit.count("·") < 2
        joints = "@" if chat else "[@·]"
        unsplit = re.sub(rf"(?<=[ \t]){joints}(?=[ \t])", "|", unsplit)
        parts = [
            (seg.text[m.start() : m.end()], m.start())
            for m in re.finditer(r"[^\-–—|:,*]+(?:-[^\s\-–—|:,*][^\-–—|:,*]*)*", unsplit)
        ]
        plain = _ABBREV_DOT.sub("", seg.text)
        # (nor a Polish legal form's dots: "Mazowieckie Dachy Sp. z o.o., Płock")
        plain = _POLISH_FORM.sub(lambda m: m[0].replace(".", " "), plain)
        # (nor does a bracket's gloss: "DGSA (doradca ds. bezpieczeństwa ...)")
        plain = re.sub(r"\([^()\n]*\)", lambda m: re.sub(r"[.!?]", " ", m[0]), plain)
        # (a date's "tirsdag d. 3/9-24" has no sentence end)
        sentence_end = re.search(r"(?<!\b[a-zæøå])[.!?]\s+\w|[.!?]\s+(?=\D)\w", plain)
        # "Interview — Kwela Outdoor & Camping, Store Manager for the Rosebank branch. today
        # 2pm at head office": a title of parts cut by a dash, then a sentence
        # (or a hyphen between spaces: "Glenmorven Creamery, Campbeltown - Cheese Room
        # Assistant (seasonal May-Sep). Interview Tue with ...")
        # (on the notes' first line only: a message's "Puan Rohana - Head of Ramp - main
        # interviewer, ..." later is about a person)
        dash = r"\s[—–-]\s" if seg.line == self.first_line else r"\s[—–]\s"
        dashed_first = sentence_end is not None and re.search(dash, plain[: sentence_end.start()])
        short_first = sentence_end and (
            len(plain[: sentence_end.start()].split()) < 9
            or (dashed_first and len(plain[: sentence_end.start()].split()) <= 16)
        )
        # "Yellowstone Valley Sugar - campaign operator (pulp dryer) - intvw 12/2 w/ Rick ...":
        # a one-liner's title, its parts before the one that opens on the interview
        lead = _PARTS_BEFORE_INTERVIEW.match(seg.text)
        if lead and lead.group("fused") and self._fused(lead.group("fused")) is None:
            lead = None
        if lead and seg.text[:1].isupper() and not short_first:
            cut = lead.end(next(g for g in ("title", "listed", "fused") if lead.group(g)))
            self.found.title_ends[seg.line] = seg.start + cut
            seg = _Seg(seg.text[:cut], seg.start, seg.line)
            parts = [(p[: cut - a], a) for p, a in parts if a < cut]
            sentence_end = None
        # (or a date first: "14/10/25 — Textiles del Valle, lavandería industrial, Tehuacán.
        # Puesto: ...")
        # (or the interview's abbreviation first: "intvw 14/3 Kusbau School of Nursing, Madang
        # – Nurse Tutor (clinical). panel: ...")
        if short_first and (
            seg.text[:1].isupper()
            or _LEADING_DATE.match(seg.text)
            or _INTERVIEW_FIRST.match(seg.text)
        ):
            # "Wren's Nest Books — Saturday bookseller. talked to ...": the title is the first
            # sentence of the line
            cut = _first_sentence_end(seg.text)
            if _PRONOUN_FIRST.match(seg.text, cut):
                return  # "Deirdre Hennigan, estate manager. She decides.": a person met
            self.found.title_ends[seg.line] = seg.start + cut
            seg = _Seg(seg.text[:cut], seg.start, seg.line)
            parts = [(p, a) for p, a in parts if a < cut]
            parts = [(p[: cut - a], a) for p, a in parts]
            sentence_end = None
            opened = _INTERVIEW_FIRST.match(seg.text)
            if opened and parts and parts[0][1] == 0:  # the title after its "intvw 14/3"
                parts[0] = (" " * opened.end() + parts[0][0][opened.end() :], 0)
        if len(parts) == 1 and (fused := self._fused(parts[0][0])) is not None:
            # "Liffey Metering Services smart meter installer": the employer, then the job
            text, at = parts[0]
            parts = [(text[:fused], at), (text[fused:], at + fused)]
        if parts and any(w in _VERBS_OF_BEING for w in re.findall(r"\w+", parts[0][0].lower())):
            return  # "Job is assistant cheesemaker, first shift.": a sentence, no title
        if self._dateline(parts):
            return  # "San Pedro de Macorís, martes 3 de junio de 2025": where it was written
        if self._job_interview(seg):
            return
        if _SPEECH.match(seg.text):
            return  # 'Levan: "write Levan, no batono, no Mr".': someone's words, no title
        if self._interview_title(seg):
            return
        if _CHAT_TITLE.search(seg.text) or CHAT_HEAD.match(seg.text) or CHAT_LINE.match(seg.text):
            return  # "Microsoft Teams — Chat: Jonas Brandt, Kevin Schäfer": who chatted, no job
        if self._someone_labelled(seg.text):
            return  # "Work coach: Elaine Tennant (Musselburgh office)": a person, no employer
        told = re.search(r"[a-z]{3,}\.\s*$", seg.text) and not _LEGAL_SUFFIX.match(
            seg.text.rstrip(" .").split()[-1]
        )  # "Video interview today with Sabine Krüger, VP Sales Europe.": a sentence
        # a title is short, or made of short parts ("mardi 28 oct — entrevue Foyer Le Phare
        # (Rosemont), poste intervenant jeunesse, temps plein, soirs/fins de semaine")
        # (what a bracket adds, "(Sat 7 Feb 2026, 10am, the commissary in St. James)", is the
        # when and where of a title, not a sentence)
        unbracketed = re.sub(r"[ \t]*\([^()\n]*\)", "", seg.text)
        if not any(w in _INTERVIEW_WORDS for w in re.findall(r"\w+", unbracketed.lower())):
            unbracketed = seg.text  # a line of when and where ("Feb 18 — 1:00 pm — Edmonton
            # Control Centre, Sherwood Park (badge-in, ...)"): its venue is no employer
        short = len(unbracketed.split()) <= 16 or (
            len(parts) > 2
            # "Dyddiad: dydd Mawrth, ..., 2pm, Civic Centre": a form's label (a time's colon,
            # "8:30am", is none)
            and re.search(r":(?!\d)", seg.text) is None
            and len(seg.text.split()) <= 24
            and all(len(p.split()) <= 6 for p, _ in parts)
        )
        if len(parts) == 1 and short and not sentence_end and not told:
            if not self._employer_line(seg, parts[0]):
                self._role_line(seg, parts[0])
            return
        if len(parts) < 2 or not short or sentence_end or told:
            return
        # a title in capitals is the employer's only beside the job's parts, never beside the
        # notes' own title ("FRESH START EMPLOYABILITY - CLIENT CONTACT NOTE")
        # (a line that writes its other parts in lower case shouts only the name: "PRAIRIE
        # CREST PIPELINES — Control Centre Operator (Liquids) — panel interview")
        # (nor is it when the notes' title is written small and names the interview: "MINATO
        # MIRAI LEISURE - interview notes (2025/11/20 ...)" shouts only the name; not "SECOND
        # CHAPTER CAREERS - client session notes", an agency's form, nor "PHỎNG VẤN — interview
        # notes", the interview's word in the notes' language)
        titles = [re.sub(r"\([^()]*\)", "", p) for p, _ in parts if names_the_notes(p)]
        shout_ok = (
            not titles
            or any(re.search(r"[a-z]", p) and not names_the_notes(p) for p, _ in parts)
            or (
                all(
                    not re.search(r"[A-Z]", t)
                    and any(w in _INTERVIEW_WORDS for w in re.findall(r"\w+", t))
                    for t in titles
                )
                and not any(names_the_notes(p, any_language=True) for p, _ in parts if p.isupper())
            )
        )
        roles, companies = len(self.found.roles), len(self.found.companies)
        for k, (original, at) in enumerate(parts):
            if self._after_a_name(seg.text, at):
                continue  # "Falei com o Sr. Nuno Figueiredo, sócio-gerente": his title
            if k and _APPLICANT_AFTER.search(parts[k - 1][0]):
                continue  # "Parish Secretary applicant — Kristine Joy Ebarle": who applies
            if _QUOTED_WORDS.search(original):
                continue  # 'Guest Services Mgr. "just Keoni brah"': what someone said
            self._heading_part(seg, original, at, shout_ok)
        if len(self.found.roles) > roles and len(self.found.companies) == companies:
            self._employer_before_role(seg, parts, self.found.roles[roles][2])

    def _fused(self, part: str) -> int | None:
        """Where the job starts in a title part that runs an employer's capitalised name into a
        job in small letters ("Liffey Metering Services smart meter installer"): the name ends
        on an organisation's word and the job on a job's; None otherwise."""
        m = _FUSED_TITLE.fullmatch(part)
        if m is None:
            return None
        name, job = m.group("name").split(), m.group("job").split()
        if name[-1].lower().rstrip(".") not in self.vocab.company_words:
            return None
        if not ends_like_a_job(job[-1], self.vocab):
            return None
        return m.start("job")

    def _dateline(self, parts: list[tuple[str, int]]) -> bool:
        """A letter's dateline: a place, then a date and at most a weekday ("Verona, 22
        gennaio 2025", "San Pedro de Macorís, martes 3 de junio de 2025", the weekday a part of
        its own in "Trier, Freitag, 30. Januar 2026"); the place is where the notes were
        written, no employer (one with an organisation's word is kept)."""
        if len(parts) == 3 and re.fullmatch(r"\s*[^\W\d_]+\s*", parts[1][0]):
            parts = [parts[0], (parts[1][0] + " " + parts[2][0], parts[1][1])]
        if len(parts) != 2:
            return False
        place, when = parts[0][0], parts[1][0]
        m = _DATE_RE.search(when)
        if m is None:
            return False
        rest = re.findall(r"[^\W\d_]{2,}", when[: m.start()] + " " + when[m.end() :])
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", place)}
        return (
            len(rest) <= 1
            and not words & self.vocab.company_words
            and not words & _INTERVIEW_WORDS
            and place.strip()[:1].isupper()
        )

    def _job_interview(self, seg: _Seg) -> bool:
        """A title that is a job and the word interview, "Site Manager interview": the job
        (its words capitalised, the last one a job's)."""
        m = _JOB_THEN_INTERVIEW.fullmatch(seg.text)
        if m is None:
            return False
        words = m.group("r").split()
        last = words[-1].lower()
        if (
            not all(w[:1].isupper() for w in words)
            or last not in self.vocab.role_words
            or last in self.vocab.company_words  # "Izumi Kogen Snow School interview"
        ):
            return False
        self.found.roles.append((4, self._next(), _located(m.group("r"), seg, m.start("r"), "cue")))
        self.found.title_lines.add(seg.line)
        return True

    def _employer_line(self, seg: _Seg, part: tuple[str, int]) -> bool:
        """`Borneo Rehab & Wellness Centre Sdn Bhd (Jalan Tun Jugah, Kuching)` on a line of its
        own at the top: an organisation's capitalised name ending in its kind or legal form is
        the employer (nothing else on the line says what it is)."""
        if self.found.companies:
            return False
        original, at = part
        blanked = re.sub(r"\([^()]*\)?", lambda m: " " * len(m.group(0)), original)
        words = _PART_WORD.findall(blanked)
        lows = [w.lower().rstrip(".") for w in words]
        if not 2 <= len(words) <= 7 or not words[0][:1].isupper():
            return False
        if not all(w[:1].isupper() or low in _JOINERS for w, low in zip(words, lows, strict=True)):
            return False
        if lows[-1].replace(".", "") not in self.vocab.company_words or lows[0] in _JOINERS:
            return False
        if any(w in _NOISE or w in _INTERVIEW_WORDS for w in lows) or names_the_notes(original):
            return False
        if self._role_like(words, lows, original)[0]:
            return False
        person = name_at(original, 0, self.vocab, self.lower)
        if person is not None and (person.honorific is not None or person.end >= len(original)):
            return False
        first = blanked.find(words[0])
        value = original[first : blanked.rfind(words[-1]) + len(words[-1])]
        if shape_problem(value, max_words=7):
            return False
        self.found.companies.append((3, self._next(), _located(value, seg, at + first, "cue")))
        self.found.title_lines.add(seg.line)
        return True

    def _role_line(self, seg: _Seg, part: tuple[str, int]) -> None:
        """`Brightwater Dairy` then `Herd manager. Full time.` or `Parts advisor (full-time,
        Leeds branch)`: a line of its own under a title line that named the employer is the
        job when it reads as one (never a second employer)."""
        if not self.found.title_lines or not self.found.companies or self.found.roles:
            return
        companies, titles = len(self.found.companies), set(self.found.title_lines)
        self._heading_part(seg, part[0], part[1], False)
        if len(self.found.companies) > companies:
            del self.found.companies[companies:]
            self.found.title_lines = titles

    def _employer_before_role(self, seg: _Seg, parts: list[tuple[str, int]], role: Located) -> None:
        """`motor city screenworks — press operator 2nd shift`, `blue ridge living ferments -
        production brewer`: in a lower-case title, the first part before its role is the
        employer (kept as written; `notes` names it in title case)."""
        if not (self.lower or seg.text.islower()) or role.span is None:
            return
        first, at = parts[0]
        words = re.findall(r"[^\W\d_][\w&'’.]*", first)
        if not 1 < len(words) <= 5 or seg.start + at + len(first) > role.span.start:
            return
        lows = [w.lower() for w in words]
        if any(w in _NOISE for w in lows) or re.search(r"\d", first):
            return
        if _WHEN_WORDS.search(first) or name_at(first, 0, self.vocab, False) is not None:
            return
        value = first.strip()
        if shape_problem(value, max_words=5):
            return
        lead = len(first) - len(first.lstrip())
        self.found.companies.append((1, self._next(), _located(value, seg, at + lead, "cue")))
        self.found.title_lines.add(seg.line)

    def _someone_labelled(self, text: str) -> bool:
        """A line that labels a person by their job, `Coach: Carla Benítez`, `Work coach: Elaine
        Tennant (Musselburgh office)`: a name of two words or more, all the value up to a
        bracket, after a label whose last word is a job's."""
        m = _JOB_LABEL.match(text)
        if m is None or m.group(1).split()[-1].lower() not in self.vocab.role_words:
            return False
        hit = name_at(text, m.end(), self.vocab, self.lower)
        if hit is None or len(hit.name.split()) < 2 or hit.start != m.end():
            return False
        return re.fullmatch(r"\s*(?:\([^()\n]*\)\s*)?", text[hit.end :]) is not None

    def _interview_title(self, seg: _Seg) -> bool:
        """`Ferncastle interview`, `# Entrevista Teatro Arteaga`: the employer named in a title
        of its own (then the line says nothing else)."""
        alone = re.fullmatch(
            r"\s*([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+interview(?:\s+notes?)?\s*[.!]*\s*",
            seg.text,
        ) or _OPENED_TITLE.fullmatch(seg.text)
        if not alone:
            return False
        if alone.re is _OPENED_TITLE:
            # the interview's word in any language first, then an organisation named by its
            # kind ("Teatro", "Colegio") or its company word ("... Logistics")
            lows = alone.group(2).lower().split()
            if not names_the_notes(alone.group(1), any_language=True) or not (
                lows[0] in self.vocab.organisation_firsts or lows[-1] in self.vocab.company_words
            ):
                return False
        at = alone.lastindex or 1
        value = alone.group(at)
        self.found.companies.append((2, self._next(), _located(value, seg, alone.start(at), "cue")))
        self.found.title_lines.add(seg.line)
        return True

    def _person_then_title(self, seg: _Seg, original: str, at: int, name: str) -> bool:
        """Whether the part is a person's name of two words or more and nothing else and the
        next part opens with a job's title ("Sunil Oraon - director, ex Ranji"), and either
        that word alone, then a description, on a line below the first ("Oleh Koval —
        director, owner."), or a title line above named the employer already (a first line's
        "Lumio Home — Store Manager" is the employer and the job)."""
        words = name.lower().split()
        if len(words) < 2 or original.strip().lower() != name.lower():
            return False
        if any(w.strip(".") in self.vocab.company_words for w in words):
            return False
        after = _NEXT_PART_WORD.match(seg.text, at + len(original))
        if after is None or after.group(1).lower() not in self.vocab.title_words:
            return False
        if re.match(r"[ \t]*[,.;]", seg.text[after.end() :]) and seg.line > 1:
            return True  # one job's word, then a description: "Oleh Koval — director, owner."
        above = [c.span.line for _, _, c in self.found.companies if c.span is not None]
        return any(line < seg.line for line in self.found.title_lines) and any(
            line < seg.line for line in above
        )

    def _heading_part(self, seg: _Seg, original: str, at: int, shout_ok: bool) -> None:
        """One part of a title line between dashes, bars or commas; a part in two languages
        that reads as neither whole ("Ramp Supervisor / Supervisor de Placa") gives the role
        its one side names, if one does (never an employer: the other side is the same job)."""
        found = (len(self.found.roles), len(self.found.companies))
        self._one_heading_part(seg, original, at, shout_ok)
        sides = list(re.finditer(r"[^/]+", original))
        if len(self.found.roles) != found[0] or len(sides) != 2:
            return
        if not re.search(r"\S[ \t]+/[ \t]+\S", original):
            return  # "20/01/2026", "Tierpfleger/in": no two names of the job
        read = self.found.companies[found[1] :]
        if any(rank > 2 for rank, _, _ in read):
            return  # an employer's name with a company word: the part is the employer
        del self.found.companies[found[1] :]
        for side in sides:
            self._one_heading_part(seg, side.group(0), at + side.start(), False)
            del self.found.companies[found[1] :]  # a side's capitalised words are no employer
            if len(self.found.roles) > found[0]:
                return
        self.found.companies += read  # neither side is a job: the part as it was read

    def _one_heading_part(self, seg: _Seg, original: str, at: int, shout_ok: bool) -> None:
        """One part of a title line between dashes, bars or commas: the employer, the role, or
        neither (a date, the notes' own title, a word like `after`)."""
        sides = re.split(r"(?<!\d)/(?!\d)", original)  # not a date's "20/01/2026"
        if len(sides) > 1 and any(names_the_notes(side) for side in sides):
            return  # "Cyfweliad / Interview": a heading in two languages, not an employer
        search = re.match(r"\W*(?:job\s+search|job\s+hunt|applications)\s+/\s+", original, re.I)
        if search:  # "🗂 Job search / Larchmont Health": the notes' folder, then the employer
            original, at = original[search.end() :], at + search.end()
        diary = _LEADING_DATE.match(original)
        if diary and diary.end() < len(original.rstrip()):
            # "# 2026-05-19 Harbourline Rigging — interview": a diary's date, then the employer
            original, at = original[diary.end() :], at + diary.end()
        if _GREETING.match(original):
            return  # "Tanya: Hi Andre, Tanya from ...": a message, not a title
        person = name_at(original, 0, self.vocab, self.lower)
        if (
            person is not None
            and person.honorific is not None
            # (not a job whose noun is also a title, before one word: "Engenheira Agrónoma")
            and not (
                original.split()[0].lower() in self.vocab.role_heads
                and len(person.name.split()) == 1
            )
        ):
            return  # "Viber — Er. Ram Bahadur Thapa Magar (THH)": a person, not an employer
        if person is not None and self._person_then_title(seg, original, at, person.name):
            return  # "Sunil Oraon - director, ex Ranji.": a person and their job, no employer
        cue = self.vocab.person_cue_re.match(original.strip())
        if cue is not None and cue.start() == 0:
            return  # "Spoke with Mona El-Sayed, the VP.": the person met, not an employer
        met = _WITH_SOMEONE.search(original)
        someone = name_at(original, met.end(), self.vocab, self.lower) if met else None
        if (
            met is not None
            and someone is not None
            and someone.name.split()[-1].lower() not in self.vocab.company_words
        ):
            # "Interview at Town Hall with Ms. Ana Vuli": whom the interview was with is no
            # part of where or what ("Interview with Qimmeq Tours" names the employer)
            original = original[: met.start()]
        ours = re.fullmatch(
            r"([ \t]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+[ \t]*\()"
            r"([^()\n]*[A-Za-z][^()\n]*)\)[ \t]*",
            original,
        )
        if ours is not None and any(
            w.lower().strip(".,") in self.vocab.company_words for w in ours.group(2).split()
        ):
            # "大连海星软件 (Dalian Haixing Software Co., Ltd.)": the name in another script,
            # then in ours in brackets, an organisation's: the bracket is the part (not "老周
            # (Zhou Bin)", a person)
            original, at = ours.group(2), at + ours.end(1)
        theirs = _OTHER_SCRIPT_FIRST.match(original)
        if theirs is not None and _CAPITALISED_TO_END.fullmatch(original, theirs.end()):
            # "한빛랜드 Hanbit Land", "嘉南測量 Jianan Geomatics Co., Ltd.": the name in its own
            # script, then in ours: the part is the name in ours
            original, at = original[theirs.end() :], at + theirs.end()
        # brackets blanked to find the words, but the value is the notes' own text (a
        # value is always a span of the notes: "2026.02.24 (Tue) at ..." keeps its "(Tue)")
        part = re.sub(r"\([^()]*\)?", lambda m: " " * len(m.group(0)), original)
        words = _PART_WORD.findall(part)
        if self._role_before_noun(seg, original, part, words, at):
            return
        if self._glossed_role(seg, original, at):
            return
        applicant = _APPLICANT_AFTER.search(part)
        if applicant and applicant.start() > 0:
            # "Interview: Parish Secretary applicant — ...": a calendar's title of the job
            # and the one applying for it
            original, part = original[: applicant.start()], part[: applicant.start()]
            words = _PART_WORD.findall(part)
        shift = _SHIFT_AFTER.search(part)
        if shift and shift.start() > 0:
            # "press operator 2nd shift": the job, then when it is worked
            original, part = original[: shift.start()], part[: shift.start()]
            words = _PART_WORD.findall(part)
        kept = [
            w
            for i, w in enumerate(words)
            if w.lower() not in _HEADING_NOISE
            # ("First Officer", "Second Engineer": a rank of the job, not of the interview)
            or (
                w.lower() in _RANKS
                and i + 1 < len(words)
                and words[i + 1].lower() in self.vocab.role_words
            )
            # ("De Gouden Korenaar", "The Kittiwake Hotel": an article opening a name)
            or (
                i == 0
                and w in _NAME_ARTICLES
                and len(words) > 2
                and all(x[:1].isupper() for x in words[1:])
            )
        ]
        if (
            words
            and words[0].lower() in _INTERVIEW_WORDS
            and kept
            and all(k.lower() in _INTERVIEW_KINDS for k in kept)
        ):
            return  # "entrevista técnica + cultural": the kind of interview, no job's name
        while kept and kept[0].lower() in _LEADING_NOISE:
            kept = kept[1:]  # "notes after Swan River Family Dental": the employer after it
        if not kept:
            return
        bare_kept = [w.lower().strip("().").replace(".", "") for w in kept]
        named_at = [i for i, b in enumerate(bare_kept) if i and b in self.vocab.company_words]
        if (
            named_at
            and all(k[:1].islower() for k in kept[named_at[-1] + 1 :])
            and re.search(re.escape(kept[named_at[-1]]) + r"[ \t]", part)  # not "Co-operative"
            # (not "control systems engineer", "Lost Property Center staff": one word of a
            # job after the company word makes it the job's; "Kowhai Freight forklift driver
            # job" is the employer, then the job)
            and not (bare_kept[-1] in self.vocab.role_words and named_at[-1] == len(kept) - 2)
        ):
            kept = kept[: named_at[-1] + 1]  # "interview Kuller Logistics OÜ done": not "done"
        polish_at = next((i for i, k in enumerate(kept) if i and k.lower() in ("sp", "sp.")), None)
        if polish_at is not None:
            kept = kept[: polish_at + 1]  # "... Sp. z o.o.": its small words are the legal form's
        first = part.find(kept[0])
        last_word = kept[-1]
        end = _closing_quote(original, first, part.rfind(last_word) + len(last_word))
        polish = (
            _POLISH_FORM_TAIL.match(original, end) if last_word.lower() in ("sp", "sp.") else None
        )
        if polish is not None:
            end = polish.end()  # "Śląskie Rozbiórki Sp. z o.o.": the legal form in full
        value = _OTHER_SCRIPT_AFTER.sub("", original[first:end].strip())
        said = _ACRONYM_IS.match(value)
        if said and abbreviates(said.group("acronym"), value[said.end() :].split()):
            first, value = first + said.end(), value[said.end() :]
        # (a lone "&" is no word: "Al Waha Rehab & Sports Medicine Centre" has six)
        if not value or shape_problem(value, max_words=6 + value.split().count("&")):
            return
        lows = [w.lower().strip("().") for w in kept]
        if self._named_employer(seg, original, at):
            return
        # "A.Ş." and "W.L.L." as the vocabulary has them; "a.s.", "d.d." and "a.d." (Czech and
        # Slovak, Slovenian and Croatian, Serbian joint-stock companies) spelled so only with
        # their dots, as "as", "dd" and "ad" are English words
        bare = ["ltd" if _DOTTED_LEGAL.fullmatch(w) else w.replace(".", "") for w in lows]
        dated = _WHEN_WORDS.search(value) is not None
        if dated and not (len(kept) == 2 and _ROLE_SUFFIX.search(lows[-1])):
            return  # a date is no employer ("Saturday bookseller" is a role)
        if lows[-1] in _ENDS_NO_ROLE:
            return  # "Reflections after (interview)": no role ends on "after"
        if (
            _YEAR.fullmatch(kept[-1])
            and not _LEGAL_SUFFIX.match(kept[-2] if len(kept) > 1 else "")
            and not _FOUNDED.search(value)
        ):  # "Cabin Crew Recruitment 2025": a campaign's or an event's title, no employer (a
            # shop "dal 1952" is one)
            return
        spelled = _SPELLED_OUT.match(original, first)
        if len(kept) == 1 and spelled is None and kept[0].isupper():
            # "MCP interview notes (Mekong Clearance Partnership)": the bracket further on
            spelled = next(
                (
                    b
                    for b in _BRACKETED_NAME.finditer(original, first)
                    if abbreviates(kept[0], b.group("name").split())
                ),
                None,
            )
        if len(kept) == 1 and spelled is not None:
            # "GZUD (Gdański Zarząd Utrzymania Dróg)": an acronym and its name, an organisation
            # (the name as the email writes it)
            loc = _located(spelled.group("name"), seg, at + spelled.start("name"), "cue")
            self.found.companies.append((2, self._next(), loc))
            self.found.title_lines.add(seg.line)
            return
        # "CACAO MITAD DEL MUNDO — chocolatero/a de taller": a title's name in capitals (one
        # word alone, "PASTRY", is a shout)
        shouted = (
            # (beside the notes' own title too when it ends in an organisation's word:
            # "SALT CITY LACROSSE CLUB — youth program director interview")
            (shout_ok or lows[-1] in self.vocab.company_words)
            and len(kept) > 1
            and value.isupper()
            and not any(c.isdigit() for c in value)  # "AGENDA 2026" is a diary's
        )
        loc = _located(_unshouted(value) if shouted else value, seg, at + first, "cue")
        role_like, of_field = self._role_like(kept, lows, value)
        if (
            role_like
            and len(kept) == 1
            and kept[0][:1].isupper()
            and lows[0] not in self.vocab.role_words
            and seg.text[:at].rstrip().endswith(",")
        ):
            role_like = False  # "Harbour Cafe, Napier - ...": a place after the employer's comma
        named = all(
            k[:1].isupper() or (k[:1].isdigit() and i > 0) or k.lower() in _JOINERS
            for i, k in enumerate(kept)
        ) and (shouted or not any(k.isupper() and len(k) > 3 for k in kept))
        acronym_met = (
            len(kept) == 1
            and kept[0].isupper()
            and kept[0].isalpha()
            and len(kept[0]) <= 8
            and words.index(kept[0]) > 0
            and words[words.index(kept[0]) - 1].lower() in _INTERVIEW_WORDS
        )
        of_place = len(lows) > 2 and lows[1] == "of" and lows[0] in self.vocab.company_words
        kind_first = self._kind_first(kept, lows)
        if kind_first is not None and not role_like:
            # "ENTREVISTA - Fundación Tunari para Personas Ciegas", "Calzoleria Esposito dal
            # 1952 (Chiaia)": the kind of organisation first, then its capitalised name
            end = part.find(kind_first[-1], part.find(kept[0])) + len(kind_first[-1])
            acronym = re.match(r"[ \t]*\(([A-Z]{2,8})\)", original[end:])
            if acronym and abbreviates(acronym.group(1), kind_first):
                end += acronym.end()  # "... des Marchés de Cotonou (AMMC)": its letters too
            end = _closing_quote(original, first, end)
            named_value = original[first:end].strip()
            if not shape_problem(named_value, max_words=7):
                # ("CLÍNICA EQUINA DEL LITORAL — Paysandú — ...": an email does not shout)
                written = _unshouted(named_value) if shouted else named_value
                loc = _located(written, seg, at + first, "cue")
                self.found.companies.append((3, self._next(), loc))
                self.found.title_lines.add(seg.line)
                return
        capitalised = kept[0][:1].isupper() or self.lower  # "after the lunch service" is a time
        # "Duty Manager Ramp Operations": a job, then the department it is in ("Pilbara Rail
        # Operations", "SkyLink Ground Services" end a firm's name on the same word)
        in_department = (
            bare[-1] in self.vocab.role_words
            and role_like
            and any(w in _RUNS_A_DEPARTMENT for w in lows[:-1])
        )
        # (a lower-case memo's "ok so interview at the workshop today, ...": a sentence about
        # the interview, its place a common noun after "the", no name; "samtale med qimmeq
        # tours" names one)
        told_of = (
            self.lower
            and any(w.lower() in _INTERVIEW_WORDS for w in words)
            and bool(re.search(r"\bthe[ \t]+[^\W\d_]+[ \t]*(?:today|yesterday)?[ \t]*$", part))
        )
        if (capitalised and not told_of) and (
            (not role_like and (of_place or any(w in self.vocab.company_words for w in bare[1:])))
            or (
                len(kept) > 1
                and bare[-1] in self.vocab.company_words
                and not of_field
                and not in_department
            )
        ):
            legal = _LEGAL_SUFFIX.match(kept[-1]) is not None  # "... Solutions Inc."
            self.found.companies.append((4 if legal else 3, self._next(), loc))
            self.found.title_lines.add(seg.line)
        elif (
            not role_like
            and len(kept) > 2
            and lows[0] in self.vocab.role_words
            and lows[1] in self.vocab.role_words
            and not any(w in self.vocab.company_words for w in bare)
        ):
            # "Interview – Head Coach U17 Water Polo": a job's title, then what it is of (the
            # team, the region), not an employer's name
            self.found.roles.append((3, self._next(), loc))
            self.found.title_lines.add(seg.line)
        elif not role_like and (named or acronym_met) and len(kept) <= 5 and kept[0][:1].isalpha():
            # a capitalised part of a title line that is no role: the employer, or a city
            # (a name of two words or more, or an acronym the interview was at, is more likely
            # the employer)
            rank = 1 if shouted else 2 if len(kept) > 1 or acronym_met else 0
            where = _after_when(seg.text, at + first) or _before_when(
                seg.text, at + first + len(value)
            )
            if _ADDRESS_PART.search(seg.text) or (where and not self._organisation_word(bare)):
                # "Sabtu pagi, GOR Garuda Muria, Jl. Jenderal Sudirman": a line that gives a
                # street names where the interview was, the venue (a hall, a site) more often
                # than the employer; so does a name beside the day, after its comma or before
                # one ("entrevista 26/02/2026 qui, Barão Geraldo", "Friday night, kitchen
                # table, Ħaż-Żebbuġ.", "Puerto Natales, domingo en la noche"): a diary's when
                # and where
                rank = 0
            self.found.companies.append((rank, self._next(), loc))
            self.found.title_lines.add(seg.line)
        elif role_like and self._all_role_words(kept, lows, value):
            self.found.roles.append((4, self._next(), loc))
            self.found.title_lines.add(seg.line)
        elif (
            words
            and words[0] != kept[0]
            and (
                words[0].lower() in _INTERVIEW_WORDS | _APPLICATION_WORDS
                or names_the_notes(words[0], any_language=True)
            )
            and len(kept) <= 3
            and all(k.islower() and k.isalpha() and k not in FUNCTION_WORDS for k in kept)
            and not any(k in _INTERVIEW_OVER for k in kept)
            # ("notes pour relance", "notas para el correo": what the notes are for)
            and not any(k in _NOTES_FOR for k in kept)
            and not self.lower
        ):
            # "# Sollicitatie molenaar – De Witte Molen": the interview's word, then a job in
            # lower case the vocabulary does not know
            self.found.roles.append((3, self._next(), loc))
            self.found.title_lines.add(seg.line)

    def _named_employer(self, seg: _Seg, original: str, at: int) -> bool:
        """A part that opens with a legal form and then a name in quotes ('ТОО "Turkestan
        Highway Operator"'): the employer, never the role."""
        legal = _LEGAL_FIRST.match(original)
        if legal is None or shape_problem(legal.group("name"), max_words=6):
            return False
        loc = _located(legal.group("name"), seg, at + legal.start("name"), "cue")
        self.found.companies.append((3, self._next(), loc))
        self.found.title_lines.add(seg.line)
        return True

    def _role_before_noun(
        self, seg: _Seg, original: str, part: str, words: list[str], at: int
    ) -> bool:
        """`Mashgiach position`, `Sous Chef job`: a part that ends on a word for a job names
        the role in the words before it (the part's own noise, "interview for", passed over)."""
        dated = words
        while len(dated) > 2 and dated[-1][:1].isdigit():
            dated = dated[:-1]  # "cashier interview 20/01/2026": the date after it
        interview = (
            len(dated) >= 2
            and dated[-1].lower() in _INTERVIEW_WORDS
            and dated[-2].lower() in self.vocab.role_words
        )  # "Mosi Forex Bureau - cashier interview 20/01/2026": the job before the interview
        if interview:
            words = dated
        if len(words) < 2 or (words[-1].lower() not in self.vocab.role_nouns and not interview):
            return False
        before = words[:-1]
        while before and before[0].lower() in _NOISE:
            before = before[1:]
        lows = [w.lower() for w in before]
        if not before or len(before) > 4 or any(w in _HEADING_NOISE | _NOT_A_ROLE for w in lows):
            return False
        if len(before) == 1 and before[0].isupper():
            return False  # "Interview RSE position": an acronym the notes spell out elsewhere
        if any(w in self.vocab.company_words for w in lows) or _WHEN_WORDS.search(" ".join(lows)):
            return False
        named = 0
        while named < len(before) and before[named][:1].isupper():
            named += 1
        if (
            not self.lower
            and 2 <= named < len(before)
            and not any(w in self.vocab.role_words | self.vocab.title_words for w in lows[:named])
        ):
            # "Pinedale Cartage log truck job": the employer's name, then the job in lower case
            start = part.find(before[0])
            stop = part.find(before[named - 1], start) + len(before[named - 1])
            employer = original[start:stop].strip()
            if not shape_problem(employer, max_words=4):
                loc = _located(employer, seg, at + start, "cue")
                self.found.companies.append((2, self._next(), loc))
                before = before[named:]
        first = part.find(before[0])
        end = part.rfind(before[-1]) + len(before[-1])
        value = original[first:end].strip()
        if shape_problem(value, max_words=5):
            return False
        if (
            not self.lower
            and len(before) >= 2
            and named == len(before)
            and not any(w in self.vocab.role_words for w in lows)
            and _ROLE_SUFFIX.search(lows[-1]) is None
            and not any(w.isupper() for w in before)  # "ECO I job": a grade, spelled short
        ):
            # "log — Kestrel Geospatial job": a name with no job's word is no job; maybe the
            # employer's ("Youth Ministry job" is a field), so only a weak guess, shown
            self.found.companies.append((1, self._next(), _located(value, seg, at + first, "cue")))
            return True
        self.found.roles.append((4, self._next(), _located(value, seg, at + first, "cue")))
        self.found.title_lines.add(seg.line)
        return True

    def _glossed_role(self, seg: _Seg, original: str, at: int) -> bool:
        """`roupeiro (kit manager)`, `pilota motoscafo (water taxi driver)`: a job in the notes'
        language glossed in English in brackets; the English is the role the email names."""
        m = _GLOSS.fullmatch(original)
        if m is None:
            return False
        outside, inside = m.group("outside"), m.group("inside")
        if all(names_the_notes(w, any_language=True) for w in outside.split()):
            return False  # "notes (ne pas effacer)": the notes' own word and a note to keep them
        lows = [w.lower() for w in inside.split()]
        known = lows[-1] in self.vocab.role_words
        # (a job the vocabulary lacks, of two words or more ending like one: "Pattern Cutter")
        suffixed = len(lows) > 1 and _ROLE_SUFFIX.search(lows[-1]) is not None
        if not (known or suffixed) or lows[-1] in _NO_JOB_ENDS:
            return False  # "(Hangang Media HR)", "(Halifax Shopping Centre store)": a place
        if lows[-1] in self.vocab.company_words:
            return False  # "City of Cedarbrook (By-law Services)": a department
        outer = outside.lower().split()
        if (
            len(outer) > 3
            or outer[-1] in self.vocab.role_words
            or (
                len(outer) > 1
                and _ROLE_SUFFIX.search(outer[-1]) is not None
                and all_english(outside)  # (not "Escenógrafo pintor (scenic painter)")
            )
            # (in capitals; a script without case, "시설 정비 (facility maintenance
            # technician)", is the notes' own job)
            or (outer[0].isascii() and not re.search("[a-z]", outer[0]))
        ):
            # "Assistant Store Manager (...)", "Emergency Call Handler (trainee)": a role of its
            # own, read as one
            return False
        organisation = outside[:1].isupper() and outer[0] in self.vocab.organisation_firsts
        if not organisation and any(
            w.lower().strip(".") in self.vocab.company_words for w in outside.split()
        ):
            return False
        person = name_at(outside, 0, self.vocab, self.lower)
        if (
            not organisation
            and person is not None
            and outside[:1].isupper()
            and person.end >= len(outside.rstrip())
        ):
            return False  # "Ana Ruiz (store manager)": a person and her job (not "Superviseur
            # de collecte (Waste Collection Supervisor)", whose lower-case word no name has)
        loc = _located(inside, seg, at + m.start("inside"), "cue")
        self.found.roles.append((4, self._next(), loc))
        self.found.title_lines.add(seg.line)
        if organisation:
            # "Stáj Labská Niva (apprentice jockey)": an organisation by the word that opens
            # its name, and the job applied for there
            named = outside.strip()
            start = at + m.start("outside") + outside.find(named)
            self.found.companies.append((3, self._next(), _located(named, seg, start, "cue")))
        return True

    def _organisation_word(self, words: list[str]) -> bool:
        """Whether a word of these names an organisation ("Río Bravo County District Court",
        "Régie du Canal"): then no mere place, whatever comes before it."""
        v = self.vocab
        kinds = v.company_words | v.organisation_heads | v.organisation_firsts | v.organisation_of
        return any(w in kinds for w in words)

    def _kind_first(self, kept: list[str], lows: list[str]) -> list[str] | None:
        """The words of an organisation's name that opens with its kind ("Fundación Tunari para
        Personas Ciegas"): the kind, then capitalised words, joined by short lower-case ones
        ("para", "du", "de la"); it ends before a word that is neither ("dal 1952")."""
        if (
            len(kept) > 2
            and kept[0][:1].isupper()
            and kept[1].islower()
            and lows[1] in self.vocab.organisation_firsts
            and kept[2][:1].isupper()
        ):
            # "Debatni klub Celje", "Kulturno društvo Svoboda": a word of its kind, the kind
            # written small, then the name
            out, i = kept[:3], 3
        elif (
            len(kept) < 2
            or lows[0].strip(".") not in self.vocab.organisation_firsts
            or not kept[0][:1].isupper()
        ):
            return None
        elif _capital_word(kept[1]):
            out, i = kept[:2], 2
        elif len(kept) > 2 and len(kept[1]) <= 4 and kept[1].islower() and _capital_word(kept[2]):
            out, i = kept[:3], 3  # "Coláiste na Trá", "Escuela de Música": a joiner, a name
        else:
            return None
        while i < len(kept):
            word = kept[i]
            if _capital_word(word):
                out.append(word)
            elif _LEGAL_LOWER.fullmatch(word):
                out.append(word)  # "Laboratorio Mosaico Classe Restauri s.r.l."
                break
            elif len(word) <= 4 and i + 1 < len(kept) and kept[i + 1][:1].isupper():
                out += [word, kept[i + 1]]
                i += 1
            elif (
                len(word) <= 4
                and i + 2 < len(kept)
                and len(kept[i + 1]) <= 4
                and kept[i + 1].islower()
                and kept[i + 2][:1].isupper()
            ):
                out += kept[i : i + 3]  # "Museo del Maíz y la Milpa": two joiners, a name
                i += 2
            else:
                break
            i += 1
        return out

    def _role_like(self, kept: list[str], lows: list[str], value: str) -> tuple[bool, bool]:
        """Whether a title line's part reads as a job title, and whether as a role word and its
        field ("Lecturer in Structural Engineering", "Head of Data"), which no company is."""
        region = (
            len(kept) > 2
            and kept[-1].isupper()
            and not kept[-2].isupper()  # "CONSERVATOIRE OF MUSIC" is shouted, no region
            and kept[-1].isalpha()  # "S.A.E." is a legal form, not a region
            and lows[-1] not in self.vocab.company_words  # "... Lab AB": a legal form
            and lows[-2] in self.vocab.role_words
            and lows[-2] not in _JOINERS
        )
        # "Lecturer in Structural Engineering", "Head of Data": a role word, then its field
        of_field = len(kept) > 2 and lows[0] in self.vocab.role_words and lows[1] in ("in", "of")
        # "Técnico de Gas de Relleno Sanitario", "Responsable des Achats": the Romance
        # languages' job noun, "de" and its field, which may run longer
        romance_field = (
            2 < len(kept) <= 7
            and lows[0] in self.vocab.role_heads
            and lows[1] in _ROMANCE_OF
            and not any(w.replace(".", "") in self.vocab.company_words for w in lows[2:])
        )
        if organisation_of_field(lows, self.vocab) or lows[0] in _ARTICLES:
            # ("entrevista en el taller": a job's name opens with no article; the workshop)
            return False, False
        if len(lows) > 2 and re.fullmatch(r"[ivx]{1,4}|\d", lows[-1]) and lows[-2] == "grade":
            lows = lows[:-2]  # "Health Inspector Grade II": the job before its grade
        elif len(lows) > 1 and (
            re.fullmatch(r"i{1,3}|iv|v|vi{1,3}", lows[-1]) or _AGE_GROUP.fullmatch(lows[-1])
        ):
            lows = lows[:-1]  # "Planner II"; a team's age group, "goalie coach U16/U18"
        # "Projectista Fotovoltaico", "Profesional Especializado": the job noun first, as the
        # Romance languages write it, then its adjectives or field (no organisation's word)
        noun_first = (
            1 < len(kept) <= 4
            and lows[0] in self.vocab.role_heads
            and not any(w.replace(".", "") in self.vocab.company_words for w in lows[1:])
        )
        role_like = (
            len(kept) <= 5
            and (
                (
                    lows[-1] in self.vocab.role_words
                    # "Brightline Data": a word that modifies a job ends no job's name
                    and not (len(kept) > 1 and lows[-1] in _PLACE_ENDS)
                )
                or region  # "Senior Sales Engineer DACH"
                or of_field
                or noun_first
                or (
                    len(kept) <= 3
                    and _ROLE_SUFFIX.search(lows[-1]) is not None
                    and not any(w in self.vocab.company_words for w in lows)
                    and not (len(kept) == 2 and kept[0][:1].isupper() and _PARTNERS.search(value))
                    and lows[0].strip(".") not in self.vocab.organisation_firsts
                )  # "Mortgage Broker", "Saturday bookseller", "Speech-Language Pathologist"
                # (but "Brandl & Oettinger" are partners of a firm, "Residencial Bem Viver" a
                # care home)
            )
        )
        return role_like or romance_field, of_field or romance_field

    def _all_role_words(self, kept: list[str], lows: list[str], value: str) -> bool:
        """A role-like part is taken as the role only when every word can be part of one (a
        city or a name in it would make it something else)."""
        if len(kept) > 1 and _AGE_GROUP.fullmatch(kept[-1]):
            # "goalie coach U16/U18": the job, then the team's age group
            kept, lows, value = kept[:-1], lows[:-1], value[: value.rfind(kept[-1])].rstrip()
        return all(
            w in ("of", "and", "&", "in")
            or w in _ROMANCE_OF
            or w in self.vocab.role_words
            or any(c.isupper() for c in k)  # "iOS Engineer"
            or w == lows[-1]  # "Saturday bookseller": its last word makes it a role
            or (w.isdigit() and i > 0)  # "Year 3 teacher", "Level 2 technician"
            # "night shift store manager": when the job is worked, before its name
            or (w in _SHIFT_TIMES and i + 2 < len(lows) and lows[i + 1] == "shift")
            for i, (w, k) in enumerate(zip(lows, kept, strict=True))
        ) or (  # "licensed plumber", "legal secretary"
            len(kept) <= 3
            and value.islower()
            # (not "back from the ranger" of "back from the ranger interview": where one went)
            and not any(w in _WHERE_FROM for w in value.split())
            and (
                _ROLE_SUFFIX.search(lows[-1]) is not None
                or (lows[-1] in self.vocab.role_words and lows[-1] not in _ROLE_MODIFIERS)
            )
        )
