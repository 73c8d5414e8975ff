"""Publication dates as users write them: `2023-05`, `2025`, `2025-06-04`, `June 4, 2025`,
`2025-06-04T14:03:00Z`. Kept at the precision given."""

from __future__ import annotations

import re

from timeline.edtf import NormalizedDate, parse_edtf
from timeline.errors import cut
from timeline.temporal.grammar import read_expression
from timeline.temporal.resolve import Context

_ISO_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}.*")


def parse_published(text: str) -> NormalizedDate:
    """Read a publication date; raises ValueError with a readable message if it is not one."""
    text = text.strip()
    timestamp = _ISO_TIMESTAMP.fullmatch(text)
    if timestamp:
        text = timestamp.group(1)
    try:
        return parse_edtf(text)
    except ValueError:
        pass
    reading = read_expression(text, Context())
    if reading is not None and reading.value is not None and not reading.relative:
        return reading.value
    example = "write a year, month or day: 2025, 2025-06 or 2025-06-04"
    raise ValueError(f"not a date: {cut(text, quoted=True)} ({example})")
