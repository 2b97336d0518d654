"""User settings: a small JSON file under the user's config folder (or $FOLLOWUP_HOME)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from followup.errors import FollowupError


class Settings(BaseModel):
    """What `followup config set` may store. API keys belong in the environment, not here."""

    model_config = ConfigDict(extra="forbid")

    sender: str | None = None
    backend: str | None = None
    model: str | None = None
    base_url: str | None = None


def home() -> Path:
    """`FOLLOWUP_HOME` moves everything followup stores (tests use a temporary one)."""
    override = os.environ.get("FOLLOWUP_HOME")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("followup"))


def data_home() -> Path:
    """Where the databases live: `FOLLOWUP_HOME` if set, otherwise the user's data folder."""
    override = os.environ.get("FOLLOWUP_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("followup"))


def config_path() -> Path:
    return home() / "config.json"


def load_settings() -> Settings:
    path = config_path()
    if not path.is_file():
        return Settings()
    try:
        return Settings.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, ValidationError, OSError) as exc:
        raise FollowupError(
            f"{path}: broken config file ({exc.__class__.__name__}); fix it or delete it"
        ) from None


def save_settings(settings: Settings) -> Path:
    from followup.textio import write_atomic

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, settings.model_dump_json(indent=2, exclude_none=True) + "\n", force=True)
    return path
