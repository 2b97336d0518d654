"""Read user text (files or stdin) safely: one clear error per unusable input."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from followup.errors import InputError

MAX_BYTES = 1_000_000
STDIN_NAME = "<stdin>"


def _decode(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: too large; the limit is {MAX_BYTES // 1_000_000} MB")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | Path) -> str:
    """Read a text file or, for `-`, standard input."""
    if str(path) == "-":
        return _decode(sys.stdin.buffer.read(MAX_BYTES + 1), STDIN_NAME)
    p = Path(path)
    name = str(path)
    if p.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
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


def write_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file."""
    if path.exists() and not force:
        raise InputError(f"{path}: already exists; use --force to overwrite it")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{path}: folder {parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
