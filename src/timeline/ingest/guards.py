"""Guards against text whose analysis would take unbounded time, run before any analysis.

spaCy's tokenizer splits text at whitespace, then peels prefixes and suffixes (punctuation,
symbols, emoji, "'s") off each chunk one at a time, searching the whole rest of the chunk for
a suffix at each step: time in the square of a run of such marks (20 KB of `.,;:!?` took two
minutes). Such runs, lines of marks between spaces and chunks too long to be words are
blanked (`neutralise`): each character but whitespace becomes a space, so offsets still hold
and the rest of the article is read. What only the whole document shows skips it
(`pathological`): an endless sentence (words joined by marks count: `0-1-2-3…`), thousands of
dates or time expressions, more tokens than the longest prose (the model's time goes by
token).
"""

from __future__ import annotations

import re

# A run of more marks than this is blanked: long rules of "=" or "*" and "?!?!" pass.
MAX_MARK_RUN = 64
# A stretch of a line without a letter or digit longer than this is blanked (marks between
# spaces): rows of figures are words, and an endless row of them skips the document.
MAX_WORDLESS = 1_000
# A chunk without whitespace longer than this is blanked (a base64 blob, text without spaces):
# long web addresses pass.
MAX_CHUNK = 2_000
# What the analysis cannot do in bounded time: parts of it take time in the square of a
# sentence's length and of the number of dates in a document (measured in the README).
MAX_RUN_WORDS = 1_000
MAX_DATE_WORDS = 5_000
# The model's time goes by token: a document is skipped when it holds more words and marks
# than prose at the pipeline's greatest length (1,000,000 characters, about 190,000 tokens in
# news, 240,000 at most in TempEval-3's 2,452 documents).
MAX_TOKENS = 250_000

# The affixes spaCy's English tokenizer peels: any character but letters, digits and
# whitespace, and "'s" and "US$" (the only ones with letters); tried in this order, so that
# "'s's's" is one run.
_MARK = r"['’][sS]|US\$|[CA]\$|[^\w\s]|_"  # at most three characters
_MARKS = re.compile(rf"(?:{_MARK})+")
_WORDLESS = re.compile(r"(?:[^\w\n]|_)+")  # in a line: a date ending the line before stays
_CHUNK = re.compile(r"\S+")
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_")  # a word or a mark: near spaCy's count in prose
_RUN_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[^\W_]+")  # letters and digits: "0-1-2" is three words, as for spaCy
_DATE_WORD = re.compile(
    r"\b(?:1\d{3}|20\d{2})\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
_NOT_SPACE = re.compile(r"\S")
# What `neutralise` blanks: runs of a pattern longer than a limit; and a cheaper pattern
# found in every such run (each of its steps is at most three characters), so that a text
# without one is not split into every word and mark.
_BLANKED = (
    (_MARKS, MAX_MARK_RUN, re.compile(rf"(?:{_MARK}){{{MAX_MARK_RUN // 3 + 1}}}")),
    (_WORDLESS, MAX_WORDLESS, re.compile(rf"(?:[^\w\n]|_){{{MAX_WORDLESS + 1}}}")),
    (_CHUNK, MAX_CHUNK, re.compile(rf"\S{{{MAX_CHUNK + 1}}}")),
)
_SHORTEST_EXPRESSION = 4  # characters, with the space after it: "May "
_WINDOW = 20_000  # characters of text the rules are run over at a time (cut at a line end)


def neutralise(text: str) -> tuple[str, str | None]:
    """`text` with its runs of more than `MAX_MARK_RUN` punctuation marks or symbols, its
    stretches of a line of more than `MAX_WORDLESS` characters without a letter or digit, and
    its chunks of more than `MAX_CHUNK` characters without whitespace, blanked; and what was
    blanked, or None (then `text` is returned as it is)."""
    spans = [
        m.span()
        for pattern, longest, somewhere in _BLANKED
        if somewhere.search(text)
        for m in pattern.finditer(text)
        if m.end() - m.start() > longest
    ]
    parts, done, blanked = [], 0, 0
    for start, end in sorted(spans):
        start = max(start, done)
        if end <= start:
            continue
        piece, count = _NOT_SPACE.subn(" ", text[start:end])
        parts += [text[done:start], piece]
        blanked += count
        done = end
    if not blanked:  # only whitespace: nothing to blank
        return text, None
    parts.append(text[done:])
    return "".join(parts), (
        f"has {blanked:,} characters the analysis would take too long over (over {MAX_MARK_RUN}"
        f" marks in a row, over {MAX_WORDLESS:,} in a line without a letter or digit, or over"
        f" {MAX_CHUNK:,} without a space): blanked, the rest is read"
    )


def pathological(text: str) -> str | None:
    """Why analysing `text` would take unbounded time, or None: a run of more than
    `MAX_RUN_WORDS` words (letters and digits) with no full stop, question or exclamation mark
    or line break (one endless sentence), more than `MAX_DATE_WORDS` years, months and
    weekdays, more than `MAX_TOKENS` words and marks, or more than `MAX_DATE_WORDS` time
    expressions of any kind."""
    longest = _count(_WORD, text)  # the whole text, then each run when it is long enough
    if longest > MAX_RUN_WORDS:
        longest = max(_count(_WORD, run) for run in _RUN_END.split(text))
    if longest > MAX_RUN_WORDS:
        return (
            f"has a sentence of {longest:,} words (no full stop or line break), over the limit"
            f" of {MAX_RUN_WORDS:,}: skipped"
        )
    dates = _count(_DATE_WORD, text)
    if dates > MAX_DATE_WORDS:
        return (
            f"has {dates:,} date-like words, over the limit of {MAX_DATE_WORDS:,} per document:"
            " skipped"
        )
    tokens = _count(_TOKEN, text)
    if tokens > MAX_TOKENS:
        return (
            f"has {tokens:,} words and punctuation marks, over the limit of {MAX_TOKENS:,} per"
            " document: skipped"
        )
    expressions = _time_expressions(text, MAX_DATE_WORDS)
    if expressions > MAX_DATE_WORDS:
        return (
            f'has over {MAX_DATE_WORDS:,} time expressions (decades, "a week ago"…), the limit'
            " per document: skipped"
        )
    return None


def _time_expressions(text: str, limit: int) -> int:
    """How many time expressions the recogniser's rules find in `text` (every kind: decades,
    "a week ago", seasons…), counted window by window until over `limit`. Only a text long
    enough to hold that many is read: the rules cost about a twentieth of the analysis."""
    if len(text) <= _SHORTEST_EXPRESSION * limit:
        return 0
    from timeline.temporal.find import find_in_text  # the rules, built on first use

    found = start = 0
    while start < len(text) and found <= limit:
        end = text.find("\n", start + _WINDOW) + 1 or len(text)
        found += len(find_in_text(text[start:end]))
        start = end
    return found


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))
