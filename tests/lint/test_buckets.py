"""`lint/buckets.py`: lines grouped into one string, with where each group starts."""

from __future__ import annotations

from followup.lint.buckets import pack


def test_each_bucket_is_found_between_its_newlines() -> None:
    buckets = [["ann\n", "bo\n"], [], ["cy\n"]]
    blob, starts = pack(buckets, "\n")
    assert blob == "\nann\nbo\ncy\n"
    assert starts == [0, 7, 7, 10]
    for b, lines in enumerate(buckets):
        assert blob[starts[b] + 1 : starts[b + 1] + 1] == "".join(lines)
        assert blob[starts[b]] == "\n" and blob[starts[b + 1]] == "\n"


def test_no_buckets() -> None:
    assert pack([], "\n") == ("\n", [0])
    assert pack([[], []], "\n") == ("\n", [0, 0, 0])


def test_bytes_buckets_give_byte_offsets() -> None:
    blob, starts = pack([[b"\xc3\xa9t\xc3\xa9\n"], [b"a\n"]], b"\n")
    assert blob == b"\n\xc3\xa9t\xc3\xa9\na\n"
    assert starts == [0, 6, 8]
