"""Time expressions as TempEval/TimeML wants them: TimeML documents with `<TIMEX3>` tags, or
JSON Lines of timexes.

TimeML marks the extent of an expression without the words that introduce it ("since",
"in", "about") and without a possessive "'s", and tags the two ends of "between A and B"
apart; `timeml_timexes` applies those conventions to what the engine found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from timeline.errors import Problem, TimelineError, escape_bidi
from timeline.export.files import FileNames, write_atomic
from timeline.models import Document, TimeExpression

_LEADING = re.compile(
    r"^(?:(?:since|ever\s+since|in|on|at|from|until|till|by|for|during|about|around|"
    r"approximately|roughly|just|only|some|the(?=\s+\w+-quarter\b))\s+)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(?:['’]s?|,)$")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None


def timeml_timexes(expressions: tuple[TimeExpression, ...] | list[TimeExpression]) -> list[Timex]:
    """The TIMEX3 tags for a document's time expressions, in text order."""
    tags: list[Timex] = []
    for expression in expressions:
        for part in expression.parts or (expression,):
            text, start = part.text, part.start
            leading = _LEADING.match(text)
            if leading and leading.end() < len(text):
                text, start = text[leading.end() :], start + leading.end()
            text = _TRAILING.sub("", text).rstrip()
            if text:
                tags.append(
                    Timex(start, start + len(text), text, part.type.value, part.timex_value)
                )
    return tags


def to_timex_jsonl(document: Document, expressions: tuple[TimeExpression, ...]) -> str:
    """One JSON line: `{"doc_id", "dct", "timexes": [{"start", "end", "text", "type",
    "value"}]}`."""
    record = {
        "doc_id": document.id,
        "dct": document.published.edtf if document.published else None,
        "timexes": [t.__dict__ for t in timeml_timexes(expressions)],
    }
    return escape_bidi(json.dumps(record, ensure_ascii=False)) + "\n"  # U+202E as \\u202e


def to_timeml(document: Document, expressions: tuple[TimeExpression, ...]) -> str:
    """A TimeML document: the text with a `<TIMEX3>` around each time expression."""
    pieces = []
    position = 0
    for number, tag in enumerate(timeml_timexes(expressions), start=1):
        pieces.append(escape(document.text[position : tag.start]))
        attributes = f'tid="t{number}" type="{tag.type}" value={quoteattr(tag.value or "")}'
        pieces.append(f"<TIMEX3 {attributes}>{escape(tag.text)}</TIMEX3>")
        position = tag.end
    pieces.append(escape(document.text[position:]))
    dct = ""
    if document.published is not None:
        value = quoteattr(document.published.timex)
        dct = (
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={value} functionInDocument="CREATION_TIME">'
            f"{escape(document.published.edtf)}</TIMEX3></DCT>\n"
        )
    return escape_bidi(  # bidirectional controls as character references: kept, and seen
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{escape(document.id)}</DOCID>\n{dct}<TEXT>{''.join(pieces)}</TEXT>\n</TimeML>\n",
        "&#x{:04x};",
    )


def write_timeml(
    tagged: Iterable[tuple[Document, Sequence[TimeExpression]]],
    folder: Path,
    problems: list[Problem],
) -> int:
    """Write each document as a TimeML file into `folder`, named from its id safely
    (`FileNames`); a file that cannot be written is that document's problem, and the next is
    written. Returns how many were written."""
    names = FileNames(".tml")
    written = 0
    for document, expressions in tagged:
        name = names.name_for(document.id)
        try:
            write_atomic(folder / name, to_timeml(document, tuple(expressions)))
        except OSError as error:
            problems.append(Problem(document.path, f"{name} not written: {error.strerror}"))
        except TimelineError as error:
            problems.append(Problem(document.path, f"{name} not written: {error}"))
        else:
            written += 1
    return written
