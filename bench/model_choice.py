"""Can the embedded model choose the employer among the notes reader's candidate spans?

    python bench/model_choice.py [SPLIT ...]      (default: the development splits)

Issue 11 suggests letting the embedded model choose among candidate spans the notes contain
(a JSON-schema enum, so it cannot invent a name) where the patterns leave a choice. This
measures that before trusting it: for every development note where the reader finds two or
more candidate employers, it asks SmolLM2-135M (temperature 0, the enum as the answer's
schema) which one is hiring, and compares both the model's choice and the reader's own
(`decide`) with the gold company. Only development splits: held-out notes are never used.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / "tests" / "data" / "notes-corpus"
DEV = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6"]
SYSTEM = (
    "You read a job candidate's interview notes and name the organisation that is hiring. "
    "Not a past employer, not a recruiting agency, not a place."
)


def _fold(value: object) -> str:
    return " ".join(str(value or "").replace(".", " ").lower().split())


def main() -> int:
    from followup.models.base import ModelRequest
    from followup.models.embedded import EmbeddedModel
    from followup.understanding import reader
    from followup.understanding.vocabulary import vocabulary

    splits = [s for s in sys.argv[1:] if not s.startswith("heldout")] or DEV
    model = EmbeddedModel()
    asked = by_reader = by_model = 0
    for split in splits:
        if not (CORPUS / split).is_dir():
            continue
        for path in sorted((CORPUS / split).iterdir()):
            if path.suffix not in (".txt", ".md"):
                continue
            gold = yaml.safe_load(path.with_suffix(".gold.yaml").read_text(encoding="utf-8"))
            text = path.read_text(encoding="utf-8")
            try:
                found = reader._Reader(text, 0, 1, None).run()
            except ValueError:
                continue
            facts = reader.decide(found)
            candidates: list[str] = []
            for _, _, located in sorted(found.companies, key=lambda c: (-c[0], c[1])):
                value = located.value
                if value.lower() in found.not_companies or vocabulary().meeting_re.search(value):
                    continue
                if value not in candidates:
                    candidates.append(value)
            if len(candidates) < 2:
                continue
            schema = {
                "type": "object",
                "properties": {"employer": {"type": "string", "enum": candidates}},
                "required": ["employer"],
            }
            question = "Which organisation is hiring? Choose one of: " + "; ".join(candidates)
            started = time.perf_counter()
            answer = model.complete(
                ModelRequest(
                    messages=[
                        {"role": "system", "content": SYSTEM},
                        {"role": "user", "content": text[:6000] + "\n\n" + question},
                    ],
                    max_tokens=40,
                    temperature=0.0,
                    seed=0,
                    json_schema=schema,
                )
            )
            try:
                pick = json.loads(answer.text)["employer"]
            except (ValueError, KeyError, TypeError):
                pick = None
            reader_right = _fold(facts.company.value if facts.company else None) == _fold(
                gold["company"]
            )
            model_right = _fold(pick) == _fold(gold["company"])
            asked += 1
            by_reader += reader_right
            by_model += model_right
            print(
                f"{split}/{path.name[:32]:32} reader {'right' if reader_right else 'WRONG'}"
                f"  model {'right' if model_right else 'WRONG'} ({pick!r} of {candidates})"
                f"  {time.perf_counter() - started:.1f} s",
                flush=True,
            )
    print(f"notes with two or more candidate employers: {asked}")
    print(f"the reader's choice right: {by_reader}; the model's choice right: {by_model}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
