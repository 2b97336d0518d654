"""Jinja2 prompts from `prompts/` (or `--prompts DIR`): notes are data, never template code."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2
import yaml

from followup.errors import FollowupError
from followup.models.base import Message
from followup.resources import prompts_dir

ROLES = ("system", "user", "assistant")


class PromptError(FollowupError):
    """A prompt template that cannot be loaded or rendered."""


class Prompts:
    """The prompt templates in force: a user folder's files shadow the built-in ones by name."""

    def __init__(self, user_dir: Path | None = None) -> None:
        if user_dir is not None and not user_dir.is_dir():
            raise PromptError(f"--prompts: {user_dir} is not a folder")
        folders = [str(p) for p in (user_dir, prompts_dir()) if p is not None]
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(folders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.user_dir = user_dir

    def _template(self, name: str) -> jinja2.Template:
        try:
            return self.env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            raise PromptError(
                f"prompt template {exc.filename or name}:{exc.lineno}: {exc.message}"
            ) from None
        except jinja2.TemplateNotFound:
            raise PromptError(f"prompt template {name} not found") from None

    def _render(self, name: str, context: dict[str, Any]) -> str:
        template = self._template(name)
        try:
            return template.render(**context)
        except jinja2.TemplateSyntaxError as exc:
            raise PromptError(
                f"prompt template {exc.filename or name}:{exc.lineno}: {exc.message}"
            ) from None
        except jinja2.UndefinedError as exc:
            raise PromptError(f"prompt template {name}: {exc.message}") from None
        except (TypeError, ValueError, IndexError, KeyError, AttributeError) as exc:
            raise PromptError(f"prompt template {name}: {exc}") from None

    def messages(self, name: str, **context: Any) -> list[Message]:
        """Render a chat prompt; each `{% call msg(role) %}` block becomes one message."""
        collected: list[Message] = []

        def msg(role: str, caller: Any = None) -> str:
            if role not in ROLES:
                raise PromptError(f"prompt template {name}: unknown role {role!r}")
            collected.append({"role": role, "content": str(caller()).strip() if caller else ""})
            return ""

        self._render(name, {**context, "msg": msg, "shots": self.shots})
        if not collected or collected[-1]["role"] != "user":
            raise PromptError(f"prompt template {name}: must end with a user message")
        return collected

    def text(self, name: str, **context: Any) -> str:
        """Render a text template (the email around the generated sentences)."""
        return self._render(name, context).strip() + "\n"

    @cached_property
    def shots(self) -> dict[str, Any]:
        for folder in (self.user_dir, prompts_dir()):
            if folder is not None and (folder / "shots.yaml").is_file():
                path = folder / "shots.yaml"
                try:
                    data = yaml.safe_load(path.read_text(encoding="utf-8"))
                except yaml.YAMLError as exc:
                    raise PromptError(f"{path}: YAML error: {exc}") from None
                if not isinstance(data, dict):
                    raise PromptError(f"{path}: expected a mapping of example lists")
                return data
        return {}
