"""Any OpenAI-compatible chat endpoint: OpenAI, Ollama, vLLM, LM Studio, llama.cpp's server.

`OpenAICompatModel` (blocking, `openai.OpenAI`) and `AsyncOpenAICompatModel` (`openai.AsyncOpenAI`,
for `followup batch`) send the same request body for the same call and map the same errors to
`ModelUnavailable`: both live once, in `_Endpoint`. What every call keeps to:

- `timeout` bounds the whole call: connecting, waiting, reading the answer however slowly it
  comes, and the retries with their waits (`deadline.py`);
- retries (the SDK's own are off) are for a lost connection, HTTP 408, 409, 429 and 5xx, at
  most `max_retries`, after `Retry-After` or a short backoff, and only when that wait ends
  before the deadline;
- the raw answer is validated before anything reads it (`answer.py`);
- the client's own secrets (the API key, a password in the base URL) are scrubbed from every
  completion text, so a server echoing the Authorization header cannot put the key in a draft,
  the history or `--format json`; error lines show the base URL without `user:password@`.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import math
import random
import re
import time
from typing import Any
from urllib.parse import unquote

from followup.errors import ModelUnavailable
from followup.models.base import Completion, ModelRequest, Usage
from followup.models.deadline import async_http_client, deadline, http_client, time_left

REDACTED = "[redacted]"
SHOW_TAIL_FROM = 16  # a shorter key shows nothing of itself when redacted
SCRUB_ANYWHERE_FROM = 8  # a shorter secret is scrubbed only as a whole word
SCRUB_FROM = 4  # and one shorter still is not a secret worth mangling a draft for
RETRY_STATUSES = frozenset({408, 409, 429})
MAX_BACKOFF = 8.0
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)?([^/?#]*)@")


def redact(key: str | None) -> str:
    """Show enough of a key to recognise it, never enough to use it: at most its last 4
    characters, and nothing of a key under 16 characters."""
    if not key:
        return "(none)"
    return f"...{key[-4:]}" if len(key) >= SHOW_TAIL_FROM else "***"


def display_url(url: str | None) -> str:
    """The base URL as messages show it: without `user:password@`, on one line."""
    if not url:
        return "api.openai.com"
    shown = _USERINFO.sub(lambda m: m.group(1) or "", url, count=1)
    return "".join(c if c.isprintable() else "?" for c in shown)


class Secrets:
    """The client's own secrets, to be scrubbed from whatever the server sends back."""

    def __init__(self, api_key: str | None, base_url: str | None) -> None:
        values = {api_key} if api_key else set()
        m = _USERINFO.match(base_url or "")
        if m:
            user, colon, password = m.group(2).partition(":")
            if colon:
                values |= {password, unquote(password)}
                basic = f"{unquote(user)}:{unquote(password)}".encode()
                values.add(base64.b64encode(basic).decode("ascii"))
            else:  # `token@host`: the user name is the secret
                values |= {user, unquote(user)}
        kept = [v for v in values if len(v) >= SCRUB_FROM]
        self._anywhere = sorted((v for v in kept if len(v) >= SCRUB_ANYWHERE_FROM), key=len)[::-1]
        words = [re.escape(v) for v in kept if len(v) < SCRUB_ANYWHERE_FROM]
        self._words = re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)") if words else None

    def scrub(self, text: str) -> str:
        for value in self._anywhere:
            text = text.replace(value, REDACTED)
        if self._words is not None:
            text = self._words.sub(REDACTED, text)
        return text


def retry_after(headers: Any) -> float | None:
    """The wait a 429 or 503 asks for (`retry-after-ms`, or `Retry-After` in seconds or as a
    date); None when it asks for none or says nothing readable; inf when it is unbounded."""
    try:
        ms = headers.get("retry-after-ms")
        if ms is not None:
            seconds = float(ms) / 1000
        else:
            value = headers.get("retry-after")
            if value is None:
                return None
            try:
                seconds = float(value)
            except ValueError:
                when = email.utils.parsedate_to_datetime(value)
                seconds = when.timestamp() - time.time()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if math.isnan(seconds):
        return None
    return max(seconds, 0.0)


class _Endpoint:
    """What the blocking and the async model share: settings, request, retries, errors, answer."""

    backend = "openai"

    def __init__(
        self,
        model: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float,
        max_retries: int,
    ) -> None:
        import openai

        self.name = model
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self.secrets = Secrets(api_key, base_url)
        self._openai = openai

    def _body(self, request: ModelRequest) -> dict[str, Any]:
        """The keyword arguments of `chat.completions.create` (so, the request body, whose keys
        keep this order: the recorded cassettes match on it)."""
        kwargs: dict[str, Any] = {}
        if request.seed is not None:
            kwargs["seed"] = request.seed
        if request.stop:
            kwargs["stop"] = request.stop
        if request.json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": request.json_schema}
        return {
            "model": self.name,
            "messages": request.messages,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            **kwargs,
        }

    def _call_timeout(self) -> float:
        """httpx's own timeouts for the next try: the time left (the pool wait included)."""
        left = time_left()
        return self.timeout if left is None else max(left, 0.001)

    def _next_wait(self, exc: Exception, retries: int) -> float | None:
        """Seconds to wait before trying again after `exc`; None to give up now."""
        oa = self._openai
        if retries >= self.max_retries:
            return None
        if isinstance(exc, oa.APIStatusError):
            told = exc.response.headers.get("x-should-retry")  # the server's say, if it has one
            if told == "false" or (
                told != "true" and exc.status_code not in RETRY_STATUSES and exc.status_code < 500
            ):
                return None
            wait = retry_after(exc.response.headers)
        elif isinstance(exc, oa.APIConnectionError) and not isinstance(exc, oa.APITimeoutError):
            wait = None  # a timeout means the deadline has passed: no time for another try
        else:
            return None
        if wait is None:
            wait = min(0.5 * 2**retries, MAX_BACKOFF) * random.uniform(0.75, 1.0)
        left = time_left()
        if left is not None and wait >= left:
            return None
        return wait

    def _unavailable(self, exc: Exception) -> ModelUnavailable | None:
        """The user's one-line message for a failed call; None for an error that is not ours."""
        oa = self._openai
        if isinstance(exc, oa.AuthenticationError):
            return ModelUnavailable("the model server refused the API key (check OPENAI_API_KEY)")
        if isinstance(exc, oa.NotFoundError):
            return ModelUnavailable(f"the model server has no model {self.name!r} (check --model)")
        if isinstance(exc, oa.APITimeoutError):
            return ModelUnavailable(
                f"the model server did not answer in time ({self.timeout:g} s, --timeout; "
                "try a larger --timeout, or a smaller model)"
            )
        if isinstance(exc, oa.APIConnectionError):
            return ModelUnavailable(
                f"cannot reach the model server at {display_url(self.base_url)} "
                "(is it running? check --base-url)"
            )
        if isinstance(exc, oa.APIStatusError):
            asked = retry_after(exc.response.headers)
            left = time_left()
            status = exc.status_code
            retryable = status in RETRY_STATUSES or status >= 500
            if retryable and asked and self.max_retries and left is not None and asked >= left:
                return ModelUnavailable(
                    f"the model server answered HTTP {status} and asked to wait {asked:.0f} s, "
                    f"past the --timeout of {self.timeout:g} s; try again later"
                )
            return ModelUnavailable(f"the model server answered HTTP {status}; try again later")
        if isinstance(exc, oa.APIError):
            return ModelUnavailable(
                f"the model server's answer was not usable ({exc.__class__.__name__})"
            )
        if isinstance(exc, ValueError | RecursionError):  # a body that is not the JSON it claims
            return ModelUnavailable("the model server's answer was not valid JSON")
        return None

    def _completion(self, response: Any) -> Completion:
        """The completion in a raw (httpx) answer, validated, with our secrets scrubbed."""
        from followup.models.answer import parse_answer

        answer = parse_answer(response.content, response.headers.get("content-type"))
        choice = answer.choices[0]
        usage = answer.usage
        return Completion(
            text=self.secrets.scrub(choice.message.content or ""),
            usage=Usage(
                (usage.prompt_tokens or 0) if usage else 0,
                (usage.completion_tokens or 0) if usage else 0,
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
        super().__init__(
            model, api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        self._client = self._openai.OpenAI(
            api_key=api_key or "not-needed",  # local servers accept any key
            base_url=base_url,
            timeout=timeout,
            max_retries=0,  # ours, bounded by the deadline
            http_client=http_client(),
        )

    def complete(self, request: ModelRequest) -> Completion:
        body = self._body(request)
        create = self._client.chat.completions.with_raw_response.create
        with deadline(self.timeout):
            retries = 0
            while True:
                try:
                    raw = create(**body, timeout=self._call_timeout())
                except Exception as exc:
                    wait = self._next_wait(exc, retries)
                    if wait is None:
                        mapped = self._unavailable(exc)
                        if mapped is None:
                            raise
                        raise mapped from None
                else:
                    return self._completion(raw.http_response)
                time.sleep(wait)
                retries += 1


class AsyncOpenAICompatModel(_Endpoint):
    """The async client: many requests in flight from one thread, each with its own deadline
    (the deadline is a context variable, and every batch task has its own context)."""

    def __init__(
        self,
        model: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float = 60.0,
        max_retries: int = 2,
    ) -> None:
        super().__init__(
            model, api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        self._client = self._openai.AsyncOpenAI(
            api_key=api_key or "not-needed",
            base_url=base_url,
            timeout=timeout,
            max_retries=0,
            http_client=async_http_client(),
        )

    async def complete_async(self, request: ModelRequest) -> Completion:
        body = self._body(request)
        create = self._client.chat.completions.with_raw_response.create
        with deadline(self.timeout):
            retries = 0
            while True:
                try:
                    raw = await create(**body, timeout=self._call_timeout())
                except Exception as exc:
                    wait = self._next_wait(exc, retries)
                    if wait is None:
                        mapped = self._unavailable(exc)
                        if mapped is None:
                            raise
                        raise mapped from None
                else:
                    return self._completion(raw.http_response)
                await asyncio.sleep(wait)
                retries += 1

    async def aclose(self) -> None:
        await self._client.close()
