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
    return ModelChoice(chosen, name, url, api_key)


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
