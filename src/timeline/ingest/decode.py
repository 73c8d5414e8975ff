"""Bytes to text, for a folder of files nobody checked: which files are text at all, in which
encoding, and what in them must not reach the output.

- A known binary signature (PDF, PNG, JPEG, ZIP…), a NUL byte, or many control characters:
  not text.
- A byte order mark says the encoding (UTF-8, UTF-16, UTF-32); UTF-16 without one is
  recognised by its zero bytes.
- Otherwise UTF-8; failing that, a file with no UTF-8 sequence in it at all is read as
  Windows-1252 (which includes Latin-1's letters), with a note. Damaged UTF-8 is not guessed at.
- A few stray control characters (ESC, BEL, DEL…) and lone surrogates are replaced one for one,
  by a space and U+FFFD, so that offsets into the text stay offsets into the file's text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its little-endian BOM starts as UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Legacy text is mostly ASCII; random bytes are half not.
_MAX_LEGACY_SHARE = 0.3
_HIGH_BYTES = bytes(range(0x80, 0x100))


@dataclass(frozen=True)
class Decoded:
    """The text of a file, or why it is not text; `note` says how it was read when that is
    worth saying (a warning, not an error)."""

    text: str | None
    problem: str | None = None
    note: str | None = None


class TooLargeError(Exception):
    """A file over the size limit."""


def read_limited(file: Path, max_bytes: int | None) -> bytes:
    """The bytes of `file`, reading no more than `max_bytes` + 1 of them.

    Raises:
        TooLargeError: when the file is over `max_bytes` (its size says so, or it grew).
        OSError: when it cannot be read.
    """
    if max_bytes is None:
        return file.read_bytes()
    size = file.stat().st_size
    if size <= max_bytes:
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) <= max_bytes:
            return data
        size = len(data)
    raise TooLargeError(
        f"is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes): skipped"
    )


def decode(data: bytes) -> Decoded:
    """The text in `data`, or a one-line reason why it is not text."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return Decoded(None, f"is {kind}, not text")
    encoding, bom = _declared(data)
    note = None
    if encoding is not None:
        try:
            text = data[len(bom) :].decode(encoding)
        except UnicodeDecodeError as error:
            name = encoding.upper().replace("-LE", "").replace("-BE", "")
            return Decoded(None, f"has a {name} byte order mark but is not {name} ({error.reason})")
    elif (guess := _utf16_without_bom(data)) is not None:
        text, note = guess
    elif b"\x00" in data:
        where = data.index(b"\x00")
        return Decoded(None, f"looks like a binary file, not text (a NUL byte at position {where})")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            legacy = _legacy(data)
            if legacy is None:
                byte = data[error.start]
                return Decoded(
                    None, f"is not UTF-8 text (byte 0x{byte:02x} at position {error.start})"
                )
            text, note = legacy
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        return Decoded(
            None, f"looks like a binary file, not text ({controls:,} control characters)"
        )
    cleaned, replaced = clean(text)
    if replaced:
        what = f"{replaced} control character{'s' if replaced != 1 else ''} replaced by spaces"
        note = f"{note}; {what}" if note else what
    return Decoded(cleaned, note=note)


def clean(text: str) -> tuple[str, int]:
    """`text` with control characters as spaces and lone surrogates as U+FFFD, one character
    for one; and how many were replaced."""
    count = 0
    if _CONTROL.search(text):
        text, count = _CONTROL.subn(" ", text)
    if _SURROGATE.search(text):
        text, more = _SURROGATE.subn("\ufffd", text)
        count += more
    return text, count


def _declared(data: bytes) -> tuple[str | None, bytes]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, bom
    return None, b""


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text with no byte order mark, known by a zero byte in every other place (the
    high byte of each ASCII character)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.01 * len(others):
            try:
                return data.decode(encoding), f"no byte order mark; read as {encoding.upper()}"
            except UnicodeDecodeError:
                return None
    return None


def _legacy(data: bytes) -> tuple[str, str] | None:
    """Windows-1252 text (the superset of Latin-1 that Windows and most of the web write), if
    the bytes can be that: no UTF-8 sequence anywhere, every byte defined, mostly ASCII."""
    if _UTF8_SEQUENCE.search(data):
        return None  # UTF-8 with damage: guessing would turn its accents into mojibake
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high > _MAX_LEGACY_SHARE * len(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text, "is not UTF-8; read as Windows-1252 (Latin-1)"
