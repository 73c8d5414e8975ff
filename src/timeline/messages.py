"""The one-line messages every command prints on stderr, and the one path by which a library
error becomes such a line and an exit code: shared by the Typer modules, never used by the
library (which raises or returns problems)."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import typer
from rich.console import Console
from rich.text import Text

from timeline.errors import Problem, SettingError, TimelineError, UsageError, printable

EXIT_FAILED, EXIT_USAGE = 1, 2


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def say(console: Console, label: str, message: object) -> None:
    """One line on stderr: a coloured label, then the message as it is (never as markup, and
    its control characters escaped)."""
    style = {"error": "red", "warning": "yellow"}.get(label, "")
    text = printable(str(message))
    line = Text(f"{label}:", style=style) + Text(f" {text}") if label else Text(text)
    console.print(line, soft_wrap=True)


def warnings_as_lines() -> None:
    """Python warnings from the library (a speed stand-in that fell back) as one line each,
    like every other warning, not as a source location and a line of code."""

    def show(message: Any, *_: Any, **__: Any) -> None:
        say(stderr_console(), "warning", message)

    warnings.showwarning = show


def report(console: Console, problems: Iterable[Problem]) -> None:
    """Each problem as one line: an error or a warning."""
    for problem in problems:
        say(console, "error" if problem.is_error else "warning", problem)


@contextmanager
def errors_as_lines(
    console: Console, problems: Callable[[], Iterable[Problem]] | None = None
) -> Iterator[None]:
    """The one error path of every command: a library error becomes one line and an exit
    code, 2 for a wrong option or argument, 1 for anything else that stopped the command
    (after the problems found so far, if `problems` gives them). Never a traceback."""
    try:
        yield
    except SettingError as error:
        say(console, "error", error.worded(option))
        raise typer.Exit(EXIT_USAGE) from error
    except UsageError as error:
        say(console, "error", error)
        raise typer.Exit(EXIT_USAGE) from error
    except (TimelineError, OSError) as error:
        if problems is not None:
            report(console, problems())
        say(console, "error", error)
        raise typer.Exit(EXIT_FAILED) from error


def option(setting: str) -> str:
    """The command-line option of a setting: `max_bytes` is `--max-bytes`."""
    return "--" + setting.replace("_", "-")
