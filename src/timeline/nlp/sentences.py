"""Sentence starts at line breaks: headlines, captions and credits in scraped articles sit on
lines of their own without a full stop, and spaCy's parser would run them into the next
sentence. Hard-wrapped text (lines cut at a fixed width) is split at blank lines only."""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from timeline.nlp.reads import text_of

_PUNCT_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


def is_hard_wrapped(text: str) -> bool:
    """Most lines are long, of similar width, and end mid-sentence."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 4:
        return False
    width = max(len(line) for line in lines)
    if width > 100:
        return False
    wrapped = [line for line in lines if len(line) >= 0.75 * width and not _PUNCT_END.search(line)]
    return len(wrapped) >= 0.5 * len(lines)


@Language.component("timeline_line_breaks_v1")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after each line break (after each blank line in hard-wrapped text)."""
    text = text_of(doc)
    breaks = "\n\n" if is_hard_wrapped(text) else "\n"
    # Only the tokens holding a line break, found by offset: visiting every token costs more
    # than the rest of this component.
    starts = doc.to_array(IDX).tolist()
    holding = {bisect.bisect_right(starts, m.start()) - 1 for m in re.finditer("\n", text)}
    # Written as one array: `Token.is_sent_start = True` checks the whole Doc for a parse at
    # each call, time in the square of the document for one line in a few words.
    sent_starts: Any = doc.to_array([SENT_START])
    for i in sorted(holding):
        if i >= len(doc) - 1:
            continue
        token = doc[i]
        ends_line = breaks in token.text_with_ws[len(token.text) :] or (
            token.is_space and breaks in token.text
        )
        if ends_line and not doc[i + 1].is_space:
            sent_starts[i + 1] = 1
    doc.from_array([SENT_START], sent_starts)
    return doc
