"""`config.py`: the user's settings, a small JSON file under FOLLOWUP_HOME; a broken file is
one line saying what is wrong with it; a value a draft could not carry is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.config import (
    Settings,
    check_value,
    config_path,
    data_home,
    home,
    load_settings,
    save_settings,
)
from followup.errors import FollowupError


def test_home_is_followup_home(isolated_home: Path) -> None:
    assert home() == data_home() == isolated_home / "followup"
    assert config_path() == isolated_home / "followup" / "config.json"


def test_no_file_is_no_settings() -> None:
    assert load_settings() == Settings()


def test_settings_saved_are_loaded_back() -> None:
    path = save_settings(Settings(sender="Sam Lee", base_url="http://127.0.0.1:8080/v1"))
    assert path == config_path()
    assert "backend" not in path.read_text(encoding="utf-8")  # no empty values written
    assert load_settings() == Settings(sender="Sam Lee", base_url="http://127.0.0.1:8080/v1")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            b"{not json",
            "not valid JSON: Expecting property name enclosed in double quotes at line 1 column 2",
        ),
        (b'{"sender": 3}', "sender: Input should be a valid string"),
        (b'{"api_key": "x"}', "api_key: Extra inputs are not permitted"),
        (b"[]", "the file: Input should be a valid dictionary or instance of Settings"),
        (b'{"sender": "caf\xe9"}', "not valid UTF-8 (byte 0xe9 at offset 15)"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_a_broken_file_is_one_line(content: bytes, problem: str) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_bytes(content)
    with pytest.raises(FollowupError) as raised:
        load_settings()
    assert (
        str(raised.value) == f"{config_path()}: broken config file, {problem}; fix it or delete it"
    )


@pytest.mark.parametrize(
    ("key", "value", "error"),
    [
        ("sender", "see https://sam.dev", "sender: holds a link; give it as plain text"),
        ("base_url", "ftp://host", "base_url: 'ftp://host' "),
        ("model", "gpt\tx", "model: holds a line break, a tab or a NUL"),
        ("model", "m\udce9", "model: holds the byte 0xe9, which is not UTF-8 text"),
    ],
)
def test_a_value_a_draft_could_not_carry_is_refused(key: str, value: str, error: str) -> None:
    with pytest.raises(FollowupError) as raised:
        check_value(key, value)
    assert str(raised.value).startswith(error)


def test_plain_values_pass() -> None:
    check_value("sender", "Sam Lee")
    check_value("base_url", "http://127.0.0.1:8080/v1")
    check_value("model", "qwen2.5-1.5b-instruct")
