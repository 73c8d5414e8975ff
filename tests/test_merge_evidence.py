"""What two tellings share proves one event only as far as it is rare and is the event's own
(issue 13, item 8), through the whole pipeline on small folders of articles: a name many
articles of the run mention, or one that is only the setting ("told AFP", "at the Asian
Games"), the source that reports, opposite movements and dates a text does not tell do not
join two events; the same act told in other words and at another precision still does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.articles import told_together, write_article

pytestmark = pytest.mark.model


def test_a_news_agency_in_two_attributions_does_not_join_two_releases(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2024-04-15",
        "Guards released the journalist Marc Olivier from Fresnes prison on Monday, "
        "an AFP correspondent said.",
    )
    write_article(
        tmp_path,
        "b",
        "2024-04-15",
        '"Party leader Ayse Demir and twelve other officials were released at the end of '
        'the hearing on Monday," her lawyer told AFP.',
    )
    assert told_together(tmp_path, "a", "b") == []


def test_a_name_in_many_articles_of_the_run_needs_more_than_itself(tmp_path: Path) -> None:
    """Interpol, named by most articles of the run, arrested someone in one and tipped off
    the police in the other: two arrests on one day, not one."""
    for i, place in enumerate(["Oslo", "Vienna", "Dublin", "Athens", "Warsaw", "Riga", "Turin"]):
        write_article(
            tmp_path,
            f"n{i}",
            f"2024-0{i + 1}-10",
            f"Interpol issued a red notice for a missing accountant from {place} on "
            f"{['January', 'February', 'March', 'April', 'May', 'June', 'July'][i]} 3.",
        )
    write_article(
        tmp_path, "a", "2024-09-17", "Interpol arrested a fugitive banker in Lisbon on Tuesday."
    )
    write_article(
        tmp_path,
        "b",
        "2024-09-17",
        "Police detained two art smugglers in Prague on Tuesday after a tip from Interpol.",
    )
    assert told_together(tmp_path, "a", "b") == []


def test_the_same_games_as_the_setting_do_not_join_two_wins(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2006-12-13", "They won bronze together at the 2002 Asian Games.")
    write_article(
        tmp_path,
        "b",
        "2006-12-02",
        "China won 20 swimming titles at the Asian Games in Busan four years ago.",
    )
    assert told_together(tmp_path, "a", "b") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Hong Kong gold prices opened higher on Tuesday at 629.00 US dollars an ounce.",
            "Hong Kong share prices opened 0.21 percent lower on Tuesday, dealers said.",
        ),
        (
            "New York's main contract, light sweet crude for delivery in January, rose 47 cents "
            "to 59.86 dollars per barrel in electronic trading.",
            "New York's main contract, light sweet crude for delivery in January, slipped 29 "
            "cents to 59.70 dollars per barrel in electronic trading.",
        ),
    ],
)
def test_opposite_movements_are_two_events(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a", "2006-12-12", first)
    write_article(tmp_path, "b", "2006-12-16", second)
    assert told_together(tmp_path, "a", "b") == []


def test_the_paper_that_reports_is_not_what_it_reports(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2006-12-01",
        "US officials are looking into ending talks with Sunni insurgents in Iraq, "
        "the Washington Post reported Friday.",
    )
    write_article(
        tmp_path,
        "b",
        "2006-12-01",
        "The panel will call for a withdrawal of US combat troops from Iraq by early 2008, "
        "the Washington Post reported Friday.",
    )
    assert told_together(tmp_path, "a", "b") == []


def test_a_publication_date_is_no_date_to_disagree_with(tmp_path: Path) -> None:
    """One man calling for two things four days apart, one of them dated only by its
    article: two calls, not one call with a conflict."""
    write_article(
        tmp_path,
        "a",
        "2005-12-03",
        "Jacques Chirac, who arrived late Friday, called for a greater international effort "
        "for development.",
    )
    write_article(
        tmp_path,
        "b",
        "2005-12-06",
        "French President Jacques Chirac called on British Prime Minister Tony Blair to make "
        "new proposals for the disputed budget.",
    )
    assert told_together(tmp_path, "a", "b") == []


def test_a_month_and_a_day_in_two_countries_are_two_elections(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "1997-04-21",
        "Indonesia's three official parties are contesting the May 29 parliamentary election.",
    )
    write_article(
        tmp_path,
        "b",
        "1997-04-29",
        "A record 238 people have signed up to contest next month's presidential election in "
        "Iran, the interior ministry announced on Tuesday.",
    )
    assert told_together(tmp_path, "a", "b") == []


def test_bombed_in_a_year_and_dropped_bombs_on_two_days_are_one_event(tmp_path: Path) -> None:
    """Other words for one act ("were bombed" / "dropped two atomic bombs on"), a year and
    the two days inside it ("August 6 and 9, 1945"): one event at the finer date."""
    write_article(
        tmp_path,
        "a",
        "2005-12-03",
        "More than 210,000 people died when Hiroshima and Nagasaki were bombed by US forces "
        "in 1945.",
    )
    write_article(
        tmp_path,
        "b",
        "2005-12-10",
        "The United States dropped two atomic bombs on Hiroshima and Nagasaki on August 6 "
        "and 9, 1945.",
    )
    (event,) = told_together(tmp_path, "a", "b")
    assert event.date.start.isoformat() == "1945-08-06"
    assert event.conflicts == ()


def test_a_meeting_on_monday_and_one_the_week_before_elsewhere_are_two(tmp_path: Path) -> None:
    """A day and the week before it are near enough to be one event told from two dates, but
    not in two places: Washington on Monday, Jordan the week before."""
    write_article(
        tmp_path,
        "a",
        "2006-12-03",
        "Shiite leader Abdel Aziz al-Hakim meets Bush in Washington on Monday.",
    )
    write_article(
        tmp_path,
        "b",
        "2006-12-04",
        "Bush and Rice met last week in Jordan with Iraqi Prime Minister Nuri al-Maliki.",
    )
    assert told_together(tmp_path, "a", "b") == []


def test_a_separate_clash_is_another_event(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2006-12-12",
        "On Tuesday, coalition troops killed four suspected Taliban militants in eastern "
        "Afghanistan.",
    )
    write_article(
        tmp_path,
        "b",
        "2006-12-18",
        "Four Taliban insurgents were killed in a separate clash late Sunday in Kandahar.",
    )
    assert told_together(tmp_path, "a", "b") == []
