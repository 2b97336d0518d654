"""Load rule files from `rules/` (and user folders), naming the file, line and rule when one is
wrong (`rules/house.yaml:12: rule house.x: tokens: ...`, as Vale does)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from followup.errors import RuleFileError
from followup.lint.compiled import CompiledRule
from followup.lint.ruletypes import TYPES
from followup.lint.sources import accept_file, kinds_file, rule_files
from followup.lint.specs import KindCues, RuleFile, RuleSpec, rule_adapter
from followup.resources import rules_dir


@cache
def _adapter(forms: tuple[type[CompiledRule], ...]) -> TypeAdapter[RuleSpec]:
    """The tagged union of the types, built once per set of types (`ruletypes.TYPES`)."""
    return rule_adapter(forms)


def _where(exc: ValidationError) -> tuple[str | int, ...]:
    """Where in the rule the first error is, without the type tag pydantic's tagged union puts
    first (`existence.tokens` -> `tokens`)."""
    loc = tuple(exc.errors()[0]["loc"])
    if loc and loc[0] in TYPES:
        loc = loc[1:]
    return loc


def _describe(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in _where(exc))
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
        where = f":{mark.line + 1}" if mark is not None else ""
        start = getattr(exc, "context_mark", None) or mark
        rule = _rule_before(text, start.line) if start is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        about = f" (rule {rule})" if rule else ""
        raise RuleFileError(f"{path}{where}: YAML error{about}: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot be read ({exc})") from None


def line_of(path: Path, where: Sequence[str | int]) -> int | None:
    """The (1-based) line of a place in a YAML file (`("rules", 3, "tokens")`): of the deepest
    key or item of that path the file has. Read again only to report an error, so a valid
    file is parsed once."""
    import yaml

    try:
        node = yaml.compose(
            path.read_text(encoding="utf-8"),
            Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
        )
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    line = None
    for step in where:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if k.value == step), None)
            if found is None:
                break
            line, node = found[0].start_mark.line, found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if not 0 <= step < len(node.value):
                break
            node = node.value[step]
            line = node.start_mark.line
        else:
            break
    return None if line is None else line + 1


def _at(path: Path, where: Sequence[str | int]) -> str:
    """`path:line` (Vale's form), or the path alone when the line cannot be found."""
    line = line_of(path, where)
    return f"{path}:{line}" if line is not None else str(path)


def load_rule_file(path: Path) -> list[RuleSpec]:
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}: expected a mapping with a 'rules' list")
    try:
        rule_file = RuleFile.model_validate(data)
    except ValidationError as exc:
        raise RuleFileError(f"{_at(path, exc.errors()[0]['loc'])}: {_describe(exc)}") from None
    adapter = _adapter(tuple(TYPES.values()))
    rules = []
    for i, raw in enumerate(rule_file.rules):
        try:
            rules.append(adapter.validate_python(raw))
        except ValidationError as exc:
            name = raw.get("id", f"#{i + 1}")
            where = _at(path, ("rules", i, *_where(exc)))
            raise RuleFileError(f"{where}: rule {name}: {_describe(exc)}") from None
    return rules


def load_rules(
    user_dirs: Iterable[Path] = (), sources: dict[str, Path] | None = None
) -> dict[str, RuleSpec]:
    """Built-in rules, then each user folder's; a user rule with a built-in id replaces it.
    `sources`, when given, is filled with the file of each rule from a user folder."""
    rules: dict[str, RuleSpec] = {}
    builtin = rules_dir()
    for folder in (builtin, *user_dirs):
        seen_here: dict[str, Path] = {}
        for path in rule_files(folder):
            for i, rule in enumerate(load_rule_file(path)):
                if rule.id in seen_here:
                    raise RuleFileError(
                        f"{_at(path, ('rules', i, 'id'))}: rule {rule.id}: id already used in "
                        f"{seen_here[rule.id]}"
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
        raise RuleFileError(f"{_at(path, exc.errors()[0]['loc'])}: {_describe(exc)}") from None
