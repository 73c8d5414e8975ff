"""Nothing run: article text is text in every export, never markup, a link, a formula or a
terminal escape."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest

from tests.faults.hostile import HOSTILE, IMG, LINK, SCRIPT, timeline_of
from timeline.export import Format, format_timeline


class Page(HTMLParser):
    """What a browser would build from the page: its elements, attributes and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


EMPTY_PAGE = parse(format_timeline(timeline_of("plain"), Format.HTML))


@pytest.mark.parametrize("text", [SCRIPT, IMG, LINK, f"{SCRIPT}{IMG}"])
def test_html_shows_hostile_text_as_text(text: str) -> None:
    page = parse(format_timeline(timeline_of(text), Format.HTML))
    assert page.tags == EMPTY_PAGE.tags  # no element came from the article
    assert [name for name, _ in page.attributes] == [name for name, _ in EMPTY_PAGE.attributes]
    assert not any(name.startswith("on") for name, _ in page.attributes if name != "onsubmit")
    links = [v for name, v in page.attributes if name in ("href", "src", "action", "formaction")]
    assert not any((v or "").strip().lower().startswith("javascript:") for v in links)
    assert any(text in chunk for chunk in page.text)  # shown, as it is


def test_a_javascript_url_is_never_a_link() -> None:
    for fmt in Format:
        text = format_timeline(timeline_of("Story", url=LINK), fmt)
        assert 'href="javascript' not in text.lower()
        assert "](<javascript" not in text and "](javascript" not in text


def test_markdown_link_targets_cannot_break_out() -> None:
    text = format_timeline(
        timeline_of("Story", url="https://a.example/x> [y](javascript:z)\n# H"), Format.MARKDOWN
    )
    assert "(<https://a.example/x%3E%20[y](javascript:z)%0A#%20H>)" in text
    assert "\n# H" not in text


def test_csv_neutralises_formulas_in_every_column() -> None:
    formula = '=HYPERLINK("http://evil","click")'
    rows = list(csv.reader(io.StringIO(format_timeline(timeline_of(formula), Format.CSV))))
    cells = [cell for cell in rows[1] if "HYPERLINK" in cell]
    assert len(cells) >= 4  # title, actors, sources, description, conflicts
    assert all(cell.startswith("'") or not cell.startswith("=") for cell in cells)
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)


@pytest.mark.parametrize("text", HOSTILE)
def test_json_is_valid_utf8_whatever_the_text(text: str) -> None:
    for fmt in (Format.JSON, Format.TIMELINEJS):
        output = format_timeline(timeline_of(text), fmt)
        data = json.loads(output.encode("utf-8").decode("utf-8"))  # strict both ways
        assert not any(ord(c) < 0x20 and c != "\n" for c in output)  # controls are escaped
        shown = data["events"][0]["title"] if fmt is Format.JSON else None
        if shown is not None:
            assert shown == text.replace("\ud800", "\ufffd")
    for fmt in Format:  # every export can be written as UTF-8
        format_timeline(timeline_of(text), fmt).encode("utf-8")
