"""The one-line messages every command prints on stderr: shared by the Typer modules, never
used by the library (which raises or returns problems)."""

from __future__ import annotations

import warnings
from typing import Any

from rich.console import Console
from rich.text import Text

from timeline.errors import printable


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
