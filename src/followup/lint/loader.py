"""Load rule files from `rules/` (and user folders), naming the file and rule when one is wrong."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from followup.errors import RuleFileError
from followup.lint.model import KindCues, Rule, RuleFile
from followup.lint.sources import accept_file, kinds_file, rule_files
from followup.resources import rules_dir

_RULE_ADAPTER: TypeAdapter[Rule] | None = None


def _adapter() -> TypeAdapter[Rule]:
    global _RULE_ADAPTER
    if _RULE_ADAPTER is None:
        _RULE_ADAPTER = TypeAdapter(Rule)
    return _RULE_ADAPTER


def _describe(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"] if not isinstance(p, int) or len(err["loc"]) == 1)
    # drop the discriminator tag pydantic adds to locations ("existence.tokens" -> "tokens")
    parts = [str(p) for p in err["loc"]]
    if parts and parts[0] in {
        "existence",
        "occurrence",
        "substitution",
        "metric",
        "spelling",
        "emoji",
        "grounding",
    }:
        parts = parts[1:]
    loc = ".".join(parts)
    msg = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    return f"{loc}: {msg}" if loc else msg


_ID_LINE = re.compile(r"""^[ \t]*(?:-[ \t]+)?id:[ \t]*["']?([\w.-]+)""")


def _rule_before(text: str, line: int) -> str | None:
    """The id of the last rule that starts at or before a (0-based) line: where a YAML error is."""
    found = None
    for row in text.split("\n")[: line + 1]:
        m = _ID_LINE.match(row)
        if m:
            found = m.group(1)
    return found


def _read_yaml(path: Path) -> Any:
    import yaml  # here, not at the top: a run that finds its rules in the cache never needs it

    try:
        text = path.read_text(encoding="utf-8")
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        start = getattr(exc, "context_mark", None) or mark
        rule = _rule_before(text, start.line) if start is not None else None
        if rule:
            where += f" (rule {rule})"
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise RuleFileError(f"{path}: YAML error{where}: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot be read ({exc})") from None


def load_rule_file(path: Path) -> list[Rule]:
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}: expected a mapping with a 'rules' list")
    try:
        rule_file = RuleFile.model_validate(data)
    except ValidationError as exc:
        raise RuleFileError(f"{path}: {_describe(exc)}") from None
    rules = []
    for i, raw in enumerate(rule_file.rules, start=1):
        name = raw.get("id", f"#{i}") if isinstance(raw, dict) else f"#{i}"
        try:
            rules.append(_adapter().validate_python(raw))
        except ValidationError as exc:
            raise RuleFileError(f"{path}: rule {name}: {_describe(exc)}") from None
    return rules


def load_rules(
    user_dirs: Iterable[Path] = (), sources: dict[str, Path] | None = None
) -> dict[str, Rule]:
    """Built-in rules, then each user folder's; a user rule with a built-in id replaces it.
    `sources`, when given, is filled with the file of each rule from a user folder."""
    rules: dict[str, Rule] = {}
    builtin = rules_dir()
    for folder in (builtin, *user_dirs):
        seen_here: dict[str, Path] = {}
        for path in rule_files(folder):
            for rule in load_rule_file(path):
                if rule.id in seen_here:
                    raise RuleFileError(
                        f"{path}: rule {rule.id}: id already used in {seen_here[rule.id]}"
                    )
                seen_here[rule.id] = path
                rules[rule.id] = rule
                if sources is not None:
                    if folder is builtin:
                        sources.pop(rule.id, None)
                    else:
                        sources[rule.id] = path
    return rules


def load_accept(user_dirs: Iterable[Path] = ()) -> set[str]:
    """Vale-style vocabularies: `accept.txt`, one word per line, `#` for comments."""
    words: set[str] = set()
    for folder in (rules_dir(), *user_dirs):
        path = accept_file(folder)
        if path.is_file():
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                from followup.textio import not_utf8

                raise RuleFileError(f"{path}: {not_utf8(exc)}") from None
            except OSError as exc:
                raise RuleFileError(f"{path}: cannot be read ({exc.strerror})") from None
            for line in text.splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    words.update(w.lower() for w in line.split())
    return words


def load_kind_cues() -> KindCues:
    path = kinds_file()
    try:
        return KindCues.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise RuleFileError(f"{path}: {_describe(exc)}") from None
