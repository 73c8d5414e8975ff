"""Errors and warning codes.

Library code raises these or records `Problem`s; only the CLI turns them into messages and
exit codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class TimelineError(Exception):
    """A failure the user can act on; its message is shown as it is, without a traceback."""


class UsageError(TimelineError):
    """A wrong option or argument (exit code 2)."""


class SettingError(UsageError):
    """A setting with a value it cannot take. It carries the setting's name (as `Settings` and
    `EventFilter` name it), what is wrong, the value, and the setting it needs with it; the
    command line words it with its own option names (`worded`)."""

    def __init__(
        self,
        setting: str,
        problem: str,
        value: object = None,
        needs: tuple[str, str] | None = None,
    ) -> None:
        self.setting = setting
        self.problem = problem
        self.value = value
        self.needs = needs
        super().__init__(self.worded(str))

    def worded(self, name: Callable[[str], str]) -> str:
        """The message, each setting named by `name` (an option: "--max-bytes")."""
        text = f"{name(self.setting)} {self.problem}"
        if self.value is not None:
            text += f", not {cut(self.value, quoted=isinstance(self.value, str))}"
        if self.needs is not None:
            text += f": add {name(self.needs[0])} {self.needs[1]}"
        return text


class ModelNotFoundError(TimelineError):
    """No spaCy pipeline could be loaded."""


class ShapeError(TimelineError):
    """A JSON value without the shape a reader expects (a gold file, a timeline)."""


class FileError(TimelineError):
    """A file that cannot be used for what it was given for: the path and the reason, kept
    apart for callers that want them; shown as one line naming the file."""

    def __init__(self, path: object, reason: object) -> None:
        self.path = str(path)
        self.reason = str(reason)
        super().__init__(f"{cut_path(self.path)}: {self.reason}")


class Warnings(StrEnum):
    """Stable warning codes, so that users can search for and filter them."""

    T101 = "[T101] relative date without a document date"
    T103 = "[T103] manifest row names a file that is not there"

    @property
    def code(self) -> str:
        """The bracketed code alone: `[T101]`."""
        return self.value.split(" ", 1)[0]


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input. An error makes the run's exit code non-zero; a warning
    does not."""

    path: str
    message: str
    is_error: bool = True

    def __str__(self) -> str:
        """One line naming the file (a very long name cut), whatever characters its name or
        the message hold."""
        return f"{printable(cut_path(self.path))}: {printable(self.message)}"


SHOWN_CHARACTERS = 80  # a value echoed in a message is cut to about this many characters
PATH_CHARACTERS = 300  # and a path (any real one is shorter; a system allows 4,096)
# Bidirectional controls reorder what follows them on screen ("Trojan Source"): embeddings,
# overrides, isolates, marks. Titles lose them; wherever text is shown they are escaped.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_UNPRINTABLE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"  +")


def printable(text: str) -> str:
    """`text` on one line and safe for a terminal: control characters as escapes (`\\n`,
    `\\x1b`, `\\u202e`) and the undecodable bytes of a file name (lone surrogates) as
    `\\xNN`."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(_surrogate_escape, text)
    if _UNPRINTABLE.search(text):
        text = _UNPRINTABLE.sub(_control_escape, text)
    return text


def cut(value: object, limit: int = SHOWN_CHARACTERS, *, quoted: bool = False) -> str:
    """`value` for a message: whole when short, else its start and end around an ellipsis
    and then its length ("'2025-0…-01' (50,000 characters)"), so that a line stays short.
    `quoted` puts it in quotes, as `repr` does."""
    text = str(value)
    short = text if len(text) <= limit else f"{text[: limit // 2]}…{text[-(limit // 2) :]}"
    shown = repr(short) if quoted else short
    return shown if short is text else f"{shown} ({len(text):,} characters)"


def cut_path(path: object) -> str:
    """A path for a message, cut only when it is longer than any real one."""
    return cut(path, PATH_CHARACTERS)


def without_bidi(text: str) -> str:
    """`text` without bidirectional controls, for titles (which are short and shown
    everywhere); spaces they leave doubled become one."""
    if not _BIDI.search(text):
        return text
    return _SPACES.sub(" ", _BIDI.sub("", text)).strip()


def escape_bidi(text: str, escape: str = "\\u{:04x}") -> str:
    """`text` with each bidirectional control written as `escape` of its code point."""
    return _BIDI.sub(lambda m: escape.format(ord(m.group(0))), text)


def _control_escape(match: re.Match[str]) -> str:
    character = match.group(0)
    return f"\\u{ord(character):04x}" if _BIDI.match(character) else repr(character)[1:-1]


def _surrogate_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"
