"""Text and Markdown files: YAML front matter, and markup blanked out in place.

Markup is replaced by spaces rather than removed, so that a character offset into the cleaned
text is the same offset into the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_MARKDOWN = (
    re.compile(r"^[ \t]{0,3}(?:#{1,6}|>+)[ \t]", re.MULTILINE),  # headings, block quotes
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),  # images
    re.compile(r"(?<!\w)\[(?=[^\]\n]*\]\()"),  # the opening bracket of a link
    re.compile(r"\]\([^)\n]*\)"),  # the target of a link
    re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+"),  # emphasis and code marks
    re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]", re.MULTILINE),  # list bullets
)


@dataclass(frozen=True)
class ParsedText:
    text: str
    meta: dict[str, str]
    warning: str | None = None


# "HARTFORD, Conn. (AP) — ", "CHICAGO — ", "WASHINGTON _ ": where the story was filed, not
# part of its first sentence (the parser would take the city for the subject).
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’ -]{2,}(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"  # "LUANDA, Nov. 28 (Xinhua) - "
    r"(?:[ \t]*\((?:AP|Reuters|AFP|UPI|dpa|CNN|Bloomberg|Xinhua)\))?"
    r"[ \t]*(?:[—–]|--|_|(?<=[ \t])-)[ \t]+",
    re.MULTILINE,
)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def blank_datelines(text: str) -> str:
    """Wire datelines ("LUANDA, Nov. 28 (Xinhua) - ") as spaces: offsets stay, and the parser
    never reads the city or the agency as part of the first sentence."""
    return _DATELINE.sub(_blank, text)


def parse_text(raw: str, *, markdown: bool) -> ParsedText:
    """Split off front matter (keys: title, published or date, source, url) and blank it."""
    meta: dict[str, str] = {}
    warning = None
    front = _FRONT_MATTER.match(raw)
    if front is None and re.match(r"---[ \t]*\r?\n", raw):
        warning = "front matter has no closing '---' line; read as text"
    if front:
        for line in front.group(1).splitlines():
            pair = _KEY_VALUE.match(line)
            if pair and pair.group(2):
                meta[pair.group(1).lower()] = _unquote(pair.group(2))
        raw = _blank(front) + raw[front.end() :]
    if "date" in meta and "published" not in meta:
        meta["published"] = meta.pop("date")
    if markdown:
        for pattern in _MARKDOWN:
            raw = pattern.sub(_blank, raw)
    return ParsedText(blank_datelines(raw), meta, warning)


def _unquote(value: str) -> str:
    """A YAML scalar: quotes removed, or a trailing "# comment" dropped."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return re.sub(r"\s+#.*$", "", value)


def guess_title(text: str) -> str | None:
    """The first line, when it reads like a headline (short, no final full stop)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= 200 and not line.endswith((".", ":", "?", "!")):
                return line
            return None
    return None
