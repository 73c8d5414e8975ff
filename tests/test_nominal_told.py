"""Nominal events told as complete clauses when their phrase alone would be a noun phrase:
the verb's object after "to" or "on" ("Stanishev's visit to Vietnam" -> "Sergey Stanishev
visited Vietnam"), what changed after "in" ("an increase in the number of bombings"), a
gathering held or a happening that took place ("The presidential elections were held"), in
the tense the date and the clause support; and "the last X to win Y" told as who won Y."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def titles(tmp_path: Path, text: str, published: str | None = None) -> list[tuple[str, str]]:
    """(date, headline) of each event of `text`, published on `published` if given."""
    if published is None:
        (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    else:  # a title line first: the body's events are read as in an article
        front = f"---\npublished: {published}\n---\nNews of the day\n\n"
        (tmp_path / "a.md").write_text(front + text + "\n", encoding="utf-8")
    events = build_timeline([tmp_path], Settings()).timeline.events
    return [(e.date.edtf, e.title) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a possessor and the object of "to": active, with the whole name
            "Sergey Stanishev's three-day official visit to Vietnam in 2006 was a success.",
            ("2006", "Sergey Stanishev visited Vietnam"),
        ),
        (  # the object of "on" alone: passive
            "The 1988 attack on the embassy killed 20.",
            ("1988", "The embassy was attacked"),
        ),
        (  # named places after "on" are what was attacked, never who attacked
            "Bin Laden planned the 2001 attacks on New York and Washington.",
            ("2001", "New York and Washington were attacked"),
        ),
        (  # a verb of change: what changed is the object of "in"
            "There was an increase in the number of bombings in late September 2005.",
            ("2005-09", "The number of bombings increased"),
        ),
        (  # a verb whose past is irregular in WordNet's verb.exc only by its participle
            "Brazil's 1998 beating of Chile stunned fans.",
            ("1998", "Brazil beat Chile"),
        ),
    ],
)
def test_a_nouns_phrase_gives_the_verbs_arguments(
    nlp: Any, tmp_path: Path, text: str, expected: tuple[str, str]
) -> None:
    assert titles(tmp_path, text) == [expected]


def test_a_phrase_the_verb_cannot_take_stays_a_phrase(nlp: Any, tmp_path: Path) -> None:
    """ "The Champions League matched" and "tripped to China" are not what the text says, but
    a visit's object is, and a match was held."""
    told = titles(
        tmp_path,
        "Obama's 2009 trip to China was brief. "
        "Bayern lost the 2006 match with Inter Milan in the Champions League. "
        "Obama's 2009 visit to China was brief.",
    )
    headlines = sorted(t for _, t in told)
    assert headlines[0] == "Obama visited China"
    assert headlines[1].startswith("The match with Inter Milan")
    assert headlines[1].endswith("was held")
    assert not any("tripped" in h for h in headlines)  # the trip stays a phrase: no row here
    every = build_timeline([tmp_path], Settings(entity_timeline=True)).timeline.events
    assert "Obama's trip to China" in {e.title for e in every}  # an entity timeline's row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pinochet ruled Chile after seizing power in a 1973 military coup.",
            "A military coup took place",
        ),
        (
            "The Socialist candidate was defeated after the 2002 presidential elections.",
            "The presidential elections were held",
        ),
        (
            "The incidents came in a country still reeling from the 1975-1990 civil war.",
            "The civil war took place",
        ),
        (  # the article the phrase has
            "Iraq elects its first full-term parliament since the 2003 US-led invasion.",
            "The US-led invasion took place",
        ),
    ],
)
def test_a_gathering_or_a_happening_alone_is_told_as_held_or_having_taken_place(
    nlp: Any, tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in [t for _, t in titles(tmp_path, text)]


def test_no_clause_says_more_than_the_text(nlp: Any, tmp_path: Path) -> None:
    """A held election is told so; one postponed, only prepared for, left undecided, or an
    attempt is not."""
    told = [
        t
        for _, t in titles(
            tmp_path,
            "Turnout was high in the 2002 presidential elections. "
            "Their match of May 3, 2005 had to be postponed. "
            "The party is preparing for the 2007 parliamentary elections. "
            "ZANU-PF was considering bringing forward the term to hold elections in 2008. "
            "Thousands marched after the 2004 attempted coup.",
        )
    ]
    assert "The presidential elections were held" in told
    assert not [t for t in told if t != "The presidential elections were held" and "held" in t]
    assert not [t for t in told if "took place" in t]


def test_the_tense_follows_the_date_and_the_clause(nlp: Any, tmp_path: Path) -> None:
    """After the article: "will"; a period that holds the article's date: the phrase (held or
    ahead, the text does not say)."""
    told = titles(
        tmp_path,
        "The February 2006 parliamentary elections will decide the government. "
        "Observers praised this week's parliamentary election.",
        published="2005-12-14",
    )
    headlines = [t for _, t in told]
    assert "The parliamentary elections will be held" in headlines
    # this week's: a phrase only, which is no row of a reader's timeline
    assert not [t for t in headlines if "arliamentary election" in t and "will" not in t]
    assert not [t for t in headlines if "was held" in t]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # "February" put after a December article: no "will take place" for a past blast
            "The February 2006 parliamentary elections will decide the government. "
            "Officials say there is no reason for sanctions despite a report implicating "
            "them in a February bomb blast.",
            "2005-12-10",
            ["The parliamentary elections will be held"],  # a phrase only: no row
        ),
        (  # "Tuesday's" put before a Saturday article, told in the present: no "was held"
            "Sunday's poll in the giant Central Asian country was marred by fraud. "
            "Bayern now turn their attention to Tuesday's match with Inter Milan in the "
            "Champions League.",
            "2006-12-02",
            ["The poll in the giant Central Asian country was held"],  # the match: a phrase
        ),
    ],
)
def test_a_guessed_date_needs_the_clause_to_confirm_the_tense(
    nlp: Any, tmp_path: Path, text: str, published: str, expected: list[str]
) -> None:
    """A date that says neither its year nor where it lies is the resolver's guess: a
    gathering is told held when a verb in the past confirms it, and no tense the clause
    does not confirm is told."""
    headlines = [t for _, t in titles(tmp_path, text, published)]
    assert sorted(t for t in headlines if not t.startswith("News")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the copula's subject won
            "Suwanee was the last Thai weightlifter to win an Asiad gold in the 1966 Asian Games.",
            "Suwanee won an Asiad gold in the Asian Games",
        ),
        (
            "Best helped the club become the first English side to lift the European Cup in 1968.",
            "The club lifted the European Cup",
        ),
        (
            "Japan was the first country to ratify the treaty on March 3, 2001.",
            "Japan ratified the treaty",
        ),
    ],
)
def test_the_last_to_win_is_told_as_who_won(
    nlp: Any, tmp_path: Path, text: str, expected: str
) -> None:
    assert [t for _, t in titles(tmp_path, text)] == [expected]


def test_the_json_has_the_clause(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Pinochet ruled Chile after seizing power in a 1973 military coup.\n", encoding="utf-8"
    )
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        app,
        ["extract", str(tmp_path), "--no-cache", "--quiet", "-o", str(out)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert [(e["trigger"], e["title"]) for e in events] == [("coup", "A military coup took place")]
