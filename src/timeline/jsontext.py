"""JSON from files nobody checked: every way a text can fail to be read is one `JSONError` with
a one-line message, never a RecursionError or the interpreter's integer limit.

Python's parser raises RecursionError on `[[[…]]]` a thousand deep and ValueError on an integer
of more than 4,300 digits; `NaN`, `Infinity` and `1e999` (which reads as infinity) are not JSON
numbers. All are refused here, with the place where they are when the parser knows it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timeline.errors import FileError, cut

# Longer integers are no id, count or year: refused before Python's own limit (4,300 digits)
# makes int() raise, so the message is ours.
MAX_INTEGER_DIGITS = 100
MAX_MESSAGE = 200  # characters of a parser message kept in ours


class JSONError(ValueError):
    """A text that is not JSON this tool reads; the message is one line."""


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INTEGER_DIGITS:
        raise JSONError(f"an integer of {digits:,} digits (over {MAX_INTEGER_DIGITS:,})")
    return int(text)


def _number(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise JSONError(f"a number too large to represent ({cut(text, 40)})")
    return value


def _constant(name: str) -> Any:
    raise JSONError(f"{name} is not a JSON value")


_DECODER = json.JSONDecoder(parse_int=_integer, parse_float=_number, parse_constant=_constant)


def loads(text: str) -> Any:
    """The value `text` holds.

    Raises:
        JSONError: when it is not JSON, is nested too deeply for the parser, or holds a number
            Python cannot or should not read.
    """
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as error:
        where = f"column {error.colno}"
        if "\n" in text:
            where = f"line {error.lineno} {where}"
        raise JSONError(f"not valid JSON ({error.msg} at {where})") from None
    except RecursionError:
        raise JSONError("not readable JSON (nested too deeply)") from None
    except JSONError:
        raise
    except ValueError as error:  # pragma: no cover  any other limit of the parser
        raise JSONError(f"not readable JSON ({cut(str(error), MAX_MESSAGE)})") from None


def read_text(path: Path) -> str:
    """The UTF-8 text of `path`.

    Raises:
        FileError: when it cannot be read or is not UTF-8 text.
    """
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = (
            error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
        )
        raise FileError(path, f"cannot be read ({reason})") from error


def read_json(path: Path) -> Any:
    """The JSON value of the file `path`.

    Raises:
        FileError: when it cannot be read or is not JSON this tool reads.
    """
    try:
        return loads(read_text(path))
    except JSONError as error:
        raise FileError(path, error) from error


def read_jsonl(path: Path) -> list[Any]:
    """The values of a JSON Lines file, blank lines aside.

    Raises:
        FileError: when it cannot be read, or naming the first line that is not JSON.
    """
    records = []
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if line.strip():
            try:
                records.append(loads(line.strip()))
            except JSONError as error:
                raise FileError(path, f"line {number}: {error}") from error
    return records
