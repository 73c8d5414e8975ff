"""Date filters that mean what they say: events that start in the range by default, those
that overlap it with `overlapping`; every EDTF precision; a reversed range refused."""

from __future__ import annotations

import pytest

from timeline.edtf import parse_edtf
from timeline.errors import SettingError
from timeline.filters import EventFilter
from timeline.models import Timeline

from .made import Told, timeline

MADE = timeline(
    Told("19XX", "The century of the car"),
    Told("1933/1997-04-11", "The rule since 1933 ended"),
    Told("199X", "A decade of growth"),
    Told("1997", "The year of the vote"),
    Told("1997-04", "The April strikes"),
    Told("1997-04-11", "The vote was held"),
    Told("1997-04-13", "The new council met"),
    Told("1999-22", "The summer floods"),
)


def kept(made: Timeline, **options: object) -> list[str]:
    since, until = options.pop("since", None), options.pop("until", None)
    event_filter = EventFilter(
        since=parse_edtf(str(since)) if since else None,
        until=parse_edtf(str(until)) if until else None,
        **options,  # type: ignore[arg-type]
    )
    return [e.date.edtf for e in event_filter.apply(made).events]


def test_a_range_keeps_the_events_that_start_in_it() -> None:
    assert kept(MADE, since="1997-04-10", until="1997-04-12") == ["1997-04-11"]


def test_overlapping_keeps_every_event_that_shares_a_day_with_the_range() -> None:
    found = kept(MADE, since="1997-04-10", until="1997-04-12", overlapping=True)
    assert found == ["19XX", "1933/1997-04-11", "199X", "1997", "1997-04", "1997-04-11"]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        # A decade or century starts on its first day: not "since 1995", nor in 1997.
        ("1995", None, ["1997", "1997-04", "1997-04-11", "1997-04-13", "1999-22"]),
        ("1997", "1997", ["1997", "1997-04", "1997-04-11", "1997-04-13"]),
        # A month as a bound: from its first day to its last.
        ("1997-04", "1997-04", ["1997-04", "1997-04-11", "1997-04-13"]),
        # A decade as a bound: the 1990s, the decade itself included.
        ("199X", "199X", ["199X", "1997", "1997-04", "1997-04-11", "1997-04-13", "1999-22"]),
        # A season as a bound; an open start.
        ("1999-22", None, ["1999-22"]),
        (None, "1933", ["19XX", "1933/1997-04-11"]),
        (None, "19XX", [e.date.edtf for e in MADE.events]),
    ],
)
def test_every_precision_bounds_the_range_by_its_first_and_last_day(
    since: str | None, until: str | None, expected: list[str]
) -> None:
    assert kept(MADE, since=since, until=until) == expected


def test_an_open_range_overlapping_keeps_what_ends_after_its_start() -> None:
    assert kept(MADE, since="1998", overlapping=True) == ["19XX", "199X", "1999-22"]


@pytest.mark.parametrize(("since", "until"), [("1998", "1996"), ("1997-04-13", "1997-04-12")])
def test_a_reversed_range_is_refused(since: str, until: str) -> None:
    with pytest.raises(SettingError) as raised:
        EventFilter(since=parse_edtf(since), until=parse_edtf(until))
    assert raised.value.setting == "since"
    assert "reversed" in str(raised.value)


def test_a_range_within_one_period_is_not_reversed() -> None:
    assert kept(MADE, since="1997-06", until="1997") == []
    assert kept(MADE, since="1997-04-11", until="1997-04") == ["1997-04-11", "1997-04-13"]


def test_top_keeps_the_most_salient_in_date_order_after_the_other_filters() -> None:
    made = timeline(
        Told("2020-01-05", "A", docs=("a", "b", "c")),
        Told("2020-02", "B"),
        Told("2020-03-01", "C", docs=("a", "b")),
        Told("2021-01-01", "D", docs=("a", "b", "c", "d")),
    )
    assert [e.title for e in EventFilter(top=2).apply(made).events] == ["A", "D"]
    until_2020 = EventFilter(top=2, until=parse_edtf("2020"))
    assert [e.title for e in until_2020.apply(made).events] == ["A", "C"]
    assert [e.title for e in EventFilter(top=3, limit=1).apply(made).events] == ["A"]


@pytest.mark.parametrize("top", [0, -1])
def test_top_must_keep_one(top: int) -> None:
    with pytest.raises(SettingError):
        EventFilter(top=top)
