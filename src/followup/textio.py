"""Read user text (files or stdin) safely: one clear error per unusable input."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from followup.errors import FollowupError, InputError

MAX_BYTES = 1_000_000
STDIN_NAME = "<stdin>"


def not_utf8(exc: UnicodeDecodeError) -> str:
    """`not valid UTF-8 (byte 0xff at offset 12)`: where a file stops being text."""
    return f"not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"


def check_text_arg(name: str, value: str) -> None:
    """Refuse an argument holding a byte that is not UTF-8 (Python passes it on as a lone
    surrogate, which no file, database or terminal can store): `InputError` naming `name`."""
    bad = next((c for c in value if 0xD800 <= ord(c) <= 0xDFFF), None)
    if bad is not None:
        byte = ord(bad) - 0xDC00 if 0xDC80 <= ord(bad) <= 0xDCFF else None
        what = f"the byte 0x{byte:02x}" if byte is not None else f"U+{ord(bad):04X}"
        raise InputError(f"{name}: holds {what}, which is not UTF-8 text")


def _decode(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: too large; the limit is {MAX_BYTES // 1_000_000} MB")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: {not_utf8(exc)}") from None
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def pasted_text(text: str, name: str) -> str:
    """Text pasted into a page, refused for the same reasons and with the same line as a file
    (too large, binary, not UTF-8, empty); a lone surrogate from a browser is not UTF-8."""
    return _decode(text.encode("utf-8", "surrogatepass"), name)


class ClosedStdin(io.StringIO):
    """`sys.stdin` when followup was started with standard input closed (`<&-`): not a
    terminal, nothing to read, and reading it for notes is one clear error."""


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None or isinstance(stream, ClosedStdin):
        raise InputError(f"{STDIN_NAME}: is closed; give a file name, or pipe the text in")
    try:
        return stream.buffer.read(MAX_BYTES + 1)
    except (OSError, ValueError) as exc:  # a closed or unreadable stream
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"{STDIN_NAME}: cannot be read ({reason})") from None


def read_text(path: str | Path) -> str:
    """Read a text file or, for `-`, standard input."""
    if str(path) == "-":
        return _decode(_read_stdin(), STDIN_NAME)
    p = Path(path)
    name = str(path)
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        size = p.stat().st_size
        raise InputError(
            f"{name}: too large ({size / 1e6:.1f} MB); the limit is {MAX_BYTES // 1_000_000} MB"
        )
    return _decode(data, name)


def display_name(path: str | Path) -> str:
    return STDIN_NAME if str(path) == "-" else str(path)


def _cannot(path: Path, exc: OSError) -> InputError:
    return InputError(f"{path}: cannot be written ({exc.strerror or exc})")


def check_output(path: Path, *, force: bool) -> None:
    """Refuse an output file that could not be written, before any work is done for it: a
    folder, a missing or unwritable folder, a name too long, a file that exists (unless
    `force`). Creating (and removing) a temporary file in the folder is the only sure test of
    a folder (permissions say nothing to root, or on a read-only or special file system)."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory")
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise InputError(f"{path}: folder {parent} does not exist")
        if path.exists() and not force:
            raise InputError(f"{path}: already exists; use --force to overwrite it")
    except OSError as exc:  # a name too long, a loop of links, a folder that cannot be searched
        raise _cannot(path, exc) from None
    import tempfile  # here: reading a note (`followup lint`) never needs it

    try:
        fd, probe = tempfile.mkstemp(prefix=".followup-", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write in {parent} ({exc.strerror or exc})") from None
    os.close(fd)
    Path(probe).unlink(missing_ok=True)


def write_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file; every
    failure is an `InputError` naming the file, and no temporary file is left behind."""
    import tempfile  # here: reading a note (`followup lint`) never needs it

    try:
        if path.exists() and not force:
            raise InputError(f"{path}: already exists; use --force to overwrite it")
        if path.is_dir():
            raise InputError(f"{path}: is a directory")
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise InputError(f"{path}: folder {parent} does not exist")
        # the temporary name is bounded: a long final name must not make it too long
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise _cannot(path, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _cannot(path, exc) from None
    except UnicodeEncodeError as exc:  # a surrogate: a byte that was not UTF-8 in an argument
        Path(tmp).unlink(missing_ok=True)
        odd = exc.object[exc.start]
        raise InputError(
            f"{path}: cannot be written (the text holds U+{ord(odd):04X}, which is not UTF-8)"
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class OutputError(FollowupError):
    """Standard output cannot be written: a full disk, `>/dev/full`, a closed descriptor."""


class GuardedOutput:
    """Standard output whose failures are an `OutputError` (one line, exit 2), not an
    `OSError` traceback from wherever the command happened to print. A closed pipe stays a
    `BrokenPipeError`: the reader (`| head`) has stopped reading, which is no error."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def _failed(self, exc: Exception) -> OutputError:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return OutputError(f"cannot write to standard output ({reason})")

    def write(self, text: str) -> int:
        if self._stream is None:
            raise OutputError("cannot write to standard output (it is closed)")
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:  # ValueError: the stream was closed
            raise self._failed(exc) from None

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:
            raise self._failed(exc) from None

    def isatty(self) -> bool:
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def __getattr__(self, name: str) -> Any:  # encoding, fileno, buffer, ...
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)
