"""Find example notes and a seed where the first draft attempt fails the rules and a later one
passes, against the running recording server; write the choice to cassettes/fail-then-pass.json.

Run by scripts/record-cassettes before it records (the choice depends on the model, the prompts
and the rules, so it is searched again at every recording, never written by hand).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from followup.drafting import Drafter
from followup.lint.engine import Ruleset
from followup.models.openai_compat import OpenAICompatModel
from followup.notes import parse_notes
from followup.prompts import Prompts

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    base_url = sys.argv[1]
    model = OpenAICompatModel(
        "smollm2", api_key="unused", base_url=base_url, max_retries=0, timeout=300
    )
    out = ROOT / "cassettes" / "fail-then-pass.json"
    for temperature in (0.7, 1.2):
        drafter = Drafter(
            model, Ruleset.load(), Prompts(), strategy="slots", samples=1, temperature=temperature
        )
        for path in sorted((ROOT / "examples" / "notes").glob("*.*")):
            notes = parse_notes(path.read_text(encoding="utf-8"))
            if (notes.kind or "thank-you") != "thank-you":
                continue
            for seed in range(6):
                result = drafter.draft(notes, "thank-you", seed=seed, max_attempts=3)
                if result.attempts[0].passed or not result.accepted or result.fell_back:
                    continue
                choice = {
                    "notes": str(path.relative_to(ROOT)),
                    "seed": seed,
                    "temperature": temperature,
                }
                out.write_text(json.dumps(choice, indent=2) + "\n", encoding="utf-8")
                print(f"find-fail-then-pass: {choice}", file=sys.stderr)
                return 0
    out.unlink(missing_ok=True)
    print("find-fail-then-pass: no fail-then-pass run found", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
