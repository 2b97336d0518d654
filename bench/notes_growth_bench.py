"""How the notes reader's time grows on degenerate notes: one unit ("Dr. ", a run of spaces,
", " ...) repeated to a size, read twice as long each step. Linear growth doubles the time
(ratio about 2); a pattern that rescans from every position shows a ratio of 4 or more.

    python bench/notes_growth_bench.py [--sizes 16000 32000 64000] [--runs 3] [--json OUT]

Each note is "Company: Acme " + the unit repeated + "x" + a line naming the interviewer; the time is
the minimum of `--runs` calls of `followup.understanding.read` in one warm process. No peer
tool reads interview notes, so there is no ratio to a peer.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import platform
import time
from pathlib import Path

from followup.understanding import read

UNITS: dict[str, str] = {
    "spaces": " ",
    "tabs": "\t",
    "words": "a ",
    "dots": ".",
    "dashes": "-",
    "colons": ": ",
    "capitalised words": "Ab ",
    "honorifics": "Dr. ",
    "commas": ", ",
    "newlines": "\n",
    "sentences": "Word. ",
    "open brackets": "(",
    "asterisks": "*",
    "pipes": "| ",
    "at": "at ",
    "with": "with ",
    "names": "Mr Xy ",
    "equals": "= ",
    "bullets": "- a\n",
    "hashes": "#",
    "a person a line": "- Mr Xy\n",
    "a person a sentence": "Met Mr Xy Zed.\n",
    "a person and title a line": "Dr Ann Lee (CTO)\n",
    "labelled lines padded with spaces": "Company: Acme" + " " * 2_000 + "x\n",
    # (session 30: a chat's "Me:" lines, people under a heading of people, "the X interview",
    # markdown emphasis inside points)
    "chat me lines": "Me: good, Ab said so\n",
    "headings of people": "## Who\n### Ann Lee\nHead of it.\n",
    "the X interview": "the Ab interview ",
    "emphasis": "- they run **3 shifts** a day\n",
    # (session 31: a panel's dash titles, then sentences opening with a panellist's name; a
    # cry before a title; "company name is"; a dateline)
    "panel then sentences": "- Mr. Al Roe — Director, Grants and Art\nAl said go to him. ",
    "cries": "Interview done!! Ab Co, Leeds — Cook. ",
    "company name is": "company name is ab marine works ",
    "datelines": "Leeds, 3 de junio de 2025\n",
    # (session 32: LINE's chat lines, a name then "the JOB" without a comma, a chat's cry
    # before an employer's name, a signature over a number written out in part)
    "line chat lines": '18:09 Ab  Khun Pim say "send email to me"\n',
    "name the job": "Ab Cd the owner, and ",
    "chat cries": "[1/2/25, 7:15 pm] Ab: interview ho gaya!! Ab & Sons Works, Basti\n",
    "signature over a number": "Ab Cd\nMobile 0171-XXXXXX\n",
    # session 33: a list's heading after a sentence, a later sentence opening with a family
    # name, a sentence of the candidate's past, a chat writer's whole name
    "panel after a sentence": "It was at the office, Aber. Panel:\n- **Ann Lee**, Head.\n",
    "family name sentences": "Lee sir said the letter you send to me only. ",
    "own past sentences": "I told them my 5 years at Ab Co and before that at the hall of Dr. Ab. ",
    "chat whole names": "[1/2/25, 7:15 pm] Ab: sim sim. Ab Cd ok\n",
    # session 34: sentences opening on a name and its job ("= ops mgr", in brackets), stops in
    # a chat without capitals, "send NAME a short one", "for the job NAME" and "vaga"
    "names with jobs": "it was fine. Ab Cd = ops manager. Ef Gh (head of sales) said so. ",
    "lower-case stops": "no answer. interview was 3 March. ab said. ",
    "send someone one": "send Ab a short one, friendly. ",
    "job words": "for the job Ab Cd, vaga ab de cd, ",
    # (and a Slack export's bold author before the time, a quote's "please, NAME, nobody")
    "slack authors": "**Ab Cd**  6:41 PM\n",
    "please quotes": '"and please, Ab, nobody ',
    # (session 35: a chat pasted without its times, a memo's line opening on a name and its
    # job, "write to me, not Ab", a name in two scripts, "operated by", a sign-off's particles)
    "bare chat lines": "Ab: - they run 3 shifts\nCd: ok\n",
    "lower-case heads": "ab cd head of ops she said write to me\n",
    "to me not": 'she said "send it to me, not Ab Cd". ',
    "two scripts": "| Аб Вг / Ab Cd | Head | she leads the hiring |\n",
    "run by": "the Ab, operated by Fundación Ab Cd, ",
    "sign particles": "sign Ab da Cd ",
    # (session 36: tables with their rule rows, a name before "still no reply", dates with a
    # space after each dot, "email to NAME address", a bracket's dot in a title, a label in
    # two scripts, a quote that names someone else, "poste NAME")
    "table rules": "| Panel | Fonction |\n|---|---|\n| Ab Cd | RH |\n",
    "no answer": "Ab Cloud Labs still no reply. ",
    "spaced dates": "streda 10. 9. 2025, ",
    "inbox": "email to ab address but the letter is for cd san ",
    "title brackets": "## Ab Chem Logistics – DGSA (doradca ds. ab)\n",
    "two-script labels": "| 职位 Position | Ab |\n",
    "quotes of another": '- **Dr. Ab Cd** – Director. Said: "Ef\'s the hiring manager."\n',
    "poste": "Rangiroa, poste Pearl Grader / trieur, ",
    # (and, later in session 36: '"we say NAME here"', a forwarded mail's quoted title, a job
    # in small letters beside the employer)
    "we say": 'and we say Ab and Cd here, no hr. and fru." ',
    "quoted titles": "> INTERVIEW – Ab Cd Seminary, Ef\n",
    "small-letter jobs": "Ab Cd (Head), Ef County Council, mobile library driver. ",
    # (session 37: an organisation's word and "of", a LINE export's tab-separated message, a
    # key of parts, "call me" against an honorific, a paragraph that opens on a name, a name its
    # bracket spells, an organisation's name opening a sentence)
    "organisations of": ", Ministry of Ab and Cd Ef Gh Development (AB), ",
    "line chat": "18:08\tAb\tManager Cd asked. at the end he said mail me directly.\n",
    "keys of parts": "appris.ab: they make 2 ab\n",
    "call me": '"call me Ab, nobody here calls me Mrs Cd" ',
    "spelled initials": "still nothing from Ab Cd Ef (ACE). ",
    "sentence parts": "and then 3 lines. Ab Cd Capital Partners, ef gh. ",
    "name paragraphs": (
        'Domnul Ab Cd — the owner, white\nbeard. He said: "Ef. Write to me." So to him.\n'
    ),
    # (session 38: a name and its job in small letters, capitals before a listed name, an
    # acronym then its name in brackets, an address that spells a name, a dateline's dots, a
    # list's lone item under a labelling heading, a table of what was learned)
    "small-letter job after names": "Ab Cd shift mgr - call me Ab. Ef Gh HR. ",
    "capitals before names": "- EU Ab Cd — supervisora. ",
    "initials then names": "AB (Ab Bc Ltd), AB again. ",
    "addresses": "Interview: Cook – Ab Cd\nab.cd77@mail.com\n",
    "dated dots": "Trier, Freitag, 30. Januar 2026. 1. Jan. ",
    "lone items": "**Poste**\n- Ab cd (ab engineer), Ab Co\n\n",
    "learned tables": "| What they told me | |\n|---|---|\n| lab | every ab tested |\n",
    # (and, later in session 38: a particle first after an honorific, a sentence saying what
    # someone is)
    "particles after honorifics": "send thanks to Mr. van der ab cd de la ",
    "is the job": "There were 3. Sister Ab Cd is the ward manager and ef. ",
}


def _note(unit: str, size: int) -> str:
    # a word after the units, so a run of spaces is inside the line, not trailing off it
    return "Company: Acme " + unit * (size // len(unit)) + "x\nw/ Ann Lee (CTO)\n"


def _time(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        read(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[16_000, 32_000, 64_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    read("w/ Ann Lee (CTO)\n")  # load the vocabularies and pysbd before timing
    rows: list[dict[str, object]] = []
    print("| unit | " + " | ".join(f"{s // 1000} k chars" for s in args.sizes) + " | worst ratio |")
    print("|---|" + "---:|" * (len(args.sizes) + 1))
    for name, unit in UNITS.items():
        times = [_time(_note(unit, size), args.runs) for size in args.sizes]
        ratios = [b / a for a, b in itertools.pairwise(times)]
        # the time's ratio per doubling of the size: 2 when linear, 4 when quadratic
        steps = [math.log(2) / math.log(b / a) for a, b in itertools.pairwise(args.sizes)]
        worst = max(r**step for r, step in zip(ratios, steps, strict=True))
        rows.append({"unit": name, "seconds": times, "worst_ratio_per_doubling": worst})
        cells = " | ".join(f"{t * 1000:.0f} ms" for t in times)
        print(f"| {name} | {cells} | {worst:.2f} |")
    if args.json:
        meta = {"machine": platform.machine(), "python": platform.python_version()}
        args.json.write_text(json.dumps({"meta": meta, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
