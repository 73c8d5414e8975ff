"""The shortcuts merging takes give what the plain definitions give."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

from hypothesis import example, given
from hypothesis import strategies as st

from timeline.candidates import CLOSE_DAYS, When, close, dated_pairs
from timeline.edtf import from_date, month, year
from timeline.merge import _alike, _edit_distance, _share_alike
from timeline.models import Anchor, Event, Mention

# Words of two letters, so that many share their first five and differ a little after.
WORDS = st.text(alphabet="ab", max_size=9)


def _alike_by_definition(a: str, b: str) -> bool:
    return a == b or (
        a[:5] == b[:5] and len(a) >= 5 and 3 * _edit_distance(a, b) <= max(len(a), len(b))
    )


@given(WORDS, st.text(alphabet="abc", max_size=5), st.text(alphabet="abc", max_size=5))
def test_alike_words_are_alike_by_their_whole_edit_distance(
    start: str, end_a: str, end_b: str
) -> None:
    a, b = start + end_a, start + end_b
    assert _alike(a, b) == _alike_by_definition(a, b)


# Words that start alike: four letters the same, then a few of two.
KIN = st.text(alphabet="ab", max_size=4).map(lambda end: "ssss" + end)


@given(st.frozensets(KIN | WORDS, max_size=6), st.frozensets(KIN | WORDS, max_size=6))
@example(frozenset({"ssssab"}), frozenset({"ssssa"}))
def test_sharing_alike_words_is_any_pair_of_words_alike(
    a: frozenset[str], b: frozenset[str]
) -> None:
    assert _share_alike(a, b) == any(_alike_by_definition(x, y) for x in a for y in b)


def test_words_alike_only_after_their_first_five_letters_count() -> None:
    assert _alike("sanctuary", "sanctanty")
    assert not _alike("sanctuary", "sanctimonious")
    assert _share_alike(frozenset({"ordinance", "sanctanty"}), frozenset({"sanctuary"}))


DAY0 = date(2000, 1, 1)
WHEN = st.tuples(
    st.integers(0, 1500), st.sampled_from(["day", "month", "year"]), st.sampled_from("ab")
)


def _event(number: int, offset: int, precision: str, trigger: str) -> Event:
    start = DAY0 + timedelta(days=offset)
    when = {"day": from_date(start), "month": month(start.year, start.month)}.get(
        precision, year(start.year)
    )
    sentence = f"Event {number} happened."
    return Event(
        id=f"ev-{number}",
        date=when,
        title=sentence,
        description=sentence,
        actors=(),
        confidence=0.5,
        anchor=Anchor.EXPLICIT,
        mentions=(Mention(f"d{number}", sentence, 0, len(sentence)),),
        trigger=trigger,
    )


@given(st.lists(WHEN, min_size=2, max_size=12), st.data())
def test_the_sweep_gives_every_pair_that_can_be_one_event(
    whens: list[tuple[int, str, str]], data: st.DataObject
) -> None:
    events = dict(enumerate(_event(n, *when) for n, when in enumerate(whens)))
    numbers = list(events)
    new = data.draw(st.sets(st.sampled_from(numbers), min_size=1))
    found = {
        n: When(e.date.start.toordinal(), e.date.end.toordinal(), e.date, e.trigger, e.trigger)
        for n, e in events.items()
    }

    def pairs_by_definition() -> set[tuple[int, int]]:
        found = set()
        for i, j in combinations(sorted(numbers), 2):
            a, b = sorted((events[i].date, events[j].date), key=lambda d: d.start)
            if (i in new or j in new) and (b.start - a.end).days <= CLOSE_DAYS:
                x, y = events[i], events[j]
                if x.date == y.date or (
                    x.trigger == y.trigger and (a.end >= b.start or close(x.date, y.date))
                ):
                    found.add((i, j))
        return found

    assert set(dated_pairs(numbers, new, found, lambda n: n)) == pairs_by_definition()
