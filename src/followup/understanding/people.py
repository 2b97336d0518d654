"""Finding a person's name (with honorific and title) at a place in the notes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup.understanding.facts import (
    GIVEN_NAME_PARTICLES,
    MAX_FACT_CHARS,
    PARTICLES,
    SAINT,
    SHORT_GIVEN_NAMES,
    SHORT_GIVEN_WORDS,
)
from followup.understanding.vocabulary import Vocabulary

# Words that are never part of a name, whatever their case (lower-case notes have no capitals
# to tell a name from a word).
# (the last line: punctuation a voice memo dictates, "mrs kalaivani subramaniam comma", and
# "note to self full stop", which name nobody)
FUNCTION_WORDS = frozenset(
    """a an the and or but of to in on at for with from by about as into over after before
    during until is are was were be been being am has have had do does did will would can
    could should may might must shall i me my mine we us our you your he him his she her they
    them their it its this that these those there here who whom whose which what when where why
    how all any both each few more most other some such no nor not only own same so than too
    very just also again today yesterday tomorrow tonight morning afternoon evening week month
    year then now later soon maybe really quite pretty lot lots said says told asked talked
    spoke met chatted interviewed called mentioned explained showed seemed felt thinks think
    check
    thought hiring manager boss team company role job position interview interviews call
    chat meeting zoom teams phone video onsite site first second third one two three new old
    great good nice kind friendly lovely super very everyone someone nobody people person
    guy lady woman man folks staff um uh like yeah ok okay hr re fwd fw via per hes shes
    theyre im ive its thats whos dont didnt cant wont isnt wasnt something someone anyone
    regards thanks cheers best sincerely yours atte abraços cordialement obrigado obrigada
    saludos signed sign love xx xo warmly gracias danke merci robot bot ai chatgpt
    tool app computer recording speaking thank thankyou email mail mention say ask tell
    include write send remember add note keep highlight use because since while although though
    unless if cuz coz except besides
    bsc msc bsba bba mba phd bcom mcom llb llm bsn msn diploma degree
    licenciatura bachelor bachelors
    comma colon semicolon period full stop self quote unquote
    went goes going gone got alright saw visited rang emailed texted phoned messaged up
    anything everything nothing somebody anybody everybody stuff thing things
    oggi ieri hoy ayer hoje ontem heute gestern vandaag gisteren
    entrevista entrevistas entretien entrevue colloquio intervista intervju haastattelu
    sollicitatiegesprek vorstellungsgespräch bewerbungsgespräch
    il ils elles él ellos ellas nosotros vous nous wir ihr sie ich uns
    c j qu l""".split()  # French elisions: "c'est", "j'ai", "qu'il", "l'équipe" (not "N'Diaye")
)
# Words that are no name in notes without capitals, where any word could be one: a language
# the mail is to be in ("el correo a paola en inglés"), what it is sent to ("email to daiki
# address"). With a capital they may be ("Todd English").
# (and the words that say how to write: "email to mrs chepkoech short and polite"; and a
# parent, whose possessive a memo writes without its apostrophe: "mail to papas email")
NO_NAME_IN_LOWER_CASE = frozenset(
    """en address addresses inbox english inglés ingles spanish español espanol french
    français francais francés frances german deutsch alemán aleman italian italiano
    portuguese português portugues japanese arabic árabe arabe chinese korean russian
    dutch language idioma short polite brief formal friendly professional
    curto curta corto corta breve educado educada cortito cortita
    papa papas mama mamas dad dads daddy mum mums mom moms""".split()
)
# degrees (function words too): one written in a name's capitals, "Mba", is a family name
# ("Capt. Rodrigue Ondo Mba"), never "MBA", "PhD" or a memo's "mba"
DEGREES = frozenset("bsc msc bsba bba mba phd bcom mcom llb llm bsn msn".split())
# honorifics that are one only with their dot: "Er. Thapa Magar", not a voice memo's "er";
# the Slovenian "g. Kos", not a "g" of "5 g"; the French "Pr. Jaziri", not "PR Manager"; the
# Swahili "Bi. Mwanaisha", not "BI Analyst"
DOT_ONLY = frozenset({"er", "g", "ga", "pr", "bi", "bw", "pe", "arch"})
# honorifics that are one only in lower case: "seu Raimundo", "anh Hải" (not "Seu contrato",
# nor "Anh Nguyen", a given name)
LOWER_ONLY = frozenset({"seu", "anh", "chị"})
# and one only with a capital: "Bu Retno" (Indonesian), not the Turkish "bu" ("this")
CAPITAL_ONLY = frozenset({"bu", "u"})
NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*")
_NAME_AFTER_PARTICLE = re.compile(r"[ \t]+[^\W\d_]{2,}(?![\w'’-])")
# more particles, then a capitalised name word: "van der Berg" after "Mr."
_PARTICLE_THEN_NAME = re.compile(r"(?:[ \t]+(?:[a-z]{1,4}))*[ \t]+[A-Z][^\W\d_]+")
INITIAL = re.compile(r"[^\W\d_]\.(?=[ \t]+[^\W\d_])")
_SHORT_GIVEN = re.compile(rf"(?:{'|'.join(SHORT_GIVEN_NAMES)})\.(?=[ \t]+[A-Z][a-z])")
# a nickname in quotes between names, then a capitalised name word
_QUOTED = r"[\"“][^\W\d_][^\"”\n]{0,19}[\"”]"
_QUOTED_NICKNAME = re.compile(_QUOTED + r"(?=[ \t]+[A-Z][a-z])")
# a nickname in quotes after a full name, before its title or the line's end
_TRAILING_NICKNAME = re.compile(r"[ \t]+" + _QUOTED + r"(?=[ \t]*(?:[—–,(:|]|-[ \t]|$))")
# (with its accents: "T. Okonkwo-Barnes", "J. Álvarez", "D. Tomás")
_NAME_AFTER_INITIAL = re.compile(
    r"[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?:[ \t]|$|[,.])"
)


@dataclass(frozen=True)
class NameHit:
    honorific: str | None
    name: str  # capitalised
    start: int  # span of the name (without honorific) in the scanned text
    end: int
    title: str | None
    title_end: int
    title_before: str | None = None  # "Head Chef" in "Head Chef Luca Moretti"


# articles that open a family name with a capital ("Le Goff", "La Fontaine")
_ARTICLES = frozenset({"le", "la"})
# the end of a patronymic, the father's name a given name is said with in Ukraine, Russia and
# Central Asia ("Nataliia Viktorivna", "Gulnara Asanovna", "Ivan Petrovich"): polite, and no
# family name
PATRONYMIC_END = r"(?:ovna|evna|ivna|yivna|ichna|inichna|ovich|evich|ovych|evych)"
# the particles a name written in capitals keeps small ("van der Berg", "de la Cruz"); an
# Irish name's are capitals ("Ciarán Mac Giolla Bhríde", "Aoife Ní Bhriain")
_SMALL_PARTICLES = (
    PARTICLES - GIVEN_NAME_PARTICLES - {"mac", "mhic", "nic", "giolla", "ó", "ní", "uí", "ua"}
)


def capitalise(word: str) -> str:
    """`o'neil` -> `O'Neil`, `mary-jo` -> `Mary-Jo`, `mcintyre` -> `McIntyre`; a word with
    capitals keeps them."""
    if any(c.isupper() for c in word):
        return word

    def up(m: re.Match[str]) -> str:
        upper = m.group(2).upper()
        return m.group(1) + (upper if len(upper) == 1 else m.group(2))  # never "ß" -> "SS"

    if len(word) > 3 and word[-2:] in ("'s", "’s"):
        return capitalise(word[:-2]) + word[-2:]  # "sexton's" -> "Sexton's", not "Sexton'S"
    if re.fullmatch(r"mc\w{3,}", word):
        return "Mc" + capitalise(word[2:])  # a Scottish or Irish "mcintyre"
    return re.sub(r"(^|['’\-])(\w)", up, word)


# words that are names too, written with a capital between two words of a name
_NAMES_AS_WELL = frozenset({"Said", "Will", "May", "Hope", "Grace", "Joy", "Rose"})
# degrees whose letters are names too when written as a name ("Meng", "Beng")
_CASED_DEGREES = frozenset({"MEng", "BEng", "MENG", "BENG"})


# a name in Latin letters in brackets right after one in another script
_LATIN_IN_BRACKETS = re.compile(
    r"[ \t]*\((?P<n>[A-Za-z][A-Za-z'’.-]*(?:[ \t]+[A-Za-z][A-Za-z'’.-]*){1,4})\)"
)


def latin_spelling(name: str, text: str, end: int) -> str | None:
    """'Татьяна Ивановна Жук (Tatyana Ivanovna Zhuk)': the name as the notes spell it in Latin
    letters right after it, which an email in English writes; None when they do not."""
    if re.search(r"[A-Za-z]", name):
        return None
    m = _LATIN_IN_BRACKETS.match(text, end)
    if m is None or len(m.group("n").split()) != len(name.split()):
        return None
    return m.group("n")


_INNER_NICKNAME = re.compile(r"[ \t]+" + _QUOTED + r"(?=[ \t]+\S)")


def without_nickname(name: str) -> str:
    """A name as a letter to its bearer writes it: 'Katrina "Kat" Villanueva' is Katrina
    Villanueva (the nickname in quotes is what friends call her; the reader keeps it in the
    name's span, as the notes write it)."""
    return _INNER_NICKNAME.sub("", name)


def is_name_word(word: str, vocab: Vocabulary, lower_case_notes: bool) -> bool:
    low = word.lower().strip("'’")
    if low in DEGREES and word[:1].isupper() and word[1:].islower() and not lower_case_notes:
        return True  # "Capt. Rodrigue Ondo Mba": a family name, not an MBA
    if re.split(r"['’]", low)[0] in FUNCTION_WORDS:
        return False
    if (len(low) < 2 and word.isascii()) or low in FUNCTION_WORDS or low in vocab.title_words:
        return False
    if word in _CASED_DEGREES:
        return False  # "MEng", "BEng" are degrees; "Lee Kah Meng" is a name
    if (
        low in vocab.honorifics
        and (low not in LOWER_ONLY or word.islower())
        and (low not in CAPITAL_ONLY or word[:1].isupper())
    ):
        return False  # ("Nguyễn Thị Lan Anh": "Anh" is a given name, "anh Hải" a form)
    if low.endswith("ji") and (low[:-2] in vocab.greeted_titles or low[:-2] in vocab.honorifics):
        return False  # "Panditji", "Masterji": a title and the respectful "-ji", no name
    if lower_case_notes:
        if low in NO_NAME_IN_LOWER_CASE:
            return False
        return word.isalpha() or "-" in word or "'" in word
    if _CAMEL_CASE.search(word) and not word.startswith(("Fitz", "Della")):
        return False  # "CargoWise", "LinkedIn", "PowerBI": a product ("McKay", "LaToya" are names)
    return word[0].isupper() and not (word.isupper() and len(word) > 1)


# the capitalised word after a Balinese name's "I" or "Ni"
_BALINESE_NEXT = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


# the suffixes of address that follow a family name in Japanese and Korean: "-san", a teacher's
# "-sensei", a job's title as the form, "Onodera-kouchou" (head of school), "Kaneshiro-shachō"
# (president)
FAMILY_NAME_SUFFIXES = (
    r"san|sama|sensei|ssi|nim|k[oō]u?ch[oō]u?|shach[oō]u?|buch[oō]u?|kach[oō]u?|tench[oō]u?"
)
# a suffix of address after a name: "Sato-san", "Kim-nim", "Sharma-ji", "Ayşe-hanım", and a
# Japanese title used as one ("Onodera-kouchou", the head of a school; "Ito-buchou")
ADDRESS_SUFFIX = re.compile(
    rf"-(?:{FAMILY_NAME_SUFFIXES}|kun|chan|ji|hanım|bey|sench[oō]u?)\b",
    re.I,
)
# a capital after three lower-case letters inside a word
_CAMEL_CASE = re.compile(r"[a-z]{3}[A-Z]")


# the bold that closes a name, past its form in another script ("**Ko Seung-ho 대표님**")
_CLOSING_BOLD = re.compile(r"(?:[ \t]+[^\x00-\u024f\s]+)*(?:\*\*|__)(?=[ \t]*[-—–,(])")


def _title_after(text: str, pos: int, vocab: Vocabulary) -> tuple[str | None, int]:
    """`(Head of Data)` or `, Store Manager` or `, who runs the unit` right after a name (and
    its suffix of address, "Sato Kenji-san, the ops manager")."""
    suffix = ADDRESS_SUFFIX.match(text, pos)
    pos = suffix.end() if suffix else pos
    # (past the bold that closes a name: "- **Ko Seung-ho** — owner & CEO")
    bold = _CLOSING_BOLD.match(text, pos)
    pos = bold.end() if bold else pos
    m = re.match(r"\s*\(([^()\n]{2,60})\)", text[pos:])
    if m:
        return m.group(1).strip(), pos + m.end()
    m = re.match(
        r"(?:,?\s+(?:she|he|they)(?:'s| is| are)|,|\s+[-—–])\s+((?:who\s+)?[^,.;:\n()]{2,60})",
        text[pos:],
    )
    if m:
        phrase = re.sub(  # "Yannick Le Goff, le gérant, ...": an article in their language
            r"^(?:the|our|their|a|an|le|la|l'|el|il|lo|o|der|die|de|het)\s*(?<=\s|')",
            "",
            m.group(1).strip(),
            flags=re.I,
        )
        words = phrase.split()
        first = words[0].lower() if words else ""
        if first == "who" and len(words) > 1:
            end = pos + m.end()
            phrase = " ".join(words[1:])
            return re.split(r"\s+(?:but|at|in|for|from)\s+", phrase)[0], end
        # (a job's short form too, "Jason Lim, workshop mgr."; not "dept" or "sr" alone)
        titled = [
            w.lower() in vocab.title_words - {"the", "of", "and"} or w.lower() in _SHORT_JOBS
            for w in words
        ]
        # (or a job's noun first, in the languages that put it there: "Pilar Sánchez Mateos,
        # coordinadora del centro", "Marie-Ève Gagnon, directrice scientifique")
        if titled and first in vocab.role_heads:
            titled[0] = True
        if any(titled[:3]) or (len(words) > 3 and words[1].lower() == "and" and titled[3]):
            # ("Chen Lu, food and beverage manager there": an "and" inside the title)
            # (a memo's run-on "operations manager he ran the whole thing": a pronoun starts
            # what they did)
            cut = re.split(
                r"\s+(?:at|from|in|for|with|who|he|she|they|he's|she's|they're)\s+|\s+[-–—]\s+"
                r"|\s*(?:->|→)",  # ("coordinadora del centro -> she decides")
                phrase,
            )[0]
            if any(titled[:3]):
                cut = re.split(r"\s+and\s+", cut)[0]
            return cut, pos + m.end(1) - len(m.group(1)) + m.group(1).find(cut) + len(cut)
    return None, pos


def _full_name_after(
    text: str, pos: int, short: str, vocab: Vocabulary, lower_case_notes: bool
) -> tuple[str, int, int, str | None, int] | None:
    """A bracket right after a short name that holds the full one (and maybe a title):
    `Sir Mark (Mark Anthony Villanueva, Operations Manager ...)`. None when it does not."""
    m = re.match(r"[ \t]*\(", text[pos:])
    if not m:
        return None
    at = pos + m.end()
    close = text.find(")", at)
    if close < 0 or close - at > 120:
        return None
    inner = re.match(r"[^,;()\n]+", text[at:close])
    if not inner:
        return None
    words = inner.group(0).split()
    short_words = {w.lower() for w in short.split()}
    if not 2 <= len(words) <= 5 or not short_words & {w.lower() for w in words}:
        return None
    if len(words) <= len(short_words):
        return None  # "Tan Mei Ling (Mei Ling)": the bracket is what they go by, not more
    if not all(is_name_word(w, vocab, lower_case_notes) or w.lower() in PARTICLES for w in words):
        return None
    end = at + len(inner.group(0).rstrip())
    name = " ".join(capitalise(w) if lower_case_notes else w for w in words)
    rest = text[end:close].lstrip(" ,;")
    title = rest.strip() or None
    return name, at, end, title, close + 1


# a capitalised title word right after a one-word "name", then another capitalised word
_TITLE_THEN_NAME = re.compile(r"[ \t]+([A-Z][\w-]*)(?=[ \t]+[A-Z])")
# words of respect written after a name in South Asia: "Sharma ji", "Singh Sahib"
_RESPECT_AFTER = frozenset({"ji", "jee", "sahib", "saheb"})
# words that follow a name but are never one of its words: a weekday written short (not
# "Sun", "Mon", "Sat": family names too) and "thanks" in the languages notes mix in
_NEVER_AFTER_A_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday tues weds thur thurs "
    # (not "asante", "salamat", "shukran": family and given names as well)
    "merci gracias grazie danke obrigado obrigada miigwech arigato arigatou spasibo kiitos".split()
)
# a suffix of address written as a word of its own in a voice memo ("okada kenji san")
_SUFFIX_AS_WORD = frozenset({"san", "sama", "sensei", "kun", "chan", "ssi", "nim"})
# Turkish honorifics written as a word after the name
AFTER_NAME = {"hanım": "Ms.", "hanim": "Ms.", "bey": "Mr."}
# every word of address written after a name ("Selin Hanım said ...")
WORDS_AFTER_NAME = _RESPECT_AFTER | frozenset(AFTER_NAME)


def name_at(text: str, pos: int, vocab: Vocabulary, lower_case_notes: bool) -> NameHit | None:
    """The name starting at `pos` (after skipping filler like `the deputy,` or `Head Chef`)."""
    skipped = _skip_filler(text, pos, vocab, lower_case_notes)
    if skipped is None:
        return None
    i, honorific, before = skipped
    words, honorific = _name_words(text, i, vocab, lower_case_notes, honorific)
    if not words:
        return None
    last, last_start, last_end = words[-1]
    if len(last) > 3 and last[-2:].lower() in ("'s", "’s"):
        # "mr pollard's my dad": the name without the possessive
        words[-1] = (last[:-2], last_start, last_end - 2)
    start, end = words[0][1], words[-1][2]
    if len(words) == 1 and honorific is None and not before:
        # "Art Director Park Ji-yeon", "Creative Director Beatrix Horváth": a word of the job
        # before a title word, then the name
        title_word = _TITLE_THEN_NAME.match(text, end)
        if title_word and title_word.group(1).lower() in vocab.title_words:
            inner = name_at(text, title_word.end(), vocab, lower_case_notes)
            if inner is not None and inner.title_before is None:
                job = f"{words[0][0]} {title_word.group(1)}"
                return NameHit(
                    inner.honorific,
                    inner.name,
                    inner.start,
                    inner.end,
                    inner.title,
                    inner.title_end,
                    job,
                )
    if len(words) == 1 and honorific is None and _INDEFINITE_BEFORE.search(text[pos:start]):
        return None  # "with a Fonterra farm plan": a one-word name after "a" is a brand
    if len(words) == 1 and honorific is None and words[0][0].lower() in vocab.organisation_firsts:
        return None  # "and with the Asociación": alone, the word that opens an organisation's
        # name (a longer name is for the callers to weigh: "write to Studio Marconi")
    if (
        lower_case_notes
        and honorific is None
        and not before
        and _BARE_ARTICLE_BEFORE.search(text, pos, start) is not None
    ):
        return None  # a memo's "i also saw the bathroom": a thing; a person has no article
    if len(words) == 1 and honorific is None and words[0][0].lower() in vocab.demonyms:
        return None  # "the owner is Dutch": a nationality, not a name
    if (
        len(words) == 1
        and honorific is None
        and words[0][0].lower() in vocab.numbered_things
        and _NUMBER_AFTER.match(text, end)
    ):
        return None  # "a lesson with Grade 8": a thing by its number, not a name
    if len(words) == 1 and honorific is None and not before and words[0][0].lower() in _WEEKDAYS:
        return None  # "with Sunday mornings and Wednesday evenings": a day, not a name
    if len(words) == 1 and honorific is None and words[0][0].lower() in _NO_NAME_MONTHS:
        return None  # "busy with the December rush": a month, not a name ("June" may be one)
    name = " ".join(
        capitalise(w)
        if lower_case_notes
        and (
            k == 0
            or w.lower() not in _SMALL_PARTICLES
            # a French or Breton article opening a family name is a capital ("yannick le goff"
            # is Yannick Le Goff), unlike one after another particle ("de la cruz")
            or (w.lower() in _ARTICLES and words[k - 1][0].lower() not in PARTICLES)
        )
        else w
        for k, (w, _, _) in enumerate(words)
    )
    full = _full_name_after(text, end, name, vocab, lower_case_notes)
    if full is not None and len(full[0]) <= MAX_FACT_CHARS:
        # "Sir Mark (Mark Anthony Villanueva, Operations Manager)"
        name, start, end, title, title_end = full
        return NameHit(honorific, name, start, end, title, title_end)
    if len(name) > MAX_FACT_CHARS:  # a pasted token on a line of its own is nobody's name
        return None
    # ('Armando Osuna "el Güero" — clubhouse manager': the title after what they are called)
    nickname = _TRAILING_NICKNAME.match(text, end) if len(words) >= 2 else None
    # "Marie-Ève Gagnon, Ph.D., directrice scientifique": a doctorate after the name is the
    # "Dr." of a salutation, and the title follows it
    doctorate = DOCTORATE_AFTER.match(text, end) if len(words) >= 2 else None
    if doctorate is not None and honorific is None:
        honorific = "Dr."
    after_name = doctorate.end() if doctorate else nickname.end() if nickname else end
    title, title_end = _title_after(text, after_name, vocab)
    title_before = " ".join(before) if before and before[-1].lower() != "of" else None
    after = re.match(r"[ \t]+(sir|ma'am|madam|ji)\b", text[end:], re.IGNORECASE)
    if after and honorific is None:  # "Rajesh Kumar sir": the honorific after the name
        honorific = {"sir": "Mr.", "ji": None}.get(after.group(1).lower(), "Ms.")
    bracketed = _HONORIFIC_IN_BRACKETS.match(text, end)
    if bracketed and honorific is None:
        # "Kuroda Masaki (Prof.) — PI of the lab", "Hirano Aya (Dr., assistant professor)"
        honorific = vocab.honorifics.get(bracketed.group(1).lower())
        if (
            honorific is not None
            and title is not None
            and _HONORIFIC_IN_BRACKETS.fullmatch(f"({title})")
        ):
            title = None  # the bracket said the honorific and nothing else
    return NameHit(honorific, name, start, end, title, title_end, title_before)


# an honorific in brackets after a name: "(Prof.)", "(Dr., assistant professor)"
_HONORIFIC_IN_BRACKETS = re.compile(
    r"[ \t]*\((dr|prof|mr|mrs|ms|mx|miss)\.?(?=[,)])(?:\)|,[^()\n]*\))", re.IGNORECASE
)
# the short forms of a job's own word (a title may end on one: "workshop mgr", "shop asst")
_SHORT_JOBS = frozenset("mgr asst supvr supv coord techn".split())
# a doctorate written after a name, before what follows it: ", Ph.D.", " PhD,"
DOCTORATE_AFTER = re.compile(r",?[ \t]+(?:Ph\.[ \t]?D\.?|PhD|DPhil|D\.Phil\.?)(?=[,;)\s]|$)")
# "(Rtd)" after a rank, and a second honorific in brackets ("Dr. (Mrs.) Perera"): passed over
_RETIRED = re.compile(r"\((?:rtd|retd|ret|retired|mrs|mr|ms|miss)\.?\)", re.IGNORECASE)
# "St." or "St" before a capitalised family name ("St. Rose", "St Clair", "Ste. Marie")
_SAINT = re.compile(rf"({SAINT.pattern})(?=[ \t]+[A-Z][a-zà-ÿ'’-]+)")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# months and their short forms: a name word only when no day follows ("Jan de Vries", "June")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# months no one is called by alone ("April", "May", "June" are given names as well)
_NO_NAME_MONTHS = frozenset("january february september october november december".split())
# a day's short names too: "interview was Tue 10 March"
_DATE_WORDS = _MONTHS | _WEEKDAYS | frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b")
# what follows a weekday that says when ("Monday last week", "Friday morning", "Tuesday at 10")
_WHEN_AFTER_DAY = re.compile(
    r"[ \t]+(?:last|next|this|morning|afternoon|evening|night|at|before|after|\d)\b"
    r"|[ \t]*(?:[.;!?]|,?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)


def _name_after_initials(text: str, pos: int) -> bool:
    """A name word follows `pos`, after at most two more initials ("R. K. Deshpande")."""
    for _ in range(3):
        if _NAME_AFTER_INITIAL.match(text, pos):
            return True
        more = INITIAL.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" \t")))
        if more is None:
            return False
        pos = more.end()
    return False


# "Me" before a name (never a label's "Me:"): Maître, a notary's or an advocate's form in French
# (a name joined by a hyphen too: "Me Jean-Robert Pierre-Louis")
_MAITRE_NAME = re.compile(
    r"[ \t]+[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?(?:[ \t]+[A-ZÀ-Ý]|[,.]|$)"
)


# a capitalised abbreviation of two to four letters before a given and a family name: a title
# of the notes' country the vocabulary lacks ("Cra. Valeria Sosa"), not the name's first word
_UNKNOWN_TITLE = re.compile(r"[A-Z][a-z]{1,3}\.")
_CAPITALS_TITLE = re.compile(
    r"[A-Z]{2,3}[ \t]+[A-Z][a-zà-ÿ'’-]+[ \t]+[A-Z][a-zà-ÿ'’-]+[ \t]*(?:[—–]|-[ \t]|\()"
)
_TWO_NAME_WORDS = re.compile(r"[ \t]+[A-Z][a-zà-ÿ'’-]+[ \t]+[A-Z][a-zà-ÿ'’-]")
# a name in another script, then the same name in ours ("小野寺 健 Onodera Takeshi")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_NATIVE_THEN_LATIN = re.compile(r"(?:[ \t]+[^\sA-Za-zÀ-ɏ\d]+)*" + _TWO_NAME_WORDS.pattern)


# the words before a title and a name that say whose or how many ("the owners", "both owners")
_ARTICLES_BEFORE_TITLE = frozenset({"the", "our", "a", "an", "their", "both"})


def _skip_filler(
    text: str, pos: int, vocab: Vocabulary, lower_case_notes: bool
) -> tuple[int, str | None, list[str]] | None:
    """Past the articles, title words and honorifics before a name ("the deputy, Ms. Ada
    Kim"): where the name may start, its honorific, and the title words kept (`Head Chef`);
    None when the text ends first."""
    i = pos
    honorific: str | None = None
    before: list[str] = []
    for _ in range(6):
        m = re.match(r"[\s,:*_]*(\S+)", text[i:])  # past bold: "with:** Arq. Teresa"
        if not m:
            return None
        word = m.group(1)
        # (the Portuguese feminine "Dr.ª", "Eng.ª", "Prof.ª": the vocabulary's "drª", "engª")
        low = word.lower().rstrip(".,:").replace(".ª", "ª")
        if (
            low in vocab.honorifics
            and (low not in DOT_ONLY or word.endswith("."))
            and (low not in LOWER_ONLY or word.islower())
            and (low not in CAPITAL_ONLY or word[:1].isupper())
        ):
            honorific, i = _honorifics(text, i + m.end(), vocab.honorifics[low], vocab)
            break
        if word == "Me" and _MAITRE_NAME.match(text, i + m.end()):
            honorific, i = "Maître", i + m.end()  # "avec Me Geneviève Ouellet": a notary
            break
        if (
            _UNKNOWN_TITLE.fullmatch(word)
            and low + "." not in SHORT_GIVEN_WORDS
            and low != "st"
            and _TWO_NAME_WORDS.match(text, i + m.end())
        ):
            i += m.end()  # "Cra. Valeria Sosa" (a Contadora): a title we do not know, no name
            continue
        if not before and honorific is None and _CAPITALS_TITLE.match(text, i + m.start(1)):
            # "EU Carolina Vidal — supervisora" (an Enfermera Universitaria): capitals before a
            # list item's name and its job, a title we do not know
            i += m.end()
            continue
        if (
            not before
            and honorific is None
            and word.strip("*_").isalpha()
            and not _LATIN.search(word)
            and _NATIVE_THEN_LATIN.match(text, i + m.end())
        ):
            i += m.end()  # "정민호 Jung Min-ho": the name in its own script, then in ours
            continue
        if low in ("just", "only") and not before and honorific is None:
            i += m.end()  # "thank-you note: just Danielle"
            continue
        nxt = re.match(r"\s+(\S+)", text[i + m.end() :])
        if (
            low in _ARTICLES_ELSEWHERE
            and nxt
            and nxt.group(1).lower().strip("*_").rstrip(".,:") in vocab.honorifics
        ):
            i += m.end()  # "colloquio con il Dott. Ferri", "Gespräch mit der Frau Dr. Maier"
            continue
        titled = low in vocab.title_words or (low[-1:] == "s" and low[:-1] in vocab.title_words)
        after_article = i > pos and re.search(
            r"\b(?:the|our|their|a|an|both)\s*$", text[pos:i], re.I
        )
        # ("by both owners, Rosie Trelawny and Kwame Mensah": "both" as an article)
        if low in _ARTICLES_BEFORE_TITLE or (
            titled and (lower_case_notes or word[0].isupper() or low == "of" or bool(after_article))
        ):  # "the owners Hemi Walker and ...": a lower-case title after an article, too
            i += m.end()
            if low not in _ARTICLES_BEFORE_TITLE:
                before.append(word.rstrip(".,:"))
            elif before:
                before.clear()
            if word.endswith((",", ":")):
                before.clear()  # "the deputy, Ms. Kim": a description, not part of a title
            continue
        if (
            before
            and before[-1].lower() == "of"
            and word[:1].isupper()
            and word.isalpha()
            and _TWO_NAME_WORDS.match(text, i + m.end())
        ):
            i += m.end()  # "Head of Story Dominic Ferreira-Lowe": what they head, then the name
            before.append(word)
            continue
        break
    return i, honorific, before


def _honorifics(
    text: str, i: int, honorific: str | None, vocab: Vocabulary
) -> tuple[str | None, int]:
    """A chain of honorifics, "Rev. Fr. Emmanuel Ssekandi": each is kept, in order; a retired
    officer's "(Rtd)" after one ("Maj. (Rtd) Peter Lekishon") is passed over. German and
    Austrian chains read as English does: "Herr Dr. Pichler" is "Dr. Pichler", and "Frau Mag.
    Hofer" is "Ms. Hofer" (a Magister is no title an English salutation uses)."""
    for _ in range(_LONGEST_CHAIN):
        nxt = _NEXT_WORD.match(text, i)
        if nxt is None:
            break
        word = nxt.group(1).lower().rstrip(".,:")
        if _RETIRED.fullmatch(nxt.group(1)) or (word in _UNSPOKEN_DEGREES and honorific):
            i = nxt.end()
            continue
        if (
            honorific
            and _DON.fullmatch(nxt.group(1))
            and _SPANISH_BEFORE_DON.search(text, 0, nxt.start())
            and _TWO_NAME_WORDS.match(text, nxt.end())
        ):
            i = nxt.end()  # "Rvdo. D. Tomás Gil", "Sr. D. Luis Mora": the Spanish Don, unsaid
            continue
        more = vocab.honorifics.get(word, "")
        if not more or not honorific:
            break
        if honorific in _PLAIN and more in ("Dr.", "Prof."):
            honorific = more
        else:
            honorific = f"{honorific} {more}"
        i = nxt.end()
    if honorific and "Canon" in honorific.split():
        honorific = "Canon"  # "The Revd Canon Dr Alison Treharne" is greeted "Canon Treharne"
    return honorific, i


# a word after a space or tab; a chain is bounded ("The Revd Canon Dr" is the longest seen),
# so a note of nothing but "Dr. Dr. Dr. ..." costs its length once, not its square
_NEXT_WORD = re.compile(r"[ \t]+(\S+)")
_LONGEST_CHAIN = 6
# an article just before where a name would start ("saw the bathroom")
_BARE_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|our|their)[ \t]+$", re.IGNORECASE)
# articles of other languages, passed over before an honorific only
_ARTICLES_ELSEWHERE = frozenset("il lo la el le l' der die dem den o os as".split())
_PLAIN = frozenset({"Mr.", "Ms.", "Mrs.", "Miss"})
# the Spanish "Don" and "Doña" written short, after another honorific
_DON = re.compile(r"D\.|Dª|Dña\.?|Don|Doña")
# the Spanish honorifics written before it ("Mr. D. Lalith Wickramasinghe" has an initial)
_SPANISH_BEFORE_DON = re.compile(r"(?<![\w.])(?:sr|sra|srta|rvdo|rvda|rdo)\.[ \t]*$", re.IGNORECASE)
# degrees written before a name after another title ("Frau Mag. Hofer", "Herr DI Gruber",
# an Argentine agronomist's "Ing. Agr. Echeverría", a Dutch "Dr. ir. Van den Berg"): kept out
# of an English salutation
_UNSPOKEN_DEGREES = frozenset(
    {"mag", "mmag", "di", "dipl.-ing", "bsc", "msc", "agr", "ir", "drs", "ing", "inż", "inz"}
)


# what follows a name's last word: a mark or a word in lower case, no more name
# (not a dot: "b. Ms. Jasleen Gill" has an honorific after a list's letter)
_NO_NAME_AFTER = re.compile(r"[ \t]*(?:[,;:)(—–]|$|[ \t][-–—]|[ \t]+[a-z])", re.MULTILINE)
# a title written short right after a name ("... Commodities Mgr", "... Export Coord.")
_ABBREVIATED_TITLE = re.compile(r"[ \t]+([A-Za-z]{2,6}\.?)(?![\w'’-])")
_TITLE_ABBREVIATIONS = frozenset(
    "mgr mgr. mngr coord coord. supvr supv asst asst. dir dir.".split()
)


def _name_words(
    text: str, i: int, vocab: Vocabulary, lower_case_notes: bool, honorific: str | None
) -> tuple[list[tuple[str, int, int]], str | None]:
    """The words of the name from `i` (each with its span): initials, particles ("van der
    Berg"), at most four words; and the honorific, which a Turkish one after the name sets."""
    words: list[tuple[str, int, int]] = []
    lead = re.match(r"[\s,:*_]*", text[i:])
    j = i + (lead.end() if lead else 0)
    # at most four words besides particles ("Muhammad Aiman bin Haji Jaafar" has five)
    while len(words) < 7 and sum(w[0].lower() not in PARTICLES for w in words) < 4:
        m = re.match(r"[ \t]*", text[j:])
        k = j + (m.end() if m else 0)
        short = _SHORT_GIVEN.match(text, k) if not words else None
        if short:  # "Ma. Cristina Bedro": a given name written short, with its dot
            words.append((short.group(0), k, short.end()))
            j = short.end()
            continue
        nickname = _QUOTED_NICKNAME.match(text, k) if words else None
        if nickname:  # 'Ma. Cristina "Tintin" Bedro': what they are called, inside the name
            words.append((nickname.group(0), k, nickname.end()))
            j = nickname.end()
            continue
        saint = _SAINT.match(text, k) if words else None
        if saint:  # "Canon Marcia St. Rose", "Ms. Joan St John": a family name of two words
            words.append((saint.group(1), k, k + len(saint.group(1))))
            j = k + len(saint.group(1))
            continue
        initial = INITIAL.match(text, k)
        if initial and (words or _name_after_initials(text, initial.end())):
            # a middle initial, "Kelsey R. Hughes", or a first one, "T. Okonkwo-Barnes",
            # "R. K. Deshpande"
            word = initial.group(0)
            words.append((word.upper() if lower_case_notes else word, k, initial.end()))
            j = initial.end()
            continue
        w = NAME_TOKEN.match(text, k)
        if not w:
            break
        suffix = ADDRESS_SUFFIX.search(w.group(0))
        word = (
            w.group(0)[: suffix.start()]
            if suffix and suffix.end() == len(w.group(0))
            else w.group(0)
        )
        word = word.rstrip("-")
        after = w.start() + len(word)
        if word.lower() in PARTICLES and (
            (words and (not lower_case_notes or _NAME_AFTER_PARTICLE.match(text, after)))
            or (not words and honorific is not None and _PARTICLE_THEN_NAME.match(text, after))
        ):  # "van der Berg"; in lower-case notes only before one more word, "da silva"; first
            # after an honorific before a capitalised word ("Mr. van der Berg today")
            words.append((word, w.start(), after))
            j = after
            continue
        if words and word.lower() in _RESPECT_AFTER:
            break  # "sunanda pathak ji", "Harjit Singh Sahib": respect, no word of the name
        if words and word.lower() in _NEVER_AFTER_A_NAME:
            # "sent thank you to Sir Ramon Thurs morning", "message to darlene miigwech
            # again": a day or a thanks after the name, no word of it
            break
        if words and lower_case_notes and word.lower() in _SUFFIX_AS_WORD:
            break  # "okada kenji san the owner": the Japanese or Korean "san", "nim" apart
        if words and word.lower() in AFTER_NAME and honorific is None:
            honorific = AFTER_NAME[word.lower()]  # "Gülşen Erdem Hanım": Ms. Erdem
            break
        inner = (
            (words or honorific is not None)  # "M. Said Ahmed Mmadi": after an honorific too
            and not lower_case_notes
            and word in _NAMES_AS_WELL
            and _NAME_AFTER_INITIAL.match(text, w.start() + len(word)) is not None
        )  # "Asha Said Omar": a capitalised "Said" between two name words is one
        inner = inner or (
            # "Mr. Igor Pak, commercial director": a form of address that no name follows,
            # after a name's word, is the family name ("Pak" before a name is Indonesian)
            bool(words)
            and not words[-1][0].endswith(".")
            and not lower_case_notes
            and word[:1].isupper()
            and word.lower() in vocab.honorifics
            and _NO_NAME_AFTER.match(text, w.start() + len(word)) is not None
        )
        # "Pak I Ketut Wirawan", "Bu Ni Luh Putu Ayu": after an honorific, a Balinese name
        # opens on "I" (a man) or "Ni" (a woman) before the name of the birth order
        inner = inner or (
            not words
            and honorific is not None
            and word in ("I", "Ni")
            and (balinese := _BALINESE_NEXT.match(text, after)) is not None
            and balinese.group(1).lower() in vocab.balinese_openers
        )
        if not inner and not is_name_word(word, vocab, lower_case_notes):
            break
        if word.lower().rstrip(".") in _DATE_WORDS and _DAY_AFTER.match(
            text, w.start() + len(word)
        ):
            break  # "Mrs. Gadsden Oct 15", "Jan 9", "Tue 10 March": a date, not a name
        if (
            words
            and word.lower() in _WEEKDAYS
            and _WHEN_AFTER_DAY.match(text, w.start() + len(word))
        ):
            break  # "emailed Eng. Chikomba Monday last week": when, not a family name
        words.append((word, w.start(), w.start() + len(word)))
        j = w.start() + len(word)
        counted = [w for w in words if not w[0].endswith(".") and w[0].lower() not in PARTICLES]
        if lower_case_notes and len(counted) == 3:
            break
    counted = [w for w in words if not w[0].endswith(".") and w[0].lower() not in PARTICLES]
    title = _ABBREVIATED_TITLE.match(text, j)
    if (
        len(counted) >= 3
        and words[-1] is counted[-1]
        and title is not None
        and title.group(1).lower() in _TITLE_ABBREVIATIONS
    ):
        words.pop()  # "Mr Bernard Kamang Commodities Mgr": the title's field, no name's word
    while words and (
        words[-1][0].lower() in PARTICLES
        or words[-1][0].endswith(".")
        or SAINT.fullmatch(words[-1][0])
    ):
        words.pop()
    return words, honorific
