"""Any OpenAI-compatible chat endpoint: OpenAI, Ollama, vLLM, LM Studio, llama.cpp's server.

`OpenAICompatModel` (blocking, `openai.OpenAI`) and `AsyncOpenAICompatModel` (`openai.AsyncOpenAI`,
for `followup batch`) send the same request body for the same call and map the same errors to
`ModelUnavailable`: both live once, in `_Endpoint`.
"""

from __future__ import annotations

from typing import Any

from followup.errors import ModelUnavailable
from followup.models.base import Completion, Message, Usage


def redact(key: str | None) -> str:
    """Show enough of a key to recognise it, never enough to use it."""
    if not key:
        return "(none)"
    return f"{key[:3]}...{key[-4:]}" if len(key) > 8 else "***"


class _Endpoint:
    """What the blocking and the async model share: settings, request, errors, answer."""

    backend = "openai"

    def __init__(self, model: str, *, base_url: str | None) -> None:
        import openai

        self.name = model
        self.base_url = base_url
        self._openai = openai

    def _request(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float,
        seed: int | None,
        stop: list[str] | None,
        json_schema: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """The keyword arguments of `chat.completions.create` (so, the request body)."""
        kwargs: dict[str, Any] = {}
        if seed is not None:
            kwargs["seed"] = seed
        if stop:
            kwargs["stop"] = stop
        if json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": json_schema}
        return {
            "model": self.name,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            **kwargs,
        }

    def _unavailable(self, exc: Exception) -> ModelUnavailable | None:
        """The user's one-line message for a failed call; None for an error that is not ours."""
        oa = self._openai
        if isinstance(exc, oa.AuthenticationError):
            return ModelUnavailable("the model server refused the API key (check OPENAI_API_KEY)")
        if isinstance(exc, oa.NotFoundError):
            return ModelUnavailable(f"the model server has no model {self.name!r} (check --model)")
        if isinstance(exc, oa.APITimeoutError):
            return ModelUnavailable(
                "the model server did not answer in time (try --timeout, or a smaller model)"
            )
        if isinstance(exc, oa.APIConnectionError):
            return ModelUnavailable(
                f"cannot reach the model server at {self.base_url or 'api.openai.com'} "
                "(is it running? check --base-url)"
            )
        if isinstance(exc, oa.APIStatusError):
            return ModelUnavailable(
                f"the model server answered HTTP {exc.status_code}; try again later"
            )
        if isinstance(exc, oa.APIError):
            return ModelUnavailable(
                f"the model server's answer was not usable ({exc.__class__.__name__})"
            )
        if isinstance(exc, ValueError):  # a body that is not the JSON it claims to be
            return ModelUnavailable("the model server's answer was not valid JSON")
        return None

    @staticmethod
    def _completion(resp: Any) -> Completion:
        if not resp.choices:
            raise ModelUnavailable("the model server returned no choices")
        choice = resp.choices[0]
        usage = resp.usage
        return Completion(
            text=choice.message.content or "",
            usage=Usage(
                usage.prompt_tokens if usage else 0, usage.completion_tokens if usage else 0
            ),
            finish_reason=choice.finish_reason,
        )


class OpenAICompatModel(_Endpoint):
    def __init__(
        self,
        model: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float = 60.0,
        max_retries: int = 2,
    ) -> None:
        super().__init__(model, base_url=base_url)
        self._client = self._openai.OpenAI(
            api_key=api_key or "not-needed",  # local servers accept any key
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )

    def complete(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float,
        seed: int | None = None,
        stop: list[str] | None = None,
        json_schema: dict[str, Any] | None = None,
    ) -> Completion:
        request = self._request(
            messages,
            max_tokens=max_tokens,
            temperature=temperature,
            seed=seed,
            stop=stop,
            json_schema=json_schema,
        )
        try:
            resp = self._client.chat.completions.create(**request)
        except Exception as exc:
            mapped = self._unavailable(exc)
            if mapped is None:
                raise
            raise mapped from None
        return self._completion(resp)


class AsyncOpenAICompatModel(_Endpoint):
    """The async client: many requests in flight from one thread. The client's own retry
    policy (`max_retries`, with exponential backoff) honours a 429's `Retry-After`."""

    def __init__(
        self,
        model: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float = 60.0,
        max_retries: int = 2,
    ) -> None:
        super().__init__(model, base_url=base_url)
        self._client = self._openai.AsyncOpenAI(
            api_key=api_key or "not-needed",
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def complete_async(
        self,
        messages: list[Message],
        *,
        max_tokens: int,
        temperature: float,
        seed: int | None = None,
        stop: list[str] | None = None,
        json_schema: dict[str, Any] | None = None,
    ) -> Completion:
        request = self._request(
            messages,
            max_tokens=max_tokens,
            temperature=temperature,
            seed=seed,
            stop=stop,
            json_schema=json_schema,
        )
        try:
            resp = await self._client.chat.completions.create(**request)
        except Exception as exc:
            mapped = self._unavailable(exc)
            if mapped is None:
                raise
            raise mapped from None
        return self._completion(resp)

    async def aclose(self) -> None:
        await self._client.close()
