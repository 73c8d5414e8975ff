"""The title and the lead's news as events at the publication date (issue 13, item 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Anchor, Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def run(tmp_path: Path, text: str) -> list[Event]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def undated(events: list[Event]) -> list[Event]:
    return [e for e in events if e.anchor is Anchor.DOCUMENT_DATE]


def test_a_title_that_is_a_clause_is_an_event_at_the_publication_date(
    nlp: Any, tmp_path: Path
) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2010-06-08\n---\nApple unveils the iPhone 4\n\n"
        "The phone has a new antenna design, Apple said in 2009.\n",
    )
    title = [e for e in undated(events) if e.description == "Apple unveils the iPhone 4"]
    assert len(title) == 1
    assert title[0].date.edtf == "2010-06-08"
    assert title[0].trigger == "unveil"
    assert title[0].title.startswith("Apple unveils")


def test_a_label_without_a_verb_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2005-05-07\n---\nReactions to Apple's OS X Tiger\n\n"
        "Apple released Tiger on April 29, 2005.\n",
    )
    assert not any("Reactions" in e.description for e in events)


def test_a_title_with_its_own_date_is_dated_as_any_sentence(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2007-06-20\n---\nApple to ship the iPhone on June 29\n\n"
        "Customers lined up outside the stores.\n",
    )
    assert not any(e.description.startswith("Apple to ship") for e in undated(events))


def test_a_title_whose_news_the_body_dates_takes_no_other_date(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2021-03-10\n---\nCity council approves budget\n\n"
        "The council approved the budget on March 3, 2021.\n",
    )
    assert [e.date.edtf for e in events if e.trigger == "approve"] == ["2021-03-03"]


def test_the_lead_news_is_an_event_when_only_another_clause_is_dated(
    nlp: Any, tmp_path: Path
) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2008-06-09\n---\nPhone news\n\n"
        "Apple unveiled a faster iPhone, which will go on sale on July 11.\n\n"
        "The price was cut to $199.\n",
    )
    lead = [e for e in undated(events) if e.trigger == "unveil"]
    assert len(lead) == 1
    assert lead[0].date.edtf == "2008-06-09"


def test_no_lead_event_when_the_news_verb_has_its_date(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2008-06-12\n---\nPhone news\n\n"
        "Apple unveiled a faster iPhone on Monday at its developers' conference.\n",
    )
    assert [e.date.edtf for e in events if e.trigger == "unveil"] == ["2008-06-09"]


def test_a_title_the_lead_tells_in_other_words_with_a_recent_date_is_no_event(
    nlp: Any, tmp_path: Path
) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2025-03-12\n---\nHarbor city council approves $9 million flood fund\n\n"
        "The Harbor City Council voted 6-1 on Tuesday to create a $9 million flood fund for "
        "households whose homes were damaged in the January storms.\n\n"
        "The fund will offer grants of up to $20,000 to households without insurance.\n",
    )
    assert not [e for e in undated(events) if "approves" in e.title]
    assert [e.date.edtf for e in events if "voted" in e.title] == ["2025-03-11"]


def test_a_title_whose_lead_tells_older_news_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2025-03-12\n---\nHarbor city council approves $9 million flood fund\n\n"
        "The Harbor City Council first proposed a $9 million flood fund in October 2024 after "
        "storms damaged hundreds of homes.\n",
    )
    assert [e.date.edtf for e in undated(events) if "approves" in e.title] == ["2025-03-12"]


def test_no_lead_event_for_what_a_dated_telling_tells(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2025-10-07\n---\nTrial opens over warehouse collapse\n\n"
        "A lawyer for the workers' families told jurors on Monday that the builder knew the "
        "roof could fail years before the collapse.\n\n"
        "The builder denies the claims.\n",
    )
    assert [e.date.edtf for e in events if "told jurors" in e.title] == ["2025-10-06"]
    assert not [e for e in undated(events) if e.title.startswith("The builder knew")]


@pytest.mark.parametrize(
    ("said", "day"),
    [("Tuesday", "2024-05-07"), ("Friday", "2024-05-10"), ("Saturday", "2024-05-11")],
)
def test_news_a_teller_told_before_the_article_is_one_row_at_the_tellers_day(
    nlp: Any, tmp_path: Path, said: str, day: str
) -> None:
    """ "…, local media said Tuesday" in Saturday's paper: the news is older than the paper;
    so is "…, officials said Friday" (the day before); "…, said Saturday" (the paper's day)
    tells it too: one row, the telling's, at its day."""
    events = run(
        tmp_path,
        "---\npublished: 2024-05-11\n---\nTeam complains\n\n"
        f"The national squad questioned the draw for the Asian Cup, local media said {said}.\n",
    )
    news = [e for e in events if "questioned the draw" in e.title]
    assert [e.date.edtf for e in news] == [day]


def test_the_leads_news_told_by_a_dated_source_is_one_row(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2024-05-07\n---\nNews of the day\n\nA trade delegation from Chile has "
        "signed three agreements on copper exports, officials said Tuesday.\n",
        encoding="utf-8",
    )
    events = build_timeline([tmp_path], Settings()).timeline.events
    assert [(e.date.edtf, e.title) for e in events] == [
        (
            "2024-05-07",
            "Officials said a trade delegation from Chile has signed three agreements on copper "
            "exports",
        )
    ]  # not also the news alone at the article's date: who tells it stays with it


def test_a_title_the_lede_tells_with_few_of_its_words_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2025-03-12\n---\nTrial opens in lawsuit over deadly e-bike fire\n\n"
        "A lawyer for the family of a nurse killed in an apartment fire told jurors on Tuesday "
        "that the e-bike maker knew its batteries could overheat.\n\n"
        '"They had the warnings," the lawyer said in his opening statement.\n\n'
        '"And they decided that a recall would cost too much," he told the jury.\n\n'
        "The wrongful-death lawsuit seeks $85 million in damages from the company.\n",
    )
    assert not [e for e in undated(events) if "opens" in e.title]


def test_a_title_a_later_sentence_shares_few_words_with_stays_an_event(
    nlp: Any, tmp_path: Path
) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2025-03-12\n---\nTrial opens in lawsuit over deadly e-bike fire\n\n"
        "The family of a nurse who died last year has waited months for a day in court, and "
        "its members sat in the front row of the courtroom.\n\n"
        "A lawyer for the family told jurors on Tuesday that the e-bike maker knew of the fire "
        "risk.\n",
    )
    assert [e.date.edtf for e in undated(events) if "opens" in e.title] == ["2025-03-12"]


def test_news_told_by_a_source_on_the_articles_day_is_not_told_twice(
    nlp: Any, tmp_path: Path
) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nTalks stall\n\n"
        "Peace talks between rebels and the Norwegian government have stalled with both sides "
        "agreeing to meet again next month, officials said Friday.\n",
    )
    stalled = [e for e in events if "have stalled" in e.title]
    assert [(e.date.edtf, e.anchor) for e in stalled] == [("2024-05-10", Anchor.RELATIVE)]
    assert stalled[0].title.lower().startswith("officials said peace talks")


def test_a_lead_dated_below_its_news_verb_is_one_row(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2024-05-13\n---\nRally\n\n"
        "Former champion Lena Vogt edged out Norwegian Ola Berg by a fraction of a second to win "
        "the inaugural Arctic Rally at the Alta circuit on Sunday.\n",
    )
    edged = [e for e in events if "edged out" in e.title]
    assert [e.date.edtf for e in edged] == ["2024-05-12"]  # not also the article's day
