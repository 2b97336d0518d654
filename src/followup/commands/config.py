"""`followup config`: remember your name and preferred model between runs."""

from __future__ import annotations

import sys

import typer

from followup.errors import FollowupError

app = typer.Typer(
    help="Show or change stored settings (sender, backend, model, base_url).", no_args_is_help=True
)


@app.command("set")
def set_(
    key: str = typer.Argument(..., help="sender, backend, model or base_url."),
    value: str = typer.Argument(..., help="The value to store."),
) -> int:
    """Store a setting (API keys stay in OPENAI_API_KEY, never in this file)."""
    from followup.config import Settings, check_value, load_settings, save_settings

    if key not in Settings.model_fields:
        raise FollowupError(f"unknown setting {key!r}: use {', '.join(Settings.model_fields)}")
    if key == "backend" and value not in ("embedded", "openai", "auto"):
        raise FollowupError("backend must be embedded, openai or auto")
    check_value(key, value)
    settings = load_settings().model_copy(update={key: value})
    path = save_settings(settings)
    sys.stdout.write(f"{key} = {value}  ({path})\n")
    return 0


@app.command("get")
def get(key: str = typer.Argument(..., help="Setting name.")) -> int:
    """Print one setting (exit 1 when it is not set)."""
    from followup.config import Settings, load_settings

    if key not in Settings.model_fields:
        raise FollowupError(f"unknown setting {key!r}: use {', '.join(Settings.model_fields)}")
    value = getattr(load_settings(), key)
    if value is None:
        return 1
    sys.stdout.write(f"{value}\n")
    return 0


@app.command("show")
def show() -> int:
    """Print every stored setting and where the file lives."""
    from followup.config import config_path, load_settings

    settings = load_settings()  # a broken file is one error line, not half a listing
    sys.stdout.write(f"# {config_path()}\n")
    for k, v in settings.model_dump().items():
        sys.stdout.write(f"{k} = {v if v is not None else '(not set)'}\n")
    return 0
