"""Web pages saved as .html/.htm: the article's main text (trafilatura) and, when the page
states one, its publication date (htmldate). Offsets then point into the extracted text."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.ingest.dates import parse_published

MIN_WORDS = 8


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    url: str | None
    source: str | None
    published: NormalizedDate | None


def read_page(html: str) -> Page | None:
    """The article in a page, or None when the page holds no article text."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True
        )
        meta: Any = trafilatura.extract_metadata(html)
    if not text or len(text.split()) < MIN_WORDS:
        return None  # a menu or a cookie notice is no article
    return Page(
        text=text,
        title=getattr(meta, "title", None) or None,
        url=getattr(meta, "url", None) or None,
        source=getattr(meta, "sitename", None) or None,
        published=_published(html),
    )


def _published(html: str) -> NormalizedDate | None:
    """The date the page says it was published; None when it says none (no guessing from
    the text, which is what the temporal engine is for)."""
    from htmldate import find_date

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = find_date(html, extensive_search=False, original_date=True)
        except (ValueError, TypeError):
            return None
    if not found:
        return None
    try:
        return parse_published(found)
    except ValueError:
        return None
