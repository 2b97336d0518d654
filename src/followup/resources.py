"""Find the shipped `rules/` and `prompts/` folders, from a wheel or from a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The wheel carries them in `followup/_data/`; a checkout keeps them at the top level."""
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"followup's {name}/ folder is missing from this installation")


def rules_dir() -> Path:
    return data_dir("rules")


def prompts_dir() -> Path:
    return data_dir("prompts")
