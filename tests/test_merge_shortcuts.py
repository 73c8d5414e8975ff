"""The shortcuts merging takes (an index of candidate pairs, words matched by their first
letters) lose nothing that the rules accept: checked through `merge_events` and `same_event`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.edtf import NormalizedDate, from_date, month, parse_edtf, year
from timeline.merge import merge_events, same_event
from timeline.models import Actor, Anchor, Event, Mention, TimeExpression, TimexType

DAY0 = date(2000, 1, 1)
PEOPLE = st.sampled_from([(), (Actor("Jane Roe", "PERSON"),), (Actor("John Doe", "PERSON"),)])
SENTENCES = st.sampled_from(
    [
        "Roe resigned from the board of Acme.",
        "Roe stepped down from the board of Acme.",
        "The board of Acme approved the merger.",
        "Doe filed for bankruptcy protection.",
    ]
)
TRIGGERS = st.sampled_from(["resign", "step", "approve", "file", "say"])


def _event(
    doc: str, sentence: str, offset: int, precision: str, trigger: str, actors: tuple[Actor, ...]
) -> Event:
    start = DAY0 + timedelta(days=offset)
    when = {"day": from_date(start), "month": month(start.year, start.month)}.get(
        precision, year(start.year)
    )
    mention = Mention(doc, sentence, 0, len(sentence))
    return Event(
        id=f"ev-{doc}",
        date=when,
        title=sentence,
        description=sentence,
        actors=actors,
        confidence=0.5,
        anchor=Anchor.EXPLICIT,
        mentions=(mention,),
        trigger=trigger,
    )


EVENTS = st.builds(
    _event,
    st.sampled_from(["a", "b"]),
    SENTENCES,
    st.integers(0, 40),  # dates near enough to meet often
    st.sampled_from(["day", "month", "year"]),
    TRIGGERS,
    PEOPLE,
)


@given(EVENTS, EVENTS)
def test_every_pair_the_rules_accept_is_compared_and_merged(a: Event, b: Event) -> None:
    """The candidate index (shared words by date, names swept by day and act) never leaves
    out a pair that `same_event` accepts."""
    b = replace(b, id="ev-other", mentions=(replace(b.mentions[0], char_start=100),))
    if same_event(a, b):
        assert len(merge_events([a, b])) == 1


def _told(doc: str, sentence: str, value: str, when: NormalizedDate, trigger: str) -> Event:
    word = sentence.rstrip(".").split()[-1]
    at = sentence.rindex(word)
    timex = TimeExpression(word, at, at + len(word), TimexType.DATE, value, when)
    mention = Mention(doc, sentence, 0, len(sentence), timex)
    return Event(
        id=f"ev-{doc}",
        date=when,
        title=sentence,
        description=sentence,
        actors=(),
        confidence=0.8,
        anchor=Anchor.EXPLICIT,
        mentions=(mention,),
        trigger=trigger,
    )


DECADE = "The Welcoming ordinance passed later, but the sanctuary ordinance dates back to 198X."


@pytest.mark.parametrize(
    ("word", "merges"),
    [
        ("Sanctuary", True),  # the same word
        ("Sanctanty", True),  # misspelt: the first five letters, then a third at most differs
        ("Sanctimonious", False),  # the same first five letters, another word
        ("Sanction", False),
    ],
)
def test_a_word_matches_its_misspelling_and_no_other_word(word: str, merges: bool) -> None:
    decade = _told("a", DECADE, "198X", parse_edtf("198X"), "date")
    told = _told(
        "b", f"Chicago turned into a {word} Metropolis in 1985.", "1985", year(1985), "turn"
    )
    others = [
        _told(f"n{i}", f"Museum {i} opened gallery {i} in {1900 + i}.", str(1900 + i),
              year(1900 + i), "open")
        for i in range(20)
    ]  # fmt: skip
    together = [e for e in merge_events([decade, told, *others]) if len(e.mentions) == 2]
    assert bool(together) is merges
