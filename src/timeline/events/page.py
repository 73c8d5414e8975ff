"""Lines that are page furniture, not news: boilerplate (sign-up calls, bylines, credits)
and photo captions."""

from __future__ import annotations

import re
from typing import Any

from timeline.events.vocabulary import word_list

# Lines that are about the page, not the news: sign-up calls, disclaimers, bylines, credits.
BOILERPLATE = re.compile(
    r"^\W*(?:sign up|subscribe|disclaimer|copyright|©|all rights reserved|click here|"
    r"follow (?:him|her|them|us)\b|fact-checking policy|contact us|read more|related:|"
    r"this is an archived article|(?:photo|image|video) credit|share this)"
    r"|\b(?:is|are) an? (?:\w+ )?(?:reporter|writer|correspondent|editor|columnist|contributor)"
    r" (?:for|at|with)\b",
    re.IGNORECASE,
)
# A photo credit line: "Brian Kersey / Associated Press", "(AP Photo/Jane Doe)".
_NAME = r"[A-Z][\w.'’-]*(?:[\s-]+[A-Z][\w.'’-]*){0,3}"
_CREDIT = re.compile(
    rf"^\s*\(?(?:(?:AP|Reuters|AFP|Getty)\s+Photo\b.{{0,60}}|(?:Photo(?:graph)?|Image)(?:\s+by|:)\s*.{{1,60}}"
    rf"|{_NAME}\s*/\s*{_NAME}(?:\s+via\s+{_NAME})?)\)?\s*$"
)


def caption_lines(text: str) -> set[int]:
    """Start offsets of the lines that are photo captions: the lines just above a photo
    credit ("Brian Kersey / Associated Press"), or ending with one."""
    lines = []
    position = 0
    for line in text.splitlines(keepends=True):
        lines.append((position, line.strip()))
        position += len(line)
    captions: set[int] = set()
    for index, (start, line) in enumerate(lines):
        if not line:
            continue
        if _CREDIT.match(line):
            previous = [(s, t) for s, t in lines[max(0, index - 5) : index] if t]
            if previous and not _CREDIT.match(previous[-1][1]):
                caption = previous[-1][1]  # the nearest line, and copies of it just above
                captions.update(s for s, t in previous if t == caption)
        elif _CREDIT.match(re.split(r"(?<=[.!?])\s+", line)[-1]):
            captions.add(start)
    return captions


def line_of(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def is_body(sentence: Any, text: str, captions: set[int], title: str | None) -> bool:
    """Not a headline (no full stop, or the title again), a caption or boilerplate."""
    stripped = text[sentence.start_char : sentence.end_char].strip()  # its text, not joined
    if not stripped or not stripped.endswith((".", "!", "?", '"', "”", "’")):
        return False
    if title and stripped.rstrip(".") == title.rstrip("."):
        return False
    if re.match(r"(?:please|click|tap|watch|listen)\b", stripped, re.IGNORECASE):
        return False  # a request to the reader, not news
    return line_of(text, sentence.start_char) not in captions and not BOILERPLATE.search(stripped)


def opens_a_list(sentence: Any, text: str) -> bool:
    """A line that ends with a colon: the heading of a list or table below it ("English
    Premiership results on Tuesday:", "Following is the competition schedule:"), not news.
    A colon before what was said on the same line ("said on Friday: 'We…'") is not one."""
    stripped = text[sentence.start_char : sentence.end_char].rstrip()
    colon = sentence.start_char + len(stripped)
    line_end = text.find("\n", colon)
    rest = text[colon : line_end if line_end >= 0 else len(text)]
    return stripped.endswith(":") and not rest.strip()


def page_stamp(sentence: Any, dates: set[int]) -> bool:
    """A line that only says when the page was published or changed ("Published: 2024-05-09",
    "Last updated May 9, 2024 at 3:00 p.m."): its words but the dates are stamp words
    (`data/page.toml`)."""
    stamp = word_list("page", "stamp_words")
    words = [t for t in sentence if not (t.i in dates or t.is_punct or t.is_space)]
    return bool(words) and all(t.lower_ in stamp for t in words)
