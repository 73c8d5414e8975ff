"""Errors and warning codes.

Library code raises these or records `Problem`s; only the CLI turns them into messages and
exit codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class TimelineError(Exception):
    """A failure the user can act on; its message is shown as it is, without a traceback."""


class UsageError(TimelineError):
    """A wrong option or argument (exit code 2)."""


class ModelNotFoundError(TimelineError):
    """No spaCy pipeline could be loaded."""


class InputError(TimelineError):
    """One input file or record could not be used."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class Warnings(StrEnum):
    """Stable warning codes, so that users can search for and filter them."""

    T101 = "[T101] relative date without a document date"
    T102 = "[T102] document has no publication date"
    T103 = "[T103] manifest row names a file that is not there"


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input. An error makes the run's exit code non-zero; a warning
    does not."""

    path: str
    message: str
    is_error: bool = True

    def __str__(self) -> str:
        """One line naming the file, whatever characters its name or the message hold."""
        return f"{printable(self.path)}: {printable(self.message)}"


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` on one line and safe for a terminal: control characters as escapes (`\\n`,
    `\\x1b`) and the undecodable bytes of a file name (lone surrogates) as `\\xNN`."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(_surrogate_escape, text)
    if _UNPRINTABLE.search(text):
        text = _UNPRINTABLE.sub(lambda m: repr(m.group(0))[1:-1], text)
    return text


def _surrogate_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"
