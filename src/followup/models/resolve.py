"""Pick the model: flag > environment > config file; `auto` means openai when one is configured."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from followup.config import Settings
from followup.errors import FollowupError
from followup.models.base import AsyncChatModel, ChatModel

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


@dataclass
class ModelChoice:
    backend: str
    model: str | None
    base_url: str | None
    api_key: str | None


def choose(
    *,
    backend: str | None,
    model: str | None,
    base_url: str | None,
    settings: Settings,
) -> ModelChoice:
    api_key = os.environ.get("OPENAI_API_KEY") or None
    url = base_url or os.environ.get("OPENAI_BASE_URL") or settings.base_url
    name = model or os.environ.get("FOLLOWUP_MODEL") or settings.model
    # no flag: the config's backend, else auto; an explicit --backend (auto included) wins
    chosen = backend or settings.backend or "auto"
    if chosen == "auto":
        chosen = "openai" if (api_key or url) else "embedded"
    if chosen not in ("embedded", "openai"):
        raise FollowupError(f"unknown backend {chosen!r}: use embedded or openai")
    if chosen == "openai" and not (api_key or url):
        raise FollowupError(
            "the openai backend needs OPENAI_API_KEY, or --base-url for a local server"
        )
    if chosen == "openai" and url:
        problem = url_problem(url)
        if problem:
            from followup.models.openai_compat import display_url

            raise FollowupError(
                f"--base-url (or OPENAI_BASE_URL, or the config's base_url): "
                f"{display_url(url)!r} {problem}"
            )
    return ModelChoice(chosen, name, url, api_key)


def url_problem(url: str) -> str | None:
    """Why `url` cannot be an OpenAI-compatible endpoint's base URL, or None."""
    from urllib.parse import urlsplit

    import httpx2

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it checks the port
        httpx2.URL(url)  # what the client will parse
    except (ValueError, httpx2.InvalidURL) as exc:
        return f"is not a valid URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return "is not an http:// or https:// URL"
    if not parts.hostname:
        return "names no host"
    return None


def build(choice: ModelChoice, *, timeout: float, max_retries: int) -> ChatModel:
    if choice.backend == "embedded":
        from followup.models.embedded import EmbeddedModel

        override = os.environ.get("FOLLOWUP_EMBEDDED_MODEL")
        return EmbeddedModel(Path(override) if override else None)
    from followup.models.openai_compat import OpenAICompatModel

    return OpenAICompatModel(
        choice.model or DEFAULT_OPENAI_MODEL,
        api_key=choice.api_key,
        base_url=choice.base_url,
        timeout=timeout,
        max_retries=max_retries,
    )


def build_async(choice: ModelChoice, *, timeout: float, max_retries: int) -> AsyncChatModel:
    """For `followup batch`: the async client, or the embedded model one call at a time."""
    if choice.backend == "embedded":
        from followup.models.base import InThread

        return InThread(build(choice, timeout=timeout, max_retries=max_retries))
    from followup.models.openai_compat import AsyncOpenAICompatModel

    return AsyncOpenAICompatModel(
        choice.model or DEFAULT_OPENAI_MODEL,
        api_key=choice.api_key,
        base_url=choice.base_url,
        timeout=timeout,
        max_retries=max_retries,
    )
