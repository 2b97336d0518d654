"""Which files a rules folder contributes, in one place for the loader (which reads them) and
the rules cache (which hashes them), so the two cannot drift apart. No pydantic here."""

from __future__ import annotations

from pathlib import Path

from followup.errors import RuleFileError
from followup.resources import rules_dir


def rule_files(folder: Path) -> list[Path]:
    """The rule files of a folder (`*.yaml`, `*.yml`), sorted."""
    if not folder.is_dir():
        raise RuleFileError(f"{folder}: no such rules folder")
    return sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file())


def accept_file(folder: Path) -> Path:
    """A folder's Vale-style vocabulary (it may not exist)."""
    return folder / "accept.txt"


def kinds_file() -> Path:
    """How `--kind auto` decides: built in only."""
    return rules_dir() / "meta" / "kinds.yaml"
