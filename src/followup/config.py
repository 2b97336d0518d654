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
    try:
        if not path.is_file():
            return Settings()
        data = path.read_bytes()
    except OSError as exc:
        raise FollowupError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        return Settings.model_validate(json.loads(data.decode("utf-8")))
    except UnicodeDecodeError as exc:
        from followup.textio import not_utf8

        problem = not_utf8(exc)
    except RecursionError:
        problem = "nested too deeply"
    except json.JSONDecodeError as exc:
        problem = f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "the file"
        problem = f"{where}: {err['msg']}"
    raise FollowupError(f"{path}: broken config file, {problem}; fix it or delete it")


def check_value(key: str, value: str) -> None:
    """Refuse a setting the config file (UTF-8 JSON) or a draft could not carry."""
    from followup.textio import check_text_arg

    check_text_arg(key, value)
    if key == "sender":
        from followup.understanding.facts import shape_problem

        problem = shape_problem(value, max_words=12)
        if problem:
            raise FollowupError(f"sender: {problem}; give it as plain text")
    elif key == "base_url":
        from followup.models.resolve import url_problem

        problem = url_problem(value)
        if problem:
            raise FollowupError(f"base_url: {value!r} {problem}")
    elif any(c in value for c in "\r\n\t\x00"):
        raise FollowupError(f"{key}: holds a line break, a tab or a NUL; give it as plain text")


def save_settings(settings: Settings) -> Path:
    from followup.textio import write_atomic

    path = config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FollowupError(
            f"{path}: cannot write the settings (folder {path.parent}: {exc.strerror or exc})"
        ) from None
    write_atomic(path, settings.model_dump_json(indent=2, exclude_none=True) + "\n", force=True)
    return path
