"""`textio.py`: user text read safely (one clear error per unusable input), output files
checked before the work and written atomically, and standard output whose failures are one
line."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from followup.errors import InputError
from followup.textio import (
    MAX_BYTES,
    ClosedStdin,
    GuardedOutput,
    OutputError,
    check_output,
    check_text_arg,
    display_name,
    pasted_text,
    read_text,
    write_atomic,
)


def test_a_text_file_is_read_with_its_line_ends_made_plain(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"\xef\xbb\xbfDear Ana,\r\nThanks.\rSam\n")
    assert read_text(path) == "Dear Ana,\nThanks.\nSam\n"


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "is empty"),
        (b" \n\t\n", "is empty"),
        (b"ab\x00cd", "looks like a binary file, not text"),
        (b"caf\xe9 ok", "not valid UTF-8 (byte 0xe9 at offset 3)"),
        (b"a" * (MAX_BYTES + 1), "too large (1.0 MB); the limit is 1 MB"),
    ],
)
def test_an_unusable_file_is_one_error_naming_it(
    tmp_path: Path, content: bytes, error: str
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        read_text(path)
    assert str(raised.value) == f"{path}: {error}"


def test_a_missing_file_or_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.txt: no such file$"):
        read_text(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match=r": is a directory, not a file$"):
        read_text(tmp_path)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO(b"Thanks, Ana.\r\n")

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert read_text("-") == "Thanks, Ana.\n"
    assert display_name("-") == "<stdin>" and display_name("a.txt") == "a.txt"
    monkeypatch.setattr(sys, "stdin", ClosedStdin())
    with pytest.raises(InputError, match=r"^<stdin>: is closed; give a file name"):
        read_text("-")


def test_pasted_text_is_refused_as_a_file_would_be() -> None:
    assert pasted_text("Hi\r\nthere", "notes") == "Hi\nthere"
    with pytest.raises(InputError, match=r"^notes: is empty$"):
        pasted_text("  ", "notes")
    with pytest.raises(InputError, match=r"^notes: not valid UTF-8"):
        pasted_text("a\udce9b", "notes")


def test_an_argument_holding_a_byte_that_is_not_utf8() -> None:
    check_text_arg("--company", "Café Ltd")
    with pytest.raises(InputError, match=r"^--company: holds the byte 0xe9, which is not UTF-8"):
        check_text_arg("--company", "Caf\udce9")
    with pytest.raises(InputError, match=r"holds U\+D800"):
        check_text_arg("--company", "\ud800")


def test_write_atomic_writes_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    write_atomic(path, "first\n")
    assert path.read_text(encoding="utf-8") == "first\n"
    with pytest.raises(InputError, match="already exists; use --force to overwrite it"):
        write_atomic(path, "second\n")
    write_atomic(path, "second\n", force=True)
    assert path.read_text(encoding="utf-8") == "second\n"
    with pytest.raises(InputError, match="which is not UTF-8"):
        write_atomic(path, "bad \udce9", force=True)
    assert path.read_text(encoding="utf-8") == "second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.txt"]  # no temporary file left


def test_check_output(tmp_path: Path) -> None:
    check_output(tmp_path / "new.txt", force=False)
    (tmp_path / "old.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        check_output(tmp_path / "old.txt", force=False)
    check_output(tmp_path / "old.txt", force=True)
    with pytest.raises(InputError, match="is a directory"):
        check_output(tmp_path, force=True)
    with pytest.raises(InputError, match="does not exist"):
        check_output(tmp_path / "no" / "x.txt", force=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.txt"]


class Failing(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_guarded_output_turns_a_failure_into_one_line() -> None:
    out = GuardedOutput(io.StringIO())
    out.write("ok")
    assert out.getvalue() == "ok" and not out.isatty()  # other attributes pass through
    with pytest.raises(OutputError, match=r"^cannot write to standard output \(No space left"):
        GuardedOutput(Failing()).write("x")
    with pytest.raises(OutputError, match=r"\(it is closed\)"):
        GuardedOutput(None).write("x")
    GuardedOutput(None).flush()  # nothing to flush


def test_a_closed_pipe_stays_a_broken_pipe() -> None:
    class Pipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    with pytest.raises(BrokenPipeError):
        GuardedOutput(Pipe()).write("x")
