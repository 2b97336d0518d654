"""A job the notes name in two languages, said once, in English, its abbreviations spelled out.

Notes written by people abroad name the job as the employer does and then in English, or the
other way round: "Rørlegger / Pipefitter", "Toolmaker / Troquelero Sr", "SOC Analyst L2
(Analista SOC nivel 2)", "Flood Forecasting Engineer (洪水預報工程師)". An English email says
the English side ("the Pipefitter role"); a side or a bracket in English is kept, and so is a
job named only in another language (the notes give nothing else to say).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from followup.understanding.vocabulary import vocabulary

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_OTHER_SCRIPT = re.compile(r"[^\x00-\u024f\s\d\W]")
# two names of the job, a slash with spaces between (not "Tierpfleger/in", "Laravel/Vue"), or
# an equals sign ("technik úpravy vody = pool water treatment technician")
_SIDES = re.compile(r"[ \t]+[/=][ \t]+")
# a spaced dash, between a job and what it is of as often as between its two names: one side
# must be English by the dictionary and the other not ("řezbář loutek — marionette carver",
# "Capataz — Foreman"; not "Team Leader – Tech Support", "Ski Patroller — Winter 2026")
_DASH_SIDES = re.compile(r"[ \t]+[—–][ \t]+")
_BRACKET = re.compile(r"[ \t]*\(([^()]*)\)")
# the last word of a job ("... Supervisor", "falconer", "clerk"): a bracket that only qualifies
# ("(sleeper + couchette)", "(Seed Conservation)") is no job
_JOB_END = re.compile(
    r"(?:er|or|ist|ian|ant|ent|man|woman|person|hand|clerk|nurse|chef|cook|lead|apprentice|"
    r"trainee|intern|pilot|guide|aide|crew|coach)s?$"
)
_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
# the endings of a doer's word, for a gloss's last word the job list lacks ("woodcarver"); not
# "-ent" or "-ant", which end as many adjectives ("permanent", "part-time assistant" aside)
_GLOSS_JOB_END = re.compile(r"(?:er|or|ist|ian)s?$")
# how much more of one side must be English words for it to be the English one
_CLEAR = 0.5


# a bracket of the contract's terms ("(CDI 28h)", "(m/w/d)", "(80–100%)", "(full time)"): the
# advert's, never part of the job's name in an email
_TERMS = re.compile(
    r"[ \t]*\((?=[^()]*(?:\b(?:CDI|CDD|[mwfd]/[mwfd]/[mwfd]|[hf]/[hf]|full[- ]?time|part[- ]?time"
    r"|temps plein|temps partiel|Vollzeit|Teilzeit)\b|\d+[ \t]*(?:h|hrs?|%)(?!\w)))[^()]*\)",
    re.IGNORECASE,
)
# the terms of a job after a dash or comma that end a role's value
_JOB_TERM = (
    r"(?:(?:full|part)[\s-]?time|permanent|temporary|fixed[\s-]term|seasonal|contract|"
    # the same in the languages notes mix in ("Youth minister (...), medio tiempo") and a
    # contract's length ("lexicographer, full time, 2 years")
    r"medio[\s-]tiempo|tiempo[\s-](?:completo|parcial)|media[\s-]jornada|jornada[\s-]completa|"
    r"temps[\s-](?:plein|partiel)|mi-temps|meio[\s-]per[ií]odo|tempo[\s-](?:integral|pieno|parziale)|"
    r"vollzeit|teilzeit|\d{1,2}[\s-](?:years?|months?|yrs?))"
)
JOB_TERMS_TAIL = re.compile(
    rf"(?:\s+[-–—]|\s*,)\s+{_JOB_TERM}(?:\s*(?:,|and|&)\s*{_JOB_TERM})*\s*$", re.IGNORECASE
)
# what of the employer's a job is for ("... for their new grafted walnut plantation")
_FOR_THEIR = re.compile(r"[ \t]+for[ \t]+(?:their|our|his|her)[ \t]+\S.*$", re.IGNORECASE)
# a bracket that adds a duty to the job: "(+ subtitles operator)", "(and kit manager)"
_ADDED_DUTY = re.compile(r"[ \t]*\([ \t]*(?:\+|&|plus\b|and\b)[ \t]*([^()]+?)[ \t]*\)")
# a word in another script beside an English name of the job ("Oceanographic Field Technician
# 海洋调查技术员")
_SCRIPT_WORD = re.compile(r"[ \t]*(?:(?![\x00-\u024f])[^\W\d_])+(?=\s|$)")


# a bracket that opens on one of these says where the job sits, no gloss of it
_NO_GLOSS_FIRST = frozenset(
    "under below beside alongside with for at in on of to from by as reporting the a an".split()
)


def job_title(role: str) -> str:
    """The job as an English email names it: the English side, without the contract's terms
    or a word in another script, its abbreviations spelled out, not a possessive."""
    plain = _TERMS.sub("", role).strip() or role
    plain = JOB_TERMS_TAIL.sub("", plain) or plain  # "Youth minister, medio tiempo"
    # "Orchard manager for their new grafted walnut plantation": the job, then what of theirs
    # it is for, which an email's "the ... role" leaves out
    plain = _FOR_THEIR.sub("", plain) or plain
    # "prompter (+ subtitles operator)": a duty added in brackets is part of the job
    plain = _ADDED_DUTY.sub(r" and \1", plain)
    plain = re.sub(r"[ \t]+slash[ \t]+", " / ", plain)  # dictated: "Diver slash Field Officer"
    named = in_english(plain)
    bare = _SCRIPT_WORD.sub("", named).strip(" \t=:|/,;–—-")  # "介護リーダー = Care Team Leader"
    if bare and bare != named and _english_share(bare) >= _CLEAR:
        named = bare
    named = spelled_out(named)
    return re.sub(r"(?<=\w{3})['’]s$", "", named)  # "the sexton's job": a sexton


def in_english(role: str) -> str:
    """The role's English side, or the role as the notes give it."""
    glossed = _BRACKET.search(role)
    if glossed and _BRACKET.sub(" ", role).strip():
        inside = glossed.group(1)
        # (two words at least, an acronym among them: "técnico inseminador (AI technician)")
        if (
            len(inside.split()) >= 2
            and len(_scored(inside)) >= 1
            and "+" not in inside  # "(bath cleaning + guest guide)": its duties, no gloss
            # "(under the master)": whom the job is under, no gloss of it
            and inside.split()[0].lower() not in _NO_GLOSS_FIRST
            and _english_share(inside) == 1
            and _JOB_END.search(_scored(inside)[-1].lower()) is not None
            and (
                _english_share(_BRACKET.sub(" ", role)) <= _CLEAR
                # ("Auxiliar de Bodega (Warehouse Assistant)": the job words count as known in
                # other languages too; by the dictionary alone only the bracket is English)
                or english_gloss(_BRACKET.sub(" ", role), inside)
            )
        ):
            # "Ouvrier ostréicole / responsable export (Oyster Farm Worker and Export Orders)":
            # the English in the bracket is the job
            return inside.strip()
    # (offsets kept, and no space a slash's sides could take: "AFIS Officer (trainee) / ...")
    blanked = _BRACKET.sub(lambda m: "_" * len(m.group(0)), role)
    slashes = list(_SIDES.finditer(blanked))
    if len(slashes) == 1:
        at = slashes[0]
        parts = [role[: at.start()], role[at.end() :]]
        scores = [_english_share(_BRACKET.sub(" ", p)) for p in parts]
        best = 0 if scores[0] >= scores[1] else 1
        other = _scored(_BRACKET.sub(" ", parts[1 - best]))
        # (a side of acronyms alone, "Data Analyst / BI", is no other language; a side that
        # names no job, "Assistante laboratoire / cave", is half of one name, not its gloss)
        if (
            other
            and scores[best] >= _CLEAR
            and (
                scores[best] - scores[1 - best] >= _CLEAR
                # "Community Relations Officer / agent relations communautaires", "cabinetmaker
                # / tukang kayu for the export line": one side all English, the other with a
                # lower-case word no English dictionary has, and no job's ending of its own
                or (scores[best] == 1 and _foreign_no_job(other))
            )
            and _names_a_job(parts[best])
        ):
            role = parts[best].strip()
        else:
            # "technicien four / kiln technician": the job words of other languages count as
            # known above; by the dictionary alone one side is English
            role = _glossed_side(role, at, english_gloss)
    dashes = list(_DASH_SIDES.finditer(blanked))
    if not slashes and len(dashes) == 1:
        role = _glossed_side(role, dashes[0], dash_gloss)
    return _without_foreign_brackets(role)


def _glossed_side(role: str, at: re.Match[str], glosses: Callable[[str, str], bool]) -> str:
    """The side of the role, either side of `at`, that `glosses` finds is the other side's
    English name; the role as it was when neither is."""
    first, second = role[: at.start()], role[at.end() :]
    if glosses(first, second):
        return second.strip()
    if glosses(second, first):
        return first.strip()
    return role


def english_gloss(job: str, gloss: str, *, after_comma: bool = False) -> bool:
    """Whether `gloss`, after a comma or in brackets, is the job's English name and `job` is
    in another language: "apprendista squerariol, apprentice boatbuilder", "Coordinadora de
    Locaciones (Location Coordinator)"."""
    words = _scored(_BRACKET.sub(" ", gloss))
    others = _scored(_BRACKET.sub(" ", job))
    if not words or not others or gloss.split()[0].lower() in _NO_GLOSS_FIRST:
        return False  # ("..., with English and German": what the job needs, no name of it)
    last = words[-1].lower()
    return (
        all(_in_dictionary(w) for w in words[:-1])
        # the last word a job's ("coordinator"), or a compound the dictionary lacks that ends
        # like one ("boatbuilder"); not a word that only ends so ("October", "German")
        and (
            last in vocabulary().role_words
            or (
                _GLOSS_JOB_END.search(last) is not None
                and last not in vocabulary().demonyms
                and last not in _MONTHS
            )
        )
        and sum(map(_in_dictionary, others)) / len(others) <= _CLEAR
        # (after a comma, not the job's English name with a word after it: "Potline Operator
        # (Reduction), shift")
        and not (
            after_comma
            and _in_dictionary(others[-1])
            and others[-1].lower() in vocabulary().role_words
        )
    )


def dash_gloss(job: str, gloss: str) -> bool:
    """A gloss after a dash, held to more: no word of the job's side is English ("řezbář
    loutek — marionette carver"; not "Ski Patroller — Winter 2026", "Senior Sonographer —
    General & O&G", a job and what it is of)."""
    side = _scored(job)
    return english_gloss(job, gloss) and (
        not any(map(_in_dictionary, side))
        # "Yurt Müdürü — dormitory manager": a side with letters beyond English ones is in
        # another language, though a word of it is also English ("yurt"); not "Café Manager",
        # whose job word is English
        or (any(not w.isascii() for w in side) and not _known(side[-1]))
    )


def _in_dictionary(word: str) -> bool:
    """An English word by the dictionary alone (the job words also hold other languages'
    "técnica", "coordinadora")."""
    from followup.lint.checks.spelling import lexicon

    return word.isascii() and word.lower() in lexicon()


def _names_a_job(side: str) -> bool:
    """Whether a side of a slash names a job: a job's word, or a word that ends like one."""
    words = [w.lower() for w in _scored(_BRACKET.sub(" ", side))]
    return bool(words) and (
        any(w in vocabulary().role_words for w in words) or _JOB_END.search(words[-1]) is not None
    )


def _foreign_no_job(words: list[str]) -> bool:
    """Whether a side's words hold a lower-case word that is no English one, and its last word
    ends like no English job ("agent relations communautaires"; not "Nocturnist")."""
    return (
        any(w[:1].islower() and not _known(w) for w in words)
        and _JOB_END.search(words[-1].lower()) is None
    )


def _without_foreign_brackets(role: str) -> str:
    """ "Ticket Inspector (kontrolor)" -> "Ticket Inspector": a bracket in another script, or
    whose lower-case words are mostly not English, goes when the rest has an English word
    (a bracket of names stays: "(Laravel / Vue.js)")."""
    outside = _BRACKET.sub(" ", role)
    if _english_share(outside) == 0:
        return role

    def cut(m: re.Match[str]) -> str:
        inside = m.group(1)
        if _OTHER_SCRIPT.search(inside):
            return ""
        # (a name with a dot or a digit, "Vue.js", "S4", is no word of a language)
        plain = re.sub(r"\S*[.\d]\S*", " ", inside)
        lower = [w for w in _WORD.findall(plain) if w[:1].islower()]
        foreign = [w for w in lower if not _known(w)]
        return "" if foreign and len(foreign) > len(lower) - len(foreign) else m.group(0)

    return re.sub(r"\s+", " ", _BRACKET.sub(cut, role)).strip()


def all_english(text: str) -> bool:
    """Whether every scored word of a text is English ("Emergency Call Handler"; not
    "Escenógrafo pintor", "Dierverzorger")."""
    return _english_share(text) == 1


def _english_share(text: str) -> float:
    """The share of a text's words that are English (a word with letters beyond ASCII is not;
    acronyms and words with digits are left out)."""
    words = _scored(text)
    if not words:
        return 0.0
    return sum(1 for w in words if _known(w)) / len(words)


def _scored(text: str) -> list[str]:
    """A text's words, without acronyms ("SOC", "BI") and the smallest words ("de", "y")."""
    return [w for w in _WORD.findall(text) if len(w) > 2 and not (w.isupper() and len(w) <= 5)]


def _known(word: str) -> bool:
    """An English word by the dictionary or the job words (which hold other languages' too)."""
    low = word.lower()
    return low.isascii() and (low in vocabulary().role_words or _in_dictionary(low))


def spelled_out(role: str) -> str:
    """ "Asst Groundskeeper" -> "Assistant Groundskeeper", "night mgr" -> "night manager": the
    abbreviations notes use in a job, as an email writes them (capitalised as the word was)."""
    table = vocabulary().role_abbreviations

    def word(m: re.Match[str]) -> str:
        full = table.get(m.group(0).lower())
        if full is None:
            return m.group(0)
        return full.capitalize() if m.group(0)[:1].isupper() else full

    return re.sub(r"(?<![\w.])[A-Za-z]{2,5}\.?(?![\w])", word, role)


def latin_side(value: str) -> tuple[int, int] | None:
    """Where a value written twice, in another script and in Latin letters, has the Latin
    ("Ерлан Сейткали / Yerlan Seitkali", "Li Wei / 李伟"); None for any other value."""
    parts = value.split(" / ")
    if len(parts) != 2:
        return None
    latin = [bool(re.search(r"[A-Za-zÀ-ɏ]", p)) for p in parts]
    other = [bool(re.search(r"[^\W\d_A-Za-zÀ-ɏ]", p)) for p in parts]
    for i in (0, 1):
        if latin[i] and not other[i] and other[1 - i] and not latin[1 - i]:
            start = 0 if i == 0 else len(parts[0]) + 3
            text = parts[i]
            lead = len(text) - len(text.lstrip())
            return start + lead, start + len(text.rstrip())
    return None
