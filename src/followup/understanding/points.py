"""The notes' units (bullets, lines, sentences) and what each is about."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from followup.understanding.facts import NO_END_ABBREVIATIONS, Point, PointKind, Span
from followup.understanding.vocabulary import Vocabulary, fold_label

if TYPE_CHECKING:
    import pysbd

# "- ", "• ", "* ", "3. ", "3) ", "a) ", "[x] ", a markdown task "- [x] "
BULLET = re.compile(
    r"^[ \t]*(?:[-*][ \t]+\[[ xX]?\]|[-•–—>]+|\*+(?=[ \t])|\d{1,2}[.)](?!\d)"
    # a star against its item with no star closing it ("*Sir Rajesh Menon - Ops Manager")
    r"|\*(?=[^\s*][^*\n]*$)"
    # a numbered list's sub-item, indented or closed: "   3.1 they do 6 studies a night",
    # "2.3) ..." (not "2.5 million users" at a line's start)
    r"|(?<=[ \t])\d{1,2}(?:\.\d{1,2}){1,2}[.)]?(?=[ \t]+[^\W\d_])"
    r"|\d{1,2}(?:\.\d{1,2}){1,2}[.)](?=[ \t]+[^\W\d_])"
    # a notes app's checkboxes and list marks: "☐ position: ...", "✔ sent the CV"
    r"|[☐☑☒✓✔✅▢□■▪◦‣●○](?=[ \t])"
    r"|[a-hA-H]\)(?=[ \t])|\[[ xX]?\]"
    # an indented sub-item lettered with a stop: "   a. Gıda Müh. Ayşe Demirtaş — ..."
    r"|(?<=[ \t])[a-h]\.(?=[ \t]))[ \t]*"
)
WORD = re.compile(r"[\w'’%-]+")
MAX_POINT_WORDS = 60
# Candidate-side verbs at the start of a point: the candidate did or felt something.
_OWN = re.compile(
    r"^(?:i|i'm|i've|i'd|me|my)\b|\b(?:liked|loved|praised|asked about) (?:my|that i|how i)\b"
    # "about me" and "I" / "me" in the languages notes mix in ("Over mij: 5 jaar bij ...")
    r"|^(?:about me|over mij|ik|mij|ich|über mich|moi|je|sobre m[ií]m?|eu|o mnie|hakkımda)"
    r"(?=\s*[:=-]|\s+\w)",
    re.IGNORECASE,
)


_SPACES = re.compile(r"\s*")


@cache
def _segmenter() -> pysbd.Segmenter:
    import pysbd
    from pysbd.utils import TextSpan

    class Segmenter(pysbd.Segmenter):  # type: ignore[misc]
        """pysbd's spans, found in one pass: its own compiles a pattern per sentence and
        searches the text from its start for each (quadratic in a long paragraph, and the
        patterns evict the `re` module's cache, so every other pattern is compiled again)."""

        def sentences_with_char_spans(self, sentences: list[str]) -> list[TextSpan]:
            spans = []
            end = 0
            for sent in sentences:
                at = self.original_text.find(sent, end)
                if at < 0:
                    continue  # (as pysbd: a sentence not found as written is left out)
                space = _SPACES.match(self.original_text, at + len(sent))
                stop = space.end() if space else at + len(sent)
                spans.append(TextSpan(self.original_text[at:stop], at, stop))
                end = stop
            return spans

    return Segmenter(language="en", clean=False, char_span=True)


def sentences(text: str, offset: int) -> list[tuple[str, int]]:
    """Sentences of a prose line with their offsets: pysbd, which knows `Dr.` and `e.g.`."""
    if len(WORD.findall(text)) <= 25 and not re.search(r"[.!?]\s+\S", text.rstrip()):
        return [(text, offset)]
    out: list[tuple[str, int]] = []
    for seg in _segmenter().segment(text):
        chunk = seg.sent.strip()
        if not chunk:
            continue
        start = offset + seg.start + (len(seg.sent) - len(seg.sent.lstrip()))
        if out and _runs_on(out[-1][0], chunk):
            # pysbd ends a sentence at honorifics it does not know ("to the Dra. Olivera,
            # mention ...", "Eng.ª Rebelo"): the name belongs to the sentence before
            _, at = out.pop()
            chunk = text[at - offset : start - offset + len(chunk)]
            start = at
        out.append((chunk, start))
    return out


_LAST_WORD = re.compile(r"(?:^|[\s(\"'“])([^\W\d_]+)\.$")


def _runs_on(before: str, after: str) -> bool:
    """The piece before ends on an abbreviation whose dot ends no sentence, or the piece after
    starts with the rest of one (Portuguese "Eng.ª")."""
    if after.startswith(("ª", "º")):
        return True
    m = _LAST_WORD.search(before)
    return m is not None and m.group(1).lower() in NO_END_ABBREVIATIONS - _LEGAL_FORMS


# a company's legal form ends a sentence as often as not ("I was at Harland & Co. They ...")
_LEGAL_FORMS = frozenset("co inc ltd pvt corp soc coop".split())


# "I tell her about my work", "she say that the team ...": the phrase has a subject, so it is
# the notes' story (often in a non-native past tense), not an order to the writer
_NARRATOR = re.compile(
    r"\b(?:i|he|she|they|we)(?:['’](?:ll|d))?"
    r"(?:\s+(?:also|then|just|will|would|should|could|can|did|might|later))?\s*$",
    re.IGNORECASE,
)


def is_order(text: str, vocab: Vocabulary) -> bool:
    """Text written as an order to whoever writes the email: an order phrase without a subject
    of its own, a point opening with a writing verb, or someone's advice on what to write."""
    if vocab.order_re.search(text) or vocab.advice_re.search(text):
        return True
    return any(not _NARRATOR.search(text[: m.start()]) for m in vocab.instruction_re.finditer(text))


# a day of the month or a time of day: when something happens (the interview, the decision,
# a training start, the candidate's own leave), which is scheduling, not a detail of the work
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_CALENDAR = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[–-]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH}\b"
    rf"|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|h)\b",
    re.IGNORECASE,
)
# "voice note monday march 16", "Mon 11 May 2026, Nagpur office": a line led by the date of
# the interview is its heading or its logistics
_WHEN_LED = re.compile(
    rf"^\W*(?:\S+\s+){{0,2}}?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?\s+"
    rf"(?:\d{{1,2}}\b|{_MONTH}\b)",
    re.IGNORECASE,
)
# where their place is, the way there: "Their place is on a farm road off the R527, past the
# turn", "The office is in the port, in the building in front of the ferry terminal"
# (directions, no detail of the work; not "their new depot is in ...", a plan)
_WHERE_IT_IS = re.compile(
    r"^\W*(?:their|the|our)\s+(?:place|office|offices|yard|workshop|site|building|shop|"
    r"premises|hq|headquarters|base|depot|warehouse|clinic|studio|kitchen|farm)\s+"
    r"(?:is|are|sits)\s+(?:just\s+|right\s+)?(?:on|in|at|behind|near|next\s+to|off|opposite|"
    r"past|up|down|across|beside|along|above|upstairs|downstairs)\b",
    re.IGNORECASE,
)
# "was 2 wk + 4 days ago in the office at ...": a point whose subject was cut (the interview,
# abbreviated, read as its label) telling when it was
# (a count or "a" first: "was founded 40 years ago" is the employer's story)
_WAS_AGO = re.compile(
    r"^\W*was[ \t]+(?:\d|(?:a|an|about|around|over|just|like)\b)(?:[^\s.;]*[ \t]+){1,6}?ago\b",
    re.IGNORECASE,
)
# a clock time in a few words: when and where the interview was ("Office on Naberezhna
# Peremohy, 10:00"), no detail of the employer (hours from one time to another, "shift
# 6:30-3", are the job's)
_CLOCK = re.compile(
    r"(?<![\d:][-–])(?<![\d:] [-–] )\b\d{1,2}(?::|h)\d{2}\b(?!\s*(?:[-–]|to\b)\s*\d)"
)
_CLOCK_WORDS = 6
# "voice note transcript thursday 12 march 2026", "Texts with Bukola (copied from my phone)": the
# notes' own title, never a detail
_NOTES_TITLE = re.compile(
    r"^\W*(?:(?:voice|audio)\s+(?:note|memo|recording)|transcript|recording|texts?\s+with|"
    r"chat\s+with|messages\s+with|notes?\s+(?:after|from|on|for))\b",
    re.IGNORECASE,
)
# "Location: 14 Voortrekker Rd", "会社: Kitsune Forge Studios": a labelled line of the notes'
# own form (a label the reader knows, one of a calendar invite's, or in another script)
# a label, after a count of what it lists ("3 personnes: Maître Drissa Koné the owner, ...")
_LABEL_LED = re.compile(r"^\W*(?:\d{1,2}[ \t]+)?([^\W\d_][^:=|\n]{0,24}?)\s*[:=|]\s*\S")
_FORM_LABELS = frozenset(
    "location where when place venue address time date organizer organiser attendees "
    "required attendees optional attendees duration "
    # "Email: to Helen, thank her and ...": the mail's own plan (or its address)
    "email e-mail mail".split()
)
# "Becky (his daughter) does the office/quotes": who someone is, a person, not the employer
_KIN_LED = re.compile(
    r"[A-Z][\w'’-]+\s*\((?:his|her|their|the owner's|the boss's)\s+(?:daughter|son|wife|husband|"
    r"brother|sister|father|mother|partner|niece|nephew|cousin)\b"
)
# "Sharon in office does inductions", "Lydia from the office showed me in": someone of the
# staff by their first name and where they sit, then their task: whom the candidate will
# deal with, no detail of the employer's to thank for
_STAFF_LED = re.compile(
    r"(?!(?:staff|everyone|everybody|people|team|someone|somebody|nobody|all|they|workers)\b)"
    r"(?-i:[A-Z][a-z'’-]+)[ \t]+(?:in|from|at)[ \t]+(?:the[ \t]+)?"
    r"(?:office|reception|front[ \t]+desk|hr|admin|accounts|payroll)\b",
    re.IGNORECASE,
)
# "The job is a caseworker for the ward office": what the job is, not a detail learned
_JOB_IS = re.compile(r"^(?:the\s+)?(?:job|role|position|post)\s+(?:is|was|would be)\b", re.I)
# "Asked the process questions (...)": what the interview was like, told without a subject
_ASKED_BARE = re.compile(
    r"^(?:they\s+|she\s+|he\s+)?(?:asked|asks)\b"
    # a note in the present: "they ask a lot about Los Ñires, why I leave" (the interview's
    # questions; not "they ask every client for a deposit", a practice of theirs)
    r"|^(?:they|she|he)\s+ask\s+(?:me\s+)?(?:(?:a\s+lot|lots|much|many\s+questions|a\s+few"
    r"\s+questions)\s+)?(?:about|why|how|if|whether)\b",
    re.IGNORECASE,
)
_ASKED = re.compile(r"\b(?:ask|asks|asked|asking)\b[^.;]{0,30}$", re.IGNORECASE)


# what follows a cue when the help is with the email itself ("so Aino can help with the mail")
_ABOUT_THE_MAIL = re.compile(
    r"^[^.;]{0,30}?\b(?:e-?mail|mail|letter|thank[- ]?you)\b", re.IGNORECASE
)
# "need your help with english again": help the candidate asks for, not help they offer
_HELPED = re.compile(r"\b(?:your|his|her|their)\s+$", re.IGNORECASE)
# "they help with NCAA licence validation": a help they give, not the candidate's
_THEY_HELP = re.compile(
    r"\b(?:they|she|he|it|we)\s+(?:(?:also|will|can|could|would|often|always|usually)\s+)?$",
    re.IGNORECASE,
)
# "Otaru Housing Association can help to find an apartment", "the union can help with the
# visa": a help someone named gives the candidate, not the candidate's to give
_NAMED_HELPS = re.compile(
    r"(?:\b(?!(?:Also|Maybe|And|So|But|Then|Really|Definitely|Probably|Perhaps)\b)"
    r"(?-i:[A-Z][\w'’-]+)|\bthe\s+[\w'’-]+)\s+(?:(?:also|will|can|could|would)\s+)?$"
)
# "I can start Nov 15", "I'd start on the april rotation", "can start with 2 weeks notice": when
# they could begin, not what they would begin
_WHEN_START = re.compile(
    r"start(?:ing)?(?=\s*(?:$|[.,;:!?)]|\d|(?:on|in|from|by|at|after|before|with|within|"
    r"immediately|straight|right|quickly|early|asap|now|soon|next|this|tomorrow|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"it)\b))",
    re.IGNORECASE,
)
# "I will write to him", "I will write polite and short", "I will write "Dear Dr. Al Shamsi"": the
# email being written, not work for them
_WRITE_THE_MAIL = re.compile(
    r"writ(?:e|ing)(?:\s*(?:$|[)])|\s+(?:to|in|it|if|this|these|down|back|polite|formal|short|"
    r"dear|english|half|everything|my|me|mr|mrs|ms|dr|prof|[\"'“‘]|the\s+(?:letter|e-?mail|mail|"
    r"thank))\b)",
    re.IGNORECASE,
)


def contributes(text: str, vocab: Vocabulary) -> bool:
    """What the candidate could bring: "I could help with ...", or "I'd" / "they want someone"
    before a verb of doing within a few words; never the question they were asked ("asked
    how I'd handle a complaint"), when they could start ("I can start Nov 15"), or the email
    itself ("I will write to him", "so Aino can help with the mail")."""
    if any(
        not _ASKED.search(text[: m.start()])
        and not _ABOUT_THE_MAIL.match(text[m.end() :])
        and not _HELPED.search(text[: m.start()])
        and not _THEY_HELP.search(text[: m.start()])
        and not _NAMED_HELPS.search(text[: m.start()])
        for m in vocab.contribution_re.finditer(text)
    ):
        return True
    return any(
        not _ASKED.search(text[: m.start()]) and _doing_after(text[m.end() : m.end() + 40], vocab)
        for m in vocab.contribution_weak_re.finditer(text)
    )


def _doing_after(window: str, vocab: Vocabulary) -> bool:
    """A verb of doing for them in the few words after "I could", "I'd", "they want someone"."""
    m = vocab.contribution_verb_re.search(window)
    if m is None:
        return False
    # (the first verb says it: "I will write the letter in the train" trains no one)
    rest = window[m.start() :]
    if _WHEN_START.match(rest) or _WRITE_THE_MAIL.match(rest):
        return False
    return not _ABOUT_THE_MAIL.match(window[m.end() :])


def classify(text: str, vocab: Vocabulary) -> tuple[PointKind, int]:
    """What a point is about, and how much it says about the employer (higher, better)."""
    if is_order(text, vocab):
        return "instruction", 0
    if contributes(text, vocab):
        return "contribution", 0
    if _OWN.search(text) or vocab.not_learned["own_past"].search(text):
        return "own-past", 0
    if _form_line(text, vocab) or _JOB_IS.match(text):
        return "other", 0
    if (
        _WHEN_LED.match(text)
        or _NOTES_TITLE.search(text)
        or _clocked(text)
        or _WAS_AGO.match(text)
        or _WHERE_IT_IS.match(text)
    ):
        return "logistics", 0
    if vocab.not_learned["process"].search(text) or _ASKED_BARE.search(text):
        return "process", 0
    if vocab.not_learned["logistics"].search(text):
        return "logistics", 0
    if vocab.not_learned["meeting"].search(_W_THING.sub("with ", text)):
        return "process", 0
    if _INTERVIEW_ABROAD.search(text) and len(WORD.findall(text)) <= _ABROAD_WORDS:
        # "Grand frère, l'entretien chez Mimboo Naturel est fini": a short line about the
        # interview in another language (a one-liner that goes on to the details is read on)
        return "process", 0
    if vocab.not_learned["personal"].search(text) or _KIN_LED.match(text) or _STAFF_LED.match(text):
        return "other", 0  # about the interviewer as a person: no detail to thank them for
    words = WORD.findall(text)
    score = sum(1 for w in words if w.lower() in vocab.learned_words)
    if (
        score == 0
        and _COUNTED_THING.search(_CALENDAR.sub(" ", text))
        and len(words) >= 3
        and not _DONE_BY_ME.match(text)
    ):
        # a terse note's "60 rental karts, all 4-stroke", "Want 10 electric karts next year":
        # a count of the employer's things, with no word of "they" or "team"
        return "learned", 1
    if score == 0:
        return "other", 0  # numbers and names alone ("2 April, nothing since") say nothing
    dated = _CALENDAR.search(text) is not None
    score += 2 * bool(re.search(r"\d", _CALENDAR.sub(" ", text))) - 3 * dated
    score += min(2, sum(1 for w in words[1:] if w[:1].isupper() and len(w) > 2))
    if len(words) < 4:
        score -= 2
    return ("learned" if score > 0 else "other"), score


# a terse "w/" before a number or an article ("every shift starts w/ 15 min safety huddle"):
# "with" a thing, not the "w/" of a meeting with someone ("call w/ Lena Ortiz")
_W_THING = re.compile(r"(?<![\w/])w/[ \t]*(?=\d|(?:a|an|the|their|its|our)\b)", re.IGNORECASE)
# the interview's own word in the languages notes come in (the title lines read it too)
INTERVIEW_WORDS = frozenset(
    "interview entrevista entretien entrevue vorstellungsgespräch bewerbungsgespräch gespräch "
    "colloquio intervista intervju haastattelu wawancara mülakat sollicitatiegesprek "
    "rozmowa interviu pohovor razgovor interjú állásinterjú intervjuu intervija pokalbis "
    "temuduga usaili panayam görüşme jobsamtale samtale собеседование співбесіда интервю "
    "面試 面试 面接 면접".split()
)
# a line about the interview in another language ("l'entretien chez ... est fini"; the English
# word is the meeting vocabulary's), and how long such a line is
_INTERVIEW_ABROAD = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(w for w in INTERVIEW_WORDS if w != "interview")) + r")(?!\w)",
    re.IGNORECASE,
)
_ABROAD_WORDS = 12
# a terse note's own deed, its "I" left out ("did 20 ewes for him, he watch")
_DONE_BY_ME = re.compile(r"\W*(?:did|made|showed|gave|sent|told|brought|cut|fixed)\b", re.I)
# a count of things: a number and a plural noun after it, maybe a word between ("60 rental
# karts", "10 electric karts"; not "5 yrs", "3 pm", "45 min")
_COUNTED_THING = re.compile(
    r"(?<![\d.,:/-])\b\d{1,6}(?:[.,]\d{3})*[ \t]+(?:[a-z][a-z-]+[ \t]+)?"
    r"(?!(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|pm|am|times)\b)"
    r"[a-z]{3,}s\b"
)


def _clocked(text: str) -> bool:
    return _CLOCK.search(text) is not None and len(WORD.findall(text)) <= _CLOCK_WORDS


def _form_line(text: str, vocab: Vocabulary) -> bool:
    label = _LABEL_LED.match(text)
    if label is None:
        return False
    name = fold_label(label.group(1))
    return name in vocab.labels or name in _FORM_LABELS or not name.isascii()


# the key of a "key = value" line of notes: one word, no spaces ("wat_ze_vertelde_4 = ...")
_KEY_EQUALS = re.compile(r"[^\W\d][\w-]{0,30}[ \t]*=[ \t]*(?=\S)")
# a plan for the email: the word for it, whom it goes to, a colon ("email Lyle:", "mail her:",
# "write to Ms. Ode:"), after an arrow or a bullet's mark
_MAIL_PLAN = re.compile(
    r"(?:[-=]+>|→|⇒)?[ \t]*(?i:e-?mail|mail|write(?:[ \t]+to)?|message|reply(?:[ \t]+to)?)"
    r"[ \t]+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?(?:[A-Z][\w'’-]+|(?i:him|her|them))[ \t]*:"
)
# a key of parts before its value ("appris.cire: wax is 100% rapeseed", "learned_2: ..."): the
# notes' own index, no words of the point
_KEY_PARTS = re.compile(r"[^\W\d_][\w-]{0,30}(?:[._][\w-]{1,30})+[ \t]*:[ \t]+(?=\S)")
# a Q&A's answer mark before its text ("A. - academy roster is 7 players", "A: they ...")
ANSWER_MARK = r"(?:A|Ans|Answer)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[.:)]"  # "A.", "A (her):"
_ANSWER_MARK = re.compile(ANSWER_MARK + r"[ \t]*(?:[-–—•*][ \t]*)?(?=\S)")
# who gave a Q&A's answer, before it: "Hemant sir - ", "Ms. Okoye: "
# (a person by a title or a word of address: "Kafka - they use it" keeps its Kafka)
_SPEAKER = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    r"|[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+(?:sir|ma'am|ma’am|madam|ji|sahib|bhai|ben))"
    r"[ \t]*(?:[-–—]|:)[ \t]+(?=\S)"
)
# a chat message's time and author before its text ("[09/04/26, 21:16] Davide: ")
_CHAT_PREFIX = re.compile(r"\[[^\]\n]{1,25}\][ \t]*[^\W\d_][^:\n\[\]]{0,30}:[ \t]+(?=\S)")
# dictated punctuation: a line spoken to a phone ("... comma ... full stop new line")
_DICTATED = re.compile(r"\b(?:comma|full stop|new line|new paragraph)\b", re.IGNORECASE)
# a list's mark, spoken: "dash ...", "bullet ...", "two comma ...", "number three ..."
_DICTATED_BULLET = re.compile(
    r"(?:dash|bullet|hyphen|(?:number\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+comma|\s*[.)])?|(?:first|second|third|fourth|fifth)(?:ly)?\s+comma)\s+(?=[a-z])",
    re.IGNORECASE,
)
# what an item under a learned heading gains: the author filed it as a detail of the employer
TOLD_BONUS = 10


# markdown emphasis around words: "**3 times a year**", "__new press__", "*not* for burial"
_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
)


def make_point(
    text: str,
    start: int,
    line: int,
    vocab: Vocabulary,
    *,
    told: bool = False,
    own: bool = False,
    mail: bool = False,
) -> Point | None:
    """One point; `told` when the notes file it under a learned heading ("What they told me:"),
    which makes a detail with no cue word of its own ("14 vans, mostly boiler installs") a
    learned one and puts the heading's details before details found elsewhere. An order, the
    candidate's own past or the decision process stays what it is. `own` when the notes file it
    under a heading of the candidate's own past ("## Me"): no detail of the employer; `mail`
    under a heading of the email to write ("## Email notes"): its plan, nothing told."""
    text = text.rstrip().rstrip(" .;,")
    lead = len(text) - len(text.lstrip())
    key = (
        _KEY_EQUALS.match(text, lead)
        or _KEY_PARTS.match(text, lead)
        or _CHAT_PREFIX.match(text, lead)
        or _ANSWER_MARK.match(text, lead)
    )
    if _MAIL_PLAN.match(text, lead):
        # "-> email Lyle: still interested, ask status, can start July 14": what to write, to
        # whom, no detail of the employer's
        span = Span(start=start + lead, end=start + len(text), line=line)
        return Point(text=" ".join(text[lead:].split()), kind="other", score=0, span=span)
    if key is not None:  # "wat_ze_vertelde_4 = they still do traditional springs": the value
        lead = key.end()  # (and "[09/04/26, 21:16] Davide: they do 350 pizzas": the message)
        speaker = _SPEAKER.match(text, lead) if key.re is _ANSWER_MARK else None
        if speaker is not None:  # "A: Hemant sir - Ahmedabad branch has 11 dealers": who
            lead = speaker.end()  # answered is no part of the answer
    text, start = text[lead:], start + lead
    if _DICTATED.search(text):
        marker = _DICTATED_BULLET.match(text)
        if marker is not None:  # "dash they are opening ... comma ...", "two comma in summer"
            text, start = text[marker.end() :], start + marker.end()
    if len(WORD.findall(text)) < 3 or text.endswith(":"):
        return None  # "What Ms. Karanja told me:" heads the points, it is not one
    words = text.split()
    if len(words) > MAX_POINT_WORDS:
        text = " ".join(words[:MAX_POINT_WORDS])
    kind, score = classify(text, vocab)
    if told and kind in ("learned", "other"):
        kind, score = "learned", max(score, 0) + TOLD_BONUS
    elif own and kind in ("learned", "other"):
        kind = "own-past"
    elif mail and kind == "learned":
        kind, score = "other", 0
    if kind == "learned" and text.endswith("?"):
        # "Also they make the labels for the competitor?", "they close in August?": the notes
        # ask, or doubt what they heard; none of the corpus's 144 such points is a gold detail
        kind, score = "other", 0
    span = Span(start=start, end=start + len(text), line=line)
    # (a dictated note's marks keep their word's length: "work,      two years"; a markdown
    # note's emphasis is no part of its words: "runs **3 times a year**")
    plain = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    return Point(text=" ".join(plain.split()), kind=kind, score=score, span=span)


def ranked(points: list[Point], kind: PointKind) -> list[Point]:
    chosen = [p for p in points if p.kind == kind]
    return sorted(chosen, key=lambda p: -p.score) if kind == "learned" else chosen


# a line that wraps prose is this long at least (a short line without a stop is a list item)
# and at most this long (a longer one is a paragraph of its own, a voice memo's "... i gotta
# write to")
MIN_WRAPPED_LINE = 30
MAX_WRAPPED_LINE = 120


def join_wrapped(points: list[Point], text: str, vocab: Vocabulary) -> list[Point]:
    """Prose written with hard line breaks ("... with a bluegrass band and the family" /
    "said it was the best day of a terrible year."): a point that ends its line without a stop
    and the point opening the next line in lower case are one sentence; read apart, the first
    is cut mid-clause and the second has no subject. Orders stay as they are."""
    out: list[Point] = []
    read = {p.span.line for p in points}
    for point in points:
        prev = out[-1] if out else None
        if point.kind == "learned" and point.span.line - 1 not in read and _goes_on(point, text):
            # "When do they decide: Daniela said ..., there is a fair where they" / "go to sell
            # in Guayaquil and after that ...": the rest of a line read as a label, not a detail
            out.append(point.model_copy(update={"kind": "other"}))
            continue
        if prev is not None and _continues(prev, point, text):
            own = prev.kind == "own-past"
            told = prev.kind == "learned" and prev.score >= TOLD_BONUS
            merged = make_point(
                f"{prev.text} {point.text}",
                prev.span.start,
                prev.span.line,
                vocab,
                told=told,
                own=own,
            )
            if (
                merged is not None
                and prev.kind == "learned"
                and point.kind in ("process", "logistics")
                and merged.kind != "learned"
            ):
                # "new buffer line coming Aug, supervisor trains crew on it" / "said decision
                # by Fri 6/20": a terse note's detail, then its next line on the decision, no
                # sentence wrapped in two
                out.append(point)
                continue
            if merged is not None:
                end = max(merged.span.end, point.span.end)
                out[-1] = merged.model_copy(
                    update={"span": merged.span.model_copy(update={"end": end})}
                )
                continue
        out.append(point)
    return out


def _goes_on(point: Point, text: str) -> bool:
    """Whether a point opening its line in lower case is the second half of a hard-wrapped
    line above it (one of text, long, with no stop, cut mid-clause)."""
    if not point.text[:1].islower():
        return False
    # (each look bounded: the point opens its line, and the line above is a short one)
    start = text.rfind("\n", max(0, point.span.start - 40), point.span.start) + 1
    if start == 0 or text[start : point.span.start].strip():
        return False
    window = max(0, start - MAX_WRAPPED_LINE - 3)
    above_start = text.rfind("\n", window, start - 1) + 1
    if above_start == 0 and window > 0:
        return False  # a line above longer than any wrapped one
    above = text[above_start : start - 1].rstrip()
    words = above.split()
    if not words or not MIN_WRAPPED_LINE <= len(above) <= MAX_WRAPPED_LINE:
        return False
    if above[-1] in '.!?:;)"”' or above[:1] in "#|>":  # (a heading, a table, a quote)
        return False
    first = point.text.split()[0].lower()
    return words[-1].lower() in _ENDS_UNFINISHED or first in _GOES_ON


def _continues(prev: Point, point: Point, text: str) -> bool:
    if point.span.line != prev.span.line + 1 or "instruction" in (prev.kind, point.kind):
        return False
    between = text[prev.span.end : point.span.start]
    line_start = text.rfind("\n", 0, prev.span.end) + 1
    line_end = text.find("\n", prev.span.end)
    last = prev.text.split()[-1].lower() if prev.text.split() else ""
    first = point.text.split()[0].lower() if point.text.split() else ""
    return (
        between.count("\n") == 1
        and between.strip() in ("", ",")  # "... plus travel over 50km," / "which is ..."
        and point.text[:1].islower()
        and prev.span.end - line_start >= MIN_WRAPPED_LINE
        and line_end - line_start <= MAX_WRAPPED_LINE
        # a clause cut in two: the line ends on a joining word ("... the best day of") or
        # the next goes on without a subject ("said it was ...", "which is ...")
        and (last in _ENDS_UNFINISHED or first in _GOES_ON)
    )


_ENDS_UNFINISHED = frozenset(
    "a an the of to for in on at with by from and or but that which who whose than as "
    "they he she we".split()  # ("... there is a fair where they" / "go to sell ...")
)
_GOES_ON = frozenset(
    "which who whose that and but or so said says told with of to for in on at from because "
    "than as when while where is are was were has have had will would".split()
)
