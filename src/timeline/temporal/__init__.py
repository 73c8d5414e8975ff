"""Time expressions: recognised in a spaCy Doc, normalised against the document's date."""

from __future__ import annotations

from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.errors import Warnings
from timeline.models import Anchor, TimeExpression
from timeline.temporal.normalize import normalize
from timeline.temporal.readers import Reading
from timeline.temporal.resolve import Context

__all__ = ["extract_time_expressions", "normalize"]

_NARRATIVE_GRANULARITIES = {
    Granularity.DAY,
    Granularity.MONTH,
    Granularity.SEASON,
    Granularity.QUARTER,
    Granularity.YEAR,
}


def extract_time_expressions(doc: Any, reference: NormalizedDate | None) -> list[TimeExpression]:
    """Normalise the spans in `doc.spans["timex"]` in text order.

    Relative expressions are resolved against `reference` (the publication date); "two months
    later" and "the following year" against the last date the text named before them.
    """
    # Imported here, not above: they load spaCy, which reading publication dates (through
    # this package's grammar) and a run served from the cache do without.
    from timeline.temporal.recognize import SPAN_KEY
    from timeline.temporal.tense import clause_tense, day_ahead_allowed

    found: list[TimeExpression] = []
    narrative: NormalizedDate | None = None  # the last date the text named
    for span in doc.spans[SPAN_KEY]:
        context = Context(reference, narrative, clause_tense(span), day_ahead_allowed(span))
        reading = normalize(span.text, context, span.label_)
        if reading is None:
            continue
        expression = _expression(reading, span.text, span.start_char)
        found.append(expression)
        value = expression.value
        if value is not None and reading.narrates and value.granularity in _NARRATIVE_GRANULARITIES:
            narrative = value
    return found


def _expression(reading: Reading, text: str, start: int) -> TimeExpression:
    value = reading.value
    return TimeExpression(
        text=text,
        start=start,
        end=start + len(text),
        type=reading.type,
        timex_value=reading.timex,
        value=value,
        anchor=(Anchor.RELATIVE if reading.relative else Anchor.EXPLICIT) if value else None,
        warning=Warnings.T101.value if reading.unresolved else None,
        parts=tuple(_expression(part, text[s:e], start + s) for s, e, part in reading.parts),
    )
