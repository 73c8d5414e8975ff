"""Errors and warning codes.

Library code raises these or records `Problem`s; only the CLI turns them into messages and
exit codes.
"""

from __future__ import annotations

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
        return f"{self.path}: {self.message}"
