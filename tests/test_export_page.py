"""The HTML page at 1,343 events: months under a busy year, decades and centuries as such, the
title said once, a legend for the confidence colours, a sentence that several sources repeat
shown once; and in headless Chromium, filters that stay in view and a search box that finds
headlines, sentences and actors."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from tests.browser import chromium, console_errors
from tests.built_timeline import large_timeline
from timeline.edtf import parse_edtf
from timeline.export import Format, format_timeline
from timeline.models import Anchor, Document, Event, Mention, Timeline

CLEAR = """const box = document.getElementById('entity');
box.value = ''; box.dispatchEvent(new Event('input'));"""


@pytest.fixture(scope="module")
def large() -> Timeline:
    return large_timeline()


@pytest.fixture(scope="module")
def page(large: Timeline) -> str:
    return format_timeline(large, Format.HTML)


def headings(page: str, tag: str) -> list[str]:
    return [unescape(re.sub(r"<small>.*?</small>", "", h)).strip()
            for h in re.findall(rf"<{tag}>(.*?)</{tag}>", page)]  # fmt: skip


def test_periods_are_years_decades_and_centuries(page: str, large: Timeline) -> None:
    periods = headings(page, "h2")
    assert "1990s" in periods and "15th century" in periods and "1997" in periods
    assert "1400" not in periods
    assert len(periods) == len(set(periods)), "a period stands in one place"
    options = re.findall(r'<option value="([^"]*)">', page)
    assert options == ["", *periods]
    assert page.count('<li class="event"') == len(large.events)


def test_a_busy_year_is_divided_into_months(page: str, large: Timeline) -> None:
    busy = page[page.index('<section data-period="1997">') :]
    busy = busy[: busy.index("</section>")]
    months = headings(busy, "h3")
    assert months[:5] == ["The year, its seasons and spans", "January", "February", "March",
                          "April"]  # fmt: skip
    in_1997 = [e for e in large.events if e.date.start.year == 1997]
    assert busy.count('<li class="event"') == len(in_1997) > 500
    quiet = page[page.index('<section data-period="1950">') :]
    assert "<h3>" not in quiet[: quiet.index("</section>")]


def test_title_once_and_a_legend(page: str) -> None:
    body = page[page.index("<body>") :]
    assert body.count("1,343 events from 300 documents") == 1
    assert body.count("Timeline") == 1
    legend = body[body.index('class="legend"') :]
    for level in ("high", "mid", "low"):
        assert f'class="conf {level}"' in legend[: legend.index("</span></span>")]


def test_a_sentence_repeated_in_one_event_is_shown_once() -> None:
    sentence = "The council approved the budget on March 3, 2020."
    documents = tuple(Document(d, f"{d}.txt", "", f"Story {d}", None, None, "AP", None)
                      for d in "abc")  # fmt: skip
    mentions = (
        Mention("a", sentence, 0, len(sentence)),
        Mention("b", f" {sentence}\n", 10, 11 + len(sentence)),
        Mention("c", "Another sentence.", 0, 17),
    )
    event = Event("e", parse_edtf("2020-03-03"), "Council approved budget", sentence, (), 0.9,
                  Anchor.EXPLICIT, mentions)  # fmt: skip
    page = format_timeline(Timeline(documents, (event,)), Format.HTML)
    assert page.count("<blockquote>") == 2 and "2 source sentences" in page
    assert page.count(sentence) == 1
    assert "(AP — Story a; AP — Story b)" in re.sub(r"<[^>]+>", "", page)


@pytest.mark.browser
def test_large_page_in_chromium(page: str, large: Timeline, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    with chromium(tmp_path / "profile", 1100, 900) as browser:
        browser.get((tmp_path / "page.html").as_uri())
        assert browser.find_element(By.ID, "shown").text == "1,343"
        browser.execute_script("window.scrollTo(0, document.body.scrollHeight / 2)")
        top = browser.execute_script(
            "return document.querySelector('form.filters').getBoundingClientRect().top"
        )
        assert top == 0, "the filters scrolled away"

        def shown_for(words: str) -> int:
            """How many events the page shows for `words` in the search box."""
            browser.find_element(By.ID, "entity").send_keys(words)
            count = int(browser.find_element(By.ID, "shown").text.replace(",", ""))
            browser.execute_script(CLEAR)
            return count

        assert shown_for("officials said") == len(large.events)  # in sentences, no headline
        assert shown_for("lightfoot") == sum(1 for e in large.events if e.actors)  # actors
        assert shown_for("XSS-free ") == 0
        word = "minister"  # in headlines and in the titles of some sources
        told = sum(1 for e in large.events if word in e.title.lower())
        assert shown_for(word) >= told > 0
        Select(browser.find_element(By.ID, "year")).select_by_value("1990s")
        decade = sum(1 for e in large.events if e.date.granularity.value == "decade"
                     and e.date.start.year // 10 == 199)  # fmt: skip
        assert browser.find_element(By.ID, "shown").text == str(decade)
        sections = browser.find_elements(By.CSS_SELECTOR, "section")
        visible = [s.get_attribute("data-period") for s in sections if s.is_displayed()]
        assert visible == ["1990s"]
        assert not browser.execute_script("return window.pwned !== undefined")
        assert console_errors(browser) == []
