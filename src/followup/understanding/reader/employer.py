"""The employer and the role: cues in prose (`at Acme`, `for the Data Analyst role`), the
name a cue starts (`_name_run`), and a labelled value cleaned of what cannot be part of one."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from followup.understanding.acronyms import abbreviates
from followup.understanding.facts import DOTTED_END, NO_END_ABBREVIATIONS, Located, shape_problem
from followup.understanding.glosses import english_gloss
from followup.understanding.people import FUNCTION_WORDS, capitalise, is_name_word, name_at
from followup.understanding.reader.dates import _Dates
from followup.understanding.reader.state import (
    CHAT_LINE,
    UPPER,
    _lines_before,
    _located,
    _Seg,
    _seg_on,
)
from followup.understanding.vocabulary import Vocabulary

_ROLE_STATE = frozenset("still open filled available closed gone taken advertised".split())
_LEGAL_FORMS = r"inc|ltd|llc|llp|plc|gmbh|co|corp|s\.?a|pty|lda|ltda|sdn|bhd"
_LEGAL_SUFFIX = re.compile(rf"^\s*(?:{_LEGAL_FORMS})\b", re.IGNORECASE)
# legal forms as they are written, for a memo written small ("pt gamalama rempah nusantara",
# an Indonesian company: "PT Gamalama Rempah Nusantara"); only the forms no word shares
_LOWER_LEGAL_FORMS = {
    "pt": "PT", "cv": "CV", "ud": "UD", "llc": "LLC", "gmbh": "GmbH", "plc": "PLC",
    "ltd": "Ltd", "ltda": "Ltda", "sdn": "Sdn", "bhd": "Bhd", "pty": "Pty", "llp": "LLP",
}  # fmt: skip
# a legal form that ends an organisation's name ("... LLC", "... S.A."; not "Co-op")
_LEGAL_FORM = re.compile(rf"(?:{_LEGAL_FORMS})\.?", re.IGNORECASE)
# a legal form's words after "company" ("... company private limited", "Company Ltd")
_LEGAL_WORDS = re.compile(r"(?:private|pvt|limited|ltd|inc|llc|plc|gmbh)\b", re.IGNORECASE)
# a job's word by its ending, then a spaced slash and its name in the writer's language
_SLASH_GLOSSED = re.compile(r"[^\W\d_]{2,}(?:ist|er|or|ian)[ \t]+/[ \t]+[^\W\d_]")
# what the candidate applied for (not what others apply for: "they applied for an Ontario
# licence"); its value must end like a job
_APPLIED = (
    r"(?<!\bthey\s)(?<!\bthey've\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bwe\s)(?<!\bit\s)"
    r"\bappl(?:y|ying|ied)\s+(?:for|to be)\s+(?:the\s+|an?\s+)?(?P<r>[^\n,.;:()]{2,60})"
)
_ROLE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # ("re jackaroo job": a one-liner's "regarding", with no article)
        r"\b(?:(?:for|about|re)\s+(?:the|a|an|their|this)|(?-i:re))\s+"
        # (no second article or cue inside: "for an hour about the Sous Chef job" is about it)
        r"(?P<r>(?:(?!\s(?:the|an?|about|re)\s)[^\n,.;:()]){2,60}?(?:\s*\([^()\n]{1,30}\))?)\s+"
        r"(?:role|position|job|opening|post|posting|vacancy|internship|apprenticeship|spot)\b",
        r"(?:\b(?:role|position|job|post|vacancy|title)\s+(?:is|was|=|:|of|as)\s+(?:an?\s+|the\s+)?"
        # "The job: Commis Chef apprentice at ...", "The post: Senior Auditor, Tax": the job
        # said in a sentence ("Old job: ..." is none)
        r"|\bthe\s+(?:role|position|job|post)\s*:\s+"
        # "for position Reef Survey Diver": the word for a job, then its name in capitals
        r"|\bfor\s+(?:position|post|vacancy)\s+(?=(?-i:[" + UPPER + r"]))"
        # "..., Rangiroa, poste Pearl Grader / trieur de perles": the word for a job opening a
        # part of a line, then its name in capitals
        r"|(?P<part>(?:^|[,;—–|]\s*)(?:position|post|poste|puesto|posto|vacancy|stelle)\s*:?\s+"
        r"(?=(?-i:[" + UPPER + r"])))"
        # "for the job Pferdewirtin / stable hand": the job's name in capitals right after
        r"|\bfor\s+the\s+(?:job|position|post|role)\s+(?=(?-i:[" + UPPER + r"])(?!I\b))"
        # "vaga de Arquiteta Júnior", "le poste de programmeuse gameplay": the word for a job in
        # another language, then its name (a "poste de travail" is a desk)
        r"|(?P<foreign>\b(?:vaga(?:\s+(?:de|para))?|(?:poste|puesto|posto|cargo)\s+(?:de|di))\s+"
        # (a word, not a dash: "the vaga — NOT to mention him" names no job)
        r"(?!(?:trabajo|travail|trabalho|lavoro|confianza|confiance)\b)(?=[^\W\d_])))"
        r"(?P<r>[^\n,.;:()]{2,60})",
        _APPLIED,
        r"\binterview(?:ed|ing)?\s+for\s+(?:the\s+|an?\s+)?(?P<r>[^\n,.;:()]{2,60})",
        r"\bhiring\s+(?:for\s+)?(?:the|a|an)\s+(?P<r>[^\n,.;:()]{2,60})",
        r"\btrial shift\b[^\n.;]{0,60}?\bfor\s+(?:the\s+|an?\s+)?(?P<r>[^\n,.;:()]{2,60})",
        # "the school nurse job interview": the job's name, its kind and the interview, in a
        # memo's run-on sentence (it must end like a job title, see _ROLE_ENDS_TITLE)
        r"\bthe\s+(?P<r>(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)\s+"
        r"(?:job|post|position|role)\s+interview\b",
        # "..., the Front Office Supervisor job", "Junior Cutter / Coat Maker position": the
        # job's name said with its kind (it must end like a job title, see _ROLE_ENDS_TITLE)
        r"(?:^|[,;:—–|]\s*|\.\s+|\b(?:is|was)\s+)(?:the\s+)?"
        r"(?P<r>[^\n,.;:()—–|]{2,60}?)\s+(?:role|position|job|posting|opening|vacancy|post|spot)\b",
        # "Position logistics coordinator (sea + rail).": a sentence that opens on the word for
        # a job, its colon left out, then the job in lower case (it must end like one)
        r"(?:^|[.!]\s+)(?-i:Position|Post|Role|Job)[ \t]+(?P<r>(?-i:[a-z])[^\n,.;:()]{1,59})",
        r"\bfor\s+(?:the\s+|an?\s+)?(?P<r>[^\n,.;:()]{2,60})",
        # "nudge Mx Robin Hale (...) re Chargeback Analyst - interviewed ...": a one-liner's
        # "regarding" and the job in capitals, up to a dash or a comma (it must end like a job)
        r"(?-i:\bre)\s+(?P<r>(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,4})"
        r"(?=[ \t]+[-–—][ \t]|[ \t]*[,;]|[ \t]*$)",
    )
]
# when a job is worked, said after its name in a memo ("boiler operator day and night")
_WHEN_WORKED = frozenset(
    "winter summer spring autumn fall day days night nights morning mornings evening evenings "
    "weekend weekends seasonal season both only shift shifts".split()
)
_APPLIED_FOR = next(p for p in _ROLE_PATTERNS if p.pattern == _APPLIED)
# in a memo written small, "for the position" and the job's words right after it, the first
# four of them (where it ends is `_role_after_word_lower`'s to say)
_WORD_THEN_JOB_LOWER = re.compile(
    r"\bfor[ \t]+the[ \t]+(?:job|position|post|role|vacancy)[ \t]+(?:of[ \t]+)?"
    r"(?P<r>[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,3})"
)
# a line that ends on the word for a job, its name on the next line ("... for the post" then
# "of Examinations Officer and Chief Invigilator.")
_CUE_AT_LINE_END = re.compile(
    r"\bfor[ \t]+the[ \t]+(?:post|position|role|job|vacancy)[ \t]*$", re.IGNORECASE
)
_OF_JOB_OPENS = re.compile(
    r"[ \t]*of[ \t]+(?P<r>(?-i:[A-Z])[^,.;:()\n]{2,60}?)(?=[ \t]*[,.;:(]|$)", re.IGNORECASE
)
# a job's gloss after a comma: up to four words, up to a word that starts what follows it
# ("capitán de lancha, boat captain for the tours")
_GLOSS_AFTER_COMMA = re.compile(
    r"[ \t]*,[ \t]*(?:i\.e\.[ \t]+|or[ \t]+|so[ \t]+|aka[ \t]+)?"
    r"(?P<g>[^\W\d_][\w'’-]*(?:[ \t]+(?!(?:for|at|in|with|on|of|and|but|so|to|from)\b)"
    r"[^\W\d_][\w'’-]*){0,3})",
    re.IGNORECASE,
)
# the joining word of a Romance language's job and its field ("Técnico de Gas ...")
_ROMANCE_OF = frozenset("de di da do du des del della dos das".split())
# the patterns above that count only when the phrase ends like a job title
_ROLE_ENDS_TITLE = frozenset(range(len(_ROLE_PATTERNS) - 5, len(_ROLE_PATTERNS)))
# "Manager of the Theoskepasti Pilgrim House": a job's title, then an employer's name
_OF_THE_NAMED = re.compile(r"[ \t]+of[ \t]+the[ \t]+((?:[A-Z][\w'’&-]*[ \t]+){1,5}[A-Z][\w'’&-]*)$")
# the last words of a part of an employer, which a title names with "of the"
_PARTS_OF_AN_EMPLOYER = frozenset(
    "department dept unit team division section office programme program lab laboratory "
    "ward clinic desk board committee service services group region".split()
)
# words for a body of people, no job's name alone
_COLLECTIVE = frozenset("staff crew personnel team workers employees people".split())
# words before a job that someone had, never the one applied for ("Retired solicitor")
_PAST_JOB = frozenset("retired former ex formerly previously".split())
# function words that are nouns too when capitalised before a job ("Mine Surveyor")
_TITLE_NOUNS = frozenset({"Mine"})
# ordinals that open a job's title ("Second Galley Cook", "First Officer")
_ORDINALS = frozenset({"first", "second", "third"})
# a grade after a title: "Investigator II", "Engineer 2"
_GRADE = re.compile(r"(?:[IVX]{1,4}|\d)")
_WORD_FOR_A_JOB_OF = re.compile(r"^(?:post|position|role|job)[ \t]+of[ \t]+", re.IGNORECASE)
_ROLE_STOP_ANCHORED = re.compile(r"\s+(?:at|with|w/|today|yesterday)\b.*$", re.IGNORECASE)
_ROLE_STOP = re.compile(
    # a dictated "comma" or "period" ends the phrase as the mark would
    r"\s+(?:comma|period|full\s+stop|colon|new\s+(?:line|paragraph)|"
    r"role|position|job|opening|post|vacancy|at|with|w/|on|today|yesterday|this|"
    r"last|next|in|but|interview\w*|because|since|which|who|that|they|she|he|i|for|from|"
    # ("Quality and Traceability Officer": an "and" inside a job's capitalised name, its last
    # word a job's, goes on)
    r"and(?!\s+(?-i:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:er|or|ist|ant|ian))(?:[,.;(]|\s*$))|"
    r"it\s+(?:was|is|will|went)|"  # "for hatchery technician it was today friday"
    r"spot|gig|of\s+(?:their|our|its|his|her|the\s+new)|"  # "... Manager of their new branch"
    # "the parish administrator work at St Peter's": the word "work" said for the job, at its
    # end (not "social work coordinator")
    r"work(?=\s+(?:at|in|for|with)\b|\s*$)|"
    # how and when it is worked: "brass instrument repairer full time", "... assistant working
    # with the vet"
    r"(?:full|part)[- ]?time|working|starting|reporting|based)\b.*$",
    re.IGNORECASE,
)
# "welder 6g pipe the guy who ...": an article or filler starts another phrase, except after
# "of" ("Head of the Lab")
_ROLE_STOP_ARTICLE = re.compile(
    r"(?<!\bof)\s+(?:the|a|an|my|his|her|so|um|uh|like)\b.*$", re.IGNORECASE
)
_COMPANY_CUE = re.compile(
    # (not "chao phraya rapid boat company done for skipper post": a name's last word, then
    # what was done)
    r"(?:\bat|@|\bin company|(?<!the )\bcompany(?! is)(?![ \t]+name\b)"
    r"(?![ \t]+(?:done|was|said|told|asked|has|had|today|and|but|so|for)\b)|\bcompany called|"
    r"\bjoin(?:ing)?|"
    r"\bwith the team at|\bwent (?:up |down |over |out )?to|\binterview(?:ed)? at"
    # "notes after interview nile annotate ltd gulu office": the interview, then a name its
    # legal form ends, with no "at" between
    # (or the job: "Radlader job Lausitz Kies GmbH bei Cottbus")
    r"|\b(?:interview|job)(?=\s+(?:(?!at\b|with\b|for\b|today\b)[^\W\d_][\w'’&-]*\s+){1,4}"
    r"(?:ltd|llc|inc|gmbh|plc|pty)\b)"
    # a message's writer introducing themself: "I'm Ms. Wu from Hsinchu Precision Photomask"
    r"|\b(?:i'm|i am)\s+(?:[^\s,.;]+\.?\s+){1,3}from)\s+(?:(?-i:the)\s+(?=[A-Z]))?",
    re.IGNORECASE,
)
# someone else as the one who went ("the last technician went to Munich", "she went to"):
# where they went is no employer of the interview's
_SOMEONE_ELSE_WENT = re.compile(
    r"\b(?:he|she|they|who|his|her|(?:the|their)[ \t]+(?:last|previous|old|former|other)"
    r"[ \t]+[\w-]+)[ \t]+(?:\w+[ \t]+)?$",
    re.IGNORECASE,
)
# "the Dyfrdwy Narrowboats interview", "my Fernway interview": a name before "interview"
_THE_INTERVIEW_OF = re.compile(r"\b(?:the|my|our)[ \t]+(?=[A-Z][^\n]{0,60}?[ \t]interview\b)")
# "so the place is called instrumentenbau kästner und sohn": what the employer is called, in
# lower-case notes too
_CALLED = re.compile(
    r"\b(?:place|company|shop|workshop|firm|business|restaurant|salon|hotel|clinic|farm|studio|"
    r"bakery|garage|agency|cooperative|co-?op|charity|foundation|association|organi[sz]ation|ngo|"
    r"school|centre|center|museum|club|factory|mill|hospital|hospice|winery|brewery|theatre|"
    r"theater|gallery|orchestra)\s+is\s+called\s+"
    # "company name is bin saif marine woodworks", "the name of the firm is ..."
    r"|\b(?:company|firm|business|employer)(?:['’]s)?\s+name\s+(?:is|=)\s+"
    r"|\bname\s+of\s+the\s+(?:company|firm|business|employer)\s+is\s+",
    re.IGNORECASE,
)
# "The firm is Okonkwo Lindqvist LLP", "the employer is ...", "the hotel is Dar Al Marjan"
_COMPANY_IS = re.compile(
    r"\b(?:company|employer|firm|practice|agency|organi[sz]ation|business|hotel|clinic)\s+is\s+"
    r"(?=[A-Z])",
    re.IGNORECASE,
)
# "The place is ...": an organisation's name only when it reads as one (not "Ouidah")
_PLACE_IS = re.compile(r"\bthe[ \t]+place[ \t]+is[ \t]+(?=[A-Z])", re.IGNORECASE)
# a capitalised word just before, which makes "Company" part of a name
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w&'’.-]*[ \t]+$")
# a word a chat message may open with before it names something
_INTERJECTION = re.compile(r"(?:yes|yeah|yep|ya|ok|okay|so|well|oh)\b[,.!]*[ \t]+", re.I)
# "with" and a capitalised name ("interview today with CertiAndes Orgánico, ...")
_WITH_NAMED = re.compile(r"\bwith[ \t]+(?=(?-i:[A-Z]))", re.IGNORECASE)
# a person's job in brackets right before "at" ("Bill Hagan (manager) at Bindara Downs")
_TITLE_BEFORE_AT = re.compile(r"\(([^()\n]{1,30})\)[ \t]*$")
# a job's noun just before "at": the employer of the job ("the ... job at X")
_JOB_AT = re.compile(r"\b(?:job|role|position|post|vacancy|opening)\s*$", re.IGNORECASE)
_LEGAL_END = re.compile(r".*?\b(?:inc|ltd|llc|llp|plc|gmbh|co|corp|pty)\b\.?", re.I)
# a lower-case name up to its legal form, past more words ("nile annotate ltd gulu office")
_LOWER_LEGAL_END = re.compile(
    r"\S+(?:[ \t]+\S+)*?[ \t]+(?:pvt[ \t]+|pty[ \t]+|co[ \t]+)?(?:ltd|llc|inc|gmbh|plc)\b"
    r"(?=[ \t]+\S)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s*")
# a firm holding a contract: what it is "for" is its client ("they have the ... contract for")
_THEY_HOLD = re.compile(
    r"\b(?:they|we|who|which|it)(?:['’]ve)?[ \t]+(?:(?:just|recently|also|already|now)[ \t]+)?"
    r"(?:have|has|hold|holds|held|won|win|run|runs|got|"
    r"get|lost|bid[ \t]+on)\b",
    re.IGNORECASE,
)
# "for the" before a capitalised name, the employer when a job's word comes before it
_FOR_THE = re.compile(r"\bfor[ \t]+(?:(?-i:the)[ \t]+)?(?=[A-Z])")
# a part of an organisation, then "of" and the organisation's name in capitals
# where a capitalised name starts that a bracket of capitals may spell ("Galleria Alpina
# Consorzio (GAC)"): checked word by word in `_initials_spell`
_SPELLED_BY_INITIALS = re.compile(
    r"(?<![\w'’.-])(?=(?-i:["
    + UPPER
    + r"])[\w'’.&-]*(?:[ \t]+[\w'’.&-]+){1,7}[ \t]+\((?-i:[A-Z]{2,8})\))"
)
_ACRONYM_AFTER = re.compile(r"[ \t]+\((?P<a>[A-Z]{2,8})\)")
# an acronym, then its name spelled out in brackets: "MCPL (Madang Coconut Products Ltd)"
_INITIALS_THEN_NAME = re.compile(
    r"(?<![\w'’.-])(?P<a>(?-i:[A-Z]{2,8}))[ \t]+"
    # (or after a dash: "(Operations Superintendent, PEGCO – Punta Europa Gas Company)")
    r"(?:\((?=(?-i:[" + UPPER + r"])[^()\n]{3,80}\))|[–—][ \t]+(?=(?-i:[" + UPPER + r"])))"
)


def _initials_spell(value: str, text: str, start: int) -> bool:
    """Whether the bracket right after the name spells it ("Atlantique Pêche Nouadhibou
    (APN)", "Ministry of Fisheries and Marine Resources Development (MFMRD)")."""
    after = _ACRONYM_AFTER.match(text, start + len(value))
    words = value.split()
    return after is not None and len(words) >= 2 and abbreviates(after["a"], words)


_PART_OF = re.compile(
    r"\b(?:unit|ward|department|dept|kitchen|section|division|wing|laboratory|lab)[ \t]+of[ \t]+"
    r"(?=(?-i:[" + UPPER + r"]))",
    re.IGNORECASE,
)
# where the author sits writing the notes: "writing at the Airbnb in Kailua", "sitting at ..."
_WRITER_AT = re.compile(
    r"\b(?:writing|typing|sitting|staying|waiting)(?:[ \t]+(?:this|these|it|here|now))?[ \t]+$",
    re.IGNORECASE,
)
# where a name after an acronym and a dash ends: a bracket, a stop or the line's end
_NAME_ENDS = re.compile(r"[ \t]*(?:[),.;]|$)")
# "my cousin Shelley told me about the job, she works at the Fisheries Museum": where someone
# of the candidate's own life works (a third person's work before the cue)
_THEY_WORK_AT = re.compile(
    r"\b(?:he|she|they)[ \t]+(?:works?|worked|is|was|volunteers|teaches)(?:[ \t]+now)?"
    r"[ \t]+(?:at|for|in)[ \t]*(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# "Don't mention the Lowe's.": an organisation the email must not name
_DONT_MENTION = re.compile(
    r"\b(?:don['’]?t|do\s+not|never|no\s+need\s+to)\s+mention\s+(?:(?-i:the)\s+)?(?=[A-Z])",
    re.IGNORECASE,
)
# where the one hired is sent to work, a client's site: "placed at Karara-road iron ore site"
_PLACED_AT = re.compile(
    r"\b(?:placed|stationed|posted|deployed|seconded)[ \t]+(?:at|to|on)[ \t]*$", re.IGNORECASE
)
# "Dr. Amal Haddad (Head of Pharmacy, Al Noor Hospital)": a person's job in a bracket after
# their name, then the organisation they work for (up to the bracket's end)
_TITLE_THEN_ORG = re.compile(
    r"(?<=[\w.])[ \t]*\((?P<title>[^()\n,;]{2,60}),[ \t]+(?:the[ \t]+)?(?=[^\W\d_])"
)
# a job's title after the employer and a comma, up to a stop, a comma or a bracket
_JOB_AFTER_COMMA = re.compile(
    r",[ \t]+((?:[A-Z][\w&'’/-]*[ \t]+){0,4}[A-Z][\w&'’/-]*)(?=[ \t]*(?:[.,;(]|$))"
)
_FORMER = re.compile(r"\b(?:ex|former|formerly|retired|previously|prev|until|was)\b", re.I)
# a name of two or three capitalised words ending where "of" or "from" follows (a job's bracket
# between belongs to that match)
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}$")
# the words before such a name that say the candidate met them
_MET_BEFORE = re.compile(
    r"\b(?:with|w/|met|meeting|by|spoke|talked|chatted|and|to|interviewer)[ \t,:]+"
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Herr|Frau|Sr|Sra|Mme|M)\.?[ \t]+)?$",
    re.IGNORECASE,
)
# "talked w/ Herr Uwe Krautz (Betriebsleiter) of Lausitz Kies GmbH", "met Jane Doe from
# Acme Logistics": a person's name (its job in a bracket after it), then "of" or "from" and the
# organisation they are of
_PERSON_OF = re.compile(
    r"(?<=[^\W\d_])(?:[ \t]*\((?P<title>[^()\n]{1,40})\))?[ \t]+(?:of|from)[ \t]+"
    r"(?:(?-i:the)[ \t]+)?"
    r"(?=(?-i:[" + UPPER + r"]))"
)
# "Velódromo del Valle, operated by Fundación Pedal Andino": the organisation behind a place
_RUN_BY = re.compile(
    r"\b(?:operated|run|owned|managed)[ \t]+by[ \t]+(?:the[ \t]+)?(?=(?-i:[" + UPPER + r"]))",
    re.IGNORECASE,
)
_SENTENCE_GAP = re.compile(r"(?<=[^\W_A-Z]|\))[.!?]\s+(?=[A-Z])")
# the dot of a form of address or a title ("the hostel of Dr. Graham's Homes") ends no sentence
# (a legal form's may: "Lau Brothers Tailors Ltd. Junior Cutter position")
_TITLE_DOT = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        sorted(NO_END_ABBREVIATIONS - {"co", "inc", "ltd", "pvt", "corp", "sdn", "coop", "soc"})
    )
    + r")$",
    re.IGNORECASE,
)
# what may follow an organisation's name standing alone: its name in another script, a place
# in brackets, the end of the sentence
# (possessive throughout: a long run of another script is one try, never every way of splitting
# it between the repeats)
_ALONE_AFTER = re.compile(r"(?:\s*+(?:\([^()\n]{0,60}\)|[^\x00-\u024f\s]++))*+\s*+(?:\.\s|\.?\s*$)")
# a chat message's cry before the name it is about ("interview ho gaya!! ", "I think good!! ")
_CRY = re.compile(r"[^!?.\n]{1,40}?!+[ \t]+(?=[A-Z])")
# what follows the name after a cry: where it is, the job, or nothing
_AFTER_CRIED = re.compile(r"[ \t]*(?:[,(]|[.!][ \t]|[.!]?[ \t]*$|[ \t][—–-][ \t])")
# last words of a department or a trade as often as of an organisation ("Adult Critical Care",
# "Yacht Management", "Digital Media")
_DEPARTMENT_ENDS = frozenset("care health healthcare media digital engineering management".split())
# where a part of a line starts and ends: the line's start (after a bullet or a quote mark), a
# dash, a comma, a semicolon, a bar, "interview," ...
_PART_START = re.compile(
    # (past the name in its own script first: "安心母婴 Anxin Maternal & Infant Care Agency — ...")
    r"^[\s>*#•-]*(?:[^\x00-\u024f\s]++[ \t]++)++(?=[A-Z])|"
    r"^[\s>*#•-]*|\s[—–-](?=\s)|[,;|](?=\s)|\binterview(?:ed)?(?:\s+(?:at|with))?(?=\s)"
    # (a sentence's start: '... and then 3 lines. Kamo Hills Boarding Kennels & Cattery,
    # kennel manager, ...')
    # (not after an abbreviation's dot: "St. Bartholomew's College")
    r"|(?:(?<=[a-z]{3}[.!?])|(?<=[0-9][.!?]))(?=[ \t]+[A-Z])"
)
_FOR_FIELD = re.compile(r"[ \t]+for(?:[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*){1,4}")
_PART_END = re.compile(r"[ \t]*+(?:\([^()\n]{0,60}\)[ \t]*+)?(?:[—–|,;]|-\s|\.\s|\.?\s*+$)")
# where a part of a line that may be a job title starts (and the one before ends)
_ROLE_PART_CUT = re.compile(
    r"\s[—–-]\s|[,;|]\s|(?:(?<=[^\W\d_])|(?<=\)))\.\s+"
    # an emoji between parts: "interview done ✅ Procurement Officer (import)"
    r"|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s+"
)
_PART_LEAD = re.compile(r"[\s>*#•]*+")
_ROLE_PART = re.compile(
    r"(?P<r>[^\W\d_][^\W\d_ &'’/-]*(?:[ \t]+(?:[^\W\d_][^\W\d_'’/-]*|&))*)"
    r"(?:[ \t]*(?P<b>\([^()\n]{1,40}\)))?"
)
# capitalised words and a comma at the end of a window: maybe a person's name and their title
_NAME_COMMA = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}(?=,[ \t]*$)()")
# a count of things just before a bare "for X" ("read 3 lines for a ...", "cooked 2 dishes for
# the head chef"): what they were for, no job applied for
_COUNTED_BEFORE = re.compile(r"\b\d+[ \t]+[a-z]+[ \t]+$")
# a duty right before a bare "for X" ("He decides for technical staff", "responsible for the
# drivers"): the people someone decides for or runs, no job applied for
# "(I) told them about the X job", "you said about the X job?": the candidate's own past job
_TOLD_ABOUT = re.compile(
    r"\b(?:told|tell|telling|said|mentioned|talked|spoke)\b(?:[ \t]+(?:them|him|her|you|"
    r"us|me))?[ \t]+(?:about|of|on)[ \t]+(?:the[ \t]+|my[ \t]+|your[ \t]+|his[ \t]+|her[ \t]+)?$",
    re.IGNORECASE,
)
_DECIDES_FOR = re.compile(
    r"\b(?:decides?|deciding|decided|responsible|in[ \t]+charge)[ \t]+$", re.I
)
_ROLE_SUFFIX = re.compile(
    # (not a thing's or a place's word that ends so: "Bushveld Air Charter", "River Centre"; nor
    # a word with a letter English has not, "Škver", a Montenegrin club's name; nor a word of
    # four letters or fewer, "TER", an acronym, "ayer"; "hand" is one)
    r"^(?=[\x00-\x7f]*$)(?=.{5,}|hand$)(?!(?:charter|center|river|water|tower|corner|border|summer|winter|quarter|shelter|"
    r"theater|chapter|cluster|harbor|mirror|floor|door|manor|timber|amber|silver|copper|"
    r"paper|power|after|under|meter|letter|number|member|order|sector|interior|super|"
    r"crossover|ember|october|november|december|september|"
    # nor a word of a sentence ("cukrownia - still no answer", "no offer yet")
    r"answer|offer|other|another|never|ever|over|however|whether|rather|later|together|"
    r"either|neither|further|matter|weather|dinner)$).*?"
    r"(?:ist|[^e]er|or|ian|man|woman|person|hand|seller|keeper|smith|wright"
    # German jobs as one word ("Patentanwaltskandidat", "Teamassistentin", "Filialleiterin")
    r"|kandidat|kandidatin|assistent|assistentin|referent|referentin|[^e]erin)$"
)


def ends_like_a_job(word: str, vocab: Vocabulary) -> bool:
    """Whether a lower-case word may end a job's title: a job's word, or a job's ending
    ("technician", "cutter")."""
    return word in vocab.role_words or _ROLE_SUFFIX.search(word) is not None


_DOTTED = frozenset("st mt co inc ltd pvt corp bros sdn".split())
# "Church of St. Damiana and St. Abanoub": a saint's or a mount's name after its "St."
_BEFORE_A_NAME = frozenset("st. mt. ste.".split())
# legal forms that end a name: a dot after one is the sentence's end too
_LAST_FORMS = frozenset("inc ltd corp llc plc".split())
# a check-in's employer in a memo without capitals ("i still haven't heard nothing from bayou
# ag aviation"): the name must end in a word of an organisation's
_WAITED_ON = (
    r"\b(?:nothing|no\s+(?:news|word|answer|reply|response)|heard\s+(?:back|anything))"
    r"\s+(?:yet\s+)?from\s+"
)
_WAITED_ON_LOWER = re.compile(_WAITED_ON + r"(?=[^\W\d_])")
# "the vacancy of ICU Staff Nurse in the St. Aldric Hospital": an employer only when the run
# ends in a company word (or an apposition says what it is: "interview for ticket inspector in
# Skopje City Lines, the private bus operator")
_COMPANY_IN = re.compile(
    r"\bin the\s+(?=[A-Z])"
    # "in office Polar Line Fleet Services", "at the offices of Kerr & Sons Ltd"
    r"|\b(?:in|at)\s+(?:the\s+|their\s+)?offices?\s+(?:of\s+)?(?=[A-Z])"
    # "Still nothing from Rwenzori Harvest Foundation": the employer a check-in waits on
    r"|" + _WAITED_ON + r"(?=[A-Z])"
    # "29.12.2025 — notes about Neman Medical Centre": the employer the notes are about
    r"|\bnotes?\s+(?:about|on|from|re:?)\s+(?:the\s+)?(?=[A-Z])"
    # "I finally did the Prairie Northern Railway interview": the employer's interview
    r"|\b(?:did|had|have|done|finished|after)\s+(?:the|my)\s+(?=(?:[A-Z][\w&'’.-]*\s+){1,5}interview\b)"
)
# "So that was Drayton Heating and Cooling, the interview ...": a memo looking back on the
# interview names its employer (the name must end in an organisation's word)
_THAT_WAS = re.compile(r"\bso[ \t]+that[ \t]+was[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
# "So. Lee Valley Eye Centre, the interview for ...": a name, then the interview at it
_INTERVIEW_AFTER = re.compile(
    r"[ \t]*(?:,|[ \t][—–-])[ \t]*(?:the[ \t]+|my[ \t]+)?(?:interview|entrevista|entretien)\b",
    re.IGNORECASE,
)
# what the notes say of an employer that has not answered ("Himal Cloud Labs still no reply",
# "Blue Mahoe Distributors still haven't called"): the name before it is the employer
_NO_ANSWER_AFTER = re.compile(
    r"[ \t]+(?:(?:still|has|have|hasn['’]t|haven['’]t|did|didn['’]t|never|not)[ \t]+){1,2}"
    r"(?:no[ \t]+)?(?:repl\w*|answer\w*|news|word|call\w*|respon\w*|got[ \t]+back|written)\b",
    re.IGNORECASE,
)
# the office of an organisation, after "at": "at the office of the GDA oasis ras el aïn"
_OFFICE_OF = re.compile(
    r"(?:the[ \t]+)?(?:offices?|premises|headquarters|head[ \t]+office)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?",
    re.IGNORECASE,
)
# "in" and a name: an employer only when an apposition says so (not "lab assistant in Yerevan
# Physics Institute", the candidate's own past)
_IN_NAME = re.compile(r"\bin\s+(?=[A-Z])")
# "interview sa Visayas Connect", "l'entrevue chez Studio Érable Noir", "interview di Jati
# Lestari", "interview Kuller Logistics OÜ done": the employer's interview in the notes' own
# language (without a preposition, or after "con" which as often names a person, the run must
# end in a company word)
_INTERVIEW_AT = re.compile(
    r"\b(?:interview|entrevista|entrevue|entretien|colloquio|rozmowa|intervju|intervista"
    r"|vorstellungsgespräch|bewerbungsgespräch|sollicitatiegesprek|haastattelu|wawancara|mülakat"
    r"|pohovor|razgovor|interjú|intervjuu|interviu|temuduga|görüşme|jobsamtale"
    r"|собеседование|співбесіда|интервю|állásinterjú|intervija|pokalbis|panayam|usaili"
    # an audition is the interview of a musician or a dancer ("la audición de la Orquesta
    # Típica La Marejada")
    r"|audition|audición|audição|audizione)"
    r"(?:\s+(?:final|finale|ko|kanina|na|po|yung|today|done|yesterday|tomorrow"
    # when, in the notes' language: "Entretien ce matin chez Kanaga Percussions"
    r"|this\s+(?:morning|afternoon)|ce\s+matin|cet\s+après-midi|aujourd'hui|hier|hoy|ayer"
    r"|esta\s+mañana|hoje|ontem|heute|gestern|oggi|ieri|stamattina))*"
    # "Interview: Jinangga Aboriginal Corporation, Sea Country Ranger Coordinator, at ..."
    r"(?:[ \t]*:)?\s+(?:(?P<prep>sa|di|chez|bei|bij|presso|em|en|no|na|con|w|ng|de|del)\s+)?"
    r"(?:(?-i:the|la|el|le|los|las)\s+)?(?=[A-Z])",
    re.IGNORECASE,
)


def _needs_word(m: re.Match[str]) -> bool:
    """Whether a name after "interview" must end in an organisation's word: without a
    preposition, or after "con" (as often a person); a Portuguese "entrevista na Baleia Azul
    Açores" has one (its "na" read as the Tagalog particle by the pattern)."""
    if m["prep"] not in (None, "con"):
        return False
    return not re.match(r"entrevista\b.*\s(?:na|no)\s+$", m.group(0), re.IGNORECASE)


# someone's other post, before "at": "Chief Scientist, also professor at ..." (the employer of
# the job is elsewhere)
_ALSO_AT = re.compile(r"\balso\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:at|@)\s+$", re.IGNORECASE)
# a partner of the employer's: "joint zebrafish project with a group at Osaka University",
# "collaboration with Tsukuba University" (an employer's own "program at X" is as often its)
PARTNER_AT = re.compile(
    r"\b(?:collaborat\w*|joint|partner\w*)\b[^.;\n]{0,40}?"
    r"\b(?:at|with)(?:\s+the)?\s*$",
    re.IGNORECASE,
)
# the units a candidate's tenure is counted in ("4 yrs", "5 y", "2 summers", "three seasons")
# (and years in the words notes mix in: "6 saal at Bhalla Cricket", "3 años with ...")
_TENURE = (
    r"(?:y|yrs?|years?|months?|weeks?|summers?|seasons?|winters?"
    r"|saal|sal|años|anos|ans|jahre|jaar|lat|år|yıl|tahun|miaka)"
)
_PAST_AFTER = re.compile(
    r"\s*\(?(?:my |the )?(?:current|old|previous|former|last)\b|\s*,?\s*where i (?:was|worked)"
    # "at Bayview (5 yrs)": the candidate's tenure
    rf"|\s*\(\s*\d+\s*{_TENURE}\b"
    r"|\s+for\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:yrs?|years?)\b",
    re.IGNORECASE,
)
# who the employer works with, just before a name: "biggest funders:", "main client is", "in
# partnership with"
OTHER_PARTY_BEFORE = re.compile(
    r"\b(?:(?:funders?|donors?|sponsors?|clients?|customers?|buyers?|suppliers?|partners?|"
    r"investors?|shareholders?)(?:\s*[:=]|\s+(?:is|are|was|were|include|includes|like))"
    r"|funded\s+by|sponsored\s+by|partnership\s+with|owned\s+by)\s*$",
    re.IGNORECASE,
)
# "I am Senior BA at ...", "I'm a staff nurse with ...": the candidate's own job (when the
# words before "at" end in a job's word)
_OWN_JOB_BEFORE = re.compile(
    r"\b(?:i am|i'm|im|i work as)\s+(?:a\s+|an\s+)?(?P<job>(?:[\w-]+\s+){1,3}?)(?:at|with)\s*$",
    re.IGNORECASE,
)
# what the candidate went to the employer for: "my interview at X" names the employer
_EVENT_WORDS = (
    r"interviews?|trial|shift|visit|tour|call|meeting|round|chat|day|session|assessment|test|"
    r"presentation|demo|appointment|interviewer|panel|onsite|application|offer|start"
)
# "my time leasing at Camden", "my 4 years nursing at": the candidate's past
_PAST_BEFORE = re.compile(
    # ("my 2 years in home care at X", "my 3 years as a nurse with Y", "my 4 years in the
    # children's ward at Z": what it was between)
    r"\bmy (?:time|\d+ (?:yrs?|years?))(?:\s+\w+ing|\s+(?:in|as)\s+(?:an?\s+|the\s+)?[\w-]+"
    r"(?:\s+[\w'’-]+){0,3})?\s+(?:at|with)\s*$"
    # "currently teaching fellow at X", "currently a nurse with Y": the candidate's own job
    r"|\bcurrently\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}(?:at|with)\s*$"
    # "my four years at X, then one year at Y": the candidate's tenure before "at"
    rf"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+{_TENURE}"
    r"(?:\s+\w+ing)?\s+(?:at|with)\s*$"
    # "the two years in the lab at X": years in a place of the candidate's (not "2 weeks in
    # the kitchen at X", a trial the employer offers)
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:yrs?|years?|años|anos|ans)"
    r"\s+in\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w'’-]+){0,2}\s+(?:at|with)\s*$"
    # "4 yrs motorman with Pentland Shipping", "my eleven years, last six at kirkgate":
    # the candidate's tenure, a job between
    r"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    rf"{_TENURE}\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+){{1,2}}(?:at|with)\s*$"
    r"|\blast\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:at|with)\s*$"
    # "two semesters of dairy science at Fox Valley Tech": the candidate's studies
    r"|\b(?:semesters?|courses?|cursos?|studies|studied|degree|diploma|classes|training)\b"
    r"[^.;\n]{0,30}\bat\s+(?:the\s+)?$"
    # "now working part time at the Sheridan College library": the candidate's own job
    r"|\b(?:now|currently|i am|i'm|im|still)\s+working\b[^.;\n]{0,30}\b(?:at|with)\s+(?:the\s+)?$"
    # "after my contract with Dunărea Shipping ends", "my current job at X": the candidate's own
    r"|\bmy\s+(?:current\s+|present\s+|old\s+|last\s+)?(?:contract|job|post|position|role|"
    r"placement|employer)\s+(?:with|at)\s*$"
    # "the audit I did with Dr. Honan at University Hospital Kerry": the candidate's own work
    r"|\bi\s+(?:did|worked|ran|led|wrote|managed|built|published|presented)\b"
    r"(?![^;\n]{0,40}\binterview)[^;\n]{0,40}\bat\s*$"  # "Dr." may stand between
    # "i told him about running the floor at Two Birds Espresso": what the candidate did
    r"|\b(?:told|talked|spoke)\s+(?:to\s+)?(?:him|her|them)\s+about\b[^.;\n]{0,80}\bat"
    r"\s+(?:the\s+)?$"
    # "They asked about my CAP in menuiserie (carpentry) at the Lycée Technique ...": the
    # candidate's own past, as they asked about it
    r"|\basked\s+(?:me\s+)?about\s+my\b[^.;\n]{0,80}\bat\s+(?:the\s+)?$"
    # "I said what I get now at Tarnovo Art Gallery", "where I work now at": the candidate's own
    # present
    r"|\bi\s+(?:\w+\s+){0,2}now\s+(?:at|with)\s+(?:the\s+)?$"
    # "my MSc supervisor at the University of Cape Town", "my summer at Brennan Stoltz LLP",
    # "my NYSC year at ...": something of the candidate's own there (but "my interview at",
    # "my trial shift at" name the employer)
    rf"|\bmy\s+(?!(?:[\w'’-]+\s+){{0,2}}(?:{_EVENT_WORDS})\b)(?:[\w'’-]+\s+){{1,3}}"
    r"(?:at|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PAST_REACH = 120  # characters before a cue that `_PAST_BEFORE` may look at
_ARTICLE_END = re.compile(r"(?<=\s)(?:the|their)\s+$", re.IGNORECASE)
_JOINERS = frozenset(
    "& of and the de del da do dos das di du der des dei degli della delle dello e y und et "
    "la le las los van von ve no og och en am im zum zur".split()
)
# the articles that open a place's name inside an organisation's ("Agrícola Los Alcázares")
_PLACE_ARTICLES = frozenset("la le las los el".split())
_ROLE_MODIFIERS = frozenset(
    "the of and team shift line floor front house data product design people store site area "
    "sales marketing operations ops it hr qa ux ui bi kitchen school department unit ward "
    "research lab program programme project account accounts customer service services "
    "support quality safety security logistics warehouse plant branch executive managing "
    "general regional clinical nursing finance engineering talent acquisition hiring senior "
    "junior principal deputy assistant associate chief vice vp".split()
)
# words that modify a role but may also end one ("Audit Associate", "Teaching Assistant")
_ROLE_ENDS = frozenset("associate assistant executive".split())
# the last word of a way to reach someone, never of an organisation's name
_CHANNEL_WORDS = frozenset(
    "address email e-mail inbox account website webpage homepage portal phone number "
    "hotline whatsapp".split()
)
_NOT_COMPANY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday home work noon night least "
    "first last end once all some times lunch length entrevista entretien colloquio "
    "mülakat gespräch vorstellungsgespräch sollicitatiegesprek rozmowa".split()
)
# the candidate telling of their own past, the sentence still going ("I told them about the
# freezer failure in 2022 at ...")
# "The interview was at", "the interview is today at": the interview's place follows
_INTERVIEW_WAS = re.compile(
    r"\binterview[ \t]+(?:was|is|took[ \t]+place)(?:[ \t]+(?:today|yesterday|held))?"
    # ("The interview was on 14 августа, Thursday, at Jangak Export LLC": its day between)
    r"(?:[ \t]+on[ \t]+[^.;:!?\n]{1,40}?,?)?[ \t]+$",
    re.IGNORECASE,
)
# the job applied for, later in the sentence that names where the interview was
_FOR_THE_JOB_LATER = re.compile(
    r"[^.;!?\n]{0,60}?\bfor[ \t]+the[ \t]+(?:position|post|role|job|vacancy)\b", re.IGNORECASE
)
_TOLD_OF_MINE = re.compile(
    # (not "we talked about the Warehouse Supervisor job for ...": the job, not a story)
    # (or "i told them my 2 seasons with ... and the stuff at sorca dig days")
    r"\bi[ \t]+told(?:[ \t]+(?:them|him|her))?[ \t]+(?:about|my)\b[^.;!?\n]*$",
    re.IGNORECASE,
)
# a line about the candidate's own studies: a university named on it is theirs
_OWN_EDUCATION = re.compile(
    r"\b(?:msc|bsc|ba|ma|mba|phd|beng|meng|llb|llm|degree|diploma|graduated|studied|"
    r"btsa|bts|dut|bac|hnd|btec|"  # France's and Britain's vocational diplomas
    r"alumn[ai]|my (?:uni|university|college|school))\b"
    # "PhD interview", "MSc position": the job applied for, not the candidate's studies
    r"(?!\s+(?:interview|position|student(?:ship)?|candidate|role|programme|program|opening|"
    r"vacancy|post|project|call|scholarship))",
    re.IGNORECASE,
)


# when a job is worked, after its name: "for the autumn season (Sept–Nov)", "for the campaña
# 2024/25 and after fijo", "for the 2026 harvest"
_FOR_THE_SEASON = re.compile(
    r"\s+for\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:seasons?|campaigns?|campañas?|campanhas?|"
    r"temporadas?|summer|winter|autumn|fall|spring|harvest|year|semester|term|"
    r"\d{4}(?:/\d{2,4})?)\b.*$",
    re.IGNORECASE,
)


def _clean_value(value: str, name: str) -> tuple[str, str]:
    """A labelled company or role without what cannot be part of one (a link, an address).

    Returns the value and a word on what was dropped. `[Orbis](http://...)` -> `Orbis`;
    `Teen Services Librarian https://...` -> `Teen Services Librarian`; `Acme (apply at
    https://...)` -> `Acme`; `Lotus Bay Resort & Spa, Da Nang` -> `Lotus Bay Resort & Spa`.
    """
    dropped = ""
    link = re.match(r"\s*\[([^\]\n]{1,80})\]\([^)\n]*\)", value)
    if link:
        value, dropped = link.group(1), "a link"
    cut = re.search(r"\(?\s*(?:https?://|www\.|[\w.+-]+@[\w-]+\.)", value)
    if cut:
        value, dropped = value[: cut.start()], "a link or address"
    gloss = _ENGLISH_BRACKET.search(value) if name == "role" else None
    if gloss and english_gloss(value[: gloss.start()], gloss.group(1)):
        # "Coordinadora de Locaciones (Location Coordinator)": the bracket is the English job,
        # which the email names (not a remark to trim)
        kept = value[: gloss.end()].strip()
    else:
        kept = _trim_value(value)
    if name == "company":
        kept = before_place(kept)
    if name == "company" and re.match(r"(?:their|our|my|the|a|an|at|in)\s", kept):
        return "", "a description, not a name"  # "Place: their office Futian"
    if name == "role" and "," in kept:
        first, second = kept.split(",")[:2]
        # "apprendista squerariol, apprentice boatbuilder, 3 years program": the job, then its
        # English name
        # (not "meat inspector / inspectrice des viandes, night team": the job is named in
        # English already, and its shift, no job's name, follows)
        glossed = " / " not in first and english_gloss(first, second, after_comma=True)
        kept = second.strip() if glossed else first.strip()
    if name == "role":
        kept = _FOR_THE_SEASON.sub("", kept)  # "Trench Supervisor for the autumn season"
    if name == "role" and kept.count("(") > kept.count(")"):
        # "Head of Finance (reports to CEO, seat on ...)" cut at its comma: the bracket goes
        kept = kept[: kept.rindex("(")].strip()
    return kept, dropped


# a role's closing bracket, where the English name of a job in another language stands
_ENGLISH_BRACKET = re.compile(r"[ \t]*\(([^()\n]{3,60})\)[ \t.]*$")


def before_place(kept: str) -> str:
    """A company's name before a comma that starts its place: "Acme, Leeds office" -> "Acme";
    "Acme, Inc." stays; so does "Kurosawa Seiki Co., Ltd." before "(precision parts), Nagoya
    factory"."""
    if "," not in kept:
        return kept
    parts = kept.split(",")
    end = 1
    while end < len(parts) and _LEGAL_SUFFIX.match(parts[end]):
        end += 1
    head = ",".join(parts[:end])
    legal = _LEGAL_END.match(parts[end - 1])
    if end > 1 and legal:
        head = ",".join([*parts[: end - 1], legal.group(0)])
    return head.strip()


def _trim_value(value: str) -> str:
    """`Olive & Ash (bistro)` -> `Olive & Ash`; trailing punctuation and `role` dropped."""
    kept = re.sub(r"\s*\([^()]*\)?\s*$", "", value).strip() or value
    kept = re.sub(r"\s+(?:role|position)$", "", kept, flags=re.IGNORECASE)
    trimmed = kept.strip(" .,;:-\"'")
    if DOTTED_END.search(trimmed) and kept.rstrip().startswith(trimmed + "."):
        return trimmed + "."  # "A.Ş.", "S.R.L.": a dotted form keeps its last dot
    return trimmed


# legal forms written with small letters or dots, which end a run of capitalised words
# a legal form written with a bracket after the name ("(Pty) Ltd")
_BRACKETED_FORM = re.compile(r"[ \t]+\((?:Pty|Pvt|Private)\)[ \t]+(?:Ltd|Limited)\b\.?")
_LEGAL_FORM_AT = re.compile(
    # (Peru's "S.A.C.", "S.A.A.", "E.I.R.L.", "S.R.L.")
    r"(?:S\.A\.[CA]\.|E\.I\.R\.L\.|S\.R\.L\.|"
    r"S\.r\.l\.|S\.p\.A\.|S\.A\.S\.|S\.A\.(?:[ \t]+de[ \t]+C\.V\.)?|S\.L\.|"
    r"Sp\.[ \t]*z[ \t]*o\.o\.|B\.V\.|N\.V\.|K\.K\.|e\.V\.|Ltda\.?|S\.?A\.?S\.?|A/S|I/S|K/S|"
    # "Shenzhen Lianxin Power Electronics Co., Ltd.", a Spanish co-operative's "S.Coop. V."
    r"Co\.,[ \t]*Ltd\.|S\.[ \t]?Coop\.(?:[ \t]*V\.)?|"
    # the same written without dots ("Gréement Atlantique SARL, Les Minimes")
    r"SARL|SRL|SAC|EIRL|SpA|GmbH|Lda\.?|LDA|Oyj?|ApS|ASA|BV|NV|AG)(?!\w)"
)


# a verb after "and NAME" makes NAME the subject of a new clause, not part of the name before
_CLAUSE_VERB = re.compile(
    r"[ \t]+(?:said|says|told|tells|asked|asks|thinks|thought|was|is|has|had|will|would|"
    r"mentioned|explained|showed|shows|gave|took|liked|laughed|agreed|wants|wanted|did|does|"
    r"knows|knew|seemed|looked|called|came|joined|left)\b"
)


# a memo's verb right after an employer's name ("... tree care sat in the van")
_MEMO_VERB = re.compile(_CLAUSE_VERB.pattern + r"|[ \t]+(?:sat|sitting|went|got|were|are)\b")


# words that open a street's name after an employer's ("... Boulevard Mohammed V")
_STREET_WORDS = frozenset(
    "boulevard avenue avenida rue calle carrera street road strasse straße rua "
    "ulica ulitsa jalan jln".split()
)


# where a place follows a name in a memo with no capitals ("... tower services off of i forty",
# "... goat dairy limited near xagħra", "... plumbing and gas out in midland"): no firm's name
# has these small words inside
_PLACE_AFTER = frozenset("off near beside behind opposite outside across past out".split())


# a firm's place after its name, as a sentence's end: ", at Port El Kantaoui."
_PLACE_AFTER_NAME = re.compile(r",[ \t]+(?:at|in)[ \t]+[A-Z][^.,;!?\n]{0,40}(?:\.\s|\.?\s*$)")


# German legal forms written small-first, part of the name they end ("Stadtwerke Süd gGmbH")
_SMALL_LEGAL_FORM = re.compile(r"gGmbH|e\.V|e\.G|gAG")
# a Polish legal form after its "Sp." ("sp. z o.o.", "Sp. j."): small words, the name's own
_POLISH_FORM_TAIL = re.compile(r"\.?[ \t]?(?:z[ \t]?o\.[ \t]?o\.|[jkp]\.)", re.IGNORECASE)
_POLISH_FORM = re.compile(r"\bSp" + _POLISH_FORM_TAIL.pattern, re.IGNORECASE)
_POLISH_FORM_END = re.compile(_POLISH_FORM.pattern + "$", re.IGNORECASE)

# "with" in the languages memos come in: "la entrevista en juchitán con eólica del istmo
# servicios" names a town, then whom the interview was with; no name runs on over it
_WITH = frozenset({"con", "avec", "mit", "com"})
# that word, or the English one, after a town ("en juchitán con ...")
_WITH_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(_WITH | {'with'}))})[ \t]+", re.IGNORECASE)


# the joining words of a Romance organisation's name ("Cooperativa Manos de los Montes de
# María"), which `_name_run` does not count towards its most
_NAME_PARTICLES = frozenset("de del della di da do dos das du des la las los le el".split())


# the kind of body a name is, written small after it by a writer whose language puts no
# capital there ("the interview at Hongshan cooperative"); not a kind of works ("Chishui
# River distillery" in a title, beside the company's full name)
_KIND_AFTER_A_NAME = re.compile(
    r"[ \t]+(?:cooperative|co-op|coop|foundation|association|society)(?![\w'’-])(?![ \t]+[A-Z])"
)


def _name_run(
    text: str, pos: int, lower: bool, vocab: Vocabulary, most: int = 6
) -> tuple[str, int]:
    """A company name starting at `pos`: capitalised words, with `&`, `of`, `and` inside, at
    most `most` words besides a Romance name's joining words ("Cooperativa Manos de los
    Montes de María")."""
    words: list[tuple[str, int]] = []
    i = pos
    named = 0
    while len(words) < 3 * most:
        if named > most or (named == most and words[-1][0].lower() not in _BEFORE_A_NAME):
            break  # (past the most only for the name a "St." stands before)
        m = re.match(r"[ \t]*([\w][\w&'’.\-]*|&)", text[i:])
        if not m:
            break
        word = m.group(1).rstrip(".")
        low = word.lower()
        if low in _DOTTED and m.group(1).endswith("."):
            word += "."  # "St. Aldric Hospital", "Vardhan Textiles Pvt. Ltd."
        start = i + m.start(1)
        polish = _POLISH_FORM_TAIL.match(text, start + 2) if words and low == "sp" else None
        if polish is not None:  # "Gorzelnia Podlaska sp. z o.o.": the legal form whole
            words.append((text[start : polish.end()], start))
            break
        if low == "the" and words and words[-1][0].lower() not in ("of", "and", "&"):
            break  # "mcgettigan net works the big shed": "the" joins only after "of" or "and"
        joiner = low in _JOINERS and bool(words)
        capital = (
            word[:1].isupper()
            or (word[:1].isdigit() and bool(words))
            # a German legal form written small-first: "Friedhofsbetrieb Süd gGmbH", "... e.V."
            or (bool(words) and _SMALL_LEGAL_FORM.fullmatch(word) is not None)
            or (bool(words) and re.match(r"[dl]['’][A-Z]", word) is not None)  # "d'Ilhas"
        )
        if not (joiner or capital or (lower and low not in FUNCTION_WORDS)):
            break
        if lower and (low in FUNCTION_WORDS or low in _PLACE_AFTER or low in _WITH) and not joiner:
            break
        if lower and re.search(r"['’]", low) and re.split(r"['’]", low)[0] in FUNCTION_WORDS:
            break  # "... und sohn it's in the neustadt": a pronoun's contraction ends a name
        if low in _NOT_COMPANY_WORDS and not words:
            return "", 0
        if lower and words and low in vocab.honorifics and low not in _JOINERS:
            break  # "at the school and mrs chepkoech the principal": a person, no name's word
        words.append((word, start))
        # (in notes with capitals, a Romance name's joining words are not counted)
        named += lower or low not in _NAME_PARTICLES
        i = start + len(word)
        if low in _LAST_FORMS and m.group(1).endswith("."):
            break  # "Lau Brothers Tailors Ltd. Junior Cutter position": the name ends there
    street = next((k for k, (w, _) in enumerate(words) if k and w.lower() in _STREET_WORDS), None)
    if (
        street is not None
        and street + 1 < len(words)
        and not any(w.lower().rstrip(".") in vocab.company_words for w, _ in words[street + 1 :])
    ):
        # "salon yasmine beauté boulevard mohammed v in oujda": the address after the name
        # (not "Sunset Boulevard Hotel" nor "Mogami Road Maintenance Co.", whose later words
        # name the organisation)
        del words[street:]
    if lower:
        # a memo's "at tamar valley tree care sat in the van": a verb after the word that ends
        # an organisation's name ends it ("drayton heating and cooling" goes on)
        for k, (w, at) in enumerate(words[:-1]):
            if k and w.lower() in vocab.company_words and _MEMO_VERB.match(text, at + len(w)):
                del words[k + 1 :]
                break
    while words and words[-1][0].lower() in _JOINERS:
        words.pop()
    if words and words[-1][0].lower() in _CHANNEL_WORDS:
        return "", 0  # "email me at the school address": where to write, no organisation
    if (
        len(words) >= 3
        and words[-2][0].lower() == "and"
        and _CLAUSE_VERB.match(text, words[-1][1] + len(words[-1][0]))
    ):
        del words[-2:]  # "at University Hospital Kerry and Aoife said she'd read it": a new clause
    if not words or words[0][0][:1].isdigit():
        return "", 0
    start = words[0][1]
    end = words[-1][1] + len(words[-1][0])
    for _, at in words[1:]:  # "Maglificio Val Seriana S.r.l.", "... del Norte S.A. de C.V."
        legal = _LEGAL_FORM_AT.match(text, at)
        if legal:
            end = legal.end()
            break
    else:
        bracketed = _BRACKETED_FORM.match(text, end)
        if bracketed:  # "Khan River Uranium (Pty) Ltd": South Africa's and Namibia's form
            end = bracketed.end()
        kind = _KIND_AFTER_A_NAME.match(text, end)
        if kind and not lower and len(words) <= 3:
            end = kind.end()  # "at Hongshan cooperative": the kind of body, written small
    value = text[start:end]
    if lower:  # ("kästner und sohn": the joining words stay small)
        parts = value.split()
        value = " ".join(
            w
            if k
            and w.lower() in _JOINERS
            # (but an article after a name's word opens a place's name: "agricola los
            # alcazares" is "Agricola Los Alcazares"; "bodega de los andes" keeps its "los")
            and not (w.lower() in _PLACE_ARTICLES and parts[k - 1].lower() not in _JOINERS)
            else _LOWER_LEGAL_FORMS.get(w.lower(), capitalise(w))
            for k, w in enumerate(parts)
        )
    if len(value) < 2 or value.lower() in vocab.title_words:
        return "", 0
    return value, start


# "just left the interview at Biscayne Terrazzo": the interview left, no job
_LEFT_THE_MEETING = re.compile(
    r"[ \t]+(?:the[ \t]+)?(?:interview|meeting|call|office|building|trial|site)\b", re.I
)


def _past_cue(before: str, vocab: Vocabulary) -> bool:
    """Whether the words before a name say it was the candidate's past employer ("my old job
    at", "left"); not "left the interview at", which says where the interview was."""
    return any(
        not (m.group(0).lower() == "left" and _LEFT_THE_MEETING.match(before, m.end()))
        for m in vocab.past_employer_re.finditer(before)
    )


def _unshouted(name: str) -> str:
    """ "NORTHERN LIGHTS LIVE LTD" -> "Northern Lights Live Ltd" (an email does not shout);
    short words stay as written, being acronyms ("BBC WORLDWIDE" -> "BBC Worldwide"), and so
    do dotted legal forms ("S.L.", "S.R.L.")."""
    words = name.split()
    if len(words) < 2 or not name.isupper():
        return name
    return " ".join(
        w.lower()
        if i and w.lower() in _JOINERS  # "Free State Conservatoire of Music", "Mitad del Mundo"
        else w.capitalize()
        if (len(w) > 3 and "." not in w)
        or w in ("LTD", "INC", "AND", "THE", "OF", "LDA")
        or w.lower() in _SHORT_WORDS  # "FAR WEST AEROMEDICAL": a word, no acronym
        else w
        for i, w in enumerate(words)
    )


# where a memo in lower case says its employer's name: its start or its opening word ("ok",
# "memo"), "interview", "out of" (the name is checked after it, see `_memo_company`)
_MEMO_OPENER = re.compile(
    r"(?:^|[.!?][ \t]+|\b(?:ok(?:ay)?|alright|memo|interview|out[ \t]+of)[ \t]*[,.:]?[ \t]+)"
    r"(?!(?:so|the|ok|okay|right|well|um|uh|with|for|at|was|is)\b)",
    re.IGNORECASE,
)
# what follows that name: its sentence's end, the interview or the job ("... academy the school
# nurse job interview", "... company done for skipper post", "..., the interview for")
_MEMO_NAME_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?]|$)|[ \t]+(?:the[ \t]+)?(?:[^\W\d_]+[ \t]+){0,4}?"
    r"(?:interview|job|post|position|done|one)\b",
    re.IGNORECASE,
)


# short words that name places and firms as often as acronyms do not
_SHORT_WORDS = frozenset(
    "far new big red sea bay oak one top old sun sky air inn hub east west sur del mar".split()
)


class _Employer(_Dates):
    """The pass that reads the employer and the role from a line of prose."""

    def _companies_in(self, seg: _Seg, rank: int) -> None:
        text = seg.text
        for m in _DONT_MENTION.finditer(text):
            # "Don't mention the Lowe's.": an organisation the email must not name is never
            # the employer it is written to
            value, _ = _name_run(text, m.end(), self.lower, self.vocab)
            if value:
                self.found.not_companies.add(value.lower())
        # (each cue: its match, whether the name must end in a company word, and whether it
        # names the interview's place)
        cues = [
            (
                m,
                False,
                re.search(r"\binterview(?:ed)? at", m.group(0), re.I) is not None
                or _INTERVIEW_WAS.search(text, max(0, m.start() - 80), m.start()) is not None,
            )
            for m in _COMPANY_CUE.finditer(text)
        ]
        cues += [(m, True, False) for m in _COMPANY_IN.finditer(text)]
        if self.lower:  # a memo's "i still haven't heard nothing from bayou ag aviation"
            cues += [(m, True, False) for m in _WAITED_ON_LOWER.finditer(text)]
        # "interview today with CertiAndes Orgánico, the certification company": a name that
        # reads as no person's, said to be an organisation by what follows it
        cues += [
            (m, True, False) for m in _WITH_NAMED.finditer(text) if self._apposed_after(text, m)
        ]
        cues += [
            (m, False, False)
            for m in _TITLE_THEN_ORG.finditer(text)
            if self._titled_person(text, m)
        ]
        cues += [
            (m, False, False) for m in _PERSON_OF.finditer(text) if self._person_named(text, m)
        ]
        in_name = list(_IN_NAME.finditer(text))
        cues += [(m, True, False) for m in in_name]
        cues += [(m, True, True) for m in _THAT_WAS.finditer(text)]
        cues += [(m, _needs_word(m), True) for m in _INTERVIEW_AT.finditer(text)]
        cues += [(m, False, True) for m in _CALLED.finditer(text)]
        # "The job is Fronton Manager (Kudeatzailea) for the Fundación Pelota Urdaibai": the
        # employer a job is for (only a name that reads like an organisation's: "Manager for
        # the West Midlands" is a region)
        cues += [(m, False, False) for m in _FOR_THE.finditer(text) if self._job_before(text, m)]
        # "in the rehabilitation unit of Hospital São Lucas": the organisation a part belongs to
        cues += [(m, False, False) for m in _PART_OF.finditer(text)]
        cues += [(m, False, False) for m in _RUN_BY.finditer(text)]
        # "Still nothing from Atlantique Pêche Nouadhibou (APN)": a name whose initials its
        # bracket spells is an organisation's (from the name's first word only)
        cues += [(m, False, False) for m in _SPELLED_BY_INITIALS.finditer(text)]
        cues += [(m, False, False) for m in _INITIALS_THEN_NAME.finditer(text)]
        if not self.lower:  # "Company is Nordlog", "the employer is Northern Lights Live Ltd"
            cues += [(m, False, False) for m in _COMPANY_IS.finditer(text)]
            # "The place is Atelier Sakpata Drums": a place named like an organisation
            cues += [
                (m, False, False)
                for m in _PLACE_IS.finditer(text)
                if (named := _name_run(text, m.end(), False, self.vocab)[0])
                and self._organisation_like(named)
            ]
            # "Notes on the Dyfrdwy Narrowboats interview": the interview named by its employer
            cues += [(m, False, True) for m in _THE_INTERVIEW_OF.finditer(text)]
        for m, needs_word, interview in cues:
            if m.group(0)[:1] == "C" and _CAPITAL_BEFORE.search(text, 0, m.start()):
                continue  # "Kiambugi Tea Factory Company Ltd": the word is part of a name
            if m.group(0)[:1] in "cC" and _LEGAL_WORDS.match(text, m.end()):
                continue  # "brahmaputra leaf company private limited": part of a name too
            # "at the office of association djenné patrimoine": the organisation, not its office
            office = _OFFICE_OF.match(text, m.end())
            value, start = _name_run(
                text, office.end() if office else m.end(), self.lower, self.vocab
            )
            if not value:
                continue
            if self.lower and (legal := _LOWER_LEGAL_END.match(value)):
                value = legal.group(0)  # "nile annotate ltd gulu office": the firm ends at "ltd"
            if (
                self.lower
                and re.search(r"\b(?:the|na|no)\s+$", text[m.start() : start], re.IGNORECASE)
                and (
                    len(value.split()) == 1
                    # "sat at the kitchen table wade and his wife": a place in the room, unless
                    # it reads like an organisation ("at the severn vale building control
                    # partnership", "at the office of the gda oasis ras el aïn")
                    or not (office or self._organisation_like(value))
                )
            ):
                continue  # a memo's "sessions at the library", "entrevista na herdade": a place
            before = text[max(0, m.start() - 40) : m.end()]
            after = text[start + len(value) : start + len(value) + 60]
            if m.re is _THE_INTERVIEW_OF and (
                not re.match(r"[ \t]+interview\b", after, re.IGNORECASE)
                or all(w.lower() in self.vocab.role_words for w in value.split())
                or re.fullmatch(r"[A-Z]{1,3}", value) is not None
            ):
                continue  # "the Head Chef interview", "the OT interview": the job's
            if m.re in (
                _FOR_THE,
                _PART_OF,
                _RUN_BY,
                _TITLE_THEN_ORG,
            ) and not self._organisation_like(value):
                continue
            if m.re is _PERSON_OF and not self._organisation_named(value):
                continue  # "Jane from Sales", "Tom from Berlin": no organisation's name
            if m.re is _TITLE_THEN_ORG and not (
                re.match(r"[ \t]*\)", after) and self._organisation_named(value)
            ):
                # the bracket goes on after the name, or names a part ("(Matron, Critical
                # Care)"): no organisation's name alone
                continue
            with_whom = _WITH_AFTER.match(after)
            if (
                m.re is _INTERVIEW_AT
                and m["prep"] in ("en", "em", "w", "sa", "di", "no", "na")
                and with_whom is not None
            ):
                # "la entrevista en juchitán con eólica del istmo servicios": the town, then
                # whom the interview was with, the employer when its name ends like one
                at = start + len(value) + with_whom.end()
                firm, firm_at = _name_run(text, at, self.lower, self.vocab)
                words = firm.split() if firm_at == at else []
                # (up to its last word of an organisation's: "... servicios para técnico")
                ends = [
                    k for k, w in enumerate(words) if k and w.lower() in self.vocab.company_words
                ]
                if ends:
                    span = re.compile(rf"(?:\S+[ \t]+){{{ends[-1]}}}\S+").match(text, at)
                    value = span.group(0) if span else firm
                    self.found.companies.append((2, self._next(), _located(value, seg, at, "cue")))
                continue
            if m.re is _SPELLED_BY_INITIALS and not _initials_spell(value, text, start):
                continue
            if m.re is _INITIALS_THEN_NAME and not self._spelled_after_initials(
                m, value, text, start
            ):
                continue
            if m.re is _PART_OF and len(value.split()) < 2:
                continue  # "Department of Surgery": a department's field, no organisation
            apposed = self.vocab.apposition_re.match(after) is not None
            last = value.split()[-2:]
            # "still no news from St. Luke's Mission Hospital Mbingo": what a check-in waits on
            # may end in its town after the organisation's word
            waited_on = (
                len(last) == 2
                and last[0].lower() in self.vocab.company_words
                and re.match(_WAITED_ON, m.group(0), re.IGNORECASE) is not None
            )
            if (m in in_name and not apposed) or (
                needs_word
                and last[-1].lower() not in self.vocab.company_words
                and not apposed
                and not waited_on
            ):
                continue  # "in the Lake District" is a place; "in the St. Aldric Hospital" is not
            # (the candidate's own past may take longer to say: "I told them about my six years
            # as acólito and then sacristán auxiliar at the Catedral de Tlaxcala")
            # (up to the cue's word: "the two year at the fish market ...", its article cut)
            reach = _ARTICLE_END.sub("", text[max(0, m.start() - _PAST_REACH) : m.end()])
            past = (
                _past_cue(before, self.vocab)
                or _PAST_BEFORE.search(reach)
                # "and the BTSA viticulture at Lycée de Carpentras": where they studied
                or _OWN_EDUCATION.search(text, max(0, m.start() - 30), m.start())
                # "I told about the freezer failure in 2022 at the Riverside Institute": a
                # story of the candidate's own, in the same sentence
                or _TOLD_OF_MINE.search(text, max(0, m.start() - 80), m.start())
            )
            own = _OWN_JOB_BEFORE.search(before)
            if own and (
                own.group("job").split()[-1].lower() in self.vocab.role_words
                or own.group("job").split()[-1].isupper()
            ):
                past = own  # "I am Senior BA at Beauté Belle": the candidate's own job now
            if past or _PAST_AFTER.match(after):
                self.found.not_companies.add(value.lower())
                continue
            if (
                m.re is _COMPANY_CUE
                and m.group(0)[:4].lower() == "went"
                and (_SOMEONE_ELSE_WENT.search(text, max(0, m.start() - 40), m.start()))
            ):
                continue  # "the last technician went to Munich for a pharma company": not us
            if _WRITER_AT.search(text, max(0, m.start() - 30), m.start()):
                continue  # "writing at the Airbnb in Kailua": where the notes were written
            if _THEY_WORK_AT.search(text, max(0, m.start() - 30), m.end()) and self._of_own_life(
                seg, m.start()
            ):
                self.found.not_companies.add(value.lower())
                continue
            if _PLACED_AT.search(text, max(0, m.start() - 20), m.end()):
                continue  # "placed at Karara-road iron ore site": where the work is, a client's
            if _ALSO_AT.search(before):
                continue  # "Chief Scientist, also professor at Kunming Institute of Botany"
            if PARTNER_AT.search(text, max(0, m.start() - 60), m.end()):
                continue  # "collaboration with Tsukuba University": a partner, no employer
            if seg.line in self.found.own_lines:
                # under a heading of the candidate's own past ("## Me"): "sports science at
                # Northbridge University" is where they studied (the section may run on in a
                # memo without blank lines, so the name may be the employer's elsewhere)
                continue
            # "at Olive & Ash (bistro) for Line Cook": the employer of a role
            # (or later in its sentence, the job's word: "The interview was at Päikesekiire
            # Lastehospiits, the house near the beach park, at 13:00, for the position ...")
            boost = 1 if re.match(r"\s+(?:\([^()]{1,30}\)\s+)?for\b", after) else 0
            if not boost and interview and _FOR_THE_JOB_LATER.match(after):
                boost = 1
            titled = _TITLE_BEFORE_AT.search(text, max(0, m.start() - 40), m.start())
            if titled and titled.group(1).split()[-1].lower() in self.vocab.role_words:
                boost += 1  # "email to Bill Hagan (manager) at Bindara Downs": where he works
            if _JOB_AT.search(text, max(0, m.start() - 12), m.start()):
                boost += 1  # "the apprentice farrier job at robson and hart farriery"
            if re.search(r"company|employer", m.group(0), re.IGNORECASE):
                boost += 1  # "in company Nordlog", "Company is X": said to be the company
            if interview:
                boost += 1  # "interview at Entrepôts Lemoine": the interview's employer
            if m.re is _INITIALS_THEN_NAME:
                boost += 1  # "MRM (Midwest Remote Medical)": a name its letters stand for
            if office is not None and not self.lower:
                boost += 1  # "at the office of Titicaca Travesías": an organisation has one
            if m.re is _TITLE_THEN_ORG:
                boost += 1  # "(Head of Pharmacy, Al Noor Hospital)": where the person works
            if m.re in (_FOR_THE, _RUN_BY):
                # "Fronton Manager for the Fundación ...": the job's own employer; "the
                # Estadio, which is run by the Fundación ...": the one behind the place
                boost += 2
            if (_COMPANY_IS.match(text, m.start()) or m.re is _PLACE_IS) and len(value.split()) > 1:
                # "The employer is Servicios Industriales Atacama Ltda.": it says so (one word,
                # "the company is Swedish", is as often a description)
                boost += 2
            if any(w.lower() in self.vocab.company_words for w in value.split()[1:]) or apposed:
                boost += 1
            if interview and len(value.split()) > 1 and _LEGAL_FORM.fullmatch(value.split()[-1]):
                # "The interview was ... at Jangak Export LLC": a legal name, the interview's
                boost += 1
            problem = shape_problem(value, max_words=8)
            if problem is None:
                loc = _located(_unshouted(value), seg, start, "cue")
                self.found.companies.append((rank + boost, self._next(), loc))
                if interview or re.search(r"\binterview", text[:start], re.IGNORECASE):
                    self._job_after_employer(seg, start + len(value))

    def _job_after_employer(self, seg: _Seg, end: int) -> None:
        """ "Interview this morning, Lowveld Rugby Union (Pty) Ltd, Match-Day Operations
        Officer.": the interview's employer, a comma, then a job's title in capitals and its
        end (a stop, a comma or a bracket)."""
        m = _JOB_AFTER_COMMA.match(seg.text, end)
        if m is None or not ends_like_a_job(m.group(1).split()[-1].lower(), self.vocab):
            return
        self.found.roles.append((2, self._next(), _located(m.group(1), seg, m.start(1), "cue")))

    def _apposed_after(self, text: str, m: re.Match[str]) -> bool:
        """Whether the capitalised name after `m` is followed by an apposition that calls it
        an organisation (", the certification company")."""
        value, start = _name_run(text, m.end(), self.lower, self.vocab)
        return bool(value) and self.vocab.apposition_re.match(text, start + len(value)) is not None

    def _of_own_life(self, seg: _Seg, at: int) -> bool:
        """Whether the sentence before `at` names someone of the candidate's own life ("my
        cousin", "my old boss"), whose work the words before `at` tell (the sentence may open
        on the line before, in prose wrapped at a width)."""
        text = _lines_before(self.found, seg, 1) + seg.text[:at]
        start = max(0, len(text) - 160)
        stop = max((m.end() for m in _SENTENCE_STOP.finditer(text, start)), default=start)
        return self.vocab.not_addressee_re.search(text, stop) is not None

    def _spelled_after_initials(self, m: re.Match[str], value: str, text: str, start: int) -> bool:
        """Whether the name read after "MCPL (" or "PEGCO – " is the one its letters spell,
        whole (to the bracket's end, or a stop after a dash), and an organisation: one by its
        words, or one the notes name again by its letters ("MRM (Midwest Remote Medical)" and
        "NOT MRM"; not "IPC (International Primary Curriculum)")."""
        end = start + len(value)
        whole = text[end : end + 1] == ")" or (
            not m.group(0).endswith("(") and _NAME_ENDS.match(text, end) is not None
        )
        return (
            len(value.split()) >= 2
            and whole
            and abbreviates(m["a"], value.split())
            and (self._organisation_like(value) or self._acronyms()[m["a"]] > 1)
        )

    def _acronyms(self) -> Counter[str]:
        """How often each word in capitals occurs in the notes (counted once a note)."""
        if self.acronym_counts is None:
            self.acronym_counts = Counter(re.findall(r"\b[A-Z]{2,8}\b", self.text))
        return self.acronym_counts

    def _job_before(self, text: str, m: re.Match[str]) -> bool:
        """Whether a job's word ends what comes before "for" ("Fronton Manager (Kudeatzailea)
        for ...", "a Sous Chef job for ...")."""
        before = re.sub(r"\s*\([^()\n]{1,40}\)\s*$", "", text[max(0, m.start() - 80) : m.start()])
        words = before.split()
        last = words[-1].lower().strip(",.") if words else ""
        # (never the candidate's own: "I worked two seasons as guide for Silk Road Horizons
        # Tours", "my two seasons as assistant for the Universidad ...")
        sentence = re.split(r"[.!?]\s", before)[-1]
        own = re.search(r"\b(?:i|my|me|i'?ve|i'?d)\b", sentence, re.IGNORECASE) is not None
        if last == "contract" and _THEY_HOLD.search(sentence):
            return False  # "they have the dog warden contract for the County Council": a client
        return not own and (last in self.vocab.role_words or last in self.vocab.role_nouns)

    def _titled_person(self, text: str, m: re.Match[str]) -> bool:
        """Whether the bracket `m` opens after a person's name with their job, now ("Dr. Amal
        Haddad (Head of Pharmacy, ...": not "(ex-Director, ...", a past employer)."""
        name = re.search(r"([^\W\d_][\w'’.-]*)$", text[max(0, m.start() - 40) : m.start()])
        if name is None or not (self.lower or name.group(1)[:1].isupper()):
            return False
        title = m.group("title")
        words = [w.lower().strip(".") for w in re.findall(r"[^\W\d_][\w.'’-]*", title)]
        # (a job's own word, not only its ending: "(Human Resources, ...)" is a department)
        return _FORMER.search(title) is None and any(w in self.vocab.role_words for w in words)

    def _person_named(self, text: str, m: re.Match[str]) -> bool:
        """Whether the words before "of" or "from" are a person's name, whole ("Uwe Krautz",
        not "Head Chef" nor "University"), and any bracket after it their job."""
        run = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if run is None:
            return False
        # (the run's two or three last words: "Met Jane Doe" is Jane Doe)
        starts = [run.start() + w.start() for w in re.finditer(r"\S+", run.group(0))][:-1]
        named = any(
            all(is_name_word(w, self.vocab, self.lower) for w in text[at : run.end()].split())
            and (hit := name_at(text, at, self.vocab, self.lower)) is not None
            and hit.end == run.end()
            # (someone met: "talked w/ Herr ...", "met Jane Doe of ..."; not "my Diploma in
            # Ophthalmic Dispensing from ...")
            and _MET_BEFORE.search(text, max(0, at - 40), at) is not None
            for at in starts
        )
        if not named:
            return False
        title = m.group("title")
        return title is None or any(
            ends_like_a_job(w.lower().strip(".,"), self.vocab) for w in title.split()
        )

    def _organisation_named(self, value: str) -> bool:
        """Whether a name says it is an organisation's by a word only an organisation's name
        has ("... Hospital", "Fundación ...", "... Ltd"): a trade's word ("Care", "Freight")
        also names a department."""
        words = value.lower().replace(".", "").split()
        return (
            self.vocab.names_a_thing(words[-1])
            or words[0] in self.vocab.organisation_firsts
            or any(w in self.vocab.organisation_heads for w in words)
            or _LEGAL_FORM.fullmatch(value.split()[-1]) is not None
        )

    def _organisation_like(self, value: str) -> bool:
        """Whether a name in lower case reads like an organisation's ("... partnership", "...
        fisheries ltd", "associação florestal ...")."""
        words = value.lower().replace(".", "").split()
        return (
            self.vocab.names_a_thing(words[-1])
            or words[-1] in self.vocab.company_words
            or words[0] in self.vocab.organisation_firsts
            or any(w in self.vocab.organisation_heads for w in words)
        )

    def _company_alone(self, seg: _Seg) -> None:
        """A sentence that is an organisation's name and nothing else: "Little Banyan Bilingual
        Kindergarten 小榕樹雙語幼兒園 (Da'an branch)" on a line of its own, "... district. Uva
        Mistvale Plantations PLC. Post: ..." (a name that ends in an organisation word; with a
        legal form, a place may follow after a comma)."""
        text = seg.text
        chat = CHAT_LINE.match(text)  # "[02-02-26 19:43] Camila: Acuícola Fiordo Comau S.A."
        if self.lower:
            self._memo_company(seg)  # without capitals, a run of words is a name only so
            return
        first = 0
        cried = []
        if chat:  # "Thiri 4:08 PM: yes Lotus Bridge Health Alliance. ...": the answer's name
            said = _INTERJECTION.match(text, chat.end())
            first = said.end() if said else chat.end()
            # "Manpreet: Simran interview ho gaya!! Sandhu & Sons Sports Works, Basti Nau": a
            # cry, then the name
            cry = _CRY.match(text, first)
            cried = [cry.end()] if cry else []
        starts = [
            first,
            *cried,
            *(
                m.end()
                for m in _SENTENCE_GAP.finditer(text)
                if not _TITLE_DOT.search(text, max(0, m.start() - 12), m.start())
            ),
        ]
        for pos in starts:
            value, start = _name_run(text, pos, False, self.vocab)
            lead = _SPACES.match(text, pos)
            if not value or lead is None or start != lead.end():
                continue
            words = [w.lower().strip(".,").replace(".", "") for w in value.split()]
            if (
                chat
                and 2 <= len(words) <= 5
                and words[-1] in self.vocab.role_words
                and words[-1] not in self.vocab.company_words
            ):
                # a chat message's sentence that is the job and nothing else ("... at Port El
                # Kantaoui. Hammam & Spa Manager. I write in english ..."), or the job and the
                # employer ("Operations Manager, Thika Road Express Sacco. They have ...")
                end = start + len(value)
                firm = re.match(r",[ \t]+", text[end:])
                named, at = (
                    _name_run(text, end + firm.end(), False, self.vocab) if firm else ("", 0)
                )
                if named and named.split()[-1].lower() in self.vocab.company_words:
                    if not _ALONE_AFTER.match(text, at + len(named)):
                        continue
                    loc = _located(named, seg, at, "cue")
                    self.found.companies.append((2, self._next(), loc))
                elif not _ALONE_AFTER.match(text, end):
                    continue
                self.found.roles.append((2, self._next(), _located(value, seg, start, "cue")))
                continue
            if (
                pos in cried
                and 2 <= len(words) <= 6
                and not any(w in self.vocab.honorifics for w in words)
                and words[0] not in FUNCTION_WORDS  # "e-pos!! In Engels!": no name
                and words[-1] not in self.vocab.role_words
                and _AFTER_CRIED.match(text, start + len(value))
            ):
                # "interview ho gaya!! Sandhu & Sons Sports Works, Basti Nau": a cry about the
                # interview, then the employer's name and where it is
                loc = _located(_unshouted(value), seg, start, "cue")
                self.found.companies.append((2, self._next(), loc))
                continue
            # ("... sp. z o.o.": a Polish legal form's small words end it)
            polish = _POLISH_FORM_END.search(value)
            if len(words) < 2 or (words[-1] not in self.vocab.company_words and not polish):
                continue
            legal = _LEGAL_SUFFIX.match(value.split()[-1]) or _LEGAL_FORM_AT.search(value) or polish
            after = text[start + len(value) :]
            # (and "Dar Yasmine Thalasso & Spa, at Port El Kantaoui.": where it is, after it)
            if (
                _ALONE_AFTER.match(after)
                or (legal and after.lstrip(" .").startswith(("(", ",")))
                or _PLACE_AFTER_NAME.match(after)
                or _INTERVIEW_AFTER.match(after)
                or _NO_ANSWER_AFTER.match(after)
                # "Lau Brothers Tailors Ltd. Junior Cutter position": its dot ends the sentence
                or (legal and value.endswith(".") and re.match(r"[ \t]+[A-Z]", after))
            ):
                loc = _located(_unshouted(value), seg, start, "cue")
                self.found.companies.append((3 if legal else 2, self._next(), loc))
        self._company_part(seg)

    def _memo_company(self, seg: _Seg) -> None:
        """A memo's "ok kericho highlands academy the school nurse job interview", "interview
        chao phraya rapid boat company done": in lower case, a name said right after the memo's
        opening word or "interview", if it ends in an organisation's word and what follows it
        is the interview, the job, or its sentence's end."""
        text = seg.text
        for m in _MEMO_OPENER.finditer(text):
            value, start = _name_run(text, m.end(), True, self.vocab)
            if not value or start != m.end():
                continue
            words = value.lower().split()
            if (
                len(words) < 2
                or words[-1] not in self.vocab.company_words
                or words[0] in FUNCTION_WORDS
                or any(w in self.vocab.honorifics or w in self.vocab.role_words for w in words[:-1])
            ):
                continue
            if not _MEMO_NAME_AFTER.match(text, start + len(value)):
                continue
            before = text[max(0, m.start() - 40) : m.end()]
            if _past_cue(before, self.vocab) or _PAST_BEFORE.search(before):
                continue
            self.found.companies.append((1, self._next(), _located(value, seg, start, "cue")))

    def _company_part(self, seg: _Seg) -> None:
        """An organisation's name as one part of a line cut by dashes, commas or semicolons:
        "> Irwell Valley NHS Foundation Trust — Royal Irwell Hospital, Critical Care",
        "01/02/2026 (Sun) — interview, Nilecrest Capital Partners, Zamalek office." Only a name
        that ends in a word that names an organisation and nothing else ("Trust", "Partners",
        "Institute ..."): "Adult Critical Care" or "Digital Media" between dashes is as often a
        department or a trade."""
        text = seg.text
        if _OWN_EDUCATION.search(text):
            return  # "MSc Endüstri Mühendisliği, Marmara Kuzey Üniversitesi": the candidate's
        for m in _PART_START.finditer(text):
            value, start = _name_run(text, m.end(), False, self.vocab)
            if value.split()[:1] and value.split()[0].lower() in self.vocab.organisation_of:
                # "Ministry of Fisheries and Marine Resources Development": a field's name
                # may be long
                value, start = _name_run(text, m.end(), False, self.vocab, most=9)
            lead = _SPACES.match(text, m.end())
            if not value or lead is None or start != lead.end():
                continue
            end = start + len(value)
            of = _FOR_FIELD.match(text, end)
            field = of is not None and value.split()[-1].lower() in self.vocab.organisation_heads
            if of is not None and field:
                value, end = text[start : of.end()], of.end()  # "Institute for Freshwater ..."
            words = [w.lower().strip(".,").replace(".", "") for w in value.split()]
            heads = [i for i, w in enumerate(words) if i and w in self.vocab.organisation_heads]
            if (
                not heads
                and len(words) >= 3
                and words[-1] in self.vocab.company_words
                and words[-1] not in self.vocab.role_nouns
                and words[-1] not in _DEPARTMENT_ENDS
                and not {"of", "head", "director", "manager", "chief", "lead"} & set(words)
            ):
                # "Pilbara Marine Pilot Services – ...", "Sunspire Adventure Parks, the Kissimmee
                # park": three words or more ending in an organisation's word (not a title's
                # "Head of ...", nor a ward's "Adult Critical Care")
                heads = [len(words) - 1]
            if (
                not heads
                and len(words) >= 3
                and words[1] == "of"
                and words[0] in self.vocab.organisation_of
            ):
                # "..., 10am, Ministry of Fisheries and Marine Resources Development (MFMRD),
                # Tanaea office": an organisation's word, "of" and its field
                heads = [len(words) - 1]
                field = True  # (the field's words stay, whatever they end in)
            if len(words) < 2 or not heads:
                continue
            tail = words[heads[-1] + 1 :]
            if len(tail) >= 2 and not set(tail) & _JOINERS and not field:
                # "Eko Palms Hotel Victoria Island": the place after the name goes (the value
                # stays the notes' own text up to the organisation's word)
                value = value[: list(re.finditer(r"\S+", value))[heads[-1]].end()]
                words = words[: heads[-1] + 1]
            if (
                not field
                and words[-1] in self.vocab.role_words
                and words[-1] not in self.vocab.company_words
            ):
                continue  # "Bellville Court Interpreter"
            after = text[end:]
            if _past_cue(text[max(0, start - 40) : start], self.vocab):
                # "2 Jahre bei meinem letzten Arbeitgeber, Kessler Getriebe GmbH": the
                # candidate's own past
                self.found.not_companies.add(value.lower())
                continue
            if OTHER_PARTY_BEFORE.search(text[max(0, start - 40) : start]):
                # "biggest funders: Nordhavn Foundation (Denmark) and the FCDO": the employer's
                # funder, client or partner, not the employer
                self.found.not_companies.add(value.lower())
                continue
            if _PART_END.match(after) and not shape_problem(value, max_words=8):
                loc = _located(_unshouted(value), seg, start, "cue")
                self.found.companies.append((2, self._next(), loc))
                if re.search(r"\binterview", text[:start], re.IGNORECASE):
                    # "Interview this morning, Lowveld Rugby Union (Pty) Ltd, Match-Day
                    # Operations Officer."
                    self._job_after_employer(seg, start + len(value))

    def _role_after_word_lower(self, seg: _Seg) -> None:
        """A memo written small: "for the position quality grader nutmeg and mace", the word
        for a job and then its name with no capitals to end it; the name runs to the last
        word (of the first four) that ends like a job's ("quality grader")."""
        if not self.lower:
            return
        for m in _WORD_THEN_JOB_LOWER.finditer(seg.text):
            words = m.group("r").split()
            ends = [
                k
                for k, w in enumerate(words)
                if w not in FUNCTION_WORDS and ends_like_a_job(w, self.vocab)
            ]
            if not ends or words[0] in _ROLE_STATE or words[0] in FUNCTION_WORDS:
                continue
            value = " ".join(words[: ends[-1] + 1])
            if shape_problem(value, max_words=4) or self.vocab.instruction_re.search(value):
                continue  # (as every cue's job: no order to the tool is a job's name)
            loc = _located(value, seg, m.start("r"), "cue")
            self.found.roles.append((3, self._next(), loc))

    def _role_wrapped(self, seg: _Seg) -> None:
        """ "Today I had the interview at Tati River International School for the post" and on
        the next line "of Examinations Officer and Chief Invigilator. It is ...": prose wrapped
        at a width, the job's name at the next line's start."""
        if _CUE_AT_LINE_END.search(seg.text) is None:
            return
        below = _seg_on(self.found, seg.line + 1)
        m = _OF_JOB_OPENS.match(below.text) if below is not None else None
        if below is None or m is None:
            return
        words = m.group("r").split()
        last = words[-1].lower()
        if len(words) > 6 or not ends_like_a_job(last, self.vocab):
            return
        loc = _located(m.group("r"), below, m.start("r"), "cue")
        self.found.roles.append((4, self._next(), loc))

    def _role_part(self, seg: _Seg) -> None:
        """A job title standing as one part of a line ("Audit Associate (graduate intake
        2026)" under the title, "..., Zamalek office. Investment Analyst.", "climber slash
        arborist position."): every word a word of a role or capitalised, the last a role's.
        The weakest reading of a role (a cue or a label wins), and never a person's title
        (decide drops a role that is someone's title)."""
        text = seg.text
        people = [p for p, _ in self.found.people] + self.found.mentioned
        # where someone is named on the line: "Sir Paolo Lim, Account Manager" gives their
        # title, not the job, in the part that names them and the part right after it
        named = [
            (p.name.span.start - seg.start, p.name.span.end - seg.start)
            for p in people
            if p.name.span is not None and p.name.span.line == seg.line
        ]
        head = name_at(text, 0, self.vocab, self.lower)
        if (
            head
            and head.start == len(text) - len(text.lstrip())  # (a name opening the line)
            and len(head.name.split()) >= 2
            and re.match(r"\s*[,(—–-]", text[head.end :])
        ):
            return  # "Priscilla Haugland, Judicial Assistant": a signature's name and title
        employer_here = seg.line in self._employer_lines()
        cuts = [0, *(m.end() for m in _ROLE_PART_CUT.finditer(text)), len(text) + 1]
        for begin, stop in itertools.pairwise(cuts):
            part = text[begin:stop]
            lead = _PART_LEAD.match(part)
            at = begin + (lead.end() if lead else 0)
            if any(begin <= a < stop or 0 <= begin - e <= 4 for a, e in named):
                continue
            if self._after_a_name(text, begin):
                continue  # "Lic. Sofía Elizondo, senior associate, was also there"
            person = name_at(text, at, self.vocab, self.lower)
            if (
                person is not None
                and person.start == at
                and len(person.name.split()) >= 2
                and not any(w.lower() in self.vocab.role_words for w in person.name.split())
                and not self.lower
                and text[person.end : stop].strip(" \t.,;|")[:1].islower()
            ):
                continue  # "Giorgi Tsiklauri director (5 min only)": a person and their job
            m = _ROLE_PART.fullmatch(text, at, max(at, begin + len(part.rstrip(" \t.,;|—–-"))))
            if m is None:
                continue
            words = m.group("r").split()
            lows = [w.lower() for w in words]
            noun = lows[-1] in self.vocab.role_nouns and len(words) >= 2
            if noun:
                words, lows = words[:-1], lows[:-1]  # "climber slash arborist position"
            if not 1 <= len(words) <= 5 or lows[0] in FUNCTION_WORDS:
                continue
            if self.vocab.greeting_re.fullmatch(lows[0]):
                continue  # "> Dear Ing. Rivero, thank you ...": a letter's greeting, no job
            if lows[-1] in self.vocab.honorifics and part.rstrip().endswith("."):
                continue  # "La Ing. Carolina Muñoz dirigió todo.": a form of address, cut
            if (
                lows[-1] not in self.vocab.role_words
                and not (noun and _ROLE_SUFFIX.search(lows[-1]))
            ) or (lows[-1] in _ROLE_MODIFIERS and lows[-1] not in _ROLE_ENDS):
                continue  # "Audit Associate"; "climber slash arborist position"; not "... School"
            if len(words) == 1 and (
                (not noun and seg.line > 3) or len(lows[0]) < 4 or lows[0] in self.vocab.title_words
            ):
                continue  # one word alone is a role only near the top ("Shipwright.", not "Lt")
            if any(w in FUNCTION_WORDS and w not in ("of", "and", "in") for w in lows):
                continue  # "Sherif the Front Office Manager": a person and their title
            if lows[0] in _PAST_JOB or lows[0].startswith("ex-"):
                continue  # "Mr Penhaligon, churchwarden. Retired solicitor.": someone's past
            # ("..., Powys County Council, mobile library driver.": a job in small letters
            # beside the employer the line names)
            beside = 1 < len(words) <= 4 and employer_here
            if not all(
                w in ("of", "and", "&", "in", "slash")
                or w in self.vocab.role_words
                or (k[:1].isupper() and not self.lower)
                or noun
                or self.lower
                or (beside and k.isalpha() and k.islower())
                for w, k in zip(lows, words, strict=True)
            ):
                continue
            # the notes' own text (a value is a span of them), without the role noun
            value = m.group("r") if not noun else m.group("r").rsplit(None, 1)[0].rstrip()
            if m.group("b") and not noun:
                value = text[m.start("r") : m.end("b")]
            if not shape_problem(value, max_words=8):
                self.found.roles.append(
                    (1, self._next(), _located(value, seg, m.start("r"), "cue"))
                )

    def _employer_lines(self) -> set[int]:
        """The lines that named an employer (for a job in small letters beside one): the
        companies found since the last look are added, so the cost stays linear; the set is
        built again where a title's tentative names were taken back (the list cut shorter)."""
        companies = self.found.companies
        seen = self.employers_seen
        if seen > len(companies) or (seen and companies[seen - 1] is not self.employers_last):
            self.employer_lines, seen = set(), 0
        for _, _, c in companies[seen:]:
            if c.span is not None:
                self.employer_lines.add(c.span.line)
        self.employers_seen = len(companies)
        self.employers_last = companies[-1] if companies else None
        return self.employer_lines

    def _after_a_name(self, text: str, begin: int) -> bool:
        """Whether a person's name with its honorific and a comma end just before `begin`
        (names the pass over people has not taken)."""
        window = max(0, begin - 50)
        m = _NAME_COMMA.search(text, window, begin)
        if m is None:
            return False
        for word in re.finditer(r"[A-Z]", text[m.start() : m.end(1)]):
            hit = name_at(text, m.start() + word.start(), self.vocab, False)
            if hit is None or hit.end != m.end(1):
                continue
            before = text[m.start() : hit.start]
            if hit.honorific is not None or re.fullmatch(r"[A-Z][a-z]{0,4}\.[ \t]+", before):
                return True  # (with its honorific: "Corvid Freight Forwarding, ..." is none)
            if self.vocab.person_cue_re.fullmatch(before.strip()):
                return True  # "Met Kenji Sato, the ops manager": met, so a person
        return False

    def _no_role_start(self, words: list[str]) -> bool:
        """A phrase that opens with a word no job opens with ("the new role", "a lot"); a
        word of a job's title is none of those ("the Site Manager role", "Team Leader"), nor
        is an ordinal before more words ("the Second Galley Cook position")."""
        first = words[0].lower()
        if first in self.vocab.role_words:
            return False
        if first in _ORDINALS and len(words) > 1:
            return False
        if words[0] in _TITLE_NOUNS and len(words) > 1:
            return False  # "the post of Mine Geologist": a capitalised noun of a job's name
        return first in FUNCTION_WORDS - {"it"}

    def _gloss_after_comma(self, seg: _Seg, job: str, end: int) -> Located | None:
        """The English gloss of a job named in another language, after a comma ("capitán de
        lancha, boat captain for the tours"): words that end like a job's name, after words
        the dictionary does not know."""
        m = _GLOSS_AFTER_COMMA.match(seg.text, end)
        if m is None:
            return None
        words = m.group("g").split()
        while words and words[-1].lower() in FUNCTION_WORDS:
            words.pop()
        text = " ".join(words)
        if not words or not m.group("g").startswith(text):
            return None  # its words split by more than a space: no job's name
        if not english_gloss(job, text, after_comma=True):
            return None  # ("the job is hard, long hours": what it is like)
        return _located(text, seg, m.start("g"), "cue")

    def _roles_in(self, seg: _Seg) -> None:
        self._role_wrapped(seg)
        self._role_after_word_lower(seg)
        for rank, pattern in enumerate(_ROLE_PATTERNS):
            for m in pattern.finditer(seg.text):
                stop = _ROLE_STOP_ANCHORED if rank == 0 else _ROLE_STOP
                raw = stop.sub("", m.group("r"))
                raw = _ROLE_STOP_ARTICLE.sub("", raw).strip(" -'\"")
                # ("for the post of Archivist": the job after the word for it)
                raw = _WORD_FOR_A_JOB_OF.sub("", raw)
                named = _OF_THE_NAMED.search(raw)
                job_part = raw[: named.start()].split() if named else []
                if (
                    named
                    and named.group(1).split()[-1].lower() not in _PARTS_OF_AN_EMPLOYER
                    # (the part before "of the" names a job: not "for the top of the South
                    # Island", where calls come from)
                    and job_part
                    and (
                        job_part[-1].lower() in self.vocab.role_words
                        or _ROLE_SUFFIX.search(job_part[-1].lower()) is not None
                    )
                ):
                    # "the interview for Manager of the Theoskepasti Pilgrim House": the job,
                    # then its employer by name ("Head of the Science Department" stays whole)
                    at = m.start("r") + m.group("r").find(raw) + named.start(1)
                    loc = _located(named.group(1), seg, at, "cue")
                    self.found.companies.append((2, self._next(), loc))
                    raw = raw[: named.start()]
                words = raw.split()
                if not words or len(words) > 6 or self._no_role_start(words):
                    continue
                if words[0].lower() in _ROLE_STATE:
                    continue  # "is the role still open": its state, not its name
                if words[0].isdigit():
                    continue  # "6 students for 1 instructor": a count, not a job's name
                if (
                    pattern is _APPLIED_FOR
                    and not ends_like_a_job(words[-1].lower(), self.vocab)
                    and words[-1].lower() not in self.vocab.role_nouns
                ):
                    continue  # "now applying for the R-stamp": a firm's certificate, no job
                if "?" in raw or "!" in raw:
                    # "job is manager right?": a question; "the interview for the
                    # ambulancha!!": a cry; neither the job's name
                    continue
                if raw.endswith("/"):
                    continue  # "about the Trust / job": two things told of, no job's name
                last = words[-1].lower()
                if (
                    self.lower
                    and rank == 0
                    and len(words) == 1
                    and last not in self.vocab.role_words
                    and not _ROLE_SUFFIX.search(last)
                ):
                    continue  # "memo for the halle job": a town's or a firm's word, no job
                if last.endswith("s") and last[:-1] in self.vocab.role_words:
                    continue  # "hiring the apprentices": the people hired, not the job's name
                if len(words) == 1 and last in _COLLECTIVE:
                    continue  # "the room is open for staff": a body of people, no job
                if rank in _ROLE_ENDS_TITLE and len(words) == 1 and last in self.vocab.honorifics:
                    continue  # "no need for Reverend this and Reverend that": how one is called
                if (
                    len(words) > 1
                    and all(w[:1].isupper() or w.lower() in _JOINERS for w in words)
                    and _LEGAL_WORDS.fullmatch(last.rstrip("."))
                ):
                    # "the interview for Nok Valley Agro Limited": the employer by its legal
                    # name, not a job
                    start = m.start("r") + m.group("r").find(raw)
                    loc = _located(raw, seg, start, "cue")
                    self.found.companies.append((2, self._next(), loc))
                    continue
                if (
                    rank == 1
                    and not m.group("foreign")
                    and (
                        words[0][:1].isdigit()
                        or (
                            raw.islower()
                            and not {w.lower() for w in words} & self.vocab.role_words
                            # "the job is brass instrument repairer": a job's ending, after a word
                            and not (len(words) > 1 and _ROLE_SUFFIX.search(last))
                            # "position of aviculturist / tratador de aves": a job's ending,
                            # then its name in another language after a slash
                            and not _SLASH_GLOSSED.search(raw)
                        )
                    )
                ):
                    glossed = self._gloss_after_comma(
                        seg, raw, m.start("r") + m.group("r").find(raw) + len(raw)
                    )
                    if glossed is not None and not words[0][:1].isdigit():
                        # "job is capitán de lancha, boat captain for the tours": the job in the
                        # writer's language, then in English after a comma
                        self.found.roles.append((3, self._next(), glossed))
                    # "position is 4 years", "half the job is the farmers shouting": what the
                    # job is like, not its name
                    continue
                # (of a job glossed after a slash, its first side: "Pearl Grader / trieur ...")
                named_last = re.split(r"\s+/\s+", raw)[0].split()[-1].lower()
                if (
                    rank == 1
                    and m.group("part")
                    and named_last not in self.vocab.role_words
                    and not _ROLE_SUFFIX.search(named_last)
                ):
                    continue  # "..., post Office was closed": no job's name after the word
                titled = words[-2] if len(words) > 1 and _GRADE.fullmatch(words[-1]) else words[-1]
                # (or opens like one in a Romance language: "for supervisora de línea de
                # costura", the job noun, "de" and its field)
                romance = (
                    len(words) >= 3
                    and words[0].lower() in self.vocab.role_heads
                    and words[1].lower() in _ROMANCE_OF
                )
                before = seg.text[max(0, m.start() - 40) : m.start()]
                if rank in _ROLE_ENDS_TITLE and _COUNTED_BEFORE.search(before):
                    continue  # "read 3 lines for a Korean drama male lead": a part, no job
                if rank in _ROLE_ENDS_TITLE and _DECIDES_FOR.search(before):
                    continue  # "He decides for technical staff": whom they hire, no job named
                lead = seg.text[max(0, m.start("r") - 40) : m.start("r")]
                if _TOLD_ABOUT.search(lead):
                    continue  # "I told them about the Lidl job": a job the candidate had
                if (
                    rank in _ROLE_ENDS_TITLE
                    and not romance
                    and (
                        titled.lower() not in self.vocab.role_words
                        or titled.lower() in _ROLE_MODIFIERS
                    )
                ):
                    continue  # a bare "for X" counts only when X ends like a job title
                ends = [k for k, w in enumerate(words) if ends_like_a_job(w.lower(), self.vocab)]
                if (
                    self.lower
                    and ends
                    and ends[-1] < len(words) - 1
                    and all(w.lower() in _WHEN_WORKED for w in words[ends[-1] + 1 :])
                ):
                    # a memo's "the position is gondola lift mechanic winter and summer both":
                    # the job ends at its last word of a job, when it is worked follows
                    kept = re.match(rf"\S+(?:\s+\S+){{{ends[-1]}}}", raw)
                    raw = kept.group(0) if kept else raw
                if shape_problem(raw, max_words=8) or self.vocab.instruction_re.search(raw):
                    continue
                start = m.start("r") + m.group("r").find(raw)
                after = re.match(r"[ \t]*\([^()\n]{1,30}\)", seg.text[start + len(raw) :])
                if after and not re.search(r"https?:|@|\d{3}", after.group(0)):
                    raw = seg.text[start : start + len(raw) + after.end()]
                loc = _located(raw, seg, start, "cue")
                # (a job named in another language gives way to one the notes name in English)
                weight = 2 if rank == 1 and m.group("foreign") else 5 - min(rank, 4)
                self.found.roles.append((weight, self._next(), loc))
