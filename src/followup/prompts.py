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
from followup.textio import not_utf8

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
        except UnicodeDecodeError as exc:
            raise PromptError(f"prompt template {name}: {not_utf8(exc)}") from None
        except OSError as exc:
            raise PromptError(f"prompt template {name}: cannot be read ({exc.strerror})") from None

    def _render(self, name: str, context: dict[str, Any]) -> str:
        template = self._template(name)
        try:
            return template.render(**context)
        except PromptError:
            raise
        except jinja2.TemplateSyntaxError as exc:  # in an included template
            raise PromptError(
                f"prompt template {exc.filename or name}:{exc.lineno}: {exc.message}"
            ) from None
        except jinja2.UndefinedError as exc:
            raise PromptError(f"{_where(exc, template, name)}: {exc.message}") from None
        except jinja2.TemplateNotFound as exc:  # an include or import of a missing file
            raise PromptError(f"{_where(exc, template, name)}: {exc.name} not found") from None
        except RecursionError:  # a macro that calls itself
            raise PromptError(f"prompt template {name}: recursion too deep") from None
        except Exception as exc:  # the template is the user's code: any error
            # in it ({{ 1/0 }}, a bad filter argument, a file that is not UTF-8) is theirs
            detail = str(exc) or exc.__class__.__name__
            raise PromptError(
                f"{_where(exc, template, name)}: {exc.__class__.__name__}: {detail}"
            ) from None

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
                    data = yaml.safe_load(path.read_bytes().decode("utf-8"))
                except yaml.YAMLError as exc:
                    raise PromptError(f"{path}: YAML error: {' '.join(str(exc).split())}") from None
                except UnicodeDecodeError as exc:
                    raise PromptError(f"{path}: {not_utf8(exc)}") from None
                except RecursionError:
                    raise PromptError(f"{path}: nested too deeply") from None
                except OSError as exc:
                    raise PromptError(f"{path}: cannot be read ({exc.strerror})") from None
                if not isinstance(data, dict):
                    raise PromptError(f"{path}: expected a mapping of example lists")
                return data
        return {}


def _where(exc: BaseException, template: jinja2.Template, name: str) -> str:
    """`prompt template NAME:LINE`: the line of the template file (or of a file it includes)
    that Jinja2's rewritten traceback blames, when it names one."""
    found = f"prompt template {name}"
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename == template.filename or filename.endswith(".j2"):
            found = f"prompt template {filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
