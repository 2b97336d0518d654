"""Any OpenAI-compatible chat endpoint: OpenAI, Ollama, vLLM, LM Studio, llama.cpp's server."""

from __future__ import annotations

from typing import Any

from followup.errors import ModelUnavailable
from followup.models.base import Completion, Message, Usage


def redact(key: str | None) -> str:
    """Show enough of a key to recognise it, never enough to use it."""
    if not key:
        return "(none)"
    return f"{key[:3]}...{key[-4:]}" if len(key) > 8 else "***"


class OpenAICompatModel:
    backend = "openai"

    def __init__(
        self,
        model: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float = 60.0,
        max_retries: int = 2,
    ) -> None:
        import openai

        self.name = model
        self.base_url = base_url
        self._openai = openai
        self._client = openai.OpenAI(
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
        oa = self._openai
        kwargs: dict[str, Any] = {}
        if seed is not None:
            kwargs["seed"] = seed
        if stop:
            kwargs["stop"] = stop
        if json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": json_schema}
        try:
            resp = self._client.chat.completions.create(
                model=self.name,
                messages=messages,  # type: ignore[arg-type]
                max_tokens=max_tokens,
                temperature=temperature,
                **kwargs,
            )
        except oa.AuthenticationError:
            raise ModelUnavailable(
                "the model server refused the API key (check OPENAI_API_KEY)"
            ) from None
        except oa.NotFoundError:
            raise ModelUnavailable(
                f"the model server has no model {self.name!r} (check --model)"
            ) from None
        except oa.APITimeoutError:
            raise ModelUnavailable(
                "the model server did not answer in time (try --timeout, or a smaller model)"
            ) from None
        except oa.APIConnectionError:
            raise ModelUnavailable(
                f"cannot reach the model server at {self.base_url or 'api.openai.com'} "
                "(is it running? check --base-url)"
            ) from None
        except oa.APIStatusError as exc:
            raise ModelUnavailable(
                f"the model server answered HTTP {exc.status_code}; try again later"
            ) from None
        except oa.APIError as exc:
            raise ModelUnavailable(
                f"the model server's answer was not usable ({exc.__class__.__name__})"
            ) from None
        except ValueError:  # a body that is not the JSON it claims to be
            raise ModelUnavailable("the model server's answer was not valid JSON") from None
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
