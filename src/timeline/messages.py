"""The one-line messages every command prints on stderr: shared by the Typer modules, never
used by the library (which raises or returns problems)."""

from __future__ import annotations

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
